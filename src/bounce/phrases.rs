//! Phrase tables: what remote servers write for each reason, lower-cased.
//!
//! The phrases are Sisimai 5's (BSD 2-Clause, Copyright (c) 2014-2018
//! azumakuniyuki; the full notice is at the end of status.rs): each table is
//! the `$index` and `$pairs` lists of the `Sisimai/Reason/*.pm` module named
//! above it, lower-cased, so that reasons compare row by row with it. `ANY`
//! phrases match anywhere; `ALIGNED` pieces must all appear, in order.
//! Every phrase of every class is compiled into one Aho-Corasick automaton, run
//! once per diagnostic: the cost does not grow with the number of phrases.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

/// The pattern classes, in a fixed order (the bit of each in [`Hits`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Class {
    MailboxFull,
    MesgTooBig,
    ExceedLimit,
    Suspend,
    HasMoved,
    NoRelaying,
    AuthFailure,
    UserUnknown,
    Filtered,
    RequirePtr,
    NotCompliantRfc,
    BadReputation,
    ContentError,
    Rejected,
    RejectedNot,
    HostUnknown,
    SpamDetected,
    Speeding,
    TooManyConn,
    Blocked,
    VirusDetected,
    PolicyViolation,
    SystemError,
    NetworkError,
    SystemFull,
    NotAccept,
    Expired,
    FailedStartTls,
    SecurityError,
    MailerError,
    Vacation,
}

impl Class {
    pub fn reason(self) -> &'static str {
        match self {
            Class::MailboxFull => "mailboxfull",
            Class::MesgTooBig => "mesgtoobig",
            Class::ExceedLimit => "exceedlimit",
            Class::Suspend => "suspend",
            Class::HasMoved => "hasmoved",
            Class::NoRelaying => "norelaying",
            Class::AuthFailure => "authfailure",
            Class::UserUnknown => "userunknown",
            Class::Filtered => "filtered",
            Class::RequirePtr => "requireptr",
            Class::NotCompliantRfc => "notcompliantrfc",
            Class::BadReputation => "badreputation",
            Class::ContentError => "contenterror",
            Class::Rejected | Class::RejectedNot => "rejected",
            Class::HostUnknown => "hostunknown",
            Class::SpamDetected => "spamdetected",
            Class::Speeding => "speeding",
            Class::TooManyConn => "toomanyconn",
            Class::Blocked => "blocked",
            Class::VirusDetected => "virusdetected",
            Class::PolicyViolation => "policyviolation",
            Class::SystemError => "systemerror",
            Class::NetworkError => "networkerror",
            Class::SystemFull => "systemfull",
            Class::NotAccept => "notaccept",
            Class::Expired => "expired",
            Class::FailedStartTls => "failedstarttls",
            Class::SecurityError => "securityerror",
            Class::MailerError => "mailererror",
            Class::Vacation => "vacation",
        }
    }
}

/// The classes whose phrases a text contains, the first provider phrase
/// (`PROVIDER_PHRASES`) it contains, whether it holds some MTA's own wording
/// (`lhost::wording`) and the SMTP command it names first
/// (`extract::command_in_lower`): all found in one pass over the text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Hits {
    classes: u64,
    provider_phrase: Option<usize>,
    mta_wording: bool,
    /// Where the first command phrase starts, and its index in `COMMANDS`.
    command: Option<(usize, usize)>,
}

impl Hits {
    pub fn has(self, class: Class) -> bool {
        let bit = 1u64 << class as u8;
        if class == Class::Rejected {
            // "recipient address rejected" and the like are not about the sender.
            return self.classes & bit != 0 && self.classes & (1 << Class::RejectedNot as u8) == 0;
        }
        self.classes & bit != 0
    }

    /// The index in `PROVIDER_PHRASES` of the earliest phrase found.
    pub fn provider_phrase(self) -> Option<usize> {
        self.provider_phrase
    }

    /// Does the text hold some MTA's own wording (any module's phrase)?
    pub fn mta_wording(self) -> bool {
        self.mta_wording
    }

    /// The SMTP command the text names first, as `extract::command_in_lower`
    /// finds it: the phrase that starts first, the one listed first among those.
    pub fn command(self) -> Option<&'static str> {
        self.command.map(|(_, at)| super::extract::COMMANDS[at].1)
    }
}

type Table = (
    Class,
    &'static [&'static str],
    &'static [&'static [&'static str]],
);

