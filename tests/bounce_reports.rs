//! Complaint reports (RFC 5965) and auto-replies (RFC 3834): one record per
//! reported recipient, and an auto-reply recognised as such, not as a bounce.

use zdiag::bounce::{self, Kind};

fn report(rcpts: &[&str], kind: &str) -> String {
    let mut part = format!(
        "Content-Type: message/feedback-report\n\nFeedback-Type: {kind}\nUser-Agent: Reporter/1.0\nVersion: 1\n"
    );
    for r in rcpts {
        part.push_str(&format!("Original-Rcpt-To: <{r}>\n"));
    }
    part
}

fn complaint(reports: &[String]) -> Vec<u8> {
    let mut m = String::from(
        "From: fbl@isp.example\nTo: abuse@sender.example\nSubject: FW: complaint\nMIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=feedback-report; boundary=\"b\"\n\n\
         --b\nContent-Type: text/plain\n\nThis is an email abuse report.\n",
    );
    for r in reports {
        m.push_str("--b\n");
        m.push_str(r);
        m.push('\n');
    }
    m.push_str("--b\nContent-Type: message/rfc822-headers\n\nFrom: news@sender.example\nTo: one@isp.example\nSubject: Offer\n\n--b--\n");
    m.into_bytes()
}

#[test]
fn several_feedback_reports_give_one_record_each() {
    let raw = complaint(&[
        report(&["one@isp.example"], "abuse"),
        report(&["two@isp.example"], "opt-out"),
        report(&["three@isp.example"], "abuse"),
    ]);
    let decoded = bounce::decode(&raw).expect("decodes");
    assert_eq!(decoded.kind, Kind::Complaint);
    let got: Vec<(&str, Option<&str>)> = decoded
        .recipients
        .iter()
        .map(|r| (r.recipient.as_str(), r.feedback_type.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("one@isp.example", Some("abuse")),
            ("two@isp.example", Some("opt-out")),
            ("three@isp.example", Some("abuse")),
        ]
    );
    assert!(decoded.recipients.iter().all(|r| r.reason == "feedback"));
}

#[test]
fn reports_naming_nobody_still_give_one_record_each() {
    let raw = complaint(&[
        report(&[], "abuse"),
        report(&["two@isp.example"], "opt-out"),
        report(&[], "fraud"),
    ]);
    let decoded = bounce::decode(&raw).expect("decodes");
    assert_eq!(decoded.kind, Kind::Complaint);
    let got: Vec<(&str, Option<&str>)> = decoded
        .recipients
        .iter()
        .map(|r| (r.recipient.as_str(), r.feedback_type.as_deref()))
        .collect();
    // Those naming nobody are about the returned message: its To: is the recipient.
    assert_eq!(
        got,
        [
            ("one@isp.example", Some("abuse")),
            ("two@isp.example", Some("opt-out")),
            ("one@isp.example", Some("fraud")),
        ]
    );
}

#[test]
fn several_recipients_in_one_report() {
    let raw = complaint(&[report(&["one@isp.example", "two@isp.example"], "abuse")]);
    let decoded = bounce::decode(&raw).expect("decodes");
    assert_eq!(decoded.recipients.len(), 2);
    assert_eq!(decoded.recipients[1].recipient, "two@isp.example");
}

#[test]
fn a_report_naming_nobody_falls_back_on_the_original_to() {
    let raw = complaint(&[report(&[], "abuse")]);
    let decoded = bounce::decode(&raw).expect("decodes");
    assert_eq!(decoded.recipients.len(), 1);
    assert_eq!(decoded.recipients[0].recipient, "one@isp.example");
}

fn auto_reply(headers: &str) -> Vec<u8> {
    format!(
        "From: Kijitora <person@example.org>\nTo: sender@example.net\n{headers}\n\n\
         I am away until Monday and will answer your mail then.\n"
    )
    .into_bytes()
}

#[test]
fn rfc3834_auto_replies_are_recognised() {
    for headers in [
        "Subject: Re: hello\nAuto-Submitted: auto-replied",
        "Subject: Automatic reply: hello",
        "Subject: Out of Office: hello",
        "Subject: hello\nPrecedence: auto_reply",
        "Subject: hello\nX-Apple-Action: vacation",
    ] {
        let decoded = bounce::decode(&auto_reply(headers)).expect("decodes");
        assert_eq!(decoded.kind, Kind::AutoReply, "{headers}");
        assert_eq!(decoded.recipients.len(), 1, "{headers}");
        let r = &decoded.recipients[0];
        assert_eq!(r.recipient, "person@example.org");
        assert_eq!(r.reason, "vacation");
    }
}

