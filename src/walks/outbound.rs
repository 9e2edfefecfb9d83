//! `zdiag outbound`: Zendesk's procedure "if customers don't receive the emails agents send",
//! walked in its order, with every step DNS can answer answered for real.
//!
//! The steps and their order are Zendesk's: 1 delivery status, 2 the trigger, 3 forwarding,
//! 4 SPF (authentication: SPF, DKIM and DMARC together), 5 the recipient's side. Steps that
//! need the Zendesk API are skipped with the exact flags and variables that would enable
//! them, and the manual check meanwhile. Every DNS question of steps 4 and 5 is issued at
//! once; the shared cache merges the ones the checks have in common.

use serde_json::json;

use crate::checks::dkim::{self, DkimOptions};
use crate::checks::forwarding::{self, ForwardingOptions};
use crate::checks::{dmarc, mx, spf, triggers};
use crate::context::Context;
use crate::report::{Code, Finding, Status, Step};

/// Zendesk's five steps: id, title.
pub const STEPS: [(&str, &str); 5] = [
    (
        "delivery-status",
        "Step 1: Check the email's delivery status",
    ),
    ("trigger", "Step 2: Check that a trigger sends the email"),
    ("forwarding", "Step 3: Check your email forwarding"),
    ("spf", "Step 4: Check your SPF record"),
    ("recipient", "Step 5: Check the status with the recipient"),
];

/// The API credentials every API-backed step names when it cannot run.
const CREDENTIALS: &str =
    "ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN (or ZENDESK_OAUTH_TOKEN)";

/// Major mailbox providers, for spotting a mistyped recipient domain.
const PROVIDERS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "yahoo.fr",
    "yahoo.co.uk",
    "yahoo.de",
    "yahoo.es",
    "yahoo.it",
    "ymail.com",
    "hotmail.com",
    "hotmail.fr",
    "hotmail.co.uk",
    "hotmail.de",
    "hotmail.it",
    "hotmail.es",
    "outlook.com",
    "outlook.fr",
    "live.com",
    "live.fr",
    "msn.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "aol.com",
    "orange.fr",
    "wanadoo.fr",
    "free.fr",
    "sfr.fr",
    "laposte.net",
    "gmx.de",
    "gmx.net",
    "gmx.fr",
    "web.de",
    "t-online.de",
    "libero.it",
    "yandex.ru",
    "mail.ru",
    "protonmail.com",
    "proton.me",
    "comcast.net",
    "verizon.net",
    "att.net",
    "bigpond.com",
    "qq.com",
    "163.com",
    "naver.com",
    "mail.com",
    "gmx.com",
    "yahoo.ca",
    "hotmail.ca",
    "hotmail.be",
    "outlook.de",
    "outlook.es",
];