const TABLES: &[Table] = &[
    // Sisimai/Reason/MailboxFull.pm
    (
        Class::MailboxFull,
        &[
            "452 insufficient disk space",
            "account disabled temporarly for exceeding receiving limits",
            "account is exceeding their quota",
            "account is over quota",
            "account is temporarily over quota",
            "boite du destinataire pleine",
            "delivery failed: over quota",
            "disc quota exceeded",
            "diskspace quota",
            "does not have enough space",
            "exceeded storage allocation",
            "exceeding its mailbox quota",
            "full mailbox",
            "is over disk quota",
            "is over quota temporarily",
            "mail file size exceeds the maximum size allowed for mail delivery",
            "mail quota exceeded",
            "mailbox exceeded the local limit",
            "mailbox exceeds allowed size",
            "mailbox full",
            "mailbox has exceeded its disk space limit",
            "mailbox over quota",
            "mailbox quota usage exceeded",
            "mailbox size limit exceeded",
            "mailbox would exceed maximum allowed storage",
            "maildir delivery failed: domaindisk quota ",
            "maildir delivery failed: userdisk quota ",
            "maildir over quota",
            "mailfolder is full",
            "no space left on device",
            "not enough storage space in",
            "not sufficient disk space",
            "over the allowed quota",
            "quota exceeded",
            "quota violation for",
            "recipient reached disk quota",
            "recipient rejected: mailbox would exceed maximum allowed storage",
            "the recipient mailbox has exceeded its disk space limit",
            "too much mail data",
            "user has exceeded quota, bouncing mail",
            "user has too many messages on the server",
            "user's space has been used up",
        ],
        &[
            &["account is ", " quota"],
            &["disk", "quota"],
            &["enough ", " space"],
            &["mailbox ", "exceeded", " limit"],
            &["mailbox ", "full"],
            &["mailbox ", "quota"],
            &["maildir ", "quota"],
            &["over ", "quota"],
            &["quota ", "exceeded"],
        ],
    ),
    // Sisimai/Reason/MesgTooBig.pm
    (
        Class::MesgTooBig,
        &[
            "exceeded maximum inbound message size",
            "exceeded the maximum incoming message size",
            "line limit exceeded",
            "max message size exceeded",
            "message file too big",
            "message length exceeds administrative limit",
            "message size exceeds fixed limit",
            "message size exceeds fixed maximum message size",
            "message size exceeds maximum value",
            "message too big",
            "message too large for this ",
            "size limit",
            "taille limite du message atteinte",
        ],
        &[],
    ),
    // Sisimai/Reason/ExceedLimit.pm
    (
        Class::ExceedLimit,
        &["message header size exceeds limit", "message too large"],
        &[],
    ),
    // Sisimai/Reason/Suspend.pm
    (
        Class::Suspend,
        &[
            " is currently suspended",
            " temporary locked",
            "archived recipient",
            "boite du destinataire archivee",
            "email account that you tried to reach is disabled",
            "has been suspended",
            "inactive account",
            "invalid/inactive user",
            "is a deactivated mailbox",
            "is unavailable: user is terminated",
            "mailbox currently suspended",
            "mailbox disabled",
            "mailbox is frozen",
            "mailbox unavailable or access denied",
            "recipient rejected: temporarily inactive",
            "recipient suspend the service",
            "the email account that you tried to reach is inactive",
            "this account has been disabled or discontinued",
            "this account has been temporarily suspended",
            "this address no longer accepts mail",
            "this mailbox is disabled",
            "user or domain is disabled",
            "user suspended",
            "vdelivermail: account is locked email bounced",
        ],
        &[],
    ),
    // Sisimai/Reason/HasMoved.pm
    (Class::HasMoved, &[" has been replaced by "], &[]),
    // Sisimai/Reason/NoRelaying.pm
    (
        Class::NoRelaying,
        &[
            "as a relay",
            "email address is not verified.",
            "insecure mail relay",
            "is not permitted to relay through this server without authentication",
            "mail server requires authentication when attempting to send to a non-local e-mail address",
            "no relaying",
            "not a gateway",
            "not allowed to relay through this machine",
            "not an open relay, so get lost",
            "not local host",
            "relay access denied",
            "relay denied",
            "relay not permitted",
            "relaying denied",
            "relaying mail to ",
            "specified domain is not allowed",
            "that domain isn't in my list of allowed rcpthost",
            "this system is not configured to relay mail",
            "unable to relay ",
            "we don't handle mail for",
        ],
        &[],
    ),
    // Sisimai/Reason/AuthFailure.pm
    (
        Class::AuthFailure,
        &[
            "//spf.pobox.com",
            "bad spf records for",
            "dmarc policy",
            "doesn't meet the required authentication level",
            "please inspect your spf settings",
            "sender policy framework (spf) fail",
            "sender policy framework violation",
            "spf (sender policy framework) domain authentication fail",
            "spf check: fail",
            "the 5322.from address doesn't meet the authentication requirements defined for the sender",
        ],
        &[
            &[" is not allowed to send mail.", "_401"],
            &["is not allowed to send from <", " per it's spf record"],
        ],
    ),
    // Sisimai/Reason/UserUnknown.pm
    (
        Class::UserUnknown,
        &[
            "#5.1.1 bad address",
            "550 address invalid",
            "5.1.0 address rejected.",
            "address does not exist",
            "address not present in directory",
            "address unknown",
            "can't accept user",
            "does not exist.",
            "destination addresses were unknown",
            "destination server rejected recipients",
            "email address does not exist",
            "email address could not be found",
            "invalid address",
            "invalid mailbox",
            "invalid mailbox path",
            "invalid recipient",
            "is not a known user",
            "is not a valid mailbox",
            "is not an active address at this host",
            "mailbox does not exist",
            "mailbox invalid",
            "mailbox is inactive",
            "mailbox is unavailable",
            "mailbox not present",
            "mailbox not found",
            "mailbox unavaiable",
            "nessun utente simile in questo indirizzo",
            "no account by that name here",
            "no existe dicha persona",
            "no existe ese usuario ",
            "no mail box available for this user",
            "no mailbox by that name is currently available",
            "no mailbox found",
            "no such address here",
            "no such mailbox",
            "no such person at this address",
            "no such recipient",
            "no such user",
            "no thank you rejected: account unavailable",
            "no valid recipients, bye",
            "not a valid recipient",
            "not a valid user here",
            "not a local address",
            "not email addresses",
            "recipient address rejected. (in reply to rcpt to command)",
            "recipient address rejected: access denied",
            "recipient address rejected: invalid user",
            "recipient address rejected: invalid-recipient",
            "recipient address rejected: unknown user",
            "recipient address rejected: userunknown",
            "recipient does not exist",
            "recipient is not accepted",
            "recipient is not local",
            "recipient not exist",
            "recipient not found",
            "recipient not ok",
            "recipient refuses to accept your mail",
            "recipient unknown",
            "requested action not taken: mailbox unavailable",
            "resolver.adr.recipient notfound",
            "sorry, user unknown",
            "sorry, badrcptto",
            "sorry, no mailbox here by that name",
            "sorry, your envelope recipient has been denied",
            "that domain or user isn't in my list of allowed rcpthosts",
            "the email account that you tried to reach does not exist",
            "the following recipients was undeliverable",
            "the user's email name is not found",
            "there is no one at this address",
            "this address no longer accepts mail",
            "this email address is wrong or no longer valid",
            "this recipient is in my badrecipientto list",
            "this recipient is not in my validrcptto list",
            "this spectator does not exist",
            "unknown mailbox",
            "unknown recipient",
            "unknown user",
            "user does not exist",
            "user missing home directory",
            "user not active",
            "user not exist",
            "user not found",
            "user not known",
            "user unknown",
            "utilisateur inconnu !",
            "vdeliver: invalid or unknown virtual user",
            "weil die adresse nicht gefunden wurde oder keine e-mails empfangen kann",
            "your envelope recipient is in my badrcptto list",
        ],
        &[
            &["<", "> not found"],
            &["<", ">... blocked by "],
            &["account ", " does not exist at the organization"],
            &[
                "adresse d au moins un destinataire invalide. invalid recipient.",
                "416",
            ],
            &[
                "adresse d au moins un destinataire invalide. invalid recipient.",
                "418",
            ],
            &["bad", "recipient"],
            &["mailbox ", "does not exist"],
            &["mailbox ", "unavailable or access denied"],
            &["no ", " in name directory"],
            &["non", "existent user"],
            &["rcpt <", " does not exist"],
            &["rcpt (", "t exist "],
            &["recipient ", " was not found in"],
            &["recipient address rejected: user ", "  does not exist"],
            &["recipient address rejected: user unknown in ", "  table"],
            &["said: 550", "5.1.1 ", " user unknown "],
            &["this user doesn't have a ", " account"],
            &["unknown e", "mail address"],
            &["unknown local", "part"],
            &["user ", " was not found"],
            &["user ", " does not exist"],
            &["user (", ") unknown"],
        ],
    ),
    // Sisimai/Reason/Filtered.pm
    (
        Class::Filtered,
        &[
            "account is protected by",
            "because the recipient is only accepting mail from specific email addresses",
            "bounced address",
            "due to extended inactivity new mail is not currently being accepted for this mailbox",
            "has restricted sms e-mail",
            "is not accepting any mail",
            "message filtered",
            "message rejected due to user rules",
            "not found recipient account",
            "recipient id refuse to receive mail",
            "recipient is only accepting mail from specific email addresses",
            "refused due to recipient preferences",
            "resolver.rst.notauthorized",
            "this account is protected by",
            "user not found",
            "user refuses to receive this mail",
            "user reject",
            "we failed to deliver mail because the following address recipient id refuse to receive mail",
            "you have been blocked by the recipient",
        ],
        &[],
    ),
    // Sisimai/Reason/RequirePTR.pm
    (
        Class::RequirePtr,
        &[
            "access denied. ip name lookup failed",
            "all mail servers must have a ptr record with a valid reverse dns entry",
            "bad dns ptr resource record",
            "cannot find your hostname",
            "cannot resolve your address.",
            "client host rejected: cannot find your hostname",
            "fix reverse dns for ",
            "ips with missing ptr records",
            "no ptr record found.",
            "please get a custom reverse dns name from your isp for your host",
            "ptr record setup",
            "reverse dns failed",
            "reverse dns required",
            "sender ip reverse lookup rejected",
            "the ip address sending this message does not have a ptr record setup",
            "the corresponding forward dns entry does not point to the sending ip",
            "this system will not accept messages from servers/devices with no reverse dns",
            "unresolvable relay host name",
            "we do not accept mail from hosts with dynamic ip or generic dns ptr-records",
        ],
        &[
            &["domain ", " mismatches client ip"],
            &["dns lookup failure: ", " try again later"],
            &["reverse dns lookup for host ", " failed permanently"],
            &[
                "server access ",
                " forbidden by invalid rdns record of your mail server",
            ],
            &["service permits ", " unverifyable sending ips"],
        ],
    ),
    // Sisimai/Reason/NotCompliantRFC.pm
    (
        Class::NotCompliantRfc,
        &[
            "duplicate header",
            "this message is not rfc 5322 compliant",
            "https://support.google.com/mail/?p=rfcmessagenoncompliant",
        ],
        &[&[" multiple ", " header"]],
    ),
    // Sisimai/Reason/BadReputation.pm
    (
        Class::BadReputation,
        &[
            "a poor email reputation score",
            "has been temporarily rate limited due to ip reputation",
            "ip/domain reputation problems",
            "likely suspicious due to the very low reputation",
            "none/bad reputation",
            "temporarily deferred due to unexpected volume or user complaints",
            "the sending mta's poor reputation",
        ],
        &[],
    ),
    // Sisimai/Reason/ContentError.pm
    (
        Class::ContentError,
        &[
            "duplicate header",
            "header size exceeds maximum permitted",
            "improper use of 8-bit data in message header",
            "message header size, or recipient list, exceeds policy limit",
            "message mime complexity exceeds the policy maximum",
            "routing loop detected -- too many received: headers",
            "this message contain invalid mime headers",
            "this message contain improperly-formatted binary content",
            "this message contain text that uses unnecessary base64 encoding",
        ],
        &[],
    ),
    // Sisimai/Reason/Rejected.pm (recipient-side wording that is not about the sender)
    (
        Class::RejectedNot,
        &[
            "5.1.0 address rejected",
            "recipient address rejected",
            "sender ip address rejected",
        ],
        &[],
    ),
    // Sisimai/Reason/Rejected.pm
    (
        Class::Rejected,
        &[
            "access denied (in reply to mail from command)",
            "access denied (sender blacklisted)",
            "mailfrom domain is listed in",
            "address rejected",
            "administrative prohibition",
            "batv failed to verify",
            "batv validation failure",
            "backscatter protection detected an invalid or expired email address",
            "because the sender isn't on the recipient's list of senders to accept mail from",
            "bogus mail from",
            "can't determine purported responsible address",
            "connections not accepted from servers without a valid sender domain",
            "denied [bouncedeny]",
            "denied by secumail valid-address-filter",
            "delivery not authorized, message refused",
            "does not exist e2110",
            "domain of sender address ",
            "email address is on senderfilterconfig list",
            "emetteur invalide",
            "empty envelope senders not allowed",
            "envelope blocked - ",
            "error: no third-party dsns",
            "from: domain is invalid. please provide a valid from:",
            "fully qualified email address required",
            "invalid domain, see <url:",
            "invalid sender",
            "is not a registered gateway user",
            "mail from not owned by user",
            "message rejected: email address is not verified",
            "mx records for ",
            "null sender is not allowed",
            "recipient addresses rejected : access denied",
            "recipient not accepted. (batv: no tag",
            "returned mail not accepted here",
            "rfc 1035 violation: recursive cname records for",
            "rule imposed mailbox access for",
            "sending this from a different address or alias using the ",
            "sender address has been blacklisted",
            "sender email address rejected",
            "sender is in my black list",
            "sender is spammer",
            "sender not pre-approved",
            "sender rejected",
            "sender domain is empty",
            "sender verify failed",
            "sender was rejected",
            "spam reporting address",
            "syntax error: empty email address",
            "the message has been rejected by batv defense",
            "this server does not accept mail from",
            "transaction failed unsigned dsn for",
            "unroutable sender address",
            "you are not allowed to post to this mailing list",
            "you are sending to/from an address that has been blacklisted",
            "your access to submit messages to this e-mail system has been rejected",
            "your email address has been blacklisted",
        ],
        &[],
    ),
    // Sisimai/Reason/HostUnknown.pm
    (
        Class::HostUnknown,
        &[
            "domain does not exist",
            "domain is not reachable",
            "domain must exist",
            "host or domain name not found",
            "host unknown",
            "host unreachable",
            "mail domain mentioned in email address is unknown",
            "name or service not known",
            "no such domain",
            "recipient address rejected: unknown domain name",
            "recipient domain must exist",
            "the account or domain may not exist",
            "unknown host",
            "unroutable address",
            "unrouteable address",
        ],
        &[&["553 ", " does not exist"]],
    ),
    // Sisimai/Reason/SpamDetected.pm
    (
        Class::SpamDetected,
        &[
            " - spam",
            "//www.spamhaus.org/help/help_spam_16.htm",
            "//dsbl.org/help/help_spam_16.htm",
            "//mail.163.com/help/help_spam_16.htm",
            "554 5.7.0 reject, id=",
            "appears to be unsolicited",
            "blacklisted url in message",
            "block for spam",
            "blocked by policy: no spam please",
            "blocked by spamassassin",
            "blocked for abuse. see http://att.net/blocks",
            "cannot be forwarded because it was detected as spam",
            "considered unsolicited bulk e-mail (spam) by our mail filters",
            "content filter rejection",
            "cyberoam anti spam engine has identified this email as a bulk email",
            "denied due to spam list",
            "high probability of spam",
            "is classified as spam and is rejected",
            "listed in work.drbl.imedia.ru",
            "the mail server detected your message as spam and has prevented delivery.",
            "mail appears to be unsolicited",
            "mail content denied",
            "may consider spam",
            "message considered as spam or virus",
            "message contains spam or virus",
            "message content rejected",
            "message detected as spam",
            "message filtered",
            "message filtered. please see the faqs section on spam",
            "message filtered. refer to the troubleshooting page at ",
            "message looks like spam",
            "message is being rejected as it seems to be a spam",
            "message refused by mailmarshal spamprofiler",
            "message refused by trustwave seg spamprofiler",
            "message rejected as spam",
            "message rejected because of unacceptable content",
            "message rejected due to suspected spam content",
            "message rejected for policy reasons",
            "message was rejected for possible spam/virus content",
            "our email server thinks this email is spam",
            "our system has detected that this message is ",
            "probable spam",
            "reject bulk.advertising",
            "rejected: spamassassin score ",
            "rejected - bulk email",
            "rejecting banned content",
            "rejecting mail content",
            "related to content with spam-like characteristics",
            "sender domain listed at ",
            "sending address not accepted due to spam filter",
            "spam blocked",
            "spam check",
            "spam content matched",
            "spam detected",
            "spam email",
            "spam email not accepted",
            "spam message rejected.",
            "spam not accepted",
            "spam refused",
            "spam rejection",
            "spam score ",
            "spambouncer identified spam",
            "spamming not allowed",
            "too many spam complaints",
            "too much spam.",
            "the email message was detected as spam",
            "the message has been rejected by spam filtering engine",
            "the message was rejected due to classification as bulk mail",
            "the content of this message looked like spam",
            "this message appears to be spam",
            "this message has been identified as spam",
            "this message has been scored as spam with a probability",
            "this message was classified as spam",
            "this message was rejected by recurrent pattern detection system",
            "transaction failed spam message not queued",
            "we dont accept spam",
            "your email appears similar to spam we have received before",
            "your email breaches local uribl policy",
            "your email had spam-like ",
            "your email is considered spam",
            "your email is probably spam",
            "your email was detected as spam",
            "your message as spam and has prevented delivery",
            "your message has been temporarily blocked by our filter",
            "your message has been rejected because it appears to be spam",
            "your message has triggered a spam block",
            "your message may contain the spam contents",
            "your message failed several antispam checks",
        ],
        &[
            &["greylisted", " please try again in"],
            &["mail score (", " over "],
            &["mail rejete. mail rejected. ", "506"],
            &[
                "our filters rate at and above ",
                " percent probability of being spam",
            ],
            &["rejected by ", " (spam)"],
            &["rejected due to spam ", "classification"],
            &["rejected due to spam ", "content"],
            &["rule imposed as ", " is blacklisted on"],
            &["spam ", " exceeded"],
            &["this message scored ", " spam points"],
        ],
    ),
    // Sisimai/Reason/Speeding.pm
    (
        Class::Speeding,
        &[
            "mail sent from your ip address has been temporarily rate limited",
            "please try again slower",
            "receiving mail at a rate that prevents additional messages from being delivered",
        ],
        &[],
    ),
    // Sisimai/Reason/TooManyConn.pm
    (
        Class::TooManyConn,
        &[
            "all available ips are at maximum connection limit",
            "connection rate limit exceeded",
            "exceeds per-domain connection limit for",
            "has exceeded the max emails per hour ",
            "throttling failure: daily message quota exceeded",
            "throttling failure: maximum sending rate exceeded",
            "too many connections",
            "too many connections from your host.",
            "too many concurrent smtp connections",
            "too many errors from your ip",
            "too many recipients",
            "too many smtp sessions for this host",
            "trop de connexions, ",
            "we have already made numerous attempts to deliver this message",
        ],
        &[],
    ),
    // Sisimai/Reason/Blocked.pm
    (
        Class::Blocked,
        &[
            " said: 550 blocked",
            "//www.spamcop.net/bl.",
            "bad sender ip address",
            "banned sending ip",
            "blacklisted by",
            "blocked using ",
            "blocked - see http",
            "dnsbl:attrbl",
            "client host rejected: abus detecte gu_eib_02",
            "client host rejected: abus detecte gu_eib_04",
            "client host rejected: may not be mail exchanger",
            "client host rejected: was not authenticated",
            "confirm this mail server",
            "connection dropped",
            "connection refused by",
            "connection reset by peer",
            "connection was dropped by remote host",
            "connections not accepted from ip addresses on spamhaus xbl",
            "currently sending spam see: ",
            "domain does not exist:",
            "dynamic/zombied/spam ips blocked",
            "error: no valid recipients from ",
            "esmtp not accepting connections",
            "extreme bad ip profile",
            "go away",
            "helo command rejected:",
            "host network not allowed",
            "hosts with dynamic ip",
            "invalid ip for sending mail of domain",
            "is in a black list",
            "is not allowed to send mail from",
            "mailfrom domain is listed in spamhaus",
            "no access from mail server",
            "no matches to nameserver query",
            "not currently accepting mail from your ip",
            "part of their network is on our block list",
            "please use the smtp server of your isp",
            "refused - see http",
            "rejected - multi-blacklist",
            "rejected because the sending mta or the sender has not passed validation",
            "rejecting open proxy",
            "sender ip address rejected",
            "server access forbidden by your ip ",
            "service not available, closing transmission channel",
            "smtp error from remote mail server after initial connection:",
            "sorry, that domain isn't in my list of allowed rcpthosts",
            "sorry, your remotehost looks suspiciously like spammer",
            "temporarily deferred due to unexpected volume or user complaints",
            "to submit messages to this e-mail system has been rejected",
            "too many spams from your ip",
            "too many unwanted messages have been sent from the following ip address above",
            "was blocked by ",
            "we do not accept mail from dynamic ips",
            "you are not allowed to connect",
            "you are sending spam",
            "your ip address is listed in the rbl",
            "your network is temporary blacklisted",
            "your server requires confirmation",
        ],
        &[
            &["(", "@", ":blocked)"],
            &["access from ip address ", " blocked"],
            &["client host ", " blocked using"],
            &[
                "connections will not be accepted from ",
                " because the ip is in spamhaus's list",
            ],
            &["dnsbl:rbl ", ">_is_blocked"],
            &["email blocked by ", ".barracudacentral.org"],
            &["email blocked by ", "spamhaus"],
            &["host ", " refused to talk to me: ", " blocked"],
            &["ip ", " is blocked by earthlink"],
            &["is in an ", "rbl on "],
            &["mail server at ", " is blocked"],
            &["mail from ", " refused:"],
            &["mail from ", " refused, see ", "orbs"],
            &["message from ", " rejected based on blacklist"],
            &[
                "messages from ",
                " temporarily deferred due to user complaints",
            ],
            &["server ip ", " listed as abusive"],
            &["sorry! your ip address", " is blocked by rbl"],
            &["the domain ", " is blacklisted"],
            &["the email ", " is blacklisted"],
            &["the ip", " is blacklisted"],
            &[
                "veuillez essayer plus tard. service refused, please try later. ",
                "103",
            ],
            &[
                "veuillez essayer plus tard. service refused, please try later. ",
                "510",
            ],
            &["your access ip", " has been rejected"],
            &["your sender's ip address is listed at ", ".abuseat.org"],
        ],
    ),
    // Sisimai/Reason/VirusDetected.pm
    (
        Class::VirusDetected,
        &[
            "it has a potentially executable attachment",
            "the message was rejected because it contains prohibited virus or spam content",
            "this form of attachment has been used by recent viruses or other malware",
            "virus detected",
            "virus phishing/malicious_url detected",
            "your message was infected with a virus",
        ],
        &[],
    ),
    // Sisimai/Reason/PolicyViolation.pm
    (
        Class::PolicyViolation,
        &[
            "an illegal attachment on your message",
            "because the recipient is not accepting mail with ",
            "by non-member to a members-only list",
            "closed mailing list",
            "denied by policy",
            "email not accepted for policy reasons",
            "email rejected due to security policies",
            "header are not accepted",
            "header error",
            "local policy violation",
            "message bounced due to organizational settings",
            "message given low priority",
            "message not accepted for policy reasons",
            "message rejected due to local policy",
            "messages with multiple addresses",
            "rejected for policy reasons",
            "protocol violation",
            "the email address used to send your message is not subscribed to this group",
            "the message was rejected by organization policy",
            "this message was blocked because its content presents a potential",
            "we do not accept messages containing images or other attachments",
            "you're using a mass mailer",
        ],
        &[&[
            "you have exceeded the",
            "allowable number of posts without solving a captcha",
        ]],
    ),
    // Sisimai/Reason/SystemError.pm
    (
        Class::SystemError,
        &[
            "aliasing/forwarding loop broken",
            "can't create user output file",
            "could not load drd for domain",
            "internal error reading data",
            "internal server error: operation now in progress",
            "interrupted system call",
            "it encountered an error while being processed",
            "it would create a mail loop",
            "local configuration error",
            "local error in processing",
            "loop was found in the mail exchanger",
            "loops back to myself",
            "mail system configuration error",
            "queue file write error",
            "recipient deferred because there is no mdb",
            "remote server is misconfigured",
            "server configuration error",
            "service currently unavailable",
            "system config error",
            "temporary local problem",
            "timeout waiting for input",
            "transaction failed ",
        ],
        &[&["unable to connect ", "daemon"]],
    ),
    // Sisimai/Reason/NetworkError.pm
    (
        Class::NetworkError,
        &[
            "could not connect and send the mail to",
            "dns records for the destination computer could not be found",
            "hop count exceeded - possible mail loop",
            "host is unreachable",
            "host name lookup failure",
            "host not found, try again",
            "mail forwarding loop for ",
            "malformed name server reply",
            "malformed or unexpected name server reply",
            "maximum forwarding loop count exceeded",
            "message looping",
            "message probably in a routing loop",
            "no route to host",
            "too many hops",
            "unable to resolve route ",
            "unrouteable mail domain",
        ],
        &[],
    ),
    // Sisimai/Reason/SystemFull.pm
    (
        Class::SystemFull,
        &[
            "mail system full",
            "requested mail action aborted: exceeded storage allocation",
        ],
        &[],
    ),
    // Sisimai/Reason/NotAccept.pm
    (
        Class::NotAccept,
        &[
            "an mx or srv record indicated no smtp service",
            "couldn't find a mail exchanger",
            "does not accept mail (nullmx)",
            "host/domain does not accept mail",
            "host does not accept mail",
            "mail receiving disabled",
            "name server: .: host not found",
            "no mx record found for domain=",
            "no route for current request",
            "smtp protocol returned a permanent error",
            "type=mx: malformed or unexpected name server reply",
        ],
        &[],
    ),
    // Sisimai/Reason/Expired.pm
    (
        Class::Expired,
        &[
            "connection timed out",
            "could not find a gateway for",
            "delivery attempts will continue to be",
            "delivery expired",
            "delivery time expired",
            "failed to deliver to domain ",
            "giving up on",
            "have been failing for a long time",
            "has been delayed",
            "it has not been collected after",
            "message expired after sitting in queue for",
            "message expired, cannot connect to remote server",
            "message expired, connection refulsed",
            "message timed out",
            "retry time not reached for any host after a long failure period",
            "server did not respond",
            "this message has been in the queue too long",
            "unable to deliver message after multiple retries",
            "was not reachable within the allowed queue period",
            "your message could not be delivered for more than",
        ],
        &[
            &["could not be delivered for", " days"],
            &["delivery failed ", " attempts"],
        ],
    ),
    // Sisimai/Reason/SecurityError.pm (its STARTTLS wording)
    (
        Class::FailedStartTls,
        &[
            "starttls is required to send mail",
            "tls required but not supported",
        ],
        &[],
    ),
    // Sisimai/Reason/SecurityError.pm
    (
        Class::SecurityError,
        &[
            "account not subscribed to ses",
            "authentication credentials invalid",
            "authentication failure",
            "authentication required",
            "authentication turned on in your email client",
            "executable files are not allowed in compressed files",
            "insecure mail relay",
            "recipient address rejected: access denied",
            "sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts",
            "unauthenticated senders not allowed",
            "verification failure",
            "you are not authorized to send mail, authentication is required",
        ],
        &[
            &["authentication failed; server ", " said: "],
            &["authentification invalide", "305"],
            &["authentification requise", "402"],
            &["domain ", " is a dead domain"],
            &[
                "user ",
                " is not authorized to perform ses:sendrawemail on resource",
            ],
        ],
    ),
    // Sisimai/Reason/MailerError.pm
    (
        Class::MailerError,
        &[
            " || exit ",
            "procmail: ",
            "bin/procmail",
            "bin/maidrop",
            "command failed: ",
            "command died with status ",
            "command output:",
            "mailer error",
            "pipe to |/",
            "x-unix; ",
        ],
        &[],
    ),
    // Sisimai/Reason/Vacation.pm
    (
        Class::Vacation,
        &[
            "i am away on vacation",
            "i am away until",
            "i am out of the office",
            "i will be traveling for work on",
        ],
        &[],
    ),
];

