//! The command line: global flags shared by every subcommand, one Args struct per subcommand.
//!
//! Parsing only validates; building the resolver and running checks happen
//! afterwards, from these values.

use crate::i18n::t;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::dns::config::parse_resolver;

/// The exit-code table, shown in `--help` and the README (a test keeps them equal).
pub const EXIT_CODES: &str = "\
Exit codes:
  0  nothing at or above the fail threshold
  1  a finding at or above the fail threshold (--fail-on fail|warn)
  2  usage or configuration error
  3  a check could not complete (a DNS or API failure prevented a verdict)";

/// The environment zdiag reads, shown in `--help`, the man page and the README (a test
/// keeps them equal).
pub const ENVIRONMENT: &str = "\
Environment:
  ZENDESK_SUBDOMAIN    the Zendesk account, the part before .zendesk.com
  ZENDESK_EMAIL        the agent's address that goes with ZENDESK_API_TOKEN
  ZENDESK_API_TOKEN    an API token (never a flag: a flag would show in the process list)
  ZENDESK_OAUTH_TOKEN  an OAuth access token, instead of an API token
  NO_COLOR             no colour in human output (with --color auto)
  CLICOLOR_FORCE       colour even when stdout is not a terminal (with --color auto)
  GITHUB_STEP_SUMMARY  with --format github, the file a markdown summary is appended to
  ZDIAG_LANG           the language when --lang is not given (en, fr)
  LC_ALL, LC_MESSAGES, LANG  else the locale: a French one (fr_FR.UTF-8) gives French";

/// The command line with its about lines in the run's language (`--help`).
pub fn localised(command: clap::Command) -> clap::Command {
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .filter(|name| crate::i18n::has(crate::i18n::Lang::En, &format!("core-about-{name}")))
        .collect();
    let mut command = command.about(t!("core-about"));
    for name in names {
        let about = t!(&format!("core-about-{name}"));
        command = command.mut_subcommand(name, |sub| sub.about(about));
    }
    command
}

/// `--help`'s closing text: exit codes, then the environment.
fn after_help() -> String {
    format!("{EXIT_CODES}\n\n{ENVIRONMENT}")
}

#[derive(Debug, Parser)]
#[command(
    name = "zdiag",
    version,
    about = "Diagnose email delivery for Zendesk accounts: a verdict, the evidence and the fix.",
    after_help = after_help(),
    propagate_version = true,
    arg_required_else_help = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human, global = true)]
    pub format: Format,
    /// When to colour human output (`auto`: on a terminal, unless NO_COLOR is set;
    /// CLICOLOR_FORCE forces it).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,
    /// Human output: every finding's evidence, passing ones included.
    #[arg(short, long, global = true, conflicts_with = "quiet")]
    pub verbose: bool,
    /// Human output: the verdict line only.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Which findings make the exit code 1.
    #[arg(long, value_enum, default_value_t = FailOnArg::Fail, global = true)]
    pub fail_on: FailOnArg,
    /// The language of messages, fixes and titles (default: ZDIAG_LANG, else the locale);
    /// JSON codes, statuses and evidence keys never change with it.
    #[arg(long, value_enum, global = true)]
    pub lang: Option<LangArg>,
    /// DNS server to ask instead of the system's (IP or IP:PORT; repeatable).
    #[arg(long, value_name = "IP[:PORT]", value_parser = parse_resolver, global = true)]
    pub resolver: Vec<SocketAddr>,
    /// Seconds to wait for each DNS answer.
    #[arg(long, value_name = "SECS", default_value_t = 5.0, value_parser = parse_timeout, global = true)]
    pub timeout: f64,
    /// Answer from RFC 1035 zone files (a file, or a folder of *.zone files; repeatable).
    #[arg(long, value_name = "FILE|DIR", global = true)]
    pub zone: Vec<PathBuf>,
    /// Never use the network: names outside --zone cannot be checked.
    #[arg(long, global = true)]
    pub offline: bool,
    #[command(flatten)]
    pub zendesk: ZendeskArgs,
}

