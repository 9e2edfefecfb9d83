//! An MTA's own wording (Sisimai's `Lhost/*.pm` tables) decides a reason only in
//! that MTA's notices, recognised by the signs Sisimai's modules look for; and
//! where a report gives no diagnostic, the MTA's transcript line for the
//! recipient is its diagnostic.

use zdiag::bounce;

/// A delivery report with `diagnostic` for one recipient, under the given
/// From, Subject and Message-ID.
fn notice(from: &str, subject: &str, message_id: &str, diagnostic: &str) -> Vec<u8> {
    format!(
        "From: {from}\nTo: sender@example.org\nSubject: {subject}\nMessage-Id: {message_id}\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n\
         --b\nContent-Type: text/plain\n\nThis message was created automatically by mail delivery software.\n\n\
         --b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n\
         Final-Recipient: rfc822; user@example.net\nAction: failed\nStatus: 5.0.0\n\
         Diagnostic-Code: smtp; {diagnostic}\n\n\
         --b\nContent-Type: text/rfc822-headers\n\nFrom: sender@example.org\nTo: user@example.net\nSubject: hello\n\n--b--\n"
    )
    .into_bytes()
}

fn reason(raw: &[u8]) -> &'static str {
    let decoded = bounce::decode(raw).expect("decodes");
    assert_eq!(decoded.recipients.len(), 1, "{decoded:?}");
    decoded.recipients[0].reason
}

const EXIM_FROM: &str = "Mail Delivery System <Mailer-Daemon@mx.example.org>";
const EXIM_ID: &str = "<E1P1YNN-0003AD-Ga@mx.example.org>";

#[test]
fn exims_wording_counts_in_an_exim_notice() {
    for (words, want) in [
        ("all host address lookups failed permanently", "hostunknown"),
        ("an MX or SRV record indicated no SMTP service", "notaccept"),
        ("delivery to pipe forbidden", "systemerror"),
        ("error: quota exceeded", "mailboxfull"),
    ] {
        let raw = notice(
            EXIM_FROM,
            "Mail delivery failed: returning message to sender",
            EXIM_ID,
            words,
        );
        assert_eq!(reason(&raw), want, "{words}");
    }
}

#[test]
fn the_same_words_from_another_mta_decide_nothing() {
    let raw = notice(
        "MAILER-DAEMON@mx.example.org (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
        "<20240101000000.ABCDEF@mx.example.org>",
        "delivery to pipe forbidden",
    );
    assert_eq!(reason(&raw), "onhold");
}

#[test]
fn two_of_exims_three_signs_are_needed() {
    let words = "all host address lookups failed permanently";
    let one_sign = notice("postmaster@mx.example.org", "Returned mail", EXIM_ID, words);
    assert_eq!(reason(&one_sign), "onhold");
    let two_signs = notice("postmaster@mx.example.org", "Mail failure", EXIM_ID, words);
    assert_eq!(reason(&two_signs), "hostunknown");
}

#[test]
fn mailrus_and_mxlogics_notices_are_exims() {
    // Mail.ru runs Exim: Exim's "LMTP error after" is a system error in its notices.
    let mail_ru = notice(
        "mailer-daemon@corp.mail.ru",
        "Mail failure.",
        "<E1XsaQZ-0005MG-8M@smtp12.mail.ru>",
        "LMTP error after end of data: 451 4.3.0 temporary failure",
    );
    assert_eq!(reason(&mail_ru), "systemerror");
    // McAfee SaaS (formerly MXLogic) is known by its own header alone.
    let words = "all host address lookups failed permanently";
    let bare = notice(
        "postmaster@mx.example.org",
        "Returned mail",
        "<1@mx.example.org>",
        words,
    );
    assert_eq!(reason(&bare), "onhold");
    let marked = String::from_utf8(bare).unwrap().replacen(
        "MIME-Version:",
        "X-MX-Bounce: mta/src/queue/bounce\nMIME-Version:",
        1,
    );
    assert_eq!(reason(marked.as_bytes()), "hostunknown");
}

#[test]
fn a_postfix_notice_from_the_mail_delivery_system_is_not_exims() {
    // Postfix signs its notices "Mail Delivery System" too: one of Exim's three signs.
    let raw = notice(
        "Mail Delivery System <MAILER-DAEMON@mx.example.org>",
        "Undelivered Mail Returned to Sender",
        "<20240101000000.ABCDEF@mx.example.org>",
        "delivery to pipe forbidden",
    );
    assert_eq!(reason(&raw), "onhold");
}

#[test]
fn the_subject_decides_which_mta_is_tried_first() {
    // "Delivery Status Notification" is a sign of Exim as well as Gmail's; Sisimai
    // tries Gmail first for that subject, and Gmail's "(state 14)" is an unknown user.
    let raw = notice(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        "<0123456789@mail.gmail.com>",
        "550 550 <user@example.net>: No thank you (state 14).",
    );
    assert_eq!(reason(&raw), "userunknown");
}

/// Postfix's notice: its own `line` for the recipient, and its report's status
/// and `Diagnostic-Code`.
fn postfix_notice(status: &str, diagnostic: &str, line: &str) -> Vec<u8> {
    format!(
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\n\
         To: sender@example.org\nSubject: Undelivered Mail Returned to Sender\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n\
         --b\n\nThis is the mail system at host mx.example.org.\n\n{line}\n\n\
         --b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n\
         Final-Recipient: rfc822; user@example.net\nAction: failed\nStatus: {status}\n\
         Diagnostic-Code: smtp; {diagnostic}\n\n\
         --b\nContent-Type: text/rfc822-headers\n\nFrom: sender@example.org\nTo: user@example.net\n\n--b--\n"
    )
    .into_bytes()
}

#[test]
fn postfixs_own_line_replaces_a_shorter_diagnostic_it_holds() {
    // The report says "554 Transaction failed"; Postfix's line says where and
    // after which command, and "transaction failed " is a system error's wording.
    let raw = postfix_notice(
        "5.0.0",
        "554 Transaction failed",
        "<user@example.net>: host mx.example.net[192.0.2.1] said: 554\n    \
         Transaction failed (in reply to MAIL FROM command)",
    );
    let decoded = bounce::decode(&raw).expect("decodes");
    let recipient = &decoded.recipients[0];
    assert_eq!(recipient.reason, "systemerror");
    assert_eq!(
        recipient.diagnostic.as_deref(),
        Some(
            "host mx.example.net[192.0.2.1] said: 554 Transaction failed (in reply to MAIL FROM command)"
        )
    );
}

