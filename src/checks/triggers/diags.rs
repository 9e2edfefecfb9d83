//! The triggers check's finding codes, with the text `zdiag explain CODE` prints.

use crate::report::codes::codes;

codes! {
    TriggersNotifyRequesterActive = "triggers-notify-requester-active" {
        title: "A trigger notifies the requester",
        meaning: "An active trigger sends an email to the requester (an `Email user` action to `(requester and CCs)` or `(requester)`), gated on the ticket being created (the \"received request\" notification) or updated with a public comment (the \"comment update\" notification). zdiag recognises it by what it does, not by its title or the `default` flag.",
        fix: "",
    }
    TriggersNotifyRequesterInactive = "triggers-notify-requester-inactive" {
        title: "The trigger that notifies the requester is inactive",
        meaning: "The only triggers that would email the requester when a request is received, or when an agent adds a public comment, are deactivated. Customers get no email for those events: agents' replies never reach them.",
        fix: "Reactivate the trigger named in the evidence: Admin Center > Objects and rules > Business rules > Triggers, open it, Activate.",
    }
    TriggersNotifyReceivedMissing = "triggers-notify-received-missing" {
        title: "No trigger confirms received requests",
        meaning: "No trigger, active or not, emails the requester when a ticket is created by an end user (Zendesk's standard \"Notify requester and CCs of received request\"). Customers who write in get no acknowledgement.",
        fix: "Create a trigger: Ticket Is Created, Comment Is Public, Current user Is (end user); action Email user (requester and CCs) with a subject and body.",
    }
    TriggersNotifyCommentMissing = "triggers-notify-comment-missing" {
        title: "No trigger sends agents' replies",
        meaning: "No trigger, active or not, emails the requester when the ticket is updated with a public comment (Zendesk's standard \"Notify requester and CCs of comment update\"). Agents' replies stay in Zendesk: customers never receive them.",
        fix: "Create a trigger: Ticket Is Updated, Comment Is Public; action Email user (requester and CCs), subject `[{{ticket.account}}] Re: {{ticket.title}}`, body `{{ticket.latest_comment_html}}`.",
    }
    TriggersAllInactive = "triggers-all-inactive" {
        title: "Every trigger is inactive",
        meaning: "The account has triggers but none is active. Triggers are what sends email notifications: with all of them off, Zendesk emails no one about ticket activity.",
        fix: "Reactivate the standard notification triggers (Admin Center > Objects and rules > Business rules > Triggers).",
    }
    TriggersNotificationEmpty = "triggers-notification-empty" {
        title: "A notification with an empty subject or body",
        meaning: "An active trigger's email action (to a user, a group or a target) has an empty subject or body. Zendesk sends nothing useful, or nothing at all (an email target with an empty body fails).",
        fix: "Open the trigger and write the subject and body of the action named in the evidence.",
    }
    TriggersTargetMissing = "triggers-target-missing" {
        title: "A trigger notifies a target that does not exist",
        meaning: "An active trigger's `Notify target` action names a target id that the account's targets do not include (it was deleted). The notification goes nowhere.",
        fix: "Point the action at an existing target, or remove the action.",
    }
    TriggersTargetInactive = "triggers-target-inactive" {
        title: "A trigger notifies an inactive target",
        meaning: "An active trigger's `Notify target` action names a target that is deactivated (Zendesk deactivates a target after 21 consecutive failed deliveries). Nothing is sent while it is inactive.",
        fix: "Fix the target's address, then reactivate it (Admin Center > Apps and integrations > Targets), or point the trigger elsewhere.",
    }
    TriggersGroupDeleted = "triggers-group-deleted" {
        title: "A trigger notifies a deleted group",
        meaning: "An active trigger's `Email group` action names a group id that is not among the account's groups (it was deleted). No agent receives the notification.",
        fix: "Choose an existing group in the action, or `(assigned group)`.",
    }
    TriggersNotFired24h = "triggers-not-fired-24h" {
        title: "A notification trigger did not fire in 24 hours",
        meaning: "Zendesk's usage counts (`usage_24h`, on plans that have them) say this active notification trigger fired 0 times in the last 24 hours. On a busy account that means its conditions no longer match (a changed condition, a trigger above it that changes the ticket first) and nobody gets that email.",
        fix: "Check the trigger's conditions against a recent ticket's events (add /events to the ticket's URL).",
    }
    TriggersPrivateCommentRule = "triggers-private-comment-rule" {
        title: "Private comments send no email to the requester",
        meaning: "Zendesk suppresses the `Email user (requester and CCs)` action when the update adds a private (internal) comment, whatever the trigger says. An agent who replies with an internal note sends nothing to the customer.",
        fix: "Reply with a public comment when the customer must receive it.",
    }
}
