//! Which MTA wrote a bounce, by the header signs Sisimai's MTA modules look for
//! (`Sisimai/Lhost/*.pm`, each module's `inquire`), and what that MTA's own
//! wording means (`lhost_data.rs`). An MTA's phrase names a reason only in its
//! own bounces: "system error" or " unknown." mean something in qmail's
//! notices and nothing elsewhere, so a phrase is looked for only once
//! the MTA is known. The reason it gives is the one the MTA module would set;
//! like Sisimai's, a vague one (`reason::retry`) is looked at again.

use super::extract::Layers;

#[path = "lhost_data.rs"]
mod data;

/// One MTA's phrases and the reasons they mean, first match wins.
pub(super) struct Module {
    name: &'static str,
    rules: &'static [(&'static str, &'static str)],
}

/// An MTA whose bounce a message is, by Sisimai's module name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Mta(&'static str);

/// The subjects Exim (and Mail.ru's Exim) give their notices (`Lhost/Exim.pm`).
const EXIM_SUBJECTS: [&str; 6] = [
    "Delivery Status Notification",
    "Mail delivery failed",
    "Mail failure",
    "Message frozen",
    "Warning: message ",
    "error(s) in forwarding or filtering",
];

/// Does a message bear an MTA's signs?
type Sign = fn(&Signs<'_>) -> bool;

/// Whether at least two of `signs` hold, asked in order and no further than
/// needed (some read the whole notice).
fn two_of(signs: &[&dyn Fn() -> bool]) -> bool {
    let mut held = 0;
    for (at, sign) in signs.iter().enumerate() {
        if held + (signs.len() - at) < 2 {
            return false;
        }
        if sign() {
            held += 1;
            if held == 2 {
                return true;
            }
        }
    }
    false
}

/// What Sisimai's MTA modules check, in the order it tries them
/// (`Sisimai/Order.pm`'s default order), for the modules Sisimai 5.2 still has
/// (go-sisimai lhost/order.go) that have wording of their own (or had, in 5.1:
/// a module left out of `lhost_data.rs` still claims its notices, as it does in
/// Sisimai). Case matters, as in the modules.
const SIGNS: &[(&str, Sign)] = &[
    // DragonFly is tried first on its subject, and its Received line is its own.
    ("DragonFly", |s| {
        s.subject.contains("Mail delivery failed") && s.received(" (DragonFly Mail Agent")
    }),
    // Two of Exim's three signs, or a header of McAfee SaaS (formerly MXLogic), which
    // runs Exim: Sisimai 5.2 reads Mail.ru's and MXLogic's notices as Exim's, with
    // Exim's wording and its MAIL rule (go-sisimai lhost/via-exim.go).
    ("Exim", |s| {
        let id = s.message_id.as_bytes();
        let exim_id =
            id.first() == Some(&b'<') && id.get(8) == Some(&b'-') && id.get(18) == Some(&b'@');
        let mxlogic = ["x-mx-bounce", "x-mxl-hash", "x-mxl-notehash"]
            .iter()
            .any(|h| s.has(h))
            || s.message_id.contains("<mxl~");
        mxlogic
            || two_of(&[
                &|| exim_id,
                &|| s.from.contains("Mail Delivery System"),
                &|| EXIM_SUBJECTS.iter().any(|t| s.subject.contains(t)),
            ])
    }),
    // Two of five signs (go-sisimai lhost/via-exchange2007.go): its subjects in
    // five languages, Outlook.com's or a Microsoft 365 tenant's postmaster, a
    // RESOLVER or QUEUE code, its section for administrators, a Content-Language.
    ("Exchange2007", |s| {
        const SUBJECTS: [&str; 5] = [
            "Undeliverable",
            "Non_remis_",
            "Non remis ",
            "Non recapitabile",
            "Olevererbart",
        ];
        const SECTIONS: [&str; 5] = [
            "Error Details",
            "Diagnostic information for administrators:",
            "Informations de diagnostic pour les administrateurs",
            "Informazioni di diagnostica per gli amministratori",
            "Diagnostisk information f",
        ];
        let text = &s.layers.text;
        // The headers' signs first: the text's are looked for only if they can
        // still make two.
        two_of(&[
            &|| SUBJECTS.iter().any(|t| s.subject.contains(t)),
            &|| s.from.contains("postmaster@outlook.com") || s.from.contains(".onmicrosoft.com"),
            &|| s.has("content-language"),
            &|| text.contains(" RESOLVER.") || text.contains(" QUEUE."),
            &|| SECTIONS.iter().any(|t| super::text::holds(text, t)),
        ])
    }),
    ("AmazonSES", |s| {
        s.has("x-amz-sns-message-id") || s.from.contains("@amazonses.com")
    }),
    ("KDDI", |s| {
        super::text::aligned(s.from, &["no-reply@.", ".dion.ne.jp"])
            || s.value("reply-to") == "no-reply@app.auone-net.jp"
            || s.received("ezweb.ne.jp (")
            || s.received(".au.com (")
    }),
    // Verizon's SMS gateway, or its picture-message one (vzwpix.com).
    ("Verizon", |s| {
        s.received(".vtext.com (")
            && (s.from == "post_master@vtext.com"
                || super::text::aligned(s.from, &["sysadmin@", ".vzwpix.com"]))
    }),
    ("GMX", |s| s.has("x-gmx-antispam")),
    ("MessagingServer", |s| {
        s.value("content-type").contains("Boundary_(ID_")
            || s.subject.starts_with("Delivery Notification: ")
    }),
    ("EinsUndEins", |s| {
        s.from.starts_with("\"Mail Delivery System\"")
            && s.subject == "Mail delivery failed: returning message to sender"
    }),
    ("Domino", |s| {
        s.subject.starts_with("DELIVERY FAILURE:") || s.subject.starts_with("DELIVERY_FAILURE:")
    }),
    ("Notes", |s| s.subject.starts_with("Undeliverable message")),
    ("qmail", |s| {
        s.subject == "failure notice" || s.qmail_received()
    }),
    ("Courier", |s| {
        s.from.contains("Courier mail server at ")
            || s.subject.contains("NOTICE: mail delivery status.")
            || s.subject.contains("WARNING: delayed mail.")
            || s.message_id.starts_with("<courier.")
    }),
    ("OpenSMTPD", |s| {
        s.subject.contains("Delivery status notification")
            && s.from.contains("Mailer Daemon <")
            && s.received(" (OpenSMTPD) with ")
    }),
    ("Zoho", |s| s.has("x-zohomail")),
    ("MessageLabs", |s| {
        s.has("x-msg-ref")
            && s.from.contains("MAILER-DAEMON@messagelabs.com")
            && s.subject.starts_with("Mail Delivery Failure")
    }),
    ("Gmail", |s| {
        s.from.contains("<mailer-daemon@googlemail.com>")
            && s.subject.contains("Delivery Status Notification")
    }),
    ("IMailServer", |s| {
        s.subject.starts_with("Undeliverable Mail ") || s.value("x-mailer").starts_with("<SMTP32 v")
    }),
    ("Biglobe", |s| {
        s.from.contains("postmaster@")
            && ["biglobe", "inacatv", "tmtv", "ttv"]
                .iter()
                .any(|d| s.from.contains(&format!("@{d}.ne.jp")))
            && s.subject.starts_with("Returned mail:")
    }),
];

/// The signs of Sisimai's other MTA modules, those without wording of their
/// own here (each named after its `Sisimai/Lhost/*.pm`): they say only that
/// some MTA's reader, not RFC3464.pm alone, takes the notice.
const OTHER_SIGNS: &[(&str, Sign)] = &[
    ("Activehunter", |s| s.has("x-ahmailid")),
    ("ApacheJames", |s| {
        s.subject == "[BOUNCE]"
            || s.message_id.contains(".JavaMail.")
            || s.received("JAMES SMTP Server")
    }),
    ("InterScanMSS", |s| {
        s.from.starts_with("\"InterScan MSS\"")
            || s.from.starts_with("\"InterScan Notification\"")
            || [
                "Mail could not be delivered",
                "メッセージを配信できません。",
                "メール配信に失敗しました",
            ]
            .contains(&s.subject)
    }),
    ("MailFoundry", |s| {
        s.subject == "Message delivery has failed" && s.received("(MAILFOUNDRY) id")
    }),
    ("MailMarshalSMTP", |s| {
        s.subject.starts_with("Undeliverable Mail: \"")
    }),
    ("V5sendmail", |s| s.subject.starts_with("Returned mail: ")),
    ("X1", |s| {
        s.subject.starts_with("Returned Mail: ") && s.from.starts_with("\"Mail Deliver System\" ")
    }),
    ("X6", |s| {
        s.subject
            .starts_with("There was an error sending your mail")
    }),
];

/// Does one of Sisimai's MTA modules take the notice (rather than its RFC 3464
/// reader alone)?
pub(super) fn some_reader_claims(layers: &Layers<'_>) -> bool {
    let signs = signs_of(layers);
    SIGNS
        .iter()
        .chain(OTHER_SIGNS)
        .any(|(_, sign)| sign(&signs))
}

/// The modules Sisimai tries first for a subject's first words (go-sisimai
/// lhost/order.go, `OrderBySubject`), those with wording of their own, in its
/// order.
const FIRST_BY_SUBJECT: &[(&str, &[&str])] = &[
    ("delivery-failure", &["Domino"]),
    ("delivery-notification", &["MessagingServer"]),
    ("delivery-status", &["OpenSMTPD", "Gmail", "AmazonSES"]),
    ("failure-notice", &["qmail"]),
    (
        "mail-delivery",
        &[
            "Exim",
            "DragonFly",
            "GMX",
            "Zoho",
            "EinsUndEins",
            "MessageLabs",
        ],
    ),
    ("mail-failure", &["Exim"]),
    ("message-frozen", &["Exim"]),
    ("non-recapitabile", &["Exchange2007"]),
    ("non-remis", &["Exchange2007"]),
    ("notice", &["Courier"]),
    ("returned-mail", &["Biglobe"]),
    ("undeliverable", &["Exchange2007"]),
    ("undeliverable-mail", &["IMailServer"]),
    ("undeliverable-message", &["Notes", "Verizon"]),
    ("undelivered-mail", &["Zoho"]),
    ("warning", &["Exim"]),
];

/// The key `Sisimai/Order.pm` files a subject under: the text before a colon in
/// its first word, else its first two words joined by `-`, lower-cased.
fn subject_key(subject: &str) -> String {
    let cleaned: String = subject
        .chars()
        .map(|c| if matches!(c, '_' | '[' | ']') { ' ' } else { c })
        .collect();
    let cleaned = cleaned.trim_start().to_lowercase();
    let mut words = cleaned.split(' ').filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    let key = match first.find(':') {
        Some(at) if at > 0 => first[..at].to_string(),
        _ => match words.next() {
            Some(second) => format!("{first}-{second}"),
            None => first.to_string(),
        },
    };
    key.chars()
        .filter(|c| !matches!(c, ':' | '"' | ',' | '*'))
        .collect()
}

fn signs_of<'a>(layers: &'a Layers<'a>) -> Signs<'a> {
    Signs {
        layers,
        from: layers.header("from").unwrap_or(""),
        subject: layers.subject.as_deref().unwrap_or("").trim(),
        message_id: layers.header("message-id").unwrap_or(""),
    }
}

/// The header values the signs read (empty when absent).
struct Signs<'a> {
    layers: &'a Layers<'a>,
    from: &'a str,
    subject: &'a str,
    message_id: &'a str,
}

