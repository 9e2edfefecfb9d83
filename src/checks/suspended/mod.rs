//! `zdiag suspended`: the Suspended tickets view as causes, explanations and fixes.
//!
//! The tickets are read page by page and folded into groups as they arrive: what a
//! group keeps (counts, ids, dates, domains) and the few decoded bounce notices stay;
//! each ticket's content is dropped with its page. Then, per cause: what it means and
//! the fix; for cause 26 the senders' domains checked with the shared SPF and DMARC
//! checks, each once and concurrently; for causes 22 and 4 the sender, named against
//! the support addresses; for bounce notices, the ticket whose reply bounced.

pub mod causes;
pub mod diags;
mod groups;
pub mod notice;
pub mod when;

use std::collections::BTreeSet;

use futures::future::join_all;

use crate::checks::{api, dmarc, spf};
use crate::context::Context;
use crate::i18n::t;
use crate::report::{Finding, Status};
use crate::zendesk::Client;
pub use groups::{
    DELETION_WARNING, DmarcState, Filter, Found, Gathered, Group, RETENTION, SenderDomain,
    SpfState, Wanted, gather,
};

/// Spam senders looked up at most (the most frequent first).
const MAX_SPAM_LOOKUPS: usize = 20;
/// Cause 26's sender domains checked at most (the most frequent first).
const MAX_SENDER_DOMAINS: usize = 25;

/// What `zdiag suspended` and the inbound walk ask for.
#[derive(Clone, Debug, Default)]
pub struct SuspendedOptions {
    pub filter: Filter,
    /// The clock, injected: the deletion warning counts from it.
    pub now: i64,
    pub wanted: Option<Wanted>,
}

/// One part of the report: an id, a title, its findings.
#[derive(Clone, Debug)]
pub struct Section {
    pub id: &'static str,
    pub title: String,
    pub findings: Vec<Finding>,
}

fn section(id: &'static str, title: String, findings: Vec<Finding>) -> Section {
    Section {
        id,
        title,
        findings,
    }
}

/// The whole check: the causes table and groups, then the details that apply.
pub async fn check(ctx: &Context, options: &SuspendedOptions) -> Vec<Section> {
    let client = match api::client(ctx) {
        Ok(client) => client,
        Err(findings) => {
            return vec![section(
                "suspended",
                t!("suspended-title-tickets"),
                findings,
            )];
        }
    };
    let gathered = match gather(
        client,
        &options.filter,
        options.now,
        options.wanted.as_ref(),
    )
    .await
    {
        Ok(gathered) => gathered,
        Err(error) => {
            return vec![section(
                "suspended",
                t!("suspended-title-tickets"),
                vec![api::error(client, &t!("suspended-subject-tickets"), &error)],
            )];
        }
    };
    let mut sections = vec![section(
        "suspended",
        t!("suspended-title-by-cause"),
        causes_findings(&gathered, &options.filter),
    )];
    let (authentication, loops, known) = tokio::join!(
        authentication(ctx, client, &gathered),
        loops(client, &gathered),
        known_spam_senders(client, &gathered)
    );
    sections[0].findings.extend(known);
    if !authentication.is_empty() {
        sections.push(section(
            "authentication",
            t!("suspended-title-authentication"),
            authentication,
        ));
    }
    if !loops.is_empty() {
        sections.push(section("loops", t!("suspended-title-loops"), loops));
    }
    let bounces: Vec<Finding> = gathered.notices.iter().flat_map(diags::bounce).collect();
    if !bounces.is_empty() {
        sections.push(section("bounces", t!("suspended-title-bounces"), bounces));
    }
    if let Some(wanted) = &options.wanted {
        let subject = wanted
            .subject
            .clone()
            .unwrap_or_else(|| t!("suspended-subject-message"));
        let findings = match &gathered.found {
            Some(found) => vec![diags::message_found(found)],
            None => vec![diags::message_not_found(&subject)],
        };
        sections.push(section("message", t!("suspended-title-message"), findings));
    }
    sections
}

