//! The bounce check's finding codes, with the text `zdiag explain CODE` prints.

use crate::report::codes::codes;

codes! {
    BounceUserUnknown = "bounce-user-unknown",
    BounceDomainNotFound = "bounce-domain-not-found",
    BounceMailboxFull = "bounce-mailbox-full",
    BounceMailboxDisabled = "bounce-mailbox-disabled",
    BounceMessageTooLarge = "bounce-message-too-large",
    BounceAuthFailure = "bounce-auth-failure",
    BounceBlockedReputation = "bounce-blocked-reputation",
    BounceSpamContent = "bounce-spam-content",
    BounceRateLimited = "bounce-rate-limited",
    BounceSenderRejected = "bounce-sender-rejected",
    BounceNetworkOrTimeout = "bounce-network-or-timeout",
    BounceComplaint = "bounce-complaint",
    BounceAutoReply = "bounce-auto-reply",
    BounceDelivered = "bounce-delivered",
    BounceUnknown = "bounce-unknown",
    BounceNotABounce = "bounce-not-a-bounce",
    BounceUndecodable = "bounce-undecodable",
    BounceSummary = "bounce-summary",
    BounceRate = "bounce-rate",
}
