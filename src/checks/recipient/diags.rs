//! The recipient check's finding codes, with the text `zdiag explain CODE` prints.

use crate::report::codes::codes;

codes! {
    OutboundRecipientInvalid = "outbound-recipient-invalid" {
        title: "The recipient is not an email address",
        meaning: "The address given with --recipient has no `@`, an empty local part, or a domain that is not a valid name, so no mail can reach it.",
        fix: "Check the requester's address in the ticket and correct it.",
    }
    OutboundRecipientTypo = "outbound-recipient-typo" {
        title: "The recipient's domain looks mistyped",
        meaning: "The recipient's domain is one or two keystrokes away from a major mailbox provider's (`gmial.com` for `gmail.com`). Mail to a mistyped domain bounces or, worse, reaches a stranger's server; customers who typed their own address wrong never get replies.",
        fix: "Correct the requester's email address in Zendesk and send the reply again.",
    }
    OutboundRecipientAsk = "outbound-recipient-ask" {
        title: "Ask the recipient",
        meaning: "DNS shows nothing wrong on the recipient's side: the domain exists and its mail servers resolve. Whether their server accepted, filed as spam or rejected the email is only visible to them (or in a bounce, which Zendesk puts in the Suspended tickets view).",
        fix: "Contact the recipient with the details of the email: ask them to check their spam folder, to tell you why their server blocked it, and to allow-list your support address.",
    }
}
