//! `zdiag forwarding`: each support address's forwarding and DNS verification, with the
//! reason read from DNS, an optional re-verification, and a forwarded message's path.
//!
//! The order and the advice follow Zendesk's procedure for forwarding verification
//! failures: forward server-side to a Zendesk address, approve a provider's confirmation
//! email, verify again; "fixed but not re-verified" keeps notifications off.

pub mod diags;
pub mod eml;

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::checks::{PathState, api, dkim, mx, spf};
use crate::context::Context;
use crate::dns::{Answer, QType, RData};
use crate::report::{Code, Finding, Status};
use crate::zendesk::{
    AccountSettings, Client, RecipientAddress, VerificationStatus as Vs, VerifyKind,
};

/// Progress lines for stderr (a check never prints itself).
pub type Progress = Arc<dyn Fn(&str) + Send + Sync>;

#[derive(Clone, Default)]
pub struct ForwardingOptions {
    /// One address, or every address of one domain; all when `None`.
    pub only: Option<String>,
    /// Ask Zendesk to verify again, then poll.
    pub verify: bool,
    pub verify_timeout: Duration,
    pub progress: Option<Progress>,
}

/// Findings grouped by support address (the group's name is the address).
pub type Grouped = Vec<(String, Vec<Finding>)>;

pub async fn check(ctx: &Context, options: &ForwardingOptions) -> Grouped {
    let client = match api::client(ctx) {
        Ok(client) => client,
        Err(findings) => return vec![("zendesk".into(), findings)],
    };
    let (addresses, settings) =
        tokio::join!(client.recipient_addresses(), client.account_settings());
    let addresses = match addresses {
        Ok(addresses) => addresses,
        Err(error) => {
            return vec![(
                "support addresses".into(),
                vec![api::error(client, "support addresses", &error)],
            )];
        }
    };
    let settings = settings.ok();
    let selected: Vec<&RecipientAddress> = match &options.only {
        None => addresses.iter().collect(),
        Some(only) => {
            let only = only.trim().to_ascii_lowercase();
            addresses
                .iter()
                .filter(|a| {
                    if only.contains('@') {
                        a.email.eq_ignore_ascii_case(&only)
                    } else {
                        a.domain() == only
                    }
                })
                .collect()
        }
    };
    if selected.is_empty() {
        let asked = options.only.clone().unwrap_or_default();
        let known: Vec<&str> = addresses.iter().map(|a| a.email.as_str()).collect();
        return vec![(
            asked.clone(),
            vec![Finding::new(
                Code::ForwardingAddressNotFound,
                Status::Fail,
                asked.clone(),
                format!(
                    "{asked} is not a support address of this account: Zendesk sends as an external address only once it is added and its forwarding is verified."
                ),
            )
            .evidence("support_addresses", known)
            .help(format!(
                "Add {asked} in Admin Center > Channels > Talk and email > Email (Connect external address), set up forwarding, and verify it."
            ))],
        )];
    }
    let explicit = options.only.is_some();
    let mut grouped = Vec::new();
    for address in selected {
        let findings = one(ctx, client, address, settings.as_ref(), options, explicit).await;
        grouped.push((address.email.clone(), findings));
    }
    grouped
}

async fn one(
    ctx: &Context,
    client: &Client,
    address: &RecipientAddress,
    settings: Option<&AccountSettings>,
    options: &ForwardingOptions,
    explicit: bool,
) -> Vec<Finding> {
    if address.is_zendesk_hosted() {
        return vec![
            Finding::new(
                Code::ForwardingZendeskAddress,
                Status::Pass,
                address.email.clone(),
                format!(
                    "{} is hosted by Zendesk: no forwarding or DNS to set up.",
                    address.email
                ),
            )
            .evidence("default", address.default == Some(true)),
        ];
    }
    let mut findings = Vec::new();
    let mut current = address.clone();
    let unverified = [
        &address.forwarding_status,
        &address.spf_status,
        &address.cname_status,
        &address.domain_verification_status,
    ]
    .iter()
    .any(|s| **s != Vs::Verified);
    if options.verify && (unverified || explicit) {
        match verify(client, address, options).await {
            Ok((found, after)) => {
                findings.extend(found);
                current = after;
            }
            Err(finding) => {
                findings.push(finding);
                return findings;
            }
        }
    }
    findings.extend(statuses(ctx, &current, settings).await);
    findings
}

