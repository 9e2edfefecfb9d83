//! From parsed arguments to a finished report: one file per command or family.
//!
//! Each command builds the `Context` once (through `setup::context`), runs its checks
//! or walk, and returns an [`Output`]; `main` renders it and is the only writer to
//! stdout. Everything that can go wrong before a check runs (a bad zone file, an
//! unreadable domains file, a malformed domain) becomes a usage report with exit
//! code 2 and a one-line message naming the input and the fix.

mod bounce;
mod dns;
mod explain;
mod generate;
mod inbound;
mod outbound;
mod output;
mod setup;
mod suspended;
mod ticket;
mod undelivered;
mod zendesk;

use std::io::Write;

pub use output::Output;

use crate::cli::{Cli, Command};

/// Run the command `cli` names. `stdout` is for commands that stream their output.
pub async fn run(cli: &Cli, stdout: &mut impl Write) -> Output {
    match &cli.command {
        Command::Explain(args) => explain::run(args),
        Command::Spf(args) => dns::spf(cli, args).await,
        Command::Dkim(args) => dns::dkim(cli, args).await,
        Command::Dmarc(args) => dns::dmarc(cli, args).await,
        Command::Mx(args) => dns::mx(cli, args).await,
        Command::Forwarding(args) => zendesk::forwarding(cli, args).await,
        Command::Export(args) => zendesk::export(cli, args).await,
        Command::Triggers(_) => zendesk::triggers(cli).await,
        Command::Targets(_) => zendesk::targets(cli).await,
        Command::Suspended(args) => suspended::run(cli, args).await,
        Command::Inbound(args) => inbound::run(cli, args).await,
        Command::Ticket(args) => ticket::run(cli, args).await,
        Command::Undelivered(args) => undelivered::run(cli, args).await,
        Command::Bounce(args) => bounce::run(cli, args, stdout),
        Command::Outbound(args) => outbound::run(cli, args).await,
        Command::Generate(args) => generate::run(args),
    }
}
