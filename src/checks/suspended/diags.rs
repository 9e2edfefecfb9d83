//! The suspended-tickets check's findings: its codes, with the text `zdiag explain CODE`
//! prints, and one constructor per code. Which findings apply is decided in `mod.rs`.

use serde_json::{Value, json};

use super::causes::{Cause, Weight};
use super::groups::{Found, Group, SenderDomain};
use super::notice::Notice;
use super::when;
use crate::bounce::HardOrSoft;
use crate::report::codes::codes;
use crate::report::{Code, Finding, Status};
use crate::zendesk::{AccountSettings, Recovery};

codes! {
    SuspendedNone = "suspended-none" {
        title: "No suspended tickets",
        meaning: "The Suspended tickets view holds no email matching the filters given: nothing that reached Zendesk was held back from becoming a ticket.",
        fix: "",
    }
    SuspendedSummary = "suspended-summary" {
        title: "Suspended tickets by cause",
        meaning: "The table of the suspended emails grouped by cause: how many, the oldest, what the cause means and what to do. Each cause then has its own finding with its ticket ids, senders' domains and the support addresses they were sent to.",
        fix: "",
    }
    SuspendedCauseAllMail = "suspended-cause-all-mail" {
        title: "A cause that suspends every such email",
        meaning: "Emails are suspended for a reason that holds for every message until the account changes: email turned off, an expired account, or mail sent from one of the account's own support addresses (a forwarding rule or another system re-sending Zendesk's mail). Customers' mail is being lost systematically.",
        fix: "Fix the account set-up the finding names, then recover the tickets.",
    }
    SuspendedCauseCustomerMail = "suspended-cause-customer-mail" {
        title: "Real customers' mail may be suspended",
        meaning: "Emails are suspended for a cause that catches real customers: sender authentication failed, sender not on the allowlist, unverified or unknown submitter, sign-up required, blocklisted, mail loop, and others. Until someone recovers them, these customers get no answer, and Zendesk deletes them after 14 days.",
        fix: "Review the tickets and recover the real ones (`zdiag suspended --recover ID...`); apply the cause's fix so the next ones are not suspended.",
    }
    SuspendedCauseNoise = "suspended-cause-noise" {
        title: "Expected noise in the suspended view",
        meaning: "Emails suspended for a cause that is expected and harmless: out-of-office replies, automated mail, system senders, backscatter, noreply addresses, spam. Bounce notices among them are decoded separately.",
        fix: "",
    }
    SuspendedCauseUnknown = "suspended-cause-unknown" {
        title: "A suspension cause zdiag does not know",
        meaning: "Zendesk gave a `cause_id` that is not in the documented list (0-30), or none. The cause text Zendesk sent is shown as is.",
        fix: "Read a few of these tickets in the Suspended tickets view and recover the real ones.",
    }
    SuspendedSpamKnownSender = "suspended-spam-known-sender" {
        title: "Spam from a sender with solved tickets",
        meaning: "Mail suspended as spam came from a sender who also has solved tickets: a real customer whose message the spam filter caught, not spam. zdiag looks the most frequent spam senders up with the ticket search (the API only, not an export).",
        fix: "Recover their suspended tickets: recovering tells the filter the mail is legitimate, as \"Not spam\" does in a mailbox.",
    }
    SuspendedDeletionSoon = "suspended-deletion-soon" {
        title: "Suspended tickets about to be deleted",
        meaning: "Zendesk deletes a suspended email 14 days after it arrived, unreviewed or not. These will be gone within two days, and with them the only copy of any real customer's message among them.",
        fix: "Review them now and recover the real ones before the date shown.",
    }
    SuspendedSenderAuthentication = "suspended-sender-authentication" {
        title: "The account's sender authentication setting",
        meaning: "With sender authentication on (Admin Center > Channels > Talk and email > Email, \"Authenticate emails received with SPF, DKIM, and DMARC alignment\"), mail that fails SPF, DKIM or DMARC alignment is suspended with cause 26. The Enhanced profile also applies DMARC to mail sent by agents and to native Zendesk addresses.",
        fix: "",
    }
    SuspendedSenderDomain = "suspended-sender-domain" {
        title: "Why a sender's mail fails authentication",
        meaning: "Mail from this sender's domain was suspended because it failed authentication. zdiag read the domain's SPF and DMARC records (as the SPF and DMARC checks do) to say why: no SPF record, a broken one, no DMARC policy. The fix is on the sender's side; their mail stays suspended until their IT fixes it.",
        fix: "Send the sender's IT the finding: publish SPF listing their mail servers, sign with DKIM, and keep DMARC aligned. Meanwhile recover their tickets.",
    }
    SuspendedSenderDomainUnchecked = "suspended-sender-domain-unchecked" {
        title: "Could not check a sender's domain",
        meaning: "DNS did not answer the questions about this sender's domain (a timeout or a server failure), so zdiag cannot say why its mail fails authentication. Nothing is concluded about the domain.",
        fix: "Retry, or with --resolver another server.",
    }
    SuspendedFromSupportAddress = "suspended-from-support-address" {
        title: "Mail from one of your own support addresses",
        meaning: "Suspended emails were sent from one of the account's own support addresses (cause 22) or looped (cause 4). Zendesk suspends them to stop loops. The usual cause is a forwarding rule or another system (a CRM, a second helpdesk, a mail client's forward) that re-sends Zendesk's own mail back to it, or a support address used as a sender elsewhere.",
        fix: "Find the rule or system that sends as the support address named here and stop it; forward server-side to the Zendesk address, never from a mail client.",
    }
    SuspendedBounce = "suspended-bounce" {
        title: "A bounce of a reply sat in the suspended view",
        meaning: "Zendesk files the mail servers' bounce notices with the suspended emails and does not alert anyone. zdiag decoded the notice and found the ticket whose reply bounced (by the suspended ticket's `ticket_id`, else the Message-ID it quotes, else a ticket number in the subject): that customer did not get the reply.",
        fix: "For a hard bounce, correct the requester's address on the ticket or reach the customer another way; a soft bounce is retried by the sending server.",
    }
    SuspendedRecovered = "suspended-recovered" {
        title: "Suspended ticket recovered",
        meaning: "`--recover` asked Zendesk to recover the suspended email (recover_many, which keeps the original requester) and Zendesk did: it is now a ticket.",
        fix: "",
    }
    SuspendedRecoverFailed = "suspended-recover-failed" {
        title: "Suspended ticket not recovered",
        meaning: "`--recover` asked Zendesk to recover the suspended email and Zendesk refused it (it listed it among the failures of a 422 answer), or the request failed. The detail is Zendesk's.",
        fix: "Recover it from the Suspended tickets view, where Zendesk says why it cannot; the suspension cause may need fixing first.",
    }
    SuspendedMessageFound = "suspended-message-found" {
        title: "The message is in the suspended view",
        meaning: "The email given with --eml is among the suspended tickets (matched by Message-ID, else by sender, subject and date): it reached Zendesk and was held back for the cause shown.",
        fix: "Recover it with the command shown, and apply the cause's fix.",
    }
    SuspendedMessageNotFound = "suspended-message-not-found" {
        title: "The message is not in the suspended view",
        meaning: "No suspended ticket matches the email given with --eml (Message-ID, or sender, subject and date). Either it became a ticket, it was rejected before Zendesk (spam at 99% confidence, or it never arrived), or it was deleted after 14 days.",
        fix: "Search for a ticket from the sender; if there is none, check the forwarding of the address it was sent to.",
    }
}

