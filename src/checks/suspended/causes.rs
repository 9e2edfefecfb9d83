//! Zendesk's suspension causes (`cause_id`, reference §4): name, what each means for the
//! admin and the fix, as the help centre words them. Pure data.

/// How much a cause matters to an admin whose customers' mail goes missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    /// Every message of this kind is lost until the account's set-up changes.
    AllMail,
    /// Real customers' mail can be caught: review and recover.
    Customer,
    /// Expected noise (auto-replies, bounces, system senders): nothing is lost.
    Noise,
}

/// One documented cause.
#[derive(Clone, Copy, Debug)]
pub struct Cause {
    pub id: i64,
    pub name: &'static str,
    /// Zendesk's own wording, as the Suspended tickets view shows it.
    pub description: &'static str,
    pub weight: Weight,
    pub means: &'static str,
    pub fix: &'static str,
}

const fn c(
    id: i64,
    name: &'static str,
    description: &'static str,
    weight: Weight,
    means: &'static str,
    fix: &'static str,
) -> Cause {
    Cause {
        id,
        name,
        description,
        weight,
        means,
        fix,
    }
}

use Weight::{AllMail, Customer, Noise};

/// Every cause Zendesk documents (0-30).
pub const CAUSES: &[Cause] = &[
    c(
        0,
        "spam",
        "Detected as spam",
        Noise,
        "Zendesk's spam filter judged the message spam (at 99% confidence it rejects instead of suspending). A real customer's message is sometimes among them.",
        "Look through them; recover the real ones: recovering teaches the filter, as \"Not spam\" does in a mailbox.",
    ),
    c(
        1,
        "not_on_whitelist",
        "Sender domain not on allowlist",
        Customer,
        "The account accepts mail only from allowlisted domains, and the sender's domain is not on the list.",
        "Add the sender's domain to the allowlist (Admin Center > People > End users), or recover the ticket.",
    ),
    c(
        2,
        "unverified",
        "Submitted by unverified user",
        Customer,
        "The sender has an account whose email address was never verified, and the account requires verified users.",
        "Recover the ticket, and verify the user's address (or relax the setting).",
    ),
    c(
        3,
        "auto_mailer",
        "Automated response mail",
        Noise,
        "Headers mark the message as machine-generated (Auto-Submitted, Precedence: bulk/list): Zendesk never turns such mail into tickets.",
        "Nothing, unless a system must create tickets: have it use the API or the Channels framework instead of email.",
    ),
    c(
        4,
        "loop",
        "Detected as mail loop",
        Customer,
        "Many messages from one sender in a short time, or mail from the address set as the default Reply-To: Zendesk suspends them and blocks the sender for an hour.",
        "Find what re-sends mail to Zendesk (a forwarding rule, an auto-responder, another helpdesk) and stop it; recover the real messages.",
    ),
    c(
        5,
        "unknown_user_update",
        "Unknown user tried to update existing ticket",
        Customer,
        "Someone who is not on the ticket (often a colleague the customer forwarded the thread to) replied to it.",
        "Recover it if the reply belongs on the ticket, and add the person as a CC.",
    ),
    c(
        6,
        "other_user_update",
        "End user only allowed to update their own tickets",
        Customer,
        "An end user replied to a ticket that is not theirs, and the account lets end users update only their own tickets.",
        "Recover it if it belongs on the ticket; add the user as a CC, or allow CCs to update.",
    ),
    c(
        7,
        "auto_delivery_failure",
        "Automated response mail, delivery failed",
        Noise,
        "A bounce: a message Zendesk sent (usually a reply to a customer) could not be delivered, and the mail server's notice landed here.",
        "Read the bounce (zdiag decodes it below): fix the address on the ticket, or tell the customer another way.",
    ),
    c(
        8,
        "auto_vacation",
        "Automated response mail, out of office",
        Noise,
        "An out-of-office or vacation auto-reply: always suspended.",
        "Nothing: they are deleted after 14 days.",
    ),
    c(
        9,
        "system_user",
        "Detected email as being from a system user",
        Noise,
        "The sender is a system address (mailer-daemon@, postmaster@): usually a bounce or a server notice.",
        "Read it if it is a bounce (zdiag decodes it below); otherwise nothing.",
    ),
    c(
        10,
        "unknown_author",
        "Permission denied for unknown email submitter",
        Customer,
        "Only registered users may open tickets by email, and the sender has no account.",
        "Recover the ticket (the user is created), or let anyone submit tickets (Admin Center > People > End users).",
    ),
    c(
        11,
        "blank",
        "Email has no content",
        Noise,
        "The message had no text Zendesk could read (an empty body, or only an attachment it could not parse).",
        "Ask the sender to write again with text in the body.",
    ),
    c(
        12,
        "signup_required",
        "User must sign up to submit email, user notified",
        Customer,
        "The account requires end users to register before they email; Zendesk asked the sender to sign up.",
        "Recover the ticket, or stop requiring registration for email requests.",
    ),
    c(
        13,
        "blocklisted",
        "Email is from a blocklisted sender or domain",
        Customer,
        "The sender or their domain is on the account's blocklist (with the suspend option).",
        "If the sender is a real customer, take them off the blocklist (Admin Center > People > End users) and recover.",
    ),
    c(
        14,
        "backscatter",
        "Backscatter from remote mail server",
        Noise,
        "A bounce or auto-reply for mail the account did not send (spam forged with your address): noise.",
        "Nothing, unless it is a bounce of a real reply (zdiag decodes it below).",
    ),
    c(
        15,
        "disabled",
        "Email integration disabled",
        AllMail,
        "Email is turned off for the account, so no email becomes a ticket.",
        "Turn the email channel back on (Admin Center > Channels > Talk and email > Email), then recover.",
    ),
    c(
        16,
        "to_noreply",
        "Email for \"noreply\" address",
        Noise,
        "Mail sent to a noreply address of the account: nobody is meant to write there.",
        "Nothing; if customers do write there, give them the real support address.",
    ),
    c(
        17,
        "server_lock",
        "Received via unknown mail server",
        Customer,
        "The account accepts mail only through its own mail servers, and this one came another way.",
        "Check the mail-server restriction in the email settings; recover the real messages.",
    ),
    c(
        18,
        "unserviceable_account",
        "Emails do not get processed for expired accounts",
        AllMail,
        "The account's subscription has expired: no email is processed.",
        "Renew the subscription, then recover.",
    ),
    c(
        19,
        "unprocessable_email",
        "Automatic email processing failed",
        Customer,
        "A rare processing failure on Zendesk's side.",
        "Recover the ticket; if it keeps happening, contact Zendesk support with the suspended ticket's id.",
    ),
    c(
        20,
        "unauthenticated_email_update",
        "Permission denied due to unauthenticated email update",
        Customer,
        "A reply to an existing ticket failed authentication, so Zendesk did not trust it to update the ticket.",
        "Recover it if it is genuine; ask the sender's IT to fix SPF/DKIM (see cause 26).",
    ),
    c(
        21,
        "registered_user_logged_out",
        "Submitted by registered user while logged out",
        Customer,
        "A registered user submitted while signed out, and the account requires them to be signed in.",
        "Recover the ticket.",
    ),
    c(
        22,
        "from_support_address",
        "Received from Zendesk Support email address",
        AllMail,
        "The sender is one of the account's own support addresses: loop prevention. Usually a forwarding rule or another system re-sending Zendesk's own mail, or a forward made in a mail client.",
        "Find the rule or system that sends mail as the support address (the address is named below) and stop it; forward server-side, not from a mail client.",
    ),
    c(
        23,
        "from_zendesk_account",
        "Email is from a Zendesk account",
        Noise,
        "Mail from another Zendesk account (notifications between helpdesks): suspended to prevent loops.",
        "Recover it if the other helpdesk writes on a customer's behalf.",
    ),
    c(
        24,
        "content_processor_timed_out",
        "Email took too long to process",
        Customer,
        "The message was too large or complex to process in time.",
        "Recover it; ask the sender to resend with smaller attachments.",
    ),
    c(
        25,
        "malware_detected",
        "Malware detected",
        Noise,
        "An attachment carries malware.",
        "Do not recover it; delete it.",
    ),
    c(
        26,
        "failed_email_authentication",
        "Email authentication failed",
        Customer,
        "Sender authentication is on: the message failed SPF, DKIM or DMARC alignment for the sender's domain. Real customers whose domains are badly set up are caught here.",
        "Recover the real ones; ask the sender's IT to fix their domain (zdiag checks each sender domain below), or use the Default rather than the Enhanced profile.",
    ),
    c(
        27,
        "from_noreply",
        "Email from \"noreply\" address",
        Noise,
        "The sender is a noreply address: automated mail nobody can answer.",
        "Nothing.",
    ),
    c(
        28,
        "account_owner_email_unverified",
        "Submitted by unverified account owner",
        Customer,
        "The account owner's address is not verified yet.",
        "Verify the owner's address (the welcome email), then recover.",
    ),
    c(
        29,
        "malicious_pattern_detected",
        "Content pattern detected as malicious",
        Noise,
        "The content matches a known malicious pattern (phishing).",
        "Do not recover it unless you are sure it is genuine.",
    ),
    c(
        30,
        "number_recipients_exceeded",
        "CCs/followers limit reached",
        Customer,
        "The message had more than 48 addresses in To and CC.",
        "Recover it; ask the sender to write to fewer people at once.",
    ),
];

