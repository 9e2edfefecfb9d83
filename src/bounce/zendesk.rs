//! Zendesk's delivery-status ids (Email Notifications API, 0-54) mapped onto the
//! same categories as decoded bounces, so `zdiag ticket` and `zdiag bounce`
//! speak one language. Several of Zendesk's "SMTP codes" (505, 510, 517, ...)
//! are not RFC 5321 codes, so the mapping follows the name, not the number.

use super::Category;

/// One delivery status as Zendesk names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeliveryStatus {
    pub id: u8,
    pub name: &'static str,
    pub code: &'static str,
    /// The Sisimai reason it corresponds to (`""`: no failure).
    pub reason: &'static str,
    pub category: Option<Category>,
}

const fn s(
    id: u8,
    name: &'static str,
    code: &'static str,
    reason: &'static str,
    category: Option<Category>,
) -> DeliveryStatus {
    DeliveryStatus {
        id,
        name,
        code,
        reason,
        category,
    }
}

use Category as C;

/// Every documented id (5 is not documented).
pub const STATUSES: &[DeliveryStatus] = &[
    s(0, "NONE", "0", "", None),
    s(
        1,
        "UNRECOGNIZED_INTERNAL_ERROR",
        "1",
        "undefined",
        Some(C::Unknown),
    ),
    s(
        2,
        "UNRECOGNIZED_EXTERNAL_ERROR",
        "2",
        "undefined",
        Some(C::Unknown),
    ),
    s(
        3,
        "NET_SMTP_SYNTAX_ERROR",
        "3",
        "syntaxerror",
        Some(C::NetworkOrTimeout),
    ),
    s(
        4,
        "ACTIVE_RECORD_NOT_FOUND_ERROR",
        "4",
        "systemerror",
        Some(C::NetworkOrTimeout),
    ),
    s(
        6,
        "SYNTAX_ERROR_COMMAND_UNRECOGNIZED",
        "500",
        "syntaxerror",
        Some(C::NetworkOrTimeout),
    ),
    s(
        7,
        "AUTHENTICATION_EXCHANGE_LINE_TOO_LONG",
        "500 5.5.6",
        "syntaxerror",
        Some(C::NetworkOrTimeout),
    ),
    s(
        8,
        "SYNTAX_ERROR_IN_ARGUMENTS",
        "501",
        "syntaxerror",
        Some(C::NetworkOrTimeout),
    ),
    s(
        9,
        "CANNOT_BASE64_DECODE_CLIENT_RESPONSES",
        "501 5.5.2",
        "syntaxerror",
        Some(C::NetworkOrTimeout),
    ),
    s(
        10,
        "CLIENT_INITIATED_AUTHENTICATION_EXCHANGE",
        "501 5.7.0",
        "securityerror",
        Some(C::SenderRejected),
    ),
    s(
        11,
        "COMMAND_NOT_IMPLEMENTED",
        "502",
        "syntaxerror",
        Some(C::NetworkOrTimeout),
    ),
    s(
        12,
        "BAD_SEQUENCE_OF_COMMANDS",
        "503",
        "syntaxerror",
        Some(C::NetworkOrTimeout),
    ),
    s(
        13,
        "COMMAND_PARAMETER_NOT_IMPLEMENTED",
        "504",
        "syntaxerror",
        Some(C::NetworkOrTimeout),
    ),
    s(
        14,
        "UNRECOGNIZED_AUTHENTICATION_TYPE",
        "504 5.5.4",
        "securityerror",
        Some(C::SenderRejected),
    ),
    s(
        15,
        "SMTP_SERVICE_NOT_AVAILABLE",
        "505",
        "notaccept",
        Some(C::DomainNotFound),
    ),
    s(
        16,
        "BAD_EMAIL_ADDRESS",
        "510",
        "userunknown",
        Some(C::UserUnknown),
    ),
    s(
        17,
        "RECIPIENT_EMAIL_ADDRESS_INVALID",
        "511",
        "userunknown",
        Some(C::UserUnknown),
    ),
    s(
        18,
        "SENDER_EMAIL_ADDRESS_BLOCKED_OR_SUSPENDED",
        "517",
        "rejected",
        Some(C::SenderRejected),
    ),
    s(
        19,
        "IP_AND_SPF_RECORD_DO_NOT_MATCH",
        "520",
        "authfailure",
        Some(C::AuthFailure),
    ),
    s(
        20,
        "SERVER_DOES_NOT_ACCEPT_MAIL",
        "521",
        "notaccept",
        Some(C::DomainNotFound),
    ),
    s(
        21,
        "SENDER_IP_ON_BLOCKLIST",
        "522",
        "blocked",
        Some(C::BlockedReputation),
    ),
    s(
        22,
        "ENCRYPTION_NEEDED_OR_EMAIL_TOO_LARGE",
        "523",
        "mesgtoobig",
        Some(C::MessageTooLarge),
    ),
    s(
        23,
        "DISABLED_RECIPIENT_ADDRESS",
        "525",
        "suspend",
        Some(C::MailboxDisabled),
    ),
    s(
        24,
        "AUTHENTICATION_REQUIRED",
        "530",
        "securityerror",
        Some(C::SenderRejected),
    ),
    s(
        25,
        "AUTHENTICATION_MECHANISM_WEAK",
        "534 5.7.9",
        "securityerror",
        Some(C::SenderRejected),
    ),
    s(
        26,
        "AUTHENTICATION_CREDENTIALS_INVALID",
        "534 5.7.8",
        "securityerror",
        Some(C::SenderRejected),
    ),
    s(
        27,
        "ENCRYPTION_REQUIRED",
        "538 5.7.11",
        "failedstarttls",
        Some(C::NetworkOrTimeout),
    ),
    s(
        28,
        "RECIPIENT_ADDRESS_REJECTED_INACTIVE",
        "540",
        "suspend",
        Some(C::MailboxDisabled),
    ),
    // 550 alone is the catch-all: without the text, only "unknown" is honest.
    s(29, "MAILBOX_UNAVAILABLE", "550", "onhold", Some(C::Unknown)),
    s(
        30,
        "USER_NOT_LOCAL",
        "551",
        "hasmoved",
        Some(C::UserUnknown),
    ),
    s(
        31,
        "MAILBOX_FULL",
        "552",
        "mailboxfull",
        Some(C::MailboxFull),
    ),
    s(
        32,
        "MAILBOX_NAME_NOT_ALLOWED",
        "553",
        "userunknown",
        Some(C::UserUnknown),
    ),
    s(33, "TRANSACTION_FAILED", "554", "onhold", Some(C::Unknown)),
    s(
        34,
        "MESSAGE_TOO_BIG",
        "554 5.3.4",
        "mesgtoobig",
        Some(C::MessageTooLarge),
    ),
    s(
        35,
        "DOMAIN_DOES_NOT_ACCEPT_MAIL",
        "556",
        "notaccept",
        Some(C::DomainNotFound),
    ),
    s(
        36,
        "MESSAGE_REJECTED_SUSPECTED_SPAM",
        "558",
        "spamdetected",
        Some(C::SpamContent),
    ),
    s(
        37,
        "RECIPIENT_ADDRESS_REJECTED",
        "577",
        "userunknown",
        Some(C::UserUnknown),
    ),
    s(
        38,
        "MAILBOX_INVALID",
        "550 5.0.0",
        "userunknown",
        Some(C::UserUnknown),
    ),
    s(
        39,
        "USER_DOES_NOT_EXIST",
        "550 5.1.1",
        "userunknown",
        Some(C::UserUnknown),
    ),
    s(
        40,
        "RECIPIENT_IS_INACTIVE",
        "550 5.2.1",
        "suspend",
        Some(C::MailboxDisabled),
    ),
    s(
        41,
        "RECIPIENT_REJECTED_ADDRESS",
        "541",
        "userunknown",
        Some(C::UserUnknown),
    ),
    s(
        42,
        "HEADER_SIZE_EXCEEDS_FIXED_MAXIMUM_SIZE",
        "552 5.3.4",
        "mesgtoobig",
        Some(C::MessageTooLarge),
    ),
    s(
        43,
        "FILE_TYPES_BLOCKED",
        "552 5.7.0",
        "policyviolation",
        Some(C::SpamContent),
    ),
    s(
        44,
        "AUTHENTICATION_INVALID",
        "535",
        "securityerror",
        Some(C::SenderRejected),
    ),
    s(
        45,
        "AUTHENTICATION_UNSUCCESSFUL",
        "535 5.7.139",
        "securityerror",
        Some(C::SenderRejected),
    ),
    s(
        46,
        "EC_INTEGRATION_ERROR",
        "EC-001",
        "systemerror",
        Some(C::NetworkOrTimeout),
    ),
    s(
        47,
        "EC_INSUFFICIENT_STORAGE",
        "EC-002",
        "systemfull",
        Some(C::NetworkOrTimeout),
    ),
    s(
        48,
        "EC_ERROR",
        "EC-003",
        "systemerror",
        Some(C::NetworkOrTimeout),
    ),
    s(
        49,
        "EC_INVALID_RECIPIENT",
        "EC-004",
        "userunknown",
        Some(C::UserUnknown),
    ),
    s(
        50,
        "EC_THROTTLED",
        "EC-005",
        "speeding",
        Some(C::RateLimited),
    ),
    s(
        51,
        "EC_AUTHENTICATION_INVALID",
        "EC-006",
        "securityerror",
        Some(C::SenderRejected),
    ),
    s(
        52,
        "INCORRECT_AUTHENTICATION_LEVEL",
        "550 5.7.515",
        "authfailure",
        Some(C::AuthFailure),
    ),
    s(
        53,
        "NO_SUCH_USER",
        "585 5.1.1",
        "userunknown",
        Some(C::UserUnknown),
    ),
    s(
        54,
        "NOT_ALLOWED_TO_RECEIVE_EMAIL",
        "542 5.0.0",
        "suspend",
        Some(C::MailboxDisabled),
    ),
];