fn date(seconds: Option<i64>) -> Value {
    seconds.map_or(Value::Null, |s| Value::from(when::format(s)))
}

fn top(counts: &std::collections::BTreeMap<String, usize>, n: usize) -> Vec<(String, usize)> {
    let mut list: Vec<(String, usize)> = counts.iter().map(|(k, v)| (k.clone(), *v)).collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    list.truncate(n);
    list
}

fn counted(list: Vec<(String, usize)>, key: &str) -> Value {
    Value::Array(
        list.into_iter()
            .map(|(name, count)| json!({key: name, "count": count}))
            .collect(),
    )
}

fn cause_label(cause: Option<&Cause>, group: &Group) -> String {
    match (cause, group.cause_id) {
        (Some(c), _) => format!("{} ({} {})", c.description, c.id, c.name),
        (None, Some(id)) => format!(
            "unknown cause {id} ({})",
            group.cause.as_deref().unwrap_or("no text")
        ),
        (None, None) => format!(
            "no cause id ({})",
            group.cause.as_deref().unwrap_or("no text")
        ),
    }
}

pub fn none(scope: &str) -> Finding {
    Finding::new(
        Code::SuspendedNone,
        Status::Pass,
        scope,
        format!("No suspended tickets{scope}."),
    )
}

/// The table: one row per cause.
pub fn summary(groups: &[(Option<&Cause>, &Group)], total: usize) -> Finding {
    let rows: Vec<Value> = groups
        .iter()
        .map(|(cause, group)| {
            json!({
                "cause_id": group.cause_id,
                "cause": cause_label(*cause, group),
                "count": group.count,
                "oldest": date(group.oldest),
                "means": cause.map_or("Not documented.", |c| c.means),
                "fix": cause.map_or(Code::SuspendedCauseUnknown.doc().fix, |c| c.fix),
            })
        })
        .collect();
    Finding::new(
        Code::SuspendedSummary,
        Status::Info,
        "suspended tickets",
        format!(
            "{total} suspended ticket(s) under {} cause(s).",
            groups.len()
        ),
    )
    .evidence("total", total)
    .evidence("causes", rows)
}

