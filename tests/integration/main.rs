//! One integration-test binary: real DNS on loopback, and the CLI end to end.

mod bounce;
mod cli;
mod dkim;
mod dmarc;
mod dns;
mod hostile;
mod inbound;
mod lang;
mod mx;
mod outbound;
mod spf;
mod spf_suite_dns;
mod support;
mod suspended;
mod ticket;
mod undelivered;
mod zendesk_checks;
mod zendesk_client;
mod zendesk_forwarding;
mod zendesk_outbound;