/// Run the five steps for mail sent as `domain`.
pub async fn run(
    ctx: &Context,
    domain: &str,
    recipient: Option<&str>,
    ticket: Option<u64>,
) -> Vec<Step> {
    let (authentication, recipient_findings, account) = tokio::join!(
        authentication(ctx, domain),
        recipient_side(ctx, recipient),
        account_steps(ctx, domain)
    );
    let api = |id: &str, manual: &str, flags: &str| {
        vec![
            Finding::new(
                Code::OutboundStepSkipped,
                Status::Skip,
                domain,
                format!("Not checked: this step reads the Zendesk account, and zdiag has no API access here. {manual}"),
            )
            .evidence("step", id)
            .evidence("needs", flags)
            .help(format!("Set {CREDENTIALS} to let zdiag check this step.")),
        ]
    };
    let ticket_flag = match ticket {
        Some(id) => format!("ticket {id} and {CREDENTIALS}"),
        None => format!("--ticket ID and {CREDENTIALS}"),
    };
    let delivery_status = match ctx.zendesk {
        None => api(
            STEPS[0].0,
            "Meanwhile: open the ticket, look for the warning icon next to the recipient's name, and read the delivery failure in the ticket's events (add /events to the ticket's URL).",
            &ticket_flag,
        ),
        // The account is readable, but a ticket's delivery status is not read yet.
        Some(_) => vec![
            Finding::new(
                Code::OutboundStepSkipped,
                Status::Skip,
                domain,
                "Not checked: zdiag does not read a ticket's delivery status yet. Meanwhile: open the ticket, look for the warning icon next to the recipient's name, and read the delivery failure in the ticket's events (add /events to the ticket's URL).",
            )
            .evidence("step", STEPS[0].0)
            .evidence("needs", "a later zdiag version")
            .help("Read the delivery failure in the ticket's events."),
        ],
    };
    let (trigger_findings, forwarding_findings) = match account {
        Some(found) => found,
        None => (
            api(
                STEPS[1].0,
                "Meanwhile: in the ticket's events, check that a trigger sent an email notification after the agent's comment, and that the \"Notify requester\" triggers are active.",
                CREDENTIALS,
            ),
            api(
                STEPS[2].0,
                "Meanwhile: in Admin Center, Channels > Email, check that the support address's forwarding status shows no error.",
                CREDENTIALS,
            ),
        ),
    };
    let findings = [
        delivery_status,
        trigger_findings,
        forwarding_findings,
        authentication,
        recipient_findings,
    ];
    STEPS
        .iter()
        .zip(findings)
        .map(|((id, title), findings)| {
            let target = match *id {
                "recipient" => recipient.map(str::to_string),
                "spf" => Some(domain.to_string()),
                _ => None,
            };
            Step::new(*id, *title, target, findings)
        })
        .collect()
}

/// Steps 2 and 3 from the account (API or export): the triggers, and the forwarding of
/// the support addresses at `domain`. `None` without Zendesk access.
async fn account_steps(ctx: &Context, domain: &str) -> Option<(Vec<Finding>, Vec<Finding>)> {
    ctx.zendesk.as_ref()?;
    let options = ForwardingOptions {
        only: Some(domain.to_string()),
        ..ForwardingOptions::default()
    };
    let (trigger_findings, grouped) =
        tokio::join!(triggers::check(ctx), forwarding::check(ctx, &options));
    let forwarding_findings = grouped.into_iter().flat_map(|(_, f)| f).collect();
    Some((trigger_findings, forwarding_findings))
}

/// Step 4: Zendesk calls it "SPF"; receivers judge SPF, DKIM and DMARC together.
async fn authentication(ctx: &Context, domain: &str) -> Vec<Finding> {
    let spf_options = spf::SpfOptions {
        client: None,
        require_include: vec![spf::ZENDESK_SPF.to_string()],
    };
    let dkim_options = DkimOptions::default();
    let (spf, dkim, dmarc) = tokio::join!(
        spf::check(ctx, domain, &spf_options),
        dkim::check(ctx, domain, &dkim_options),
        dmarc::check(ctx, domain)
    );
    spf.into_iter().chain(dkim).chain(dmarc).collect()
}

