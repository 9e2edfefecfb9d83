//! `zdiag mx`: where mail for a domain is delivered.
//!
//! [`mail_servers`] gathers the facts once (the MX set, each host's
//! addresses and aliases, or the implicit MX of RFC 5321 §5.1) into a
//! [`MailServers`] value; [`check`] turns it into findings, and the outbound
//! walk's recipient step asks it the questions it needs (does the domain
//! exist, does it accept mail, do its hosts resolve).

pub mod diags;

use std::net::IpAddr;

use futures::future::join_all;
use serde_json::{Value, json};

use crate::checks::dns_error;
use crate::context::Context;
use crate::dns::{Answer, QType, RData, normalize_name};
use crate::i18n::t;
use crate::report::{Code, Finding, Status};

/// One MX host and what its name resolves to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MxHost {
    pub preference: u16,
    /// Lower-case, no trailing dot.
    pub host: String,
    /// A and AAAA addresses, IPv4 first.
    pub addresses: Vec<IpAddr>,
    /// Aliases followed to reach the addresses: non-empty when the MX target is a CNAME.
    pub cnames: Vec<String>,
    /// The target is written as an IP address, which an MX record cannot hold.
    pub ip_literal: bool,
    /// The address lookup failed (timeout, SERVFAIL): what was asked and what came back.
    pub lookup_failure: Option<(String, String)>,
}

impl MxHost {
    /// Does the host have an address to deliver to?
    pub fn resolves(&self) -> bool {
        !self.ip_literal && !self.addresses.is_empty()
    }

    fn evidence(&self) -> Value {
        let mut value = json!({
            "preference": self.preference,
            "host": self.host,
            "addresses": self.addresses.iter().map(ToString::to_string).collect::<Vec<_>>(),
        });
        if !self.cnames.is_empty() {
            value["cname_chain"] = json!(self.cnames);
        }
        if let Some((_, answer)) = &self.lookup_failure {
            value["lookup"] = json!(answer);
        }
        value
    }
}

/// How mail for a domain is routed, as DNS says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MailRoute {
    /// MX records, sorted by preference (then name).
    Mx(Vec<MxHost>),
    /// A null MX alone (RFC 7505): the domain accepts no mail.
    NullMx,
    /// A null MX alongside other MX records, which RFC 7505 §3 forbids.
    NullMxMixed(Vec<MxHost>),
    /// No MX: mail goes to the domain's own addresses (the implicit MX, RFC 5321 §5.1).
    Implicit(Vec<IpAddr>),
    /// No MX and no address: there is nowhere to deliver.
    NoRoute,
    /// The domain does not exist (NXDOMAIN).
    NoDomain,
    /// DNS did not answer: no verdict. The question and the answer.
    Unknown { question: String, answer: String },
}

/// Where mail for one domain goes: what the recipient side of a delivery needs to know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MailServers {
    pub domain: String,
    pub route: MailRoute,
    /// Aliases followed at the domain itself for the MX question.
    pub cnames: Vec<String>,
}

impl MailServers {
    /// Does the domain exist? `None` when DNS did not say.
    pub fn exists(&self) -> Option<bool> {
        match &self.route {
            MailRoute::NoDomain => Some(false),
            MailRoute::Unknown { .. } => None,
            _ => Some(true),
        }
    }

    /// Can mail be delivered to the domain? `None` when DNS did not say.
    pub fn accepts_mail(&self) -> Option<bool> {
        match &self.route {
            MailRoute::Mx(hosts) | MailRoute::NullMxMixed(hosts) => {
                if hosts.iter().any(MxHost::resolves) {
                    Some(true)
                } else if hosts.iter().any(|h| h.lookup_failure.is_some()) {
                    None
                } else {
                    Some(false)
                }
            }
            MailRoute::Implicit(_) => Some(true),
            MailRoute::NullMx | MailRoute::NoRoute | MailRoute::NoDomain => Some(false),
            MailRoute::Unknown { .. } => None,
        }
    }

    /// The MX hosts (empty without MX records).
    pub fn hosts(&self) -> &[MxHost] {
        match &self.route {
            MailRoute::Mx(hosts) | MailRoute::NullMxMixed(hosts) => hosts,
            _ => &[],
        }
    }

    /// One sentence for a walk's step: where the domain's mail goes.
    pub fn describe(&self) -> String {
        let domain = self.domain.as_str();
        match &self.route {
            MailRoute::Mx(hosts) => t!(
                "mx-describe-hosts",
                domain = domain,
                count = hosts.len(),
                resolving = hosts.iter().filter(|h| h.resolves()).count()
            ),
            MailRoute::NullMx => t!("mx-describe-null", domain = domain),
            MailRoute::NullMxMixed(_) => t!("mx-describe-null-mixed", domain = domain),
            MailRoute::Implicit(_) => t!("mx-describe-implicit", domain = domain),
            MailRoute::NoRoute => t!("mx-describe-none", domain = domain),
            MailRoute::NoDomain => t!("mx-describe-no-domain", domain = domain),
            MailRoute::Unknown { question, answer } => t!(
                "mx-describe-unknown",
                question = question.as_str(),
                answer = answer.as_str()
            ),
        }
    }
}