#[test]
fn system_mail_is_not_an_auto_reply() {
    let raw = b"From: root@host.example\nTo: admin@example.net\nSubject: Auto: cron\nAuto-Submitted: auto-generated\n\nbackup done\n";
    let decoded = bounce::decode(raw).expect("decodes");
    assert_ne!(decoded.kind, Kind::AutoReply);
}

#[test]
fn a_delivery_report_without_a_recipient_line_names_the_recipient_from_elsewhere() {
    let raw = b"From: MAILER-DAEMON@mx.example.net\nTo: sender@example.net\nSubject: Undelivered Mail\n\
X-Failed-Recipients: gone@example.org\nMIME-Version: 1.0\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n\
--b\nContent-Type: text/plain\n\nYour message could not be delivered.\n\
--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n\
Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 No such user here\n\n\
--b\nContent-Type: message/rfc822-headers\n\nFrom: sender@example.net\nTo: gone@example.org\nSubject: hi\n\n--b--\n";
    let decoded = bounce::decode(raw).expect("decodes");
    assert_eq!(decoded.kind, Kind::Bounce);
    assert_eq!(decoded.recipients.len(), 1);
    let r = &decoded.recipients[0];
    assert_eq!(r.recipient, "gone@example.org");
    assert_eq!(r.status.as_deref(), Some("5.1.1"));
    assert_eq!(r.reason, "userunknown");
}

#[test]
fn an_amazon_ses_notice_inside_an_sns_envelope() {
    // SNS wraps the SES JSON in `Message` and folds long lines with a trailing `!`.
    let inner = r#"{\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Transient\",\"bounceSubType\":\"MailboxFull\",\"bouncedRecipients\":[{\"emailAddress\":\"full@example.org\",\"action\":\"failed\",\"status\":\"5.2.2\",\"diagnosticCode\":\"smtp; 552 5.2.2 Mailbox full\"}],\"reportingMTA\":\"dsn; a1-2.smtp-out.amazonses.com\"},\"mail\":{}}"#;
    let json = format!(r#"{{"Type":"Notification","MessageId":"x","Message":"{inner}"}}"#);
    let (head, tail) = json.split_at(60);
    let raw = format!(
        "From: no-reply@sns.amazonaws.com\nTo: ops@example.net\nSubject: AWS Notification Message\n\
         x-amz-sns-message-id: 1\nContent-Type: text/plain; charset=UTF-8\n\n{head}!\n {tail}\n\n--\nunsubscribe\n"
    );
    let decoded = bounce::decode(raw.as_bytes()).expect("decodes");
    assert_eq!(decoded.kind, Kind::Bounce);
    assert_eq!(decoded.recipients.len(), 1);
    let r = &decoded.recipients[0];
    assert_eq!(r.recipient, "full@example.org");
    assert_eq!(r.reason, "mailboxfull");
}

/// A bounce's recipients and their reasons.
fn bounced(raw: &[u8]) -> Vec<(String, &'static str)> {
    let decoded = bounce::decode(raw).expect("decodes");
    assert_eq!(decoded.kind, Kind::Bounce);
    decoded
        .recipients
        .into_iter()
        .map(|r| (r.recipient, r.reason))
        .collect()
}

#[test]
fn an_amazon_ses_event_from_a_configuration_set() {
    // Event publishing names the kind `eventType`, around the same objects.
    let raw = "From: no-reply@sns.amazonaws.com\nTo: ops@example.net\nSubject: AWS Notification Message\n\
        Content-Type: text/plain; charset=UTF-8\n\n\
        {\"eventType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\",\"bounceSubType\":\"General\",\
        \"bouncedRecipients\":[{\"emailAddress\":\"gone@example.org\",\"action\":\"failed\",\"status\":\"5.1.1\",\
        \"diagnosticCode\":\"smtp; 550 5.1.1 user unknown\"}],\"reportingMTA\":\"dsn; a1-2.smtp-out.amazonses.com\"},\
        \"mail\":{}}\n";
    assert_eq!(
        bounced(raw.as_bytes()),
        [("gone@example.org".to_string(), "userunknown")]
    );
}

/// The recipients a complaint names.
fn complained_about(raw: &[u8]) -> Vec<String> {
    let decoded = bounce::decode(raw).expect("decodes");
    assert_eq!(decoded.kind, Kind::Complaint);
    decoded
        .recipients
        .into_iter()
        .map(|r| r.recipient)
        .collect()
}

#[test]
fn a_redacted_address_is_the_reported_recipient() {
    let redacted = "Content-Type: message/feedback-report\n\nFeedback-Type: abuse\n\
        User-Agent: Reporter/1.0\nVersion: 1\nRedacted-Address: xxxxxxx@isp.example\n"
        .to_string();
    let reported = |report: &str| complained_about(&complaint(&[report.to_string()]));
    assert_eq!(reported(&redacted), ["xxxxxxx@isp.example"]);
    // Redacted down to no address: the returned message's To: instead.
    let nothing_left = "Content-Type: message/feedback-report\n\nFeedback-Type: abuse\n\
        Redacted-Address: redacted\nRedacted-Address: redacted@\n";
    let got = reported(nothing_left);
    assert_eq!(got, ["one@isp.example"]);
}

/// A delivery report for `recipient`, as Postfix sends it.
fn postfix_report(recipient: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\nTo: agent@example.org\n\
         Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"inner\"\n\n\
         --inner\nContent-Type: text/plain\n\nThis is the mail system at host mx.example.org.\n\n\
         --inner\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n\
         Final-Recipient: rfc822; {recipient}\nAction: failed\nStatus: 5.1.1\n\
         Diagnostic-Code: smtp; 550 5.1.1 <{recipient}>: Recipient address rejected: User unknown\n\n\
         --inner\nContent-Type: text/rfc822-headers\n\nFrom: agent@example.org\nTo: {recipient}\n\
         Subject: Your ticket\n\n--inner--\n"
    )
}

