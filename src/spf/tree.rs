//! The whole SPF tree of a domain, expanded for diagnosis.
//!
//! `check_host()` follows one path for one client; a diagnosis needs every
//! branch: every include, every lookup a receiver might make, and where the
//! limits are crossed. Each record's lookups are issued together, so the wall
//! time is about (depth + 1) round trips, not one per query. Counting then
//! walks the expanded tree in RFC 7208 evaluation order.

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};

use futures::future::{BoxFuture, join_all};
use serde::Serialize;

use super::record::{Mechanism, Modifier, ParseError, Record, Term, is_spf_record};
use crate::dns::{Answer, Dns, QType, RData};

/// Records expanded per tree at most: far beyond what 10 lookups can reach.
const MAX_NODES: usize = 64;
/// Include depth at most: each level costs a lookup, so 11 is already invalid.
const MAX_DEPTH: usize = 11;
/// RFC 7208 §4.6.4: an `mx` term may name at most 10 hosts.
pub const MX_HOST_LIMIT: usize = 10;

/// How a TXT record at a name relates to SPF (RFC 7208 §4.5 selection, plus what checkers warn about).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TxtKind {
    /// Starts with exactly `v=spf1` then a space or the end: selected.
    Spf,
    /// `v=spf1` after leading whitespace: not selected.
    LeadingWhitespace,
    /// `v=spf10`, `v=spf1x`, `spf2.0/...`: not selected.
    Lookalike,
    /// Unrelated TXT record.
    Other,
}

/// Is this TXT text an SPF record, and if not, does it look like a botched one?
pub fn classify_txt(text: &str) -> TxtKind {
    if is_spf_record(text.as_bytes()) {
        return TxtKind::Spf;
    }
    let trimmed = text.trim_start();
    if trimmed.len() != text.len() && is_spf_record(trimmed.as_bytes()) {
        return TxtKind::LeadingWhitespace;
    }
    let lower = trimmed.to_ascii_lowercase();
    if lower.starts_with("v=spf") || lower.starts_with("spf2.0/") {
        return TxtKind::Lookalike;
    }
    TxtKind::Other
}

/// One published TXT record: the joined text and the character-strings it came in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TxtRecord {
    pub text: String,
    pub strings: Vec<String>,
    /// Byte lengths of the strings (what the 255-byte limit applies to).
    pub string_lengths: Vec<usize>,
}

impl TxtRecord {
    pub fn from_strings(strings: &[Vec<u8>]) -> TxtRecord {
        let joined: Vec<u8> = strings.concat();
        TxtRecord {
            text: String::from_utf8_lossy(&joined).into_owned(),
            strings: strings
                .iter()
                .map(|s| String::from_utf8_lossy(s).into_owned())
                .collect(),
            string_lengths: strings.iter().map(Vec::len).collect(),
        }
    }

    pub fn byte_len(&self) -> usize {
        self.string_lengths.iter().sum()
    }
}

/// What the TXT lookup at a node's domain gave.
#[derive(Clone, Debug)]
pub enum RecordLookup {
    Found {
        record: Record,
        txt: TxtRecord,
        cnames: Vec<String>,
        /// Other TXT records at the name that look like SPF but are not selected.
        ignored: Vec<(TxtKind, TxtRecord)>,
    },
    Invalid {
        txt: TxtRecord,
        error: ParseError,
        cnames: Vec<String>,
    },
    Multiple {
        records: Vec<TxtRecord>,
    },
    /// No SPF record: `answer` is the TXT answer (void, or unrelated records).
    Missing {
        answer: Answer,
        ignored: Vec<(TxtKind, TxtRecord)>,
    },
    /// DNS gave no usable answer.
    Failed {
        answer: Answer,
    },
}

impl RecordLookup {
    pub fn record(&self) -> Option<&Record> {
        match self {
            RecordLookup::Found { record, .. } => Some(record),
            _ => None,
        }
    }
}

/// Where a term stands in its record's evaluation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Placement {
    /// Reached by evaluation (before the first `all`).
    Evaluated,
    /// After the first `all`: never evaluated.
    AfterAll,
    /// A `redirect=` in a record that has `all`: never used.
    IgnoredRedirect,
}

/// What following an include or redirect gave.
#[derive(Clone, Debug)]
pub enum Target {
    Node(Box<Node>),
    /// The target is already on the path from the root: `path` ends with it.
    Loop {
        path: Vec<String>,
    },
    /// The target has a macro: only known for a given message.
    Macro,
    /// Past the depth or size bound.
    NotFollowed,
}

