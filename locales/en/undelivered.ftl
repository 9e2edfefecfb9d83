# undelivered: the finding codes' documentation (`zdiag explain CODE`): the title, then
# what it means and why it matters, then the fix (empty for a good state).

undelivered-none = Every reply in the period reached its recipients
    .meaning = No ticket updated in the period carries a failed email notification, and no bounce notice in the Suspended tickets view is tied to one of its tickets.
    .fix = {""}

undelivered-hard = Replies to this address failed for good
    .meaning = Zendesk's delivery status for replies to this address is a permanent failure (the address or its domain does not exist, or the receiving server refused it for good), or a bounce notice in the Suspended tickets view says so. Zendesk marks such an address undeliverable and stops emailing it: the customer gets no reply on any ticket until the address is corrected.
    .fix = Ask the customer for a working address (by phone, chat or another address), correct it on their profile, then send the replies again.

undelivered-soft = Replies to this address failed for now
    .meaning = Zendesk's delivery status for replies to this address is a temporary failure (a full mailbox, a busy or unreachable server, rate limiting, a policy refusal). Zendesk retries for up to 5 days; past that the reply is lost, and after 10 soft bounces the address is marked undeliverable.
    .fix = Follow the reason's advice in the message; once Zendesk has stopped retrying, send the reply again or reach the customer another way.

undelivered-summary = Failed replies by reason and by domain
    .meaning = The failed recipients of the period counted once each, by bounce category and by recipient domain: a single domain with many failures points at that domain's mail servers or at how it judges your mail, not at the customers.
    .fix = {""}

undelivered-addresses-to-correct = Addresses to correct
    .meaning = The addresses whose replies failed for good: each needs a corrected address on the customer's profile before any reply can reach them.
    .fix = Correct each address on the customer's profile (or ask them for another), then send the replies again.

undelivered-marked-undeliverable = Addresses Zendesk no longer emails
    .meaning = The email identities of these recipients are `undeliverable`: after a hard bounce, or 10 soft bounces, Zendesk stopped sending them any email, silently.
    .fix = Once an address works again (or after correcting it), open the user's profile and mark the address deliverable.

undelivered-bounce-rate = The bounce rate against the 2% line
    .meaning = Failed recipients divided by the emails sent in the period (`--sent N`). Mailbox providers watch bounce rates: above 2%, expect them to slow down or refuse the account's mail.
    .fix = Clean the addresses that failed for good, and check that the account's forms do not collect mistyped addresses.

undelivered-already-reported = Failures already reported in an earlier run
    .meaning = These failures are in the `--state` file: an earlier run reported them, so this one does not again. Only new failures are shown.
    .fix = {""}

undelivered-state-started = A new state file
    .meaning = The `--state` file did not exist: every failure of the period is new to it, and the file now records them so the next run reports only what is new.
    .fix = {""}

undelivered-state-not-saved = The state file could not be written
    .meaning = The run reported its failures (and wrote its notes), but `--state` could not be updated: the next run will report these failures again.
    .fix = Make the state file's directory writable (and check the disk has space), then run again.

