//! The grouping: each suspended ticket folded in as it is read, and what is kept of it.

use std::collections::{BTreeMap, HashMap};

use super::causes::{self, Cause};
use super::notice::{self, Notice};
use super::when;
use crate::i18n::t;
use crate::zendesk::{Client, SuspendedTicket};

/// Zendesk deletes a suspended email this long after it arrived.
pub const RETENTION: i64 = 14 * 86_400;
/// Warn for those deleted within this long.
pub const DELETION_WARNING: i64 = 2 * 86_400;

/// Which suspended tickets to look at.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Received at or after (Unix seconds).
    pub since: Option<i64>,
    /// Any of these causes (all when empty).
    pub causes: Vec<i64>,
    /// A sender address, or a domain (its subdomains too).
    pub from: Option<String>,
    /// The support address it was sent to.
    pub to: Option<String>,
}

impl Filter {
    pub fn matches(&self, ticket: &SuspendedTicket, created: Option<i64>) -> bool {
        if let Some(since) = self.since
            && created.is_none_or(|c| c < since)
        {
            return false;
        }
        if !self.causes.is_empty() && !ticket.cause_id.is_some_and(|c| self.causes.contains(&c)) {
            return false;
        }
        if let Some(from) = &self.from {
            let from = from.trim().to_ascii_lowercase();
            let sender = ticket.sender().unwrap_or_default();
            let domain = domain_of(&sender);
            let hit = if from.contains('@') {
                sender == from
            } else {
                domain == from || domain.ends_with(&format!(".{from}"))
            };
            if !hit {
                return false;
            }
        }
        if let Some(to) = &self.to
            && ticket.support_address().as_deref() != Some(to.trim().to_ascii_lowercase().as_str())
        {
            return false;
        }
        true
    }
}

/// A message an admin holds (`inbound --eml`), to find among the suspended tickets.
#[derive(Clone, Debug, Default)]
pub struct Wanted {
    pub message_id: Option<String>,
    pub from: Option<String>,
    pub subject: Option<String>,
    /// Its Date header, Unix seconds.
    pub date: Option<i64>,
}

impl Wanted {
    /// How it matches the ticket, if it does: the Message-ID, else sender + subject + date.
    fn matches(&self, ticket: &SuspendedTicket, created: Option<i64>) -> Option<&'static str> {
        if let (Some(a), Some(b)) = (&self.message_id, &ticket.message_id)
            && message_id(a) == message_id(b)
        {
            return Some("message-id");
        }
        let from = self.from.as_deref()?.to_ascii_lowercase();
        let subject = self.subject.as_deref()?.trim();
        let same_subject = ticket
            .subject
            .as_deref()
            .is_some_and(|s| s.trim().eq_ignore_ascii_case(subject));
        let near = match (self.date, created) {
            (Some(a), Some(b)) => (a - b).abs() <= 86_400,
            _ => true,
        };
        (ticket.sender().as_deref() == Some(from.as_str()) && same_subject && near)
            .then_some("sender, subject and date")
    }
}

/// A Message-ID compared without brackets, spaces or case.
fn message_id(text: &str) -> String {
    text.trim()
        .trim_matches(['<', '>'])
        .trim()
        .to_ascii_lowercase()
}

fn domain_of(address: &str) -> String {
    address
        .rsplit_once('@')
        .map(|(_, d)| d.trim().trim_end_matches('.').to_ascii_lowercase())
        .unwrap_or_default()
}

/// One cause's suspended tickets.
#[derive(Clone, Debug, Default)]
pub struct Group {
    pub cause_id: Option<i64>,
    /// Zendesk's text for the cause, as first seen.
    pub cause: Option<String>,
    pub count: usize,
    pub ids: Vec<u64>,
    pub newest: Option<i64>,
    pub oldest: Option<i64>,
    pub domains: BTreeMap<String, usize>,
    pub recipients: BTreeMap<String, usize>,
    /// Senders' addresses, kept for spam (0) and the loop causes (4, 22) only, up to
    /// `MAX_SENDERS` of them.
    pub senders: BTreeMap<String, usize>,
}

