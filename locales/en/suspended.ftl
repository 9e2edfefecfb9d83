# suspended: the finding codes' documentation (`zdiag explain CODE`): the title, then
# what it means and why it matters, then the fix (empty for a good state).

suspended-none = No suspended tickets
    .meaning = The Suspended tickets view holds no email matching the filters given: nothing that reached Zendesk was held back from becoming a ticket.
    .fix = {""}

suspended-summary = Suspended tickets by cause
    .meaning = The table of the suspended emails grouped by cause: how many, the oldest, what the cause means and what to do. Each cause then has its own finding with its ticket ids, senders' domains and the support addresses they were sent to.
    .fix = {""}

suspended-cause-all-mail = A cause that suspends every such email
    .meaning = Emails are suspended for a reason that holds for every message until the account changes: email turned off, an expired account, or mail sent from one of the account's own support addresses (a forwarding rule or another system re-sending Zendesk's mail). Customers' mail is being lost systematically.
    .fix = Fix the account set-up the finding names, then recover the tickets.

suspended-cause-customer-mail = Real customers' mail may be suspended
    .meaning = Emails are suspended for a cause that catches real customers: sender authentication failed, sender not on the allowlist, unverified or unknown submitter, sign-up required, blocklisted, mail loop, and others. Until someone recovers them, these customers get no answer, and Zendesk deletes them after 14 days.
    .fix = Review the tickets and recover the real ones (`zdiag suspended --recover ID...`); apply the cause's fix so the next ones are not suspended.

suspended-cause-noise = Expected noise in the suspended view
    .meaning = Emails suspended for a cause that is expected and harmless: out-of-office replies, automated mail, system senders, backscatter, noreply addresses, spam. Bounce notices among them are decoded separately.
    .fix = {""}

suspended-cause-unknown = A suspension cause zdiag does not know
    .meaning = Zendesk gave a `cause_id` that is not in the documented list (0-30), or none. The cause text Zendesk sent is shown as is.
    .fix = Read a few of these tickets in the Suspended tickets view and recover the real ones.

suspended-spam-known-sender = Spam from a sender with solved tickets
    .meaning = Mail suspended as spam came from a sender who also has solved tickets: a real customer whose message the spam filter caught, not spam. zdiag looks the most frequent spam senders up with the ticket search (the API only, not an export).
    .fix = Recover their suspended tickets: recovering tells the filter the mail is legitimate, as "Not spam" does in a mailbox.

suspended-deletion-soon = Suspended tickets about to be deleted
    .meaning = Zendesk deletes a suspended email 14 days after it arrived, unreviewed or not. These will be gone within two days, and with them the only copy of any real customer's message among them.
    .fix = Review them now and recover the real ones before the date shown.

suspended-sender-authentication = The account's sender authentication setting
    .meaning = With sender authentication on (Admin Center > Channels > Talk and email > Email, "Authenticate emails received with SPF, DKIM, and DMARC alignment"), mail that fails SPF, DKIM or DMARC alignment is suspended with cause 26. The Enhanced profile also applies DMARC to mail sent by agents and to native Zendesk addresses.
    .fix = {""}

suspended-sender-domain = Why a sender's mail fails authentication
    .meaning = Mail from this sender's domain was suspended because it failed authentication. zdiag read the domain's SPF and DMARC records (as the SPF and DMARC checks do) to say why: no SPF record, a broken one, no DMARC policy. The fix is on the sender's side; their mail stays suspended until their IT fixes it.
    .fix = Send the sender's IT the finding: publish SPF listing their mail servers, sign with DKIM, and keep DMARC aligned. Meanwhile recover their tickets.

suspended-sender-domain-unchecked = Could not check a sender's domain
    .meaning = DNS did not answer the questions about this sender's domain (a timeout or a server failure), so zdiag cannot say why its mail fails authentication. Nothing is concluded about the domain.
    .fix = Retry, or with --resolver another server.

