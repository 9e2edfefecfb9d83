//! `zdiag triggers`: does a trigger email the customer, and can each notification be delivered?
//!
//! Notification triggers are recognised by behaviour — an `Email user` action to the
//! requester, gated on the ticket being created or updated — never by title or by the
//! `default` flag (real accounts show `default: false` on standard triggers).

pub mod diags;

use std::collections::{BTreeSet, HashMap};

use serde_json::{Value, json};

use crate::checks::api;
use crate::context::Context;
use crate::i18n::t;
use crate::report::{Code, Finding, Status};
use crate::zendesk::{Group, Notification, Target, Trigger};

/// Who counts as "the customer" in an `Email user` action.
const REQUESTER: [&str; 2] = ["requester_and_ccs", "requester_id"];

/// What a requester notification covers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Covers {
    /// Emails the requester when an end user creates a ticket.
    pub received: bool,
    /// Emails the requester when the ticket is updated (an agent's public reply).
    pub comment: bool,
}

/// What a trigger does for the customer, read from its conditions and actions.
pub fn requester_notification(trigger: &Trigger) -> Option<Covers> {
    let notifies = trigger.notifications().iter().any(|n| {
        matches!(n, Notification::User { recipient, .. } if REQUESTER.contains(&recipient.as_str()))
    });
    if !notifies {
        return None;
    }
    let (types, explicit) = update_types(trigger);
    let is = |c: &&crate::zendesk::models::Condition, field: &str, op: &str, value: &str| {
        c.field == field && c.operator == op && c.value_text().eq_ignore_ascii_case(value)
    };
    let agent_only = trigger
        .all_conditions()
        .any(|c| is(&c, "role", "is", "agent") || is(&c, "role", "is_not", "end_user"));
    let public_comment = trigger
        .all_conditions()
        .any(|c| c.field == "comment_is_public" && c.operator == "is" && c.value_text() == "true");
    let on_status_change = trigger.all_conditions().any(|c| {
        c.field == "status" && matches!(c.operator.as_str(), "value" | "changed" | "value_previous")
    });
    Some(Covers {
        received: explicit && types.contains("Create") && !agent_only,
        comment: (explicit && types.contains("Change"))
            || (!explicit && public_comment && !on_status_change),
    })
}

/// The update types (`Create`, `Change`) the trigger can fire on, and whether its
/// conditions say so explicitly.
fn update_types(trigger: &Trigger) -> (BTreeSet<&'static str>, bool) {
    let mut types: BTreeSet<&'static str> = ["Create", "Change"].into();
    let mut explicit = false;
    for c in trigger
        .all_conditions()
        .filter(|c| c.field == "update_type")
    {
        explicit = true;
        let value = c.value_text();
        match c.operator.as_str() {
            "is" => types.retain(|t| t.eq_ignore_ascii_case(&value)),
            "is_not" => types.retain(|t| !t.eq_ignore_ascii_case(&value)),
            _ => {}
        }
    }
    let any: Vec<_> = trigger.any_conditions().collect();
    if !any.is_empty()
        && any
            .iter()
            .all(|c| c.field == "update_type" && c.operator == "is")
    {
        explicit = true;
        let allowed: Vec<String> = any.iter().map(|c| c.value_text()).collect();
        types.retain(|t| allowed.iter().any(|a| t.eq_ignore_ascii_case(a)));
    }
    (types, explicit)
}

fn trigger_ref(trigger: &Trigger) -> Value {
    json!({"id": trigger.id, "title": trigger.title, "active": trigger.active})
}

pub async fn check(ctx: &Context) -> Vec<Finding> {
    let client = match api::client(ctx) {
        Ok(client) => client,
        Err(findings) => return findings,
    };
    let (triggers, targets, groups) =
        tokio::join!(client.triggers(), client.targets(), client.groups());
    let triggers = match triggers {
        Ok(triggers) => triggers,
        Err(error) => return vec![api::error(client, &t!("triggers-subject"), &error)],
    };
    evaluate(&triggers, targets.ok().as_deref(), groups.ok().as_deref())
}