/// The suspended ticket that is the wanted message.
#[derive(Clone, Debug)]
pub struct Found {
    pub id: u64,
    pub cause_id: Option<i64>,
    pub cause: Option<String>,
    pub created: Option<i64>,
    pub matched_by: &'static str,
}

/// What the grouping keeps: bounded by causes, domains, ids and bounce notices.
#[derive(Clone, Debug, Default)]
pub struct Gathered {
    pub groups: BTreeMap<Option<i64>, Group>,
    pub total: usize,
    pub notices: Vec<Notice>,
    /// Deleted within two days: (id, deletion time).
    pub expiring: Vec<(u64, i64)>,
    pub found: Option<Found>,
    /// Message-ID → ticket, from suspended emails Zendesk tied to a ticket.
    message_ids: HashMap<String, u64>,
}

impl Gathered {
    fn add(&mut self, ticket: SuspendedTicket, filter: &Filter, now: i64, wanted: Option<&Wanted>) {
        let created = ticket.created_at.as_deref().and_then(when::parse);
        if let (Some(w), None) = (wanted, &self.found)
            && let Some(matched_by) = w.matches(&ticket, created)
        {
            self.found = Some(Found {
                id: ticket.id,
                cause_id: ticket.cause_id,
                cause: ticket.cause.clone(),
                created,
                matched_by,
            });
        }
        if let (Some(id), Some(ticket_id)) = (&ticket.message_id, ticket.ticket_id) {
            self.message_ids.insert(message_id(id), ticket_id);
        }
        if !filter.matches(&ticket, created) {
            return;
        }
        self.total += 1;
        let sender = ticket.sender();
        let group = self.groups.entry(ticket.cause_id).or_default();
        group.cause_id = ticket.cause_id;
        if group.cause.is_none() {
            group.cause = ticket.cause.clone();
        }
        group.count += 1;
        group.ids.push(ticket.id);
        if let Some(at) = created {
            group.newest = Some(group.newest.map_or(at, |n| n.max(at)));
            group.oldest = Some(group.oldest.map_or(at, |o| o.min(at)));
            let deletion = at + RETENTION;
            if deletion - now <= DELETION_WARNING {
                self.expiring.push((ticket.id, deletion));
            }
        }
        if let Some(sender) = &sender {
            *group.domains.entry(domain_of(sender)).or_default() += 1;
            let kept = group.senders.len() < MAX_SENDERS || group.senders.contains_key(sender);
            if matches!(ticket.cause_id, Some(0 | 4 | 22)) && kept {
                *group.senders.entry(sender.clone()).or_default() += 1;
            }
        }
        if let Some(to) = ticket.support_address() {
            *group.recipients.entry(to).or_default() += 1;
        }
        if notice::is_candidate(&ticket)
            && let Some(notice) = notice::read(&ticket, created)
        {
            self.notices.push(notice);
        }
    }

    /// Tie the notices Zendesk did not tie to a ticket: the Message-ID they quote (a
    /// suspended email's, or Zendesk's encoded ticket id shared with a tied notice),
    /// else a ticket number in the original subject.
    fn link(&mut self) {
        let mut refs: HashMap<String, u64> = HashMap::new();
        for n in &self.notices {
            if let Some(ticket) = n.ticket_id {
                for r in &n.zendesk_refs {
                    refs.entry(r.clone()).or_insert(ticket);
                }
            }
        }
        for n in self.notices.iter_mut().filter(|n| n.ticket_id.is_none()) {
            let by_id = n
                .original_message_id
                .as_deref()
                .and_then(|id| self.message_ids.get(&message_id(id)).copied())
                .or_else(|| n.zendesk_refs.iter().find_map(|r| refs.get(r).copied()));
            if let Some(ticket) = by_id {
                n.ticket_id = Some(ticket);
                n.linked_by = Some("message-id");
            } else if let Some(ticket) = n
                .original_subject
                .as_deref()
                .and_then(notice::ticket_number)
            {
                n.ticket_id = Some(ticket);
                n.linked_by = Some("subject");
            }
        }
    }

