//! The forwarding check's finding codes, with the text `zdiag explain CODE` prints.

use crate::report::codes::codes;

codes! {
    ForwardingZendeskAddress = "forwarding-zendesk-address" {
        title: "A Zendesk-hosted support address",
        meaning: "The support address is at the account's zendesk.com subdomain: Zendesk receives and sends its mail itself, already authenticated with SPF and DKIM. There is no forwarding or DNS to check.",
        fix: "",
    }
    ForwardingVerified = "forwarding-verified" {
        title: "Forwarding verified",
        meaning: "Zendesk's forwarding test for the external support address succeeded (`forwarding_status: verified`): mail sent to it reaches Zendesk, and Zendesk sends notifications from it.",
        fix: "",
    }
    ForwardingWaiting = "forwarding-waiting" {
        title: "Forwarding verification is waiting",
        meaning: "Zendesk sent its test email to the external address and has not received it back (`forwarding_status: waiting`). Until it does, Zendesk sends no notification from this address. A freshly added address sits here until forwarding is set up.",
        fix: "Set up server-side automatic forwarding from the address to a Zendesk support address; if your provider sent a confirmation email, open the ticket (or suspended ticket) it created and click its link; then verify again.",
    }
    ForwardingFailed = "forwarding-failed" {
        title: "Forwarding verification failed",
        meaning: "Zendesk's test email to the external address never came back (`forwarding_status: failed`). Tickets may still be created from forwarded mail, but Zendesk sends no notification from this address until forwarding is verified again. Usual causes: forwarding not set up or set up as a mail-client rule, forwarding to the wrong Zendesk address, a provider that blocks automatic external forwarding (Microsoft 365 by default), a forwarding-confirmation email left unapproved, aliases or distribution lists, several forwarding hops.",
        fix: "Fix forwarding on the mail server (server-side, straight to a Zendesk support address), then verify forwarding again.",
    }
    ForwardingUnknown = "forwarding-unknown" {
        title: "Forwarding never verified",
        meaning: "Zendesk has no forwarding result for the external address (`forwarding_status: unknown`): the test was never run. Zendesk sends no notification from an external address that has not passed forwarding verification.",
        fix: "Set up server-side forwarding to a Zendesk support address, then run the forwarding verification (Admin Center > Channels > Talk and email > Email, or `zdiag forwarding ADDRESS --verify`).",
    }
    ForwardingDnsVerified = "forwarding-dns-verified" {
        title: "Zendesk verified this DNS record",
        meaning: "Zendesk reports the address's SPF, DKIM CNAME or domain-verification check as `verified`, and DNS shows the record in place (or could not say otherwise).",
        fix: "",
    }
    ForwardingDnsFailed = "forwarding-dns-failed" {
        title: "A DNS verification failed, and DNS says why",
        meaning: "Zendesk reports the address's SPF, DKIM CNAME or domain-verification check as `failed`, and DNS confirms the record is missing or wrong today: the message says what is missing. Without SPF, Zendesk sends \"via zendesk.com\"; without the DKIM CNAMEs, mail is not signed with the domain.",
        fix: "Publish the record the message names, wait for its TTL, then verify again.",
    }
    ForwardingDnsReverify = "forwarding-dns-reverify" {
        title: "Fixed but not re-verified",
        meaning: "Zendesk still reports the check as `failed`, but DNS is right now: the record was fixed after Zendesk last looked. Zendesk keeps the failed status (and its consequences) until the verification runs again.",
        fix: "Run the verification again: `zdiag forwarding ADDRESS --verify`, or the address's Verify button in Admin Center > Channels > Talk and email > Email.",
    }
    ForwardingDnsUnverified = "forwarding-dns-unverified" {
        title: "A DNS verification never ran",
        meaning: "Zendesk reports the check as `unknown` (not run yet). The message says what DNS shows now: fail when the record is missing, warn when it is in place and only the verification is missing.",
        fix: "Publish the record if it is missing, then run the verification.",
    }
    ForwardingDnsRegressed = "forwarding-dns-regressed" {
        title: "Verified once, missing now",
        meaning: "Zendesk reports the check as `verified`, but DNS no longer has the record: it was removed or changed after verification. Mail is affected now; Zendesk will show the failure at its next check.",
        fix: "Publish the record again (the message says which).",
    }
    ForwardingDkimWithoutCnames = "forwarding-dkim-enabled-without-cnames" {
        title: "Custom DKIM domain enabled without verified CNAMEs",
        meaning: "The account setting \"Custom domain for DKIM\" (`settings.email.custom_dkim_domain`) is on, but Zendesk has not verified the DKIM CNAMEs of this address's domain. Zendesk warns that enabling it before the two CNAMEs exist causes delivery failures.",
        fix: "Publish zendesk1._domainkey and zendesk2._domainkey CNAMEs to Zendesk's keys and verify them, or turn the setting off until they are in place.",
    }
    ForwardingAddressNotFound = "forwarding-address-not-found" {
        title: "No such support address",
        meaning: "The address or domain asked about is not among the account's support addresses. Zendesk sends as an external address only once it is added as a support address and has passed forwarding verification.",
        fix: "Add the address in Admin Center > Channels > Talk and email > Email (Add address > Connect external address), set up forwarding and verify it.",
    }
    ForwardingVerifyRequested = "forwarding-verify-requested" {
        title: "Verification requested",
        meaning: "With --verify, zdiag asked Zendesk to re-run the forwarding, SPF and DNS verifications of the address (`PUT /api/v2/recipient_addresses/{id}/verify`). Zendesk does not answer with the result: zdiag reads the address again until its status changes.",
        fix: "",
    }
    ForwardingVerifyChanged = "forwarding-verify-changed" {
        title: "Verification result",
        meaning: "After the verification zdiag requested, the address's statuses changed; the evidence shows them before and after. Pass when forwarding is now verified, fail when forwarding failed, warn otherwise; the address's other findings show what SPF, the CNAMEs and the domain verification say now.",
        fix: "For what still fails, follow the address's other findings, then verify again.",
    }
    ForwardingVerifyTimeout = "forwarding-verify-timeout" {
        title: "No verification result in time",
        meaning: "After the verification zdiag requested, the address's statuses did not change within --verify-timeout. The forwarding test email may still be on its way, or be stuck (suspended, or waiting for a provider's confirmation).",
        fix: "Run `zdiag forwarding ADDRESS` again in a few minutes, and look for the test email among the suspended tickets.",
    }
    ForwardingEmlReceivedBy = "forwarding-eml-received-by" {
        title: "Which support address received the message",
        meaning: "Read from the forwarded message's headers (Delivered-To, X-Original-To, X-Forwarded-To, To, Cc): the support address the customer wrote to and the Zendesk address the message reached. Zendesk replies from the address the email was received at.",
        fix: "",
    }
    ForwardingEmlDirect = "forwarding-eml-direct" {
        title: "A supported forwarding path",
        meaning: "The message reached Zendesk straight, or through one server-side forward from the external support address: the path Zendesk supports.",
        fix: "",
    }
    ForwardingEmlMultiHop = "forwarding-eml-multi-hop" {
        title: "Forwarded through several addresses",
        meaning: "The message was forwarded more than once before reaching Zendesk (the headers show several forwarding addresses). Zendesk does not support multi-hop forwarding: the requester becomes the first address it finds in Reply-To or From, with irregular results.",
        fix: "Forward straight from the address customers write to, to a Zendesk support address, in one server-side hop.",
    }
    ForwardingEmlClientForward = "forwarding-eml-client-forward" {
        title: "Forwarded by hand or by a mail-client rule",
        meaning: "The message is a forward made in a mail client (a `Fwd:`-style subject, a quoted forwarded message, or client forwarding headers), not a server-side forward. The requester becomes whoever forwarded it; a forward sent from one of the account's support addresses is suspended (\"Received from support address\").",
        fix: "Replace the client rule or manual forwarding with server-side automatic forwarding to a Zendesk support address.",
    }
    ForwardingEmlGmail = "forwarding-eml-gmail" {
        title: "Forwarded by Gmail",
        meaning: "Gmail's automatic forwarding handled the message (X-Forwarded-To / X-Forwarded-For headers). Gmail requires its forwarding confirmation first: that email arrives in Zendesk as a ticket (or a suspended ticket) whose link must be clicked. For low volumes, Zendesk recommends its Gmail connector instead.",
        fix: "",
    }
    ForwardingEmlUnknownRecipient = "forwarding-eml-unknown-recipient" {
        title: "No support address among the recipients",
        meaning: "None of the message's recipient headers names one of the account's support addresses or its zendesk.com subdomain: it was not forwarded to this account, or the headers were lost on the way.",
        fix: "Check where the forwarding rule sends mail: it must target a support address of this account.",
    }
}