/// Gather the MX set and resolve every host, all hosts at once.
pub async fn mail_servers(ctx: &Context, domain: &str) -> MailServers {
    let domain = normalize_name(domain);
    let dns = &ctx.dns;
    let answer = dns.query(&domain, QType::Mx).await;
    let (records, cnames) = match &answer {
        Answer::Records { records, cnames } => (records.clone(), cnames.clone()),
        Answer::NxDomain => return servers(&domain, MailRoute::NoDomain),
        Answer::NoData => return servers(&domain, implicit(ctx, &domain).await),
        failure => return servers(&domain, unknown(&domain, QType::Mx, failure)),
    };
    let mut null_mx = false;
    let mut targets = Vec::new();
    for record in &records {
        if let RData::Mx {
            preference,
            exchange,
        } = record
        {
            if exchange.is_empty() {
                null_mx = true;
            } else {
                targets.push((*preference, exchange.clone()));
            }
        }
    }
    targets.sort();
    let hosts = join_all(
        targets
            .into_iter()
            .map(|(preference, host)| resolve_host(ctx, preference, host)),
    )
    .await;
    let route = match (null_mx, hosts.is_empty()) {
        (true, true) => MailRoute::NullMx,
        (true, false) => MailRoute::NullMxMixed(hosts),
        (false, _) => MailRoute::Mx(hosts),
    };
    MailServers {
        domain,
        route,
        cnames,
    }
}

fn servers(domain: &str, route: MailRoute) -> MailServers {
    MailServers {
        domain: domain.to_string(),
        route,
        cnames: Vec::new(),
    }
}

fn unknown(name: &str, qtype: QType, answer: &Answer) -> MailRoute {
    MailRoute::Unknown {
        question: format!("{name} {qtype}"),
        answer: answer.describe(),
    }
}

/// No MX records: RFC 5321 §5.1 delivers to the domain's own A/AAAA addresses.
async fn implicit(ctx: &Context, domain: &str) -> MailRoute {
    let (v4, v6) = tokio::join!(
        ctx.dns.query(domain, QType::A),
        ctx.dns.query(domain, QType::Aaaa)
    );
    let addresses = addresses_of(&v4, &v6);
    if !addresses.is_empty() {
        return MailRoute::Implicit(addresses);
    }
    if let Some((qtype, failed)) = [(QType::A, &v4), (QType::Aaaa, &v6)]
        .into_iter()
        .find(|(_, a)| a.is_failure())
    {
        return unknown(domain, qtype, failed);
    }
    MailRoute::NoRoute
}

fn addresses_of(v4: &Answer, v6: &Answer) -> Vec<IpAddr> {
    v4.records()
        .iter()
        .chain(v6.records())
        .filter_map(|r| match r {
            RData::A(ip) => Some(IpAddr::V4(*ip)),
            RData::Aaaa(ip) => Some(IpAddr::V6(*ip)),
            _ => None,
        })
        .collect()
}

async fn resolve_host(ctx: &Context, preference: u16, host: String) -> MxHost {
    let mut mx_host = MxHost {
        preference,
        ip_literal: host.parse::<IpAddr>().is_ok(),
        host,
        addresses: Vec::new(),
        cnames: Vec::new(),
        lookup_failure: None,
    };
    if mx_host.ip_literal {
        // Nothing to resolve: an MX target is a host name (RFC 5321 §5.1).
        return mx_host;
    }
    let dns = &ctx.dns;
    let name = mx_host.host.as_str();
    let (v4, v6, alias) = tokio::join!(
        dns.query(name, QType::A),
        dns.query(name, QType::Aaaa),
        dns.query(name, QType::Cname)
    );
    mx_host.addresses = addresses_of(&v4, &v6);
    let mut cnames: Vec<String> = [&v4, &v6]
        .into_iter()
        .find_map(|a| match a {
            Answer::Records { cnames, .. } if !cnames.is_empty() => Some(cnames.clone()),
            _ => None,
        })
        .unwrap_or_default();
    // A server may answer the alias without the addresses behind it: follow it.
    if let Some(RData::Cname(target)) = alias.records().first() {
        if cnames.is_empty() {
            cnames.push(mx_host.host.clone());
        }
        if mx_host.addresses.is_empty() {
            let (v4, v6) =
                tokio::join!(dns.query(target, QType::A), dns.query(target, QType::Aaaa));
            mx_host.addresses = addresses_of(&v4, &v6);
            if mx_host.addresses.is_empty() {
                mx_host.lookup_failure = failure_of(target, &v4, &v6);
            }
        }
    }
    mx_host.cnames = cnames;
    if mx_host.addresses.is_empty() && mx_host.lookup_failure.is_none() {
        mx_host.lookup_failure = failure_of(name, &v4, &v6);
    }
    mx_host
}