#[test]
fn a_refused_sender_is_rejected_only_in_the_words_rejected_uses() {
    // "Access denied" after MAIL FROM is a rejected sender only as Postfix's whole
    // phrase; a banned sending address is a block, whatever the command.
    let banned = postfix_notice(
        "5.0.0",
        "550 5.7.606 Access denied, banned sending IP [192.0.2.9]",
        "<user@example.net>: host mx.example.net[192.0.2.1] said: 550 5.7.606 Access\n    \
         denied, banned sending IP [192.0.2.9] (in reply to MAIL FROM command)",
    );
    assert_eq!(reason(&banned), "blocked");
    let denied = postfix_notice(
        "5.0.0",
        "550 Access denied",
        "<user@example.net>: host mx.example.net[192.0.2.1] said: 550 Access denied\n    \
         (in reply to MAIL FROM command)",
    );
    assert_eq!(reason(&denied), "rejected");
}

/// Sendmail's report: its list of failed addresses, its transcript, and the
/// delivery-status `fields` for user@example.net after its Action.
fn sendmail_notice(failed: &str, transcript: &str, fields: &str) -> String {
    format!(
        "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>\n\
         To: sender@example.org\nSubject: Returned mail: see transcript for details\n\
         MIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n\
         --b\n\n   ----- The following addresses had permanent fatal errors -----\n\
         {failed}\n\n   ----- Transcript of session follows -----\n{transcript}\n\n\
         --b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n\
         Final-Recipient: RFC822; user@example.net\nAction: failed\n{fields}\n\n--b--\n"
    )
}

#[test]
fn a_report_without_diagnostic_takes_the_recipients_transcript_line() {
    // Sendmail's queue-timeout notice: the DSN names no Diagnostic-Code; the
    // recipient's transcript line says why (refused connections: blocked),
    // not the status alone (4.4.7: expired).
    let raw = sendmail_notice(
        "<user@example.net>",
        "<user@example.net>... Deferred: Connection refused by mx.example.net.\n\
         Message could not be delivered for 5 days\nMessage will be deleted from queue",
        "Status: 4.4.7",
    );
    let decoded = bounce::decode(raw.as_bytes()).expect("decodes");
    let recipient = &decoded.recipients[0];
    assert_eq!(
        recipient.diagnostic.as_deref(),
        Some(
            "Deferred: Connection refused by mx.example.net. Message could not be delivered for 5 days Message will be deleted from queue"
        )
    );
    assert_eq!(recipient.reason, "blocked");
}

#[test]
fn sendmails_transcript_of_the_remotes_replies_counts_towards_the_reason() {
    // The report's words are vague; the remote said more in the session.
    let raw = sendmail_notice(
        "<user@example.net>",
        "... while talking to mx.example.net.:\n>>> DATA\n\
         <<< 552 5.2.2 Mailbox over quota, try again later\n\
         554 5.0.0 Service unavailable",
        "Status: 5.0.0\nDiagnostic-Code: SMTP; 554 5.0.0 Service unavailable",
    );
    let decoded = bounce::decode(raw.as_bytes()).expect("decodes");
    let recipient = &decoded.recipients[0];
    assert_eq!(recipient.reason, "mailboxfull");
    // The words shown stay the report's.
    assert_eq!(
        recipient.diagnostic.as_deref(),
        Some("554 5.0.0 Service unavailable")
    );
}

#[test]
fn a_postfix_line_folded_at_the_address_keeps_its_words() {
    let raw = "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\n\
        To: sender@example.org\nSubject: Undelivered Mail Returned to Sender\n\n\
        This is the Postfix program at host mx.example.org.\n\n\
        I'm sorry to have to inform you that the message returned\n\
        below could not be delivered to one or more destinations.\n\n\
        <user@example.net>: host\n    mx.example.net[192.0.2.22] said: 550\n    <user@example.net>: User unknown\n\n";
    let decoded = bounce::decode(raw.as_bytes()).expect("decodes");
    assert_eq!(decoded.recipients.len(), 1, "{decoded:?}");
    let recipient = &decoded.recipients[0];
    let diagnostic = recipient.diagnostic.as_deref().unwrap_or("");
    assert!(
        diagnostic.ends_with("<user@example.net>: User unknown"),
        "{diagnostic}"
    );
    // User-unknown words with no RCPT command named: filtered, as Sisimai reads it.
    assert_eq!(recipient.reason, "filtered");
}

#[test]
fn replies_with_no_command_sent_mean_the_session_was_refused() {
    // Sendmail's transcript: the server answered 554 before any command of ours.
    let raw = "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>\n\
        To: sender@example.org\nSubject: Returned mail: see transcript for details\n\
        MIME-Version: 1.0\n\
        Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n\
        --b\n\n   ----- Transcript of session follows -----\n\
        ... while talking to mx.example.net.:\n\
        <<< 554 IP=192.0.2.254 - A problem occurred. (BL)\n554 5.0.0 Service unavailable\n\n\
        --b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n\
        Final-Recipient: RFC822; user@example.net\nAction: failed\nStatus: 5.5.0\n\
        Diagnostic-Code: SMTP; 554 IP=192.0.2.254 - A problem occurred. (BL)\n\n--b--\n";
    let decoded = bounce::decode(raw.as_bytes()).expect("decodes");
    let recipient = &decoded.recipients[0];
    assert_eq!(recipient.smtp_command.as_deref(), Some("EHLO"));
    assert_eq!(recipient.reason, "blocked");
}

