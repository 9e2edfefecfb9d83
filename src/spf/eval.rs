//! `check_host()` (RFC 7208 §4–§8) over the shared resolver.
//!
//! Besides the result, the evaluation says which term decided and through
//! which include/redirect chain, or why there was no decision: the point of
//! zdiag is to explain a result, not only to compute it.

use std::fmt;
use std::net::IpAddr;

use futures::future::BoxFuture;

use crate::dns::{Answer, Dns, QType, RData};
use crate::i18n::t;
use crate::spf::macros::{self, MacroContext};
use crate::spf::record::{DomainSpec, DualCidr, Mechanism, Qualifier, Record, Term, is_spf_record};

/// Terms that cause DNS queries, per evaluation (§4.6.4).
pub const MAX_LOOKUPS: usize = 10;
/// NXDOMAIN/NODATA answers to those queries tolerated per evaluation (§4.6.4).
pub const MAX_VOID_LOOKUPS: usize = 2;
/// MX hosts looked at by one `mx`, PTR names by one `ptr` or `%{p}` (§4.6.4).
pub const MAX_NAMES_PER_TERM: usize = 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpfResult {
    None,
    Neutral,
    Pass,
    Fail,
    SoftFail,
    TempError,
    PermError,
}

impl SpfResult {
    pub fn as_str(self) -> &'static str {
        match self {
            SpfResult::None => "none",
            SpfResult::Neutral => "neutral",
            SpfResult::Pass => "pass",
            SpfResult::Fail => "fail",
            SpfResult::SoftFail => "softfail",
            SpfResult::TempError => "temperror",
            SpfResult::PermError => "permerror",
        }
    }
}

impl fmt::Display for SpfResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<Qualifier> for SpfResult {
    fn from(q: Qualifier) -> SpfResult {
        match q {
            Qualifier::Pass => SpfResult::Pass,
            Qualifier::Fail => SpfResult::Fail,
            Qualifier::SoftFail => SpfResult::SoftFail,
            Qualifier::Neutral => SpfResult::Neutral,
        }
    }
}

/// The SMTP client being checked.
#[derive(Clone, Debug)]
pub struct Client {
    pub ip: IpAddr,
    /// The full MAIL FROM address; `""` for a null reverse-path (the HELO identity is then checked).
    pub sender: String,
    pub helo: String,
}

#[derive(Clone, Debug)]
pub struct EvalOptions {
    /// Used on `fail` when the record has no usable `exp=`; macros are expanded.
    pub default_explanation: String,
    /// `%{r}`: the checking host.
    pub receiver: String,
    /// `%{t}`: seconds since the epoch.
    pub now: u64,
}