/// The table, a finding per cause, and the deletion warning.
pub fn causes_findings(gathered: &Gathered, filter: &Filter) -> Vec<Finding> {
    if gathered.total == 0 {
        return vec![diags::none(filter)];
    }
    let ordered = gathered.ordered();
    let mut findings = vec![diags::summary(&ordered, gathered.total)];
    findings.extend(
        ordered
            .iter()
            .map(|(cause, group)| diags::group(*cause, group)),
    );
    if let Some(first) = gathered.expiring.iter().map(|(_, at)| *at).min() {
        let ids: Vec<u64> = gathered.expiring.iter().map(|(id, _)| *id).collect();
        findings.push(diags::deletion_soon(ids.len(), first, &ids));
    }
    findings
}

/// Cause 26: the account's setting, and each sender domain checked once, concurrently.
async fn authentication(ctx: &Context, client: &Client, gathered: &Gathered) -> Vec<Finding> {
    let Some(group) = gathered.groups.get(&Some(26)) else {
        return Vec::new();
    };
    let mut domains: Vec<(&String, &usize)> = group
        .domains
        .iter()
        .filter(|(d, _)| !d.is_empty())
        .collect();
    domains.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    domains.truncate(MAX_SENDER_DOMAINS);
    let (settings, checked) = tokio::join!(
        client.account_settings(),
        join_all(domains.iter().map(|(d, n)| sender_domain(ctx, d, **n)))
    );
    let mut findings = vec![diags::sender_authentication(settings.ok().as_ref())];
    for domain in &checked {
        findings.push(if domain.unchecked.is_empty() {
            diags::sender_domain(domain)
        } else {
            diags::sender_domain_unchecked(domain)
        });
    }
    findings
}

/// The shared SPF and DMARC checks on a sender's domain, summed up in a few words.
pub async fn sender_domain(ctx: &Context, domain: &str, count: usize) -> SenderDomain {
    let options = spf::SpfOptions::default();
    let (spf_findings, dmarc_findings) =
        tokio::join!(spf::check(ctx, domain, &options), dmarc::check(ctx, domain));
    let mut out = SenderDomain {
        domain: domain.to_string(),
        count,
        ..SenderDomain::default()
    };
    for f in spf_findings.iter().chain(&dmarc_findings) {
        // Only the sender's own records count: Zendesk's (mail.zendesk.com) are beside the point.
        if f.status == Status::Error
            && ["spf-dns-error", "dmarc-dns-error"].contains(&f.code.as_str())
        {
            let part = |key: &str| f.evidence[key].as_str().unwrap_or_default().to_string();
            out.unchecked.push(t!(
                "suspended-dns-unanswered",
                question = part("question"),
                answer = part("answer").trim_end_matches('.')
            ));
        } else if !matches!(f.status, Status::Pass | Status::Info | Status::Error) {
            out.codes.push(f.code.as_str().to_string());
        }
    }
    let has = |findings: &[Finding], code: &str| findings.iter().any(|f| f.code.as_str() == code);
    let broken_spf = [
        "spf-syntax-error",
        "spf-multiple-records",
        "spf-too-many-lookups",
        "spf-loop",
        "spf-too-many-void-lookups",
    ];
    out.spf = if has(&spf_findings, "spf-domain-not-found") {
        Some(SpfState::NoDomain)
    } else if has(&spf_findings, "spf-record-missing") {
        Some(SpfState::Missing)
    } else if let Some(code) = broken_spf.into_iter().find(|c| has(&spf_findings, c)) {
        Some(SpfState::Broken(code))
    } else if has(&spf_findings, "spf-record-found") {
        Some(SpfState::Published)
    } else {
        None
    };
    out.dmarc = if has(&dmarc_findings, "dmarc-record-missing")
        || has(&dmarc_findings, "dmarc-domain-not-found")
    {
        Some(DmarcState::Missing)
    } else if has(&dmarc_findings, "dmarc-syntax-error") {
        Some(DmarcState::Broken)
    } else if has(&dmarc_findings, "dmarc-policy-none") {
        Some(DmarcState::Monitoring)
    } else if has(&dmarc_findings, "dmarc-policy-enforced") {
        Some(DmarcState::Enforced)
    } else {
        None
    };
    out
}