/// The DNS questions a term made and what came back.
#[derive(Clone, Debug)]
pub enum TermLookup {
    /// ip4, ip6, all, exp, unknown modifiers: no DNS at evaluation.
    None,
    /// A domain-spec with a macro: counts one lookup, cannot be resolved statically.
    Macro,
    /// `ptr`: depends on the client's address.
    ClientDependent,
    /// `a`: the A and AAAA answers for the target.
    Address {
        name: String,
        a: Answer,
        aaaa: Answer,
    },
    /// `mx`: the MX answer and each host's A/AAAA answers.
    Mx {
        name: String,
        answer: Answer,
        hosts: Vec<(String, Answer, Answer)>,
    },
    /// `exists`: the A answer.
    Exists { name: String, answer: Answer },
    /// `include` / `redirect`: the target's subtree.
    Follow { name: String, target: Target },
}

#[derive(Clone, Debug)]
pub struct TermNode {
    pub index: usize,
    pub text: String,
    /// A `redirect=` modifier (evaluated after every mechanism).
    pub is_redirect: bool,
    pub placement: Placement,
    pub lookup: TermLookup,
}

impl TermNode {
    /// Does this term use one of the 10 DNS lookups when evaluated?
    pub fn counts(&self, record: &Record) -> bool {
        match &record.terms[self.index] {
            Term::Mechanism { mechanism, .. } => mechanism.counts_as_lookup(),
            Term::Modifier { modifier, .. } => matches!(modifier, Modifier::Redirect { .. }),
        }
    }

    /// NXDOMAIN or NODATA on the term's own question (RFC 7208 §4.6.4).
    pub fn is_void(&self) -> bool {
        match &self.lookup {
            TermLookup::Address { a, aaaa, .. } => a.is_void() && aaaa.is_void(),
            TermLookup::Mx { answer, .. } | TermLookup::Exists { answer, .. } => answer.is_void(),
            TermLookup::Follow {
                target: Target::Node(node),
                ..
            } => matches!(&node.lookup, RecordLookup::Missing { answer, .. } if answer.is_void()),
            _ => false,
        }
    }

    /// The DNS failures met by this term's own questions.
    pub fn failures(&self) -> Vec<(String, QType, &Answer)> {
        let mut out = Vec::new();
        match &self.lookup {
            TermLookup::Address { name, a, aaaa } => {
                out.push((name.clone(), QType::A, a));
                out.push((name.clone(), QType::Aaaa, aaaa));
            }
            TermLookup::Mx {
                name,
                answer,
                hosts,
            } => {
                out.push((name.clone(), QType::Mx, answer));
                for (host, a, aaaa) in hosts {
                    out.push((host.clone(), QType::A, a));
                    out.push((host.clone(), QType::Aaaa, aaaa));
                }
            }
            TermLookup::Exists { name, answer } => out.push((name.clone(), QType::A, answer)),
            _ => {}
        }
        out.retain(|(_, _, answer)| answer.is_failure());
        out
    }
}

/// One domain's record and the expansion of its terms.
#[derive(Clone, Debug)]
pub struct Node {
    pub domain: String,
    pub lookup: RecordLookup,
    pub terms: Vec<TermNode>,
}

impl Node {
    /// The record a receiver moves on to when nothing matched: the evaluated redirect's target.
    pub fn redirect_target(&self) -> Option<&Node> {
        self.terms.iter().find_map(|t| match &t.lookup {
            TermLookup::Follow {
                target: Target::Node(child),
                ..
            } if t.is_redirect && t.placement == Placement::Evaluated => Some(child.as_ref()),
            _ => None,
        })
    }

    /// Depth-first over this node and every followed subtree, with the path of include/redirect
    /// terms that leads to each node (outermost first).
    pub fn walk<'a>(&'a self, visit: &mut dyn FnMut(&'a Node, &[&'a TermNode])) {
        fn go<'a>(
            node: &'a Node,
            path: &mut Vec<&'a TermNode>,
            visit: &mut dyn FnMut(&'a Node, &[&'a TermNode]),
        ) {
            visit(node, path);
            for term in &node.terms {
                if let TermLookup::Follow {
                    target: Target::Node(child),
                    ..
                } = &term.lookup
                {
                    path.push(term);
                    go(child, path, visit);
                    path.pop();
                }
            }
        }
        go(self, &mut Vec::new(), visit);
    }
}