/// One cause's group, with every ticket id.
pub fn group(cause: Option<&Cause>, group: &Group) -> Finding {
    let (code, status) = match cause.map(|c| c.weight) {
        Some(Weight::AllMail) => (Code::SuspendedCauseAllMail, Status::Fail),
        Some(Weight::Customer) => (Code::SuspendedCauseCustomerMail, Status::Warn),
        Some(Weight::Noise) => (Code::SuspendedCauseNoise, Status::Info),
        None => (Code::SuspendedCauseUnknown, Status::Warn),
    };
    let label = cause_label(cause, group);
    let means = cause.map_or("Zendesk did not document this cause.", |c| c.means);
    let fix = cause.map_or(Code::SuspendedCauseUnknown.doc().fix, |c| c.fix);
    Finding::new(
        code,
        status,
        label.clone(),
        format!(
            "{label}: {} ticket(s), newest {}, oldest {}. {means}",
            group.count,
            date(group.newest).as_str().unwrap_or("unknown"),
            date(group.oldest).as_str().unwrap_or("unknown"),
        ),
    )
    .evidence("cause_id", group.cause_id)
    .evidence(
        "cause_name",
        cause.map_or(Value::Null, |c| Value::from(c.name)),
    )
    .evidence("cause", group.cause.clone())
    .evidence("count", group.count)
    .evidence("newest", date(group.newest))
    .evidence("oldest", date(group.oldest))
    .evidence(
        "top_sender_domains",
        counted(top(&group.domains, 5), "domain"),
    )
    .evidence("recipients", counted(top(&group.recipients, 10), "address"))
    .evidence("ticket_ids", group.ids.clone())
    .help(fix)
}

pub fn known_spam_sender(sender: &str, spam: usize, solved: u64) -> Finding {
    Finding::new(
        Code::SuspendedSpamKnownSender,
        Status::Warn,
        sender,
        format!(
            "{spam} email(s) from {sender} were suspended as spam, but {sender} has {solved} solved ticket(s): a real customer's mail."
        ),
    )
    .evidence("sender", sender)
    .evidence("suspended_as_spam", spam)
    .evidence("solved_tickets", solved)
    .help(Code::SuspendedSpamKnownSender.doc().fix)
}

pub fn deletion_soon(count: usize, first: i64, ids: &[u64]) -> Finding {
    let first = when::format(first);
    Finding::new(
        Code::SuspendedDeletionSoon,
        Status::Warn,
        "suspended tickets",
        format!(
            "{count} suspended ticket(s) will be deleted by Zendesk within 2 days, the first on {first}."
        ),
    )
    .evidence("count", count)
    .evidence("first_deletion", first.clone())
    .evidence("ticket_ids", ids.to_vec())
    .help(format!(
        "Review them before {first} and recover the real ones (zdiag suspended --recover ID...)."
    ))
}