#[test]
fn each_recipient_of_a_list_gets_its_own_lines_words() {
    // OpenSMTPD lists the recipients one line each; the report gives no diagnostic.
    let raw = "From: Mailer Daemon <MAILER-DAEMON@mx.example.org>\n\
        To: sender@example.org\nSubject: Delivery status notification: error\n\
        MIME-Version: 1.0\n\
        Content-Type: multipart/mixed; boundary=\"b\"\n\n\
        --b\nContent-Type: text/plain\n\n    Hi!\n\n\
        This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n\
        An error has occurred while attempting to deliver a message for\n\
        the following list of recipients:\n\n\
        one@example.net: 550 5.1.1 <one@example.net>: Recipient address rejected: User unknown\n\
        two@example.net: 552 5.2.2 <two@example.net>: Recipient address rejected: Mailbox full\n\n\
        --b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n\
        Final-Recipient: rfc822; one@example.net\nAction: failed\nStatus: 5.0.0\n\n\
        Final-Recipient: rfc822; two@example.net\nAction: failed\nStatus: 5.0.0\n\n--b--\n";
    let decoded = bounce::decode(raw.as_bytes()).expect("decodes");
    let got: Vec<(&str, &str)> = decoded
        .recipients
        .iter()
        .map(|r| (r.recipient.as_str(), r.reason))
        .collect();
    assert_eq!(
        got,
        [
            ("one@example.net", "userunknown"),
            ("two@example.net", "mailboxfull")
        ]
    );
}

/// Exim's plain-text notice for one address, the remote's reply quoted under it.
fn exim_notice(address: &str, error_lines: &str) -> Vec<u8> {
    format!(
        "From: {EXIM_FROM}\nTo: sender@example.org\n\
         Subject: Mail delivery failed: returning message to sender\nMessage-Id: {EXIM_ID}\n\
         X-Failed-Recipients: {address}\n\n\
         This message was created automatically by mail delivery software.\n\n\
         A message that you sent could not be delivered to one or more of its\n\
         recipients. This is a permanent error. The following address(es) failed:\n\n\
         \x20 {address}\n{error_lines}\n\n\
         ------ This is a copy of the message, including all the headers. ------\n\n\
         From: sender@example.org\nTo: {address}\nSubject: hello\n\nhello\n"
    )
    .into_bytes()
}

#[test]
fn addresses_quoted_in_the_remotes_reply_are_not_recipients() {
    // The reply to MAIL FROM names the sender, indented under the failed address.
    let raw = exim_notice(
        "user@example.net",
        "    host mx.example.net [192.0.2.25]\n\
         \x20   SMTP error from remote mail server after MAIL FROM:<sender@example.org> SIZE=2048:\n\
         \x20   553 5.1.8 <sender@example.org>... Domain of sender address sender@example.org does not exist",
    );
    let decoded = bounce::decode(&raw).expect("decodes");
    let got: Vec<(&str, &str)> = decoded
        .recipients
        .iter()
        .map(|r| (r.recipient.as_str(), r.reason))
        .collect();
    assert_eq!(got, [("user@example.net", "rejected")]);
    assert_eq!(decoded.recipients[0].smtp_command.as_deref(), Some("MAIL"));
}

#[test]
fn a_group_address_in_an_exim_notice_is_exims_failure() {
    // Google Groups' own refusal needs Google's signs (Lhost/GoogleGroups.pm), not
    // only a group's address: here Exim says the mailbox is full.
    let raw = exim_notice(
        "team@googlegroups.com",
        "    host aspmx.l.google.com [192.0.2.25]\n\
         \x20   SMTP error from remote mail server after RCPT TO:<team@googlegroups.com>:\n\
         \x20   452 4.2.2 The email account that you tried to reach is over quota.",
    );
    assert_eq!(reason(&raw), "mailboxfull");
}

/// A report from the mailer daemon that no MTA's format claims, quoting a local
/// delivery agent in its text.
fn agent_notice(text: &str, diagnostic: &str) -> Vec<u8> {
    format!(
        "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>\nTo: sender@example.org\n\
         Subject: Delivery failure\nMIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n\
         --b\nContent-Type: text/plain\n\n{text}\n\n\
         --b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n\
         Final-Recipient: rfc822; user@example.net\nAction: failed\nStatus: 5.1.1\n\
         Diagnostic-Code: smtp; {diagnostic}\n\n--b--\n"
    )
    .into_bytes()
}

#[test]
fn a_delivery_agents_own_words_decide_in_a_notice_no_mta_claims() {
    // Dovecot's LDA refusal, under a report whose code says "unknown user".
    let raw = agent_notice(
        "Your message to <user@example.net> was automatically rejected:\nNot enough disk space",
        "550 5.1.1 <user@example.net>... User Unknown",
    );
    let decoded = bounce::decode(&raw).expect("decodes");
    let recipient = &decoded.recipients[0];
    assert_eq!(recipient.reason, "mailboxfull");
    assert_eq!(
        recipient.diagnostic.as_deref(),
        Some("Not enough disk space")
    );
    // Without the agent's wording the report's own words stand.
    let plain = agent_notice(
        "Your message could not be delivered.",
        "550 5.1.1 <user@example.net>... User Unknown",
    );
    assert_eq!(reason(&plain), "userunknown");
}

#[test]
fn a_postfix_notice_is_postfixs_even_when_it_quotes_an_agent() {
    let raw = notice(
        "MAILER-DAEMON@mx.example.org (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
        "<20240101000000.ABCDEF@mx.example.org>",
        "vdelivermail: account is locked email bounced",
    );
    // Postfix's notice: the words are read as any remote's (a locked account).
    assert_eq!(reason(&raw), "suspend");
}

#[test]
fn exims_notice_reads_the_command_before_the_words() {
    // A refused greeting is a block whatever the words (Lhost/Exim.pm) ...
    let greeting = exim_notice(
        "user@example.net",
        "    host mx.example.net [192.0.2.25]\n\
         \x20   SMTP error from remote mail server after HELO mx.example.org:\n\
         \x20   550 Bad DNS PTR resource record",
    );
    assert_eq!(reason(&greeting), "blocked");
    // ... and a refused sender is decided by the general rules' first pass only:
    // "unauthenticated senders" would be a security error anywhere else.
    let sender = |words: &str| {
        exim_notice(
            "user@example.net",
            &format!(
                "    host mx.example.net [192.0.2.25]\n\
                 \x20   SMTP error from remote mail server after MAIL FROM:<sender@example.org> SIZE=2048:\n\
                 \x20   {words}"
            ),
        )
    };
    assert_eq!(
        reason(&sender("550 Unauthenticated senders not allowed")),
        "onhold"
    );
    assert_eq!(
        reason(&sender(
            "550 5.7.1 Client host rejected: cannot find your hostname"
        )),
        "requireptr"
    );
}

