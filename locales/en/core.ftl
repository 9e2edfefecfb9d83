# core: what every report says around its findings (labels, the verdict), the
# commands' own titles and the command line's errors.

core-label-pass = PASS
core-label-info = INFO
core-label-skip = SKIP
core-label-warn = WARN
core-label-fail = FAIL
core-label-error = COULD NOT CHECK
core-label-error-short = ERROR
core-verdict = Verdict:
core-fix = fix:
core-explain-fix = Fix:

core-verdict-none = No problem found.
core-verdict-none-skipped = No problem found in the steps zdiag could check ({ $skipped } skipped: see what they need).
core-verdict-error = Could not check
core-verdict-fail = Fails
core-verdict-warn = Works, with warnings
core-verdict-worst = { $lead }: { $place }: { $message }
core-verdict-next = { $text } Next: { $next }

core-step-bounce = Bounce
core-step-summary = Summary
core-step-recovered = Recovered suspended tickets
core-step-undelivered = Replies that did not arrive
core-step-notes = Notes on the tickets
core-step-triggers = Triggers
core-step-targets = Email targets
core-step-support-address = Support address
core-step-forwarding-path = Forwarding path of the message
core-step-export = Export

# Errors: `<what> '<input>': <why> (<fix>)`; these are the why (the message) and the fix.
core-error-export-not-dir = not a directory
    .fix = write one with `zdiag export DIR`
core-error-token-header = it holds a control or non-ASCII character, so it cannot be sent in an HTTP header
    .fix = copy the token again: Zendesk tokens are letters and digits
core-error-token-no-account = a token is set but not the account it is for
    .fix = set ZENDESK_SUBDOMAIN, or --subdomain
core-error-account-no-token = the Zendesk account is set but no token
    .fix = set { $credentials }, or give --token-file PATH|-
core-error-token-empty = holds no token (it is empty)
core-error-token-file = give a file holding the API token, or - to read it from stdin
core-error-subdomain = not a Zendesk subdomain
    .fix = give the part before .zendesk.com, e.g. acme
core-error-url = not a URL: { $why }
    .fix = give https://SUBDOMAIN.zendesk.com, or another https base URL
core-error-url-credentials = a URL with credentials in it is refused
    .fix = use the ZENDESK_* variables or --token-file
core-error-url-http = plain http is refused: the token would cross the network unencrypted
    .fix = use https, or http only to 127.0.0.1, ::1 or localhost
core-error-url-scheme = the scheme '{ $scheme }' is not http(s)
core-error-domain = not a domain name: { $why }
    .fix = give a name such as example.com