pub fn sender_authentication(settings: Option<&AccountSettings>) -> Finding {
    let email = settings.map(|s| &s.email);
    let enabled = email.and_then(|e| e.email_sender_authentication);
    let profile = email.and_then(|e| e.email_sender_authentication_profile.clone());
    let message = match (enabled, &profile) {
        (Some(true), Some(p)) => format!(
            "Sender authentication is on (profile {p}): mail failing SPF, DKIM or DMARC alignment is suspended with cause 26."
        ),
        (Some(true), None) => "Sender authentication is on: mail failing SPF, DKIM or DMARC alignment is suspended with cause 26.".to_string(),
        (Some(false), _) => "Sender authentication is off now; these tickets were suspended while it was on.".to_string(),
        (None, _) => "The account's sender authentication setting could not be read (it needs an admin's token).".to_string(),
    };
    Finding::new(
        Code::SuspendedSenderAuthentication,
        Status::Info,
        "email_sender_authentication",
        message,
    )
    .evidence("email_sender_authentication", enabled)
    .evidence("email_sender_authentication_profile", profile)
}

pub fn sender_domain(domain: &SenderDomain) -> Finding {
    let spf = domain.spf.as_deref().unwrap_or("SPF unknown");
    let dmarc = domain.dmarc.as_deref().unwrap_or("DMARC unknown");
    let name = &domain.domain;
    let count = domain.count;
    let (message, help) = if domain.spf.as_deref() == Some(super::groups::NO_DOMAIN) {
        (
            format!(
                "{name} does not exist in DNS: mail claiming to be from it cannot pass SPF, DKIM or DMARC. {count} ticket(s) suspended."
            ),
            "Check the sender's address: a typo, a forged sender (then it is spam), or a domain that has lapsed.".to_string(),
        )
    } else {
        let ask = match (&domain.spf_ok, &domain.dmarc_ok) {
            (Some(false), _) => "publish SPF listing their mail servers, and sign with DKIM",
            (_, Some(false)) => {
                "sign their mail with DKIM aligned to their domain, and publish a DMARC policy"
            }
            _ => {
                "check that their mail is DKIM-signed for their own domain (their SPF and DMARC look sound: a missing or unaligned signature, or a forward that broke SPF, is the likely cause)"
            }
        };
        (
            format!(
                "{name} {spf} and {dmarc}: ask the sender's IT to {ask}. {count} ticket(s) suspended."
            ),
            format!("Ask {name}'s IT to {ask}; meanwhile recover their tickets."),
        )
    };
    Finding::new(
        Code::SuspendedSenderDomain,
        Status::Warn,
        name.clone(),
        message,
    )
    .evidence("domain", name.clone())
    .evidence("count", count)
    .evidence("spf", spf)
    .evidence("dmarc", dmarc)
    .evidence("findings", domain.codes.clone())
    .help(help)
}

pub fn sender_domain_unchecked(domain: &SenderDomain) -> Finding {
    Finding::new(
        Code::SuspendedSenderDomainUnchecked,
        Status::Error,
        domain.domain.clone(),
        format!(
            "Could not check {}: {}.",
            domain.domain,
            domain.unchecked.join("; ")
        ),
    )
    .evidence("domain", domain.domain.clone())
    .evidence("count", domain.count)
    .help(Code::SuspendedSenderDomainUnchecked.doc().fix)
}

pub fn from_support_address(cause_id: i64, sender: &str, count: usize, ours: bool) -> Finding {
    let status = if cause_id == 22 {
        Status::Fail
    } else {
        Status::Warn
    };
    let message = if ours {
        format!(
            "{count} suspended ticket(s) (cause {cause_id}) were sent from {sender}, one of your own support addresses: a forwarding rule or another system is re-sending Zendesk's mail to Zendesk."
        )
    } else {
        format!(
            "{count} suspended ticket(s) (cause {cause_id}) came from {sender}: something sends to Zendesk in a loop (an auto-responder, a forwarding rule, another helpdesk)."
        )
    };
    Finding::new(
        Code::SuspendedFromSupportAddress,
        status,
        sender,
        message,
    )
    .evidence("sender", sender)
    .evidence("cause_id", cause_id)
    .evidence("count", count)
    .evidence("support_address", ours)
    .help(format!(
        "Find the rule or system that sends mail as {sender} to Zendesk and stop it; forward server-side, never from a mail client."
    ))
}