#[test]
fn amazon_workmails_report_is_read_as_any_report() {
    let report = |mailer: &str| {
        format!(
            "From: MAILER-DAEMON@us-west-2.amazonses.com\nTo: sender@example.org\n\
             Subject: Delivery Status Notification (Failure)\nX-SES-Outgoing: 2016.01.14-54.240.27.8\n\
             X-Mailer: {mailer}\nMIME-Version: 1.0\n\
             Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n\
             --b\nContent-Type: text/plain\n\nTechnical report:\n\n\
             --b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; a27-8.smtp-out.us-west-2.amazonses.com\n\n\
             Final-Recipient: rfc822; user@example.net\nAction: failed\nStatus: 5.7.24\n\
             Diagnostic-Code: smtp; 550 5.2.2 <user@example.net>... Mailbox Full\n\n--b--\n"
        )
        .into_bytes()
    };
    // Sisimai 5.2 has no Amazon WorkMail module (go-sisimai lhost/order.go): its
    // reports are read as RFC 3464 reports, the remote's words before the status.
    assert_eq!(reason(&report("Amazon WorkMail")), "mailboxfull");
    assert_eq!(reason(&report("Some Mailer")), "mailboxfull");
}

#[test]
fn a_providers_wording_is_where_the_general_rules_start() {
    let from = "MAILER-DAEMON@mx.example.org (Mail Delivery System)";
    let subject = "Delivery failure";
    let id = "<20240101000000.ABCDEF@mx.example.org>";
    // Exchange's "recipient not found" wording is an unknown user ...
    let plain = notice(
        from,
        subject,
        id,
        "550 5.1.10 RESOLVER.ADR.RecipNotFound; not found",
    );
    assert_eq!(reason(&plain), "userunknown");
    // ... unless a rule Sisimai tries first says otherwise: 5.7.23 is an SPF failure.
    let spf = notice(
        from,
        subject,
        id,
        "550 5.7.23 RESOLVER.ADR.RecipNotFound; not found",
    );
    assert_eq!(reason(&spf), "authfailure");
}

#[test]
fn a_report_naming_no_address_takes_the_transcript_line_of_the_one_it_names() {
    // Final-Recipient is a route, no address; Sendmail's transcript names the
    // address and says what happened (Lhost/Sendmail.pm reads that line).
    let raw = "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>\n\
        To: sender@example.org\nSubject: Returned mail: see transcript for details\n\
        MIME-Version: 1.0\n\
        Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n\
        --b\n\n   ----- The following addresses had permanent fatal errors -----\n\
        <user@example.net>\n    (reason: 550 Host unknown)\n\n\
        \x20  ----- Transcript of session follows -----\n\
        550 5.7.6 <user@example.net>... Host unknown (Name server: mx.example.net: no data known)\n\n\
        --b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n\
        Final-Recipient: RFC822; @mx.example.net\nAction: failed\nStatus: 5.7.6\n\n--b--\n";
    let decoded = bounce::decode(raw.as_bytes()).expect("decodes");
    let recipient = &decoded.recipients[0];
    assert_eq!(recipient.recipient, "user@example.net");
    assert_eq!(recipient.reason, "hostunknown");
    assert_eq!(recipient.reply_code.as_deref(), Some("550"));
}

#[test]
fn a_precise_status_overrules_gmails_session_state() {
    let gmail = |words: &str| {
        notice(
            "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            "Delivery Status Notification (Failure)",
            "<0123456789@mail.gmail.com>",
            words,
        )
    };
    // "(state 18)" is a header refused after DATA (Lhost/Gmail.pm's table) ...
    assert_eq!(
        reason(&gmail("554 554 5.7.0 Header error (state 18).")),
        "filtered"
    );
    // ... unless the reply's own code is precise: 5.4.4 is an unroutable host.
    assert_eq!(
        reason(&gmail("554 554 5.4.4 Header error (state 18).")),
        "hostunknown"
    );
}

#[test]
fn office_365s_notices_are_read_as_any_report() {
    // Sisimai 5.2 has no Office 365 module (go-sisimai lhost/order.go): its
    // notices go to the RFC 3464 reader and Microsoft's codes count where its
    // hosts said them (rhost/for-microsoft.go), not because a notice bears
    // Office 365's signs.
    let o365 = |words: &str| {
        notice(
            "Microsoft Outlook <postmaster@example.com>",
            "Undeliverable: hello",
            "<ab12cd34.namprd01.prod.outlook.com>",
            words,
        )
    };
    let other = |words: &str| {
        notice(
            "MAILER-DAEMON@mx.example.org (Mail Delivery System)",
            "Delivery failure",
            "<20240101000000.ABCDEF@mx.example.org>",
            words,
        )
    };
    for words in [
        "550 5.7.606 Access denied, banned sending IP [192.0.2.1]",
        "550 5.7.501 Service unavailable. Spam abuse detected from IP range.",
    ] {
        assert_eq!(reason(&o365(words)), reason(&other(words)), "{words}");
    }
    assert_eq!(
        reason(&o365(
            "550 5.7.501 Service unavailable. Spam abuse detected from IP range."
        )),
        "securityerror"
    );
}

/// A plain-text notice with only its MTA module's signs (Sisimai's X6.pm:
/// its subject and opening line): no DSN and none of the usual words.
fn x6_notice(remote_words: &str) -> Vec<u8> {
    format!(
        "From: mailer-daemon\nTo: sender@example.org\n\
         Subject: There was an error sending your mail\nAuto-Submitted: auto-replied\n\n\
         We had trouble delivering your message. Full details follow:\n\n\
         Subject: 'Order'\n\n1 error(s):\n\n\
         SMTP Server <mx.example.net> rejected recipient <user@example.net> \
         (Error following RCPT command). It responded as follows: [550 5.1.1 {remote_words}]\n\n\
         The attachment contains the original mail headers.\n"
    )
    .into_bytes()
}

#[test]
fn a_notice_is_known_by_its_mtas_signs_whatever_the_remote_said() {
    for (words, want) in [
        ("User unknown", "userunknown"),
        ("there is no one at this address", "userunknown"),
        ("mailbox is full", "mailboxfull"),
    ] {
        let decoded = bounce::decode(&x6_notice(words)).expect("decodes");
        assert_eq!(decoded.kind, bounce::Kind::Bounce, "{words}");
        assert_eq!(decoded.recipients.len(), 1, "{words}: {decoded:?}");
        assert_eq!(decoded.recipients[0].recipient, "user@example.net");
        assert_eq!(decoded.recipients[0].reason, want, "{words}");
    }
}