/// What providers (Google, Microsoft, Yahoo, Tencent, GoDaddy, ...) mean by their own
/// wording, `(phrase, reason)`, lower-cased, first match wins: [`scan`] finds the
/// first one in the same pass as the generic classes, and its reason is where the
/// general rules start (`rhost::provider_wording`), as an MTA module's would be.
/// Unlike the host-keyed rules of `rhost_data.rs`, these hold whichever host relayed
/// them: the wording names its provider. Each cites where it comes from: a Sisimai
/// 5.1 module, else the provider's documentation or the standard the reply refers to.
pub(crate) const PROVIDER_PHRASES: &[(&str, &str)] = &[
    // Google. Gmail's bounce for a domain publishing a null MX (RFC 7505: it
    // accepts no mail), "... doesn't receive email according to the administrator:
    // returned Null MX".
    (
        "doesn't receive email according to the administrator",
        "notaccept",
    ),
    // Sisimai/Lhost/GSuite.pm.
    ("responded with code nxdomain", "networkerror"),
    // Google's SMTP error reference (support.google.com/a/answer/3726730), 550 5.7.1:
    // a From: with several mailboxes and no Sender: breaks RFC 5322 §3.6.2.
    (
        "messages with multiple addresses in from",
        "notcompliantrfc",
    ),
    // Sisimai/Rhost/Google.pm.
    (
        "the email account that you tried to reach is over quota",
        "mailboxfull",
    ),
    // Microsoft: Sisimai/Lhost/Office365.pm and Exchange2007.pm (the first three;
    // Office365.pm reads "unknown recipient or mailbox unavailable" as a RCPT
    // failure); "DNS query failed" is Exchange Online's 450 4.4.312 (Microsoft's
    // "Mail flow intelligence" documentation); Sisimai/Rhost/Microsoft.pm.
    ("resolver.adr.recipientnotfound", "userunknown"),
    ("resolver.adr.recipnotfound", "userunknown"),
    (
        "remote server returned unknown recipient or mailbox unavailable",
        "userunknown",
    ),
    ("dns query failed", "networkerror"),
    // Sisimai/Rhost/GoDaddy.pm
    ("has sent to too many recipients this hour", "speeding"),
    // Sisimai/Rhost/Tencent.pm
    // Cloudflare Email Routing's 421 4.3.0 when the destination or an Email
    // Worker fails (its postmaster documentation: upstream errors are passed back
    // in the session).
    (
        "upstream error, please check https://developers.cloudflare.com",
        "systemerror",
    ),
    // La Poste (LPN007_426): Sisimai/Rhost/FrancePTT.pm, in French and English.
    ("the recipient account is blocked", "suspend"),
    ("le compte du destinataire est bloque", "suspend"),
    // Zoho's 554 5.7.7 refusal on its content policy (smtpin.zoho.com).
    ("email policy violation detected", "policyviolation"),
    // Sisimai/Rhost/YahooInc.pm
    (
        "delivery error: dd this user doesn't have a ",
        "userunknown",
    ),
    ("this mailbox is disabled (554.30)", "suspend"),
    // Sisimai/Lhost/GSuite.pm
    // Sisimai/Lhost/MessageLabs.pm (Symantec Email Security.cloud)
    // Sisimai/Lhost/IMailServer.pm
    ("invalid final delivery userid", "userunknown"),
];

