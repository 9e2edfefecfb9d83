# bounce: the finding codes' documentation (`zdiag explain CODE`): the title, then
# what it means and why it matters, then the fix (empty for a good state).

bounce-user-unknown = The recipient's address does not exist
    .meaning = The receiving server says the mailbox does not exist (Sisimai reasons userunknown, hasmoved: 5.1.1, 5.1.6, "user unknown"). A hard bounce: Zendesk marks the address undeliverable at once. The evidence has the recipient, the status and reply codes, the remote server and its own words.
    .fix = Remove or correct the address; ask the customer for a new one.

bounce-domain-not-found = The recipient's domain does not exist or takes no mail
    .meaning = The domain part of the address does not exist, cannot be routed, or publishes a null MX (reasons hostunknown, notaccept with a 5xx code). A hard bounce.
    .fix = Check the domain for typos; the domain has no mail service.

bounce-mailbox-full = The recipient's mailbox is full
    .meaning = The recipient is over quota (reason mailboxfull: 4.2.2/5.2.2, 552). A soft bounce: a later retry may work.
    .fix = Retry later, or reach the recipient another way.

bounce-mailbox-disabled = The recipient's mailbox is disabled or filters you
    .meaning = The account is suspended or inactive, or the recipient's own filter refused the mail (reasons suspend, filtered: 5.2.1, 5.7.13). Soft, but often long-lived.
    .fix = Try later or use another channel to reach the recipient.

bounce-message-too-large = The message is too large
    .meaning = The message exceeds the destination's size limit (reasons mesgtoobig, exceedlimit: 5.3.4, 5.2.3, 552).
    .fix = Send smaller attachments, or links instead.

bounce-auth-failure = Rejected for SPF, DKIM, DMARC or reverse DNS
    .meaning = The receiver refused the mail because authentication failed: SPF, DKIM or DMARC (5.7.23-5.7.26, Microsoft 5.7.509/5.7.515) or the sending IP has no valid PTR (5.7.25). Reasons authfailure, requireptr. A fix is needed on the sending side.
    .fix = Fix SPF/DKIM/DMARC alignment for the support address (`zdiag outbound DOMAIN`), and the PTR of the sending IP.

bounce-blocked-reputation = The sending server is blocked or has a low reputation
    .meaning = The receiver refused the connection or the mail because of the sending IP or domain: a blocklist (Spamhaus, ...) or a poor reputation (reasons blocked, badreputation).
    .fix = Check the sending IP and domain on blocklists, request delisting, and warm up new IPs.

bounce-spam-content = Rejected for its content
    .meaning = The receiver judged the content spam, found a virus, or refused its format or attachments (reasons spamdetected, virusdetected, policyviolation, contenterror, notcompliantrfc).
    .fix = Change the content, attachments or format of the message.

bounce-rate-limited = Rate limited by the receiver
    .meaning = Too many messages, connections or recipients in too short a time (reasons speeding, toomanyconn).
    .fix = Slow down and retry later.

bounce-sender-rejected = Rejected because of the sender
    .meaning = The receiver refused the envelope sender or From address, relaying, or the TLS/authentication of the session (reasons rejected, norelaying, securityerror).
    .fix = Check the From and envelope sender, the MX routing, TLS and authentication.

bounce-network-or-timeout = A network, timeout or remote system problem
    .meaning = Delivery failed or expired for a reason on the remote side or in transit: DNS failures, connection timeouts, a full spool, a mailer error, a failed STARTTLS (reasons networkerror, expired, systemerror, systemfull, syntaxerror, mailererror, failedstarttls, soft notaccept). Usually temporary.
    .fix = Usually retrying works; if it keeps failing, ask the recipient's administrator.

bounce-complaint = The recipient reported the mail as spam
    .meaning = An RFC 5965 feedback report (ARF): the recipient pressed "report spam" or unsubscribed through their provider. Not a delivery failure, and not counted as a bounce; the evidence carries the Feedback-Type.
    .fix = Stop mailing the recipient.

