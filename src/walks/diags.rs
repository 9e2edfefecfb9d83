//! The walks' own finding codes (a step a walk could not run), with the text `zdiag explain CODE` prints.

use crate::report::codes::codes;

codes! {
    OutboundStepSkipped = "outbound-step-skipped" {
        title: "Step not checked",
        meaning: "This step of Zendesk's procedure needs what zdiag was not given: the Zendesk API (a ticket's delivery status, the triggers, the forwarding status) or the recipient's address. The evidence names the flags and environment variables that enable it, and the message says how to check it by hand meanwhile.",
        fix: "Give what the evidence lists under `needs`, or follow the manual check in the message.",
    }
}