impl Signs<'_> {
    fn has(&self, name: &str) -> bool {
        self.layers.header(name).is_some_and(|v| !v.is_empty())
    }

    fn value(&self, name: &str) -> &str {
        self.layers.header(name).unwrap_or("")
    }

    fn received(&self, needle: &str) -> bool {
        self.layers
            .headers
            .iter()
            .any(|(n, v)| n.eq_ignore_ascii_case("received") && v.contains(needle))
    }

    /// qmail's own Received lines (`Lhost/qmail.pm`).
    fn qmail_received(&self) -> bool {
        self.layers.headers.iter().any(|(n, v)| {
            n.eq_ignore_ascii_case("received")
                && (super::text::aligned(v, &["(qmail ", "invoked for bounce)"])
                    || super::text::aligned(v, &["(qmail ", "invoked from ", "network)"]))
        })
    }
}

/// The MTA whose notice this is, when its signs are there.
pub(super) fn identify(layers: &Layers<'_>) -> Option<Mta> {
    let signs = signs_of(layers);
    let key = subject_key(signs.subject);
    let first = FIRST_BY_SUBJECT
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(&[][..], |(_, names)| *names);
    let named = |name: &&str| SIGNS.iter().find(|(n, _)| n == name);
    first
        .iter()
        .filter_map(named)
        .chain(SIGNS.iter())
        .find(|(_, sign)| sign(&signs))
        .map(|(name, _)| Mta(name))
}