/// Ask Zendesk to verify again (forwarding, SPF, DNS), then read the address until it changes.
async fn verify(
    client: &Client,
    address: &RecipientAddress,
    options: &ForwardingOptions,
) -> Result<(Vec<Finding>, RecipientAddress), Finding> {
    let say = |text: String| {
        if let Some(progress) = &options.progress {
            progress(&text);
        }
    };
    say(format!(
        "asking Zendesk to re-run the forwarding, SPF and DNS verification of {} (PUT /api/v2/recipient_addresses/{}/verify); Zendesk sends a test email to the address",
        address.email, address.id
    ));
    for kind in VerifyKind::ALL {
        client
            .verify_recipient_address(address.id, kind)
            .await
            .map_err(|e| api::error(client, &address.email, &e))?;
    }
    let mut findings = vec![
        Finding::new(
            Code::ForwardingVerifyRequested,
            Status::Info,
            address.email.clone(),
            format!(
                "Asked Zendesk to verify forwarding, SPF and DNS of {} again.",
                address.email
            ),
        )
        .evidence("id", address.id)
        .evidence("types", json!(["forwarding", "spf", "dns"])),
    ];
    say(format!(
        "waiting up to {}s for {}'s status to change",
        options.verify_timeout.as_secs(),
        address.email
    ));
    let before = snapshot(address);
    let started = Instant::now();
    let mut latest;
    loop {
        tokio::time::sleep(client.poll_interval()).await;
        latest = client
            .recipient_address(address.id)
            .await
            .map_err(|e| api::error(client, &address.email, &e))?;
        if snapshot(&latest) != before {
            let status = match latest.forwarding_status {
                Vs::Verified => Status::Pass,
                Vs::Failed => Status::Fail,
                _ => Status::Warn,
            };
            findings.push(
                Finding::new(
                    Code::ForwardingVerifyChanged,
                    status,
                    address.email.clone(),
                    format!(
                        "After verification, {}: forwarding {}, SPF {}, CNAMEs {}, domain verification {}.",
                        address.email,
                        latest.forwarding_status.as_str(),
                        latest.spf_status.as_str(),
                        latest.cname_status.as_str(),
                        latest.domain_verification_status.as_str()
                    ),
                )
                .evidence("before", before.clone())
                .evidence("after", snapshot(&latest))
                .evidence("waited_ms", started.elapsed().as_millis() as u64),
            );
            break;
        }
        if started.elapsed() >= options.verify_timeout {
            findings.push(
                Finding::new(
                    Code::ForwardingVerifyTimeout,
                    Status::Warn,
                    address.email.clone(),
                    format!(
                        "{}'s status did not change within {}s of the verification request.",
                        address.email,
                        options.verify_timeout.as_secs()
                    ),
                )
                .evidence("statuses", before.clone())
                .help(format!(
                    "Run `zdiag forwarding {}` again in a few minutes, and look for Zendesk's test email among the suspended tickets.",
                    address.email
                )),
            );
            break;
        }
    }
    Ok((findings, latest))
}

fn snapshot(a: &RecipientAddress) -> Value {
    json!({
        "forwarding_status": a.forwarding_status.as_str(),
        "spf_status": a.spf_status.as_str(),
        "cname_status": a.cname_status.as_str(),
        "domain_verification_status": a.domain_verification_status.as_str(),
    })
}

