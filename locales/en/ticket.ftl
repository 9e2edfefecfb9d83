# ticket: the finding codes' documentation (`zdiag explain CODE`): the title, then
# what it means and why it matters, then the fix (empty for a good state).

ticket-comment-public = The reply is a public comment
    .meaning = The comment followed (the latest public comment by an agent, or the one given with --comment) is public: Zendesk's notification triggers can email it to the requester and the CCs.
    .fix = {""}

ticket-comment-private = The comment is private: it emails no customer
    .meaning = The comment is an internal note. Zendesk never emails a private comment to the requester or the CCs, whatever the triggers say (it suppresses the `Email user (requester and CCs)` action for it). If the customer was meant to read it, it was never sent.
    .fix = Add the reply again as a public comment (Public reply in the ticket's editor).

ticket-no-reply = No agent has replied on the ticket
    .meaning = No comment on the ticket was written by an agent or an admin, so there is no reply whose delivery to check.
    .fix = {""}

ticket-comment-not-found = The comment given is not on the ticket
    .meaning = The comment id given with --comment is not among the ticket's comments (read from its audits).
    .fix = Give a comment id from the ticket's events (add /events to the ticket's URL), or leave --comment out to follow the latest public agent reply.

ticket-notifications-suppressed = Zendesk suppressed the comment's notifications
    .meaning = The comment carries metadata flag 4: Zendesk judged it automatically generated (typically mail from another Zendesk account or a system) and suppressed the automatic email notifications to prevent a mail loop. No trigger emails anyone about it.
    .fix = If a person wrote it, reply again from the agent interface; if a system posts it, have it post through the API as a public comment by an agent.

ticket-ccs-dropped = Some CCs were left out (the CC limit)
    .meaning = The comment carries metadata flag 18: some recipients were excluded from the CCs because the ticket reached Zendesk's CC limit (48). Those people get no copy of the reply.
    .fix = Remove CCs that are no longer needed, and send the reply to the excluded people another way.

