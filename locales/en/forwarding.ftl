# forwarding: the finding codes' documentation (`zdiag explain CODE`): the title, then
# what it means and why it matters, then the fix (empty for a good state).

forwarding-zendesk-address = A Zendesk-hosted support address
    .meaning = The support address is at the account's zendesk.com subdomain: Zendesk receives and sends its mail itself, already authenticated with SPF and DKIM. There is no forwarding or DNS to check.
    .fix = {""}

forwarding-verified = Forwarding verified
    .meaning = Zendesk's forwarding test for the external support address succeeded (`forwarding_status: verified`): mail sent to it reaches Zendesk, and Zendesk sends notifications from it.
    .fix = {""}

forwarding-waiting = Forwarding verification is waiting
    .meaning = Zendesk sent its test email to the external address and has not received it back (`forwarding_status: waiting`). Until it does, Zendesk sends no notification from this address. A freshly added address sits here until forwarding is set up.
    .fix = Set up server-side automatic forwarding from the address to a Zendesk support address; if your provider sent a confirmation email, open the ticket (or suspended ticket) it created and click its link; then verify again.

forwarding-failed = Forwarding verification failed
    .meaning = Zendesk's test email to the external address never came back (`forwarding_status: failed`). Tickets may still be created from forwarded mail, but Zendesk sends no notification from this address until forwarding is verified again. Usual causes: forwarding not set up or set up as a mail-client rule, forwarding to the wrong Zendesk address, a provider that blocks automatic external forwarding (Microsoft 365 by default), a forwarding-confirmation email left unapproved, aliases or distribution lists, several forwarding hops.
    .fix = Fix forwarding on the mail server (server-side, straight to a Zendesk support address), then verify forwarding again.

forwarding-unknown = Forwarding never verified
    .meaning = Zendesk has no forwarding result for the external address (`forwarding_status: unknown`): the test was never run. Zendesk sends no notification from an external address that has not passed forwarding verification.
    .fix = Set up server-side forwarding to a Zendesk support address, then run the forwarding verification (Admin Center > Channels > Talk and email > Email, or `zdiag forwarding ADDRESS --verify`).

forwarding-dns-verified = Zendesk verified this DNS record
    .meaning = Zendesk reports the address's SPF, DKIM CNAME or domain-verification check as `verified`, and DNS shows the record in place (or could not say otherwise).
    .fix = {""}

forwarding-dns-failed = A DNS verification failed, and DNS says why
    .meaning = Zendesk reports the address's SPF, DKIM CNAME or domain-verification check as `failed`, and DNS confirms the record is missing or wrong today: the message says what is missing. Without SPF, Zendesk sends "via zendesk.com"; without the DKIM CNAMEs, mail is not signed with the domain.
    .fix = Publish the record the message names, wait for its TTL, then verify again.

forwarding-dns-reverify = Fixed but not re-verified
    .meaning = Zendesk still reports the check as `failed`, but DNS is right now: the record was fixed after Zendesk last looked. Zendesk keeps the failed status (and its consequences) until the verification runs again.
    .fix = Run the verification again: `zdiag forwarding ADDRESS --verify`, or the address's Verify button in Admin Center > Channels > Talk and email > Email.

forwarding-dns-unverified = A DNS verification never ran
    .meaning = Zendesk reports the check as `unknown` (not run yet). The message says what DNS shows now: fail when the record is missing, warn when it is in place and only the verification is missing.
    .fix = Publish the record if it is missing, then run the verification.

forwarding-dns-regressed = Verified once, missing now
    .meaning = Zendesk reports the check as `verified`, but DNS no longer has the record: it was removed or changed after verification. Mail is affected now; Zendesk will show the failure at its next check.
    .fix = Publish the record again (the message says which).

forwarding-dkim-enabled-without-cnames = Custom DKIM domain enabled without verified CNAMEs
    .meaning = The account setting "Custom domain for DKIM" (`settings.email.custom_dkim_domain`) is on, but Zendesk has not verified the DKIM CNAMEs of this address's domain. Zendesk warns that enabling it before the two CNAMEs exist causes delivery failures.
    .fix = Publish zendesk1._domainkey and zendesk2._domainkey CNAMEs to Zendesk's keys and verify them, or turn the setting off until they are in place.

forwarding-address-not-found = No such support address
    .meaning = The address or domain asked about is not among the account's support addresses. Zendesk sends as an external address only once it is added as a support address and has passed forwarding verification.
    .fix = Add the address in Admin Center > Channels > Talk and email > Email (Add address > Connect external address), set up forwarding and verify it.

forwarding-verify-requested = Verification requested
    .meaning = With --verify, zdiag asked Zendesk to re-run the forwarding, SPF and DNS verifications of the address (`PUT /api/v2/recipient_addresses/{"{"}id{"}"}/verify`). Zendesk does not answer with the result: zdiag reads the address again until its status changes.
    .fix = {""}