/// Where the Zendesk account is read from. No flag takes a secret: tokens come from
/// ZENDESK_API_TOKEN (with ZENDESK_EMAIL), ZENDESK_OAUTH_TOKEN, or --token-file.
#[derive(Debug, Args)]
pub struct ZendeskArgs {
    /// Zendesk subdomain, the part before .zendesk.com [default: $ZENDESK_SUBDOMAIN].
    #[arg(long, value_name = "NAME", global = true)]
    pub subdomain: Option<String>,
    /// The agent's address for an API token [default: $ZENDESK_EMAIL].
    #[arg(long, value_name = "ADDR", global = true)]
    pub email: Option<String>,
    /// Read the token from a file, or from stdin with `-` (an API token with an email, else OAuth).
    #[arg(long, value_name = "PATH|-", global = true)]
    pub token_file: Option<PathBuf>,
    /// Zendesk API base URL instead of https://SUBDOMAIN.zendesk.com (http only to loopback).
    #[arg(long, value_name = "URL", global = true)]
    pub zendesk_url: Option<String>,
    /// Read the account from a directory written by `zdiag export` instead of the API.
    #[arg(long, value_name = "DIR", global = true)]
    pub zendesk_export: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned text for people, verdict last.
    Human,
    /// One JSON document (schema_version 1).
    Json,
    /// One JSON object per line, one per finding: for pipelines (streamed by `bounce`).
    Jsonl,
    /// GitHub Actions: an annotation per warn, fail or error finding, and a markdown
    /// summary appended to $GITHUB_STEP_SUMMARY when it is set.
    Github,
}

/// `--fail-on`: which findings make the run fail (exit 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOnArg {
    /// Only `fail` findings.
    Fail,
    /// `warn` findings too.
    Warn,
}

/// `--lang`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Fr,
}