/// The four statuses of an external address, each explained from DNS.
async fn statuses(
    ctx: &Context,
    address: &RecipientAddress,
    settings: Option<&AccountSettings>,
) -> Vec<Finding> {
    let domain = address.domain();
    let email = address.email.as_str();
    let forwarding_ok = address.forwarding_status == Vs::Verified;
    let (spf_path, dkim_path, verification, mx_answer, mx_findings) = tokio::join!(
        spf::zendesk_spf_validation(ctx, &domain),
        dkim::zendesk_dkim_path(ctx, &domain),
        verification_path(ctx, &domain, address.domain_verification_code.as_deref()),
        ctx.dns.query(&domain, QType::Mx),
        async {
            if forwarding_ok {
                Vec::new()
            } else {
                mx::check(ctx, &domain).await
            }
        }
    );
    let mut findings = vec![forwarding(address, &mx_answer)];
    findings.extend(mx_findings);
    let spf_fix =
        format!("Add include:mail.zendesk.com to the SPF record of {domain}, before `all`.");
    let dkim_fix = format!(
        "Publish zendesk1._domainkey.{domain} CNAME zendesk1._domainkey.zendesk.com and zendesk2._domainkey.{domain} CNAME zendesk2._domainkey.zendesk.com."
    );
    let verification_fix = match &address.domain_verification_code {
        Some(code) => format!("Publish TXT zendeskverification.{domain} with the value {code}."),
        None => "Publish the zendeskverification TXT record Zendesk shows for the address.".into(),
    };
    for (label, kind, status, path, fix) in [
        ("SPF", "spf", &address.spf_status, spf_path, spf_fix),
        (
            "DKIM CNAMEs",
            "cname",
            &address.cname_status,
            dkim_path,
            dkim_fix,
        ),
        (
            "domain verification TXT",
            "domain_verification",
            &address.domain_verification_status,
            verification,
            verification_fix,
        ),
    ] {
        findings.push(dns_finding(email, label, kind, status, &path, &fix));
    }
    if settings.and_then(|s| s.email.custom_dkim_domain) == Some(true)
        && address.cname_status != Vs::Verified
    {
        findings.push(
            Finding::new(
                Code::ForwardingDkimWithoutCnames,
                Status::Fail,
                email,
                format!(
                    "\"Custom domain for DKIM\" is on, but Zendesk has not verified {domain}'s DKIM CNAMEs (cname_status {}): Zendesk warns this causes delivery failures.",
                    address.cname_status.as_str()
                ),
            )
            .evidence("custom_dkim_domain", true)
            .evidence("cname_status", address.cname_status.as_str())
            .help(format!(
                "Publish {domain}'s two DKIM CNAMEs and verify them, or turn off Custom domain for DKIM (Admin Center > Channels > Talk and email > Email) until they are in place."
            )),
        );
    }
    findings
}

/// `forwarding_status`, with what to do for waiting / failed / unknown.
fn forwarding(address: &RecipientAddress, mx: &Answer) -> Finding {
    let email = address.email.as_str();
    let domain = address.domain();
    let mx_hosts = mx.mx_hosts();
    let mx_evidence: Value = if mx_hosts.is_empty() {
        Value::String(mx.describe())
    } else {
        json!(mx_hosts)
    };
    let mx_note = match mx {
        Answer::NxDomain | Answer::NoData => format!(
            " {domain} has no MX record: mail to {email} is never delivered, so it cannot be forwarded."
        ),
        _ => String::new(),
    };
    let verify = format!(
        "then verify again (`zdiag forwarding {email} --verify`, or Verify in Admin Center > Channels > Talk and email > Email)"
    );
    let (code, status, message, help) = match &address.forwarding_status {
        Vs::Verified => (
            Code::ForwardingVerified,
            Status::Pass,
            format!("Forwarding of {email} is verified: Zendesk sends notifications from it."),
            None,
        ),
        Vs::Waiting => (
            Code::ForwardingWaiting,
            Status::Warn,
            format!(
                "Zendesk sent its test email to {email} and is still waiting for it: no notification is sent from this address until it arrives.{mx_note}"
            ),
            Some(format!(
                "Set up server-side automatic forwarding from {email} to a Zendesk support address; if your provider sent a confirmation email, open the ticket or suspended ticket it created and click the link; {verify}."
            )),
        ),
        Vs::Failed => (
            Code::ForwardingFailed,
            Status::Fail,
            format!(
                "Forwarding verification of {email} failed: tickets may still be created, but Zendesk sends no notification from this address until it is verified again.{mx_note}"
            ),
            Some(format!(
                "Fix forwarding on the mail server (server-side, straight to a Zendesk support address; Microsoft 365 must allow automatic external forwarding), {verify}."
            )),
        ),
        other => (
            Code::ForwardingUnknown,
            Status::Warn,
            format!(
                "Forwarding of {email} was never verified (status {}): Zendesk sends no notification from an unverified external address.{mx_note}",
                other.as_str()
            ),
            Some(format!(
                "Set up server-side forwarding from {email} to a Zendesk support address, {verify}."
            )),
        ),
    };
    let mut finding = Finding::new(code, status, email, message)
        .evidence("forwarding_status", address.forwarding_status.as_str())
        .evidence("mx", mx_evidence);
    if status != Status::Pass {
        finding = finding.evidence(
            "likely_causes",
            json!([
                "forwarding not set up, or set up as a mail-client rule instead of on the server",
                "forwarding to an address that is not one of this account's Zendesk addresses",
                "the provider blocks automatic forwarding to external domains (Microsoft 365: remote domains and the outbound spam policy)",
                "the provider's forwarding-confirmation email is waiting in Zendesk (possibly suspended)",
                "an alias or distribution list used as the support address",
                "several forwarding hops before Zendesk"
            ]),
        );
    }
    if let Some(help) = help {
        finding = finding.help(help);
    }
    finding
}