/// Every module's phrases, found with the reasons' phrases in one pass
/// (`phrases::scan`): most diagnostics hold none, and then nobody needs to
/// know which MTA wrote the notice.
pub(super) fn wording() -> impl Iterator<Item = &'static str> {
    data::MODULES
        .iter()
        .flat_map(|m| m.rules.iter().map(|(p, _)| *p))
}

/// What some MTAs' modules conclude from the SMTP command alone, before any
/// wording: a refused greeting is a block, a refused sender a rejection (or, in
/// Exim's notices, left for the general rules' first pass only).
const BY_COMMAND: &[(&str, &[(&str, &str)])] = &[
    // Sisimai/Lhost/Exim.pm
    (
        "Exim",
        &[("EHLO", "blocked"), ("HELO", "blocked"), ("MAIL", "onhold")],
    ),
    // Sisimai/Lhost/qmail.pm
    ("qmail", &[("EHLO", "blocked"), ("HELO", "blocked")]),
];

/// Could the command alone decide, for some MTA? (Asked before `identify`.)
pub(super) fn command_may_decide(command: &str) -> bool {
    matches!(command, "EHLO" | "HELO" | "MAIL")
}

/// The reason `mta`'s module gives a failure at `command`, before its wording.
pub(super) fn by_command(mta: Mta, command: &str) -> Option<&'static str> {
    let (_, rules) = BY_COMMAND.iter().find(|(name, _)| *name == mta.0)?;
    rules
        .iter()
        .find(|(c, _)| *c == command)
        .map(|&(_, reason)| reason)
}

