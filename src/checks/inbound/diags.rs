//! The inbound checks' findings (the address a customer wrote to, and the copy of their
//! email), with the text `zdiag explain CODE` prints, and one constructor per code.

use crate::report::codes::codes;
use crate::report::{Code, Finding, Status};

codes! {
    InboundAddressConfigured = "inbound-address-configured" {
        title: "The address is a support address",
        meaning: "The address the customer wrote to is one of the account's support addresses (compared without case): Zendesk knows it, and mail that reaches Zendesk for it becomes tickets.",
        fix: "",
    }
    InboundAddressUnknown = "inbound-address-unknown" {
        title: "The address is not a support address",
        meaning: "The address the customer wrote to is not among the account's support addresses. Mail to an address Zendesk does not know goes nowhere: even if it is forwarded to Zendesk, it is not matched to the account's address. The closest configured addresses are listed: a typo, or an alias that was never added.",
        fix: "Add the address in Admin Center > Channels > Talk and email > Email, set up its forwarding and verify it; or give customers the configured address.",
    }
    InboundStepSkipped = "inbound-step-skipped" {
        title: "Step not checked",
        meaning: "This step of Zendesk's inbound procedure needs the Zendesk API (the support addresses, their forwarding status, the suspended tickets), and zdiag was given neither credentials nor an export. The evidence names the variables that enable it, and the message says how to check it by hand meanwhile.",
        fix: "Give what the evidence lists under `needs`, or follow the manual check in the message.",
    }
    InboundEmlRecipients = "inbound-eml-recipients" {
        title: "Where the message was really sent",
        meaning: "The addresses the copy of the email was sent to, read from To, Cc, Delivered-To, X-Forwarded-To and X-Original-To, and which of them are support addresses.",
        fix: "",
    }
    InboundEmlNotToAddress = "inbound-eml-not-to-address" {
        title: "The message was not sent to the address",
        meaning: "None of the recipient headers of the copy names the address being checked, nor any support address of the account: the customer wrote somewhere else (a typo, an old address), so Zendesk never saw it.",
        fix: "Give the customer the support address, or add the address they used as a support address.",
    }
    InboundEmlAutoSubmitted = "inbound-eml-auto-submitted" {
        title: "The message says it was sent automatically",
        meaning: "An `Auto-Submitted` header other than `no` (RFC 3834) marks the message as machine-generated: Zendesk suspends it as automated mail (cause 3) rather than creating a ticket.",
        fix: "If a system must open tickets, have it use the API or remove the header; otherwise recover the message by hand.",
    }
    InboundEmlBulk = "inbound-eml-bulk" {
        title: "The message is marked bulk or list mail",
        meaning: "`Precedence: bulk`, `junk` or `list` marks the message as mass mail: Zendesk suspends it as automated mail (cause 3).",
        fix: "Ask the sender to write without the header (a newsletter tool or a mailing list adds it), or recover it.",
    }
    InboundEmlFromSupportAddress = "inbound-eml-from-support-address" {
        title: "The message is from one of your support addresses",
        meaning: "The From address is one of the account's own support addresses: Zendesk suspends it to prevent loops (cause 22). Typical of a forward made in a mail client, or a system that sends as the support address.",
        fix: "Forward server-side (the original sender stays in From), and do not send as a support address from other systems.",
    }
    InboundEmlTooManyCcs = "inbound-eml-too-many-ccs" {
        title: "More than 48 addresses in To and Cc",
        meaning: "Zendesk suspends a message with more than 48 addresses in To and Cc (cause 30, the CC limit).",
        fix: "Ask the sender to write to fewer people at once, and recover the message.",
    }
    InboundEmlAuthentication = "inbound-eml-authentication" {
        title: "The sender's authentication, as the receiving server recorded it",
        meaning: "The Authentication-Results header records what the receiving server found for SPF, DKIM and DMARC. With sender authentication on, Zendesk suspends mail that fails them (cause 26). A failure here names the sender's problem; a pass means authentication is not why the message went missing.",
        fix: "For a failure: ask the sender's IT to fix SPF, DKIM or DMARC for their domain; recover the message meanwhile.",
    }
}

pub fn configured(address: &str, forwarding: &str) -> Finding {
    Finding::new(
        Code::InboundAddressConfigured,
        Status::Pass,
        address,
        format!("{address} is a support address of this account (forwarding {forwarding})."),
    )
    .evidence("forwarding_status", forwarding)
}

