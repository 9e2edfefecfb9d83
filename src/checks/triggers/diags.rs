//! The triggers check's finding codes, with the text `zdiag explain CODE` prints.

use crate::report::codes::codes;

codes! {
    TriggersNotifyRequesterActive = "triggers-notify-requester-active",
    TriggersNotifyRequesterInactive = "triggers-notify-requester-inactive",
    TriggersNotifyReceivedMissing = "triggers-notify-received-missing",
    TriggersNotifyCommentMissing = "triggers-notify-comment-missing",
    TriggersAllInactive = "triggers-all-inactive",
    TriggersNotificationEmpty = "triggers-notification-empty",
    TriggersTargetMissing = "triggers-target-missing",
    TriggersTargetInactive = "triggers-target-inactive",
    TriggersGroupDeleted = "triggers-group-deleted",
    TriggersNotFired24h = "triggers-not-fired-24h",
    TriggersPrivateCommentRule = "triggers-private-comment-rule",
}