/// The cause with this id, if documented.
pub fn by_id(id: i64) -> Option<&'static Cause> {
    CAUSES.iter().find(|c| c.id == id)
}

/// `--cause ID|NAME`: an id, a cause name (`failed_email_authentication`) or Zendesk's words.
pub fn parse(text: &str) -> Result<i64, String> {
    let text = text.trim();
    if let Ok(id) = text.parse::<i64>() {
        return Ok(id);
    }
    let wanted = text.to_ascii_lowercase().replace(['-', ' '], "_");
    CAUSES
        .iter()
        .find(|c| c.name == wanted || c.description.eq_ignore_ascii_case(text))
        .map(|c| c.id)
        .ok_or_else(|| {
            crate::report::text::input_error(
                "--cause",
                text,
                "not a suspension cause zdiag knows",
                "give an id (0-30) or a name such as failed_email_authentication, unknown_author, loop",
            )
        })
}

/// Causes under which Zendesk files bounce notices and server notices.
pub fn may_be_bounce(id: Option<i64>) -> bool {
    matches!(id, Some(7 | 9 | 14 | 3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_from_0_to_30_is_documented_once() {
        for id in 0..=30 {
            assert_eq!(CAUSES.iter().filter(|c| c.id == id).count(), 1, "{id}");
        }
        assert!(by_id(31).is_none());
    }

    #[test]
    fn causes_parse_by_id_name_or_words() {
        assert_eq!(parse("26"), Ok(26));
        assert_eq!(parse("failed_email_authentication"), Ok(26));
        assert_eq!(parse("from-support-address"), Ok(22));
        assert_eq!(parse("Detected as mail loop"), Ok(4));
        assert!(parse("nonsense").is_err());
    }
}