/// Fetch and expand the SPF tree of `domain`.
pub async fn expand(dns: &Dns, domain: &str) -> Node {
    let budget = AtomicUsize::new(0);
    expand_node(dns, domain.to_string(), Vec::new(), &budget).await
}

fn expand_node<'a>(
    dns: &'a Dns,
    domain: String,
    path: Vec<String>,
    budget: &'a AtomicUsize,
) -> BoxFuture<'a, Node> {
    Box::pin(async move {
        budget.fetch_add(1, Ordering::Relaxed);
        let lookup = fetch_record(dns, &domain).await;
        let Some(record) = lookup.record() else {
            return Node {
                domain,
                lookup,
                terms: Vec::new(),
            };
        };
        let placements = placements(record);
        let mut path = path;
        path.push(domain.clone());
        let futures = record.terms.iter().enumerate().map(|(index, term)| {
            let placement = placements[index];
            let text = record.term_text(term).to_string();
            let domain = domain.as_str();
            let path = &path;
            async move {
                let lookup = if placement == Placement::Evaluated {
                    term_lookup(dns, domain, term, path, budget).await
                } else {
                    TermLookup::None
                };
                TermNode {
                    index,
                    text,
                    is_redirect: matches!(
                        term,
                        Term::Modifier {
                            modifier: Modifier::Redirect { .. },
                            ..
                        }
                    ),
                    placement,
                    lookup,
                }
            }
        });
        let terms = join_all(futures).await;
        Node {
            domain,
            lookup,
            terms,
        }
    })
}

/// Which terms evaluation reaches: everything up to the first `all`; redirect only without `all`.
pub fn placements(record: &Record) -> Vec<Placement> {
    let has_all = record.terms.iter().any(|t| {
        matches!(
            t,
            Term::Mechanism {
                mechanism: Mechanism::All,
                ..
            }
        )
    });
    let mut seen_all = false;
    record
        .terms
        .iter()
        .map(|term| match term {
            Term::Mechanism { mechanism, .. } => {
                let placement = if seen_all {
                    Placement::AfterAll
                } else {
                    Placement::Evaluated
                };
                if matches!(mechanism, Mechanism::All) {
                    seen_all = true;
                }
                placement
            }
            Term::Modifier {
                modifier: Modifier::Redirect { .. },
                ..
            } if has_all => Placement::IgnoredRedirect,
            Term::Modifier { .. } => Placement::Evaluated,
        })
        .collect()
}

async fn term_lookup(
    dns: &Dns,
    domain: &str,
    term: &Term,
    path: &[String],
    budget: &AtomicUsize,
) -> TermLookup {
    let (spec, follow) = match term {
        Term::Mechanism { mechanism, .. } => match mechanism {
            Mechanism::Include { domain } => (Some(domain), true),
            Mechanism::A { domain, .. } | Mechanism::Mx { domain, .. } => (domain.as_ref(), false),
            Mechanism::Exists { domain } => (Some(domain), false),
            Mechanism::Ptr { .. } => return TermLookup::ClientDependent,
            Mechanism::All | Mechanism::Ip4 { .. } | Mechanism::Ip6 { .. } => {
                return TermLookup::None;
            }
        },
        Term::Modifier { modifier, .. } => match modifier {
            Modifier::Redirect { domain } => (Some(domain), true),
            Modifier::Exp { .. } | Modifier::Unknown { .. } => return TermLookup::None,
        },
    };
    if spec.is_some_and(|s| s.has_macros()) {
        return TermLookup::Macro;
    }
    let name = spec.map_or_else(
        || domain.to_string(),
        |s| crate::dns::normalize_name(s.as_str()),
    );
    if follow {
        let target = if path.contains(&name) {
            let mut path = path.to_vec();
            path.push(name.clone());
            Target::Loop { path }
        } else if path.len() >= MAX_DEPTH || budget.load(Ordering::Relaxed) >= MAX_NODES {
            Target::NotFollowed
        } else {
            Target::Node(Box::new(
                expand_node(dns, name.clone(), path.to_vec(), budget).await,
            ))
        };
        return TermLookup::Follow { name, target };
    }
    match term {
        Term::Mechanism {
            mechanism: Mechanism::A { .. },
            ..
        } => {
            let (a, aaaa) = tokio::join!(dns.query(&name, QType::A), dns.query(&name, QType::Aaaa));
            TermLookup::Address { name, a, aaaa }
        }
        Term::Mechanism {
            mechanism: Mechanism::Mx { .. },
            ..
        } => {
            let answer = dns.query(&name, QType::Mx).await;
            let mut exchanges = answer.mx_hosts();
            let mut seen = HashSet::new();
            exchanges.retain(|e| seen.insert(e.clone()));
            exchanges.truncate(MX_HOST_LIMIT + 1);
            let hosts = join_all(exchanges.into_iter().map(|host| async move {
                let (a, aaaa) =
                    tokio::join!(dns.query(&host, QType::A), dns.query(&host, QType::Aaaa));
                (host, a, aaaa)
            }))
            .await;
            TermLookup::Mx {
                name,
                answer,
                hosts,
            }
        }
        _ => {
            let answer = dns.query(&name, QType::A).await;
            TermLookup::Exists { name, answer }
        }
    }
}