fn failure_of(name: &str, v4: &Answer, v6: &Answer) -> Option<(String, String)> {
    [(QType::A, v4), (QType::Aaaa, v6)]
        .into_iter()
        .find(|(_, a)| a.is_failure())
        .map(|(qtype, a)| (format!("{name} {qtype}"), a.describe()))
}

/// Check one domain.
pub async fn check(ctx: &Context, domain: &str) -> Vec<Finding> {
    findings(&mail_servers(ctx, domain).await)
}

/// The findings for gathered facts: pure, so walks can reuse them.
pub fn findings(servers: &MailServers) -> Vec<Finding> {
    let domain = servers.domain.as_str();
    let mut out = Vec::new();
    match &servers.route {
        MailRoute::Unknown { question, answer } => {
            out.push(dns_error(Code::MxDnsError, domain, question, answer));
        }
        MailRoute::NoDomain => out.push(
            Finding::new(
                Code::MxDomainNotFound,
                Status::Fail,
                domain,
                t!("mx-domain-not-found-message", domain = domain),
            )
            .help(t!("mx-domain-not-found-help")),
        ),
        MailRoute::NoRoute => out.push(
            Finding::new(
                Code::MxNone,
                Status::Fail,
                domain,
                t!("mx-none-message", domain = domain),
            )
            .help(t!("mx-none-help", domain = domain)),
        ),
        MailRoute::Implicit(addresses) => out.push(
            Finding::new(
                Code::MxImplicit,
                Status::Warn,
                domain,
                t!("mx-implicit-message", domain = domain),
            )
            .evidence(
                "addresses",
                addresses
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>(),
            )
            .help(t!("mx-implicit-help", domain = domain)),
        ),
        MailRoute::NullMx => out.push(
            Finding::new(
                Code::MxNull,
                Status::Warn,
                domain,
                t!("mx-null-message", domain = domain),
            )
            .evidence("records", vec!["0 ."])
            .help(t!("mx-null-help", domain = domain)),
        ),
        MailRoute::NullMxMixed(hosts) => {
            out.push(
                Finding::new(
                    Code::MxNullMixed,
                    Status::Fail,
                    domain,
                    t!(
                        "mx-null-mixed-message",
                        domain = domain,
                        count = hosts.len()
                    ),
                )
                .evidence(
                    "hosts",
                    hosts.iter().map(MxHost::evidence).collect::<Vec<_>>(),
                )
                .help(t!("mx-null-mixed-help")),
            );
            host_findings(domain, hosts, &mut out);
        }
        MailRoute::Mx(hosts) => {
            let resolving = hosts.iter().filter(|h| h.resolves()).count();
            if resolving > 0 {
                out.push(
                    Finding::new(
                        Code::MxHosts,
                        Status::Pass,
                        domain,
                        t!(
                            "mx-hosts-message",
                            domain = domain,
                            count = hosts.len(),
                            resolving = resolving
                        ),
                    )
                    .evidence(
                        "hosts",
                        hosts.iter().map(MxHost::evidence).collect::<Vec<_>>(),
                    ),
                );
            }
            host_findings(domain, hosts, &mut out);
        }
    }
    if !servers.cnames.is_empty() {
        // The domain itself is an alias: informative only, MX lookups follow it.
        if let Some(first) = out.first_mut() {
            first
                .evidence
                .insert("domain_cname_chain", json!(servers.cnames));
        }
    }
    out
}

