//! The forwarding check's finding codes, with the text `zdiag explain CODE` prints.

use crate::report::codes::codes;

codes! {
    ForwardingZendeskAddress = "forwarding-zendesk-address",
    ForwardingVerified = "forwarding-verified",
    ForwardingWaiting = "forwarding-waiting",
    ForwardingFailed = "forwarding-failed",
    ForwardingUnknown = "forwarding-unknown",
    ForwardingDnsVerified = "forwarding-dns-verified",
    ForwardingDnsFailed = "forwarding-dns-failed",
    ForwardingDnsReverify = "forwarding-dns-reverify",
    ForwardingDnsUnverified = "forwarding-dns-unverified",
    ForwardingDnsRegressed = "forwarding-dns-regressed",
    ForwardingDkimWithoutCnames = "forwarding-dkim-enabled-without-cnames",
    ForwardingAddressNotFound = "forwarding-address-not-found",
    ForwardingVerifyRequested = "forwarding-verify-requested",
    ForwardingVerifyChanged = "forwarding-verify-changed",
    ForwardingVerifyTimeout = "forwarding-verify-timeout",
    ForwardingEmlReceivedBy = "forwarding-eml-received-by",
    ForwardingEmlDirect = "forwarding-eml-direct",
    ForwardingEmlMultiHop = "forwarding-eml-multi-hop",
    ForwardingEmlClientForward = "forwarding-eml-client-forward",
    ForwardingEmlGmail = "forwarding-eml-gmail",
    ForwardingEmlUnknownRecipient = "forwarding-eml-unknown-recipient",
}
