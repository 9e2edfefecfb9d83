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
    // ---- zendesk (codes for forwarding, triggers, targets go below this line)
    ZendeskApiError = "zendesk-api-error" {
        title: "Could not check: the Zendesk API did not answer",
        meaning: "A question to the Zendesk API (or a file of the export) needed for this check got no usable answer: credentials refused (401), a permission or plan feature missing (403), nothing at that address (404), the rate limit or server errors that outlasted the retries, or a body that is not the JSON expected. The message names the missing permission or setting. Nothing is concluded about the account: this is not a failure of the account's set-up.",
        fix: "Do what the message says (enable token access, use an admin's token, correct the subdomain), or retry later for a 429 or 5xx.",
    }
    ZendeskNotConfigured = "zendesk-not-configured" {
        title: "Not checked: no Zendesk access",
        meaning: "The check reads the Zendesk account, and zdiag was given neither API credentials nor an export directory.",
        fix: "Set ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN (or ZENDESK_OAUTH_TOKEN), or give --zendesk-export DIR.",
    }
    ZendeskExportWritten = "zendesk-export-written" {
        title: "Export file written",
        meaning: "`zdiag export` wrote one endpoint's body to the export directory, every page merged, exactly as the API returned it. The token and credentials are never written. The evidence gives the file and the number of items.",
        fix: "",
    }
    ZendeskExportSkipped = "zendesk-export-skipped" {
        title: "Export file not written",
        meaning: "`zdiag export` could not read one endpoint (the message says why, often a permission the token's user lacks), so the export lacks that file; checks that need it will say so when run against the export.",
        fix: "Export with an admin's token, or accept that the checks needing this file cannot run offline.",
    }
    TriggersNotifyRequesterActive = "triggers-notify-requester-active" {
        title: "A trigger notifies the requester",
        meaning: "An active trigger sends an email to the requester (an `Email user` action to `(requester and CCs)` or `(requester)`), gated on the ticket being created (the \"received request\" notification) or updated with a public comment (the \"comment update\" notification). zdiag recognises it by what it does, not by its title or the `default` flag.",
        fix: "",
    }
    TriggersNotifyRequesterInactive = "triggers-notify-requester-inactive" {
        title: "The trigger that notifies the requester is inactive",
        meaning: "The only triggers that would email the requester when a request is received, or when an agent adds a public comment, are deactivated. Customers get no email for those events: agents' replies never reach them.",
        fix: "Reactivate the trigger named in the evidence: Admin Center > Objects and rules > Business rules > Triggers, open it, Activate.",
    }
    TriggersNotifyReceivedMissing = "triggers-notify-received-missing" {
        title: "No trigger confirms received requests",
        meaning: "No trigger, active or not, emails the requester when a ticket is created by an end user (Zendesk's standard \"Notify requester and CCs of received request\"). Customers who write in get no acknowledgement.",
        fix: "Create a trigger: Ticket Is Created, Comment Is Public, Current user Is (end user); action Email user (requester and CCs) with a subject and body.",
    }
    TriggersNotifyCommentMissing = "triggers-notify-comment-missing" {
        title: "No trigger sends agents' replies",
        meaning: "No trigger, active or not, emails the requester when the ticket is updated with a public comment (Zendesk's standard \"Notify requester and CCs of comment update\"). Agents' replies stay in Zendesk: customers never receive them.",
        fix: "Create a trigger: Ticket Is Updated, Comment Is Public; action Email user (requester and CCs), subject `[{{ticket.account}}] Re: {{ticket.title}}`, body `{{ticket.latest_comment_html}}`.",
    }
    TriggersAllInactive = "triggers-all-inactive" {
        title: "Every trigger is inactive",
        meaning: "The account has triggers but none is active. Triggers are what sends email notifications: with all of them off, Zendesk emails no one about ticket activity.",
        fix: "Reactivate the standard notification triggers (Admin Center > Objects and rules > Business rules > Triggers).",
    }
    TriggersNotificationEmpty = "triggers-notification-empty" {
        title: "A notification with an empty subject or body",
        meaning: "An active trigger's email action (to a user, a group or a target) has an empty subject or body. Zendesk sends nothing useful, or nothing at all (an email target with an empty body fails).",
        fix: "Open the trigger and write the subject and body of the action named in the evidence.",
    }
    TriggersTargetMissing = "triggers-target-missing" {
        title: "A trigger notifies a target that does not exist",
        meaning: "An active trigger's `Notify target` action names a target id that the account's targets do not include (it was deleted). The notification goes nowhere.",
        fix: "Point the action at an existing target, or remove the action.",
    }
    TriggersTargetInactive = "triggers-target-inactive" {
        title: "A trigger notifies an inactive target",
        meaning: "An active trigger's `Notify target` action names a target that is deactivated (Zendesk deactivates a target after 21 consecutive failed deliveries). Nothing is sent while it is inactive.",
        fix: "Fix the target's address, then reactivate it (Admin Center > Apps and integrations > Targets), or point the trigger elsewhere.",
    }
    TriggersGroupDeleted = "triggers-group-deleted" {
        title: "A trigger notifies a deleted group",
        meaning: "An active trigger's `Email group` action names a group id that is not among the account's groups (it was deleted). No agent receives the notification.",
        fix: "Choose an existing group in the action, or `(assigned group)`.",
    }
    TriggersNotFired24h = "triggers-not-fired-24h" {
        title: "A notification trigger did not fire in 24 hours",
        meaning: "Zendesk's usage counts (`usage_24h`, on plans that have them) say this active notification trigger fired 0 times in the last 24 hours. On a busy account that means its conditions no longer match (a changed condition, a trigger above it that changes the ticket first) and nobody gets that email.",
        fix: "Check the trigger's conditions against a recent ticket's events (add /events to the ticket's URL).",
    }
    TriggersPrivateCommentRule = "triggers-private-comment-rule" {
        title: "Private comments send no email to the requester",
        meaning: "Zendesk suppresses the `Email user (requester and CCs)` action when the update adds a private (internal) comment, whatever the trigger says. An agent who replies with an internal note sends nothing to the customer.",
        fix: "Reply with a public comment when the customer must receive it.",
    }
    TargetsActive = "targets-active" {
        title: "Email target in working order",
        meaning: "The email target is active, does not point at one of the account's own support addresses, and no action sends it a body over 8,192 characters.",
        fix: "",
    }
    TargetsNone = "targets-none" {
        title: "No email targets",
        meaning: "The account has no email targets, so no trigger or automation can notify an external address through one.",
        fix: "",
    }
    TargetsInactive = "targets-inactive" {
        title: "An email target is inactive",
        meaning: "The email target is deactivated. Zendesk deactivates a target on its own after 21 consecutive failed deliveries (and tells the admins), or an admin did. Triggers and automations that still point at it send nothing; the evidence lists them.",
        fix: "Correct the target's address, test it, and reactivate it (Admin Center > Apps and integrations > Targets), or update the triggers and automations listed.",
    }
    TargetsSupportAddressLoop = "targets-support-address-loop" {
        title: "An email target is one of the account's own support addresses",
        meaning: "The target sends to an address that is one of this account's support addresses. That is a mail loop: Zendesk refuses notifications to its own support addresses, so the mail is never delivered (or becomes a suspended ticket).",
        fix: "Point the target at an address outside Zendesk; to add to a ticket, use a trigger action instead of a target.",
    }
    TargetsBodyTooLong = "targets-body-too-long" {
        title: "A target notification's body is over 8,192 characters",
        meaning: "A trigger's or automation's `Notify target` action has a body longer than the 8,192 characters Zendesk allows for it.",
        fix: "Shorten the body of the action named in the evidence below 8,192 characters (link to the ticket rather than copying it).",
    }
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
    // ---- end of zendesk
    // ---- dkim (codes for `zdiag dkim` go below this line) ------------------------------
    DkimZendeskCnames = "dkim-zendesk-cnames" {
        title: "Zendesk's DKIM CNAMEs are in place",
        meaning: "`zendesk1._domainkey.<domain>` and `zendesk2._domainkey.<domain>` are CNAMEs to `zendesk1._domainkey.zendesk.com` and `zendesk2._domainkey.zendesk.com`: Zendesk can sign your mail with your domain, and its quarterly key rotation needs no change on your side. Signing also needs \"Custom domain for DKIM\" on in Admin Center (Channels > Talk and email > Email), which DNS cannot show.",
        fix: "",
    }
    DkimZendeskMissing = "dkim-zendesk-missing" {
        title: "Zendesk's DKIM CNAMEs are missing",
        meaning: "Neither `zendesk1._domainkey.<domain>` nor `zendesk2._domainkey.<domain>` exists. Zendesk then signs your mail with its own domain, so DMARC cannot align through DKIM and rests on SPF alone. Turning on \"Custom domain for DKIM\" before the CNAMEs exist makes Zendesk sign with keys receivers cannot find: mail fails delivery.",
        fix: "Add the CNAMEs `zendesk1._domainkey.<domain>` → `zendesk1._domainkey.zendesk.com` and `zendesk2._domainkey.<domain>` → `zendesk2._domainkey.zendesk.com`, wait for them to resolve, then turn on \"Custom domain for DKIM\" in Admin Center.",
    }
    DkimZendeskPartial = "dkim-zendesk-partial" {
        title: "One of Zendesk's two DKIM CNAMEs is missing",
        meaning: "One Zendesk selector is published and the other is not. Zendesk signs with both (it switches between them when it rotates keys), so mail signed with the missing one fails DKIM, and turning on \"Custom domain for DKIM\" causes delivery failures.",
        fix: "Add the missing CNAME: `zendeskN._domainkey.<domain>` → `zendeskN._domainkey.zendesk.com`.",
    }
    DkimZendeskWrongTarget = "dkim-zendesk-wrong-target" {
        title: "A Zendesk DKIM CNAME points at the wrong name",
        meaning: "`zendeskN._domainkey.<domain>` is a CNAME, but not to `zendeskN._domainkey.zendesk.com` (a typo, the other selector's key, or a name with the domain appended twice). Receivers look up a key that is not Zendesk's, so Zendesk's signatures fail.",
        fix: "Point the CNAME at `zendeskN._domainkey.zendesk.com` (same N as the selector).",
    }
    DkimZendeskPastedKey = "dkim-zendesk-pasted-key" {
        title: "Zendesk's key pasted instead of the CNAME",
        meaning: "A Zendesk selector holds a TXT key record instead of a CNAME to Zendesk. It works only as long as it matches the key Zendesk publishes: Zendesk rotates its keys every quarter, and mail fails DKIM from the next rotation.",
        fix: "Replace the TXT record with a CNAME to `zendeskN._domainkey.zendesk.com`.",
    }
    DkimZendeskPastedKeyStale = "dkim-zendesk-pasted-key-stale" {
        title: "A pasted Zendesk key is out of date",
        meaning: "A Zendesk selector holds a TXT key record instead of a CNAME, and it differs from the key Zendesk publishes now (Zendesk has rotated since it was copied). Zendesk's signatures with this selector fail DKIM.",
        fix: "Replace the TXT record with a CNAME to `zendeskN._domainkey.zendesk.com`.",
    }
    DkimKeyOk = "dkim-key-ok" {
        title: "Usable DKIM key",
        meaning: "The selector leads to one well-formed key record with an RSA key of at least 2048 bits or an Ed25519 key. The evidence shows the record, the key type and its size.",
        fix: "",
    }
    DkimKeyMissing = "dkim-key-missing" {
        title: "No DKIM key record",
        meaning: "The selector's name (or the name its CNAME points at) holds no DKIM key record: signatures made with this selector cannot be verified and fail DKIM.",
        fix: "Publish the selector's key as a TXT record (`v=DKIM1; k=rsa; p=...`) as the sending service gives it, or correct the selector name.",
    }
    DkimKeyMultiple = "dkim-key-multiple" {
        title: "Several DKIM key records for one selector",
        meaning: "More than one TXT key record is published for the selector. Verifiers use one of them (RFC 6376 leaves which undefined), so signatures fail whenever the other one is picked.",
        fix: "Keep exactly one key record per selector.",
    }
    DkimKeyRevoked = "dkim-key-revoked" {
        title: "Revoked DKIM key",
        meaning: "The key record's `p=` is empty, which RFC 6376 §3.6.1 defines as a revoked key: every signature with this selector fails.",
        fix: "Publish the current key, or stop signing with this selector.",
    }
    DkimKeyTooShort = "dkim-key-too-short" {
        title: "RSA key under 1024 bits",
        meaning: "The RSA key is shorter than 1024 bits. RFC 8301 forbids verifying with such keys, and Gmail, Microsoft and Yahoo treat the signatures as failing.",
        fix: "Generate a 2048-bit key and publish it under a new selector.",
    }
    DkimKeyWeak = "dkim-key-weak" {
        title: "RSA key under 2048 bits",
        meaning: "The RSA key is at least 1024 but under 2048 bits. It verifies today, but 2048 bits is the recommended size (RFC 8301) and some receivers already score 1024-bit keys lower.",
        fix: "Move to a 2048-bit key: publish it under a new selector, switch signing, then retire the old selector.",
    }
    DkimKeyTesting = "dkim-key-testing" {
        title: "DKIM key in testing mode",
        meaning: "The key record has `t=y`: the domain says it is testing DKIM, and receivers may treat its signatures as unverified (RFC 6376 §3.6.1).",
        fix: "Remove `y` from the `t=` tag once signing works.",
    }
    DkimKeyUnknownTag = "dkim-key-unknown-tag" {
        title: "Unknown tag in a DKIM key record",
        meaning: "The key record has a tag RFC 6376 §3.6.1 does not define. Verifiers ignore it, so it does nothing; often it is a typo of a real tag.",
        fix: "Remove the tag, or correct its name (v, h, k, n, p, s, t).",
    }
    DkimKeyInvalid = "dkim-key-invalid" {
        title: "Unusable DKIM key data",
        meaning: "The `p=` value is valid base64 but not a key of the declared type (a truncated or corrupted RSA key, an Ed25519 key that is not 32 bytes, a key of one type declared as another), or `k=` names a type verifiers do not know. Signatures with this selector fail.",
        fix: "Publish the key again, copied whole from the sending service, with the right `k=`.",
    }
    DkimSyntaxError = "dkim-syntax-error" {
        title: "DKIM key record syntax error",
        meaning: "The key record does not follow RFC 6376 §3.6.1 (a wrong `v=`, `v=` not first, a duplicate tag, bad base64, a missing `p=`): verifiers ignore the record and signatures fail. The evidence marks the position.",
        fix: "Correct the record at the column shown.",
    }
    DkimLegacyCnames = "dkim-legacy-cnames" {
        title: "Legacy zendeskN CNAMEs",
        meaning: "The domain publishes `zendesk1..4.<domain>` CNAMEs to `mail1..4.zendesk.com`, seen in older Zendesk setups. Zendesk's current DKIM uses the `_domainkey` CNAMEs only; these do no harm.",
        fix: "",
    }
    DkimDnsError = "dkim-dns-error" {
        title: "Could not check: DNS failed",
        meaning: "A DNS question needed for the DKIM check got no usable answer (timeout, SERVFAIL, REFUSED). Nothing can be concluded: this is not a missing record.",
        fix: "Check that the domain's name servers answer (`dig CNAME zendesk1._domainkey.<domain> @<server>`), or retry with `--resolver` pointing at another resolver.",
    }
    // ---- end of dkim --------------------------------------------------------------------
    // ---- mx (codes for `zdiag mx` go below this line) ----------------------------------
    MxHosts = "mx-hosts" {
        title: "Mail is delivered to the MX hosts",
        meaning: "The domain publishes MX records and at least one of their hosts has an address, so mail to the domain can be delivered. The evidence lists the hosts in preference order (lowest first, tried first) with their addresses.",
        fix: "",
    }
    MxDomainNotFound = "mx-domain-not-found" {
        title: "The domain does not exist",
        meaning: "DNS answered NXDOMAIN for the domain: there is no such name, so mail to any address at it bounces at once (a 5.1.2 \"bad destination\" error).",
        fix: "Check the spelling of the domain, or register and delegate it before using it for mail.",
    }
    MxNone = "mx-none" {
        title: "No MX and no address",
        meaning: "The domain exists but has neither MX records nor A/AAAA addresses, so there is no server to deliver its mail to (RFC 5321 §5.1): mail to it bounces.",
        fix: "Publish MX records pointing at your mail provider's servers.",
    }
    MxImplicit = "mx-implicit" {
        title: "No MX record: implicit MX",
        meaning: "The domain has no MX records, so senders deliver to the domain's own A/AAAA address (RFC 5321 §5.1). It works only if that host runs a mail server; usually it is a web server, and mail is lost or bounces. Some senders refuse implicit MX altogether.",
        fix: "Publish MX records for the domain, or a null MX (`MX 0 .`) if it should receive no mail.",
    }
    MxNull = "mx-null" {
        title: "Null MX: the domain accepts no mail",
        meaning: "The domain publishes a null MX (`MX 0 .`, RFC 7505): it declares that it accepts no mail, and senders bounce mail to it without trying. Right for a send-only domain; wrong for a domain with a support address, whose customers' mail and replies would all bounce.",
        fix: "If the domain should receive mail, replace the null MX with your mail provider's MX records.",
    }
    MxNullMixed = "mx-null-mixed" {
        title: "A null MX mixed with other MX records",
        meaning: "The domain publishes a null MX (`MX 0 .`) together with other MX records. RFC 7505 §3 says a null MX must be the only MX record; senders may treat the domain as accepting no mail, or try the other hosts: behaviour differs by sender.",
        fix: "Delete the null MX if the domain receives mail, or the other MX records if it does not.",
    }
    MxTargetCname = "mx-target-cname" {
        title: "An MX target is a CNAME",
        meaning: "An MX record points at a name that is an alias (CNAME). RFC 2181 §10.3 and RFC 5321 §5.1 require an MX target to hold the address itself; most senders follow the alias anyway, but some refuse, and it costs extra lookups.",
        fix: "Point the MX record at the canonical host name (the end of the CNAME chain).",
    }
    MxHostNoAddress = "mx-host-no-address" {
        title: "An MX host without an address",
        meaning: "An MX host has no A or AAAA record. Senders skip it and try the other hosts, so mail still arrives, but the record is dead weight and often a typo.",
        fix: "Publish an address for the host, or remove its MX record.",
    }
    MxNoHostResolves = "mx-no-host-resolves" {
        title: "No MX host has an address",
        meaning: "None of the domain's MX hosts has an A or AAAA record, so senders have nowhere to deliver: mail to the domain is deferred, then bounces.",
        fix: "Correct the MX records to name hosts that exist, or publish A/AAAA records for them.",
    }
    MxDuplicateHost = "mx-duplicate-host" {
        title: "An MX host listed twice",
        meaning: "The same host appears in several MX records of the domain (often with different preferences). It does no harm to delivery but suggests a copy-paste mistake.",
        fix: "Keep one MX record per host.",
    }
    MxTargetIpLiteral = "mx-target-ip-literal" {
        title: "An MX target is an IP address",
        meaning: "An MX record's target is written as an IP address. An MX record must name a host (RFC 1035 §3.3.9, RFC 5321 §5.1): senders look up a host literally called `192.0.2.1.`, find nothing, and cannot deliver through that record.",
        fix: "Publish an A record for a host name with that address and point the MX record at the name.",
    }
    MxDnsError = "mx-dns-error" {
        title: "Could not check: DNS failed",
        meaning: "A DNS question needed for the MX check (the MX set, or a host's addresses) got no usable answer (timeout, SERVFAIL, REFUSED). Nothing can be concluded: this is not a missing record.",
        fix: "Check that the domain's name servers answer (`dig MX <domain> @<server>`), or retry with `--resolver` pointing at another resolver.",
    }
    // ---- end of mx ----------------------------------------------------------------------
    // ---- dmarc (codes for `zdiag dmarc` go below this line) ----------------------------
    DmarcRecordFound = "dmarc-record-found" {
        title: "DMARC record found",
        meaning: "Exactly one DMARC record applies to the domain. The evidence shows it, and where it was found: at `_dmarc.<domain>` itself, or at a parent domain reached by the RFC 9989 DNS tree walk when the domain has none of its own (then the parent's `sp` policy applies).",
        fix: "",
    }
    DmarcRecordMissing = "dmarc-record-missing" {
        title: "No DMARC record",
        meaning: "Neither `_dmarc.<domain>` nor any parent reached by the RFC 9989 tree walk holds a `v=DMARC1` record. Receivers apply no DMARC policy, spoofed mail is not blocked, and Google and Yahoo require DMARC from bulk senders.",
        fix: "Publish a TXT record at `_dmarc.<domain>`: `v=DMARC1; p=none; rua=mailto:dmarc@<domain>`, read the reports, then move to `p=quarantine` or `p=reject`.",
    }
    DmarcDomainNotFound = "dmarc-domain-not-found" {
        title: "The domain does not exist",
        meaning: "DNS answered NXDOMAIN for the domain and for its `_dmarc` name: there is no such domain to check.",
        fix: "Check the spelling of the domain.",
    }
    DmarcMultipleRecords = "dmarc-multiple-records" {
        title: "Several DMARC records",
        meaning: "More than one TXT record at `_dmarc.<domain>` starts with `v=DMARC1`. RFC 9989 §4.10 makes receivers discard all of them, so the domain has no DMARC policy of its own.",
        fix: "Keep one record: merge the tags you need into it and delete the others.",
    }
    DmarcUnrelatedTxt = "dmarc-unrelated-txt" {
        title: "Unrelated TXT records at _dmarc",
        meaning: "`_dmarc.<domain>` holds TXT records that are not DMARC records. Receivers should ignore them, but some do not expect them there; checkdmarc reports this as an error.",
        fix: "Delete the TXT records at `_dmarc.<domain>` that do not start with `v=DMARC1`.",
    }
    DmarcSpfAtDmarc = "dmarc-spf-at-dmarc" {
        title: "An SPF record at _dmarc",
        meaning: "`_dmarc.<domain>` answers with an SPF record (`v=spf1`). Usually a wildcard or a DNS host answers the `_dmarc` name with the domain's own records, so no real DMARC record is published there.",
        fix: "Publish a real DMARC record at `_dmarc.<domain>` and remove the SPF text (or the wildcard) that answers there.",
    }
    DmarcRecordAtApex = "dmarc-record-at-apex" {
        title: "DMARC record at the domain instead of _dmarc",
        meaning: "A `v=DMARC1` TXT record is published at the domain itself. Receivers only read `_dmarc.<domain>`: without a record there it is a failure (the policy is never seen); next to a good one it has no effect.",
        fix: "Move the record to `_dmarc.<domain>` (or delete the copy at the domain when `_dmarc` already has one).",
    }
    DmarcLeadingWhitespace = "dmarc-leading-whitespace" {
        title: "DMARC record starts with whitespace",
        meaning: "A TXT record at `_dmarc.<domain>` has whitespace before `v=DMARC1`. Receivers select records that start exactly with the version tag, so they discard it.",
        fix: "Remove the leading whitespace from the record.",
    }
    DmarcSyntaxError = "dmarc-syntax-error" {
        title: "DMARC syntax error",
        meaning: "The record does not follow the RFC 9989 grammar (§4.8), or a tag has a value it does not allow (`p=block`, an `fo` option other than 0/1/d/s, a report address that is not a URI). Receivers may ignore the record or the tag: the policy you meant is not applied.",
        fix: "Correct the tag at the column shown; the evidence quotes the record with the position marked.",
    }
    DmarcDuplicateTag = "dmarc-duplicate-tag" {
        title: "A DMARC tag appears twice",
        meaning: "The same tag is written twice (`p=reject; p=none`). The record is invalid, and receivers that accept it pick one of the values: which policy applies is unpredictable.",
        fix: "Keep one occurrence of the tag, with the value you mean.",
    }
    DmarcPolicyEnforced = "dmarc-policy-enforced" {
        title: "DMARC policy enforced",
        meaning: "The policy that applies to the domain is `quarantine` or `reject`: receivers block mail that fails DMARC, which protects the domain from spoofing, and also blocks your own senders that do not align.",
        fix: "",
    }
    DmarcPolicyNone = "dmarc-policy-none" {
        title: "DMARC policy is none (unenforced)",
        meaning: "The policy that applies to the domain is `none`: receivers only report, and deliver mail that fails DMARC. The domain is not protected against spoofing.",
        fix: "Once the aggregate reports show all your senders (Zendesk included) aligned, move to `p=quarantine`, then `p=reject`.",
    }
    DmarcPMissing = "dmarc-p-missing" {
        title: "No p tag",
        meaning: "The record has no `p` tag. RFC 9989 treats it as `p=none`, but RFC 7489 made `p` required: older receivers ignore the whole record.",
        fix: "Add `p=none` (or the policy you want) right after `v=DMARC1`.",
    }
    DmarcPNotFirst = "dmarc-p-not-first" {
        title: "p is not the tag after v",
        meaning: "RFC 9989 allows tags in any order, but RFC 7489 required `p` right after `v=DMARC1`, and some older receivers still expect it there.",
        fix: "Move `p=...` directly after `v=DMARC1;`.",
    }
    DmarcSubdomainPolicyNone = "dmarc-subdomain-policy-none" {
        title: "Subdomain policy is none",
        meaning: "The record sets `sp=none`: mail from subdomains that fails DMARC is delivered, so anyone can spoof `anything.<domain>` even when `p` is enforced.",
        fix: "Remove `sp=none` (subdomains then follow `p`), or set `sp=quarantine` or `sp=reject`.",
    }
    DmarcTesting = "dmarc-testing" {
        title: "Testing mode (t=y)",
        meaning: "The record has `t=y`: RFC 9989 receivers apply the next lower policy (`reject` as `quarantine`, `quarantine` as `none`). It replaces `pct=0` for a gradual rollout.",
        fix: "Remove `t=y` once the reports show your senders aligned.",
    }
    DmarcPctRemoved = "dmarc-pct-removed" {
        title: "pct tag (removed in RFC 9989)",
        meaning: "RFC 9989 removed `pct`: its receivers ignore it, while RFC 7489 receivers apply the policy to that percentage of failing mail only. The same record is read two ways.",
        fix: "Remove `pct`; use `t=y` for a test phase instead of a percentage.",
    }
    DmarcRemovedTag = "dmarc-removed-tag" {
        title: "rf or ri tag (removed in RFC 9989)",
        meaning: "RFC 9989 removed `rf` (failure report format) and `ri` (aggregate report interval): receivers ignore them; most sent daily aggregate reports anyway.",
        fix: "Remove the tag; it has no effect.",
    }
    DmarcUnknownTag = "dmarc-unknown-tag" {
        title: "Unknown DMARC tag",
        meaning: "The record has a tag RFC 9989 does not define. Receivers ignore it (§4.8), so it does nothing; often it is a typo of a real tag.",
        fix: "Remove the tag, or correct its name.",
    }
    DmarcInvalidValue = "dmarc-invalid-value" {
        title: "A value receivers replace with the default",
        meaning: "A tag's value is invalid but recoverable (`adkim=x`, `fo=0:1`, `pct=150`): RFC 9989 §4.8 makes receivers discard it and use the default, which may not be what you meant.",
        fix: "Correct the value, or remove the tag to use the default on purpose.",
    }
    DmarcNoRua = "dmarc-no-rua" {
        title: "No aggregate report address",
        meaning: "The record has no `rua` tag, so no receiver sends aggregate reports: you cannot see who sends as the domain, nor whether Zendesk's mail aligns, before tightening the policy.",
        fix: "Add `rua=mailto:dmarc-reports@<domain>` (or your DMARC report service's address).",
    }
    DmarcTooManyUris = "dmarc-too-many-uris" {
        title: "More than two report addresses",
        meaning: "`rua` or `ruf` lists more than two URIs. Receivers may limit how many destinations they send to, so reports to the later ones can be lost.",
        fix: "Keep at most two addresses per tag.",
    }
    DmarcUriNotMailto = "dmarc-uri-not-mailto" {
        title: "A report URI that is not mailto:",
        meaning: "RFC 9989 allows any URI, but receivers are only required to support `mailto:`: most ignore other schemes, so those reports never arrive.",
        fix: "Use a `mailto:` address.",
    }
    DmarcUriSize = "dmarc-uri-size" {
        title: "Obsolete !size suffix",
        meaning: "A report URI ends in `!size` (`!10m`). RFC 9989 made it obsolete and reporters ignore it; older reporters may still honour it and send truncated reports or none.",
        fix: "Remove the `!size` suffix.",
    }
    DmarcReportDomainNoMx = "dmarc-report-domain-no-mx" {
        title: "A report address's domain has no MX",
        meaning: "The domain of a `mailto:` report address has no MX record (or a null MX): reports sent there bounce.",
        fix: "Publish MX records for that domain, or use a report address at a domain that receives mail.",
    }
    DmarcReportDestinationVerified = "dmarc-report-destination-verified" {
        title: "External report destination authorised",
        meaning: "A report address is outside the domain's organisation, and the destination publishes `<domain>._report._dmarc.<destination>` (or the wildcard) with `v=DMARC1`: receivers send it the reports (RFC 9990 §4).",
        fix: "",
    }
    DmarcReportDestinationUnverified = "dmarc-report-destination-unverified" {
        title: "External report destination not authorised",
        meaning: "A report address is outside the domain's organisation, and its domain does not publish `<domain>._report._dmarc.<destination>` TXT `v=DMARC1` (nor the `*._report._dmarc` wildcard). Receivers must check this (RFC 9990 §4) and send no reports there.",
        fix: "Ask the report destination (your DMARC service) to publish the authorisation record for your domain, or use an address at your own domain.",
    }
    DmarcPsdRecordApplies = "dmarc-psd-record-applies" {
        title: "A public suffix's record applies",
        meaning: "The domain and its organisational domain publish no DMARC record; the tree walk reached a public suffix operator's record (`psd=y`), so that operator's policy applies to your mail.",
        fix: "Publish your own record at `_dmarc.<organisational domain>`.",
    }
    DmarcDnsError = "dmarc-dns-error" {
        title: "Could not check: DNS failed",
        meaning: "A DNS question needed for the DMARC check got no usable answer (timeout, SERVFAIL, REFUSED). Nothing can be concluded: this is not a missing record. Receivers facing the same failure may defer the mail.",
        fix: "Check that the domain's name servers answer (`dig TXT _dmarc.<domain> @<server>`), or retry with `--resolver` pointing at another resolver.",
    }
    DmarcZendeskAligned = "dmarc-zendesk-aligned" {
        title: "Zendesk's mail passes DMARC through SPF and DKIM",
        meaning: "The policy is enforced and both of DMARC's paths are in place for Zendesk: the SPF record authorises mail.zendesk.com, and the `zendesk1/2._domainkey` CNAMEs are published. Agents' replies pass DMARC even when forwarded, provided custom DKIM is enabled in the admin centre.",
        fix: "",
    }
    DmarcZendeskOnePath = "dmarc-zendesk-one-path" {
        title: "Zendesk's mail passes DMARC through one path only",
        meaning: "The policy is enforced and only one of DMARC's paths is in place for Zendesk. SPF alone breaks when a recipient forwards the mail; DKIM alone breaks if the admin-centre setting \"Custom domain for DKIM\" is off, which zdiag cannot see without API access.",
        fix: "Add the missing path: `include:mail.zendesk.com` in the SPF record, or the two CNAMEs `zendesk1._domainkey` and `zendesk2._domainkey` plus custom DKIM in the admin centre.",
    }
    DmarcZendeskUnaligned = "dmarc-zendesk-unaligned" {
        title: "Zendesk's mail fails DMARC",
        meaning: "The policy is `quarantine` or `reject`, but neither path is in place: the SPF record does not authorise mail.zendesk.com, and Zendesk's DKIM CNAMEs are missing. Recipients quarantine or reject agents' replies sent from your support addresses.",
        fix: "Add `include:mail.zendesk.com` to the SPF record, publish the CNAMEs `zendesk1._domainkey` and `zendesk2._domainkey` and enable custom DKIM in the admin centre.",
    }
    DmarcZendeskUnenforced = "dmarc-zendesk-unenforced" {
        title: "Zendesk alignment under an unenforced policy",
        meaning: "The policy is `none`, so nothing Zendesk sends is blocked by DMARC. The message says what would happen to agents' replies once the policy is `quarantine` or `reject`.",
        fix: "Before enforcing, put both paths in place: `include:mail.zendesk.com` in SPF, and Zendesk's two DKIM CNAMEs with custom DKIM enabled.",
    }
    DmarcZendeskUnknown = "dmarc-zendesk-unknown" {
        title: "Could not check Zendesk's alignment",
        meaning: "The policy is enforced, but whether Zendesk's SPF or DKIM path is in place could not be determined (a DNS failure, or the check could not run), so zdiag cannot say whether recipients accept agents' replies.",
        fix: "Retry with a working `--resolver`; run `zdiag spf` and `zdiag dkim` for the details.",
    }
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
