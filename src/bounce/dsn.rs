//! RFC 3464 `message/delivery-status` fields: one per-message block, then one
//! block per recipient. Tolerant of what the corpus shows: folded lines,
//! `rfc822;` without a space, blocks not separated by blank lines.

/// One recipient block.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecipientFields {
    pub final_recipient: String,
    pub original_recipient: String,
    pub action: String,
    pub status: String,
    pub remote_mta: String,
    pub diagnostic_type: String,
    pub diagnostic: String,
    /// Words after the code in the `Status:` field: `4.0.0 (host name lookup failure)`.
    pub status_comment: String,
}

/// The per-message fields zdiag uses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MessageFields {
    pub reporting_mta: String,
}

/// Unfolded `(name, value)` pairs, with `None` standing for a blank line.
fn fields(text: &str) -> Vec<Option<(&str, String)>> {
    let mut out: Vec<Option<(&str, String)>> = Vec::new();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            out.push(None);
            continue;
        }
        if line.starts_with([' ', '\t']) {
            if let Some(Some((_, value))) = out.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
            continue;
        }
        if let Some((name, value)) = line.split_once(':')
            && !name.is_empty()
            && !name.contains(' ')
        {
            out.push(Some((name, value.trim().to_string())));
        }
    }
    out
}

/// `rfc822; <Addr@Example>` -> `addr@example` (the address, as given).
fn address_of(value: &str) -> String {
    let value = match value.split_once(';') {
        Some((_, rest)) => rest,
        None => value,
    };
    value
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim()
        .to_string()
}

fn typed(value: &str) -> (String, String) {
    // The type is an atom (RFC 3464 §2.1.2): `X-mPOP-Fallback_MX` is one too.
    let atom = |kind: &str| {
        let kind = kind.trim();
        !kind.is_empty()
            && kind.len() <= 64
            && kind
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    };
    match value.split_once(';') {
        Some((kind, rest)) if atom(kind) => (kind.trim().to_string(), rest.trim().to_string()),
        _ => (String::new(), value.trim().to_string()),
    }
}