suspended-from-support-address = Mail from one of your own support addresses
    .meaning = Suspended emails were sent from one of the account's own support addresses (cause 22) or looped (cause 4). Zendesk suspends them to stop loops. The usual cause is a forwarding rule or another system (a CRM, a second helpdesk, a mail client's forward) that re-sends Zendesk's own mail back to it, or a support address used as a sender elsewhere.
    .fix = Find the rule or system that sends as the support address named here and stop it; forward server-side to the Zendesk address, never from a mail client.

suspended-bounce = A bounce of a reply sat in the suspended view
    .meaning = Zendesk files the mail servers' bounce notices with the suspended emails and does not alert anyone. zdiag decoded the notice and found the ticket whose reply bounced (by the suspended ticket's `ticket_id`, else the Message-ID it quotes, else a ticket number in the subject): that customer did not get the reply.
    .fix = For a hard bounce, correct the requester's address on the ticket or reach the customer another way; a soft bounce is retried by the sending server.

suspended-recovered = Suspended ticket recovered
    .meaning = `--recover` asked Zendesk to recover the suspended email (recover_many, which keeps the original requester) and Zendesk did: it is now a ticket.
    .fix = {""}

suspended-recover-failed = Suspended ticket not recovered
    .meaning = `--recover` asked Zendesk to recover the suspended email and Zendesk refused it (it listed it among the failures of a 422 answer), or the request failed. The detail is Zendesk's.
    .fix = Recover it from the Suspended tickets view, where Zendesk says why it cannot; the suspension cause may need fixing first.

suspended-message-found = The message is in the suspended view
    .meaning = The email given with --eml is among the suspended tickets (matched by Message-ID, else by sender, subject and date): it reached Zendesk and was held back for the cause shown.
    .fix = Recover it with the command shown, and apply the cause's fix.

suspended-message-not-found = The message is not in the suspended view
    .meaning = No suspended ticket matches the email given with --eml (Message-ID, or sender, subject and date). Either it became a ticket, it was rejected before Zendesk (spam at 99% confidence, or it never arrived), or it was deleted after 14 days.
    .fix = Search for a ticket from the sender; if there is none, check the forwarding of the address it was sent to.

# The suspension causes Zendesk documents (`cause_id` 0-30), by their API name: the
# description the Suspended tickets view shows, what the cause means for the admin, and the fix.

suspended-reason-spam = Detected as spam
    .means = Zendesk's spam filter judged the message spam (at 99% confidence it rejects instead of suspending). A real customer's message is sometimes among them.
    .fix = Look through them; recover the real ones: recovering teaches the filter, as "Not spam" does in a mailbox.

suspended-reason-not-on-whitelist = Sender domain not on allowlist
    .means = The account accepts mail only from allowlisted domains, and the sender's domain is not on the list.
    .fix = Add the sender's domain to the allowlist (Admin Center > People > End users), or recover the ticket.

suspended-reason-unverified = Submitted by unverified user
    .means = The sender has an account whose email address was never verified, and the account requires verified users.
    .fix = Recover the ticket, and verify the user's address (or relax the setting).

suspended-reason-auto-mailer = Automated response mail
    .means = Headers mark the message as machine-generated (Auto-Submitted, Precedence: bulk/list): Zendesk never turns such mail into tickets.
    .fix = Nothing, unless a system must create tickets: have it use the API or the Channels framework instead of email.

suspended-reason-loop = Detected as mail loop
    .means = Many messages from one sender in a short time, or mail from the address set as the default Reply-To: Zendesk suspends them and blocks the sender for an hour.
    .fix = Find what re-sends mail to Zendesk (a forwarding rule, an auto-responder, another helpdesk) and stop it; recover the real messages.

suspended-reason-unknown-user-update = Unknown user tried to update existing ticket
    .means = Someone who is not on the ticket (often a colleague the customer forwarded the thread to) replied to it.
    .fix = Recover it if the reply belongs on the ticket, and add the person as a CC.