#[test]
fn an_auto_reply_from_a_sender_without_address_is_still_reported() {
    let raw = b"From: MAILER-DAEMON\nTo: sender@example.org\nSubject: Auto: Order\n\
        Auto-Submitted: auto-replied\n\nI am away until Monday.\n";
    let decoded = bounce::decode(raw).expect("decodes");
    assert_eq!(decoded.kind, bounce::Kind::AutoReply);
    assert_eq!(decoded.recipients.len(), 1, "{decoded:?}");
    assert_eq!(decoded.recipients[0].reason, "vacation");
}

#[test]
fn gmails_tls_states_are_starttls_failures() {
    for state in ["6", "9"] {
        let raw = notice(
            "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            "Delivery Status Notification (Failure)",
            "<0123456789@mail.gmail.com>",
            &format!("454 454 TLS missing certificate (#4.3.0) (state {state})."),
        );
        assert_eq!(reason(&raw), "failedstarttls", "state {state}");
    }
}

/// qmail-send's notice for one recipient, with qmail-remote's words.
fn qmail_notice(lines: &str) -> Vec<u8> {
    format!(
        "From: MAILER-DAEMON@mx.example.org\nTo: sender@example.org\nSubject: failure notice\n\
         Received: (qmail 12345 invoked for bounce); 2 Dec 2024 01:00:01 -0000\n\n\
         Hi. This is the qmail-send program at mx.example.org.\n\
         I'm afraid I wasn't able to deliver your message to the following addresses.\n\
         This is a permanent error; I've given up. Sorry it didn't work out.\n\n\
         <user@example.net>:\n{lines}\n\n--- Below this line is a copy of the message.\n\n\
         From: sender@example.org\nTo: user@example.net\nSubject: hello\n"
    )
    .into_bytes()
}

#[test]
fn a_refused_recipient_that_stayed_queued_is_left_to_the_general_rules() {
    // Sisimai/Lhost/qmail.pm's `$onholdpair`: neither the refusal nor the queue decides.
    let queued = "192.0.2.25 does not like recipient.\n\
                  Remote host said: 451 4.3.0 please try again later\n\
                  I'm not going to try again; this message has been in the queue too long.";
    assert_eq!(reason(&qmail_notice(queued)), "onhold");
    let full = queued.replace("4.3.0 please try again later", "4.2.2 mailbox full");
    assert_eq!(reason(&qmail_notice(&full)), "mailboxfull");
    // The queue alone: expired.
    let expired = "Sorry, I couldn't connect to 192.0.2.25.\n\
                   I'm not going to try again; this message has been in the queue too long.";
    assert_eq!(reason(&qmail_notice(expired)), "expired");
}

/// Google Groups' notice for a group, with `lines` as its body.
fn google_groups_notice(lines: &str) -> Vec<u8> {
    format!(
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: sender@example.org\n\
         Subject: Delivery Status Notification (Failure)\n\
         X-Failed-Recipients: group@googlegroups.com\nX-Google-Smtp-Source: AbCdEf\n\n\
         Hello sender@example.org,\n\n{lines}\n\nGoogle Groups\n\n\n\
         ----- Original message -----\n\nFrom: sender@example.org\nTo: group@googlegroups.com\n"
    )
    .into_bytes()
}

#[test]
fn a_google_group_refuses_only_where_its_notice_lists_why() {
    // Sisimai/Lhost/GoogleGroups.pm: the four possible causes listed, `rejected`.
    let listed = "We're writing to let you know that the group you tried to contact (group) \
                  may not exist, or you may not have permission to post messages to the group. \
                  A few more details on why you weren't able to post:\n\n \
                  * You might have spelled or formatted the group name incorrectly.\n \
                  * The owner of the group may have removed this group.\n \
                  * You may need to join the group before receiving permission to post.\n \
                  * This group may not be open to posting.";
    assert_eq!(reason(&google_groups_notice(listed)), "rejected");
    let other = "Your message to the group was not delivered: the group is over its daily limit.";
    assert_eq!(reason(&google_groups_notice(other)), "onhold");
}

/// EZweb's (au's) notice for one recipient, with `extra` header lines.
fn ezweb_notice(extra: &str, words: &str) -> Vec<u8> {
    format!(
        "From: <Postmaster@ezweb.ne.jp>\nTo: <sender@example.org>\n\
         Subject: Mail System Error - Returned Mail\n{extra}\
         Message-Id: <20080907124012.EF283A071@wsmtpr24.ezweb.ne.jp>\n\n\
         <user@ezweb.ne.jp>\n\n{words}\n\
         ---------------------------------------------------\n\
         From: sender@example.org\nTo: user@ezweb.ne.jp\nSubject: hello\n"
    )
    .into_bytes()
}

#[test]
fn aus_spam_filter_sign_and_its_own_words_decide() {
    // Sisimai/Lhost/EZweb.pm: `X-SPASIGN: NG` is au's spam filter, whatever the words.
    let rejected = "Each of the following recipients was rejected by a remote mail server.";
    assert_eq!(
        reason(&ezweb_notice("X-SPASIGN: NG\n", rejected)),
        "filtered"
    );
    // Without it those words decide nothing.
    assert_eq!(reason(&ezweb_notice("", rejected)), "onhold");
    let limited = "The user(s) account is temporarily limited.";
    assert_eq!(reason(&ezweb_notice("", limited)), "suspend");
    // A refusal at RCPT is the mailbox's.
    let at_rcpt = "The following recipients did not receive this message:
                   >>> RCPT TO:<user@ezweb.ne.jp>
<<< 550 <user@ezweb.ne.jp>: No thank you";
    assert_eq!(reason(&ezweb_notice("", at_rcpt)), "userunknown");
}

