//! The bounce check's finding codes, with the text `zdiag explain CODE` prints.

use crate::report::codes::codes;

codes! {
    BounceUserUnknown = "bounce-user-unknown" {
        title: "The recipient's address does not exist",
        meaning: "The receiving server says the mailbox does not exist (Sisimai reasons userunknown, hasmoved: 5.1.1, 5.1.6, \"user unknown\"). A hard bounce: Zendesk marks the address undeliverable at once. The evidence has the recipient, the status and reply codes, the remote server and its own words.",
        fix: "Remove or correct the address; ask the customer for a new one.",
    }
    BounceDomainNotFound = "bounce-domain-not-found" {
        title: "The recipient's domain does not exist or takes no mail",
        meaning: "The domain part of the address does not exist, cannot be routed, or publishes a null MX (reasons hostunknown, notaccept with a 5xx code). A hard bounce.",
        fix: "Check the domain for typos; the domain has no mail service.",
    }
    BounceMailboxFull = "bounce-mailbox-full" {
        title: "The recipient's mailbox is full",
        meaning: "The recipient is over quota (reason mailboxfull: 4.2.2/5.2.2, 552). A soft bounce: a later retry may work.",
        fix: "Retry later, or reach the recipient another way.",
    }
    BounceMailboxDisabled = "bounce-mailbox-disabled" {
        title: "The recipient's mailbox is disabled or filters you",
        meaning: "The account is suspended or inactive, or the recipient's own filter refused the mail (reasons suspend, filtered: 5.2.1, 5.7.13). Soft, but often long-lived.",
        fix: "Try later or use another channel to reach the recipient.",
    }
    BounceMessageTooLarge = "bounce-message-too-large" {
        title: "The message is too large",
        meaning: "The message exceeds the destination's size limit (reasons mesgtoobig, exceedlimit: 5.3.4, 5.2.3, 552).",
        fix: "Send smaller attachments, or links instead.",
    }
    BounceAuthFailure = "bounce-auth-failure" {
        title: "Rejected for SPF, DKIM, DMARC or reverse DNS",
        meaning: "The receiver refused the mail because authentication failed: SPF, DKIM or DMARC (5.7.23-5.7.26, Microsoft 5.7.509/5.7.515) or the sending IP has no valid PTR (5.7.25). Reasons authfailure, requireptr. A fix is needed on the sending side.",
        fix: "Fix SPF/DKIM/DMARC alignment for the support address (`zdiag outbound DOMAIN`), and the PTR of the sending IP.",
    }
    BounceBlockedReputation = "bounce-blocked-reputation" {
        title: "The sending server is blocked or has a low reputation",
        meaning: "The receiver refused the connection or the mail because of the sending IP or domain: a blocklist (Spamhaus, ...) or a poor reputation (reasons blocked, badreputation).",
        fix: "Check the sending IP and domain on blocklists, request delisting, and warm up new IPs.",
    }
    BounceSpamContent = "bounce-spam-content" {
        title: "Rejected for its content",
        meaning: "The receiver judged the content spam, found a virus, or refused its format or attachments (reasons spamdetected, virusdetected, policyviolation, contenterror, notcompliantrfc).",
        fix: "Change the content, attachments or format of the message.",
    }
    BounceRateLimited = "bounce-rate-limited" {
        title: "Rate limited by the receiver",
        meaning: "Too many messages, connections or recipients in too short a time (reasons speeding, toomanyconn).",
        fix: "Slow down and retry later.",
    }
    BounceSenderRejected = "bounce-sender-rejected" {
        title: "Rejected because of the sender",
        meaning: "The receiver refused the envelope sender or From address, relaying, or the TLS/authentication of the session (reasons rejected, norelaying, securityerror).",
        fix: "Check the From and envelope sender, the MX routing, TLS and authentication.",
    }
    BounceNetworkOrTimeout = "bounce-network-or-timeout" {
        title: "A network, timeout or remote system problem",
        meaning: "Delivery failed or expired for a reason on the remote side or in transit: DNS failures, connection timeouts, a full spool, a mailer error, a failed STARTTLS (reasons networkerror, expired, systemerror, systemfull, syntaxerror, mailererror, failedstarttls, soft notaccept). Usually temporary.",
        fix: "Usually retrying works; if it keeps failing, ask the recipient's administrator.",
    }
    BounceComplaint = "bounce-complaint" {
        title: "The recipient reported the mail as spam",
        meaning: "An RFC 5965 feedback report (ARF): the recipient pressed \"report spam\" or unsubscribed through their provider. Not a delivery failure, and not counted as a bounce; the evidence carries the Feedback-Type.",
        fix: "Stop mailing the recipient.",
    }
    BounceAutoReply = "bounce-auto-reply" {
        title: "An automatic reply, not a failure",
        meaning: "An out-of-office or other RFC 3834 auto-reply. Not counted as a bounce.",
        fix: "",
    }
    BounceDelivered = "bounce-delivered" {
        title: "A delivery success notice",
        meaning: "A DSN reporting success (2.x.x). Not counted as a bounce.",
        fix: "",
    }
    BounceUnknown = "bounce-unknown" {
        title: "A failure whose reason is not recognised",
        meaning: "The message is a bounce but its wording matches no known reason (Sisimai's onhold/undefined). The evidence carries the remote server's own words.",
        fix: "Read the diagnostic: the remote server's text says what went wrong.",
    }
    BounceNotABounce = "bounce-not-a-bounce" {
        title: "Not a bounce",
        meaning: "The message is not a delivery failure notice, a complaint or an auto-reply: ordinary mail. It is not counted.",
        fix: "",
    }
    BounceUndecodable = "bounce-undecodable" {
        title: "Not an email message",
        meaning: "The input has no mail headers (empty or not an email), so nothing could be decoded.",
        fix: "Give the raw message (the .eml or the mbox), not a rendering of it.",
    }
    BounceSummary = "bounce-summary" {
        title: "Counts over every message read",
        meaning: "Messages read, bounces, recipients by category, reason and destination domain, and the hard-bounce addresses to clean from the user list.",
        fix: "",
    }
    BounceRate = "bounce-rate" {
        title: "Bounce rate against the messages sent",
        meaning: "Failed recipients (hard and soft) over the number given with --sent. Mailbox providers watch the 2% line: above it, expect throttling and spam-foldering.",
        fix: "Clean the hard-bounce addresses and check list hygiene before sending more.",
    }
}