pub fn bounce(notice: &Notice) -> Vec<Finding> {
    let ticket = match notice.ticket_id {
        Some(id) => format!("the reply on ticket #{id}"),
        None => "a message from Zendesk (ticket not found)".to_string(),
    };
    notice
        .recipients
        .iter()
        .map(|r| {
            let (status, after) = match r.hard_or_soft {
                HardOrSoft::Hard => (Status::Warn, "it will not be retried"),
                HardOrSoft::Soft => (Status::Info, "it will be retried"),
                HardOrSoft::None => (Status::Info, "nothing to retry"),
            };
            let kind = match r.hard_or_soft {
                HardOrSoft::Hard => "hard",
                HardOrSoft::Soft => "soft",
                HardOrSoft::None => "not a failure",
            };
            Finding::new(
                Code::SuspendedBounce,
                status,
                r.address.clone(),
                format!(
                    "{ticket} to {} bounced: {} ({kind}), {after}.",
                    r.address,
                    r.category.replace('-', " ")
                ),
            )
            .evidence("suspended_ticket_id", notice.suspended_id)
            .evidence("ticket_id", notice.ticket_id)
            .evidence("linked_by", notice.linked_by)
            .evidence("recipient", r.address.clone())
            .evidence("category", r.category)
            .evidence("reason", r.reason)
            .evidence("hard_or_soft", r.hard_or_soft.as_str())
            .evidence("diagnostic", r.diagnostic.clone())
            .evidence("original_message_id", notice.original_message_id.clone())
            .evidence("original_subject", notice.original_subject.clone())
            .evidence("zendesk_refs", notice.zendesk_refs.clone())
            .evidence("received", date(notice.created))
            .help(r.advice)
        })
        .collect()
}

pub fn recovery(result: &Recovery) -> Finding {
    if result.recovered {
        Finding::new(
            Code::SuspendedRecovered,
            Status::Pass,
            result.id.to_string(),
            format!("Suspended ticket {} recovered.", result.id),
        )
        .evidence("suspended_ticket_id", result.id)
    } else {
        Finding::new(
            Code::SuspendedRecoverFailed,
            Status::Fail,
            result.id.to_string(),
            format!(
                "Suspended ticket {} was not recovered: {}.",
                result.id,
                result.detail.as_deref().unwrap_or("Zendesk gave no reason")
            ),
        )
        .evidence("suspended_ticket_id", result.id)
        .evidence("detail", result.detail.clone())
        .help(Code::SuspendedRecoverFailed.doc().fix)
    }
}

pub fn message_found(found: &Found) -> Finding {
    let cause = found.cause_id.and_then(super::causes::by_id).map_or_else(
        || {
            found
                .cause
                .clone()
                .unwrap_or_else(|| "an unknown cause".into())
        },
        |c| format!("{} ({})", c.description, c.name),
    );
    let fix = found
        .cause_id
        .and_then(super::causes::by_id)
        .map_or("", |c| c.fix);
    Finding::new(
        Code::SuspendedMessageFound,
        Status::Warn,
        found.id.to_string(),
        format!(
            "The message is suspended ticket {} (matched by {}): {cause}.",
            found.id, found.matched_by
        ),
    )
    .evidence("suspended_ticket_id", found.id)
    .evidence("cause_id", found.cause_id)
    .evidence("matched_by", found.matched_by)
    .evidence("received", date(found.created))
    .evidence("recover", format!("zdiag suspended --recover {}", found.id))
    .help(format!(
        "Recover it: zdiag suspended --recover {}. {fix}",
        found.id
    ))
}

pub fn message_not_found(subject: &str) -> Finding {
    Finding::new(
        Code::SuspendedMessageNotFound,
        Status::Info,
        subject,
        "No suspended ticket matches the message: it was not held in the Suspended tickets view.",
    )
    .help(Code::SuspendedMessageNotFound.doc().fix)
}