/// The findings for a set of triggers; targets and groups when they could be read.
pub fn evaluate(
    triggers: &[Trigger],
    targets: Option<&[Target]>,
    groups: Option<&[Group]>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    if !triggers.is_empty() && triggers.iter().all(|t| !t.active) {
        findings.push(
            Finding::new(
                Code::TriggersAllInactive,
                Status::Fail,
                t!("triggers-subject"),
                t!("triggers-all-inactive-message", count = triggers.len()),
            )
            .evidence("triggers", triggers.len())
            .help(t!("triggers-all-inactive-help")),
        );
    }
    let covers: Vec<(&Trigger, Covers)> = triggers
        .iter()
        .filter_map(|t| requester_notification(t).map(|c| (t, c)))
        .collect();
    for (role, what, missing_code) in [
        (
            Role::Received,
            t!("triggers-on-received"),
            Code::TriggersNotifyReceivedMissing,
        ),
        (
            Role::Comment,
            t!("triggers-on-comment"),
            Code::TriggersNotifyCommentMissing,
        ),
    ] {
        let what = what.as_str();
        let matching: Vec<&Trigger> = covers
            .iter()
            .filter(|(_, c)| role.of(*c))
            .map(|(t, _)| *t)
            .collect();
        let active: Vec<&Trigger> = matching.iter().copied().filter(|t| t.active).collect();
        if !active.is_empty() {
            for trigger in active {
                findings.push(
                    Finding::new(
                        Code::TriggersNotifyRequesterActive,
                        Status::Pass,
                        trigger.title.clone(),
                        t!(
                            "triggers-notify-requester-active-message",
                            title = trigger.title.as_str(),
                            what = what
                        ),
                    )
                    .evidence("trigger", trigger_ref(trigger))
                    .evidence("covers", role.name()),
                );
            }
        } else if !matching.is_empty() {
            let names: Vec<String> = matching
                .iter()
                .map(|trigger| t!("triggers-quoted", title = trigger.title.as_str()))
                .collect();
            let message = if names.len() == 1 {
                t!(
                    "triggers-notify-requester-inactive-one",
                    what = what,
                    names = names.join(", ")
                )
            } else {
                t!(
                    "triggers-notify-requester-inactive-many",
                    what = what,
                    names = names.join(", ")
                )
            };
            findings.push(
                Finding::new(
                    Code::TriggersNotifyRequesterInactive,
                    Status::Fail,
                    matching[0].title.clone(),
                    message,
                )
                .evidence("covers", role.name())
                .evidence(
                    "reactivate",
                    matching.iter().map(|t| trigger_ref(t)).collect::<Vec<_>>(),
                )
                .help(t!(
                    "triggers-notify-requester-inactive-help",
                    name = names[0].as_str()
                )),
            );
        } else {
            findings.push(
                Finding::new(
                    missing_code,
                    Status::Fail,
                    t!("triggers-subject"),
                    t!("triggers-notify-missing-message", what = what),
                )
                .evidence("covers", role.name())
                .help(missing_code.doc().fix),
            );
        }
    }
    let targets_by_id: Option<HashMap<String, &Target>> =
        targets.map(|ts| ts.iter().map(|t| (t.id.to_string(), t)).collect());
    for trigger in triggers.iter().filter(|t| t.active) {
        for notification in trigger.notifications() {
            delivery(
                trigger,
                &notification,
                targets_by_id.as_ref(),
                groups,
                &mut findings,
            );
        }
    }
    let usage_known = triggers.iter().any(|t| t.usage_24h.is_some());
    if usage_known {
        for trigger in triggers
            .iter()
            .filter(|t| t.active && t.usage_24h == Some(0) && !t.notifications().is_empty())
        {
            findings.push(
                Finding::new(
                    Code::TriggersNotFired24h,
                    Status::Warn,
                    trigger.title.clone(),
                    t!(
                        "triggers-not-fired-24h-message",
                        title = trigger.title.as_str()
                    ),
                )
                .evidence("trigger", trigger_ref(trigger))
                .evidence("usage_24h", 0)
                .help(t!("triggers-not-fired-24h-help")),
            );
        }
    }
    findings.push(
        Finding::new(
            Code::TriggersPrivateCommentRule,
            Status::Info,
            t!("triggers-subject"),
            t!("triggers-private-comment-rule-message"),
        )
        .help(t!("triggers-private-comment-rule-help")),
    );
    findings
}

#[derive(Clone, Copy)]
enum Role {
    Received,
    Comment,
}

impl Role {
    fn of(self, covers: Covers) -> bool {
        match self {
            Role::Received => covers.received,
            Role::Comment => covers.comment,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Role::Received => "received request",
            Role::Comment => "comment update",
        }
    }
}

