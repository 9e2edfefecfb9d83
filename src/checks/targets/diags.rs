//! The targets check's finding codes, with the text `zdiag explain CODE` prints.

use crate::report::codes::codes;

codes! {
    TargetsActive = "targets-active",
    TargetsNone = "targets-none",
    TargetsInactive = "targets-inactive",
    TargetsSupportAddressLoop = "targets-support-address-loop",
    TargetsBodyTooLong = "targets-body-too-long",
}
