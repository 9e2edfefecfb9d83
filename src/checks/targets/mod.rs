//! `zdiag targets`: email targets that are off, that loop back into Zendesk, or whose
//! notification body is too long.

pub mod diags;

use std::collections::{BTreeSet, HashMap};

use serde_json::{Value, json};

use crate::checks::api;
use crate::context::Context;
use crate::i18n::t;
use crate::report::{Code, Finding, Status};
use crate::zendesk::{Notification, RecipientAddress, Target, Trigger};

/// The most characters Zendesk accepts in a `Notify target` action's body.
pub const BODY_LIMIT: usize = 8192;

pub async fn check(ctx: &Context) -> Vec<Finding> {
    let client = match api::client(ctx) {
        Ok(client) => client,
        Err(findings) => return findings,
    };
    let (targets, triggers, automations, addresses) = tokio::join!(
        client.targets(),
        client.triggers(),
        client.automations(),
        client.recipient_addresses()
    );
    let targets = match targets {
        Ok(targets) => targets,
        Err(error) => return vec![api::error(client, &t!("targets-subject-targets"), &error)],
    };
    let mut findings = Vec::new();
    let mut rules: Vec<(&'static str, Trigger)> = Vec::new();
    match triggers {
        Ok(triggers) => rules.extend(triggers.into_iter().map(|t| ("trigger", t))),
        Err(error) => findings.push(api::error(client, &t!("targets-subject-triggers"), &error)),
    }
    match automations {
        Ok(automations) => rules.extend(automations.into_iter().map(|a| ("automation", a))),
        Err(error) => findings.push(api::error(
            client,
            &t!("targets-subject-automations"),
            &error,
        )),
    }
    let addresses = match addresses {
        Ok(addresses) => Some(addresses),
        Err(error) => {
            findings.push(api::error(
                client,
                &t!("targets-subject-support-addresses"),
                &error,
            ));
            None
        }
    };
    findings.extend(evaluate(&targets, &rules, addresses.as_deref()));
    findings
}

/// The findings for the targets, given the rules (`("trigger"|"automation", rule)`) and,
/// when they could be read, the support addresses.
pub fn evaluate(
    targets: &[Target],
    rules: &[(&'static str, Trigger)],
    addresses: Option<&[RecipientAddress]>,
) -> Vec<Finding> {
    let email_targets: Vec<&Target> = targets.iter().filter(|t| t.is_email()).collect();
    if email_targets.is_empty() {
        return vec![Finding::new(
            Code::TargetsNone,
            Status::Info,
            t!("targets-subject-targets"),
            t!("targets-msg-none"),
        )];
    }
    let own: BTreeSet<String> = addresses
        .unwrap_or_default()
        .iter()
        .map(|a| a.email.trim().to_ascii_lowercase())
        .collect();
    let zendesk_domains: BTreeSet<String> = addresses
        .unwrap_or_default()
        .iter()
        .filter(|a| a.is_zendesk_hosted())
        .map(RecipientAddress::domain)
        .collect();
    let by_target = notifications_by_target(rules);
    let mut findings = Vec::new();
    for target in email_targets {
        let email = target.email.clone().unwrap_or_default();
        let subject_name = format!("{} <{email}>", target.title);
        let pointing = by_target
            .get(target.id.to_string().as_str())
            .map_or(&[][..], Vec::as_slice);
        let refs: Vec<Value> = pointing
            .iter()
            .map(|(kind, rule, _)| json!({"kind": kind, "id": rule.id, "title": rule.title, "active": rule.active}))
            .collect();
        let before = findings.len();
        if !target.active {
            let still: Vec<String> = pointing
                .iter()
                .filter(|(_, rule, _)| rule.active)
                .map(|(kind, rule, _)| {
                    t!("targets-rule", kind = *kind, title = rule.title.as_str())
                })
                .collect();
            let message = if still.is_empty() {
                t!(
                    "targets-msg-inactive",
                    target = target.title.as_str(),
                    email = email.as_str()
                )
            } else {
                t!(
                    "targets-msg-inactive-pointed",
                    target = target.title.as_str(),
                    email = email.as_str(),
                    rules = still.join(", ")
                )
            };
            findings.push(
                Finding::new(
                    Code::TargetsInactive,
                    Status::Fail,
                    subject_name.clone(),
                    message,
                )
                .evidence(
                    "target",
                    json!({"id": target.id, "title": target.title, "email": email}),
                )
                .evidence("pointing_at_it", refs.clone())
                .help(t!(
                    "targets-help-inactive",
                    email = email.as_str(),
                    target = target.title.as_str()
                )),
            );
        }
        let lower = email.trim().to_ascii_lowercase();
        let domain = lower
            .rsplit_once('@')
            .map(|(_, d)| d.to_string())
            .unwrap_or_default();
        if own.contains(&lower) || zendesk_domains.contains(&domain) {
            findings.push(
                Finding::new(
                    Code::TargetsSupportAddressLoop,
                    Status::Fail,
                    subject_name.clone(),
                    t!(
                        "targets-msg-support-address-loop",
                        target = target.title.as_str(),
                        email = email.as_str()
                    ),
                )
                .evidence(
                    "target",
                    json!({"id": target.id, "title": target.title, "email": email}),
                )
                .evidence("pointing_at_it", refs.clone())
                .help(t!("targets-help-support-address-loop")),
            );
        }
        for (kind, rule, body) in pointing {
            let length = body.chars().count();
            if length > BODY_LIMIT {
                findings.push(
                    Finding::new(
                        Code::TargetsBodyTooLong,
                        Status::Fail,
                        rule.title.clone(),
                        t!(
                            "targets-msg-body-too-long",
                            kind = *kind,
                            rule = rule.title.as_str(),
                            target = target.title.as_str(),
                            length = length,
                            limit = BODY_LIMIT
                        ),
                    )
                    .evidence(
                        "rule",
                        json!({"kind": kind, "id": rule.id, "title": rule.title}),
                    )
                    .evidence("target", json!({"id": target.id, "title": target.title}))
                    .evidence("characters", length)
                    .evidence("limit", BODY_LIMIT)
                    .help(t!(
                        "targets-help-body-too-long",
                        kind = *kind,
                        rule = rule.title.as_str(),
                        limit = BODY_LIMIT
                    )),
                );
            }
        }
        if findings.len() == before {
            findings.push(
                Finding::new(
                    Code::TargetsActive,
                    Status::Pass,
                    subject_name,
                    t!(
                        "targets-msg-active",
                        target = target.title.as_str(),
                        email = email.as_str()
                    ),
                )
                .evidence("pointing_at_it", refs),
            );
        }
    }
    findings
}

/// Every `Notify target` action of the rules, by the target id it names, in rule order:
/// read once, so joining targets to rules costs one pass over each list.
fn notifications_by_target<'a>(
    rules: &'a [(&'static str, Trigger)],
) -> HashMap<String, Vec<(&'static str, &'a Trigger, String)>> {
    let mut by_target: HashMap<String, Vec<_>> = HashMap::new();
    for (kind, rule) in rules {
        for notification in rule.notifications() {
            if let Notification::Target { target, body } = notification {
                by_target
                    .entry(target.trim().to_string())
                    .or_default()
                    .push((*kind, rule, body));
            }
        }
    }
    by_target
}