#[test]
fn verizons_picture_message_gateway_is_verizons_too() {
    // Sisimai/Lhost/Verizon.pm's vzwpix.com branch.
    let raw = b"Received: from mms.vzwpix.com (mms.vtext.com (192.0.2.5)) by mx.example.org\n\
        From: sysadmin@mms.vzwpix.com\nTo: Kijitora <kijitora@example.jp>\n\
        Subject: Returned mail: see transcript for details\n\n\
        Message could not be delivered to mobile.\n\
        Error: No valid recipients for this MM\n\n\
        Original Message:\nFrom: kijitora <kijitora@example.jp>\nTo: 0000000000@vzwpix.com\n\
        Subject: test for bounce\n";
    let decoded = bounce::decode(raw).expect("decodes");
    assert_eq!(decoded.recipients.len(), 1, "{decoded:?}");
    // Not the sender the notice goes back to, quoted in the copy first.
    assert_eq!(decoded.recipients[0].recipient, "0000000000@vzwpix.com");
    assert_eq!(decoded.recipients[0].reason, "userunknown");
}

#[test]
fn imail_servers_own_wording_counts_in_its_notices() {
    // Sisimai/Lhost/IMailServer.pm's table, in a notice its signs claim.
    let raw = b"From: postmaster@mx.example.org\nTo: sender@example.org\n\
        Subject: Undeliverable Mail \nX-Mailer: <SMTP32 v8.22>\n\n\
        Body of message generated response:\n\n\
        Unknown user\n\n\
        User: user@example.net\n\n\
        Original message follows.\n\nFrom: sender@example.org\nTo: user@example.net\n";
    let decoded = bounce::decode(raw).expect("decodes");
    assert_eq!(decoded.recipients.len(), 1, "{decoded:?}");
    // Without the module, an unknown user with no SMTP command is a filter's.
    assert_eq!(decoded.recipients[0].reason, "userunknown");
}

#[test]
fn mimecasts_notice_names_its_recipients_and_their_words() {
    // Sisimai's lhost/via-mimecast.go: `-- a@b` lines are recipients, the other
    // `-- ` lines their words; the Exchange host those words name picks
    // Microsoft's rules (5.4.1 with "access denied" is an unknown recipient there).
    let raw = b"From: Postmaster <postmaster@mimecast.example>\nTo: sender@example.org\n\
        Subject: [Postmaster] Email Delivery Failure\n\
        Message-Id: <0123456789-1102117314000@us-mta-25.us.mimecast.lan>\n\n\
        This is an automated alert notification. Please do not reply.\n\n\
        An email that you attempted to send to the following address could not be delivered:\n\
        -- user@example.net\n\n\
        The problem appears to be :\n-- Recipient email address is possibly incorrect\n\n\
        Additional information follows :\n\
        -- 5.4.1 Recipient address rejected: Access denied. [AB1PR01MB0001.jpnprd01.prod.outlook.com 2024-02-19T09:30:25.255Z 08DC]\n\n\
        This condition occurred after 1 attempt(s) to deliver over a period of 0 hour(s).\n";
    let decoded = bounce::decode(raw).expect("decodes");
    assert_eq!(decoded.decoded_by, "mimecast");
    assert_eq!(decoded.recipients.len(), 1, "{decoded:?}");
    let r = &decoded.recipients[0];
    assert_eq!(r.recipient, "user@example.net");
    assert_eq!(
        r.remote_mta.as_deref(),
        Some("ab1pr01mb0001.jpnprd01.prod.outlook.com")
    );
    assert_eq!(r.reason, "userunknown");
    assert!(
        r.diagnostic
            .as_deref()
            .unwrap_or("")
            .starts_with("Recipient email address")
    );
}

/// An Exchange non-delivery report's section for administrators, with `code`.
fn exchange_ndr(code: &str) -> Vec<u8> {
    format!(
        "From: postmaster@example.org\nTo: sender@example.org\nSubject: Undeliverable: hello\n\
         Content-Language: en-US\nMIME-Version: 1.0\nContent-Type: text/plain\n\n\
         Delivery has failed to these recipients or groups:\n\nuser@example.net\n\
         Your message couldn't be delivered.\n\n\
         Diagnostic information for administrators:\n\nGenerating server: mx.example.org\n\n\
         user@example.net\nRemote Server returned '{code}'\n\n\
         Original message headers:\n\nFrom: sender@example.org\nTo: user@example.net\nSubject: hello\n"
    )
    .into_bytes()
}

#[test]
fn exchanges_resolver_and_queue_codes_name_the_reason_in_its_reports() {
    for (code, want) in [
        (
            "550 5.2.0 RESOLVER.ADR.BadPrimary; bad primary address",
            "systemerror",
        ),
        (
            "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large",
            "exceedlimit",
        ),
        (
            "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized",
            "rejected",
        ),
        ("550 4.4.7 QUEUE.Expired; message expired", "expired"),
    ] {
        let decoded = bounce::decode(&exchange_ndr(code)).expect("decodes");
        assert_eq!(decoded.recipients.len(), 1, "{code}: {decoded:?}");
        assert_eq!(decoded.recipients[0].reason, want, "{code}");
    }
}

#[test]
fn sendmails_transcript_tells_what_a_mailers_exit_code_meant() {
    // The report gives the local mailer's exit code only (`X-Unix; 255`); the
    // transcript has Sendmail's line for it, with its status code.
    let raw = sendmail_notice(
        "\"|/usr/local/bin/catch\"\n    (reason: 255)\n    (expanded from: <user@example.net>)",
        "DBI connect failed: FATAL:  sorry, too many clients already\n\
         554 5.3.0 unknown mailer error 255",
        "Status: 5.0.0\nDiagnostic-Code: X-Unix; 255",
    );
    let decoded = bounce::decode(raw.as_bytes()).expect("decodes");
    let recipient = &decoded.recipients[0];
    assert_eq!(recipient.reason, "mailererror");
    assert_eq!(recipient.status.as_deref(), Some("5.3.0"));
    assert_eq!(
        recipient.diagnostic.as_deref(),
        Some("554 5.3.0 unknown mailer error 255")
    );
}

#[test]
fn an_office_365_report_is_read_by_exchanges_codes_first() {
    // Microsoft 365 signs its reports as Office 365 does, but its RESOLVER code
    // names the failure before the status's range in Office 365's table (5.7.1:
    // rejected): Sisimai 5.2 reads them as Exchange 2007's.
    let raw = String::from_utf8(exchange_ndr(
        "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required",
    ))
    .unwrap()
    .replacen(
        "Content-Language: en-US\n",
        "Content-Language: en-US\nX-MS-Exchange-Message-Is-Ndr:\n\
         X-MS-Exchange-CrossTenant-OriginalArrivalTime: 08 Mar 2025 17:40:36.0000 (UTC)\n",
        1,
    );
    assert_eq!(reason(raw.as_bytes()), "securityerror");
}