forwarding-verify-changed = Verification result
    .meaning = After the verification zdiag requested, the address's statuses changed; the evidence shows them before and after. Pass when forwarding is now verified, fail when forwarding failed, warn otherwise; the address's other findings show what SPF, the CNAMEs and the domain verification say now.
    .fix = For what still fails, follow the address's other findings, then verify again.

forwarding-verify-timeout = No verification result in time
    .meaning = After the verification zdiag requested, the address's statuses did not change within --verify-timeout. The forwarding test email may still be on its way, or be stuck (suspended, or waiting for a provider's confirmation).
    .fix = Run `zdiag forwarding ADDRESS` again in a few minutes, and look for the test email among the suspended tickets.

forwarding-eml-received-by = Which support address received the message
    .meaning = Read from the forwarded message's headers (Delivered-To, X-Original-To, X-Forwarded-To, To, Cc): the support address the customer wrote to and the Zendesk address the message reached. Zendesk replies from the address the email was received at.
    .fix = {""}

forwarding-eml-direct = A supported forwarding path
    .meaning = The message reached Zendesk straight, or through one server-side forward from the external support address: the path Zendesk supports.
    .fix = {""}

forwarding-eml-multi-hop = Forwarded through several addresses
    .meaning = The message was forwarded more than once before reaching Zendesk (the headers show several forwarding addresses). Zendesk does not support multi-hop forwarding: the requester becomes the first address it finds in Reply-To or From, with irregular results.
    .fix = Forward straight from the address customers write to, to a Zendesk support address, in one server-side hop.

forwarding-eml-client-forward = Forwarded by hand or by a mail-client rule
    .meaning = The message is a forward made in a mail client (a `Fwd:`-style subject, a quoted forwarded message, or client forwarding headers), not a server-side forward. The requester becomes whoever forwarded it; a forward sent from one of the account's support addresses is suspended ("Received from support address").
    .fix = Replace the client rule or manual forwarding with server-side automatic forwarding to a Zendesk support address.

forwarding-eml-gmail = Forwarded by Gmail
    .meaning = Gmail's automatic forwarding handled the message (X-Forwarded-To / X-Forwarded-For headers). Gmail requires its forwarding confirmation first: that email arrives in Zendesk as a ticket (or a suspended ticket) whose link must be clicked. For low volumes, Zendesk recommends its Gmail connector instead.
    .fix = {""}

forwarding-eml-unknown-recipient = No support address among the recipients
    .meaning = None of the message's recipient headers names one of the account's support addresses or its zendesk.com subdomain: it was not forwarded to this account, or the headers were lost on the way.
    .fix = Check where the forwarding rule sends mail: it must target a support address of this account.

# forwarding: the texts of the findings, the progress lines and the subjects.

forwarding-support-addresses = support addresses
forwarding-address-not-found-message = { $asked } is not a support address of this account: Zendesk sends as an external address only once it is added and its forwarding is verified.
forwarding-address-not-found-help = Add { $asked } in Admin Center > Channels > Talk and email > Email (Connect external address), set up forwarding, and verify it.
forwarding-zendesk-address-message = { $email } is hosted by Zendesk: no forwarding or DNS to set up.
forwarding-progress-verify = asking Zendesk to re-run the forwarding, SPF and DNS verification of { $email } (PUT /api/v2/recipient_addresses/{ $id }/verify); Zendesk sends a test email to the address
forwarding-progress-waiting = waiting up to { $seconds }s for { $email }'s status to change
forwarding-verify-requested-message = Asked Zendesk to verify forwarding, SPF and DNS of { $email } again.
forwarding-verify-changed-message = After verification, { $email }: forwarding { $forwarding }, SPF { $spf }, CNAMEs { $cname }, domain verification { $domain_verification }.
forwarding-verify-timeout-message = { $email }'s status did not change within { $seconds }s of the verification request.
forwarding-verify-timeout-help = Run `zdiag forwarding { $email }` again in a few minutes, and look for Zendesk's test email among the suspended tickets.

forwarding-spf-fix = Add include:mail.zendesk.com to the SPF record of { $domain }, before `all`.
forwarding-dkim-fix = Publish zendesk1._domainkey.{ $domain } CNAME zendesk1._domainkey.zendesk.com and zendesk2._domainkey.{ $domain } CNAME zendesk2._domainkey.zendesk.com.
forwarding-verification-fix = Publish TXT zendeskverification.{ $domain } with the value { $code }.
forwarding-verification-fix-no-code = Publish the zendeskverification TXT record Zendesk shows for the address.
forwarding-label-spf = SPF
forwarding-label-cnames = DKIM CNAMEs
forwarding-label-domain-verification = domain verification TXT
forwarding-dkim-without-cnames-message = "Custom domain for DKIM" is on, but Zendesk has not verified { $domain }'s DKIM CNAMEs (cname_status { $status }): Zendesk warns this causes delivery failures.
forwarding-dkim-without-cnames-help = Publish { $domain }'s two DKIM CNAMEs and verify them, or turn off Custom domain for DKIM (Admin Center > Channels > Talk and email > Email) until they are in place.