impl Default for EvalOptions {
    fn default() -> Self {
        EvalOptions {
            default_explanation: "DEFAULT".into(),
            receiver: "unknown".into(),
            now: 0,
        }
    }
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct Evaluation {
    pub result: SpfResult,
    /// On `fail` only: the `exp=` text expanded, or the default explanation.
    pub explanation: Option<String>,
    /// The term that matched, when one did.
    pub decided_by: Option<Decision>,
    /// Why, when no term decided (none, errors, the default result).
    pub reason: Option<String>,
    pub lookups: usize,
    pub void_lookups: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Decision {
    /// The domain whose record holds the term.
    pub domain: String,
    /// The term as written.
    pub term: String,
    /// The include/redirect terms followed to reach it, outermost first.
    pub via: Vec<String>,
}

/// Run `check_host(<ip>, <domain>, <sender>)` for `client`.
pub async fn check_host(
    dns: &Dns,
    client: &Client,
    domain: &str,
    opts: &EvalOptions,
) -> Evaluation {
    let ip = match client.ip {
        // §5: an IPv4-mapped IPv6 client is an IPv4 client.
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
        v4 => v4,
    };
    let sender = if client.sender.is_empty() {
        format!("postmaster@{}", client.helo)
    } else {
        client.sender.clone()
    };
    let (local_part, sender_domain) = match sender.rfind('@') {
        Some(at) => (&sender[..at], &sender[at + 1..]),
        None => ("", sender.as_str()),
    };
    let local_part = if local_part.is_empty() {
        "postmaster"
    } else {
        local_part
    };
    let mut ev = Evaluator {
        dns,
        opts,
        ip,
        sender: format!("{local_part}@{sender_domain}"),
        local_part: local_part.to_string(),
        sender_domain: sender_domain.to_string(),
        helo: client.helo.clone(),
        lookups: 0,
        void_lookups: 0,
        validated: None,
    };
    let domain = domain.strip_suffix('.').unwrap_or(domain).to_string();
    let out = ev.check(domain, Vec::new(), true).await;
    Evaluation {
        result: out.result,
        explanation: if out.result == SpfResult::Fail {
            out.explanation
        } else {
            None
        },
        decided_by: out.decided_by,
        reason: out.reason,
        lookups: ev.lookups,
        void_lookups: ev.void_lookups,
    }
}

struct Outcome {
    result: SpfResult,
    explanation: Option<String>,
    decided_by: Option<Decision>,
    reason: Option<String>,
}

impl Outcome {
    fn why(result: SpfResult, reason: String) -> Outcome {
        Outcome {
            result,
            explanation: None,
            decided_by: None,
            reason: Some(reason),
        }
    }
}

/// An evaluation cut short (boxed: it travels through every `?`).
type Stop = Box<Outcome>;

fn stop(result: SpfResult, reason: String) -> Stop {
    Box::new(Outcome::why(result, reason))
}

/// Why a term's DNS query stopped the evaluation with temperror (§5).
fn lookup_failed(term: &str, qtype: QType, name: &str, answer: &Answer) -> String {
    t!(
        "spf-eval-lookup-failed",
        term = term,
        qtype = qtype.to_string(),
        name = name,
        answer = answer.describe()
    )
}

enum Match {
    No,
    Yes(Option<Decision>),
}

struct Evaluator<'a> {
    dns: &'a Dns,
    opts: &'a EvalOptions,
    ip: IpAddr,
    sender: String,
    local_part: String,
    sender_domain: String,
    helo: String,
    lookups: usize,
    void_lookups: usize,
    /// Validated PTR names of the client, resolved on first use of `%{p}`.
    validated: Option<Vec<String>>,
}

/// Can this be asked to DNS? Non-empty labels of at most 63, 253 in all.
fn is_query_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= macros::MAX_DOMAIN_LEN
        && name.split('.').all(|l| !l.is_empty() && l.len() <= 63)
}

/// §4.3: a multi-label domain name with a proper top-level label.
fn is_valid_domain(name: &str) -> bool {
    is_query_name(name)
        && name.contains('.')
        && name.bytes().all(|b| b.is_ascii_graphic())
        && name.rsplit('.').next().is_some_and(macros::is_toplabel)
}

fn in_prefix(ip: IpAddr, net: IpAddr, prefix: u8) -> bool {
    match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(b)) => {
            let mask = u32::MAX.checked_shl(32 - u32::from(prefix)).unwrap_or(0);
            u32::from(a) & mask == u32::from(b) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(b)) => {
            let mask = u128::MAX.checked_shl(128 - u32::from(prefix)).unwrap_or(0);
            u128::from(a) & mask == u128::from(b) & mask
        }
        _ => false,
    }
}

fn same_or_under(name: &str, target: &str) -> bool {
    let name = name.strip_suffix('.').unwrap_or(name).to_ascii_lowercase();
    let target = target
        .strip_suffix('.')
        .unwrap_or(target)
        .to_ascii_lowercase();
    name == target || name.ends_with(&format!(".{target}"))
}

