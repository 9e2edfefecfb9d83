# walks: the finding codes' documentation (`zdiag explain CODE`): the title, then
# what it means and why it matters, then the fix (empty for a good state).

outbound-step-skipped = Step not checked
    .meaning = This step of Zendesk's procedure needs what zdiag was not given: the Zendesk API (a ticket's delivery status, the triggers, the forwarding status) or the recipient's address. The evidence names the flags and environment variables that enable it, and the message says how to check it by hand meanwhile.
    .fix = Give what the evidence lists under `needs`, or follow the manual check in the message.
# The procedures' steps, in Zendesk's own words, and what to check by hand meanwhile.

walks-outbound-step-1 = Step 1: Check the email's delivery status
walks-outbound-step-2 = Step 2: Check that a trigger sends the email
walks-outbound-step-3 = Step 3: Check your email forwarding
walks-outbound-step-4 = Step 4: Check your SPF record
walks-outbound-step-5 = Step 5: Check the status with the recipient
walks-outbound-manual-delivery-status = Meanwhile: open the ticket, look for the warning icon next to the recipient's name, and read the delivery failure in the ticket's events (add /events to the ticket's URL).
walks-outbound-manual-trigger = Meanwhile: in the ticket's events, check that a trigger sent an email notification after the agent's comment, and that the "Notify requester" triggers are active.
walks-outbound-manual-forwarding = Meanwhile: in Admin Center, Channels > Email, check that the support address's forwarding status shows no error.
walks-outbound-needs-ticket = Not checked: give the ticket whose reply did not arrive. { $manual }
    .fix = Run again with --ticket ID (the number in the ticket's URL).
walks-outbound-needs-recipient = Not checked: give the address that does not receive the replies.
    .fix = Run again with --recipient customer@their-domain, or --ticket ID.

walks-inbound-step-1 = Step 1: Check the email address your end user contacted
walks-inbound-step-2 = Step 2: Check the forwarding status of your support email address
walks-inbound-step-3 = Step 3: Check your Suspended tickets view
walks-inbound-manual-address = Meanwhile: check that the address appears among the support addresses in Admin Center > Channels > Talk and email > Email.
walks-inbound-manual-forwarding = Meanwhile: in Admin Center > Channels > Talk and email > Email, check the address's forwarding status and that it shows no error.
walks-inbound-manual-suspended = Meanwhile: look for the email in the Suspended tickets view (it may take several pages), read its cause, and recover it.

walks-ticket-step-comment = The comment
walks-ticket-step-trigger = The trigger
walks-ticket-step-delivery = Delivery
walks-ticket-step-recipient = The recipient