suspended-reason-other-user-update = End user only allowed to update their own tickets
    .means = An end user replied to a ticket that is not theirs, and the account lets end users update only their own tickets.
    .fix = Recover it if it belongs on the ticket; add the user as a CC, or allow CCs to update.

suspended-reason-auto-delivery-failure = Automated response mail, delivery failed
    .means = A bounce: a message Zendesk sent (usually a reply to a customer) could not be delivered, and the mail server's notice landed here.
    .fix = Read the bounce (zdiag decodes it below): fix the address on the ticket, or tell the customer another way.

suspended-reason-auto-vacation = Automated response mail, out of office
    .means = An out-of-office or vacation auto-reply: always suspended.
    .fix = Nothing: they are deleted after 14 days.

suspended-reason-system-user = Detected email as being from a system user
    .means = The sender is a system address (mailer-daemon@, postmaster@): usually a bounce or a server notice.
    .fix = Read it if it is a bounce (zdiag decodes it below); otherwise nothing.

suspended-reason-unknown-author = Permission denied for unknown email submitter
    .means = Only registered users may open tickets by email, and the sender has no account.
    .fix = Recover the ticket (the user is created), or let anyone submit tickets (Admin Center > People > End users).

suspended-reason-blank = Email has no content
    .means = The message had no text Zendesk could read (an empty body, or only an attachment it could not parse).
    .fix = Ask the sender to write again with text in the body.

suspended-reason-signup-required = User must sign up to submit email, user notified
    .means = The account requires end users to register before they email; Zendesk asked the sender to sign up.
    .fix = Recover the ticket, or stop requiring registration for email requests.

suspended-reason-blocklisted = Email is from a blocklisted sender or domain
    .means = The sender or their domain is on the account's blocklist (with the suspend option).
    .fix = If the sender is a real customer, take them off the blocklist (Admin Center > People > End users) and recover.

suspended-reason-backscatter = Backscatter from remote mail server
    .means = A bounce or auto-reply for mail the account did not send (spam forged with your address): noise.
    .fix = Nothing, unless it is a bounce of a real reply (zdiag decodes it below).

suspended-reason-disabled = Email integration disabled
    .means = Email is turned off for the account, so no email becomes a ticket.
    .fix = Turn the email channel back on (Admin Center > Channels > Talk and email > Email), then recover.

suspended-reason-to-noreply = Email for "noreply" address
    .means = Mail sent to a noreply address of the account: nobody is meant to write there.
    .fix = Nothing; if customers do write there, give them the real support address.

suspended-reason-server-lock = Received via unknown mail server
    .means = The account accepts mail only through its own mail servers, and this one came another way.
    .fix = Check the mail-server restriction in the email settings; recover the real messages.

suspended-reason-unserviceable-account = Emails do not get processed for expired accounts
    .means = The account's subscription has expired: no email is processed.
    .fix = Renew the subscription, then recover.

suspended-reason-unprocessable-email = Automatic email processing failed
    .means = A rare processing failure on Zendesk's side.
    .fix = Recover the ticket; if it keeps happening, contact Zendesk support with the suspended ticket's id.

suspended-reason-unauthenticated-email-update = Permission denied due to unauthenticated email update
    .means = A reply to an existing ticket failed authentication, so Zendesk did not trust it to update the ticket.
    .fix = Recover it if it is genuine; ask the sender's IT to fix SPF/DKIM (see cause 26).

suspended-reason-registered-user-logged-out = Submitted by registered user while logged out
    .means = A registered user submitted while signed out, and the account requires them to be signed in.
    .fix = Recover the ticket.

suspended-reason-from-support-address = Received from Zendesk Support email address
    .means = The sender is one of the account's own support addresses: loop prevention. Usually a forwarding rule or another system re-sending Zendesk's own mail, or a forward made in a mail client.
    .fix = Find the rule or system that sends mail as the support address (the address is named below) and stop it; forward server-side, not from a mail client.

