//! The forwarding path of a message that reached Zendesk, read from its headers. Pure.

use std::collections::BTreeSet;

use crate::i18n::t;

/// A message's headers in order (top = added last), names lower-case, values unfolded,
/// and the start of its body.
#[derive(Clone, Debug, Default)]
pub struct Message {
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Message {
    /// Parse the header block of an RFC 5322 message; `None` when there is none.
    pub fn parse(bytes: &[u8]) -> Option<Message> {
        let text = String::from_utf8_lossy(bytes).replace("\r\n", "\n");
        let (head, body) = text.split_once("\n\n").unwrap_or((&text, ""));
        let mut headers: Vec<(String, String)> = Vec::new();
        for line in head.lines() {
            if line.starts_with([' ', '\t']) {
                if let Some((_, value)) = headers.last_mut() {
                    value.push(' ');
                    value.push_str(line.trim());
                }
                continue;
            }
            let (name, value) = line.split_once(':')?;
            if name.is_empty() || name.contains(' ') {
                return None;
            }
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
        if headers.is_empty() {
            return None;
        }
        Some(Message {
            headers,
            body: body.chars().take(20_000).collect(),
        })
    }

    /// Every value of a header, top first.
    pub fn all(&self, name: &str) -> impl Iterator<Item = &str> {
        self.headers
            .iter()
            .filter(move |(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn first(&self, name: &str) -> Option<&str> {
        self.all(name).next()
    }

    /// The addresses of every value of a header, top first.
    pub fn addresses(&self, name: &str) -> Vec<String> {
        self.all(name).flat_map(addresses).collect()
    }
}

/// The email addresses in a header value, lower-case.
pub fn addresses(value: &str) -> Vec<String> {
    value
        .split(|c: char| {
            c == ',' || c == ';' || c == '<' || c == '>' || c == '"' || c.is_whitespace()
        })
        .map(|t| t.trim_matches(|c: char| c == '(' || c == ')' || c == '\'' || c == '.'))
        .filter(|t| {
            t.split_once('@')
                .is_some_and(|(l, d)| !l.is_empty() && d.contains('.'))
        })
        .map(str::to_ascii_lowercase)
        .collect()
}

/// What the headers say about the path.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Path {
    /// The account's external support address the customer wrote to, if any.
    pub addressed_to: Option<String>,
    /// The Zendesk-hosted address it reached, if any.
    pub received_at: Option<String>,
    /// The addresses that forwarded it, first hop first (Zendesk addresses excluded).
    pub hops: Vec<String>,
    /// Who Zendesk takes as the requester: the first Reply-To, else From.
    pub requester: Option<String>,
    pub from: Option<String>,
    pub subject: String,
    /// Gmail's automatic forwarding headers.
    pub gmail: Option<(String, String)>,
    /// Signs of a forward made in a mail client, as phrases.
    pub client_forward: Vec<String>,
}

const FORWARD_PREFIXES: [&str; 6] = ["fwd:", "fw:", "tr:", "wg:", "rv:", "enc:"];
const FORWARD_MARKERS: [&str; 5] = [
    "---------- forwarded message ---------",
    "-----original message-----",
    "begin forwarded message:",
    "-------- message transféré --------",
    "-------- forwarded message --------",
];

fn is_zendesk(address: &str) -> bool {
    address
        .rsplit_once('@')
        .is_some_and(|(_, d)| d == "zendesk.com" || d.ends_with(".zendesk.com"))
}

/// Read the path, given the account's support addresses (lower-case).
pub fn path(message: &Message, support: &BTreeSet<String>) -> Path {
    // Delivered-To / X-Original-To are added at each delivery: bottom is the first hop.
    let mut delivered: Vec<String> = message.addresses("delivered-to");
    delivered.extend(message.addresses("x-original-to"));
    delivered.extend(message.addresses("envelope-to"));
    let forwarded_for = message.addresses("x-forwarded-for");
    let forwarded_to = message.addresses("x-forwarded-to");
    let mut recipients: Vec<String> = delivered.clone();
    recipients.extend(forwarded_to.iter().cloned());
    recipients.extend(forwarded_for.iter().cloned());
    recipients.extend(message.addresses("to"));
    recipients.extend(message.addresses("cc"));
    let received_at = recipients.iter().find(|a| is_zendesk(a)).cloned();
    let addressed_to = recipients
        .iter()
        .rev()
        .find(|a| !is_zendesk(a) && support.contains(*a))
        .cloned();
    let mut hops: Vec<String> = Vec::new();
    let order = message
        .headers
        .iter()
        .rev()
        .filter(|(n, _)| n == "delivered-to" || n == "x-original-to")
        .flat_map(|(_, v)| addresses(v));
    for address in order.chain(forwarded_for.iter().cloned()) {
        if !is_zendesk(&address) && !hops.contains(&address) {
            hops.push(address);
        }
    }
    let from = message.addresses("from").into_iter().next();
    let requester = message
        .addresses("reply-to")
        .into_iter()
        .next()
        .or_else(|| from.clone());
    let subject = message.first("subject").unwrap_or_default().to_string();
    let gmail = match (forwarded_for.first(), forwarded_to.first()) {
        (Some(by), Some(to)) => Some((by.clone(), to.clone())),
        (None, Some(to)) => Some((hops.first().cloned().unwrap_or_default(), to.clone())),
        _ => None,
    };
    let mut client_forward = Vec::new();
    let lower_subject = subject.to_lowercase();
    if let Some(prefix) = FORWARD_PREFIXES
        .iter()
        .find(|p| lower_subject.starts_with(**p))
    {
        client_forward.push(t!(
            "forwarding-sign-subject-prefix",
            prefix = &subject[..prefix.len()]
        ));
    }
    let body = message.body.to_lowercase();
    if let Some(marker) = FORWARD_MARKERS.iter().find(|m| body.contains(**m)) {
        client_forward.push(t!("forwarding-sign-body-marker", marker = *marker));
    }
    if message.first("x-forwarded-message-id").is_some() {
        client_forward.push(t!("forwarding-sign-forwarded-message-id"));
    }
    Path {
        addressed_to,
        received_at,
        hops,
        requester,
        from,
        subject,
        gmail,
        client_forward,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_unfolded_and_addresses_found() {
        let m = Message::parse(
            b"Delivered-To: a@x.test\r\nTo: \"Help\" <Help@X.test>,\r\n  b@y.test\r\nSubject: hi\r\n\r\nbody",
        )
        .unwrap();
        assert_eq!(m.addresses("to"), ["help@x.test", "b@y.test"]);
        assert_eq!(m.body, "body");
        assert!(Message::parse(b"not a message").is_none());
    }

    #[test]
    fn hops_are_in_delivery_order() {
        let m = Message::parse(
            b"Delivered-To: support@acme.zendesk.com\nDelivered-To: second@b.test\nDelivered-To: first@a.test\nFrom: c@c.test\nReply-To: r@c.test\n\n",
        )
        .unwrap();
        let p = path(&m, &BTreeSet::new());
        assert_eq!(p.hops, ["first@a.test", "second@b.test"]);
        assert_eq!(p.received_at.as_deref(), Some("support@acme.zendesk.com"));
        assert_eq!(p.requester.as_deref(), Some("r@c.test"));
    }
}
