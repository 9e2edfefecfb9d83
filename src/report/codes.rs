//! Every finding code zdiag can emit, with the text `zdiag explain CODE` prints.
//!
//! Codes are the JSON contract: once released, never renamed and never reused.
//! Declaring a code and its documentation in one place makes an undocumented
//! code impossible to emit.

use serde::{Serialize, Serializer};

/// The documentation of one code.
#[derive(Debug, Clone, Copy)]
pub struct CodeDoc {
    pub code: &'static str,
    pub title: &'static str,
    /// What the finding means and why it matters.
    pub meaning: &'static str,
    /// How to fix it (empty for codes that report a good state).
    pub fix: &'static str,
}

macro_rules! codes {
    ($( $variant:ident = $code:literal {
        title: $title:literal,
        meaning: $meaning:literal,
        fix: $fix:literal $(,)?
    } )*) => {
        /// A stable finding code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code { $( $variant, )* }

        impl Code {
            /// Every code, in documentation order.
            pub const ALL: &'static [Code] = &[ $( Code::$variant, )* ];

            pub fn as_str(self) -> &'static str {
                match self { $( Code::$variant => $code, )* }
            }

            pub fn doc(self) -> CodeDoc {
                match self {
                    $( Code::$variant => CodeDoc { code: $code, title: $title, meaning: $meaning, fix: $fix }, )*
                }
            }
        }
    };
}