impl LangArg {
    pub fn lang(self) -> crate::i18n::Lang {
        match self {
            LangArg::En => crate::i18n::Lang::En,
            LangArg::Fr => crate::i18n::Lang::Fr,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Walk Zendesk's procedure for "customers don't receive agents' emails", step by step.
    Outbound(OutboundArgs),
    /// Walk Zendesk's procedure for "customers' emails don't become tickets", step by step.
    Inbound(InboundArgs),
    /// Did the reply on a ticket reach the customer, and if not, why? (Zendesk API)
    Ticket(TicketArgs),
    /// Replies that did not reach their customer, account-wide; --note tells each ticket (Zendesk API)
    Undelivered(UndeliveredArgs),
    /// Check SPF: will mail that Zendesk sends for the domain pass, and if not, why?
    Spf(SpfArgs),
    /// Check DKIM: Zendesk's two CNAMEs and the keys behind them (and any --selector).
    Dkim(DkimArgs),
    /// Check DMARC: the policy, its reports, and whether Zendesk's mail aligns.
    Dmarc(DmarcArgs),
    /// Check MX: where mail for the domain is delivered.
    Mx(MxArgs),
    /// Check support addresses: forwarding and DNS verification, and why (Zendesk API).
    Forwarding(ForwardingArgs),
    /// Check the triggers that email customers: present, active, deliverable (Zendesk API).
    Triggers(TriggersArgs),
    /// Check email targets: inactive, looping into Zendesk, bodies too long (Zendesk API).
    Targets(TargetsArgs),
    /// Suspended tickets by cause: what each means and the fix; recover them (Zendesk API).
    Suspended(SuspendedArgs),
    /// Write what the Zendesk checks read to DIR, for --zendesk-export (never the token).
    Export(ExportArgs),
    /// Decode bounce messages: who failed, hard or soft, why, and what to do.
    Bounce(BounceArgs),
    /// Explain a finding code: what it means, why it matters, how to fix it.
    Explain(ExplainArgs),
    /// Print the man page or a shell's completion script.
    Generate(GenerateArgs),
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    #[command(subcommand)]
    pub what: Generate,
}

#[derive(Debug, Subcommand)]
pub enum Generate {
    /// The man page, as roff (`zdiag generate man > zdiag.1`).
    Man,
    /// A completion script for SHELL.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// The most threads `zdiag bounce --jobs` starts: more than any machine it runs on has cores.
pub const MAX_JOBS: u64 = 1024;

#[derive(Debug, Args)]
pub struct BounceArgs {
    /// Messages: .eml files, mbox files, folders (recursively, maildir too), or - for stdin.
    #[arg(value_name = "FILE|DIR|-", required = true)]
    pub inputs: Vec<String>,
    /// Counts by category, reason and destination domain, and the hard-bounce addresses,
    /// instead of one block per recipient (streams: memory does not grow with the messages).
    #[arg(long)]
    pub summary: bool,
    /// How many messages were sent: adds the bounce rate against the 2% line.
    // 0 sent makes no rate: a usage error, not "0.00%".
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub sent: Option<u64>,
    /// Decode messages on N threads (default: the machine's cores), handed over in small
    /// batches; the output is the same, byte for byte, for any N. With 1, each message is
    /// reported as soon as it is read.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=MAX_JOBS))]
    pub jobs: Option<u64>,
}

#[derive(Debug, Args)]
pub struct SpfArgs {
    /// Domains to check (checked concurrently, one report).
    #[arg(value_name = "DOMAIN", required_unless_present = "domains_file")]
    pub domains: Vec<String>,
    /// Read more domains from a file, one per line (# starts a comment).
    #[arg(long, value_name = "FILE")]
    pub domains_file: Option<PathBuf>,
    /// Evaluate check_host() for this client address.
    #[arg(long, value_name = "ADDR")]
    pub ip: Option<IpAddr>,
    /// With --ip: the MAIL FROM address (default postmaster@DOMAIN; "" for the HELO identity).
    #[arg(long, value_name = "ADDR", requires = "ip")]
    pub sender: Option<String>,
    /// With --ip: the HELO/EHLO name.
    #[arg(long, value_name = "NAME", requires = "ip")]
    pub helo: Option<String>,
    /// Fail unless this include authorises the domain (repeatable). Given, it replaces the
    /// default: whether Zendesk's mail passes is then shown for information only.
    #[arg(long, value_name = "NAME", default_value = "mail.zendesk.com")]
    pub require_include: Vec<String>,
}

#[derive(Debug, Args)]
pub struct OutboundArgs {
    /// The domain agents' replies are sent from (the support address's domain).
    #[arg(value_name = "DOMAIN")]
    pub domain: String,
    /// A customer address that does not receive the replies: checks its domain's mail servers.
    #[arg(long, value_name = "ADDR")]
    pub recipient: Option<String>,
    /// The ticket whose reply did not arrive: steps 1 and 2 read it (needs the Zendesk
    /// account), step 5 checks its recipients when --recipient is absent.
    #[arg(long, value_name = "ID", value_parser = ticket_id)]
    pub ticket: Option<u64>,
}

#[derive(Debug, Args)]
pub struct TicketArgs {
    /// The tickets (the number in the ticket's URL); several are read at once.
    #[arg(value_name = "ID", required = true, value_parser = ticket_id)]
    pub ids: Vec<u64>,
    /// The comment to follow (its id, from the ticket's events) instead of the latest
    /// public agent reply; with one ticket only.
    #[arg(long, value_name = "ID")]
    pub comment: Option<u64>,
}

#[derive(Debug, Args)]
pub struct UndeliveredArgs {
    /// The period: a duration back from now (36h, 7d, 2w) or a date (2024-05-01).
    #[arg(long, value_name = "DURATION|DATE", default_value = "7d")]
    pub since: String,
    /// How many emails the account sent in the period: adds the bounce rate against 2%.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub sent: Option<u64>,
    /// Add a private note to each affected ticket (who did not get which reply, why, what
    /// to do) and the tag zdiag_delivery_noted; never twice for the same failure. The
    /// only write, announced on stderr first.
    #[arg(long)]
    pub note: bool,
    /// With --note: show the notes, write nothing.
    #[arg(long, requires = "note")]
    pub dry_run: bool,
    /// Remember the failures reported in FILE, and report only new ones (for a scheduled run).
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DkimArgs {
    #[arg(value_name = "DOMAIN")]
    pub domain: String,
    /// Also check this selector's key (repeatable), e.g. for another sender.
    #[arg(long, value_name = "SELECTOR")]
    pub selector: Vec<String>,
}

#[derive(Debug, Args)]
pub struct DmarcArgs {
    #[arg(value_name = "DOMAIN")]
    pub domain: String,
}

#[derive(Debug, Args)]
pub struct MxArgs {
    #[arg(value_name = "DOMAIN")]
    pub domain: String,
}

#[derive(Debug, Args)]
pub struct ForwardingArgs {
    /// One support address, or every address of a domain (default: all).
    #[arg(value_name = "ADDRESS")]
    pub address: Option<String>,
    /// Ask Zendesk to re-run the forwarding, SPF and DNS verification, then wait for the result.
    #[arg(long)]
    pub verify: bool,
    /// With --verify: seconds to wait for the status to change.
    #[arg(long, value_name = "SECS", default_value_t = 120.0, value_parser = parse_timeout, requires = "verify")]
    pub verify_timeout: f64,
    /// Read a forwarded message's headers and report its forwarding path.
    #[arg(long, value_name = "FILE")]
    pub eml: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The directory to write (created if needed; existing files are replaced).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// Also write these tickets' stories (audits, delivery statuses, recipients), so
    /// `zdiag ticket` answers from the export; repeatable, or comma-separated.
    #[arg(long = "ticket", value_name = "ID", value_parser = ticket_id, value_delimiter = ',')]
    pub tickets: Vec<u64>,
}

#[derive(Debug, Args)]
pub struct SuspendedArgs {
    /// Only those received since: a duration back from now (36h, 7d, 2w) or a date (2024-05-01).
    #[arg(long, value_name = "DURATION|DATE")]
    pub since: Option<String>,
    /// Only this cause: an id (26) or a name (failed_email_authentication); repeatable.
    #[arg(long, value_name = "ID|NAME")]
    pub cause: Vec<String>,
    /// Only those from this sender address or domain.
    #[arg(long, value_name = "ADDR|DOMAIN")]
    pub from: Option<String>,
    /// Only those sent to this support address.
    #[arg(long, value_name = "ADDRESS")]
    pub to: Option<String>,
    /// Recover these suspended tickets (a write: announced on stderr first; keeps the requester).
    #[arg(long, value_name = "ID", num_args = 1..)]
    pub recover: Vec<u64>,
    /// Recover every suspended ticket of this cause (an id or a name).
    #[arg(long, value_name = "NAME")]
    pub recover_cause: Option<String>,
}

#[derive(Debug, Args)]
pub struct InboundArgs {
    /// The address the customer wrote to.
    #[arg(value_name = "ADDRESS")]
    pub address: String,
    /// The copy of the email the sender forwarded (.eml), as the procedure asks for.
    #[arg(long, value_name = "FILE")]
    pub eml: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct TriggersArgs {}

#[derive(Debug, Args)]
pub struct TargetsArgs {}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The finding code, e.g. spf-too-many-lookups.
    #[arg(value_name = "CODE", required_unless_present = "list")]
    pub code: Option<String>,
    /// List every code with its title.
    #[arg(long)]
    pub list: bool,
}

/// A ticket id: the positive number in the ticket's URL.
pub fn ticket_id(text: &str) -> Result<u64, String> {
    match text.trim().trim_start_matches('#').parse::<u64>() {
        Ok(id) if id > 0 => Ok(id),
        _ => Err(t!("core-ticket-id", input = text)),
    }
}

fn parse_timeout(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(secs) if secs > 0.0 && secs <= 300.0 => Ok(secs),
        _ => Err(t!("core-timeout", input = text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn readme_lists_the_same_exit_codes_and_environment() {
        let readme = include_str!("../README.md");
        assert!(
            readme.contains(EXIT_CODES),
            "README's exit-code table differs from --help"
        );
        assert!(
            readme.contains(ENVIRONMENT),
            "README's environment table differs from --help"
        );
    }

    #[test]
    fn timeout_must_be_positive() {
        assert!(parse_timeout("0").is_err());
        assert!(parse_timeout("abc").is_err());
        assert_eq!(parse_timeout("2.5"), Ok(2.5));
    }
}