#[test]
fn a_bounce_forwarded_as_an_attachment_is_the_bounce() {
    // An agent forwards the bounce to the admin: the message is theirs, the
    // attached report says who failed and why.
    let raw = format!(
        "From: Agent <agent@example.org>\nTo: admin@example.org\nSubject: Fwd: Undelivered Mail\n\
         MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"outer\"\n\n\
         --outer\nContent-Type: text/plain\n\nThis customer never gets our replies, why?\n\n\
         --outer\nContent-Type: message/rfc822\n\n{}\n--outer--\n",
        postfix_report("customer@example.net")
    );
    assert_eq!(
        bounced(raw.as_bytes()),
        [("customer@example.net".to_string(), "userunknown")]
    );
}

/// A delivery report from an MTA no reader claims: `notice` before the report,
/// one report block per recipient with a vague reply.
fn unclaimed_report(notice: &str, recipients: &[&str]) -> Vec<u8> {
    let mut m = format!(
        "From: MAILER-DAEMON@mx.example.net\nTo: sender@example.org\nSubject: Delivery failure notification\n\
         MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n\
         --B\nContent-Type: text/plain; charset=us-ascii\n\n{notice}\n\n\
         --B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n"
    );
    for r in recipients {
        m.push_str(&format!(
            "\nFinal-Recipient: rfc822; {r}\nAction: failed\nStatus: 5.0.0\n\
             Diagnostic-Code: smtp; 550 Requested action not taken\n"
        ));
    }
    m.push_str("\n--B\nContent-Type: text/rfc822-headers\n\nFrom: sender@example.org\nSubject: hello\n\n--B--\n");
    m.into_bytes()
}

#[test]
fn the_notice_words_before_a_single_report_count_towards_its_reason() {
    let notice = "This is an automatically generated Delivery Status Notification.\n\n\
                  Your message could not be delivered to one of its recipients:\n\
                  the recipient's mailbox is full and cannot accept more messages.";
    let decoded =
        bounce::decode(&unclaimed_report(notice, &["someone@example.com"])).expect("decodes");
    let r = &decoded.recipients[0];
    assert_eq!(r.reason, "mailboxfull");
    // The words shown stay the remote's own.
    assert_eq!(
        r.diagnostic.as_deref(),
        Some("550 Requested action not taken")
    );
    // Several recipients: the notice may be about any of them, so it is not
    // mixed into each one's words (Sisimai 5.2's RFC3464.pm).
    let several = bounced(&unclaimed_report(
        notice,
        &["one@example.com", "two@example.com"],
    ));
    assert!(
        several.iter().all(|(_, reason)| *reason != "mailboxfull"),
        "{several:?}"
    );
}