impl Code {
    /// Look a code up by its kebab-case name.
    pub fn parse(name: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.as_str() == name)
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

codes! {
    // ---- spf: finding and reading the record -------------------------------------------
    SpfRecordFound = "spf-record-found" {
        title: "SPF record found",
        meaning: "The domain publishes exactly one SPF record (a TXT record starting with `v=spf1`). The evidence shows it as published, with the character-strings it was split into.",
        fix: "",
    }
    SpfRecordMissing = "spf-record-missing" {
        title: "No SPF record",
        meaning: "No TXT record at the domain starts with `v=spf1 ` (RFC 7208 §4.5). Receivers get SPF result `none`, and Zendesk cannot send as this domain: it falls back to sending \"via zendesk.com\", and DMARC cannot pass through SPF.",
        fix: "Publish one TXT record at the domain: `v=spf1 include:mail.zendesk.com -all` (add the includes of your other senders before `-all`).",
    }
    SpfDomainNotFound = "spf-domain-not-found" {
        title: "The domain does not exist",
        meaning: "DNS answered NXDOMAIN for the domain itself: there is no such name, so there can be no SPF record.",
        fix: "Check the spelling of the domain, or register/delegate it before adding records.",
    }
    SpfMultipleRecords = "spf-multiple-records" {
        title: "Several SPF records",
        meaning: "More than one TXT record at the domain starts with `v=spf1`. RFC 7208 §4.5 makes that a permanent error: receivers treat the domain as having a broken SPF policy, and Zendesk's validation fails.",
        fix: "Merge them into one record: one `v=spf1`, every `include:` of every sender, one `all` at the end.",
    }
    SpfType99Record = "spf-type99-record" {
        title: "SPF record of type 99 published",
        meaning: "The domain publishes a DNS record of the old SPF type (99). RFC 7208 §3.1 removed it: receivers and Zendesk read only TXT records.",
        fix: "Publish the same text as a TXT record and delete the type-99 record.",
    }
    SpfLeadingWhitespace = "spf-leading-whitespace" {
        title: "SPF record starts with whitespace",
        meaning: "A TXT record looks like SPF but starts with spaces. RFC 7208 §4.5 selects only records that begin exactly with `v=spf1`, so receivers ignore it.",
        fix: "Remove the leading whitespace from the TXT record.",
    }
    SpfLookalikeRecord = "spf-lookalike-record" {
        title: "A TXT record that looks like SPF but is not",
        meaning: "A TXT record starts like SPF (`v=spf10`, `v=spf1x`, `spf2.0/...` Sender ID) but is not a `v=spf1` record, so receivers ignore it.",
        fix: "Correct the version tag to exactly `v=spf1` followed by a space, or delete the record if it is a leftover Sender ID record.",
    }
    SpfCnameAtName = "spf-cname-at-name" {
        title: "The domain is a CNAME",
        meaning: "The SPF record was reached through a CNAME at the domain. It works for SPF, but a CNAME cannot coexist with other records at the same name (RFC 1034 §3.6.2, RFC 2181 §10.1): MX, DMARC-related and verification records there conflict with it, and an apex cannot be a CNAME at all.",
        fix: "Replace the CNAME with the records themselves (copy the target's TXT record to the domain).",
    }
    SpfDnsError = "spf-dns-error" {
        title: "Could not check: DNS failed",
        meaning: "A DNS question needed for the SPF check got no usable answer (timeout, SERVFAIL, REFUSED). Nothing can be concluded about the record: this is not a missing record. Receivers facing the same failure return `temperror` and may defer the mail.",
        fix: "Check that the domain's name servers answer (`dig TXT <domain> @<server>`), or retry with `--resolver` pointing at another resolver.",
    }
    SpfSyntaxError = "spf-syntax-error" {
        title: "SPF syntax error",
        meaning: "The record does not follow RFC 7208's grammar (§12). Receivers return `permerror` for the whole record, so no sender passes, Zendesk included.",
        fix: "Correct the term shown at the column shown; the evidence quotes the record with the position marked.",
    }
    SpfStringTooLong = "spf-string-too-long" {
        title: "A TXT string over 255 bytes",
        meaning: "One character-string of the TXT record is longer than 255 bytes, the DNS limit (RFC 1035 §3.3); many DNS servers and editors truncate or reject it.",
        fix: "Split the record into several quoted strings of at most 255 bytes each; receivers join them without spaces (RFC 7208 §3.3).",
    }
    SpfRecordTooLong = "spf-record-too-long" {
        title: "SPF record over 450 bytes",
        meaning: "The joined record is longer than 450 bytes. With the other records at the name, the DNS answer may exceed 512 bytes (RFC 7208 §3.4 advises staying under it).",
        fix: "Shorten the record: remove senders you no longer use, or move groups of them behind one `include:` of your own.",
    }
    SpfRecordOver512 = "spf-record-over-512" {
        title: "SPF record over 512 bytes",
        meaning: "The record alone is longer than 512 bytes, the classic UDP DNS limit: resolvers without EDNS must retry over TCP, and some receivers fail the lookup (temperror).",
        fix: "Shorten the record below 450 bytes: remove unused senders or group them behind an include of your own.",
    }
    // ---- spf: the Zendesk include ------------------------------------------------------
    SpfIncludePresent = "spf-include-present" {
        title: "The required include is in the record",
        meaning: "The record includes the required name at its first level (for Zendesk: `include:mail.zendesk.com`), before any `all`: mail from those servers passes SPF, and Zendesk's admin centre shows SPF as verified.",
        fix: "",
    }
    SpfIncludeNested = "spf-include-nested" {
        title: "The required include is only reached through another include",
        meaning: "The required include is not in the domain's own record but inside a record the domain includes. Mail passes SPF, but Zendesk's admin centre validates the first level only and shows SPF as failed for the support address.",
        fix: "Add `include:mail.zendesk.com` directly to the domain's own record (before `all`).",
    }
    SpfIncludeMissing = "spf-include-missing" {
        title: "The required include is missing",
        meaning: "The SPF tree never includes the required name (for Zendesk: `mail.zendesk.com`). For Zendesk, it then sends your support addresses' mail \"via zendesk.com\", and recipients with strict DMARC quarantine or reject agents' replies.",
        fix: "Add `include:mail.zendesk.com` to the domain's SPF record, before `all`.",
    }
    SpfIncludeAfterAll = "spf-include-after-all" {
        title: "The required include comes after `all`",
        meaning: "The include stands after the `all` mechanism. Evaluation stops at `all` (RFC 7208 §5.1), so the include is never read: mail from those servers gets the `all` result.",
        fix: "Move the include before `all` (`all` must be the last mechanism).",
    }
    SpfIncludeOutdated = "spf-include-outdated" {
        title: "Outdated Zendesk include",
        meaning: "The record includes `smtp.zendesk.com` or `support.zendesk.com`, which Zendesk no longer uses for SPF; Zendesk flags it with a warning.",
        fix: "Replace it with `include:mail.zendesk.com`.",
    }
    SpfFlattened = "spf-flattened" {
        title: "Record flattened to IP ranges",
        meaning: "Zendesk's addresses are authorised by literal `ip4:`/`ip6:` ranges instead of `include:mail.zendesk.com`. It works today, but Zendesk changes its sending ranges without notice and does not support IP-only records: mail will fail SPF when it does.",
        fix: "Replace Zendesk's ranges with `include:mail.zendesk.com`, and exclude mail.zendesk.com from SPF flattening tools.",
    }
    // ---- spf: the include tree ---------------------------------------------------------
    SpfLookupCount = "spf-lookup-count" {
        title: "DNS lookups used",
        meaning: "How many of the 10 DNS-querying terms RFC 7208 §4.6.4 allows the record uses (include, a, mx, ptr, exists, redirect; counted through includes and redirects, in evaluation order). The evidence lists the count per term.",
        fix: "",
    }
    SpfTooManyLookups = "spf-too-many-lookups" {
        title: "More than 10 DNS lookups",
        meaning: "Evaluating the record needs more than 10 DNS-querying terms. RFC 7208 §4.6.4 makes the 11th a permanent error: receivers stop and return `permerror`, so senders listed after that point (often Zendesk) fail SPF. The evidence shows the path to the term that crosses the limit.",
        fix: "Remove includes of senders you no longer use, replace `a`/`mx`/`ptr` terms with `ip4:`/`ip6:` ranges for your own servers, or put the most important includes first.",
    }
    SpfVoidLookup = "spf-void-lookup" {
        title: "A term looks up a name that does not exist",
        meaning: "A term's DNS lookup returned NXDOMAIN or no record (a \"void lookup\", RFC 7208 §4.6.4). It authorises nothing and counts towards the limit of two.",
        fix: "Remove the term, or correct the name it points at.",
    }
    SpfTooManyVoidLookups = "spf-too-many-void-lookups" {
        title: "More than 2 void lookups",
        meaning: "More than two terms look up names that do not exist or have no record. RFC 7208 §4.6.4 makes the third a permanent error: receivers return `permerror`.",
        fix: "Remove or correct the terms listed in the evidence.",
    }
    SpfLoop = "spf-loop" {
        title: "Include or redirect loop",
        meaning: "Following `include:` or `redirect=` comes back to a record already being evaluated. Receivers stop at the lookup limit and return `permerror`.",
        fix: "Break the loop: remove the include or redirect that points back up the chain shown in the evidence.",
    }
    SpfTargetNoRecord = "spf-target-no-record" {
        title: "An include or redirect target has no SPF record",
        meaning: "An `include:` or `redirect=` points at a name with no SPF record (or no such name). RFC 7208 §5.2 and §6.1 make that a permanent error for the whole record.",
        fix: "Correct the target name, or remove the term if that sender is no longer used.",
    }
    SpfTargetInvalid = "spf-target-invalid" {
        title: "An include or redirect target has a broken SPF record",
        meaning: "The record behind an `include:` or `redirect=` has a syntax error or several SPF records: the error propagates (RFC 7208 §5.2), so the whole record yields `permerror`.",
        fix: "Ask the owner of the included domain to fix its record, or stop including it.",
    }
    SpfRedirectIgnored = "spf-redirect-ignored" {
        title: "redirect= is ignored",
        meaning: "The record has both an `all` mechanism and a `redirect=` modifier. `all` always matches, so the redirect is never used (RFC 7208 §6.1).",
        fix: "Remove either the `all` mechanism or the `redirect=` modifier, whichever you did not mean.",
    }
    SpfTermsAfterAll = "spf-terms-after-all" {
        title: "Terms after `all`",
        meaning: "Mechanisms after `all` are never evaluated (RFC 7208 §5.1): whatever they authorise fails.",
        fix: "Move the terms before `all`.",
    }
    SpfMultipleAll = "spf-multiple-all" {
        title: "Several `all` mechanisms",
        meaning: "The record has more than one `all`; only the first is ever reached.",
        fix: "Keep one `all`, at the end.",
    }
    SpfPtrDeprecated = "spf-ptr-deprecated" {
        title: "`ptr` should not be used",
        meaning: "RFC 7208 §5.5 says the `ptr` mechanism SHOULD NOT be published: it is slow, unreliable, and large receivers skip it, so the senders it covers may fail.",
        fix: "Replace `ptr` with `ip4:`/`ip6:` ranges or `a:` terms for the hosts it was meant to cover.",
    }
    SpfAllPass = "spf-all-pass" {
        title: "`+all` authorises everyone",
        meaning: "The record ends in `+all` (or `all`): every server on the internet passes SPF for the domain, which makes SPF useless against spoofing and hurts reputation.",
        fix: "End the record with `-all` (or `~all` while you verify your senders).",
    }
    SpfAllNeutral = "spf-all-neutral" {
        title: "`?all` asserts nothing",
        meaning: "The record ends in `?all`: servers that are not listed get `neutral`, which receivers treat like no SPF. It does not protect the domain.",
        fix: "End the record with `-all` (or `~all`).",
    }
    SpfAllMissing = "spf-all-missing" {
        title: "No `all` and no `redirect`",
        meaning: "The record has no `all` mechanism and no `redirect=`: unlisted servers get `neutral` (RFC 7208 §4.7), as with `?all`.",
        fix: "End the record with `-all` (or `~all`).",
    }
    SpfUnknownModifier = "spf-unknown-modifier" {
        title: "Unknown modifier",
        meaning: "The record has a `name=value` modifier that RFC 7208 does not define. Receivers ignore it (§6), so it does nothing; often it is a typo of `redirect=` or `exp=`.",
        fix: "Remove it, or correct its name.",
    }
    SpfMxTooManyHosts = "spf-mx-too-many-hosts" {
        title: "An `mx` term with more than 10 MX hosts",
        meaning: "RFC 7208 §4.6.4 limits an `mx` term to 10 MX hosts; more is a permanent error.",
        fix: "Replace the `mx` term with `ip4:`/`ip6:` ranges of the hosts that actually send.",
    }
    SpfMxHostNoAddress = "spf-mx-host-no-address" {
        title: "An MX host without an address",
        meaning: "An `mx` term's MX host has no A or AAAA record, so it authorises nothing.",
        fix: "Correct the MX record, or remove the `mx` term.",
    }
    SpfMacroNotExpanded = "spf-macro-not-expanded" {
        title: "A term with a macro",
        meaning: "The term's target contains a `%{...}` macro: it depends on each message's sender and client address, so it cannot be followed without them. It counts one lookup. Use `--ip` with `--sender` to evaluate it for a given message.",
        fix: "",
    }
    SpfNotFollowed = "spf-not-followed" {
        title: "Part of the tree was not followed",
        meaning: "The include tree is deeper or wider than any valid record can be (more than 10 lookups are reached first), so zdiag stopped expanding it there.",
        fix: "Reduce the number of lookups (see spf-too-many-lookups).",
    }
    // ---- spf: evaluations -------------------------------------------------------------
    SpfZendeskPasses = "spf-zendesk-passes" {
        title: "Zendesk's mail passes SPF",
        meaning: "zdiag read mail.zendesk.com's SPF record live, took an address from each of its ranges, and ran the full SPF evaluation (RFC 7208 check_host) against the domain: every range gets `pass`.",
        fix: "",
    }
    SpfZendeskFails = "spf-zendesk-fails" {
        title: "Zendesk's mail does not pass SPF",
        meaning: "For at least one of Zendesk's sending ranges (read live from mail.zendesk.com's SPF record), the SPF evaluation of the domain does not give `pass`. Mail that Zendesk sends from there as your address fails SPF; with a strict DMARC policy and no DKIM, recipients quarantine or reject it.",
        fix: "Add `include:mail.zendesk.com` to the domain's record, before `all`, and fix any error the report shows for the record.",
    }
    SpfZendeskUnavailable = "spf-zendesk-unavailable" {
        title: "Could not check: Zendesk's SPF record unavailable",
        meaning: "zdiag could not read mail.zendesk.com's own SPF record (DNS failure, or not in the loaded zones with `--offline`), so it cannot say whether Zendesk's addresses pass.",
        fix: "Retry with a working resolver, or add a zone for mail.zendesk.com when checking offline.",
    }
    SpfIpResult = "spf-ip-result" {
        title: "SPF result for the given client",
        meaning: "The result of RFC 7208 check_host() for the address given with `--ip` (and `--sender`, `--helo`): the result, the term that decided it, and the explanation a receiver would give on `fail`. Status: pass for `pass`, fail for `fail`/`permerror`, warn for `softfail`/`neutral`/`none`, error for `temperror`.",
        fix: "If the client should be allowed, add a term that authorises it (an `ip4:`/`ip6:` range or the include of its provider) before `all`.",
    }
    // ---- dkim (codes for `zdiag dkim` go below this line) ------------------------------
    // ---- end of dkim --------------------------------------------------------------------
    // ---- mx (codes for `zdiag mx` go below this line) ----------------------------------
    // ---- end of mx ----------------------------------------------------------------------
    // ---- dmarc (codes for `zdiag dmarc` go below this line) ----------------------------
    // ---- end of dmarc -------------------------------------------------------------------
    // ---- outbound (codes for the outbound walk go below this line) ---------------------
    OutboundStepSkipped = "outbound-step-skipped" {
        title: "Step not checked",
        meaning: "This step of Zendesk's procedure needs what zdiag was not given: the Zendesk API (a ticket's delivery status, the triggers, the forwarding status) or the recipient's address. The evidence names the flags and environment variables that enable it, and the message says how to check it by hand meanwhile.",
        fix: "Give what the evidence lists under `needs`, or follow the manual check in the message.",
    }
    OutboundRecipientInvalid = "outbound-recipient-invalid" {
        title: "The recipient is not an email address",
        meaning: "The address given with --recipient has no `@`, an empty local part, or a domain that is not a valid name, so no mail can reach it.",
        fix: "Check the requester's address in the ticket and correct it.",
    }
    OutboundRecipientTypo = "outbound-recipient-typo" {
        title: "The recipient's domain looks mistyped",
        meaning: "The recipient's domain is one or two keystrokes away from a major mailbox provider's (`gmial.com` for `gmail.com`). Mail to a mistyped domain bounces or, worse, reaches a stranger's server; customers who typed their own address wrong never get replies.",
        fix: "Correct the requester's email address in Zendesk and send the reply again.",
    }
    OutboundRecipientAsk = "outbound-recipient-ask" {
        title: "Ask the recipient",
        meaning: "DNS shows nothing wrong on the recipient's side: the domain exists and its mail servers resolve. Whether their server accepted, filed as spam or rejected the email is only visible to them (or in a bounce, which Zendesk puts in the Suspended tickets view).",
        fix: "Contact the recipient with the details of the email: ask them to check their spam folder, to tell you why their server blocked it, and to allow-list your support address.",
    }
    // ---- end of outbound ----------------------------------------------------------------
    // ---- bounce (codes for zdiag bounce go below this line)
    BounceUserUnknown = "bounce-user-unknown" {
        title: "The recipient's address does not exist",
        meaning: "The receiving server says the mailbox does not exist (Sisimai reasons userunknown, hasmoved: 5.1.1, 5.1.6, \"user unknown\"). A hard bounce: Zendesk marks the address undeliverable at once. The evidence has the recipient, the status and reply codes, the remote server and its own words.",
        fix: "Remove or correct the address; ask the customer for a new one.",
    }
    BounceDomainNotFound = "bounce-domain-not-found" {
        title: "The recipient's domain does not exist or takes no mail",
        meaning: "The domain part of the address does not exist, cannot be routed, or publishes a null MX (reasons hostunknown, notaccept with a 5xx code). A hard bounce.",
        fix: "Check the domain for typos; the domain has no mail service.",
    }
    BounceMailboxFull = "bounce-mailbox-full" {
        title: "The recipient's mailbox is full",
        meaning: "The recipient is over quota (reason mailboxfull: 4.2.2/5.2.2, 552). A soft bounce: a later retry may work.",
        fix: "Retry later, or reach the recipient another way.",
    }
    BounceMailboxDisabled = "bounce-mailbox-disabled" {
        title: "The recipient's mailbox is disabled or filters you",
        meaning: "The account is suspended or inactive, or the recipient's own filter refused the mail (reasons suspend, filtered: 5.2.1, 5.7.13). Soft, but often long-lived.",
        fix: "Try later or use another channel to reach the recipient.",
    }
    BounceMessageTooLarge = "bounce-message-too-large" {
        title: "The message is too large",
        meaning: "The message exceeds the destination's size limit (reasons mesgtoobig, exceedlimit: 5.3.4, 5.2.3, 552).",
        fix: "Send smaller attachments, or links instead.",
    }
    BounceAuthFailure = "bounce-auth-failure" {
        title: "Rejected for SPF, DKIM, DMARC or reverse DNS",
        meaning: "The receiver refused the mail because authentication failed: SPF, DKIM or DMARC (5.7.23-5.7.26, Microsoft 5.7.509/5.7.515) or the sending IP has no valid PTR (5.7.25). Reasons authfailure, requireptr. A fix is needed on the sending side.",
        fix: "Fix SPF/DKIM/DMARC alignment for the support address (`zdiag outbound DOMAIN`), and the PTR of the sending IP.",
    }
    BounceBlockedReputation = "bounce-blocked-reputation" {
        title: "The sending server is blocked or has a low reputation",
        meaning: "The receiver refused the connection or the mail because of the sending IP or domain: a blocklist (Spamhaus, ...) or a poor reputation (reasons blocked, badreputation).",
        fix: "Check the sending IP and domain on blocklists, request delisting, and warm up new IPs.",
    }
    BounceSpamContent = "bounce-spam-content" {
        title: "Rejected for its content",
        meaning: "The receiver judged the content spam, found a virus, or refused its format or attachments (reasons spamdetected, virusdetected, policyviolation, contenterror, notcompliantrfc).",
        fix: "Change the content, attachments or format of the message.",
    }
    BounceRateLimited = "bounce-rate-limited" {
        title: "Rate limited by the receiver",
        meaning: "Too many messages, connections or recipients in too short a time (reasons speeding, toomanyconn).",
        fix: "Slow down and retry later.",
    }
    BounceSenderRejected = "bounce-sender-rejected" {
        title: "Rejected because of the sender",
        meaning: "The receiver refused the envelope sender or From address, relaying, or the TLS/authentication of the session (reasons rejected, norelaying, securityerror).",
        fix: "Check the From and envelope sender, the MX routing, TLS and authentication.",
    }
    BounceNetworkOrTimeout = "bounce-network-or-timeout" {
        title: "A network, timeout or remote system problem",
        meaning: "Delivery failed or expired for a reason on the remote side or in transit: DNS failures, connection timeouts, a full spool, a mailer error, a failed STARTTLS (reasons networkerror, expired, systemerror, systemfull, syntaxerror, mailererror, failedstarttls, soft notaccept). Usually temporary.",
        fix: "Usually retrying works; if it keeps failing, ask the recipient's administrator.",
    }
    BounceComplaint = "bounce-complaint" {
        title: "The recipient reported the mail as spam",
        meaning: "An RFC 5965 feedback report (ARF): the recipient pressed \"report spam\" or unsubscribed through their provider. Not a delivery failure, and not counted as a bounce; the evidence carries the Feedback-Type.",
        fix: "Stop mailing the recipient.",
    }
    BounceAutoReply = "bounce-auto-reply" {
        title: "An automatic reply, not a failure",
        meaning: "An out-of-office or other RFC 3834 auto-reply. Not counted as a bounce.",
        fix: "",
    }
    BounceDelivered = "bounce-delivered" {
        title: "A delivery success notice",
        meaning: "A DSN reporting success (2.x.x). Not counted as a bounce.",
        fix: "",
    }
    BounceUnknown = "bounce-unknown" {
        title: "A failure whose reason is not recognised",
        meaning: "The message is a bounce but its wording matches no known reason (Sisimai's onhold/undefined). The evidence carries the remote server's own words.",
        fix: "Read the diagnostic: the remote server's text says what went wrong.",
    }
    BounceNotABounce = "bounce-not-a-bounce" {
        title: "Not a bounce",
        meaning: "The message is not a delivery failure notice, a complaint or an auto-reply: ordinary mail. It is not counted.",
        fix: "",
    }
    BounceUndecodable = "bounce-undecodable" {
        title: "Not an email message",
        meaning: "The input has no mail headers (empty or not an email), so nothing could be decoded.",
        fix: "Give the raw message (the .eml or the mbox), not a rendering of it.",
    }
    BounceSummary = "bounce-summary" {
        title: "Counts over every message read",
        meaning: "Messages read, bounces, recipients by category, reason and destination domain, and the hard-bounce addresses to clean from the user list.",
        fix: "",
    }
    BounceRate = "bounce-rate" {
        title: "Bounce rate against the messages sent",
        meaning: "Failed recipients (hard and soft) over the number given with --sent. Mailbox providers watch the 2% line: above it, expect throttling and spam-foldering.",
        fix: "Clean the hard-bounce addresses and check list hygiene before sending more.",
    }
    // ---- end of bounce
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_kebab_case_and_documented() {
        let mut seen = HashSet::new();
        for code in Code::ALL {
            let name = code.as_str();
            assert!(seen.insert(name), "duplicate code {name}");
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{name} is not kebab-case"
            );
            let doc = code.doc();
            assert!(
                !doc.title.is_empty() && doc.meaning.len() > 40,
                "{name} is not documented"
            );
            assert_eq!(Code::parse(name), Some(*code));
        }
    }
}