bounce-auto-reply = An automatic reply, not a failure
    .meaning = An out-of-office or other RFC 3834 auto-reply. Not counted as a bounce.
    .fix = {""}

bounce-delivered = A delivery success notice
    .meaning = A DSN reporting success (2.x.x). Not counted as a bounce.
    .fix = {""}

bounce-unknown = A failure whose reason is not recognised
    .meaning = The message is a bounce but its wording matches no known reason (Sisimai's onhold/undefined). The evidence carries the remote server's own words.
    .fix = Read the diagnostic: the remote server's text says what went wrong.

bounce-not-a-bounce = Not a bounce
    .meaning = The message is not a delivery failure notice, a complaint or an auto-reply: ordinary mail. It is not counted.
    .fix = {""}

bounce-undecodable = Not an email message
    .meaning = The input has no mail headers (empty or not an email), so nothing could be decoded.
    .fix = Give the raw message (the .eml or the mbox), not a rendering of it.

bounce-summary = Counts over every message read
    .meaning = Messages read, bounces, recipients by category, reason and destination domain, and the hard-bounce addresses to clean from the user list.
    .fix = {""}

bounce-rate = Bounce rate against the messages sent
    .meaning = Failed recipients (hard and soft) over the number given with --sent. Mailbox providers watch the 2% line: above it, expect throttling and spam-foldering.
    .fix = Clean the hard-bounce addresses and check list hygiene before sending more.

# The categories' one line of advice (src/bounce/category.rs), the help of each recipient's finding.

bounce-advice-user-unknown = Remove or correct the address; ask the customer for a new one.
bounce-advice-domain-not-found = Check the domain for typos: it does not exist or accepts no mail.
bounce-advice-mailbox-full = Retry later, or reach the recipient another way.
bounce-advice-mailbox-disabled = The recipient's account is inactive or filters you: try later or use another channel.
bounce-advice-message-too-large = Send smaller attachments, or links instead.
bounce-advice-auth-failure = Fix SPF/DKIM/DMARC alignment and the sending IP's PTR (for Zendesk: set up DKIM and SPF for the support address).
bounce-advice-blocked-reputation = The sending IP or domain is blocklisted or has a low reputation: delist it and warm it up.
bounce-advice-spam-content = Change the content, attachments or format of the message.
bounce-advice-rate-limited = Slow down and retry later.
bounce-advice-sender-rejected = Check the From/envelope sender, MX routing, TLS and authentication.
bounce-advice-network-or-timeout = A remote or transport problem: usually retrying works.
bounce-advice-complaint = The recipient marked the mail as spam: stop mailing them.
bounce-advice-auto-reply = An auto-reply, not a failure: nothing to do.
bounce-advice-delivered = Delivered: nothing to do.
bounce-advice-unknown = Read the remote server's own words in the diagnostic.

# The findings' messages and subjects (`.fix`: the finding's help).

bounce-no-recipient = (no recipient named)
bounce-kind-hard = hard bounce
bounce-kind-soft = soft bounce
bounce-kind-none = not a bounce
bounce-recipient = { $who }: { $category } ({ $reason }, { $kind })
bounce-recipient-said = { $who }: { $category } ({ $reason }, { $kind }): { $diagnostic }
bounce-subject-message = message
bounce-undecoded-empty = Not decoded: the message is empty.
bounce-undecoded-not-mail = Not decoded: no mail headers found: this is not an email message.
bounce-ordinary-mail = Not a bounce: no delivery failure, complaint or auto-reply found (not counted).
bounce-subject-summary = bounces
bounce-counts = { $messages } messages: { $bounces } bounces ({ $hard } hard, { $soft } soft recipients), { $complaints } complaints, { $auto_replies } auto-replies, { $others } not bounces.
    .fix = Remove or correct the hard-bounce addresses listed in the evidence.
bounce-subject-rate = bounce rate
bounce-rate-over = Bounce rate { $rate }% ({ $failed } failed recipients / { $sent } sent): above the { $line }% line mailbox providers watch.
bounce-rate-under = Bounce rate { $rate }% ({ $failed } failed recipients / { $sent } sent): below the { $line }% line mailbox providers watch.