pub fn unknown(address: &str, closest: Vec<String>, configured: usize) -> Finding {
    let hint = if closest.is_empty() {
        String::new()
    } else {
        format!(" Closest configured: {}.", closest.join(", "))
    };
    Finding::new(
        Code::InboundAddressUnknown,
        Status::Fail,
        address,
        format!(
            "{address} is not one of the account's {configured} support address(es): mail to it goes nowhere in Zendesk.{hint}"
        ),
    )
    .evidence("closest", closest)
    .help(Code::InboundAddressUnknown.doc().fix)
}

pub fn skipped(step: &str, address: &str, manual: &str, needs: &str) -> Finding {
    crate::checks::api::step_needs_account(Code::InboundStepSkipped, step, address, manual, needs)
}

pub fn recipients(all: &[String], support: &[String]) -> Finding {
    let message = if support.is_empty() {
        format!("The message was sent to {}.", all.join(", "))
    } else {
        format!(
            "The message was sent to {}; support address(es) among them: {}.",
            all.join(", "),
            support.join(", ")
        )
    };
    Finding::new(Code::InboundEmlRecipients, Status::Info, "message", message)
        .evidence("recipients", all.to_vec())
        .evidence("support_addresses", support.to_vec())
}

pub fn not_to_address(address: &str, all: &[String]) -> Finding {
    Finding::new(
        Code::InboundEmlNotToAddress,
        Status::Fail,
        "message",
        format!(
            "The message was not sent to {address} nor to any support address (it went to {}).",
            if all.is_empty() {
                "no address the headers name".to_string()
            } else {
                all.join(", ")
            }
        ),
    )
    .evidence("recipients", all.to_vec())
    .help(Code::InboundEmlNotToAddress.doc().fix)
}

pub fn auto_submitted(value: &str) -> Finding {
    Finding::new(
        Code::InboundEmlAutoSubmitted,
        Status::Warn,
        "Auto-Submitted",
        format!("Auto-Submitted: {value}: Zendesk suspends automated mail (cause 3)."),
    )
    .evidence("header", format!("Auto-Submitted: {value}"))
    .help(Code::InboundEmlAutoSubmitted.doc().fix)
}

pub fn bulk(value: &str) -> Finding {
    Finding::new(
        Code::InboundEmlBulk,
        Status::Warn,
        "Precedence",
        format!("Precedence: {value}: Zendesk suspends bulk and list mail (cause 3)."),
    )
    .evidence("header", format!("Precedence: {value}"))
    .help(Code::InboundEmlBulk.doc().fix)
}

pub fn from_support_address(from: &str) -> Finding {
    Finding::new(
        Code::InboundEmlFromSupportAddress,
        Status::Warn,
        from,
        format!("The message is from {from}, one of your support addresses: Zendesk suspends it (cause 22)."),
    )
    .evidence("from", from)
    .help(Code::InboundEmlFromSupportAddress.doc().fix)
}

pub fn too_many_ccs(count: usize) -> Finding {
    Finding::new(
        Code::InboundEmlTooManyCcs,
        Status::Warn,
        "Cc",
        format!("The message names {count} addresses in To and Cc (over 48): Zendesk suspends it (cause 30)."),
    )
    .evidence("count", count)
    .help(Code::InboundEmlTooManyCcs.doc().fix)
}

pub fn authentication(results: &[(String, String)], raw: &str) -> Finding {
    let failed: Vec<String> = results
        .iter()
        .filter(|(_, r)| !matches!(r.as_str(), "pass" | "bestguesspass"))
        .map(|(m, r)| format!("{m}={r}"))
        .collect();
    let all: Vec<String> = results.iter().map(|(m, r)| format!("{m}={r}")).collect();
    let (status, message) = if failed.is_empty() {
        (
            Status::Info,
            format!(
                "The receiving server recorded {}: authentication is not why it went missing.",
                all.join(", ")
            ),
        )
    } else {
        (
            Status::Warn,
            format!(
                "The receiving server recorded {}: with sender authentication on, Zendesk suspends such mail (cause 26).",
                all.join(", ")
            ),
        )
    };
    let finding = Finding::new(
        Code::InboundEmlAuthentication,
        status,
        "Authentication-Results",
        message,
    )
    .evidence("results", all)
    .evidence("header", raw.chars().take(300).collect::<String>());
    if failed.is_empty() {
        finding
    } else {
        finding.help(Code::InboundEmlAuthentication.doc().fix)
    }
}