/// Step 5: the recipient's domain accepts mail, its servers resolve, and it is not a typo.
async fn recipient_side(ctx: &Context, recipient: Option<&str>) -> Vec<Finding> {
    let Some(address) = recipient else {
        return vec![
            Finding::new(
                Code::OutboundStepSkipped,
                Status::Skip,
                "recipient",
                "Not checked: give the address that does not receive the replies.",
            )
            .evidence("step", STEPS[4].0)
            .evidence("needs", "--recipient ADDR")
            .help("Run again with --recipient customer@their-domain."),
        ];
    };
    let Some(domain) = recipient_domain(address) else {
        return vec![
            Finding::new(
                Code::OutboundRecipientInvalid,
                Status::Fail,
                address,
                format!("'{address}' is not an email address."),
            )
            .help("Check the requester's address in the ticket."),
        ];
    };
    let mut findings = Vec::new();
    if let Some(intended) = likely_typo(&domain) {
        findings.push(
            Finding::new(
                Code::OutboundRecipientTypo,
                Status::Warn,
                address,
                format!("{domain} looks like a typo of {intended}."),
            )
            .evidence("domain", domain.clone())
            .evidence("probably", intended)
            .help(format!(
                "Correct the requester's address in Zendesk (…@{intended}) and send the reply again."
            )),
        );
    }
    let servers = mx::check(ctx, &domain).await;
    let blocking = servers
        .iter()
        .any(|f| f.status.severity() >= Status::Fail.severity());
    findings.extend(servers);
    if !blocking
        && findings
            .iter()
            .all(|f| f.code != Code::OutboundRecipientTypo)
    {
        findings.push(
            Finding::new(
                Code::OutboundRecipientAsk,
                Status::Info,
                address,
                format!(
                    "{domain}'s mail servers look fine from DNS: whether they accepted the email is known only on their side."
                ),
            )
            .evidence(
                "ask_the_recipient",
                json!([
                    "look in the spam or junk folder",
                    "say why their server blocked the email (the bounce or their mail log)",
                    "allow-list the support address and Zendesk's mail servers for future replies"
                ]),
            )
            .help("Contact the recipient with the details of the blocked email and ask them to check their spam folder and allow-list your support address."),
        );
    }
    findings
}

/// The domain of an address, validated like any domain zdiag checks.
fn recipient_domain(address: &str) -> Option<String> {
    let (local, domain) = address.trim().rsplit_once('@')?;
    if local.is_empty() {
        return None;
    }
    crate::app::validate_domain(domain).ok()
}

/// A major provider's domain one keystroke away, or two within the same top-level domain
/// (`hotmial.com`, `gmail.co`, `yaho.fr`); never the provider itself.
pub fn likely_typo(domain: &str) -> Option<&'static str> {
    if PROVIDERS.contains(&domain) {
        return None;
    }
    let tld = |d: &str| d.rsplit('.').next().unwrap_or_default().to_string();
    PROVIDERS
        .iter()
        .map(|p| (edit_distance(domain, p), *p))
        .filter(|(d, p)| *d == 1 || (*d == 2 && tld(p) == tld(domain) && p.len() >= 9))
        .min_by_key(|(d, _)| *d)
        .map(|(_, p)| p)
}

/// Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_of_major_providers_are_spotted() {
        for (typed, intended) in [
            ("gmial.com", "gmail.com"),
            ("gmail.co", "gmail.com"),
            ("hotmial.com", "hotmail.com"),
            ("yaho.fr", "yahoo.fr"),
            ("outlok.com", "outlook.com"),
            ("orange.ff", "orange.fr"),
            ("icloud.con", "icloud.com"),
        ] {
            assert_eq!(likely_typo(typed), Some(intended), "{typed}");
        }
    }

    #[test]
    fn real_domains_are_not_typos() {
        for domain in [
            "gmail.com",
            "yahoo.fr",
            "yahoo.ca",
            "example.com",
            "acme-corp.de",
            "ovh.net",
            "mail.com",
            "gmx.com",
        ] {
            assert_eq!(likely_typo(domain), None, "{domain}");
        }
    }

    #[test]
    fn addresses_give_their_domain() {
        assert_eq!(
            recipient_domain("Ann@Example.COM"),
            Some("example.com".into())
        );
        assert_eq!(recipient_domain("@example.com"), None);
        assert_eq!(recipient_domain("example.com"), None);
        assert_eq!(recipient_domain("ann@exa mple.com"), None);
    }

    #[test]
    fn edit_distance_counts_swaps_once() {
        assert_eq!(edit_distance("gmial.com", "gmail.com"), 1);
        assert_eq!(edit_distance("abc", "abc"), 0);
        assert_eq!(edit_distance("", "ab"), 2);
    }
}
