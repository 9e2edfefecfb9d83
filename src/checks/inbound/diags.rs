//! The inbound checks' findings (the address a customer wrote to, and the copy of their
//! email), with the text `zdiag explain CODE` prints, and one constructor per code.

use crate::i18n::t;
use crate::report::codes::codes;
use crate::report::{Code, Finding, Status};

codes! {
    InboundAddressConfigured = "inbound-address-configured",
    InboundAddressUnknown = "inbound-address-unknown",
    InboundStepSkipped = "inbound-step-skipped",
    InboundEmlRecipients = "inbound-eml-recipients",
    InboundEmlNotToAddress = "inbound-eml-not-to-address",
    InboundEmlAutoSubmitted = "inbound-eml-auto-submitted",
    InboundEmlBulk = "inbound-eml-bulk",
    InboundEmlFromSupportAddress = "inbound-eml-from-support-address",
    InboundEmlTooManyCcs = "inbound-eml-too-many-ccs",
    InboundEmlAuthentication = "inbound-eml-authentication",
}

pub fn configured(address: &str, forwarding: &str) -> Finding {
    Finding::new(
        Code::InboundAddressConfigured,
        Status::Pass,
        address,
        t!(
            "inbound-msg-address-configured",
            address = address,
            forwarding = forwarding
        ),
    )
    .evidence("forwarding_status", forwarding)
}

pub fn unknown(address: &str, closest: Vec<String>, configured: usize) -> Finding {
    let message = if closest.is_empty() {
        t!(
            "inbound-msg-address-unknown",
            address = address,
            configured = configured
        )
    } else {
        t!(
            "inbound-msg-address-unknown-closest",
            address = address,
            configured = configured,
            closest = closest.join(", ")
        )
    };
    Finding::new(Code::InboundAddressUnknown, Status::Fail, address, message)
        .evidence("closest", closest)
        .help(Code::InboundAddressUnknown.doc().fix)
}

pub fn skipped(step: &str, address: &str, manual: &str, needs: &str) -> Finding {
    crate::checks::api::step_needs_account(Code::InboundStepSkipped, step, address, manual, needs)
}

pub fn recipients(all: &[String], support: &[String]) -> Finding {
    let message = if support.is_empty() {
        t!("inbound-msg-recipients", recipients = all.join(", "))
    } else {
        t!(
            "inbound-msg-recipients-support",
            recipients = all.join(", "),
            support = support.join(", ")
        )
    };
    Finding::new(
        Code::InboundEmlRecipients,
        Status::Info,
        t!("inbound-subject-message"),
        message,
    )
    .evidence("recipients", all.to_vec())
    .evidence("support_addresses", support.to_vec())
}

pub fn not_to_address(address: &str, all: &[String]) -> Finding {
    let message = if all.is_empty() {
        t!("inbound-msg-not-to-address-none", address = address)
    } else {
        t!(
            "inbound-msg-not-to-address",
            address = address,
            recipients = all.join(", ")
        )
    };
    Finding::new(
        Code::InboundEmlNotToAddress,
        Status::Fail,
        t!("inbound-subject-message"),
        message,
    )
    .evidence("recipients", all.to_vec())
    .help(Code::InboundEmlNotToAddress.doc().fix)
}

pub fn auto_submitted(value: &str) -> Finding {
    Finding::new(
        Code::InboundEmlAutoSubmitted,
        Status::Warn,
        "Auto-Submitted",
        t!("inbound-msg-auto-submitted", value = value),
    )
    .evidence("header", format!("Auto-Submitted: {value}"))
    .help(Code::InboundEmlAutoSubmitted.doc().fix)
}

pub fn bulk(value: &str) -> Finding {
    Finding::new(
        Code::InboundEmlBulk,
        Status::Warn,
        "Precedence",
        t!("inbound-msg-bulk", value = value),
    )
    .evidence("header", format!("Precedence: {value}"))
    .help(Code::InboundEmlBulk.doc().fix)
}

pub fn from_support_address(from: &str) -> Finding {
    Finding::new(
        Code::InboundEmlFromSupportAddress,
        Status::Warn,
        from,
        t!("inbound-msg-from-support-address", from = from),
    )
    .evidence("from", from)
    .help(Code::InboundEmlFromSupportAddress.doc().fix)
}

pub fn too_many_ccs(count: usize) -> Finding {
    Finding::new(
        Code::InboundEmlTooManyCcs,
        Status::Warn,
        "Cc",
        t!("inbound-msg-too-many-ccs", count = count),
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
            t!("inbound-msg-authentication-pass", results = all.join(", ")),
        )
    } else {
        (
            Status::Warn,
            t!("inbound-msg-authentication-fail", results = all.join(", ")),
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
