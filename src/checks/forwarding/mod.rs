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
use crate::i18n::t;
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
            let what = t!("forwarding-support-addresses");
            let finding = api::error(client, &what, &error);
            return vec![(what, vec![finding])];
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
            vec![
                Finding::new(
                    Code::ForwardingAddressNotFound,
                    Status::Fail,
                    asked.clone(),
                    t!(
                        "forwarding-address-not-found-message",
                        asked = asked.as_str()
                    ),
                )
                .evidence("support_addresses", known)
                .help(t!(
                    "forwarding-address-not-found-help",
                    asked = asked.as_str()
                )),
            ],
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
                t!(
                    "forwarding-zendesk-address-message",
                    email = address.email.as_str()
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
    say(t!(
        "forwarding-progress-verify",
        email = address.email.as_str(),
        id = address.id.to_string()
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
            t!(
                "forwarding-verify-requested-message",
                email = address.email.as_str()
            ),
        )
        .evidence("id", address.id)
        .evidence("types", json!(["forwarding", "spf", "dns"])),
    ];
    say(t!(
        "forwarding-progress-waiting",
        seconds = options.verify_timeout.as_secs(),
        email = address.email.as_str()
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
                    t!(
                        "forwarding-verify-changed-message",
                        email = address.email.as_str(),
                        forwarding = latest.forwarding_status.as_str(),
                        spf = latest.spf_status.as_str(),
                        cname = latest.cname_status.as_str(),
                        domain_verification = latest.domain_verification_status.as_str()
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
                    t!(
                        "forwarding-verify-timeout-message",
                        email = address.email.as_str(),
                        seconds = options.verify_timeout.as_secs()
                    ),
                )
                .evidence("statuses", before.clone())
                .help(t!(
                    "forwarding-verify-timeout-help",
                    email = address.email.as_str()
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
    let spf_fix = t!("forwarding-spf-fix", domain = domain.as_str());
    let dkim_fix = t!("forwarding-dkim-fix", domain = domain.as_str());
    let verification_fix = match &address.domain_verification_code {
        Some(code) => t!(
            "forwarding-verification-fix",
            domain = domain.as_str(),
            code = code.as_str()
        ),
        None => t!("forwarding-verification-fix-no-code"),
    };
    for (label, kind, status, path, fix) in [
        (
            t!("forwarding-label-spf"),
            "spf",
            &address.spf_status,
            spf_path,
            spf_fix,
        ),
        (
            t!("forwarding-label-cnames"),
            "cname",
            &address.cname_status,
            dkim_path,
            dkim_fix,
        ),
        (
            t!("forwarding-label-domain-verification"),
            "domain_verification",
            &address.domain_verification_status,
            verification,
            verification_fix,
        ),
    ] {
        findings.push(dns_finding(email, &label, kind, status, &path, &fix));
    }
    if settings.and_then(|s| s.email.custom_dkim_domain) == Some(true)
        && address.cname_status != Vs::Verified
    {
        findings.push(
            Finding::new(
                Code::ForwardingDkimWithoutCnames,
                Status::Fail,
                email,
                t!(
                    "forwarding-dkim-without-cnames-message",
                    domain = domain.as_str(),
                    status = address.cname_status.as_str()
                ),
            )
            .evidence("custom_dkim_domain", true)
            .evidence("cname_status", address.cname_status.as_str())
            .help(t!(
                "forwarding-dkim-without-cnames-help",
                domain = domain.as_str()
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
            " {}",
            t!(
                "forwarding-no-mx-note",
                domain = domain.as_str(),
                email = email
            )
        ),
        _ => String::new(),
    };
    let mx_note = mx_note.as_str();
    let (code, status, message, help) = match &address.forwarding_status {
        Vs::Verified => (
            Code::ForwardingVerified,
            Status::Pass,
            t!("forwarding-verified-message", email = email),
            None,
        ),
        Vs::Waiting => (
            Code::ForwardingWaiting,
            Status::Warn,
            t!(
                "forwarding-waiting-message",
                email = email,
                mx_note = mx_note
            ),
            Some(t!("forwarding-waiting-help", email = email)),
        ),
        Vs::Failed => (
            Code::ForwardingFailed,
            Status::Fail,
            t!(
                "forwarding-failed-message",
                email = email,
                mx_note = mx_note
            ),
            Some(t!("forwarding-failed-help", email = email)),
        ),
        other => (
            Code::ForwardingUnknown,
            Status::Warn,
            t!(
                "forwarding-unknown-message",
                email = email,
                status = other.as_str(),
                mx_note = mx_note
            ),
            Some(t!("forwarding-unknown-help", email = email)),
        ),
    };
    let mut finding = Finding::new(code, status, email, message)
        .evidence("forwarding_status", address.forwarding_status.as_str())
        .evidence("mx", mx_evidence);
    if status != Status::Pass {
        finding = finding.evidence(
            "likely_causes",
            json!([
                t!("forwarding-cause-not-set-up"),
                t!("forwarding-cause-wrong-address"),
                t!("forwarding-cause-provider-blocks"),
                t!("forwarding-cause-confirmation-waiting"),
                t!("forwarding-cause-alias"),
                t!("forwarding-cause-several-hops"),
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
    let reverify = t!("forwarding-dns-reverify-help", email = email);
    let (code, level, message, help) = match (status, path) {
        (Vs::Verified, PathState::Missing(why)) => (
            Code::ForwardingDnsRegressed,
            Status::Fail,
            t!(
                "forwarding-dns-regressed-message",
                label = label,
                email = email,
                why = why.as_str()
            ),
            Some(fix.to_string()),
        ),
        (Vs::Verified, _) => (
            Code::ForwardingDnsVerified,
            Status::Pass,
            t!(
                "forwarding-dns-verified-message",
                label = label,
                email = email
            ),
            None,
        ),
        (Vs::Failed, PathState::Ready(why)) => (
            Code::ForwardingDnsReverify,
            Status::Warn,
            t!(
                "forwarding-dns-reverify-message",
                label = label,
                email = email,
                why = why.as_str()
            ),
            Some(reverify),
        ),
        (Vs::Failed, PathState::Missing(why)) => (
            Code::ForwardingDnsFailed,
            Status::Fail,
            t!(
                "forwarding-dns-failed-message",
                label = label,
                email = email,
                why = why.as_str()
            ),
            Some(t!("forwarding-dns-fix-then-verify-again", fix = fix)),
        ),
        (Vs::Failed, PathState::Unknown(why)) => (
            Code::ForwardingDnsFailed,
            Status::Fail,
            t!(
                "forwarding-dns-failed-unknown-message",
                label = label,
                email = email,
                why = why.as_str()
            ),
            Some(t!("forwarding-dns-fix-then-verify-again", fix = fix)),
        ),
        (other, PathState::Missing(why)) => (
            Code::ForwardingDnsUnverified,
            Status::Fail,
            t!(
                "forwarding-dns-unverified-missing-message",
                label = label,
                email = email,
                status = other.as_str(),
                why = why.as_str()
            ),
            Some(t!("forwarding-dns-fix-then-verify-it", fix = fix)),
        ),
        (other, _) => (
            Code::ForwardingDnsUnverified,
            Status::Warn,
            t!(
                "forwarding-dns-unverified-message",
                label = label,
                email = email,
                status = other.as_str(),
                dns = dns_text
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
        return PathState::Unknown(t!("forwarding-verification-no-code"));
    };
    let name = format!("zendeskverification.{domain}");
    let answer = ctx.dns.query(&name, QType::Txt).await;
    if answer.is_failure() {
        return PathState::Unknown(t!(
            "forwarding-verification-lookup-failed",
            name = name.as_str(),
            answer = answer.describe()
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
        return PathState::Ready(t!(
            "forwarding-verification-ready",
            name = name.as_str(),
            code = code
        ));
    }
    if values.is_empty() {
        PathState::Missing(t!(
            "forwarding-verification-missing",
            name = name.as_str(),
            code = code
        ))
    } else {
        PathState::Missing(t!(
            "forwarding-verification-wrong",
            name = name.as_str(),
            values = values.join(", "),
            code = code
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
        t!("forwarding-eml-subject-none")
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
                t!("forwarding-eml-unknown-recipient-message"),
            )
            .evidence("hops", path.hops.clone())
            .help(Code::ForwardingEmlUnknownRecipient.doc().fix),
        );
    } else {
        let message = match (&path.addressed_to, &received) {
            (Some(to), Some(at)) => t!(
                "forwarding-eml-sent-to-received-at",
                to = to.as_str(),
                at = at.as_str()
            ),
            (Some(to), None) => t!("forwarding-eml-sent-to", to = to.as_str()),
            (None, Some(at)) => t!("forwarding-eml-received-at", at = at.as_str()),
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
                t!(
                    "forwarding-eml-gmail-message",
                    by = by.as_str(),
                    to = to.as_str()
                ),
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
                t!(
                    "forwarding-eml-multi-hop-message",
                    count = path.hops.len(),
                    hops = path.hops.join(" → "),
                    requester = requester.as_str()
                ),
            )
            .evidence("hops", path.hops.clone())
            .evidence("requester", requester)
            .help(Code::ForwardingEmlMultiHop.doc().fix),
        );
    }
    if !path.client_forward.is_empty() {
        let from = path.from.clone().unwrap_or_default();
        let from_support = support.contains(&from);
        let risk = if from_support {
            t!(
                "forwarding-eml-client-forward-suspended",
                from = from.as_str()
            )
        } else {
            t!(
                "forwarding-eml-client-forward-requester",
                from = from.as_str()
            )
        };
        findings.push(
            Finding::new(
                Code::ForwardingEmlClientForward,
                Status::Warn,
                subject.clone(),
                t!(
                    "forwarding-eml-client-forward-message",
                    signs = path.client_forward.join("; "),
                    risk = risk
                ),
            )
            .evidence("signs", path.client_forward.clone())
            .evidence("from", from)
            .evidence("suspension_risk", from_support)
            .help(t!("forwarding-eml-client-forward-help")),
        );
    }
    if !multi && path.client_forward.is_empty() && findings.iter().all(|f| f.status != Status::Warn)
    {
        let message = match path.hops.first() {
            Some(hop) => t!("forwarding-eml-one-hop", hop = hop.as_str()),
            None => t!("forwarding-eml-straight"),
        };
        findings.push(
            Finding::new(Code::ForwardingEmlDirect, Status::Pass, subject, message)
                .evidence("hops", path.hops.clone())
                .evidence("requester", path.requester.clone()),
        );
    }
    findings
}