impl Evaluator<'_> {
    fn check(
        &mut self,
        domain: String,
        via: Vec<String>,
        want_exp: bool,
    ) -> BoxFuture<'_, Outcome> {
        Box::pin(async move {
            if !is_valid_domain(&domain) {
                return Outcome::why(
                    SpfResult::None,
                    t!("spf-eval-invalid-domain", domain = format!("{domain:?}")),
                );
            }
            let record = match self.fetch_record(&domain).await {
                Ok(record) => record,
                Err(out) => return *out,
            };
            for term in &record.terms {
                let Term::Mechanism {
                    qualifier,
                    mechanism,
                    ..
                } = term
                else {
                    continue;
                };
                let text = record.term_text(term);
                match self.matches(mechanism, text, &domain, &via).await {
                    Err(out) => return *out,
                    Ok(Match::No) => {}
                    Ok(Match::Yes(inner)) => {
                        let result = SpfResult::from(*qualifier);
                        let explanation = if result == SpfResult::Fail && want_exp {
                            Some(self.explain(&record, &domain).await)
                        } else {
                            None
                        };
                        return Outcome {
                            result,
                            explanation,
                            decided_by: Some(inner.unwrap_or_else(|| Decision {
                                domain: domain.clone(),
                                term: text.to_string(),
                                via: via.clone(),
                            })),
                            reason: None,
                        };
                    }
                }
            }
            if let Some((spec, term)) = record.redirect()
                && !record.has_all()
            {
                let text = record.term_text(term).to_string();
                if let Err(out) = self.count_lookup(&text) {
                    return *out;
                }
                let target = match self.expand_domain(spec, &domain).await {
                    Ok(target) => target,
                    Err(out) => return *out,
                };
                let mut inner_via = via.clone();
                inner_via.push(text.clone());
                let out = self.check(target.clone(), inner_via, want_exp).await;
                if out.result == SpfResult::None {
                    return Outcome::why(
                        SpfResult::PermError,
                        t!(
                            "spf-eval-redirect-no-record",
                            term = text.as_str(),
                            domain = domain.as_str(),
                            target = target.as_str()
                        ),
                    );
                }
                return out;
            }
            Outcome::why(
                SpfResult::Neutral,
                t!("spf-eval-default-neutral", domain = domain.as_str()),
            )
        })
    }

    /// Select the one SPF record of `domain` (§4.4, §4.5).
    async fn fetch_record(&mut self, domain: &str) -> Result<Record, Stop> {
        let answer = self.dns.query(domain, QType::Txt).await;
        if answer.is_failure() {
            return Err(stop(
                SpfResult::TempError,
                t!(
                    "spf-eval-txt-failed",
                    domain = domain,
                    answer = answer.describe()
                ),
            ));
        }
        let mut spf: Vec<Vec<u8>> = answer
            .records()
            .iter()
            .filter_map(|r| match r {
                RData::Txt(strings) => Some(strings.concat()),
                _ => None,
            })
            .filter(|text| is_spf_record(text))
            .collect();
        match spf.len() {
            0 => Err(stop(
                SpfResult::None,
                t!("spf-eval-no-record", domain = domain),
            )),
            1 => {
                let bytes = spf.pop().unwrap_or_default();
                let text = String::from_utf8_lossy(&bytes);
                Record::parse(&text).map_err(|e| {
                    stop(
                        SpfResult::PermError,
                        t!(
                            "spf-eval-invalid-record",
                            domain = domain,
                            error = e.to_string()
                        ),
                    )
                })
            }
            n => Err(stop(
                SpfResult::PermError,
                t!("spf-eval-multiple-records", domain = domain, count = n),
            )),
        }
    }

    async fn matches(
        &mut self,
        mechanism: &Mechanism,
        text: &str,
        domain: &str,
        via: &[String],
    ) -> Result<Match, Stop> {
        let yes = |m: bool| if m { Match::Yes(None) } else { Match::No };
        if mechanism.counts_as_lookup() {
            self.count_lookup(text)?;
        }
        match mechanism {
            Mechanism::All => Ok(Match::Yes(None)),
            Mechanism::Ip4 { addr, prefix } => {
                Ok(yes(in_prefix(self.ip, IpAddr::V4(*addr), *prefix)))
            }
            Mechanism::Ip6 { addr, prefix } => {
                Ok(yes(in_prefix(self.ip, IpAddr::V6(*addr), *prefix)))
            }
            Mechanism::A { domain: spec, cidr } => {
                let Some(target) = self.target(spec.as_ref(), domain).await? else {
                    return Ok(Match::No);
                };
                let addrs = self.addresses(&target, text, true).await?;
                Ok(yes(addrs.iter().any(|a| self.cidr_match(*a, cidr))))
            }
            Mechanism::Mx { domain: spec, cidr } => {
                let Some(target) = self.target(spec.as_ref(), domain).await? else {
                    return Ok(Match::No);
                };
                let answer = self.answer(&target, QType::Mx, text).await?;
                let hosts: Vec<String> = answer
                    .records()
                    .iter()
                    .filter_map(|r| match r {
                        RData::Mx { exchange, .. } => Some(exchange.clone()),
                        _ => None,
                    })
                    .collect();
                if hosts.len() > MAX_NAMES_PER_TERM {
                    return Err(stop(
                        SpfResult::PermError,
                        t!(
                            "spf-eval-too-many-mx",
                            term = text,
                            target = target.as_str(),
                            count = hosts.len(),
                            max = MAX_NAMES_PER_TERM
                        ),
                    ));
                }
                for host in hosts {
                    let host = host.strip_suffix('.').unwrap_or(&host);
                    if !is_query_name(host) {
                        // The null MX ("."), or a name DNS cannot ask for: no address.
                        continue;
                    }
                    let addrs = self.addresses(host, text, false).await?;
                    if addrs.iter().any(|a| self.cidr_match(*a, cidr)) {
                        return Ok(Match::Yes(None));
                    }
                }
                Ok(Match::No)
            }
            Mechanism::Ptr { domain: spec } => {
                let Some(target) = self.target(spec.as_ref(), domain).await? else {
                    return Ok(Match::No);
                };
                let reverse = macros::reverse_name(self.ip);
                let answer = self.dns.query(&reverse, QType::Ptr).await;
                if answer.is_void() {
                    self.note_void(text)?;
                }
                // §5.5: a DNS error on the PTR query makes the mechanism not match.
                for name in ptr_names(&answer) {
                    if same_or_under(&name, &target) && self.validates(&name).await {
                        return Ok(Match::Yes(None));
                    }
                }
                Ok(Match::No)
            }
            Mechanism::Exists { domain: spec } => {
                let Some(target) = self.target(Some(spec), domain).await? else {
                    return Ok(Match::No);
                };
                let answer = self.answer(&target, QType::A, text).await?;
                Ok(yes(!answer.records().is_empty()))
            }
            Mechanism::Include { domain: spec } => {
                let target = self.expand_domain(spec, domain).await?;
                let mut inner_via = via.to_vec();
                inner_via.push(text.to_string());
                let out = self.check(target.clone(), inner_via, false).await;
                match out.result {
                    SpfResult::Pass => Ok(Match::Yes(out.decided_by)),
                    SpfResult::Fail | SpfResult::SoftFail | SpfResult::Neutral => Ok(Match::No),
                    SpfResult::TempError | SpfResult::PermError => Err(Box::new(out)),
                    SpfResult::None => Err(stop(
                        SpfResult::PermError,
                        t!(
                            "spf-eval-include-no-record",
                            term = text,
                            domain = domain,
                            target = target.as_str()
                        ),
                    )),
                }
            }
        }
    }

    fn cidr_match(&self, addr: IpAddr, cidr: &DualCidr) -> bool {
        let prefix = match addr {
            IpAddr::V4(_) => cidr.v4.unwrap_or(32),
            IpAddr::V6(_) => cidr.v6.unwrap_or(128),
        };
        in_prefix(self.ip, addr, prefix)
    }

    fn count_lookup(&mut self, text: &str) -> Result<(), Stop> {
        self.lookups += 1;
        if self.lookups > MAX_LOOKUPS {
            return Err(stop(
                SpfResult::PermError,
                t!(
                    "spf-eval-too-many-lookups",
                    term = text,
                    number = self.lookups,
                    max = MAX_LOOKUPS
                ),
            ));
        }
        Ok(())
    }

    fn note_void(&mut self, text: &str) -> Result<(), Stop> {
        self.void_lookups += 1;
        if self.void_lookups > MAX_VOID_LOOKUPS {
            return Err(stop(
                SpfResult::PermError,
                t!(
                    "spf-eval-too-many-void-lookups",
                    term = text,
                    number = self.void_lookups,
                    max = MAX_VOID_LOOKUPS
                ),
            ));
        }
        Ok(())
    }

    /// One query for a term: a DNS failure is a temperror (§5), a void answer counts.
    async fn answer(&mut self, name: &str, qtype: QType, text: &str) -> Result<Answer, Stop> {
        let answer = self.dns.query(name, qtype).await;
        if answer.is_failure() {
            return Err(stop(
                SpfResult::TempError,
                lookup_failed(text, qtype, name, &answer),
            ));
        }
        if answer.is_void() {
            self.note_void(text)?;
        }
        Ok(answer)
    }

    /// The client-family addresses of `name` (A for an IPv4 client, AAAA for IPv6).
    async fn addresses(
        &mut self,
        name: &str,
        text: &str,
        counts_void: bool,
    ) -> Result<Vec<IpAddr>, Stop> {
        let qtype = match self.ip {
            IpAddr::V4(_) => QType::A,
            IpAddr::V6(_) => QType::Aaaa,
        };
        let answer = if counts_void {
            self.answer(name, qtype, text).await?
        } else {
            let answer = self.dns.query(name, qtype).await;
            if answer.is_failure() {
                return Err(stop(
                    SpfResult::TempError,
                    lookup_failed(text, qtype, name, &answer),
                ));
            }
            answer
        };
        Ok(addresses_of(&answer))
    }

    /// Does `name` resolve back to the client? DNS errors just mean no (§5.5).
    async fn validates(&self, name: &str) -> bool {
        if !is_query_name(name) {
            return false;
        }
        let qtype = match self.ip {
            IpAddr::V4(_) => QType::A,
            IpAddr::V6(_) => QType::Aaaa,
        };
        let answer = self.dns.query(name, qtype).await;
        addresses_of(&answer).contains(&self.ip)
    }

    /// The client's validated names, for `%{p}` (§7.3), looked up once.
    async fn validated_names(&mut self) -> Vec<String> {
        if let Some(names) = &self.validated {
            return names.clone();
        }
        let answer = self
            .dns
            .query(&macros::reverse_name(self.ip), QType::Ptr)
            .await;
        let mut names = Vec::new();
        for name in ptr_names(&answer) {
            if self.validates(&name).await {
                names.push(name);
            }
        }
        self.validated = Some(names.clone());
        names
    }

    async fn context(&mut self, domain: &str, spec: &str) -> MacroContext {
        let validated_name = if macros::uses_letter(spec, 'p') {
            let names = self.validated_names().await;
            names
                .iter()
                .find(|n| n.eq_ignore_ascii_case(domain))
                .or_else(|| names.iter().find(|n| same_or_under(n, domain)))
                .or_else(|| names.first())
                .cloned()
        } else {
            None
        };
        MacroContext {
            sender: self.sender.clone(),
            local_part: self.local_part.clone(),
            sender_domain: self.sender_domain.clone(),
            domain: domain.to_string(),
            ip: self.ip,
            helo: self.helo.clone(),
            validated_name,
            receiver: self.opts.receiver.clone(),
            now: self.opts.now,
        }
    }

    /// Expand a domain-spec into a query name (trailing dot dropped, §7.3 truncation).
    async fn expand_domain(&mut self, spec: &DomainSpec, domain: &str) -> Result<String, Stop> {
        let ctx = self.context(domain, spec.as_str()).await;
        match macros::expand(spec.as_str(), &ctx, false) {
            Ok(expanded) => Ok(macros::truncate_domain(&expanded).to_string()),
            Err(e) => Err(stop(
                SpfResult::PermError,
                t!(
                    "spf-eval-cannot-expand",
                    spec = format!("{:?}", spec.as_str()),
                    error = e.to_string()
                ),
            )),
        }
    }

    /// The name a mechanism queries, or `None` when the expansion is no
    /// usable DNS name (treated as a name that does not exist).
    async fn target(
        &mut self,
        spec: Option<&DomainSpec>,
        domain: &str,
    ) -> Result<Option<String>, Stop> {
        let Some(spec) = spec else {
            return Ok(Some(domain.to_string()));
        };
        let name = self.expand_domain(spec, domain).await?;
        Ok(is_query_name(&name).then_some(name))
    }

    /// The explanation for a `fail` of this record (§6.2): problems fall back to the default.
    async fn explain(&mut self, record: &Record, domain: &str) -> String {
        if let Some(spec) = record.exp()
            && let Some(text) = self.exp_text(spec, domain).await
        {
            return text;
        }
        let default = self.opts.default_explanation.clone();
        let ctx = self.context(domain, &default).await;
        macros::expand(&default, &ctx, true).unwrap_or(default)
    }

    async fn exp_text(&mut self, spec: &DomainSpec, domain: &str) -> Option<String> {
        let name = self.expand_domain(spec, domain).await.ok()?;
        if !is_query_name(&name) {
            return None;
        }
        let answer = self.dns.query(&name, QType::Txt).await;
        let [RData::Txt(strings)] = answer.records() else {
            return None;
        };
        let text = String::from_utf8(strings.concat()).ok()?;
        if !text.is_ascii() {
            return None;
        }
        let ctx = self.context(domain, &text).await;
        macros::expand(&text, &ctx, true).ok()
    }
}

