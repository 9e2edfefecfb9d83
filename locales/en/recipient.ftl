# recipient: the finding codes' documentation (`zdiag explain CODE`): the title, then
# what it means and why it matters, then the fix (empty for a good state).

outbound-recipient-invalid = The recipient is not an email address
    .meaning = The address given with --recipient has no `@`, an empty local part, or a domain that is not a valid name, so no mail can reach it.
    .fix = Check the requester's address in the ticket and correct it.

outbound-recipient-typo = The recipient's domain looks mistyped
    .meaning = The recipient's domain is one or two keystrokes away from a major mailbox provider's (`gmial.com` for `gmail.com`). Mail to a mistyped domain bounces or, worse, reaches a stranger's server; customers who typed their own address wrong never get replies.
    .fix = Correct the requester's email address in Zendesk and send the reply again.

outbound-recipient-ask = Ask the recipient
    .meaning = DNS shows nothing wrong on the recipient's side: the domain exists and its mail servers resolve. Whether their server accepted, filed as spam or rejected the email is only visible to them (or in a bounce, which Zendesk puts in the Suspended tickets view).
    .fix = Contact the recipient with the details of the email: ask them to check their spam folder, to tell you why their server blocked it, and to allow-list your support address.

# The findings' messages (`.fix`: the finding's help).

recipient-not-an-address = '{ $address }' is not an email address.
    .fix = Check the requester's address in the ticket.
recipient-typo = { $domain } looks like a typo of { $intended }.
    .fix = Correct the requester's address in Zendesk (…@{ $intended }) and send the reply again.
recipient-looks-fine = { $domain }'s mail servers look fine from DNS: whether they accepted the email is known only on their side.
    .fix = Contact the recipient with the details of the blocked email and ask them to check their spam folder and allow-list your support address.
recipient-ask-spam = look in the spam or junk folder
recipient-ask-why = say why their server blocked the email (the bounce or their mail log)
recipient-ask-allow = allow-list the support address and Zendesk's mail servers for future replies