/// The delivery status with this id, if Zendesk documents it.
pub fn delivery_status(id: u8) -> Option<&'static DeliveryStatus> {
    STATUSES.iter().find(|s| s.id == id)
}

/// The category of a delivery-status id: `None` for 0 (no failure) and unknown ids.
pub fn category(id: u8) -> Option<Category> {
    delivery_status(id).and_then(|s| s.category)
}

/// Hard when Zendesk marks the address undeliverable at once (the address is bad).
pub fn is_hard(id: u8) -> bool {
    matches!(
        category(id),
        Some(Category::UserUnknown | Category::DomainNotFound)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_id_maps() {
        for id in (0..=54).filter(|&i| i != 5) {
            let status = delivery_status(id).unwrap_or_else(|| panic!("id {id} missing"));
            assert_eq!(status.id, id);
            if id != 0 {
                assert!(status.category.is_some(), "id {id} has no category");
            }
        }
        assert!(delivery_status(5).is_none());
        assert!(delivery_status(55).is_none());
    }

    #[test]
    fn known_ids() {
        assert_eq!(category(0), None);
        assert_eq!(category(39), Some(Category::UserUnknown));
        assert_eq!(category(31), Some(Category::MailboxFull));
        assert_eq!(category(21), Some(Category::BlockedReputation));
        assert_eq!(category(52), Some(Category::AuthFailure));
        assert_eq!(category(36), Some(Category::SpamContent));
        assert_eq!(category(50), Some(Category::RateLimited));
        assert!(is_hard(39) && is_hard(20) && !is_hard(31) && !is_hard(0));
    }

    #[test]
    fn mapping_agrees_with_the_decoder_categories() {
        for status in STATUSES.iter().filter(|s| s.id != 0) {
            let hard = if crate::bounce::reason::is_hard(status.reason, status.code) {
                crate::bounce::HardOrSoft::Hard
            } else {
                crate::bounce::HardOrSoft::Soft
            };
            let by_reason = Category::of(status.reason, hard);
            if status.id != 15 && status.id != 20 && status.id != 35 {
                assert_eq!(Some(by_reason), status.category, "id {}", status.id);
            }
        }
    }
}