/// One DNS-backed status: Zendesk's verdict against what DNS shows now.
fn dns_finding(
    email: &str,
    label: &str,
    kind: &str,
    status: &Vs,
    path: &PathState,
    fix: &str,
) -> Finding {
    let (dns_state, dns_text) = match path {
        PathState::Ready(text) => ("ready", text.as_str()),
        PathState::Missing(text) => ("missing", text.as_str()),
        PathState::Unknown(text) => ("unknown", text.as_str()),
    };
    let reverify = format!(
        "Verify {email} again: `zdiag forwarding {email} --verify`, or Verify in Admin Center > Channels > Talk and email > Email."
    );
    let (code, level, message, help) = match (status, path) {
        (Vs::Verified, PathState::Missing(why)) => (
            Code::ForwardingDnsRegressed,
            Status::Fail,
            format!("Zendesk verified {label} for {email} earlier, but now {why}."),
            Some(fix.to_string()),
        ),
        (Vs::Verified, _) => (
            Code::ForwardingDnsVerified,
            Status::Pass,
            format!("Zendesk shows {label} verified for {email}."),
            None,
        ),
        (Vs::Failed, PathState::Ready(why)) => (
            Code::ForwardingDnsReverify,
            Status::Warn,
            format!(
                "Zendesk shows {label} failed for {email}, but DNS is right now ({why}): fixed but not re-verified."
            ),
            Some(reverify),
        ),
        (Vs::Failed, PathState::Missing(why)) => (
            Code::ForwardingDnsFailed,
            Status::Fail,
            format!("Zendesk shows {label} failed for {email}: {why}."),
            Some(format!("{fix} Then verify again.")),
        ),
        (Vs::Failed, PathState::Unknown(why)) => (
            Code::ForwardingDnsFailed,
            Status::Fail,
            format!("Zendesk shows {label} failed for {email}; DNS could not say why ({why})."),
            Some(format!("{fix} Then verify again.")),
        ),
        (other, PathState::Missing(why)) => (
            Code::ForwardingDnsUnverified,
            Status::Fail,
            format!(
                "Zendesk has not verified {label} for {email} (status {}), and {why}.",
                other.as_str()
            ),
            Some(format!("{fix} Then verify it.")),
        ),
        (other, _) => (
            Code::ForwardingDnsUnverified,
            Status::Warn,
            format!(
                "Zendesk has not verified {label} for {email} yet (status {}); DNS: {dns_text}.",
                other.as_str()
            ),
            Some(reverify),
        ),
    };
    let mut finding = Finding::new(code, level, email, message)
        .evidence("check", kind)
        .evidence("zendesk_status", status.as_str())
        .evidence("dns", dns_state)
        .evidence("dns_detail", dns_text);
    if let Some(help) = help {
        finding = finding.help(help);
    }
    finding
}

/// Is `zendeskverification.<domain>` TXT the address's `domain_verification_code`?
async fn verification_path(ctx: &Context, domain: &str, code: Option<&str>) -> PathState {
    let Some(code) = code else {
        return PathState::Unknown("Zendesk gives no verification code for the address".into());
    };
    let name = format!("zendeskverification.{domain}");
    let answer = ctx.dns.query(&name, QType::Txt).await;
    if answer.is_failure() {
        return PathState::Unknown(format!(
            "the TXT lookup of {name} got {}",
            answer.describe()
        ));
    }
    let values: Vec<String> = answer
        .records()
        .iter()
        .filter_map(|r| match r {
            RData::Txt(strings) => Some(
                strings
                    .iter()
                    .map(|s| String::from_utf8_lossy(s).to_string())
                    .collect::<String>(),
            ),
            _ => None,
        })
        .collect();
    if values.iter().any(|v| v.trim().eq_ignore_ascii_case(code)) {
        return PathState::Ready(format!("TXT {name} holds the code {code}"));
    }
    if values.is_empty() {
        PathState::Missing(format!(
            "there is no TXT record at {name} (expected {code})"
        ))
    } else {
        PathState::Missing(format!(
            "TXT {name} holds {} instead of the code {code}",
            values.join(", ")
        ))
    }
}

