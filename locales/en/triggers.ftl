# triggers: the finding codes' documentation (`zdiag explain CODE`): the title, then
# what it means and why it matters, then the fix (empty for a good state).

triggers-notify-requester-active = A trigger notifies the requester
    .meaning = An active trigger sends an email to the requester (an `Email user` action to `(requester and CCs)` or `(requester)`), gated on the ticket being created (the "received request" notification) or updated with a public comment (the "comment update" notification). zdiag recognises it by what it does, not by its title or the `default` flag.
    .fix = {""}

triggers-notify-requester-inactive = The trigger that notifies the requester is inactive
    .meaning = The only triggers that would email the requester when a request is received, or when an agent adds a public comment, are deactivated. Customers get no email for those events: agents' replies never reach them.
    .fix = Reactivate the trigger named in the evidence: Admin Center > Objects and rules > Business rules > Triggers, open it, Activate.

triggers-notify-received-missing = No trigger confirms received requests
    .meaning = No trigger, active or not, emails the requester when a ticket is created by an end user (Zendesk's standard "Notify requester and CCs of received request"). Customers who write in get no acknowledgement.
    .fix = Create a trigger: Ticket Is Created, Comment Is Public, Current user Is (end user); action Email user (requester and CCs) with a subject and body.

triggers-notify-comment-missing = No trigger sends agents' replies
    .meaning = No trigger, active or not, emails the requester when the ticket is updated with a public comment (Zendesk's standard "Notify requester and CCs of comment update"). Agents' replies stay in Zendesk: customers never receive them.
    .fix = Create a trigger: Ticket Is Updated, Comment Is Public; action Email user (requester and CCs), subject `[{"{"}{"{"}ticket.account{"}"}{"}"}] Re: {"{"}{"{"}ticket.title{"}"}{"}"}`, body `{"{"}{"{"}ticket.latest_comment_html{"}"}{"}"}`.

triggers-all-inactive = Every trigger is inactive
    .meaning = The account has triggers but none is active. Triggers are what sends email notifications: with all of them off, Zendesk emails no one about ticket activity.
    .fix = Reactivate the standard notification triggers (Admin Center > Objects and rules > Business rules > Triggers).

triggers-notification-empty = A notification with an empty subject or body
    .meaning = An active trigger's email action (to a user, a group or a target) has an empty subject or body. Zendesk sends nothing useful, or nothing at all (an email target with an empty body fails).
    .fix = Open the trigger and write the subject and body of the action named in the evidence.

triggers-target-missing = A trigger notifies a target that does not exist
    .meaning = An active trigger's `Notify target` action names a target id that the account's targets do not include (it was deleted). The notification goes nowhere.
    .fix = Point the action at an existing target, or remove the action.

triggers-target-inactive = A trigger notifies an inactive target
    .meaning = An active trigger's `Notify target` action names a target that is deactivated (Zendesk deactivates a target after 21 consecutive failed deliveries). Nothing is sent while it is inactive.
    .fix = Fix the target's address, then reactivate it (Admin Center > Apps and integrations > Targets), or point the trigger elsewhere.

triggers-group-deleted = A trigger notifies a deleted group
    .meaning = An active trigger's `Email group` action names a group id that is not among the account's groups (it was deleted). No agent receives the notification.
    .fix = Choose an existing group in the action, or `(assigned group)`.

triggers-not-fired-24h = A notification trigger did not fire in 24 hours
    .meaning = Zendesk's usage counts (`usage_24h`, on plans that have them) say this active notification trigger fired 0 times in the last 24 hours. On a busy account that means its conditions no longer match (a changed condition, a trigger above it that changes the ticket first) and nobody gets that email.
    .fix = Check the trigger's conditions against a recent ticket's events (add /events to the ticket's URL).

triggers-private-comment-rule = Private comments send no email to the requester
    .meaning = Zendesk suppresses the `Email user (requester and CCs)` action when the update adds a private (internal) comment, whatever the trigger says. An agent who replies with an internal note sends nothing to the customer.
    .fix = Reply with a public comment when the customer must receive it.

# The messages of `zdiag triggers`: the findings and their fixes.

triggers-subject = triggers
triggers-quoted = "{ $title }"
# What a requester notification answers, in "emails the requester on ...".
triggers-on-received = a customer's new request
triggers-on-comment = an agent's public reply
triggers-all-inactive-message = All { $count } triggers are inactive: Zendesk sends no email notification at all.
triggers-all-inactive-help = Reactivate the notification triggers in Admin Center > Objects and rules > Business rules > Triggers.
triggers-notify-requester-active-message = "{ $title }" emails the requester on { $what }.
triggers-notify-requester-inactive-one = No active trigger emails the requester on { $what }: { $names } would, but is inactive. Customers get no email.
triggers-notify-requester-inactive-many = No active trigger emails the requester on { $what }: { $names } would, but is inactive. Customers get no email.
triggers-notify-requester-inactive-help = Reactivate { $name } in Admin Center > Objects and rules > Business rules > Triggers.
triggers-notify-missing-message = No trigger emails the requester on { $what }: customers get no email for it.
triggers-not-fired-24h-message = "{ $title }" sends email but fired 0 times in the last 24 hours.
triggers-not-fired-24h-help = Compare its conditions with a recent ticket's events (add /events to the ticket's URL).
triggers-private-comment-rule-message = Zendesk sends no email to the requester for a private comment, whatever the triggers say: an internal note never reaches the customer.
triggers-private-comment-rule-help = Reply with a public comment when the customer must receive it.
triggers-empty-subject = "{ $title }" sends an email whose subject is empty.
triggers-empty-subject-help = Open "{ $title }" and write the subject of its email action.
triggers-empty-body = "{ $title }" sends an email whose body is empty.
triggers-empty-body-help = Open "{ $title }" and write the body of its email action.
triggers-target-missing-message = "{ $title }" notifies target { $target }, which does not exist.
triggers-target-missing-help = Point "{ $title }" at an existing target, or remove the action.
triggers-target-inactive-message = "{ $title }" notifies target "{ $target }", which is inactive: nothing is sent.
triggers-target-inactive-help = Fix and reactivate the target "{ $target }" (Admin Center > Apps and integrations > Targets).
triggers-group-deleted-message = "{ $title }" emails group { $group }, which no longer exists: no agent receives it.
triggers-group-deleted-help = Choose an existing group, or (assigned group), in "{ $title }".