suspended-reason-from-zendesk-account = Email is from a Zendesk account
    .means = Mail from another Zendesk account (notifications between helpdesks): suspended to prevent loops.
    .fix = Recover it if the other helpdesk writes on a customer's behalf.

suspended-reason-content-processor-timed-out = Email took too long to process
    .means = The message was too large or complex to process in time.
    .fix = Recover it; ask the sender to resend with smaller attachments.

suspended-reason-malware-detected = Malware detected
    .means = An attachment carries malware.
    .fix = Do not recover it; delete it.

suspended-reason-failed-email-authentication = Email authentication failed
    .means = Sender authentication is on: the message failed SPF, DKIM or DMARC alignment for the sender's domain. Real customers whose domains are badly set up are caught here.
    .fix = Recover the real ones; ask the sender's IT to fix their domain (zdiag checks each sender domain below), or use the Default rather than the Enhanced profile.

suspended-reason-from-noreply = Email from "noreply" address
    .means = The sender is a noreply address: automated mail nobody can answer.
    .fix = Nothing.

suspended-reason-account-owner-email-unverified = Submitted by unverified account owner
    .means = The account owner's address is not verified yet.
    .fix = Verify the owner's address (the welcome email), then recover.

suspended-reason-malicious-pattern-detected = Content pattern detected as malicious
    .means = The content matches a known malicious pattern (phishing).
    .fix = Do not recover it unless you are sure it is genuine.

suspended-reason-number-recipients-exceeded = CCs/followers limit reached
    .means = The message had more than 48 addresses in To and CC.
    .fix = Recover it; ask the sender to write to fewer people at once.
# The report's sections, and the words that name things.

suspended-title-tickets = Suspended tickets
suspended-title-by-cause = Suspended tickets by cause
suspended-title-authentication = Email authentication failed (cause 26)
suspended-title-loops = Mail from your own support addresses (causes 22 and 4)
suspended-title-bounces = Bounce notices
suspended-title-message = The message among suspended tickets
suspended-subject-tickets = suspended tickets
suspended-subject-message = message
suspended-scope-to = {" "}sent to { $address }
suspended-scope-from = {" "}from { $address }
suspended-date-unknown = unknown
suspended-cause-label-unknown = unknown cause { $id } ({ $text })
suspended-cause-label-none = no cause id ({ $text })
suspended-cause-no-text = no text
suspended-cause-not-documented = Not documented.
suspended-cause-zendesk-undocumented = Zendesk did not document this cause.
suspended-cause-an-unknown = an unknown cause

# The findings' messages and fixes.

suspended-msg-none = No suspended tickets.
suspended-msg-none-to = No suspended tickets sent to { $address }.
suspended-msg-none-from = No suspended tickets from { $address }.
suspended-msg-summary = { $total } suspended ticket(s) under { $causes } cause(s).
suspended-msg-group = { $label }: { $count } ticket(s), newest { $newest }, oldest { $oldest }. { $means }
suspended-msg-spam-known-sender = { $spam } email(s) from { $sender } were suspended as spam, but { $sender } has { $solved } solved ticket(s): a real customer's mail.
suspended-msg-deletion-soon = { $count } suspended ticket(s) will be deleted by Zendesk within 2 days, the first on { $first }.
suspended-help-deletion-soon = Review them before { $first } and recover the real ones (zdiag suspended --recover ID...).
suspended-msg-authentication-on-profile = Sender authentication is on (profile { $profile }): mail failing SPF, DKIM or DMARC alignment is suspended with cause 26.
suspended-msg-authentication-on = Sender authentication is on: mail failing SPF, DKIM or DMARC alignment is suspended with cause 26.
suspended-msg-authentication-off = Sender authentication is off now; these tickets were suspended while it was on.
suspended-msg-authentication-unread = The account's sender authentication setting could not be read (it needs an admin's token).