ticket-comment-flag = A flag Zendesk set on the comment
    .meaning = Zendesk sets metadata flags on comments to record why it trusted, trimmed or marked them (0 untrusted, 2 author not part of the conversation, 3 author not signed in, 5 attachment too big, 11 submitted on behalf of the author, 14 might not have been sent by the user, 16 requester name truncated, 17 private comment by an end user, 20 the Reply-To user's abilities suspended, 21 From and Reply-To differ, 22 the user has not confirmed the delivering address). These do not stop the notification themselves; they explain what Zendesk did.
    .fix = {""}

ticket-notification-sent = A trigger emailed the update
    .meaning = The audit of the comment holds a notification event (Notification, NotificationWithCcs, Cc or FollowerNotification): the rule named sent an email about this update to the recipients listed.
    .fix = {""}

ticket-trigger-deleted = The trigger that sent the email no longer exists
    .meaning = The notification was sent by a trigger that has since been deleted (Zendesk marks the reference, or the account's triggers no longer include its id). This reply went out, but later ones will not be sent by it.
    .fix = Check that another active trigger emails the requester on a public comment (`zdiag triggers`), or recreate the standard "Notify requester and CCs of comment update".

ticket-not-notified = No email was sent to the customer about the comment
    .meaning = The audit of the comment holds no notification to the requester or another end user: Zendesk sent the reply to nobody outside the agents. The message says why as far as the account shows it: the comment is private, the notifications were suppressed, the requester wrote the comment, the notify-requester triggers are inactive or missing, or an active one did not match this update.
    .fix = Follow the reason given: reply publicly, reactivate or recreate the "Notify requester" trigger, or compare the update with the trigger's conditions in the ticket's events.

ticket-error-event = Zendesk recorded an error on the update
    .meaning = The audit of the comment holds an Error event: Zendesk hit a system error while it processed the update (its message is quoted). Notifications may not have been sent.
    .fix = Read the error in the ticket's events; if it names a trigger or a target, fix that rule; otherwise contact Zendesk support with the ticket id.

ticket-delivered = Delivered: no failure received
    .meaning = Zendesk's email notification for this comment carries delivery status 0 (NONE) for the recipient: the receiving server accepted the message and no failure came back. Whether it reached the inbox rather than spam is known only on the recipient's side.
    .fix = {""}

ticket-bounce-hard = The reply bounced: a permanent failure
    .meaning = Zendesk's email notification for this comment carries a delivery status that means the address cannot receive mail (it does not exist, its domain takes no mail, it was refused for good). Zendesk marks such an address undeliverable and stops emailing it.
    .fix = Ask the customer for a working address (by phone, chat, or another address), correct it on their profile, and send the reply again.

ticket-bounce-soft = The reply bounced: a temporary failure
    .meaning = Zendesk's email notification for this comment carries a delivery status that may clear on its own (a full mailbox, a busy or unreachable server, rate limiting, a policy refusal). Zendesk retries a temporary failure for up to 5 days; after 10 soft bounces it marks the address undeliverable.
    .fix = Follow the reason's advice in the message; while Zendesk is still retrying, wait, then check again.

ticket-no-delivery-record = No delivery record for the comment
    .meaning = A notification was sent about the comment, but Zendesk holds no email notification (delivery status) for it: the account's delivery-status feature may be off, the mail went out through a Gmail or authenticated SMTP connector (which Zendesk does not track), or the record is not written yet. zdiag cannot tell whether it arrived.
    .fix = Ask the customer to check their spam folder; look for a bounce in the Suspended tickets view (`zdiag suspended`).

ticket-nothing-sent = No email to deliver
    .meaning = No email was sent to a customer about the comment (the trigger step says why), so there is no delivery status to read.
    .fix = {""}

ticket-failure-tag = The ticket carries the delivery-failure tag
    .meaning = Zendesk adds the tag `system_email_notification_failure` when one of the ticket's notifications fails to deliver (up to 5 days later, while it retries). It stays on the ticket: the failure may concern an earlier comment than the one followed.
    .fix = Read the delivery statuses of the ticket's earlier replies (run zdiag ticket with --comment ID for each).

ticket-recipient-deliverable = Zendesk still emails the address
    .meaning = The recipient's email identity is `deliverable` and has no soft bounce counted.
    .fix = {""}

ticket-recipient-undeliverable = Zendesk has stopped emailing the address
    .meaning = The recipient's email identity is `undeliverable`: after a hard bounce, or 10 soft bounces, Zendesk stopped sending any email to it. Every later reply is dropped silently: no notification, no suspended ticket.
    .fix = Once the address works again (or after correcting it), open the user's profile in Zendesk and mark the address deliverable; otherwise ask the customer for another address.

ticket-recipient-soft-bounces = The address has soft-bounced before
    .meaning = The recipient's email identity counts soft bounces (`undeliverable_count`). Zendesk marks an address undeliverable after 10 of them and stops emailing it.
    .fix = Ask the customer to fix what makes their mail bounce (a full mailbox, a filter) before the count reaches 10.

ticket-recipient-not-emailed = Zendesk does not email this kind of address
    .meaning = The recipient's email identity has a deliverable state for which Zendesk sends no notification: `reserved_example` (an address at example.com, .net, .org or .edu), `mailing_list`, `machine` or `mailer_daemon` (an automated sender), `ticket_sharing_partner`. Replies to it never leave Zendesk.
    .fix = Set a real address for the requester (the customer's own), and send the reply again.

# The messages of `zdiag ticket`: the findings, and the outcome sentence.

ticket-rule-none = an update without a rule (the agent's own copy)
ticket-rule-titled-id = "{ $title }" ({ $kind } { $id })
ticket-rule-titled = "{ $title }"
ticket-rule-id = { $kind } { $id }
ticket-rule-unnamed = a { $kind }
ticket-quoted = "{ $title }"
ticket-author-unknown = an unknown author
ticket-author-user = user { $id }
ticket-written-unknown = at an unknown time
ticket-written-on = on { $date }
ticket-comment-public-message = Comment { $id } by { $author }, public, { $when }.
ticket-comment-private-message = Comment { $id } by { $author }, { $when }, is private, an internal note: Zendesk emails it to no customer.
ticket-no-reply-message = No agent has commented on the ticket yet ({ $comments } comments, none by an agent): there is no reply to deliver.
ticket-comment-not-found-message = Comment { $id } is not on this ticket.
ticket-flag-message = Comment { $comment }: { $text }
ticket-flag-4 = Zendesk judged the comment automatically generated (flag 4) and suppressed its email notifications: no trigger emails anyone about it.
ticket-flag-18 = Some recipients were left out of the CCs: the ticket reached Zendesk's CC limit (flag 18). They get no copy of the reply.
ticket-flag-0 = Zendesk does not trust it (flag 0).
ticket-flag-2 = its author is not part of the conversation (flag 2).
ticket-flag-3 = its author was not signed in (flag 3).
ticket-flag-5 = an attachment was too big and was left out (flag 5).
ticket-flag-11 = it was submitted on behalf of its author (flag 11).
ticket-flag-14 = it might not have been sent by the user it names (flag 14).
ticket-flag-16 = the requester's name was truncated (flag 16).
ticket-flag-17 = it is a private comment by an end user (flag 17).
ticket-flag-20 = the Reply-To user's abilities are suspended (flag 20).
ticket-flag-21 = its From and Reply-To addresses differ (flag 21).
ticket-flag-22 = the user has not confirmed owning the delivering address (flag 22).
ticket-flag-unknown = Zendesk set a flag zdiag does not know.
ticket-notification-sent-message = { $rule } emailed { $recipients } ({ $event }).
ticket-trigger-deleted-message = { $rule } sent this email but no longer exists: later replies are not sent by it.
ticket-not-notified-requester = No email about comment { $comment } was sent to the requester: { $why }
ticket-not-notified-message = No email about comment { $comment } was sent to { $who }: { $why }
ticket-error-event-message = Zendesk recorded an error on the update: "{ $error }".
ticket-delivered-message-at = Delivered to { $address } at { $at }: the receiving server accepted it, no failure came back.
ticket-delivered-message = Delivered to { $address } : the receiving server accepted it, no failure came back.
ticket-bounce-then-hard = Zendesk marks the address undeliverable and stops emailing it.
ticket-bounce-then-retrying = Zendesk is still retrying, until { $until }.
ticket-bounce-then-gave-up = Zendesk stopped retrying on { $since }.
ticket-bounce-then-soft = Zendesk retries a temporary failure for up to 5 days.
ticket-bounce-help-hard = { $advice } Once it is corrected on the customer's profile, send the reply again.
ticket-bounced-message = Not delivered to { $address }: { $reason } ({ $said }). { $then }
ticket-no-delivery-record-message = Zendesk holds no delivery status for comment { $comment }: zdiag cannot tell whether the email arrived.
ticket-nothing-sent-message = No email to a customer about comment { $comment }: nothing to deliver.
ticket-failure-tag-message = The ticket carries the tag system_email_notification_failure, but the reply followed shows no failure: an earlier notification failed.
ticket-recipient-undeliverable-message = Zendesk has marked { $address } undeliverable and stopped emailing it ({ $count } soft bounces counted).
ticket-recipient-soft-bounces-message = { $address } has soft-bounced { $count } times: Zendesk stops emailing it after { $limit }.
ticket-recipient-deliverable-message = Zendesk still emails { $address } (no bounce counted).
ticket-recipient-not-emailed-message = Zendesk does not email { $address }: its deliverable state is { $state } ({ $meaning }).
ticket-state-reserved-example = an example.com, .net, .org or .edu address, reserved for examples
ticket-state-mailing-list = a mailing list
ticket-state-machine = an automated sender
ticket-state-mailer-daemon = a mail server's daemon address
ticket-state-ticket-sharing-partner = a ticket-sharing partner account
ticket-state-mandatory = an address Zendesk must keep
ticket-state-unknown = a state zdiag does not know

# A bounce category in a few plain words, for sentences.
ticket-category-user-unknown = the address does not exist
ticket-category-domain-not-found = the domain does not exist or accepts no mail
ticket-category-mailbox-full = the mailbox is full
ticket-category-mailbox-disabled = the mailbox is disabled or inactive
ticket-category-message-too-large = the message is too large
ticket-category-auth-failure = the receiving server refused its authentication (SPF, DKIM, DMARC)
ticket-category-blocked-reputation = the receiving server blocks the sending IP or domain
ticket-category-spam-content = the receiving server took it for spam
ticket-category-rate-limited = the receiving server is limiting the rate of mail
ticket-category-sender-rejected = the receiving server refused the sender
ticket-category-network-or-timeout = the receiving server could not be reached, or failed
ticket-category-complaint = the recipient reported it as spam
ticket-category-auto-reply = an automatic reply came back
ticket-category-delivered = it was delivered
ticket-category-unknown = the receiving server refused it

# "a, b and c": every item but the last, joined with ", ", then the last.
ticket-list = { $rest } and { $last }

# Why nobody outside the agents was emailed (a sentence's end, after "not sent: ").
ticket-silence-private = the comment is private, an internal note.
ticket-silence-suppressed = Zendesk suppressed the notifications of an automatically generated comment (flag 4).
ticket-silence-requester-wrote = the requester wrote the comment; Zendesk does not email people their own comments.
ticket-silence-channel = the ticket came in by { $channel }: replies go back through that channel, not by email.
ticket-silence-no-email = the requester has no email address.
ticket-silence-no-email-help = Add the customer's email address to their profile, then send the reply again.
ticket-silence-triggers-unread = no trigger emailed the requester, and zdiag cannot read the triggers to say why ({ $error }).
ticket-silence-triggers-unread-help = In Admin Center > Objects and rules > Business rules > Triggers, check that the "Notify requester" triggers are active.
ticket-silence-not-fired-one = { $triggers } is active but did not fire for this update: its conditions did not match it (a condition on status, group, brand or tags), or a trigger above it changed the ticket first.
ticket-silence-not-fired-many = { $triggers } is active but did not fire for this update: its conditions did not match it (a condition on status, group, brand or tags), or a trigger above it changed the ticket first.
ticket-silence-not-fired-help = Open the ticket's events (add /events to its URL) and compare this update with the trigger's conditions.

# The outcome: "Ticket 12: <what happened>. Next: <what to do>"
ticket-outcome = Ticket { $id }: { $text }.
ticket-outcome-next = Ticket { $id }: { $text }. Next: { $next }
ticket-outcome-not-checked = not checked
ticket-outcome-set-credentials = Set { $credentials }.
ticket-outcome-could-not-check = could not check: { $error }
ticket-outcome-no-reply = no agent has replied yet
ticket-outcome-comment-not-found = comment { $id } is not on the ticket
ticket-outcome-not-sent = not sent: { $why }
ticket-outcome-not-delivered = not delivered: { $why }
ticket-outcome-no-delivery-status = could not read the delivery status: { $error }
ticket-outcome-nothing-sent = nothing was sent
ticket-outcome-sent-no-record = sent to { $to }; Zendesk holds no delivery status for it
ticket-outcome-bounced = bounced: { $reason } ({ $address })
ticket-outcome-bounced-retrying = bounced: { $reason } ({ $address }); Zendesk retries until { $until }
ticket-outcome-delivered-at = delivered to { $to } at { $at }
ticket-outcome-delivered = delivered to { $to }

# Several tickets: how many ended which way, then the worst one's sentence.
ticket-verdict = { $count } tickets: { $counts }. { $worst }
ticket-count-delivered = { $count } delivered
ticket-count-bounced = { $count } bounced
ticket-count-sent = { $count } sent
ticket-count-not-delivered = { $count } not delivered
ticket-count-not-sent = { $count } not sent
ticket-count-no-reply = { $count } no reply
ticket-count-could-not-check = { $count } could not check
ticket-count-not-checked = { $count } not checked