#[test]
fn smails_notice_names_each_failed_address_with_its_words() {
    // Smail 3's notify.c, which Deutsche Telekom's notices still follow: the
    // subject "mail failed, ...", the failed addresses between banners.
    let raw = "From: MAILER-DAEMON@mx.example.org\nTo: sender@example.org\n\
        Subject: mail failed, returning to sender\n\n\
        |------------------------- Message log follows: -------------------------|\n\
        no valid recipients were found for this message\n\
        |------------------------- Failed addresses follow: ---------------------|\n\
        \x20user@nyaan.example.com ... unknown host\n\
        |------------------------- Message text follows: ------------------------|\n\
        From: sender@example.org\nTo: user@nyaan.example.com\nSubject: hello\n\nhello\n";
    let decoded = bounce::decode(raw.as_bytes()).expect("decodes");
    assert_eq!(decoded.recipients.len(), 1, "{decoded:?}");
    let recipient = &decoded.recipients[0];
    assert_eq!(recipient.recipient, "user@nyaan.example.com");
    assert_eq!(recipient.reason, "hostunknown");
    assert_eq!(recipient.diagnostic.as_deref(), Some("unknown host"));
}

#[test]
fn postfix_without_its_delivery_report_names_the_returned_messages_recipient() {
    // bounce(8) could not read its log: no recipient, no words. The returned
    // message's To: failed, for a reason nobody wrote down.
    let raw = "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\n\
        To: sender@example.org\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n\
        Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n\
        --b\nContent-Type: text/plain\n\nThis is the mail system at host mx.example.org.\n\n\
        I'm sorry to have to inform you that your message could not\n\
        be delivered to one or more recipients. It's attached below.\n\n\
        \x20                  The mail system\n\n\t--- Delivery report unavailable ---\n\n\
        --b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n\
        --b\nContent-Type: message/rfc822\n\nFrom: sender@example.org\nTo: user@example.net\n\
        Subject: hello\n\nhello\n--b--\n";
    let decoded = bounce::decode(raw.as_bytes()).expect("decodes");
    assert_eq!(decoded.recipients.len(), 1, "{decoded:?}");
    let recipient = &decoded.recipients[0];
    assert_eq!(recipient.recipient, "user@example.net");
    assert_eq!(recipient.reason, "undefined");
    assert_eq!(recipient.diagnostic, None);
}

/// The notice Sisimai's X3 module reads, with `lines` under its recipient.
fn x3_notice(lines: &str) -> Vec<u8> {
    format!(
        "From: Mail Delivery System <Mail.Delivery.System@mx.example.com>\nTo: sender@example.org\n\
         Subject: Delivery status notification\n\n\
         \x20     This is an automatically generated Delivery Status Notification.\n\n\
         Delivery to the following recipients failed permanently:\n\n   * user@example.net\n\n{lines}\n"
    )
    .into_bytes()
}

#[test]
fn x3s_notice_has_words_only_in_its_own_lines() {
    let said = bounce::decode(&x3_notice(
        "SMTP:RCPT host 192.0.2.8: 553 5.3.0 <user@example.net>... No such user here",
    ))
    .expect("decodes");
    assert_eq!(said.recipients[0].recipient, "user@example.net");
    assert_eq!(said.recipients[0].reason, "userunknown");
    // Listed and nothing said: no words, and so no reason.
    let listed = bounce::decode(&x3_notice("")).expect("decodes");
    assert_eq!(listed.recipients[0].recipient, "user@example.net");
    assert_eq!(listed.recipients[0].reason, "undefined");
    assert_eq!(listed.recipients[0].diagnostic, None);
}

#[test]
fn a_status_fields_comment_is_part_of_the_words() {
    // "550 ... User Unknown" alone, with no SMTP command, is a filtered recipient;
    // the Status field's comment says the mailbox is disabled.
    let raw = String::from_utf8(notice(
        "postmaster@mail.example.org",
        "Delivery report",
        "<1@mail.example.org>",
        "550 5.2.1 <user@example.net>... User Unknown",
    ))
    .unwrap()
    .replacen(
        "Status: 5.0.0",
        "Status: 5.2.1 (mailbox disabled, not accepting messages)",
        1,
    );
    assert_eq!(reason(raw.as_bytes()), "suspend");
}

#[test]
fn postfixs_postmaster_notice_reads_each_recipient_from_the_session() {
    // smtpd_chat.c's notice: one RCPT accepted, one refused, the second
    // written over two lines as Postfix folds a long command.
    let raw = "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\nTo: postmaster@mx.example.org\n\
        Subject: Postfix SMTP server: errors from client.example.net[192.0.2.9]\n\n\
        Transcript of session follows.\n\n Out: 220 mx.example.org ESMTP\n In:  EHLO client.example.net\n\
         Out: 250-mx.example.org\n Out: 250 CHUNKING\n In:  MAIL FROM:<sender@example.net>\n Out: 250 2.1.0 Ok\n\
         In:  RCPT TO:<taken@example.jp>\n Out: 250 2.1.5 Ok\n In:  RCPT\n     TO:<elsewhere@example.org> ORCPT=rfc822;elsewhere@example.org\n\
         Out: 554 5.7.1 <elsewhere@example.org>: Relay access denied\n In:  QUIT\n Out: 221 2.0.0 Bye\n\n\
        For other details, see the local mail logfile\n";
    let decoded = bounce::decode(raw.as_bytes()).expect("decodes");
    let got: Vec<(&str, &str, Option<&str>)> = decoded
        .recipients
        .iter()
        .map(|r| (r.recipient.as_str(), r.reason, r.diagnostic.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("taken@example.jp", "undefined", None),
            (
                "elsewhere@example.org",
                "norelaying",
                Some("554 5.7.1 <elsewhere@example.org>: Relay access denied")
            ),
        ]
    );
    assert!(
        decoded
            .recipients
            .iter()
            .all(|r| r.smtp_command.as_deref() == Some("RCPT"))
    );
}

