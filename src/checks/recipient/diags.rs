//! The recipient check's finding codes, with the text `zdiag explain CODE` prints.

use crate::report::codes::codes;

codes! {
    OutboundRecipientInvalid = "outbound-recipient-invalid",
    OutboundRecipientTypo = "outbound-recipient-typo",
    OutboundRecipientAsk = "outbound-recipient-ask",
}
