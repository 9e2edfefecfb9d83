# targets: the finding codes' documentation (`zdiag explain CODE`): the title, then
# what it means and why it matters, then the fix (empty for a good state).

targets-active = Email target in working order
    .meaning = The email target is active, does not point at one of the account's own support addresses, and no action sends it a body over 8,192 characters.
    .fix = {""}

targets-none = No email targets
    .meaning = The account has no email targets, so no trigger or automation can notify an external address through one.
    .fix = {""}

targets-inactive = An email target is inactive
    .meaning = The email target is deactivated. Zendesk deactivates a target on its own after 21 consecutive failed deliveries (and tells the admins), or an admin did. Triggers and automations that still point at it send nothing; the evidence lists them.
    .fix = Correct the target's address, test it, and reactivate it (Admin Center > Apps and integrations > Targets), or update the triggers and automations listed.

targets-support-address-loop = An email target is one of the account's own support addresses
    .meaning = The target sends to an address that is one of this account's support addresses. That is a mail loop: Zendesk refuses notifications to its own support addresses, so the mail is never delivered (or becomes a suspended ticket).
    .fix = Point the target at an address outside Zendesk; to add to a ticket, use a trigger action instead of a target.

targets-body-too-long = A target notification's body is over 8,192 characters
    .meaning = A trigger's or automation's `Notify target` action has a body longer than the 8,192 characters Zendesk allows for it.
    .fix = Shorten the body of the action named in the evidence below 8,192 characters (link to the ticket rather than copying it).

# The findings' messages and fixes. $kind is `trigger` or `automation`, as the evidence says.

targets-subject-targets = targets
targets-subject-triggers = triggers
targets-subject-automations = automations
targets-subject-support-addresses = support addresses
targets-msg-none = The account has no email targets.
targets-rule = { $kind } "{ $title }"
targets-msg-inactive = The email target "{ $target }" is inactive (Zendesk deactivates a target after 21 consecutive failed deliveries): nothing is sent to { $email }. No active trigger or automation points at it.
targets-msg-inactive-pointed = The email target "{ $target }" is inactive (Zendesk deactivates a target after 21 consecutive failed deliveries): nothing is sent to { $email }. Still pointing at it: { $rules }.
targets-help-inactive = Check { $email }, then reactivate "{ $target }" in Admin Center > Apps and integrations > Targets, or update the rules listed.
targets-msg-support-address-loop = The email target "{ $target }" sends to { $email }, one of this account's own support addresses: a mail loop, which Zendesk refuses.
targets-help-support-address-loop = Point the target at an address outside this Zendesk account.
targets-msg-body-too-long = The { $kind } "{ $rule }" sends target "{ $target }" a body of { $length } characters; Zendesk allows { $limit }.
targets-help-body-too-long = Shorten the body of the { $kind } "{ $rule }" below { $limit } characters.
targets-msg-active = The email target "{ $target }" is active and sends to { $email }.