forwarding-no-mx-note = { $domain } has no MX record: mail to { $email } is never delivered, so it cannot be forwarded.
forwarding-verified-message = Forwarding of { $email } is verified: Zendesk sends notifications from it.
forwarding-waiting-message = Zendesk sent its test email to { $email } and is still waiting for it: no notification is sent from this address until it arrives.{ $mx_note }
forwarding-waiting-help = Set up server-side automatic forwarding from { $email } to a Zendesk support address; if your provider sent a confirmation email, open the ticket or suspended ticket it created and click the link; then verify again (`zdiag forwarding { $email } --verify`, or Verify in Admin Center > Channels > Talk and email > Email).
forwarding-failed-message = Forwarding verification of { $email } failed: tickets may still be created, but Zendesk sends no notification from this address until it is verified again.{ $mx_note }
forwarding-failed-help = Fix forwarding on the mail server (server-side, straight to a Zendesk support address; Microsoft 365 must allow automatic external forwarding), then verify again (`zdiag forwarding { $email } --verify`, or Verify in Admin Center > Channels > Talk and email > Email).
forwarding-unknown-message = Forwarding of { $email } was never verified (status { $status }): Zendesk sends no notification from an unverified external address.{ $mx_note }
forwarding-unknown-help = Set up server-side forwarding from { $email } to a Zendesk support address, then verify again (`zdiag forwarding { $email } --verify`, or Verify in Admin Center > Channels > Talk and email > Email).
forwarding-cause-not-set-up = forwarding not set up, or set up as a mail-client rule instead of on the server
forwarding-cause-wrong-address = forwarding to an address that is not one of this account's Zendesk addresses
forwarding-cause-provider-blocks = the provider blocks automatic forwarding to external domains (Microsoft 365: remote domains and the outbound spam policy)
forwarding-cause-confirmation-waiting = the provider's forwarding-confirmation email is waiting in Zendesk (possibly suspended)
forwarding-cause-alias = an alias or distribution list used as the support address
forwarding-cause-several-hops = several forwarding hops before Zendesk

forwarding-dns-reverify-help = Verify { $email } again: `zdiag forwarding { $email } --verify`, or Verify in Admin Center > Channels > Talk and email > Email.
forwarding-dns-regressed-message = Zendesk verified { $label } for { $email } earlier, but now { $why }.
forwarding-dns-verified-message = Zendesk shows { $label } verified for { $email }.
forwarding-dns-reverify-message = Zendesk shows { $label } failed for { $email }, but DNS is right now ({ $why }): fixed but not re-verified.
forwarding-dns-failed-message = Zendesk shows { $label } failed for { $email }: { $why }.
forwarding-dns-failed-unknown-message = Zendesk shows { $label } failed for { $email }; DNS could not say why ({ $why }).
forwarding-dns-unverified-missing-message = Zendesk has not verified { $label } for { $email } (status { $status }), and { $why }.
forwarding-dns-unverified-message = Zendesk has not verified { $label } for { $email } yet (status { $status }); DNS: { $dns }.
forwarding-dns-fix-then-verify-again = { $fix } Then verify again.
forwarding-dns-fix-then-verify-it = { $fix } Then verify it.
forwarding-verification-no-code = Zendesk gives no verification code for the address
forwarding-verification-lookup-failed = the TXT lookup of { $name } got { $answer }
forwarding-verification-ready = TXT { $name } holds the code { $code }
forwarding-verification-missing = there is no TXT record at { $name } (expected { $code })
forwarding-verification-wrong = TXT { $name } holds { $values } instead of the code { $code }

forwarding-eml-subject-none = message
forwarding-eml-unknown-recipient-message = None of the message's recipients is a support address of this account.
forwarding-eml-sent-to-received-at = Sent to { $to }, received by Zendesk at { $at }.
forwarding-eml-sent-to = Sent to the support address { $to }.
forwarding-eml-received-at = Received by Zendesk at { $at }.
forwarding-eml-gmail-message = Gmail's automatic forwarding sent it from { $by } to { $to }.
forwarding-eml-multi-hop-message = Forwarded { $count } times ({ $hops }) before Zendesk: unsupported; Zendesk takes the first Reply-To or From address as the requester ({ $requester }).
forwarding-eml-client-forward-suspended = It comes from { $from }, one of the account's support addresses: Zendesk suspends it ("Received from support address").
forwarding-eml-client-forward-requester = The requester becomes { $from }, not the customer.
forwarding-eml-client-forward-message = Forwarded from a mail client, not by the server ({ $signs }). { $risk }
forwarding-eml-client-forward-help = Replace manual or client-rule forwarding with server-side automatic forwarding to a Zendesk support address.
forwarding-eml-one-hop = One server-side forward, from { $hop } to Zendesk: supported.
forwarding-eml-straight = Sent straight to Zendesk, without forwarding.
forwarding-sign-subject-prefix = the subject starts with "{ $prefix }"
forwarding-sign-body-marker = the body quotes a forwarded message ("{ $marker }")
forwarding-sign-forwarded-message-id = an X-Forwarded-Message-Id header (a mail client's forward)