/// The forwarding path of a message that reached Zendesk.
pub fn message_path(message: &eml::Message, addresses: &[RecipientAddress]) -> Vec<Finding> {
    let support: BTreeSet<String> = addresses
        .iter()
        .map(|a| a.email.trim().to_ascii_lowercase())
        .collect();
    let zendesk_domains: BTreeSet<String> = addresses
        .iter()
        .filter(|a| a.is_zendesk_hosted())
        .map(RecipientAddress::domain)
        .collect();
    let path = eml::path(message, &support);
    let subject = if path.subject.is_empty() {
        "message".to_string()
    } else {
        path.subject.clone()
    };
    let ours = |a: &String| {
        support.contains(a)
            || a.rsplit_once('@')
                .is_some_and(|(_, d)| zendesk_domains.contains(d))
    };
    let mut findings = Vec::new();
    let received = path.received_at.clone().filter(|a| ours(a));
    if received.is_none() && path.addressed_to.is_none() {
        findings.push(
            Finding::new(
                Code::ForwardingEmlUnknownRecipient,
                Status::Warn,
                subject.clone(),
                "None of the message's recipients is a support address of this account.",
            )
            .evidence("hops", path.hops.clone())
            .help("Check where the forwarding rule sends mail: it must target a support address of this account."),
        );
    } else {
        let message = match (&path.addressed_to, &received) {
            (Some(to), Some(at)) => format!("Sent to {to}, received by Zendesk at {at}."),
            (Some(to), None) => format!("Sent to the support address {to}."),
            (None, Some(at)) => format!("Received by Zendesk at {at}."),
            (None, None) => unreachable!(),
        };
        findings.push(
            Finding::new(
                Code::ForwardingEmlReceivedBy,
                Status::Info,
                subject.clone(),
                message,
            )
            .evidence("addressed_to", path.addressed_to.clone())
            .evidence("received_at", received.clone()),
        );
    }
    if let Some((by, to)) = &path.gmail {
        findings.push(
            Finding::new(
                Code::ForwardingEmlGmail,
                Status::Info,
                subject.clone(),
                format!("Gmail's automatic forwarding sent it from {by} to {to}."),
            )
            .evidence("forwarded_for", by.clone())
            .evidence("forwarded_to", to.clone()),
        );
    }
    let multi = path.hops.len() >= 2;
    if multi {
        let requester = path.requester.clone().unwrap_or_default();
        findings.push(
            Finding::new(
                Code::ForwardingEmlMultiHop,
                Status::Fail,
                subject.clone(),
                format!(
                    "Forwarded {} times ({}) before Zendesk: unsupported; Zendesk takes the first Reply-To or From address as the requester ({requester}).",
                    path.hops.len(),
                    path.hops.join(" → ")
                ),
            )
            .evidence("hops", path.hops.clone())
            .evidence("requester", requester)
            .help("Forward straight from the address customers write to, to a Zendesk support address, in one server-side hop."),
        );
    }
    if !path.client_forward.is_empty() {
        let from = path.from.clone().unwrap_or_default();
        let from_support = support.contains(&from);
        let risk = if from_support {
            format!(
                " It comes from {from}, one of the account's support addresses: Zendesk suspends it (\"Received from support address\")."
            )
        } else {
            format!(" The requester becomes {from}, not the customer.")
        };
        findings.push(
            Finding::new(
                Code::ForwardingEmlClientForward,
                Status::Warn,
                subject.clone(),
                format!(
                    "Forwarded from a mail client, not by the server ({}).{risk}",
                    path.client_forward.join("; ")
                ),
            )
            .evidence("signs", path.client_forward.clone())
            .evidence("from", from)
            .evidence("suspension_risk", from_support)
            .help("Replace manual or client-rule forwarding with server-side automatic forwarding to a Zendesk support address."),
        );
    }
    if !multi && path.client_forward.is_empty() && findings.iter().all(|f| f.status != Status::Warn)
    {
        let message = match path.hops.first() {
            Some(hop) => format!("One server-side forward, from {hop} to Zendesk: supported."),
            None => "Sent straight to Zendesk, without forwarding.".to_string(),
        };
        findings.push(
            Finding::new(Code::ForwardingEmlDirect, Status::Pass, subject, message)
                .evidence("hops", path.hops.clone())
                .evidence("requester", path.requester.clone()),
        );
    }
    findings
}
