//! The MX check's finding codes, with the text `zdiag explain CODE` prints.

use crate::report::codes::codes;

codes! {
    MxHosts = "mx-hosts",
    MxDomainNotFound = "mx-domain-not-found",
    MxNone = "mx-none",
    MxImplicit = "mx-implicit",
    MxNull = "mx-null",
    MxNullMixed = "mx-null-mixed",
    MxTargetCname = "mx-target-cname",
    MxHostNoAddress = "mx-host-no-address",
    MxNoHostResolves = "mx-no-host-resolves",
    MxDuplicateHost = "mx-duplicate-host",
    MxTargetIpLiteral = "mx-target-ip-literal",
    MxDnsError = "mx-dns-error",
}