enum Entry {
    Any(Class),
    /// A phrase of `PROVIDER_PHRASES`, by index.
    Provider(usize),
    /// The pieces, and which of them the automaton looks for: the longest,
    /// so that a short first piece (`<`, `(`) does not fire on every line.
    Aligned(Class, &'static [&'static str], usize),
    /// A phrase of some MTA's own wording.
    MtaWording,
    /// A phrase naming an SMTP command, by index in `extract::COMMANDS`.
    Command(usize),
}

struct Compiled {
    automaton: AhoCorasick,
    /// Per distinct phrase, every class it stands for.
    entries: Vec<Vec<Entry>>,
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let mut patterns: Vec<&'static str> = Vec::new();
    let mut entries: Vec<Vec<Entry>> = Vec::new();
    let mut index = std::collections::HashMap::new();
    let mut add = |phrase: &'static str, entry: Entry| {
        let at = *index.entry(phrase).or_insert_with(|| {
            patterns.push(phrase);
            entries.push(Vec::new());
            patterns.len() - 1
        });
        entries[at].push(entry);
    };
    for (class, any, aligned) in TABLES {
        for phrase in *any {
            add(phrase, Entry::Any(*class));
        }
        for pieces in *aligned {
            let anchor = (0..pieces.len())
                .max_by_key(|&i| (pieces[i].len(), std::cmp::Reverse(i)))
                .expect("an aligned phrase has pieces");
            add(pieces[anchor], Entry::Aligned(*class, pieces, anchor));
        }
    }
    for (at, (phrase, _)) in PROVIDER_PHRASES.iter().enumerate() {
        add(phrase, Entry::Provider(at));
    }
    for phrase in super::lhost::wording() {
        add(phrase, Entry::MtaWording);
    }
    for (at, (phrase, _)) in super::extract::COMMANDS.iter().enumerate() {
        add(phrase, Entry::Command(at));
    }
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .build(&patterns)
        .expect("the phrase tables compile");
    Compiled { automaton, entries }
});

