# inbound: the finding codes' documentation (`zdiag explain CODE`): the title, then
# what it means and why it matters, then the fix (empty for a good state).

inbound-address-configured = The address is a support address
    .meaning = The address the customer wrote to is one of the account's support addresses (compared without case): Zendesk knows it, and mail that reaches Zendesk for it becomes tickets.
    .fix = {""}

inbound-address-unknown = The address is not a support address
    .meaning = The address the customer wrote to is not among the account's support addresses. Mail to an address Zendesk does not know goes nowhere: even if it is forwarded to Zendesk, it is not matched to the account's address. The closest configured addresses are listed: a typo, or an alias that was never added.
    .fix = Add the address in Admin Center > Channels > Talk and email > Email, set up its forwarding and verify it; or give customers the configured address.

inbound-step-skipped = Step not checked
    .meaning = This step of Zendesk's inbound procedure needs the Zendesk API (the support addresses, their forwarding status, the suspended tickets), and zdiag was given neither credentials nor an export. The evidence names the variables that enable it, and the message says how to check it by hand meanwhile.
    .fix = Give what the evidence lists under `needs`, or follow the manual check in the message.

inbound-eml-recipients = Where the message was really sent
    .meaning = The addresses the copy of the email was sent to, read from To, Cc, Delivered-To, X-Forwarded-To and X-Original-To, and which of them are support addresses.
    .fix = {""}

inbound-eml-not-to-address = The message was not sent to the address
    .meaning = None of the recipient headers of the copy names the address being checked, nor any support address of the account: the customer wrote somewhere else (a typo, an old address), so Zendesk never saw it.
    .fix = Give the customer the support address, or add the address they used as a support address.

inbound-eml-auto-submitted = The message says it was sent automatically
    .meaning = An `Auto-Submitted` header other than `no` (RFC 3834) marks the message as machine-generated: Zendesk suspends it as automated mail (cause 3) rather than creating a ticket.
    .fix = If a system must open tickets, have it use the API or remove the header; otherwise recover the message by hand.

inbound-eml-bulk = The message is marked bulk or list mail
    .meaning = `Precedence: bulk`, `junk` or `list` marks the message as mass mail: Zendesk suspends it as automated mail (cause 3).
    .fix = Ask the sender to write without the header (a newsletter tool or a mailing list adds it), or recover it.

inbound-eml-from-support-address = The message is from one of your support addresses
    .meaning = The From address is one of the account's own support addresses: Zendesk suspends it to prevent loops (cause 22). Typical of a forward made in a mail client, or a system that sends as the support address.
    .fix = Forward server-side (the original sender stays in From), and do not send as a support address from other systems.

inbound-eml-too-many-ccs = More than 48 addresses in To and Cc
    .meaning = Zendesk suspends a message with more than 48 addresses in To and Cc (cause 30, the CC limit).
    .fix = Ask the sender to write to fewer people at once, and recover the message.

inbound-eml-authentication = The sender's authentication, as the receiving server recorded it
    .meaning = The Authentication-Results header records what the receiving server found for SPF, DKIM and DMARC. With sender authentication on, Zendesk suspends mail that fails them (cause 26). A failure here names the sender's problem; a pass means authentication is not why the message went missing.
    .fix = For a failure: ask the sender's IT to fix SPF, DKIM or DMARC for their domain; recover the message meanwhile.

# The findings' messages.

inbound-subject-message = message
inbound-msg-address-configured = { $address } is a support address of this account (forwarding { $forwarding }).
inbound-msg-address-unknown = { $address } is not one of the account's { $configured } support address(es): mail to it goes nowhere in Zendesk.
inbound-msg-address-unknown-closest = { $address } is not one of the account's { $configured } support address(es): mail to it goes nowhere in Zendesk. Closest configured: { $closest }.
inbound-msg-recipients = The message was sent to { $recipients }.
inbound-msg-recipients-support = The message was sent to { $recipients }; support address(es) among them: { $support }.
inbound-msg-not-to-address = The message was not sent to { $address } nor to any support address (it went to { $recipients }).
inbound-msg-not-to-address-none = The message was not sent to { $address } nor to any support address (it went to no address the headers name).
inbound-msg-auto-submitted = Auto-Submitted: { $value }: Zendesk suspends automated mail (cause 3).
inbound-msg-bulk = Precedence: { $value }: Zendesk suspends bulk and list mail (cause 3).
inbound-msg-from-support-address = The message is from { $from }, one of your support addresses: Zendesk suspends it (cause 22).
inbound-msg-too-many-ccs = The message names { $count } addresses in To and Cc (over 48): Zendesk suspends it (cause 30).
inbound-msg-authentication-pass = The receiving server recorded { $results }: authentication is not why it went missing.
inbound-msg-authentication-fail = The receiving server recorded { $results }: with sender authentication on, Zendesk suspends such mail (cause 26).