#[test]
fn a_content_filters_notice_is_read_with_its_own_words() {
    // amavisd-new's notices have no module of their own since Sisimai 5.2: the
    // RFC 3464 reader reads its words with the report's, so the header it names
    // outranks the "- SPAM" the report ends with.
    let raw = "From: \"Content-filter at mx.example.org\" <postmaster@mx.example.org>\n\
        To: <sender@example.org>\nSubject: Considered UNSOLICITED BULK EMAIL, apparently from you\n\
        MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n\
        --b\nContent-Type: text/plain\n\nA message from <sender@example.org> to:\n-> user@example.net\n\n\
        was considered unsolicited bulk e-mail (UBE).\n\nDuplicate header field: \"From\"\n\n\
        --b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n\
        Final-Recipient: rfc822;user@example.net\nAction: failed\nStatus: 5.7.0\n\
        Diagnostic-Code: smtp; 554 5.7.0 Reject, id=20025-09 - SPAM\n\n\
        --b\nContent-Type: text/rfc822-headers\n\nFrom: sender@example.org\nTo: user@example.net\nSubject: hello\n\n--b--\n";
    assert_eq!(reason(raw.as_bytes()), "notcompliantrfc");
}

fn fml_notice(subject: &str, error: &str) -> Vec<u8> {
    format!(
        "From: lists-admin@example.org\nTo: lists-admin@example.org\nSubject: {subject}\n\
         X-MLServer: fml [fml 4.0.3 release (20011202/4.0.3)]\nMIME-Version: 1.0\n\
         Content-Type: text/plain; charset=us-ascii\n\n\
         {error}\n\n\nOriginal mail as follows:\n\n   From someone@example.net  Thu Apr 29 23:34:45 2017\n\
         \x20  To: <lists@example.org>\n   Subject: Reject mail from me\n\n   Hello\n"
    )
    .into_bytes()
}

#[test]
fn fmls_error_decides_then_the_subject_it_gave_the_notice() {
    // Sisimai/Lhost/FML.pm: the error's words ...
    let refused = fml_notice(
        "NOT MEMBER article from someone@example.net (lists ML)",
        "You are not a member of this mailing list <someone@example.net>.",
    );
    let decoded = bounce::decode(&refused).expect("decodes");
    let r = &decoded.recipients[0];
    assert_eq!(r.reason, "rejected");
    // ... the quoted original is not part of them ...
    assert_eq!(
        r.diagnostic.as_deref(),
        Some("You are not a member of this mailing list <someone@example.net>.")
    );
    // ... and the subject when the error says nothing the module knows.
    let looped = fml_notice(
        "fml system error message (lists ML)",
        "Something went wrong with <someone@example.net>.",
    );
    assert_eq!(reason(&looped), "systemerror");
}

#[test]
fn interscans_unable_to_deliver_is_an_unknown_user_however_it_goes_on() {
    // Sisimai/Lhost/InterScanMSS.pm: "Unable to deliver" in the error, whatever follows.
    let raw = "From: postmaster@mx.example.jp (\"InterScan Notification\")\nTo: sender@example.org\n\
        Subject: Mail could not be delivered\n\n\
        *************************************************************\n\n\
        Message from InterScan Messaging Security Suite\n\n\
        Unable to deliver the message to <user@example.net>. Please check the address.\n\n\
        *************************************************************\n";
    assert_eq!(reason(raw.as_bytes()), "userunknown");
}

/// A Lotus Notes notice in plain text, its words under its banner.
fn notes_notice(charset: &str, words: &[u8]) -> Vec<u8> {
    let mut raw = format!(
        "From: Postmaster <postmaster@notes.example.jp>\nTo: sender@example.org\n\
         Subject: Undeliverable message\nMIME-Version: 1.0\n\
         Content-Type: text/plain; charset={charset}\n\n\
         ------- Failure Reasons  --------\n\n"
    )
    .into_bytes();
    raw.extend_from_slice(words);
    raw.extend_from_slice(
        b"\nuser@notes.example.jp\n\n\n------- Returned Message --------\n\
          From: sender@example.org\nTo: user@notes.example.jp\nSubject: hello\n\nhello\n",
    );
    raw
}

#[test]
fn notes_says_unknown_user_in_english_and_in_japanese_under_its_banner() {
    for (charset, words, said) in [
        (
            "ISO-8859-1",
            &b"User  not listed in public Name & Address Book"[..],
            "User not listed in public Name & Address Book",
        ),
        // "Not in the directory's list", in ISO-2022-JP.
        (
            "ISO-2022-JP",
            &b"\x1b$B%G%#%l%/%H%j$N%j%9%H$K$\"$j$^$;$s\x1b(B"[..],
            "ディレクトリのリストにありません",
        ),
    ] {
        let decoded = bounce::decode(&notes_notice(charset, words)).expect("decodes");
        let recipient = &decoded.recipients[0];
        assert_eq!(recipient.recipient, "user@notes.example.jp");
        assert_eq!(recipient.reason, "userunknown", "{said}");
        assert_eq!(recipient.diagnostic.as_deref(), Some(said));
    }
}

#[test]
fn a_report_in_the_notices_own_charset_is_read_in_it() {
    // Domino's French "not listed in the Domino directory", in ISO-8859-1 in the
    // delivery report, which declares no charset: the notice's text declares it.
    let raw = b"From: Postmaster <postmaster@domino.example.fr>\nTo: sender@example.org\n\
        Subject: DELIVERY FAILURE: User user (user@domino.example.fr) not listed\n\
        MIME-Version: 1.0\n\
        Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n\
        --b\nContent-Type: text/plain; charset=ISO-8859-1\n\nVotre message n'a pas \xe9t\xe9 remis.\n\n\
        --b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; domino.example.fr\n\n\
        Final-Recipient: rfc822; user@domino.example.fr\nAction: failed\nStatus: 5.0.0\n\
        Diagnostic-Code: X-Notes; Utilisateur user (user@domino.example.fr) non r\xe9pertori\xe9 \
        dans l'annuaire Domino\n\n--b--\n";
    let decoded = bounce::decode(raw).expect("decodes");
    let recipient = &decoded.recipients[0];
    assert_eq!(recipient.reason, "userunknown");
    assert!(
        recipient
            .diagnostic
            .as_deref()
            .is_some_and(|d| d.contains("non répertorié dans l'annuaire Domino")),
        "{recipient:?}"
    );
}