/// Causes 22 and 4: who sent, named against the account's support addresses.
async fn loops(client: &Client, gathered: &Gathered) -> Vec<Finding> {
    let looping: Vec<&Group> = [22, 4]
        .iter()
        .filter_map(|c| gathered.groups.get(&Some(*c)))
        .collect();
    if looping.is_empty() {
        return Vec::new();
    }
    let support: BTreeSet<String> = client
        .recipient_addresses()
        .await
        .unwrap_or_default()
        .iter()
        .map(|a| a.email.trim().to_ascii_lowercase())
        .collect();
    let mut findings = Vec::new();
    for group in looping {
        let cause = group.cause_id.unwrap_or_default();
        let mut senders: Vec<(&String, &usize)> = group.senders.iter().collect();
        senders.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (sender, count) in senders.into_iter().take(10) {
            findings.push(diags::from_support_address(
                cause,
                sender,
                *count,
                support.contains(sender),
            ));
        }
    }
    findings
}

/// Spam from a sender who also has solved tickets is a real customer's mail: the most
/// frequent spam senders, each looked up once. Nothing without search (an export).
async fn known_spam_senders(client: &Client, gathered: &Gathered) -> Vec<Finding> {
    let Some(spam) = gathered.groups.get(&Some(0)) else {
        return Vec::new();
    };
    let mut senders: Vec<(&String, &usize)> = spam.senders.iter().collect();
    senders.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    senders.truncate(MAX_SPAM_LOOKUPS);
    let queries: Vec<String> = senders
        .iter()
        .map(|(sender, _)| format!("type:ticket requester:{sender} status:solved"))
        .collect();
    let counts = join_all(queries.iter().map(|q| client.search_count(q))).await;
    senders
        .iter()
        .zip(counts)
        .filter_map(|((sender, spam), solved)| match solved {
            Ok(solved) if solved > 0 => Some(diags::known_spam_sender(sender, **spam, solved)),
            _ => None,
        })
        .collect()
}

/// Outbound step 5: bounces of mail to `recipient` that sit in the suspended view.
/// `None` when there is none to show.
pub async fn bounces_for(ctx: &Context, recipient: &str) -> Option<Vec<Finding>> {
    let client = ctx.zendesk.as_ref()?;
    let gathered = match gather(client, &Filter::default(), when::now(), None).await {
        Ok(gathered) => gathered,
        Err(error) => {
            return Some(vec![api::error(
                client,
                &t!("suspended-subject-tickets"),
                &error,
            )]);
        }
    };
    let wanted = recipient.trim().to_ascii_lowercase();
    let findings: Vec<Finding> = gathered
        .notices
        .iter()
        .flat_map(diags::bounce)
        .filter(|f| f.evidence["recipient"].as_str() == Some(wanted.as_str()))
        .collect();
    (!findings.is_empty()).then_some(findings)
}

/// The ids of one cause's suspended tickets (`--recover-cause`).
pub async fn ids_of_cause(client: &Client, cause: i64) -> Result<Vec<u64>, crate::zendesk::Error> {
    let mut ids = Vec::new();
    client
        .suspended_tickets(|t| {
            if t.cause_id == Some(cause) {
                ids.push(t.id);
            }
            None::<()>
        })
        .await?;
    Ok(ids)
}

/// Recover `ids` through recover_many, 100 at a time; each batch is announced through
/// `announce` before it is sent. A finding per id.
pub async fn recover(
    client: &Client,
    ids: &[u64],
    announce: &(dyn Fn(&str) + Sync),
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let batches: Vec<&[u64]> = ids.chunks(Client::RECOVER_BATCH).collect();
    for (n, batch) in batches.iter().enumerate() {
        let list: Vec<String> = batch.iter().map(u64::to_string).collect();
        announce(&t!(
            "suspended-announce-recovering",
            count = batch.len(),
            batch = n + 1,
            batches = batches.len(),
            ids = list.join(", ")
        ));
        match client.recover_suspended(batch).await {
            Ok(results) => findings.extend(results.iter().map(diags::recovery)),
            Err(error) => findings.extend(batch.iter().map(|id| {
                diags::recovery(&crate::zendesk::Recovery {
                    id: *id,
                    recovered: false,
                    detail: Some(error.message.clone()),
                })
            })),
        }
    }
    findings
}