undelivered-not-checked = Part of the sweep could not be read
    .meaning = One source of failures could not be read (the bounce notices in the Suspended tickets view, or the recipients' identities), usually for want of a permission: the failures shown are complete for the delivery statuses but may miss what that source holds.
    .fix = Run with an admin's token to read every source.

undelivered-note-written = A private note on the ticket
    .meaning = zdiag added a private internal note to the ticket saying who did not get which reply, why, and what to do, and the tag `zdiag_delivery_noted`. A private note emails no customer. Each failure is named in the note by its notification id, so a later run never notes it twice.
    .fix = {""}

undelivered-note-planned = The note --note would write
    .meaning = With `--dry-run`, the private note zdiag would add to the ticket, shown and not written.
    .fix = {""}

undelivered-note-skipped = Already noted
    .meaning = The ticket already holds zdiag's note for every one of these failures (found by the notification id in its private notes): nothing is written again.
    .fix = {""}

undelivered-note-failed = The note could not be written
    .meaning = Zendesk refused or failed the update of this ticket (a permission, a ticket closed or changed meanwhile, the rate limit after the retries). The other tickets were still noted.
    .fix = Follow the message's advice, then run zdiag undelivered --note again: tickets already noted are not noted twice.

# The messages of `zdiag undelivered`: the findings, the `--state` file's errors, and
# the private note `--note` writes on a ticket (the `[zdiag:...]` marker that follows
# each failure in the note is data, added by the code).

undelivered-account = account
undelivered-source-notices = the bounce notices (suspended tickets)
undelivered-source-identities = the recipients' identities
undelivered-then-hard = Zendesk stops emailing it.
undelivered-then-retrying = Zendesk is still retrying, until { $until }.
undelivered-then-gave-up = Zendesk has stopped retrying.
undelivered-help-hard = { $advice } Once it is corrected on the customer's profile, send the replies again.
undelivered-recipient-one = { $address }: { $reason } ({ $said }), replies on ticket { $tickets }. { $then }
undelivered-recipient-many = { $address }: { $reason } ({ $said }), replies on tickets { $tickets }. { $then }
undelivered-none-message = No reply failed to deliver since { $since } ({ $count } tickets tagged with a delivery failure read).
undelivered-summary-message = { $recipients } recipients did not get replies on { $tickets } tickets since { $since }: { $hard } for good (hard), { $soft } for now (soft).
undelivered-addresses-to-correct-message = { $count } addresses to correct: { $addresses }.
undelivered-marked-undeliverable-message = Zendesk no longer emails { $count } of these addresses: { $addresses }.
undelivered-bounce-rate-message = { $failed } failed recipients of { $sent } emails sent: { $rate }% (the line is { $line }%).
undelivered-already-reported-message = { $count } failures were reported by an earlier run ({ $state }): not shown again.
undelivered-state-started-message = { $state } did not exist: it now records the { $count } failures of this run.
undelivered-state-not-saved-message = { $error }: the next run will report these failures again.
undelivered-not-checked-message = { $what } could not be read: { $error }
undelivered-note-written-message = Added a private note on ticket { $ticket } for { $count } failed recipients.
undelivered-note-planned-message = Would add a private note on ticket { $ticket } (--dry-run: not written).
undelivered-note-skipped-message = Ticket { $ticket } already holds the note for these failures: nothing written.
undelivered-note-failed-message = The note on ticket { $ticket } was not written: { $error }
undelivered-note-changed-again = the ticket changed again while zdiag wrote to it
undelivered-note-run-again = Run zdiag again.
undelivered-state-unreadable-fix = give the path of a file zdiag may read and write
undelivered-state-not-state = not a zdiag state file ({ $error })
undelivered-state-not-state-fix = fix or delete it: deleting it reports every failure of the period again
undelivered-state-version = format { $found }, and this zdiag reads { $reads }
undelivered-state-version-fix = delete it to start over
undelivered-state-unwritable = cannot be written: { $error }

# The private note: its first line, then per failure a line, what to do, and the marker.
undelivered-note-header-one = zdiag: a reply on this ticket (#{ $ticket }) did not reach its recipient.
undelivered-note-header-many = zdiag: a reply on this ticket (#{ $ticket }) did not reach some recipients.
undelivered-note-line-sent = - { $recipient }, sent { $sent }: { $reason } ({ $said }); { $status }.
undelivered-note-line = - { $recipient }: { $reason } ({ $said }); { $status }.
undelivered-note-status-hard = failed for good: Zendesk stops emailing this address
undelivered-note-status-retrying = failed for now: Zendesk retries until { $until }
undelivered-note-status-gave-up = failed: Zendesk has stopped retrying
undelivered-note-advice = What to do: { $advice }