/// Does `mta`'s module let a precise status code in the diagnostic overrule the
/// reason its own wording gave? Gmail's does (Lhost/Gmail.pm: a code without a
/// `.0` names the reason, or leaves it to the general rules).
pub(super) fn status_overrules_wording(mta: Mta) -> bool {
    mta.0 == "Gmail"
}

/// The reason `mta`'s own wording gives a (lower-cased) diagnostic.
pub(super) fn reason(mta: Mta, diagnostic: &str) -> Option<&'static str> {
    let module = data::MODULES.iter().find(|m| m.name == mta.0)?;
    // qmail quotes the remote host after "Remote host said:"; when it does, only
    // those words are read (`$alterrors` in Lhost/qmail.pm), not
    // qmail's own line around them ("... does not like recipient.").
    const QUOTED: &str = "remote host said:";
    let diagnostic = match super::text::find(diagnostic, QUOTED) {
        Some(at) if mta.0 == "qmail" => &diagnostic[at..],
        _ => diagnostic,
    };
    module
        .rules
        .iter()
        .find(|(phrase, _)| super::text::short_holds(diagnostic, phrase))
        .map(|&(_, reason)| reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_of_asks_no_more_signs_than_it_needs() {
        for bits in 0u8..32 {
            let asked = std::cell::Cell::new(0);
            let sign = |i: u8| {
                asked.set(asked.get() + 1);
                bits & (1 << i) != 0
            };
            let signs: [&dyn Fn() -> bool; 5] =
                [&|| sign(0), &|| sign(1), &|| sign(2), &|| sign(3), &|| {
                    sign(4)
                }];
            assert_eq!(two_of(&signs), bits.count_ones() >= 2, "{bits:05b}");
            // Decided at the second sign held, or once two can no longer be.
            let second_held = (0..5).filter(|i| bits & (1 << i) != 0).nth(1);
            let most = second_held.map_or(5, |i| i + 1);
            assert!(asked.get() <= most, "{bits:05b}: asked {}", asked.get());
        }
    }

    #[test]
    fn every_module_with_wording_has_signs_and_every_reason_is_known() {
        for module in data::MODULES {
            assert!(
                SIGNS.iter().any(|(name, _)| *name == module.name),
                "{} has wording but no signs",
                module.name
            );
            for (phrase, reason) in module.rules {
                assert_eq!(*phrase, phrase.to_lowercase(), "{}", module.name);
                let category = super::super::Category::of(reason, super::super::HardOrSoft::Soft);
                assert_ne!(
                    category,
                    super::super::Category::Unknown,
                    "{}: {reason} is no reason zdiag knows",
                    module.name
                );
            }
        }
    }

    #[test]
    fn a_command_decides_only_for_the_mtas_whose_modules_say_so() {
        for (name, rules) in BY_COMMAND {
            assert!(SIGNS.iter().any(|(n, _)| n == name), "{name} has no signs");
            for (command, _) in *rules {
                assert!(command_may_decide(command), "{name} {command}");
            }
        }
        assert_eq!(by_command(Mta("Exim"), "MAIL"), Some("onhold"));
        assert_eq!(by_command(Mta("qmail"), "MAIL"), None);
        assert_eq!(by_command(Mta("Gmail"), "HELO"), None);
    }

    #[test]
    fn subjects_are_filed_as_sisimai_files_them() {
        assert_eq!(
            subject_key("Delivery Status Notification (Failure)"),
            "delivery-status"
        );
        assert_eq!(
            subject_key("Returned mail: see transcript"),
            "returned-mail"
        );
        assert_eq!(subject_key("Undeliverable: hello"), "undeliverable");
        assert_eq!(subject_key("  [Fwd] Mail_delivery failed"), "fwd-mail");
        assert_eq!(subject_key("Warning: message delayed"), "warning");
        assert_eq!(subject_key("failure notice"), "failure-notice");
        for (_, names) in FIRST_BY_SUBJECT {
            for name in *names {
                assert!(SIGNS.iter().any(|(n, _)| n == name), "{name}");
            }
        }
    }

    #[test]
    fn a_phrase_counts_only_in_its_own_mta() {
        let exim = Mta("Exim");
        let diagnostic = "all relevant mx records point to non-existent hosts";
        assert_eq!(reason(exim, diagnostic), Some("hostunknown"));
        assert_eq!(reason(Mta("qmail"), diagnostic), None);
        assert_eq!(
            reason(Mta("qmail"), "disk quota exceeded"),
            Some("mailboxfull")
        );
        assert_eq!(reason(exim, "disk quota exceeded"), None);
        // A module left out of the data claims its notices and gives nothing.
        assert_eq!(reason(Mta("Notes"), "550 unknown user kijitora"), None);
    }

    #[test]
    fn qmail_ldaps_disabled_address_in_each_spelling() {
        for spelling in ["administrativley", "administratively"] {
            let text = format!("sorry, the mailaddress is {spelling} disabled. (#5.2.1)");
            assert_eq!(reason(Mta("qmail"), &text), Some("suspend"), "{spelling}");
        }
    }

    #[test]
    fn qmail_reads_only_the_remote_hosts_words_when_it_quotes_them() {
        // Its own line names the command, not a reason (go-sisimai via-qmail.go).
        let own = "192.0.2.1 does not like recipient.";
        assert_eq!(reason(Mta("qmail"), own), None);
        let quoted = format!("{own} remote host said: 550 no mailbox here by that name");
        assert_eq!(reason(Mta("qmail"), &quoted), Some("userunknown"));
        let quoted = format!("unable to deliver: {own} remote host said: 550 5.7.1 banned");
        assert_eq!(reason(Mta("qmail"), &quoted), None);
    }
}