fn host_findings(domain: &str, hosts: &[MxHost], out: &mut Vec<Finding>) {
    let mut seen: Vec<&str> = Vec::new();
    let mut duplicates: Vec<&str> = Vec::new();
    for host in hosts {
        if seen.contains(&host.host.as_str()) {
            if !duplicates.contains(&host.host.as_str()) {
                duplicates.push(&host.host);
            }
        } else {
            seen.push(&host.host);
        }
    }
    for name in &duplicates {
        let preferences: Vec<u16> = hosts
            .iter()
            .filter(|h| h.host == *name)
            .map(|h| h.preference)
            .collect();
        out.push(
            Finding::new(
                Code::MxDuplicateHost,
                Status::Warn,
                *name,
                t!(
                    "mx-duplicate-host-message",
                    name = *name,
                    count = preferences.len(),
                    domain = domain
                ),
            )
            .evidence("preferences", preferences)
            .help(Code::MxDuplicateHost.doc().fix),
        );
    }
    // Each host once, in preference order.
    let unique: Vec<&MxHost> = seen
        .iter()
        .filter_map(|name| hosts.iter().find(|h| h.host == *name))
        .collect();
    for host in &unique {
        if host.ip_literal {
            out.push(
                Finding::new(
                    Code::MxTargetIpLiteral,
                    Status::Fail,
                    host.host.as_str(),
                    t!("mx-target-ip-literal-message", host = host.host.as_str()),
                )
                .evidence("preference", host.preference)
                .help(t!("mx-target-ip-literal-help", domain = domain)),
            );
        } else if let Some((question, answer)) = &host.lookup_failure {
            out.push(dns_error(Code::MxDnsError, &host.host, question, answer));
        } else if !host.cnames.is_empty() {
            out.push(
                Finding::new(
                    Code::MxTargetCname,
                    Status::Warn,
                    host.host.as_str(),
                    t!("mx-target-cname-message", host = host.host.as_str()),
                )
                .evidence("cname_chain", host.cnames.clone())
                .evidence(
                    "addresses",
                    host.addresses
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>(),
                )
                .help(Code::MxTargetCname.doc().fix),
            );
        }
    }
    let unresolved: Vec<&MxHost> = unique
        .iter()
        .copied()
        .filter(|h| !h.ip_literal && h.lookup_failure.is_none() && h.addresses.is_empty())
        .collect();
    if unresolved.is_empty() {
        return;
    }
    let none_resolves = !hosts.iter().any(MxHost::resolves);
    let undecided = hosts.iter().any(|h| h.lookup_failure.is_some());
    let names: Vec<String> = unresolved.iter().map(|h| h.host.clone()).collect();
    if none_resolves && !undecided {
        out.push(
            Finding::new(
                Code::MxNoHostResolves,
                Status::Fail,
                domain,
                t!("mx-no-host-resolves-message", domain = domain),
            )
            .evidence("hosts", names)
            .help(Code::MxNoHostResolves.doc().fix),
        );
    } else {
        for host in unresolved {
            out.push(
                Finding::new(
                    Code::MxHostNoAddress,
                    Status::Warn,
                    host.host.as_str(),
                    t!(
                        "mx-host-no-address-message",
                        host = host.host.as_str(),
                        preference = host.preference
                    ),
                )
                .evidence("preference", host.preference)
                .help(Code::MxHostNoAddress.doc().fix),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(name: &str, addresses: &[&str]) -> MxHost {
        MxHost {
            preference: 10,
            host: name.into(),
            addresses: addresses.iter().map(|a| a.parse().unwrap()).collect(),
            cnames: Vec::new(),
            ip_literal: false,
            lookup_failure: None,
        }
    }

    fn servers(route: MailRoute) -> MailServers {
        MailServers {
            domain: "example.test".into(),
            route,
            cnames: Vec::new(),
        }
    }

    #[test]
    fn the_recipient_side_questions() {
        let ok = servers(MailRoute::Mx(vec![
            host("a.example.test", &[]),
            host("b.example.test", &["192.0.2.1"]),
        ]));
        assert_eq!((ok.exists(), ok.accepts_mail()), (Some(true), Some(true)));
        let dead = servers(MailRoute::Mx(vec![host("a.example.test", &[])]));
        assert_eq!(dead.accepts_mail(), Some(false));
        let mut failing = host("a.example.test", &[]);
        failing.lookup_failure = Some(("a.example.test A".into(), "timeout".into()));
        let unsure = servers(MailRoute::Mx(vec![failing]));
        assert_eq!(unsure.accepts_mail(), None);
        assert_eq!(servers(MailRoute::NullMx).accepts_mail(), Some(false));
        assert_eq!(servers(MailRoute::NoDomain).exists(), Some(false));
        let unknown = servers(MailRoute::Unknown {
            question: "example.test MX".into(),
            answer: "timeout".into(),
        });
        assert_eq!((unknown.exists(), unknown.accepts_mail()), (None, None));
        assert!(unknown.describe().starts_with("could not check"));
    }

    #[test]
    fn findings_are_derived_from_the_facts_alone() {
        let codes = |s: &MailServers| findings(s).iter().map(|f| f.code).collect::<Vec<_>>();
        let mut literal = host("192.0.2.1", &[]);
        literal.ip_literal = true;
        assert_eq!(
            codes(&servers(MailRoute::Mx(vec![literal]))),
            vec![Code::MxTargetIpLiteral]
        );
        assert_eq!(
            codes(&servers(MailRoute::Implicit(vec![
                "192.0.2.1".parse().unwrap()
            ]))),
            vec![Code::MxImplicit]
        );
    }
}