/// RFC 7208 §4.5 record selection, keeping what a diagnosis needs about the rejects.
pub async fn fetch_record(dns: &Dns, domain: &str) -> RecordLookup {
    let answer = dns.query(domain, QType::Txt).await;
    if answer.is_failure() {
        return RecordLookup::Failed { answer };
    }
    let cnames = match &answer {
        Answer::Records { cnames, .. } => cnames.clone(),
        _ => Vec::new(),
    };
    let mut selected = Vec::new();
    let mut ignored = Vec::new();
    for rdata in answer.records() {
        if let RData::Txt(strings) = rdata {
            let txt = TxtRecord::from_strings(strings);
            match classify_txt(&txt.text) {
                TxtKind::Spf => selected.push(txt),
                TxtKind::Other => {}
                kind => ignored.push((kind, txt)),
            }
        }
    }
    match selected.len() {
        0 => RecordLookup::Missing { answer, ignored },
        1 => {
            let txt = selected.remove(0);
            match Record::parse(&txt.text) {
                Ok(record) => RecordLookup::Found {
                    record,
                    txt,
                    cnames,
                    ignored,
                },
                Err(error) => RecordLookup::Invalid { txt, error, cnames },
            }
        }
        _ => RecordLookup::Multiple { records: selected },
    }
}

/// One counted lookup, in evaluation order.
#[derive(Clone, Debug, Serialize)]
pub struct CountedLookup {
    /// Running total after this term.
    pub number: usize,
    pub domain: String,
    pub term: String,
    /// The include/redirect terms that lead to it, outermost first.
    pub via: Vec<String>,
}

/// The lookup and void-lookup accounting of RFC 7208 §4.6.4 over the whole tree.
#[derive(Clone, Debug, Default)]
pub struct Accounting {
    pub lookups: Vec<CountedLookup>,
    pub voids: Vec<CountedLookup>,
}

impl Accounting {
    /// The lookup that crosses the limit of 10, if any.
    pub fn eleventh(&self) -> Option<&CountedLookup> {
        self.lookups.get(10)
    }
}

/// Count lookups in the order a receiver would make them, assuming no term matches (the worst case).
pub fn account(root: &Node) -> Accounting {
    let mut accounting = Accounting::default();
    count_node(root, &mut Vec::new(), &mut accounting);
    accounting
}

fn count_node(node: &Node, via: &mut Vec<String>, acc: &mut Accounting) {
    let Some(record) = node.lookup.record() else {
        return;
    };
    // Mechanisms first, in order; the redirect is evaluated last (RFC 7208 §6.1).
    let (redirects, mechanisms): (Vec<&TermNode>, Vec<&TermNode>) = node
        .terms
        .iter()
        .filter(|t| t.placement == Placement::Evaluated && t.counts(record))
        .partition(|t| t.is_redirect);
    for term in mechanisms.into_iter().chain(redirects.into_iter().take(1)) {
        let entry = CountedLookup {
            number: acc.lookups.len() + 1,
            domain: node.domain.clone(),
            term: term.text.clone(),
            via: via.clone(),
        };
        if term.is_void() {
            let mut void = entry.clone();
            void.number = acc.voids.len() + 1;
            acc.voids.push(void);
        }
        acc.lookups.push(entry);
        if let TermLookup::Follow {
            target: Target::Node(child),
            ..
        } = &term.lookup
        {
            via.push(format!("{}: {}", node.domain, term.text));
            count_node(child, via, acc);
            via.pop();
        }
    }
}
