//! The walks' own finding codes (a step a walk could not run), with the text `zdiag explain CODE` prints.

use crate::report::codes::codes;

codes! {
    OutboundStepSkipped = "outbound-step-skipped",
}