#[test]
fn an_internationalised_delivery_report_is_read_whole() {
    // RFC 6533: `message/global-delivery-status`, the report of an SMTPUTF8
    // message, is no attached message whose body may be skipped.
    let raw = "From: MAILER-DAEMON@mx.example.net\nTo: sender@example.org\nSubject: Undelivered Mail\n\
        MIME-Version: 1.0\nContent-Type: multipart/report; report-type=global-delivery-status; boundary=\"B\"\n\n\
        --B\nContent-Type: text/plain; charset=utf-8\n\nDelivery failed.\n\n\
        --B\nContent-Type: message/global-delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n\
        Final-Recipient: rfc822; gone@example.com\nAction: failed\nStatus: 5.1.1\n\
        Diagnostic-Code: smtp; 550 5.1.1 No such user here\n\n\
        --B\nContent-Type: message/global-headers\n\nFrom: sender@example.org\nTo: gone@example.com\nSubject: hi\n\n--B--\n";
    let decoded = bounce::decode(raw.as_bytes()).expect("decodes");
    assert_eq!(decoded.kind, Kind::Bounce);
    let r = &decoded.recipients[0];
    assert_eq!(r.recipient, "gone@example.com");
    assert_eq!(r.status.as_deref(), Some("5.1.1"));
    assert_eq!(r.reason, "userunknown");
}

#[test]
fn a_complaint_names_the_recipient_the_provider_recorded() {
    // Microsoft's reports carry only the message complained about; its
    // X-HmXmrOriginalRecipient names the mailbox when its To: does not.
    let raw = "From: staff@hotmail.com\nTo: abuse@sender.example\nSubject: complaint about message from 192.0.2.1\n\
        MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n\
        --b\nContent-Type: text/plain\n\nThis is an email abuse report.\n\
        --b\nContent-Type: message/rfc822\n\nX-HmXmrOriginalRecipient: reader@outlook.example\n\
        From: news@sender.example\nTo: undisclosed-recipients:;\nSubject: Offer\n\nBuy now\n--b--\n";
    assert_eq!(complained_about(raw.as_bytes()), ["reader@outlook.example"]);
    // A report that hides the local part (AOL's `localpart@`) names nobody:
    // the returned message's To: instead.
    let hidden = "Content-Type: message/feedback-report\n\nFeedback-Type: abuse\n\
        User-Agent: Reporter/1.0\nVersion: 1\nOriginal-Rcpt-To: localpart@\n"
        .to_string();
    assert_eq!(complained_about(&complaint(&[hidden])), ["one@isp.example"]);
}

#[test]
fn a_report_without_words_takes_the_recipients_own_line_in_the_notice() {
    // OpenSMTPD's notice (smtpd/bounce.c): each recipient on a line of its own,
    // "address: error"; its report carries no Diagnostic-Code.
    let raw = "From: Mailer Daemon <MAILER-DAEMON@mx.example.net>\nTo: sender@example.org\n\
        Subject: Delivery status notification: error\nMIME-Version: 1.0\n\
        Content-Type: multipart/mixed; boundary=\"B\"\n\n\
        --B\nContent-Type: text/plain; charset=us-ascii\n\n    Hi!\n\n\
        \x20   This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n\
        \x20   An error has occurred while attempting to deliver a message for\n\
        \x20   the following list of recipients:\n\n\
        someone@example.com: Domain does not exist\n\n\
        \x20   Below is a copy of the original message:\n\n\
        --B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n\
        Final-Recipient: rfc822; someone@example.com\nAction: failed\nStatus: 5.0.0\n\n\
        --B\nContent-Type: text/rfc822-headers\n\nFrom: sender@example.org\nSubject: hello\n\n--B--\n";
    let decoded = bounce::decode(raw.as_bytes()).expect("decodes");
    let r = &decoded.recipients[0];
    assert_eq!(r.diagnostic.as_deref(), Some("Domain does not exist"));
    assert_eq!(r.reason, "hostunknown");
}