    /// The groups, most serious first, then the largest.
    pub fn ordered(&self) -> Vec<(Option<&'static Cause>, &Group)> {
        let mut list: Vec<(Option<&'static Cause>, &Group)> = self
            .groups
            .values()
            .map(|g| (g.cause_id.and_then(causes::by_id), g))
            .collect();
        let rank = |c: Option<&Cause>| match c.map(|c| c.weight) {
            Some(causes::Weight::AllMail) => 0,
            Some(causes::Weight::Customer) => 1,
            None => 2,
            Some(causes::Weight::Noise) => 3,
        };
        list.sort_by(|a, b| {
            rank(a.0)
                .cmp(&rank(b.0))
                .then(b.1.count.cmp(&a.1.count))
                .then(a.1.cause_id.cmp(&b.1.cause_id))
        });
        list
    }
}

/// Read every suspended ticket once, folding it into the groups.
pub async fn gather(
    client: &Client,
    filter: &Filter,
    now: i64,
    wanted: Option<&Wanted>,
) -> Result<Gathered, crate::zendesk::Error> {
    let mut gathered = Gathered::default();
    client
        .suspended_tickets(|ticket| {
            gathered.add(ticket, filter, now, wanted);
            None::<()>
        })
        .await?;
    gathered.link();
    Ok(gathered)
}

/// Distinct senders a group keeps: enough to name the usual ones, bounded for a flood.
pub const MAX_SENDERS: usize = 200;

/// A sender domain's SPF, as the SPF check found it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpfState {
    /// The domain does not exist in DNS.
    NoDomain,
    Missing,
    /// Unusable: the SPF check's code says why.
    Broken(&'static str),
    Published,
}

impl SpfState {
    /// As the evidence gives it: English, a stable value.
    pub fn as_str(&self) -> String {
        match self {
            SpfState::NoDomain => "does not exist in DNS".into(),
            SpfState::Missing => "has no SPF record".into(),
            SpfState::Broken(code) => format!("has a broken SPF record ({code})"),
            SpfState::Published => "publishes SPF".into(),
        }
    }

    /// As the message says it, in the run's language.
    pub fn text(&self) -> String {
        match self {
            SpfState::NoDomain => t!("suspended-spf-no-domain"),
            SpfState::Missing => t!("suspended-spf-missing"),
            SpfState::Broken(code) => t!("suspended-spf-broken", code = *code),
            SpfState::Published => t!("suspended-spf-published"),
        }
    }

    pub fn ok(&self) -> bool {
        *self == SpfState::Published
    }
}

/// A sender domain's DMARC, as the DMARC check found it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DmarcState {
    Missing,
    Broken,
    /// `p=none`: published, enforcing nothing.
    Monitoring,
    Enforced,
}

impl DmarcState {
    /// As the evidence gives it: English, a stable value.
    pub fn as_str(self) -> &'static str {
        match self {
            DmarcState::Missing => "no DMARC record",
            DmarcState::Broken => "a broken DMARC record",
            DmarcState::Monitoring => "DMARC p=none",
            DmarcState::Enforced => "an enforced DMARC policy",
        }
    }

    /// As the message says it, in the run's language.
    pub fn text(self) -> String {
        match self {
            DmarcState::Missing => t!("suspended-dmarc-missing"),
            DmarcState::Broken => t!("suspended-dmarc-broken"),
            DmarcState::Monitoring => t!("suspended-dmarc-monitoring"),
            DmarcState::Enforced => t!("suspended-dmarc-enforced"),
        }
    }

    pub fn ok(self) -> bool {
        matches!(self, DmarcState::Monitoring | DmarcState::Enforced)
    }
}

/// A sender's domain, as the SPF and DMARC checks see it.
#[derive(Clone, Debug, Default)]
pub struct SenderDomain {
    pub domain: String,
    pub count: usize,
    /// `None` when the checks said nothing conclusive.
    pub spf: Option<SpfState>,
    pub dmarc: Option<DmarcState>,
    /// The checks' findings that are not a pass.
    pub codes: Vec<String>,
    /// Why a part could not be checked.
    pub unchecked: Vec<String>,
}