/// Parse a delivery-status body.
pub fn parse(text: &str) -> (MessageFields, Vec<RecipientFields>) {
    let mut message = MessageFields::default();
    let mut recipients: Vec<RecipientFields> = Vec::new();
    let mut current: Option<RecipientFields> = None;
    // Fields given before the recipient they describe (Facebook, PMDF).
    let mut early = RecipientFields::default();
    // Recipient groups with no recipient line at all: kept for the caller to
    // name from elsewhere when the report names nobody.
    let mut anonymous: Vec<RecipientFields> = Vec::new();
    let mut keep_anonymous = |early: &mut RecipientFields| {
        let block = std::mem::take(early);
        if !block.action.is_empty() && !block.status.is_empty() {
            anonymous.push(block);
        }
    };
    for field in fields(text) {
        let Some((name, value)) = field else {
            if let Some(done) = current.take() {
                recipients.push(done);
            }
            keep_anonymous(&mut early);
            continue;
        };
        let lower = name.to_ascii_lowercase();
        match lower.as_str() {
            "reporting-mta" => message.reporting_mta = typed(&value).1,
            "final-recipient" | "x-actual-recipient" => {
                let address = address_of(&value);
                if lower == "x-actual-recipient" {
                    if let Some(block) = current.as_mut()
                        && block.final_recipient.is_empty()
                    {
                        block.final_recipient = address;
                    }
                    continue;
                }
                let fresh = current.is_none();
                let block = current.get_or_insert_with(RecipientFields::default);
                if !block.final_recipient.is_empty() {
                    let done = std::mem::take(block);
                    recipients.push(done);
                }
                if fresh {
                    *block = std::mem::take(&mut early);
                }
                block.final_recipient = address;
            }
            "original-recipient" => {
                if current.is_none() {
                    current = Some(std::mem::take(&mut early));
                }
                let block = current.get_or_insert_with(RecipientFields::default);
                if !block.original_recipient.is_empty() && !block.final_recipient.is_empty() {
                    let done = std::mem::take(block);
                    recipients.push(done);
                }
                block.original_recipient = address_of(&value);
            }
            "action" => {
                let block = current.as_mut().unwrap_or(&mut early);
                block.action = value.to_ascii_lowercase();
            }
            "status" => {
                let block = current.as_mut().unwrap_or(&mut early);
                let code = value.split([' ', '(', ';']).next().unwrap_or("");
                block.status = code.to_string();
                block.status_comment = value[code.len()..]
                    .trim()
                    .trim_start_matches('(')
                    .trim_end_matches(')')
                    .trim()
                    .to_string();
            }
            "remote-mta" => {
                let block = current.as_mut().unwrap_or(&mut early);
                block.remote_mta = typed(&value).1;
            }
            "diagnostic-code" => {
                {
                    let block = current.as_mut().unwrap_or(&mut early);
                    let (kind, text) = typed(&value);
                    let kind = kind.to_ascii_uppercase();
                    // Only the X- types (X-Unix, X-mPOP-...) say something; Postfix
                    // labels its SMTP client's errors X-Postfix, which Sisimai's
                    // Lhost/Postfix.pm reads as SMTP.
                    block.diagnostic_type = if kind.starts_with("X-") && kind != "X-POSTFIX" {
                        kind
                    } else {
                        String::new()
                    };
                    block.diagnostic = text;
                }
            }
            _ => {}
        }
    }
    if let Some(done) = current.take() {
        recipients.push(done);
    }
    keep_anonymous(&mut early);
    recipients.retain(|r| !r.final_recipient.is_empty() || !r.original_recipient.is_empty());
    if recipients.is_empty() {
        recipients = anonymous;
    }
    (message, recipients)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_blocks_and_folding() {
        let text = "Reporting-MTA: dns; mx.example.jp\n\nFinal-Recipient: rfc822;<Kijitora@Example.JP>\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.com\nDiagnostic-Code: smtp; 550 5.1.1 <kijitora@example.jp>:\n    Recipient address rejected\n\nFinal-Recipient: rfc822; b@example.jp\nAction: delayed\nStatus: 4.4.7\n";
        let (message, recipients) = parse(text);
        assert_eq!(message.reporting_mta, "mx.example.jp");
        assert_eq!(recipients.len(), 2);
        assert_eq!(recipients[0].final_recipient, "Kijitora@Example.JP");
        assert_eq!(recipients[0].diagnostic_type, "", "only X- types are kept");
        assert_eq!(
            recipients[0].diagnostic,
            "550 5.1.1 <kijitora@example.jp>: Recipient address rejected"
        );
        assert_eq!(recipients[1].action, "delayed");
    }

    #[test]
    fn diagnostic_types_are_atoms_of_any_length_and_x_postfix_is_smtp() {
        let block = |code: &str| {
            let text = format!(
                "Final-Recipient: rfc822; a@example.jp\nAction: failed\nStatus: 4.4.1\nDiagnostic-Code: {code}\n"
            );
            parse(&text).1.remove(0)
        };
        let long = block("X-mPOP-Fallback_MX; connect to example.com: Connection timed out");
        assert_eq!(long.diagnostic_type, "X-MPOP-FALLBACK_MX");
        assert_eq!(
            long.diagnostic,
            "connect to example.com: Connection timed out"
        );
        let postfix = block("X-Postfix; connect to example.com: Connection timed out");
        assert_eq!(postfix.diagnostic_type, "");
        assert_eq!(
            block("X-Unix; |/usr/bin/procmail").diagnostic_type,
            "X-UNIX"
        );
        let words = block("Mail rejected; see https://example.com");
        assert_eq!(words.diagnostic, "Mail rejected; see https://example.com");
    }
}