fn addresses_of(answer: &Answer) -> Vec<IpAddr> {
    answer
        .records()
        .iter()
        .filter_map(|r| match r {
            RData::A(a) => Some(IpAddr::V4(*a)),
            RData::Aaaa(a) => Some(IpAddr::V6(*a)),
            _ => None,
        })
        .collect()
}

/// The first ten PTR names (§4.6.4), trailing dot dropped.
fn ptr_names(answer: &Answer) -> Vec<String> {
    answer
        .records()
        .iter()
        .filter_map(|r| match r {
            RData::Ptr(name) => Some(name.strip_suffix('.').unwrap_or(name).to_string()),
            _ => None,
        })
        .take(MAX_NAMES_PER_TERM)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dns::Zone;
    use std::net::Ipv4Addr;

    fn txt(s: &str) -> RData {
        RData::Txt(vec![s.as_bytes().to_vec()])
    }

    fn client(ip: &str, sender: &str) -> Client {
        Client {
            ip: ip.parse().unwrap(),
            sender: sender.into(),
            helo: "mail.example.net".into(),
        }
    }

    async fn run(zone: Zone, ip: &str, sender: &str) -> Evaluation {
        let dns = Dns::from_zone(zone);
        let c = client(ip, sender);
        let domain = sender.rsplit('@').next().unwrap().to_string();
        check_host(&dns, &c, &domain, &EvalOptions::default()).await
    }

    #[tokio::test]
    async fn decision_names_the_term_and_the_chain() {
        let mut z = Zone::new("");
        z.add(
            "example.com",
            txt("v=spf1 include:_spf.example.com redirect=_r.example.com"),
        );
        z.add("_spf.example.com", txt("v=spf1 ip4:192.0.2.0/24 -all"));
        z.add("_r.example.com", txt("v=spf1 -all exp=why.example.com"));
        z.add(
            "why.example.com",
            txt("%{i} is not allowed to send for %{d}"),
        );
        let ev = run(z.clone(), "192.0.2.9", "a@example.com").await;
        assert_eq!(ev.result, SpfResult::Pass);
        assert_eq!(
            ev.decided_by,
            Some(Decision {
                domain: "_spf.example.com".into(),
                term: "ip4:192.0.2.0/24".into(),
                via: vec!["include:_spf.example.com".into()],
            })
        );
        assert_eq!(ev.lookups, 1);

        let ev = run(z, "198.51.100.1", "a@example.com").await;
        assert_eq!(ev.result, SpfResult::Fail);
        assert_eq!(
            ev.explanation.as_deref(),
            Some("198.51.100.1 is not allowed to send for _r.example.com")
        );
        let d = ev.decided_by.unwrap();
        assert_eq!(
            (d.domain.as_str(), d.term.as_str()),
            ("_r.example.com", "-all")
        );
        assert_eq!(d.via, vec!["redirect=_r.example.com".to_string()]);
        assert_eq!(ev.lookups, 2);
    }

    #[tokio::test]
    async fn reasons_for_none_and_errors() {
        let mut z = Zone::new("");
        z.add("a.example", txt("v=spf1 include:b.example -all"));
        z.add(
            "c.example",
            txt("v=spf1 a:x.example a:y.example a:z.example -all"),
        );
        z.add("d.example", txt("v=spf1 exists:slow.example -all"));
        z.add_timeout("slow.example");
        z.add("e.example", RData::A(Ipv4Addr::new(192, 0, 2, 1)));

        let ev = run(z.clone(), "192.0.2.1", "x@a.example").await;
        assert_eq!(ev.result, SpfResult::PermError);
        assert!(ev.reason.unwrap().contains("include:b.example"));

        let ev = run(z.clone(), "192.0.2.1", "x@c.example").await;
        assert_eq!(ev.result, SpfResult::PermError);
        assert_eq!(ev.void_lookups, 3);

        let ev = run(z.clone(), "192.0.2.1", "x@d.example").await;
        assert_eq!(ev.result, SpfResult::TempError);

        let ev = run(z.clone(), "192.0.2.1", "x@e.example").await;
        assert_eq!(ev.result, SpfResult::None);

        let ev = run(z, "192.0.2.1", "x@nodot").await;
        assert_eq!(ev.result, SpfResult::None);
        assert!(ev.reason.unwrap().contains("§4.3"));
    }

    #[tokio::test]
    async fn helo_identity_and_mapped_clients() {
        let mut z = Zone::new("");
        z.add(
            "mail.example.net",
            txt("v=spf1 ip4:192.0.2.1 -all exp=x.example.net"),
        );
        z.add("x.example.net", txt("%{s} %{l} %{o}"));
        let dns = Dns::from_zone(z);
        let opts = EvalOptions::default();
        let c = client("::ffff:192.0.2.1", "");
        let ev = check_host(&dns, &c, "mail.example.net", &opts).await;
        assert_eq!(ev.result, SpfResult::Pass);
        let c = client("192.0.2.2", "");
        let ev = check_host(&dns, &c, "mail.example.net", &opts).await;
        assert_eq!(ev.result, SpfResult::Fail);
        assert_eq!(
            ev.explanation.as_deref(),
            Some("postmaster@mail.example.net postmaster mail.example.net")
        );
    }

    #[tokio::test]
    async fn exp_comes_only_from_the_failing_record() {
        let mut z = Zone::new("");
        z.add(
            "a.example",
            txt("v=spf1 -include:b.example ~all exp=ea.example"),
        );
        z.add("b.example", txt("v=spf1 ip4:192.0.2.0/24 exp=eb.example"));
        z.add("c.example", txt("v=spf1 include:d.example -all"));
        z.add("d.example", txt("v=spf1 -all exp=eb.example"));
        z.add("ea.example", txt("from a"));
        z.add("eb.example", txt("from b"));
        let ev = run(z.clone(), "192.0.2.1", "x@a.example").await;
        assert_eq!(ev.result, SpfResult::Fail);
        assert_eq!(ev.explanation.as_deref(), Some("from a"));
        let ev = run(z, "192.0.2.1", "x@c.example").await;
        assert_eq!(ev.result, SpfResult::Fail);
        assert_eq!(ev.explanation.as_deref(), Some("DEFAULT"));
        assert_eq!(ev.decided_by.unwrap().term, "-all");
    }

    #[tokio::test]
    async fn more_than_ten_mx_hosts_is_a_permerror() {
        let mut z = Zone::new("");
        z.add("a.example", txt("v=spf1 mx -all"));
        for n in 0..11 {
            z.add(
                "a.example",
                RData::Mx {
                    preference: n,
                    exchange: format!("mx{n}.a.example"),
                },
            );
        }
        let ev = run(z, "192.0.2.1", "x@a.example").await;
        assert_eq!(ev.result, SpfResult::PermError);
        assert!(ev.reason.unwrap().contains("11 MX records"));
    }

    #[test]
    fn check_host_can_be_spawned() {
        fn send<T: Send>(_: &T) {}
        let dns = Dns::from_zone(Zone::new(""));
        let c = client("192.0.2.1", "");
        let opts = EvalOptions::default();
        send(&check_host(&dns, &c, "example.com", &opts));
    }

    #[test]
    fn prefixes() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert!(in_prefix(ip("192.0.2.9"), ip("192.0.2.0"), 24));
        assert!(!in_prefix(ip("192.0.3.9"), ip("192.0.2.0"), 24));
        assert!(in_prefix(ip("10.0.0.1"), ip("192.0.2.0"), 0));
        assert!(in_prefix(ip("2001:db8::1"), ip("2001:db8::"), 32));
        assert!(!in_prefix(ip("2001:db8::1"), ip("192.0.2.0"), 0));
        assert_eq!(SpfResult::SoftFail.to_string(), "softfail");
    }
}
