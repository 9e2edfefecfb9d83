//! Sisimai's remote-host rules as data: for each provider, the hosts that name
//! it and what its own wording means there, with the reply or status code the
//! wording must come with. Derived from Sisimai 5.1.0p3, `Sisimai/Rhost.pm`
//! and `Sisimai/Rhost/*.pm` (BSD 2-Clause, Copyright (c) 2014-2018
//! azumakuniyuki; the full notice is at the end of status.rs), lower-cased.
//! Regenerate rather than edit (`scripts/sisimai-rhost-tables.pl`): each
//! module's `$messagesof` table, reasons in alphabetical order, after the rules
//! Sisimai 5.2 and later added or read otherwise (go-sisimai `rhost/for-*.go`,
//! same licence), which come first so that the later reading wins.

use super::{Code, Module, Rule};

pub(super) const MODULES: &[Module] = &[
    // Sisimai/Rhost/Apple.pm
    Module {
        hosts: &[".mail.icloud.com", ".apple.com", ".me.com"],
        rules: &[
            Rule {
                phrase: "s dmarc policy",
                reason: "authfailure",
                code: Code::Any,
            },
            Rule {
                phrase: "blocked for failing both spf and dkim autentication checks",
                reason: "authfailure",
                code: Code::Any,
            },
            Rule {
                phrase: "rejected due to having a domain present in the spamhaus",
                reason: "blocked",
                code: Code::Any,
            },
            Rule {
                phrase: "rejected due to listing in spamhaus",
                reason: "blocked",
                code: Code::Any,
            },
            Rule {
                phrase: "blocked - see https://support.proofpoint.com/dnsbl-lookup",
                reason: "blocked",
                code: Code::Any,
            },
            Rule {
                phrase: "not accepting connections",
                reason: "blocked",
                code: Code::Any,
            },
            Rule {
                phrase: "recipient no longer on server",
                reason: "hasmoved",
                code: Code::Any,
            },
            Rule {
                phrase: "user is over quota",
                reason: "mailboxfull",
                code: Code::Any,
            },
            Rule {
                phrase: "relay access denied",
                reason: "norelaying",
                code: Code::Any,
            },
            Rule {
                phrase: "host/domain does not accept mail",
                reason: "notaccept",
                code: Code::Any,
            },
            Rule {
                phrase: "due to local policy",
                reason: "policyviolation",
                code: Code::Any,
            },
            Rule {
                phrase: "sender address rejected",
                reason: "rejected",
                code: Code::Any,
            },
            Rule {
                phrase: "due to excessive volume",
                reason: "speeding",
                code: Code::Any,
            },
            Rule {
                phrase: "inactive email address",
                reason: "userunknown",
                code: Code::Any,
            },
            Rule {
                phrase: "user does not exist",
                reason: "userunknown",
                code: Code::Any,
            },
            Rule {
                phrase: "unknown or illegal alias",
                reason: "userunknown",
                code: Code::Any,
            },
        ],
    },
    // Sisimai/Rhost/GoDaddy.pm
    Module {
        hosts: &["smtp.secureserver.net", "mailstore1.secureserver.net"],
        rules: &[
            Rule {
                phrase: "rbl reject",
                reason: "blocked",
                code: Code::Any,
            },
            Rule {
                phrase: "www.spamhaus.org/query/bl?ip=",
                reason: "blocked",
                code: Code::Any,
            },
            Rule {
                phrase: "has been in the queue too long",
                reason: "expired",
                code: Code::Any,
            },
            Rule {
                phrase: "delivery timeout",
                reason: "expired",
                code: Code::Any,
            },
            Rule {
                phrase: "account storage limit",
                reason: "mailboxfull",
                code: Code::Any,
            },
            Rule {
                phrase: "message rejected for spam or virus content",
                reason: "spamdetected",
                code: Code::Any,
            },
            Rule {
                phrase: "account disabled",
                reason: "suspend",
                code: Code::Any,
            },
            Rule {
                phrase: "message is looping",
                reason: "systemerror",
                code: Code::Any,
            },
            Rule {
                phrase: "recipient not found",
                reason: "userunknown",
                code: Code::Any,
            },
            Rule {
                phrase: "account does not exist",
                reason: "userunknown",
                code: Code::Any,
            },
        ],
    },
    // Sisimai/Rhost/Google.pm
    Module {
        hosts: &["aspmx.l.google.com", "gmail-smtp-in.l.google.com"],
        rules: &[
            // Sisimai 5.2 and later (go-sisimai rhost/for-google.go)
            Rule {
                phrase: "to add a dmarc record to ",
                reason: "authfailure",
                code: Code::ReplyStatus("421", "4.7.40"),
            },
            Rule {
                phrase: "senders to use tls/ssl for smtp",
                reason: "failedstarttls",
                code: Code::ReplyStatus("421", "4.7.29"),
            },
            Rule {
                phrase: "senders to use tls/ssl for smtp",
                reason: "failedstarttls",
                code: Code::ReplyStatus("550", "5.7.29"),
            },
            Rule {
                phrase: "tls required for rcpt domain",
                reason: "failedstarttls",
                code: Code::ReplyStatus("421", "4.7.0"),
            },
            Rule {
                phrase: "starttls may not be repeated",
                reason: "failedstarttls",
                code: Code::ReplyStatus("454", "5.5.1"),
            },
            Rule {
                phrase: "must issue a starttls command first",
                reason: "failedstarttls",
                code: Code::ReplyStatus("530", "5.7.0"),
            },
            // Sisimai 5.1.0p3 (Sisimai/Rhost/Google.pm)
            Rule {
                phrase: "the spf record of the sending domain",
                reason: "authfailure",
                code: Code::ReplyStatus("451", "4.7.24"),
            },
            Rule {
                phrase: "the spf record of the sending domain",
                reason: "authfailure",
                code: Code::ReplyStatus("550", "5.7.24"),
            },
            Rule {
                phrase: "senders to authenticate with either spf or dkim",
                reason: "authfailure",
                code: Code::ReplyStatus("421", "4.7.26"),
            },
            Rule {
                phrase: "senders to authenticate with either spf or dkim",
                reason: "authfailure",
                code: Code::ReplyStatus("550", "5.7.26"),
            },
            Rule {
                phrase: "fails to pass spf checks for an spf record with a hard fail",
                reason: "authfailure",
                code: Code::ReplyStatus("550", "5.7.26"),
            },
            Rule {
                phrase: "has an spf record with a hard fail policy",
                reason: "authfailure",
                code: Code::ReplyStatus("550", "5.7.26"),
            },
            Rule {
                phrase: "is not accepted due to domain's dmarc policy",
                reason: "authfailure",
                code: Code::ReplyStatus("451", "4.7.26"),
            },
            Rule {
                phrase: "is not accepted due to domain's dmarc policy",
                reason: "authfailure",
                code: Code::ReplyStatus("550", "5.7.26"),
            },
            Rule {
                phrase: "is not accepted due to domain's dmarc policy",
                reason: "authfailure",
                code: Code::ReplyStatus("550", "5.7.26"),
            },
            Rule {
                phrase: "fails to pass authentication checks",
                reason: "authfailure",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "fails to pass authentication checks",
                reason: "authfailure",
                code: Code::ReplyStatus("550", "5.7.26"),
            },
            Rule {
                phrase: "senders to authenticate with spf",
                reason: "authfailure",
                code: Code::ReplyStatus("421", "4.7.27"),
            },
            Rule {
                phrase: "senders to authenticate their email with spf",
                reason: "authfailure",
                code: Code::ReplyStatus("421", "4.7.27"),
            },
            Rule {
                phrase: "senders to authenticate with spf",
                reason: "authfailure",
                code: Code::ReplyStatus("550", "5.7.27"),
            },
            Rule {
                phrase: "senders to authenticate their email with dkim",
                reason: "authfailure",
                code: Code::ReplyStatus("421", "4.7.30"),
            },
            Rule {
                phrase: "senders to authenticate with dkim",
                reason: "authfailure",
                code: Code::ReplyStatus("550", "5.7.30"),
            },
            Rule {
                phrase: "aligned with either the authenticated spf or dkim",
                reason: "authfailure",
                code: Code::ReplyStatus("421", "4.7.32"),
            },
            Rule {
                phrase: "very low reputation of the sending ip address",
                reason: "badreputation",
                code: Code::ReplyStatus("421", "4.7.0"),
            },
            Rule {
                phrase: "very low reputation of the sending domain",
                reason: "badreputation",
                code: Code::ReplyStatus("421", "4.7.0"),
            },
            Rule {
                phrase: "due to the very low reputation of the sending ip address",
                reason: "badreputation",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "due to the very low reputation of the sending domain",
                reason: "badreputation",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "ip not in whitelist for rcpt domain",
                reason: "blocked",
                code: Code::ReplyStatus("421", "4.7.0"),
            },
            Rule {
                phrase: "try again later, closing connection.",
                reason: "blocked",
                code: Code::ReplyStatus("421", "4.7.0"),
            },
            Rule {
                phrase: "empty helo/ehlo argument not allowed",
                reason: "blocked",
                code: Code::ReplyStatus("501", "5.5.4"),
            },
            Rule {
                phrase: "helo/ehlo argument is invalid",
                reason: "blocked",
                code: Code::ReplyStatus("501", "5.5.4"),
            },
            Rule {
                phrase: "an unusual rate of unsolicited mail",
                reason: "blocked",
                code: Code::ReplyStatus("421", "4.7.0"),
            },
            Rule {
                phrase: "an unusual rate of mail",
                reason: "blocked",
                code: Code::ReplyStatus("421", "4.7.28"),
            },
            Rule {
                phrase: "an unusual rate of unsolicited mail",
                reason: "blocked",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "an unusual rate of unsolicited mail",
                reason: "blocked",
                code: Code::ReplyStatus("550", "5.7.28"),
            },
            Rule {
                phrase: "exceeded google's message size limits",
                reason: "exceedlimit",
                code: Code::ReplyStatus("552", "5.2.3"),
            },
            Rule {
                phrase: "exceeds google's limit of limit attachments.",
                reason: "exceedlimit",
                code: Code::ReplyStatus("552", "5.3.4"),
            },
            Rule {
                phrase: "your message exceeded google's message header size limits",
                reason: "exceedlimit",
                code: Code::ReplyStatus("552", "5.3.4"),
            },
            Rule {
                phrase: "bytes per individual header size",
                reason: "exceedlimit",
                code: Code::ReplyStatus("552", "5.3.4"),
            },
            Rule {
                phrase: "exceeds google's header name limit of",
                reason: "exceedlimit",
                code: Code::ReplyStatus("552", "5.3.4"),
            },
            Rule {
                phrase: "exceeds google's message header size limit",
                reason: "exceedlimit",
                code: Code::ReplyStatus("552", "5.3.4"),
            },
            Rule {
                phrase: "connection expired",
                reason: "expired",
                code: Code::ReplyStatus("421", "4.7.0"),
            },
            Rule {
                phrase: "timeout - closing connection",
                reason: "expired",
                code: Code::ReplyStatus("451", "4.4.2"),
            },
            Rule {
                phrase: "inbox is out of storage space",
                reason: "mailboxfull",
                code: Code::ReplyStatus("452", "4.2.2"),
            },
            Rule {
                phrase: "inbox is out of storage space and inactive",
                reason: "mailboxfull",
                code: Code::ReplyStatus("552", "5.2.2"),
            },
            Rule {
                phrase: "is over quota",
                reason: "mailboxfull",
                code: Code::ReplyStatus("452", "4.2.2"),
            },
            Rule {
                phrase: "is over quota",
                reason: "mailboxfull",
                code: Code::ReplyStatus("552", "5.2.2"),
            },
            Rule {
                phrase: "email quota exceeded",
                reason: "mailboxfull",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "exceeded google's message size limits",
                reason: "mesgtoobig",
                code: Code::ReplyStatus("552", "5.3.4"),
            },
            Rule {
                phrase: "exceeds google's message size limit of",
                reason: "mesgtoobig",
                code: Code::ReplyStatus("552", "5.3.4"),
            },
            Rule {
                phrase: "message exceeded 50 hops",
                reason: "networkerror",
                code: Code::ReplyStatus("554", "5.4.6"),
            },
            Rule {
                phrase: "message exceeded 50 hops",
                reason: "networkerror",
                code: Code::ReplyStatus("554", "5.6.0"),
            },
            Rule {
                phrase: "mail relay denied",
                reason: "norelaying",
                code: Code::ReplyStatus("550", "5.7.0"),
            },
            Rule {
                phrase: "invalid credentials for relay",
                reason: "norelaying",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "is not authorized to send email directly to our servers",
                reason: "norelaying",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "missing a valid address in the from: header",
                reason: "notcompliantrfc",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "multiple addresses in from: header are not accepted",
                reason: "notcompliantrfc",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "is not rfc 5322 compliant",
                reason: "notcompliantrfc",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "missing a valid message-id: header",
                reason: "notcompliantrfc",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "contains a unicode character in a disallowed header",
                reason: "notcompliantrfc",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "encoded-word syntax is not permitted",
                reason: "notcompliantrfc",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "is not a valid rfc 5321 address",
                reason: "notcompliantrfc",
                code: Code::ReplyStatus("553", "5.1.7"),
            },
            Rule {
                phrase: "mail message is malformed",
                reason: "notcompliantrfc",
                code: Code::ReplyStatus("554", "5.6.0"),
            },
            Rule {
                phrase: "illegal attachment on your message",
                reason: "policyviolation",
                code: Code::ReplyStatus("552", "5.7.0"),
            },
            Rule {
                phrase: "blocked because its content presents a potential security issue",
                reason: "policyviolation",
                code: Code::ReplyStatus("552", "5.7.0"),
            },
            Rule {
                phrase: "you are sending to (or from) has a policy that prohibited",
                reason: "policyviolation",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "sending messages with the same message-id:",
                reason: "policyviolation",
                code: Code::ReplyStatus("421", "4.7.28"),
            },
            Rule {
                phrase: "mail sending denied",
                reason: "rejected",
                code: Code::ReplyStatus("550", "5.7.0"),
            },
            Rule {
                phrase: "unauthenticated email is not accepted",
                reason: "rejected",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "does not have a ptr record",
                reason: "requireptr",
                code: Code::ReplyStatus("421", "4.7.0"),
            },
            Rule {
                phrase: " have a ptr record, or the ptr record",
                reason: "requireptr",
                code: Code::ReplyStatus("421", "4.7.23"),
            },
            Rule {
                phrase: "does not meet ipv6 sending guidelines regarding ptr records and authentication",
                reason: "requireptr",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "does not have a ptr record",
                reason: "requireptr",
                code: Code::ReplyStatus("550", "5.7.25"),
            },
            Rule {
                phrase: "does not match the ip address of the hostname",
                reason: "requireptr",
                code: Code::ReplyStatus("550", "5.7.25"),
            },
            Rule {
                phrase: "tls required for rcpt domain",
                reason: "securityerror",
                code: Code::ReplyStatus("421", "4.7.0"),
            },
            Rule {
                phrase: "too many login attempts",
                reason: "securityerror",
                code: Code::ReplyStatus("454", "4.7.0"),
            },
            Rule {
                phrase: "cannot decode response",
                reason: "securityerror",
                code: Code::ReplyStatus("501", "5.5.2"),
            },
            Rule {
                phrase: "no identity changes permitted",
                reason: "securityerror",
                code: Code::ReplyStatus("503", "5.7.0"),
            },
            Rule {
                phrase: "authentication required.",
                reason: "securityerror",
                code: Code::ReplyStatus("530", "5.5.1"),
            },
            Rule {
                phrase: "authentication required.",
                reason: "securityerror",
                code: Code::ReplyStatus("530", "5.7.0"),
            },
            Rule {
                phrase: "application-specific password required",
                reason: "securityerror",
                code: Code::ReplyStatus("535", "5.7.1"),
            },
            Rule {
                phrase: "application-specific password required",
                reason: "securityerror",
                code: Code::ReplyStatus("535", "5.7.9"),
            },
            Rule {
                phrase: "please log in with your web browser",
                reason: "securityerror",
                code: Code::ReplyStatus("535", "5.7.1"),
            },
            Rule {
                phrase: "please log in with your web browser",
                reason: "securityerror",
                code: Code::ReplyStatus("534", "5.7.9"),
            },
            Rule {
                phrase: "please log in through your web browser",
                reason: "securityerror",
                code: Code::ReplyStatus("534", "5.7.14"),
            },
            Rule {
                phrase: "username and password not accepted",
                reason: "securityerror",
                code: Code::ReplyStatus("535", "5.7.1"),
            },
            Rule {
                phrase: "username and password not accepted",
                reason: "securityerror",
                code: Code::ReplyStatus("535", "5.7.8"),
            },
            Rule {
                phrase: "senders to use tls/ssl for smtp",
                reason: "securityerror",
                code: Code::ReplyStatus("421", "4.7.29"),
            },
            Rule {
                phrase: "senders to use tls/ssl for smtp",
                reason: "securityerror",
                code: Code::ReplyStatus("550", "5.7.29"),
            },
            Rule {
                phrase: "due to the nature of the content or the links within",
                reason: "spamdetected",
                code: Code::ReplyStatus("421", "4.7.0"),
            },
            Rule {
                phrase: "likely unsolicited mail",
                reason: "spamdetected",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "is receiving mail too quickly",
                reason: "speeding",
                code: Code::ReplyStatus("450", "4.2.1"),
            },
            Rule {
                phrase: "peak smtp relay limit exceeded for customer",
                reason: "speeding",
                code: Code::ReplyStatus("450", "4.2.1"),
            },
            Rule {
                phrase: "rate that prevents additional messages from being delivered",
                reason: "speeding",
                code: Code::ReplyStatus("450", "4.2.1"),
            },
            Rule {
                phrase: "rate that prevents additional messages from being delivered",
                reason: "speeding",
                code: Code::ReplyStatus("550", "5.2.1"),
            },
            Rule {
                phrase: "daily sending quota exceeded",
                reason: "speeding",
                code: Code::ReplyStatus("550", "5.4.5"),
            },
            Rule {
                phrase: "daily user sending limit exceeded",
                reason: "speeding",
                code: Code::ReplyStatus("550", "5.4.5"),
            },
            Rule {
                phrase: "daily smtp relay limit exceeded for",
                reason: "speeding",
                code: Code::ReplyStatus("550", "5.4.5"),
            },
            Rule {
                phrase: "daily smtp relay limit exceeded for",
                reason: "speeding",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "daily smtp relay sending limit exceeded for",
                reason: "speeding",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "this mail has been rate limited",
                reason: "speeding",
                code: Code::ReplyStatus("550", "5.7.1"),
            },
            Rule {
                phrase: "account that you tried to reach is disabled",
                reason: "suspend",
                code: Code::ReplyStatus("550", "5.2.1"),
            },
            Rule {
                phrase: "account that you tried to reach is inactive",
                reason: "suspend",
                code: Code::ReplyStatus("550", "5.2.1"),
            },
            Rule {
                phrase: "smtp protocol violation",
                reason: "syntaxerror",
                code: Code::ReplyStatus("451", "4.5.0"),
            },
            Rule {
                phrase: "smtp protocol violation",
                reason: "syntaxerror",
                code: Code::ReplyStatus("454", "4.5.0"),
            },
            Rule {
                phrase: "smtp protocol violation",
                reason: "syntaxerror",
                code: Code::ReplyStatus("525", "5.7.10"),
            },
            Rule {
                phrase: "optional argument not permitted",
                reason: "syntaxerror",
                code: Code::ReplyStatus("535", "5.5.4"),
            },
            Rule {
                phrase: "starttls may not be repeated",
                reason: "syntaxerror",
                code: Code::ReplyStatus("454", "5.5.1"),
            },
            Rule {
                phrase: "syntax error",
                reason: "syntaxerror",
                code: Code::ReplyStatus("501", "5.7.11"),
            },
            Rule {
                phrase: "syntax error",
                reason: "syntaxerror",
                code: Code::ReplyStatus("501", "5.5.2"),
            },
            Rule {
                phrase: "syntax error",
                reason: "syntaxerror",
                code: Code::ReplyStatus("555", "5.5.2"),
            },
            Rule {
                phrase: "too many unrecognized commands, goodbye",
                reason: "syntaxerror",
                code: Code::ReplyStatus("502", "5.5.1"),
            },
            Rule {
                phrase: "unimplemented command",
                reason: "syntaxerror",
                code: Code::ReplyStatus("502", "5.5.1"),
            },
            Rule {
                phrase: "unrecognized command",
                reason: "syntaxerror",
                code: Code::ReplyStatus("502", "5.5.1"),
            },
            Rule {
                phrase: "bad sequence of commands",
                reason: "syntaxerror",
                code: Code::ReplyStatus("503", "5.5.1"),
            },
            Rule {
                phrase: "ehlo/helo first",
                reason: "syntaxerror",
                code: Code::ReplyStatus("503", "5.5.1"),
            },
            Rule {
                phrase: "mail first",
                reason: "syntaxerror",
                code: Code::ReplyStatus("503", "5.5.1"),
            },
            Rule {
                phrase: "rcpt first",
                reason: "syntaxerror",
                code: Code::ReplyStatus("503", "5.5.1"),
            },
            Rule {
                phrase: "no data after bdat",
                reason: "syntaxerror",
                code: Code::ReplyStatus("503", "5.5.1"),
            },
            Rule {
                phrase: "unrecognized authentication type",
                reason: "syntaxerror",
                code: Code::ReplyStatus("504", "5.7.4"),
            },
            Rule {
                phrase: "xoauth is no longer supported",
                reason: "syntaxerror",
                code: Code::ReplyStatus("504", "5.7.4"),
            },
            Rule {
                phrase: "must issue a starttls command first",
                reason: "syntaxerror",
                code: Code::ReplyStatus("530", "5.7.0"),
            },
            Rule {
                phrase: "too many unauthenticated commands",
                reason: "syntaxerror",
                code: Code::ReplyStatus("554", "5.7.0"),
            },
            Rule {
                phrase: "temporary system problem",
                reason: "systemerror",
                code: Code::ReplyStatus("421", "4.3.0"),
            },
            Rule {
                phrase: "temporary system problem",
                reason: "systemerror",
                code: Code::ReplyStatus("421", "4.7.0"),
            },
            Rule {
                phrase: "server busy",
                reason: "systemerror",
                code: Code::ReplyStatus("421", "4.4.5"),
            },
            Rule {
                phrase: "multiple destination domains per transaction is unsupported",
                reason: "systemerror",
                code: Code::ReplyStatus("451", "4.3.0"),
            },
            Rule {
                phrase: "mail server has temporarily rejected this message",
                reason: "systemerror",
                code: Code::ReplyStatus("451", "4.3.0"),
            },
            Rule {
                phrase: "mail server temporarily rejected message",
                reason: "systemerror",
                code: Code::ReplyStatus("451", "4.3.0"),
            },
            Rule {
                phrase: "domain policy size per transaction exceeded",
                reason: "systemerror",
                code: Code::ReplyStatus("452", "4.5.3"),
            },
            Rule {
                phrase: "cannot authenticate due to temporary system problem",
                reason: "systemerror",
                code: Code::ReplyStatus("454", "4.7.0"),
            },
            Rule {
                phrase: "your message has too many recipients",
                reason: "toomanyconn",
                code: Code::ReplyStatus("452", "4.5.3"),
            },
            Rule {
                phrase: "too many recipients for this sender",
                reason: "toomanyconn",
                code: Code::ReplyStatus("550", "5.5.3"),
            },
            Rule {
                phrase: "the email account that you tried to reach does not exist",
                reason: "userunknown",
                code: Code::ReplyStatus("550", "5.1.1"),
            },
            Rule {
                phrase: "we weren't able to find the recipient domain",
                reason: "userunknown",
                code: Code::ReplyStatus("553", "5.1.2"),
            },
            Rule {
                phrase: "is not a valid rfc 5321 address",
                reason: "userunknown",
                code: Code::ReplyStatus("553", "5.1.3"),
            },
        ],
    },
    // Sisimai/Rhost/KDDI.pm
    Module {
        hosts: &[".ezweb.ne.jp", "msmx.au.com"],
        rules: &[
            Rule {
                phrase: "550 : user unknown",
                reason: "filtered",
                code: Code::Any,
            },
            Rule {
                phrase: ">: user unknown",
                reason: "userunknown",
                code: Code::Any,
            },
        ],
    },
    // Sisimai/Rhost/Microsoft.pm
    Module {
        hosts: &[".prod.outlook.com", ".protection.outlook.com"],
        rules: &[
            // Sisimai 5.2 and later (go-sisimai rhost/for-microsoft.go)
            Rule {
                phrase: "doesn't meet the required authentication level",
                reason: "authfailure",
                code: Code::Status("5.7.515"),
            },
            Rule {
                phrase: "message expired",
                reason: "expired",
                code: Code::Status("5.4.316"),
            },
            Rule {
                phrase: " failed mta-sts validation",
                reason: "failedstarttls",
                code: Code::Status("4.4.8"),
            },
            Rule {
                phrase: " failed mta-sts validation",
                reason: "failedstarttls",
                code: Code::Status("5.4.8"),
            },
            Rule {
                phrase: "starttls is required to send mail",
                reason: "failedstarttls",
                code: Code::Status("4.4.317"),
            },
            Rule {
                phrase: "starttls is required to send mail",
                reason: "failedstarttls",
                code: Code::Status("5.4.317"),
            },
            Rule {
                phrase: "remote certificate failed mta-sts validation",
                reason: "failedstarttls",
                code: Code::Status("4.7.5"),
            },
            Rule {
                phrase: "remote certificate failed mta-sts validation",
                reason: "failedstarttls",
                code: Code::Status("5.7.5"),
            },
            Rule {
                phrase: "restrictdomainstoipaddresses or restrictdomainstocertificate",
                reason: "failedstarttls",
                code: Code::Status("5.7.51"),
            },
            Rule {
                phrase: "starttls-not-supported:",
                reason: "failedstarttls",
                code: Code::Status("4.7.321"),
            },
            Rule {
                phrase: "starttls-not-supported:",
                reason: "failedstarttls",
                code: Code::Status("5.7.321"),
            },
            Rule {
                phrase: "certificate-expired:",
                reason: "failedstarttls",
                code: Code::Status("5.7.322"),
            },
            Rule {
                phrase: "tlsa-invalid:",
                reason: "failedstarttls",
                code: Code::Status("4.7.323"),
            },
            Rule {
                phrase: "tlsa-invalid:",
                reason: "failedstarttls",
                code: Code::Status("5.7.323"),
            },
            Rule {
                phrase: "dnssec-invalid:",
                reason: "failedstarttls",
                code: Code::Status("4.7.324"),
            },
            Rule {
                phrase: "dnssec-invalid:",
                reason: "failedstarttls",
                code: Code::Status("5.7.324"),
            },
            Rule {
                phrase: "certificate-host-mismatch:",
                reason: "failedstarttls",
                code: Code::Status("4.7.325"),
            },
            Rule {
                phrase: "certificate-host-mismatch:",
                reason: "failedstarttls",
                code: Code::Status("5.7.325"),
            },
            Rule {
                phrase: "dns query failed",
                reason: "networkerror",
                code: Code::Status("4.4.312"),
            },
            Rule {
                phrase: "dns query failed",
                reason: "networkerror",
                code: Code::Status("5.4.312"),
            },
            Rule {
                phrase: "connection refused",
                reason: "networkerror",
                code: Code::Status("5.4.316"),
            },
            Rule {
                phrase: "reached your daily limit for message recipients",
                reason: "speeding",
                code: Code::Status("5.1.90"),
            },
            Rule {
                phrase: "recipient's per hour message receive limit",
                reason: "speeding",
                code: Code::Status("5.2.121"),
            },
            Rule {
                phrase: "recipient's per hour message receive limit",
                reason: "speeding",
                code: Code::Status("5.2.122"),
            },
            Rule {
                phrase: "tenant has exceeded threshold",
                reason: "speeding",
                code: Code::StatusRange("5.7.", 700, 749),
            },
            Rule {
                phrase: "traffic not accepted from this ip",
                reason: "speeding",
                code: Code::StatusRange("5.7.", 700, 749),
            },
            Rule {
                phrase: "has exceeded the maximum number of connections",
                reason: "toomanyconn",
                code: Code::Status("4.7.652"),
            },
            Rule {
                phrase: "remote server returned unknown recipient or mailbox unavailable",
                reason: "userunknown",
                code: Code::Status("5.1.351"),
            },
            // Sisimai 5.1.0p3 (Sisimai/Rhost/Microsoft.pm)
            Rule {
                phrase: "must pass either spf or dkim validation, this message is not signed",
                reason: "authfailure",
                code: Code::Status("4.7.26"),
            },
            Rule {
                phrase: "tlsa-invalid: the domain failed dane validation",
                reason: "authfailure",
                code: Code::Status("4.7.323"),
            },
            Rule {
                phrase: "tlsa-invalid: the domain failed dane validation",
                reason: "authfailure",
                code: Code::Status("5.7.323"),
            },
            Rule {
                phrase: "dnssec-invalid: destination domain returned invalid dnssec records",
                reason: "authfailure",
                code: Code::Status("4.7.324"),
            },
            Rule {
                phrase: "dnssec-invalid: destination domain returned invalid dnssec records",
                reason: "authfailure",
                code: Code::Status("5.7.324"),
            },
            Rule {
                phrase: "certificate-host-mismatch: remote certificate must have a common name or subject alternative name matching the hostname (dane)",
                reason: "authfailure",
                code: Code::Status("4.7.325"),
            },
            Rule {
                phrase: "certificate-host-mismatch: remote certificate must have a common name or subject alternative name matching the hostname (dane)",
                reason: "authfailure",
                code: Code::Status("5.7.325"),
            },
            Rule {
                phrase: "the message was rejected because of sender policy framework violation",
                reason: "authfailure",
                code: Code::Status("5.7.23"),
            },
            Rule {
                phrase: "certificate-expired: destination mail server's certificate is expired",
                reason: "authfailure",
                code: Code::Status("5.7.322"),
            },
            Rule {
                phrase: "does not pass dmarc verification",
                reason: "authfailure",
                code: Code::Status("5.7.509"),
            },
            Rule {
                phrase: "has been temporarily rate limited due to ip reputation",
                reason: "badreputation",
                code: Code::Status("4.7.650"),
            },
            Rule {
                phrase: "connection dropped",
                reason: "blocked",
                code: Code::Status("4.4.2"),
            },
            Rule {
                phrase: "access denied, please try again later",
                reason: "blocked",
                code: Code::StatusRange("4.7.", 850, 899),
            },
            Rule {
                phrase: "must have a reverse dns record",
                reason: "blocked",
                code: Code::Status("5.7.25"),
            },
            Rule {
                phrase: "access denied, bad helo",
                reason: "blocked",
                code: Code::Status("5.7.506"),
            },
            Rule {
                phrase: "access denied, rejected by recipient",
                reason: "blocked",
                code: Code::Status("5.7.507"),
            },
            Rule {
                phrase: "does not accept email over ipv6",
                reason: "blocked",
                code: Code::Status("5.7.510"),
            },
            Rule {
                phrase: "access denied, banned sender",
                reason: "blocked",
                code: Code::Status("5.7.511"),
            },
            Rule {
                phrase: "using customer block list",
                reason: "blocked",
                code: Code::Status("5.7.513"),
            },
            Rule {
                phrase: "access denied, banned sending ip ",
                reason: "blocked",
                code: Code::StatusRange("5.7.", 606, 649),
            },
            Rule {
                phrase: "access denied, please try again later",
                reason: "blocked",
                code: Code::StatusRange("4.7.", 500, 699),
            },
            Rule {
                phrase: "invalid domain name",
                reason: "blocked",
                code: Code::Status("5.5.4"),
            },
            Rule {
                phrase: "restrictdomainstoipaddresses or restrictdomainstocertificate",
                reason: "blocked",
                code: Code::Status("5.7.51"),
            },
            Rule {
                phrase: "part of their network is on our block list (s3150)",
                reason: "blocked",
                code: Code::Status("5.7.1"),
            },
            Rule {
                phrase: "too many related errors",
                reason: "contenterror",
                code: Code::Status("5.3.0"),
            },
            Rule {
                phrase: "invalid characters",
                reason: "contenterror",
                code: Code::Status("5.6.11"),
            },
            Rule {
                phrase: "agent generated message depth exceeded",
                reason: "contenterror",
                code: Code::Status("5.4.11"),
            },
            Rule {
                phrase: "invalid message content",
                reason: "contenterror",
                code: Code::Status("5.5.6"),
            },
            Rule {
                phrase: "resolver.rst.recipsizelimit; message too large for this recipient",
                reason: "exceedlimit",
                code: Code::Status("5.2.3"),
            },
            Rule {
                phrase: "connection timed out",
                reason: "expired",
                code: Code::Status("4.4.1"),
            },
            Rule {
                phrase: "message delayed",
                reason: "expired",
                code: Code::Status("4.4.7"),
            },
            Rule {
                phrase: "queue expired; message expired",
                reason: "expired",
                code: Code::Status("4.4.7"),
            },
            Rule {
                phrase: "message expired",
                reason: "expired",
                code: Code::Status("4.4.7"),
            },
            Rule {
                phrase: "message expired",
                reason: "expired",
                code: Code::Status("5.4.300"),
            },
            Rule {
                phrase: "mailbox full",
                reason: "mailboxfull",
                code: Code::Status("5.2.2"),
            },
            Rule {
                phrase: "message size exceeds fixed maximum message size",
                reason: "mesgtoobig",
                code: Code::Status("5.3.4"),
            },
            Rule {
                phrase: "message too big for system",
                reason: "mesgtoobig",
                code: Code::Status("5.3.4"),
            },
            Rule {
                phrase: "smtpsend.dns.nonexistentdomain; nonexistent domain",
                reason: "networkerror",
                code: Code::Status("5.4.4"),
            },
            Rule {
                phrase: "hop count exceeded - possible mail loop",
                reason: "networkerror",
                code: Code::Status("5.4.6"),
            },
            Rule {
                phrase: "connection refused",
                reason: "networkerror",
                code: Code::Status("4.4.316"),
            },
            Rule {
                phrase: "invalid arguments",
                reason: "networkerror",
                code: Code::Status("5.4.4"),
            },
            Rule {
                phrase: "routing loop detected",
                reason: "networkerror",
                code: Code::Status("5.4.6"),
            },
            Rule {
                phrase: "routing loop detected",
                reason: "networkerror",
                code: Code::Status("5.4.14"),
            },
            Rule {
                phrase: "unable to relay",
                reason: "norelaying",
                code: Code::Status("5.7.1"),
            },
            Rule {
                phrase: "client was not authenticated",
                reason: "norelaying",
                code: Code::Status("5.7.1"),
            },
            Rule {
                phrase: "relay access denied",
                reason: "norelaying",
                code: Code::Status("5.4.1"),
            },
            Rule {
                phrase: "unable to relay",
                reason: "norelaying",
                code: Code::Status("5.7.1"),
            },
            Rule {
                phrase: "tenantattribution; relay access denied",
                reason: "norelaying",
                code: Code::Status("5.7.64"),
            },
            Rule {
                phrase: "does not exist",
                reason: "norelaying",
                code: Code::Status("5.4.310"),
            },
            Rule {
                phrase: "system not accepting network messages",
                reason: "notaccept",
                code: Code::Status("4.3.2"),
            },
            Rule {
                phrase: "hosted tenant which has no mail-enabled subscriptions",
                reason: "notaccept",
                code: Code::Status("4.4.4"),
            },
            Rule {
                phrase: "storedrv.deliver: missing or bad storedriver mdb properties",
                reason: "notaccept",
                code: Code::Status("5.3.2"),
            },
            Rule {
                phrase: "x-dg-ref header is too long",
                reason: "policyviolation",
                code: Code::Status("5.0.350"),
            },
            Rule {
                phrase: "requested action not taken: policy violation detected (as345)",
                reason: "policyviolation",
                code: Code::Status("5.0.350"),
            },
            Rule {
                phrase: "delivery not authorized, message refused",
                reason: "policyviolation",
                code: Code::StatusRange("5.7.", 900, 999),
            },
            Rule {
                phrase: "invalid address",
                reason: "rejected",
                code: Code::Status("5.1.7"),
            },
            Rule {
                phrase: "unknown sender address",
                reason: "rejected",
                code: Code::Status("5.1.7"),
            },
            Rule {
                phrase: "sender denied",
                reason: "rejected",
                code: Code::Status("5.1.0"),
            },
            Rule {
                phrase: "access denied, bad outbound sender",
                reason: "rejected",
                code: Code::Status("5.1.8"),
            },
            Rule {
                phrase: "delivery not authorized",
                reason: "rejected",
                code: Code::Status("5.7.1"),
            },
            Rule {
                phrase: "sender was not authenticated by organization",
                reason: "rejected",
                code: Code::Status("5.7.12"),
            },
            Rule {
                phrase: "sender not in allowed-senders list",
                reason: "rejected",
                code: Code::Status("5.7.124"),
            },
            Rule {
                phrase: "sender not authenticated for group",
                reason: "rejected",
                code: Code::Status("5.7.133"),
            },
            Rule {
                phrase: "sender was not authenticated for mailbox",
                reason: "rejected",
                code: Code::Status("5.7.134"),
            },
            Rule {
                phrase: "sender was not authenticated for public folder",
                reason: "rejected",
                code: Code::Status("5.7.13"),
            },
            Rule {
                phrase: "sender was not authenticated for public folder",
                reason: "rejected",
                code: Code::Status("5.7.135"),
            },
            Rule {
                phrase: "sender was not authenticated",
                reason: "rejected",
                code: Code::Status("5.7.136"),
            },
            Rule {
                phrase: "access denied, spam abuse detected",
                reason: "rejected",
                code: Code::StatusRange("5.7.", 501, 503),
            },
            Rule {
                phrase: "access denied, message must be rfc 5322 section 3.6.2 compliant",
                reason: "rejected",
                code: Code::Status("5.7.512"),
            },
            Rule {
                phrase: "service unavailable. client blocked from sending from unregistered domains",
                reason: "rejected",
                code: Code::Status("5.7.750"),
            },
            Rule {
                phrase: "access denied, banned sender",
                reason: "rejected",
                code: Code::StatusRange("5.7.", 501, 503),
            },
            Rule {
                phrase: "cannot achieve exchange server authentication",
                reason: "securityerror",
                code: Code::Status("5.7.3"),
            },
            Rule {
                phrase: "not authorized",
                reason: "securityerror",
                code: Code::Status("5.7.3"),
            },
            Rule {
                phrase: "starttls is required to send mail",
                reason: "securityerror",
                code: Code::Status("4.4.317"),
            },
            Rule {
                phrase: "starttls is required to send mail",
                reason: "securityerror",
                code: Code::Status("5.4.317"),
            },
            Rule {
                phrase: "starttls-not-supported: destination mail server must support tls to receive mail",
                reason: "securityerror",
                code: Code::Status("4.7.321"),
            },
            Rule {
                phrase: "starttls-not-supported: destination mail server must support tls to receive mail",
                reason: "securityerror",
                code: Code::Status("5.7.321"),
            },
            Rule {
                phrase: "client was not authenticated",
                reason: "securityerror",
                code: Code::Status("5.7.1"),
            },
            Rule {
                phrase: "client was not authenticated to send anonymous mail during mail from",
                reason: "securityerror",
                code: Code::Status("5.7.57"),
            },
            Rule {
                phrase: "content filter agent quarantined this message",
                reason: "spamdetected",
                code: Code::Status("5.2.1"),
            },
            Rule {
                phrase: "storedrv.deliver; recipient thread limit exceeded",
                reason: "speeding",
                code: Code::Status("4.3.2"),
            },
            Rule {
                phrase: "your message can't be sent because you've reached your daily limit for message recipients",
                reason: "speeding",
                code: Code::Status("5.1.90"),
            },
            Rule {
                phrase: "submission quota exceeded",
                reason: "speeding",
                code: Code::Status("5.2.2"),
            },
            Rule {
                phrase: "recipient's per hour message receive limit from specific sender exceeded",
                reason: "speeding",
                code: Code::Status("5.2.121"),
            },
            Rule {
                phrase: "recipient's per hour message receive limit exceeded",
                reason: "speeding",
                code: Code::Status("5.2.122"),
            },
            Rule {
                phrase: "has exceeded permitted limits within",
                reason: "speeding",
                code: Code::Status("5.7.508"),
            },
            Rule {
                phrase: "access denied, tenant has exceeded threshold",
                reason: "speeding",
                code: Code::StatusRange("5.7.", 700, 749),
            },
            Rule {
                phrase: "access denied, traffic not accepted from this ip",
                reason: "speeding",
                code: Code::StatusRange("5.7.", 700, 749),
            },
            Rule {
                phrase: "recipient address rejected: access denied",
                reason: "suspend",
                code: Code::Status("5.7.504"),
            },
            Rule {
                phrase: "access denied, banned recipient",
                reason: "suspend",
                code: Code::Status("5.7.505"),
            },
            Rule {
                phrase: "mailbox cannot be accessed",
                reason: "suspend",
                code: Code::Status("5.2.1"),
            },
            Rule {
                phrase: "unrecognized command",
                reason: "syntaxerror",
                code: Code::Status("5.3.3"),
            },
            Rule {
                phrase: "send hello first",
                reason: "syntaxerror",
                code: Code::Status("5.5.2"),
            },
            Rule {
                phrase: "service not available",
                reason: "systemerror",
                code: Code::Status("4.3.2"),
            },
            Rule {
                phrase: "service not active",
                reason: "systemerror",
                code: Code::Status("4.3.2"),
            },
            Rule {
                phrase: "system incorrectly configured",
                reason: "systemerror",
                code: Code::Status("5.3.5"),
            },
            Rule {
                phrase: "journaling on-premises messages to microsoft 365 or office 365 not supported when journaling archive is disabled",
                reason: "systemerror",
                code: Code::Status("5.3.190"),
            },
            Rule {
                phrase: "helo / ehlo requires domain address",
                reason: "systemerror",
                code: Code::Status("5.0.0"),
            },
            Rule {
                phrase: "destination mailbox address ambiguous",
                reason: "systemerror",
                code: Code::Status("5.1.4"),
            },
            Rule {
                phrase: "mailing list expansion problem",
                reason: "systemerror",
                code: Code::Status("5.2.4"),
            },
            Rule {
                phrase: "misconfigured forwarding address",
                reason: "systemerror",
                code: Code::Status("5.2.14"),
            },
            Rule {
                phrase: "temporary server error. please try again later attr18",
                reason: "systemerror",
                code: Code::Status("4.4.3"),
            },
            Rule {
                phrase: "temporary server error. please try again later. prx4 nexthop:",
                reason: "systemerror",
                code: Code::Status("4.7.0"),
            },
            Rule {
                phrase: "message failed to be replicated: insufficient system resource:",
                reason: "systemerror",
                code: Code::Status("4.4.24"),
            },
            Rule {
                phrase: "message failed to be replicated: no healthy secondary server available to accept replica at this time.",
                reason: "systemerror",
                code: Code::Status("4.4.25"),
            },
            Rule {
                phrase: "message failed to be replicated: the operation was canceled",
                reason: "systemerror",
                code: Code::Status("4.4.28"),
            },
            Rule {
                phrase: "(suspiciousremoteservererror)",
                reason: "systemerror",
                code: Code::Status("4.4.318"),
            },
            Rule {
                phrase: "(suspiciousremoteservererror)",
                reason: "systemerror",
                code: Code::Status("5.4.318"),
            },
            Rule {
                phrase: "server busy. please try again later from ",
                reason: "systemerror",
                code: Code::Status("4.7.500"),
            },
            Rule {
                phrase: "pfa agent busy, please try again.",
                reason: "systemerror",
                code: Code::Status("4.7.700"),
            },
            Rule {
                phrase: "insufficient system resources",
                reason: "systemfull",
                code: Code::Status("4.3.1"),
            },
            Rule {
                phrase: "too many recipients",
                reason: "toomanyconn",
                code: Code::Status("5.5.3"),
            },
            Rule {
                phrase: "too many recipients",
                reason: "toomanyconn",
                code: Code::Status("4.5.3"),
            },
            Rule {
                phrase: "the recipient has exceeded their limit for",
                reason: "toomanyconn",
                code: Code::Status("5.2.122"),
            },
            Rule {
                phrase: "resolver.adr.exrecipnotfound; not found",
                reason: "userunknown",
                code: Code::Status("5.1.1"),
            },
            Rule {
                phrase: "user unknown",
                reason: "userunknown",
                code: Code::Status("5.1.1"),
            },
            Rule {
                phrase: "storedrv.submit; invalid recipient address",
                reason: "userunknown",
                code: Code::Status("5.1.3"),
            },
            Rule {
                phrase: "recipient address reserved by rfc 2606",
                reason: "userunknown",
                code: Code::StatusRange("5.1.", 4, 5),
            },
            Rule {
                phrase: "recipient addresses in single label domains not accepted",
                reason: "userunknown",
                code: Code::Status("5.1.6"),
            },
            Rule {
                phrase: "bad destination mailbox address",
                reason: "userunknown",
                code: Code::Status("5.1.1"),
            },
            Rule {
                phrase: "recipient not found",
                reason: "userunknown",
                code: Code::Status("5.1.10"),
            },
            Rule {
                phrase: "recipient address rejected: access denied",
                reason: "userunknown",
                code: Code::Status("5.4.1"),
            },
            Rule {
                phrase: "requested action not taken: mailbox unavailable",
                reason: "userunknown",
                code: Code::Status("5.5.0"),
            },
            Rule {
                phrase: "invalid x.400 address",
                reason: "userunknown",
                code: Code::Status("5.1.2"),
            },
        ],
    },
    // Sisimai/Rhost/Mimecast.pm
    Module {
        hosts: &[".mimecast.com"],
        rules: &[
            // Sisimai 5.2 and later (go-sisimai rhost/for-mimecast.go)
            Rule {
                phrase: "this route requires encryption (tls)",
                reason: "failedstarttls",
                code: Code::Reply("553"),
            },
            Rule {
                phrase: "this route requires tls version 1.2 or greater",
                reason: "failedstarttls",
                code: Code::Reply("553"),
            },
            Rule {
                phrase: "this route requires high-strength ciphers",
                reason: "failedstarttls",
                code: Code::Reply("553"),
            },
            Rule {
                phrase: "configuration is invalid for this certificate",
                reason: "failedstarttls",
                code: Code::Reply("554"),
            },
            // Sisimai 5.1.0p3 (Sisimai/Rhost/Mimecast.pm)
            Rule {
                phrase: "spf sender invalid - envelope rejected",
                reason: "authfailure",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "dkim sender invalid - envelope rejected",
                reason: "authfailure",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "dmarc sender invalid - envelope rejected",
                reason: "authfailure",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "internal resources are temporarily unavailable",
                reason: "badreputation",
                code: Code::Reply("451"),
            },
            Rule {
                phrase: "local ct ip reputation - (reject)",
                reason: "badreputation",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "sender address blocked",
                reason: "blocked",
                code: Code::Reply("421"),
            },
            Rule {
                phrase: "recipient temporarily unavailable",
                reason: "blocked",
                code: Code::Reply("451"),
            },
            Rule {
                phrase: "ip temporarily blacklisted",
                reason: "blocked",
                code: Code::Reply("451"),
            },
            Rule {
                phrase: "journal messages past the expiration",
                reason: "expired",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "maximum email size exceeded",
                reason: "mesgtoobig",
                code: Code::Reply("554"),
            },
            Rule {
                phrase: "the incorrect hostname used for inbounds",
                reason: "networkerror",
                code: Code::Reply("451"),
            },
            Rule {
                phrase: "the incorrect hostname used for inbounds",
                reason: "networkerror",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "mail loop detected",
                reason: "networkerror",
                code: Code::Reply("554"),
            },
            Rule {
                phrase: "open relay not allowed",
                reason: "norelaying",
                code: Code::Reply("451"),
            },
            Rule {
                phrase: "open relay is not allowed",
                reason: "norelaying",
                code: Code::Reply("451"),
            },
            Rule {
                phrase: "account inbounds disabled",
                reason: "notaccept",
                code: Code::Reply("451"),
            },
            Rule {
                phrase: "account outbounds disabled",
                reason: "onhold",
                code: Code::Reply("451"),
            },
            Rule {
                phrase: "hostname is not authorized",
                reason: "onhold",
                code: Code::Reply("451"),
            },
            Rule {
                phrase: "journal message past expiration",
                reason: "onhold",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "anti-spoofing policy - inbound not allowed",
                reason: "policyviolation",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "rejected by header-based anti-spoofing policy",
                reason: "policyviolation",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "message bounced due to content examination policy",
                reason: "policyviolation",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "host network not allowed",
                reason: "policyviolation",
                code: Code::Reply("554"),
            },
            Rule {
                phrase: "host network, not allowed",
                reason: "policyviolation",
                code: Code::Reply("554"),
            },
            Rule {
                phrase: "administrative prohibition envelope blocked",
                reason: "rejected",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "envelope blocked - user entry",
                reason: "rejected",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "envelope blocked - user domain entry",
                reason: "rejected",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "rejected by header-based manually blocked senders - block for manual block",
                reason: "rejected",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "rejected by header-based blocked senders - block policy for header from",
                reason: "rejected",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "envelope rejected - block policy for envelope from address",
                reason: "rejected",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "incorrect authentication data",
                reason: "securityerror",
                code: Code::Reply("535"),
            },
            Rule {
                phrase: "submitter failed to disabled",
                reason: "securityerror",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "submitter failed to authenticate",
                reason: "securityerror",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "this route requires encryption (tls)",
                reason: "securityerror",
                code: Code::Reply("553"),
            },
            Rule {
                phrase: "this route requires tls version 1.2 or greater",
                reason: "securityerror",
                code: Code::Reply("553"),
            },
            Rule {
                phrase: "this route requires high-strength ciphers",
                reason: "securityerror",
                code: Code::Reply("553"),
            },
            Rule {
                phrase: "configuration is invalid for this certificate",
                reason: "securityerror",
                code: Code::Reply("554"),
            },
            Rule {
                phrase: "unable to process connection at this time",
                reason: "systemerror",
                code: Code::Reply("451"),
            },
            Rule {
                phrase: "message ended early",
                reason: "systemerror",
                code: Code::Reply("451"),
            },
            Rule {
                phrase: "unable to process command",
                reason: "systemerror",
                code: Code::Reply("451"),
            },
            Rule {
                phrase: "unable to process an email at this time",
                reason: "systemerror",
                code: Code::Reply("451"),
            },
            Rule {
                phrase: "account service is temporarily unavailable",
                reason: "toomanyconn",
                code: Code::Reply("451"),
            },
            Rule {
                phrase: "too many recipients",
                reason: "toomanyconn",
                code: Code::Reply("452"),
            },
            Rule {
                phrase: "exceeding outbound thread limit",
                reason: "toomanyconn",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "invalid address",
                reason: "userunknown",
                code: Code::Reply("501"),
            },
            Rule {
                phrase: "user unknown",
                reason: "userunknown",
                code: Code::Reply("503"),
            },
            Rule {
                phrase: "invalid recipient",
                reason: "userunknown",
                code: Code::Reply("550"),
            },
            Rule {
                phrase: "email rejected due to security policies",
                reason: "virusdetected",
                code: Code::Reply("554"),
            },
        ],
    },
    // Sisimai/Rhost/Tencent.pm
    Module {
        hosts: &[".qq.com"],
        rules: &[
            // Sisimai 5.2 and later (go-sisimai rhost/for-tencent.go)
            Rule {
                phrase: "frequency of receiving messages is limited",
                reason: "speeding",
                code: Code::Any,
            },
            // Sisimai 5.1.0p3 (Sisimai/Rhost/Tencent.pm)
            Rule {
                phrase: "spf check failed",
                reason: "authfailure",
                code: Code::Any,
            },
            Rule {
                phrase: "dmarc check failed",
                reason: "authfailure",
                code: Code::Any,
            },
            Rule {
                phrase: "suspected bounce attacks",
                reason: "blocked",
                code: Code::Any,
            },
            Rule {
                phrase: "suspected spam ip",
                reason: "blocked",
                code: Code::Any,
            },
            Rule {
                phrase: "connection denied",
                reason: "blocked",
                code: Code::Any,
            },
            Rule {
                phrase: "message too large",
                reason: "mesgtoobig",
                code: Code::Any,
            },
            Rule {
                phrase: "suspected spam",
                reason: "rejected",
                code: Code::Any,
            },
            Rule {
                phrase: "mail is rejected by recipients",
                reason: "rejected",
                code: Code::Any,
            },
            Rule {
                phrase: "spam is embedded in the email",
                reason: "spamdetected",
                code: Code::Any,
            },
            Rule {
                phrase: "mail content denied",
                reason: "spamdetected",
                code: Code::Any,
            },
            Rule {
                phrase: "mailbox unavailable or access denined",
                reason: "speeding",
                code: Code::Any,
            },
            Rule {
                phrase: "is a deactivated mailbox",
                reason: "suspend",
                code: Code::Any,
            },
            Rule {
                phrase: "bad address syntax",
                reason: "syntaxerror",
                code: Code::Any,
            },
            Rule {
                phrase: "ip frequency limited",
                reason: "toomanyconn",
                code: Code::Any,
            },
            Rule {
                phrase: "domain frequency limited",
                reason: "toomanyconn",
                code: Code::Any,
            },
            Rule {
                phrase: "sender frequency limited",
                reason: "toomanyconn",
                code: Code::Any,
            },
            Rule {
                phrase: "connection frequency limited",
                reason: "toomanyconn",
                code: Code::Any,
            },
            Rule {
                phrase: "mailbox not found",
                reason: "userunknown",
                code: Code::Any,
            },
        ],
    },
    // Sisimai/Rhost/YahooInc.pm
    Module {
        hosts: &[".yahoodns.net"],
        rules: &[
            Rule {
                phrase: "yahoo requires all senders to authenticate with either spf or dkim",
                reason: "authfailure",
                code: Code::Any,
            },
            Rule {
                phrase: " because the ip is in spamhaus's list;",
                reason: "blocked",
                code: Code::Any,
            },
            Rule {
                phrase: "not accepted from ip addresses on spamhaus xbl",
                reason: "blocked",
                code: Code::Any,
            },
            Rule {
                phrase: "relaying denied for ",
                reason: "norelaying",
                code: Code::Any,
            },
            Rule {
                phrase: "headers are not rfc compliant",
                reason: "notcompliantrfc",
                code: Code::Any,
            },
            Rule {
                phrase: "not accepted for policy reasons",
                reason: "policyviolation",
                code: Code::Any,
            },
            Rule {
                phrase: "temporarily deferred due to unexpected volume or user complaints",
                reason: "rejected",
                code: Code::Any,
            },
            Rule {
                phrase: "due to unresolvable rfc.5321 domain",
                reason: "rejected",
                code: Code::Any,
            },
            Rule {
                phrase: " will be permanently deferred",
                reason: "rejected",
                code: Code::Any,
            },
            Rule {
                phrase: "user is receiving mail too quickly",
                reason: "speeding",
                code: Code::Any,
            },
            Rule {
                phrase: " is no longer valid.",
                reason: "suspend",
                code: Code::Any,
            },
            Rule {
                phrase: "this mailbox is disabled",
                reason: "suspend",
                code: Code::Any,
            },
            Rule {
                phrase: "syntax error in parameters or arguments",
                reason: "syntaxerror",
                code: Code::Any,
            },
            Rule {
                phrase: "max message per connection reached",
                reason: "toomanyconn",
                code: Code::Any,
            },
            Rule {
                phrase: "dd this user doesn't have a ",
                reason: "userunknown",
                code: Code::Any,
            },
            Rule {
                phrase: "mailbox not found",
                reason: "userunknown",
                code: Code::Any,
            },
        ],
    },
];
