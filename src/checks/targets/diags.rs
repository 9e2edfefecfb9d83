//! The targets check's finding codes, with the text `zdiag explain CODE` prints.

use crate::report::codes::codes;

codes! {
    TargetsActive = "targets-active" {
        title: "Email target in working order",
        meaning: "The email target is active, does not point at one of the account's own support addresses, and no action sends it a body over 8,192 characters.",
        fix: "",
    }
    TargetsNone = "targets-none" {
        title: "No email targets",
        meaning: "The account has no email targets, so no trigger or automation can notify an external address through one.",
        fix: "",
    }
    TargetsInactive = "targets-inactive" {
        title: "An email target is inactive",
        meaning: "The email target is deactivated. Zendesk deactivates a target on its own after 21 consecutive failed deliveries (and tells the admins), or an admin did. Triggers and automations that still point at it send nothing; the evidence lists them.",
        fix: "Correct the target's address, test it, and reactivate it (Admin Center > Apps and integrations > Targets), or update the triggers and automations listed.",
    }
    TargetsSupportAddressLoop = "targets-support-address-loop" {
        title: "An email target is one of the account's own support addresses",
        meaning: "The target sends to an address that is one of this account's support addresses. That is a mail loop: Zendesk refuses notifications to its own support addresses, so the mail is never delivered (or becomes a suspended ticket).",
        fix: "Point the target at an address outside Zendesk; to add to a ticket, use a trigger action instead of a target.",
    }
    TargetsBodyTooLong = "targets-body-too-long" {
        title: "A target notification's body is over 8,192 characters",
        meaning: "A trigger's or automation's `Notify target` action has a body longer than the 8,192 characters Zendesk allows for it.",
        fix: "Shorten the body of the action named in the evidence below 8,192 characters (link to the ticket rather than copying it).",
    }
}