/// Which classes' phrases `lower` (a lower-cased diagnostic) contains, and
/// the rest of [`Hits`].
pub fn scan(lower: &str) -> Hits {
    let compiled = &*COMPILED;
    let mut bits = 0u64;
    let mut provider_phrase: Option<usize> = None;
    let mut mta_wording = false;
    let mut command: Option<(usize, usize)> = None;
    for m in compiled.automaton.find_overlapping_iter(lower) {
        for entry in &compiled.entries[m.pattern().as_usize()] {
            match entry {
                Entry::Any(class) => bits |= 1 << *class as u8,
                Entry::Provider(at) => {
                    provider_phrase = Some(provider_phrase.map_or(*at, |p| p.min(*at)));
                }
                Entry::Aligned(class, pieces, anchor) => {
                    if bits & (1 << *class as u8) == 0
                        && super::text::aligned(&lower[..m.start()], &pieces[..*anchor])
                        && super::text::aligned(&lower[m.end()..], &pieces[anchor + 1..])
                    {
                        bits |= 1 << *class as u8;
                    }
                }
                Entry::MtaWording => mta_wording = true,
                Entry::Command(at) => {
                    let found = (m.start(), *at);
                    command = Some(command.map_or(found, |first| first.min(found)));
                }
            }
        }
    }
    Hits {
        classes: bits,
        provider_phrase,
        mta_wording,
        command,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_finds_classes() {
        let hits = scan(
            "550 5.1.1 <a@b>: recipient address rejected: user unknown in local recipient table",
        );
        assert!(hits.has(Class::UserUnknown));
        assert!(
            !hits.has(Class::Rejected),
            "recipient address rejected is not the sender's"
        );
        assert!(scan("mailbox is full").has(Class::MailboxFull));
        assert!(scan("user over quota").has(Class::MailboxFull));
        assert!(!scan("quota").has(Class::MailboxFull));
    }

    #[test]
    fn mta_wording_is_found_in_the_same_pass() {
        assert!(scan("550 all relevant mx records point to non-existent hosts").mta_wording());
        assert!(scan("... (state 14).").mta_wording());
        assert!(!scan("452 4.2.2 over quota").mta_wording());
    }

    /// Command phrases, some MTAs' wording and filler, in any order.
    fn texts() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let mut phrases: Vec<&'static str> = super::super::extract::COMMANDS
            .iter()
            .map(|(p, _)| *p)
            .collect();
        phrases.extend(super::super::lhost::wording().step_by(7));
        proptest::collection::vec(
            prop_oneof![
                proptest::sample::select(phrases).prop_map(str::to_string),
                "[a-z :<>]{0,6}",
            ],
            0..8,
        )
        .prop_map(|pieces| pieces.concat())
    }

    proptest::proptest! {
        #[test]
        fn the_command_found_is_the_one_a_search_of_its_own_finds(text in texts()) {
            proptest::prop_assert_eq!(
                scan(&text).command(),
                super::super::extract::command_in_lower(&text)
            );
        }

        #[test]
        fn mta_wording_is_found_where_any_module_phrase_is(text in texts()) {
            let held = super::super::lhost::wording().any(|p| text.contains(p));
            proptest::prop_assert_eq!(scan(&text).mta_wording(), held);
        }
    }
}