/// Can this active trigger's notification be delivered?
fn delivery(
    trigger: &Trigger,
    notification: &Notification,
    targets: Option<&HashMap<String, &Target>>,
    groups: Option<&[Group]>,
    findings: &mut Vec<Finding>,
) {
    let empty = |part: &str| {
        let title = trigger.title.as_str();
        let (message, help) = if part == "subject" {
            (
                t!("triggers-empty-subject", title = title),
                t!("triggers-empty-subject-help", title = title),
            )
        } else {
            (
                t!("triggers-empty-body", title = title),
                t!("triggers-empty-body-help", title = title),
            )
        };
        Finding::new(
            Code::TriggersNotificationEmpty,
            Status::Fail,
            trigger.title.clone(),
            message,
        )
        .evidence("trigger", trigger_ref(trigger))
        .evidence("empty", part)
        .help(help)
    };
    match notification {
        Notification::User { subject, body, .. } | Notification::Group { subject, body, .. } => {
            if subject.trim().is_empty() {
                findings.push(empty("subject"));
            }
            if body.trim().is_empty() {
                findings.push(empty("body"));
            }
        }
        Notification::Target { body, .. } if body.trim().is_empty() => {
            findings.push(empty("body"));
        }
        Notification::Target { .. } => {}
    }
    match notification {
        Notification::Target { target, .. } => {
            let Some(targets) = targets else { return };
            match targets.get(target.trim()) {
                None => findings.push(
                    Finding::new(
                        Code::TriggersTargetMissing,
                        Status::Fail,
                        trigger.title.clone(),
                        t!(
                            "triggers-target-missing-message",
                            title = trigger.title.as_str(),
                            target = target.as_str()
                        ),
                    )
                    .evidence("trigger", trigger_ref(trigger))
                    .evidence("target_id", target.clone())
                    .help(t!(
                        "triggers-target-missing-help",
                        title = trigger.title.as_str()
                    )),
                ),
                Some(t) if !t.active => findings.push(
                    Finding::new(
                        Code::TriggersTargetInactive,
                        Status::Fail,
                        trigger.title.clone(),
                        t!(
                            "triggers-target-inactive-message",
                            title = trigger.title.as_str(),
                            target = t.title.as_str()
                        ),
                    )
                    .evidence("trigger", trigger_ref(trigger))
                    .evidence(
                        "target",
                        json!({"id": t.id, "title": t.title, "email": t.email, "active": false}),
                    )
                    .help(t!(
                        "triggers-target-inactive-help",
                        target = t.title.as_str()
                    )),
                ),
                Some(_) => {}
            }
        }
        Notification::Group { group, .. } => {
            let (Some(groups), Ok(id)) = (groups, group.trim().parse::<u64>()) else {
                return;
            };
            let exists = groups.iter().any(|g| g.id == id && g.deleted != Some(true));
            if !exists {
                findings.push(
                    Finding::new(
                        Code::TriggersGroupDeleted,
                        Status::Fail,
                        trigger.title.clone(),
                        t!(
                            "triggers-group-deleted-message",
                            title = trigger.title.as_str(),
                            group = id.to_string()
                        ),
                    )
                    .evidence("trigger", trigger_ref(trigger))
                    .evidence("group_id", id)
                    .help(t!(
                        "triggers-group-deleted-help",
                        title = trigger.title.as_str()
                    )),
                );
            }
        }
        Notification::User { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trigger(conditions: Value, recipient: &str) -> Trigger {
        serde_json::from_value(json!({
            "id": 1, "title": "t", "active": true,
            "conditions": conditions,
            "actions": [{"field": "notification_user", "value": [recipient, "s", "b"]}]
        }))
        .unwrap()
    }

    #[test]
    fn standard_triggers_are_recognised_by_behaviour() {
        let received = trigger(
            json!({"all": [
                {"field": "update_type", "operator": "is", "value": "Create"},
                {"field": "status", "operator": "is_not", "value": "solved"},
                {"field": "ticket_is_public", "operator": "is", "value": "public"},
                {"field": "comment_is_public", "operator": "is", "value": true},
                {"field": "role", "operator": "is", "value": "end_user"}], "any": []}),
            "requester_and_ccs",
        );
        assert_eq!(
            requester_notification(&received),
            Some(Covers {
                received: true,
                comment: false
            })
        );
        let comment = trigger(
            json!({"all": [
                {"field": "update_type", "operator": "is", "value": "Change"},
                {"field": "comment_is_public", "operator": "is", "value": true}], "any": []}),
            "requester_id",
        );
        assert_eq!(
            requester_notification(&comment),
            Some(Covers {
                received: false,
                comment: true
            })
        );
        let proactive = trigger(
            json!({"all": [
                {"field": "update_type", "operator": "is", "value": "Create"},
                {"field": "role", "operator": "is", "value": "agent"}], "any": []}),
            "requester_and_ccs",
        );
        assert_eq!(requester_notification(&proactive), Some(Covers::default()));
        let assignee = trigger(json!({"all": [], "any": []}), "assignee_id");
        assert_eq!(requester_notification(&assignee), None);
    }

    #[test]
    fn legacy_top_level_conditions_count() {
        let t: Trigger = serde_json::from_value(json!({
            "id": 2, "title": "Notify requester of comment update", "active": true,
            "all": [{"field": "update_type", "operator": "is", "value": "Change"}],
            "actions": [{"field": "notification_user", "value": ["requester_id", "s", "b"]}]
        }))
        .unwrap();
        assert!(requester_notification(&t).unwrap().comment);
    }

    #[test]
    fn a_solved_notification_is_not_the_comment_notification() {
        let t = trigger(
            json!({"all": [
                {"field": "status", "operator": "value", "value": "solved"},
                {"field": "comment_is_public", "operator": "is", "value": true}], "any": []}),
            "requester_id",
        );
        assert_eq!(requester_notification(&t), Some(Covers::default()));
    }

    #[test]
    fn no_triggers_means_both_notifications_are_missing() {
        let codes: Vec<Code> = evaluate(&[], None, None).iter().map(|f| f.code).collect();
        assert!(codes.contains(&Code::TriggersNotifyReceivedMissing));
        assert!(codes.contains(&Code::TriggersNotifyCommentMissing));
        assert!(!codes.contains(&Code::TriggersAllInactive));
    }
}