# A sender domain's SPF and DMARC, as the message says them: "{ $domain } { $spf } and { $dmarc }".
suspended-spf-no-domain = does not exist in DNS
suspended-spf-missing = has no SPF record
suspended-spf-broken = has a broken SPF record ({ $code })
suspended-spf-published = publishes SPF
suspended-spf-unknown = SPF unknown
suspended-dmarc-missing = no DMARC record
suspended-dmarc-broken = a broken DMARC record
suspended-dmarc-monitoring = DMARC p=none
suspended-dmarc-enforced = an enforced DMARC policy
suspended-dmarc-unknown = DMARC unknown
# What to ask the sender's IT: "ask the sender's IT to { $ask }".
suspended-ask-spf = publish SPF listing their mail servers, and sign with DKIM
suspended-ask-dmarc = sign their mail with DKIM aligned to their domain, and publish a DMARC policy
suspended-ask-dkim = check that their mail is DKIM-signed for their own domain (their SPF and DMARC look sound: a missing or unaligned signature, or a forward that broke SPF, is the likely cause)
suspended-msg-sender-no-domain = { $domain } does not exist in DNS: mail claiming to be from it cannot pass SPF, DKIM or DMARC. { $count } ticket(s) suspended.
suspended-help-sender-no-domain = Check the sender's address: a typo, a forged sender (then it is spam), or a domain that has lapsed.
suspended-msg-sender-domain = { $domain } { $spf } and { $dmarc }: ask the sender's IT to { $ask }. { $count } ticket(s) suspended.
suspended-help-sender-domain = Ask { $domain }'s IT to { $ask }; meanwhile recover their tickets.
suspended-dns-unanswered = { $question } got { $answer }
suspended-msg-sender-domain-unchecked = Could not check { $domain }: { $reasons }.

suspended-msg-from-support-address = { $count } suspended ticket(s) (cause { $cause }) were sent from { $sender }, one of your own support addresses: a forwarding rule or another system is re-sending Zendesk's mail to Zendesk.
suspended-msg-from-loop = { $count } suspended ticket(s) (cause { $cause }) came from { $sender }: something sends to Zendesk in a loop (an auto-responder, a forwarding rule, another helpdesk).
suspended-help-from-support-address = Find the rule or system that sends mail as { $sender } to Zendesk and stop it; forward server-side, never from a mail client.

suspended-msg-bounce = the reply on ticket #{ $ticket } to { $address } bounced: { $category } ({ $kind }), { $after }.
suspended-msg-bounce-no-ticket = a message from Zendesk (ticket not found) to { $address } bounced: { $category } ({ $kind }), { $after }.
suspended-bounce-kind-hard = hard
suspended-bounce-kind-soft = soft
suspended-bounce-kind-none = not a failure
suspended-bounce-after-hard = it will not be retried
suspended-bounce-after-soft = it will be retried
suspended-bounce-after-none = nothing to retry

suspended-msg-recovered = Suspended ticket { $id } recovered.
suspended-msg-recover-failed = Suspended ticket { $id } was not recovered: { $detail }.
suspended-recover-no-reason = Zendesk gave no reason
suspended-announce-recovering = recovering { $count } suspended ticket(s) (batch { $batch } of { $batches }): { $ids }

suspended-matched-by-message-id = message-id
suspended-matched-by-sender = sender, subject and date
suspended-msg-message-found = The message is suspended ticket { $id } (matched by { $matched_by }): { $cause }.
suspended-help-message-found = Recover it: zdiag suspended --recover { $id }. { $fix }
suspended-msg-message-not-found = No suspended ticket matches the message: it was not held in the Suspended tickets view.

# The command line's errors.

suspended-input-cause-unknown = not a suspension cause zdiag knows
suspended-input-cause-fix = give an id (0-30) or a name such as failed_email_authentication, unknown_author, loop
suspended-input-since-invalid = not a duration or a date
suspended-input-since-fix = give 36h, 7d, 2w, or a date such as 2024-05-01 or 2024-05-01T10:00:00Z