core-error-zone = give an RFC 1035 zone file, or a folder of *.zone files
core-error-domains-file = give a text file with one domain per line (# starts a comment)
core-error-domains-file-line = --domains-file line { $line }: { $error }
core-error-domains-line = the line is { $length } bytes long, over the cap of { $cap } bytes for one line
    .fix = a domain name has at most 253 bytes: one per line
core-error-address = not an email address
    .fix = give the address the customer wrote to, e.g. support@example.com
core-error-eml = give the message as saved from the mail client, .eml
core-error-eml-headers = no email headers found
core-error-comment = follows one comment of one ticket, and { $tickets } tickets were given
    .fix = give one ticket id with --comment
core-error-no-account = zdiag reads the Zendesk account for it, and no account was given
    .fix = set { $credentials }, or give --zendesk-export DIR
core-error-api-only = { $does }, which needs the API, and --zendesk-export gives an export
    .fix = drop --zendesk-export and set { $credentials }
core-does-recover = asks Zendesk to recover tickets
core-does-verify = asks Zendesk to verify again
core-does-export = reads the account to write it
core-does-note = writes notes on the tickets

# --help: what each command answers.
core-about = Diagnose email delivery for Zendesk accounts: a verdict, the evidence and the fix.
core-about-outbound = Walk Zendesk's procedure for "customers don't receive agents' emails", step by step
core-about-inbound = Walk Zendesk's procedure for "customers' emails don't become tickets", step by step
core-about-ticket = Did the reply on a ticket reach the customer, and if not, why? (Zendesk API)
core-about-undelivered = Replies that did not reach their customer, account-wide; --note tells each ticket (Zendesk API)
core-about-spf = Check SPF: will mail that Zendesk sends for the domain pass, and if not, why?
core-about-dkim = Check DKIM: Zendesk's two CNAMEs and the keys behind them (and any --selector)
core-about-dmarc = Check DMARC: the policy, its reports, and whether Zendesk's mail aligns
core-about-mx = Check MX: where mail for the domain is delivered
core-about-forwarding = Check support addresses: forwarding and DNS verification, and why (Zendesk API)
core-about-triggers = Check the triggers that email customers: present, active, deliverable (Zendesk API)
core-about-targets = Check email targets: inactive, looping into Zendesk, bodies too long (Zendesk API)
core-about-suspended = Suspended tickets by cause: what each means and the fix; recover them (Zendesk API)
core-about-export = Write what the Zendesk checks read to DIR, for --zendesk-export (never the token)
core-about-bounce = Decode bounce messages: who failed, hard or soft, why, and what to do
core-about-explain = Explain a finding code: what it means, why it matters, how to fix it
core-about-generate = Print the man page or a shell's completion script

core-credentials = ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN (or ZENDESK_OAUTH_TOKEN)

core-dns-error = Could not check: { $question } got { $answer }.
    .fix = Check that the domain's name servers answer, or retry with --resolver.

# What to do about a Zendesk API failure, by its kind.
core-api-advice-unauthorized = Check ZENDESK_EMAIL and the token (or ZENDESK_OAUTH_TOKEN), and that token access is enabled in Admin Center > Apps and integrations > APIs > Zendesk API; then run zdiag again.
core-api-advice-forbidden = Use a token whose user has the permission the message names (an admin's token reads every endpoint), or accept that the checks needing this data cannot run.
core-api-advice-not-found = Check the subdomain (or --zendesk-url); if the plan lacks the feature, the checks needing this data cannot run.
core-api-advice-rate-limited = Wait a minute for Zendesk's rate limit to reset (another integration may be using the account's quota), then run zdiag again.
core-api-advice-server = Zendesk is having trouble: run zdiag again in a few minutes.
core-api-advice-network = Check the way to Zendesk (network, proxy, firewall, DNS), then run zdiag again.
core-api-advice-conflict = The ticket changed while zdiag wrote to it: run zdiag again.
core-api-advice-retry = Run zdiag again; if it persists, report the message with the zdiag version.
core-api-advice-export = Check that the export directory is readable and writable and has space, then write the export again with `zdiag export DIR`.
core-api-advice-read-only = Run against the API instead of an export.

core-error-bounce-input = give .eml files, mbox files, folders, or - for stdin
core-error-message-too-large = the message is larger than zdiag's cap of { $cap } for one message; reading stopped at byte { $at }
    .fix = save the bounce without its attachments
core-error-mbox-message-too-large = message #{ $number } (from byte { $at }) is larger than zdiag's cap of { $cap } for one message; reading stopped there

# What a DNS question got, in words.
core-dns-records = { $count } record(s)
core-dns-nxdomain = NXDOMAIN (the name does not exist)
core-dns-nodata = no record of that type (NODATA)
core-dns-timeout = timeout (no answer)
core-dns-cname-loop = CNAME loop: { $chain } (the aliases point at each other; no record can be reached)
core-dns-chain-too-long = CNAME chain longer than { $max } aliases from { $from }
core-dns-unreachable = DNS server unreachable: { $error }
core-dns-no-server = no DNS server could be reached
core-dns-truncated = the answer was truncated and TCP could not fetch it whole
core-dns-error-other = DNS error: { $error }
core-dns-rcode = the DNS server answered { $code }
core-dns-offline-outside = { $name } is outside the loaded zones and --offline forbids network lookups
