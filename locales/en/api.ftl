# api: the finding codes' documentation (`zdiag explain CODE`): the title, then
# what it means and why it matters, then the fix (empty for a good state).

zendesk-api-error = Could not check: the Zendesk API did not answer
    .meaning = A question to the Zendesk API (or a file of the export) needed for this check got no usable answer: credentials refused (401), a permission or plan feature missing (403), nothing at that address (404), the rate limit or server errors that outlasted the retries, or a body that is not the JSON expected. The message names the missing permission or setting. Nothing is concluded about the account: this is not a failure of the account's set-up.
    .fix = Do what the message says (enable token access, use an admin's token, correct the subdomain), or retry later for a 429 or 5xx.

zendesk-not-configured = Not checked: no Zendesk access
    .meaning = The check reads the Zendesk account, and zdiag was given neither API credentials nor an export directory.
    .fix = Set ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN (or ZENDESK_OAUTH_TOKEN), or give --zendesk-export DIR.

zendesk-export-written = Export file written
    .meaning = `zdiag export` wrote one endpoint's body to the export directory, every page merged, exactly as the API returned it. The token and credentials are never written. The evidence gives the file and the number of items.
    .fix = {""}

zendesk-export-skipped = Export file not written
    .meaning = `zdiag export` could not read one endpoint (the message says why), so the export lacks that file; checks that need it will say so when run against the export. A permission or plan feature the token's user lacks (403, 404) leaves a usable partial export and is a warning; anything else (credentials refused, the rate limit or server errors that outlasted the retries, no connection), or no file written at all, is an error: the export failed (exit 3).
    .fix = Do what the finding's advice says for its status: wait out a 429, retry a 5xx later, correct the credentials for a 401, use an admin's token for a 403, or accept that the checks needing this file cannot run offline.

# The findings' messages (`.fix`: the finding's help).

api-no-access = Not checked: this reads the Zendesk account, and zdiag has no API access or export here.
    .fix = Set { $credentials }, or give --zendesk-export DIR.
api-step-no-access = Not checked: this step reads the Zendesk account, and zdiag has no API access here. { $manual }
    .fix = Set { $credentials } to let zdiag check this step.
api-fix-unauthorized = Check ZENDESK_EMAIL and the token, and enable token access in Admin Center > Apps and integrations > APIs > Zendesk API.
api-fix-forbidden = Run zdiag with an admin's token.
api-fix-not-found = Check the subdomain (ZENDESK_SUBDOMAIN or --subdomain).
api-fix-retry-later = Retry in a few minutes.
api-fix-export = Write the export again with `zdiag export DIR`.
api-fix-read-only = Run against the API instead of an export.
api-fix-conflict = Run zdiag again: the ticket changed meanwhile.
api-fix-report = Retry; if it persists, report the message with the zdiag version.
api-export-written = Wrote { $what } to { $file }.
api-export-skipped = Not written: { $message }
