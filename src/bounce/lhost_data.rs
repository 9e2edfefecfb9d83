//! The MTAs' own wording as data: for each of Sisimai's MTA modules, the phrases
//! its bounces use and the reason each means. Derived from Sisimai 5.1.0p3,
//! `Sisimai/Lhost/*.pm` (BSD 2-Clause, Copyright (c) 2014-2018 azumakuniyuki; the
//! full notice is at the end of status.rs), lower-cased. Regenerate rather than
//! edit (`scripts/sisimai-lhost-tables.pl`). In each module the first phrase found
//! decides: its `$messagesof` table (reasons in alphabetical order), then its LDAP
//! errors (`$failonldap`), then its wording for a message that expired
//! (`$delayedfor`, `$hasexpired`); Gmail's `(state N)` codes are its `$statetable`.
//! McAfee's and ReceivingSES's are left out: the labelled samples, from a later
//! Sisimai, no longer read them so; Notes's is its family's in recognisers.rs;
//! MailRu's and MXLogic's notices are
//! Exim's since Sisimai 5.2, which has no Amavis, Aol, GSuite or Outlook module
//! (see the script).

use super::Module;

pub(super) const MODULES: &[Module] = &[
    // Sisimai/Lhost/AmazonSES.pm
    Module {
        name: "AmazonSES",
        rules: &[("delivery expired", "expired")],
    },
    // Sisimai/Lhost/Biglobe.pm
    Module {
        name: "Biglobe",
        rules: &[
            ("mail delivery failed... user unknown", "filtered"),
            (
                "the number of messages in recipient's mailbox exceeded the local limit.",
                "mailboxfull",
            ),
        ],
    },
    // Sisimai/Lhost/Courier.pm
    Module {
        name: "Courier",
        rules: &[
            ("no such domain.", "hostunknown"),
            ("dns lookup failed.", "networkerror"),
            ("this domain's dns violates rfc 1035.", "systemerror"),
        ],
    },
    // Sisimai/Lhost/Domino.pm
    Module {
        name: "Domino",
        rules: &[
            ("cannot route mail to user", "filtered"),
            ("several matches found in domino directory", "systemerror"),
            ("not listed in domino directory", "userunknown"),
            ("not listed in public name & address book", "userunknown"),
            ("no se encuentra en el directorio de domino", "userunknown"),
            ("non répertorié dans l'annuaire domino", "userunknown"),
            ("domino ディレクトリには見つかりません", "userunknown"),
        ],
    },
    // Sisimai/Lhost/DragonFly.pm
    Module {
        name: "DragonFly",
        rules: &[
            ("could not deliver for the last ", "expired"),
            ("dns lookup failure: host ", "hostunknown"),
        ],
    },
    // Sisimai/Lhost/EinsUndEins.pm
    Module {
        name: "EinsUndEins",
        rules: &[("mail size limit exceeded", "mesgtoobig")],
    },
    // go-sisimai lhost/via-exchange2007.go
    Module {
        name: "Exchange2007",
        rules: &[
            ("resolver.adr.recipnotfound;", "userunknown"),
            ("resolver.adr.recipientnotfound;", "userunknown"),
            ("resolver.adr.exrecipnotfound;", "userunknown"),
            ("resolver.adr.badprimary;", "systemerror"),
            ("resolver.adr.invalidinsmtp;", "systemerror"),
            ("resolver.adr.ambiguous;", "systemerror"),
            ("resolver.adr.reciplimit;", "toomanyconn"),
            ("resolver.rst.authrequired;", "securityerror"),
            ("resolver.rst.notauthorized;", "rejected"),
            ("resolver.rst.recipsizelimit;", "exceedlimit"),
            ("queue.expired;", "expired"),
        ],
    },
    // Sisimai/Lhost/Exim.pm
    Module {
        name: "Exim",
        rules: &[
            ("too many \"received\" headers", "contenterror"),
            ("all host address lookups failed permanently", "hostunknown"),
            (
                "all relevant mx records point to non-existent hosts",
                "hostunknown",
            ),
            ("unrouteable address", "hostunknown"),
            ("mailbox is full", "mailboxfull"),
            ("error: quota exceed", "mailboxfull"),
            ("an mx or srv record indicated no smtp service", "notaccept"),
            ("no host found for existing smtp connection", "notaccept"),
            ("angle-brackets nested too deep", "syntaxerror"),
            ("expected word or \"<\"", "syntaxerror"),
            ("domain missing in source-routed address", "syntaxerror"),
            ("malformed address:", "syntaxerror"),
            ("delivery to file forbidden", "systemerror"),
            ("delivery to pipe forbidden", "systemerror"),
            ("local delivery failed", "systemerror"),
            ("lmtp error after ", "systemerror"),
            ("user not found", "userunknown"),
            ("retry timeout exceeded", "expired"),
            ("no action is required on your part", "expired"),
            (
                "retry time not reached for any host after a long failure period",
                "expired",
            ),
            (
                "all hosts have been failing for a long time and were last tried",
                "expired",
            ),
            ("delay reason: ", "expired"),
            ("has been frozen", "expired"),
            ("was frozen on arrival by ", "expired"),
        ],
    },
    // Sisimai/Lhost/Gmail.pm
    Module {
        name: "Gmail",
        rules: &[
            ("dns error: could not contact dns servers", "expired"),
            (
                "delivery to the following recipient has been delayed",
                "expired",
            ),
            (
                "the recipient server did not accept our requests to connect",
                "expired",
            ),
            ("dns error: domain name not found", "hostunknown"),
            (
                "dns error: dns server returned answer with no data",
                "hostunknown",
            ),
            ("(state 6)", "failedstarttls"),
            ("(state 8)", "systemerror"),
            ("(state 9)", "failedstarttls"),
            ("(state 12)", "norelaying"),
            ("(state 13)", "blocked"),
            ("(state 14)", "userunknown"),
            ("(state 15)", "filtered"),
            ("(state 17)", "filtered"),
            ("(state 18)", "filtered"),
        ],
    },
    // Sisimai/Lhost/GMX.pm
    Module {
        name: "GMX",
        rules: &[("delivery retry timeout exceeded", "expired")],
    },
    // Sisimai/Lhost/IMailServer.pm
    Module {
        name: "IMailServer",
        rules: &[
            ("delivery failed ", "expired"),
            ("unknown host", "hostunknown"),
            ("user mailbox exceeds allowed size", "mailboxfull"),
            ("unknown user", "userunknown"),
            ("invalid final delivery userid", "userunknown"),
            (
                "requested action not taken: virus detected",
                "virusdetected",
            ),
        ],
    },
    // Sisimai/Lhost/KDDI.pm
    Module {
        name: "KDDI",
        rules: &[
            ("as the remote domain doesnt exist", "hostunknown"),
            ("as their mailbox is full", "mailboxfull"),
            ("due to the following smtp relay error", "norelaying"),
        ],
    },
    // Sisimai/Lhost/MessageLabs.pm
    Module {
        name: "MessageLabs",
        rules: &[
            (
                "please turn on smtp authentication in your mail client",
                "securityerror",
            ),
            ("542 ", "userunknown"),
            (" rejected", "userunknown"),
            ("no such user", "userunknown"),
        ],
    },
    // Sisimai/Lhost/MessagingServer.pm
    Module {
        name: "MessagingServer",
        rules: &[("illegal host/domain name found", "hostunknown")],
    },
    // Sisimai/Lhost/OpenSMTPD.pm
    Module {
        name: "OpenSMTPD",
        rules: &[
            ("envelope expired", "expired"),
            ("invalid domain name", "hostunknown"),
            ("domain does not exist", "hostunknown"),
            ("address family mismatch on destination mxs", "networkerror"),
            ("all routes to destination blocked", "networkerror"),
            ("bad dns lookup error code", "networkerror"),
            ("could not retrieve source address", "networkerror"),
            ("loop detected", "networkerror"),
            ("network error on destination mxs", "networkerror"),
            ("no valid route to remote mx", "networkerror"),
            ("no valid route to destination", "networkerror"),
            ("temporary failure in mx lookup", "networkerror"),
            ("destination seem to reject all mails", "notaccept"),
            ("no mx found for domain", "notaccept"),
            ("no mx found for destination", "notaccept"),
            ("could not retrieve credentials", "securityerror"),
        ],
    },
    // Sisimai/Lhost/qmail.pm
    Module {
        name: "qmail",
        rules: &[
            ("sorry, i couldn't find any host ", "hostunknown"),
            ("disk quota exceeded", "mailboxfull"),
            (
                "message size exceeds fixed maximum message size:",
                "mesgtoobig",
            ),
            (
                "sorry, i wasn't able to establish an smtp connection",
                "networkerror",
            ),
            (
                "sorry. although i'm listed as a best-preference mx or a for that host",
                "networkerror",
            ),
            (
                "sorry, i couldn't find a mail exchanger or ip address",
                "notaccept",
            ),
            ("bad interpreter: no such file or directory", "systemerror"),
            ("system error", "systemerror"),
            ("unable to", "systemerror"),
            (
                "requested action not taken: mailbox unavailable (not enough free space)",
                "systemfull",
            ),
            ("no mailbox here by that name", "userunknown"),
            (
                "the message exeeded the maximum size the user accepts",
                "exceedlimit",
            ),
            ("mailaddress is administrativeley disabled", "suspend"),
            ("mailaddress is administratively disabled", "suspend"),
            ("mailaddress is administrativley disabled", "suspend"),
            ("mailaddress is administrativly disabled", "suspend"),
            ("automatic homedir creator crashed", "systemerror"),
            ("illegal value in ldap attribute", "systemerror"),
            ("ldap attribute is not given but mandatory", "systemerror"),
            (
                "timeout while performing search on ldap server",
                "systemerror",
            ),
            (
                "too many results returned but needs to be unique",
                "systemerror",
            ),
            (
                "permanent error while executing qmail-forward",
                "systemerror",
            ),
            (
                "temporary error in automatic homedir creation",
                "systemerror",
            ),
            (
                "temporary error while executing qmail-forward",
                "systemerror",
            ),
            ("temporary failure in ldap lookup", "systemerror"),
            ("unable to contact ldap server", "systemerror"),
            (
                "unable to login into ldap server, bad credentials",
                "systemerror",
            ),
            ("sorry, no mailbox here by that name", "userunknown"),
            ("this message has been in the queue too long.", "expired"),
        ],
    },
    // Sisimai/Lhost/Verizon.pm
    Module {
        name: "Verizon",
        rules: &[
            (
                "550 - requested action not taken: no such user here",
                "userunknown",
            ),
            ("no valid recipients for this mm", "userunknown"),
        ],
    },
    // Sisimai/Lhost/Zoho.pm
    Module {
        name: "Zoho",
        rules: &[("host not reachable", "expired")],
    },
];
