//! From parsed arguments to a finished report: build the context, run the command.
//!
//! Everything that can go wrong before a check runs (a bad zone file, an
//! unreadable domains file, a malformed domain) becomes a usage report with
//! exit code 2 and a one-line message naming the input and the fix.

mod zendesk;

use std::time::Duration;

use futures::future::join_all;

use crate::checks::dkim::DkimOptions;
use crate::checks::spf::{self as spf_check, ClientSpec, SpfOptions};
use crate::checks::{dkim, dmarc, mx};
use crate::cli::{Cli, Command, ExplainArgs, SpfArgs};
use crate::context::Context;
use crate::dns::config::{DnsOptions, build};
use crate::report::Finding;
use crate::report::{Report, Stats, Step};

/// What a command produced: a report, or plain text (`explain`).
#[derive(Debug)]
pub enum Output {
    Report(Report),
    Text(String),
    /// The report was written to stdout as it was produced (`bounce --format jsonl`).
    Streamed(u8),
}

pub async fn run(cli: &Cli) -> Output {
    match &cli.command {
        Command::Explain(args) => explain(args, cli),
        Command::Spf(args) => Output::Report(match spf(cli, args).await {
            Ok(report) => report,
            Err(message) => Report::usage_error("spf", &message),
        }),
        Command::Dkim(args) => {
            let options = DkimOptions {
                selectors: args.selector.clone(),
            };
            single(
                cli,
                "dkim",
                "DKIM",
                &args.domain,
                |ctx, domain| async move { dkim::check(&ctx, &domain, &options).await },
            )
            .await
        }
        Command::Dmarc(args) => {
            single(
                cli,
                "dmarc",
                "DMARC",
                &args.domain,
                |ctx, domain| async move { dmarc::check(&ctx, &domain).await },
            )
            .await
        }
        Command::Mx(args) => {
            single(cli, "mx", "MX", &args.domain, |ctx, domain| async move {
                mx::check(&ctx, &domain).await
            })
            .await
        }
        Command::Forwarding(args) => zendesk::forwarding(cli, args).await,
        Command::Export(args) => zendesk::export(cli, args).await,
        Command::Triggers(_) => zendesk::triggers(cli).await,
        Command::Targets(_) => zendesk::targets(cli).await,
        Command::Bounce(args) => crate::app::bounce_command::run(cli, args),
        Command::Outbound(args) => Output::Report(match outbound(cli, args).await {
            Ok(report) => report,
            Err(message) => Report::usage_error("outbound", &message),
        }),
    }
}

/// A single check of one domain: one step, one report.
async fn single<F, Fut>(cli: &Cli, command: &str, title: &str, domain: &str, check: F) -> Output
where
    F: FnOnce(Context, String) -> Fut,
    Fut: std::future::Future<Output = Vec<Finding>>,
{
    let prepared = validate_domain(domain).and_then(|domain| Ok((context(cli)?, domain)));
    let (ctx, domain) = match prepared {
        Ok(prepared) => prepared,
        Err(message) => return Output::Report(Report::usage_error(command, &message)),
    };
    let findings = check(ctx.clone(), domain.clone()).await;
    let step = Step::new(command, title, Some(domain.clone()), findings);
    let mut report = Report::new(command, &domain, vec![step], cli.global.fail_on);
    report.stats = stats(&ctx);
    Output::Report(report)
}

async fn outbound(cli: &Cli, args: &crate::cli::OutboundArgs) -> Result<Report, String> {
    let domain = validate_domain(&args.domain)?;
    let ctx = zendesk::context(cli)?;
    let steps =
        crate::walks::outbound::run(&ctx, &domain, args.recipient.as_deref(), args.ticket).await;
    let mut report = Report::new("outbound", &domain, steps, cli.global.fail_on);
    report.stats = stats(&ctx);
    Ok(report)
}

/// `zdiag bounce`: read messages one at a time, decode, report.
mod bounce_command {
    use std::io::Write;

    use super::Output;
    use crate::checks::bounce::{Tally, findings};
    use crate::cli::{BounceArgs, Cli, Format};
    use crate::report::{Report, Step, exit, jsonl};

    pub fn run(cli: &Cli, args: &BounceArgs) -> Output {
        let target = args.inputs.join(" ");
        let mut tally = Tally::default();
        let streaming = cli.global.format == Format::Jsonl;
        let mut steps = Vec::new();
        let mut worst = exit::OK;
        // Block-buffered: a line-buffered stdout would cost a write per recipient.
        let mut stdout = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
        let mut write_failed = false;
        let read = crate::mailsource::for_each_message(&args.inputs, |name, bytes| {
            let decoded = crate::bounce::decode(bytes);
            tally.add(&decoded);
            if args.summary {
                return;
            }
            let step = Step::new(
                "bounce",
                "Bounce",
                Some(name.to_string()),
                findings(&decoded),
            );
            if streaming {
                let report = Report::new("bounce", name, vec![step], cli.global.fail_on);
                worst = worst.max(report.exit_code);
                if !write_failed && jsonl::write(&report, &mut stdout).is_err() {
                    write_failed = true;
                }
            } else {
                steps.push(step);
            }
        });
        if let Err(error) = read {
            return Output::Report(Report::usage_error("bounce", &error.to_string()));
        }
        if args.summary || args.sent.is_some() {
            let summary = Step::new("bounce-summary", "Summary", None, tally.findings(args.sent));
            if streaming {
                let report = Report::new("bounce", &target, vec![summary], cli.global.fail_on);
                worst = worst.max(report.exit_code);
                let _ = jsonl::write(&report, &mut stdout);
            } else {
                steps.push(summary);
            }
        }
        if streaming {
            let _ = stdout.flush();
            return Output::Streamed(worst);
        }
        Output::Report(Report::new("bounce", &target, steps, cli.global.fail_on))
    }
}

fn context(cli: &Cli) -> Result<Context, String> {
    let options = DnsOptions {
        resolvers: cli.global.resolver.clone(),
        timeout: Duration::from_secs_f64(cli.global.timeout),
        zones: cli.global.zone.clone(),
        offline: cli.global.offline,
    };
    let dns = build(&options).map_err(|e| format!("{e:#}"))?;
    Ok(Context { dns, zendesk: None })
}

fn stats(ctx: &Context) -> Stats {
    let dns = ctx.dns.stats();
    Stats {
        dns_questions: dns.questions,
        dns_queries: dns.sent,
    }
}

async fn spf(cli: &Cli, args: &SpfArgs) -> Result<Report, String> {
    let mut domains = Vec::new();
    for domain in &args.domains {
        domains.push(validate_domain(domain)?);
    }
    if let Some(path) = &args.domains_file {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read --domains-file {}: {e}", path.display()))?;
        for (number, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            domains.push(
                validate_domain(line)
                    .map_err(|e| format!("{}:{}: {e}", path.display(), number + 1))?,
            );
        }
    }
    let mut seen = std::collections::HashSet::new();
    domains.retain(|d| seen.insert(d.clone()));
    if domains.is_empty() {
        return Err(
            "no domain to check: give DOMAIN arguments or a non-empty --domains-file".into(),
        );
    }
    let ctx = context(cli)?;
    let options = SpfOptions {
        client: args.ip.map(|ip| ClientSpec {
            ip,
            sender: args.sender.clone(),
            helo: args.helo.clone(),
        }),
        require_include: args.require_include.clone(),
    };
    let steps = join_all(domains.iter().map(|domain| {
        let (ctx, options) = (&ctx, &options);
        async move {
            let findings = spf_check::check(ctx, domain, options).await;
            Step::new("spf", "SPF", Some(domain.clone()), findings)
        }
    }))
    .await;
    let mut report = Report::new("spf", &domains.join(" "), steps, cli.global.fail_on);
    report.stats = stats(&ctx);
    Ok(report)
}

/// A domain as typed by a person: trailing dot and case forgiven, anything else explained.
pub fn validate_domain(input: &str) -> Result<String, String> {
    let name = crate::dns::normalize_name(input.trim());
    let fail = |why: &str| Err(format!("'{input}' is not a domain name: {why}"));
    if name.is_empty() {
        return fail("it is empty");
    }
    if name.contains('@') {
        return fail("give the domain part only (what follows the @)");
    }
    if !name.is_ascii() {
        return fail("write an internationalised name in its xn-- (A-label) form");
    }
    if name.len() > 253 {
        return fail("it is longer than 253 characters");
    }
    for label in name.split('.') {
        if label.is_empty() {
            return fail("it has an empty label (two dots in a row)");
        }
        if label.len() > 63 {
            return fail("a label is longer than 63 characters");
        }
        if !label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return fail("only letters, digits, '-' and '_' are allowed");
        }
    }
    Ok(name)
}

fn explain(args: &ExplainArgs, cli: &Cli) -> Output {
    let json = matches!(
        cli.global.format,
        crate::cli::Format::Json | crate::cli::Format::Jsonl
    );
    if args.list {
        if json {
            let list: Vec<_> = crate::codes::all()
                .iter()
                .map(|c| serde_json::json!({"code": c.as_str(), "title": c.doc().title}))
                .collect();
            return Output::Text(format!(
                "{}\n",
                serde_json::to_string_pretty(&list).expect("json")
            ));
        }
        let width = crate::codes::all()
            .iter()
            .map(|c| c.as_str().len())
            .max()
            .unwrap_or(0);
        let text: String = crate::codes::all()
            .iter()
            .map(|c| format!("{:<width$}  {}\n", c.as_str(), c.doc().title))
            .collect();
        return Output::Text(text);
    }
    let name = args.code.as_deref().unwrap_or_default();
    let Some(code) = crate::codes::parse(name) else {
        return Output::Report(Report::usage_error(
            "explain",
            &format!("unknown finding code '{name}': `zdiag explain --list` lists every code"),
        ));
    };
    let doc = code.doc();
    if json {
        let value = serde_json::json!({"code": doc.code, "title": doc.title, "meaning": doc.meaning, "fix": doc.fix});
        return Output::Text(format!(
            "{}\n",
            serde_json::to_string_pretty(&value).expect("json")
        ));
    }
    let mut text = format!("{}: {}\n\n{}\n", doc.code, doc.title, doc.meaning);
    if !doc.fix.is_empty() {
        text.push_str(&format!("\nFix: {}\n", doc.fix));
    }
    Output::Text(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_are_validated_with_a_reason() {
        assert_eq!(validate_domain("Example.COM."), Ok("example.com".into()));
        assert!(
            validate_domain("user@example.com")
                .unwrap_err()
                .contains("domain part")
        );
        assert!(validate_domain("a..b").unwrap_err().contains("empty label"));
        assert!(validate_domain("exa mple.com").is_err());
        assert!(validate_domain(&format!("{}.com", "a".repeat(64))).is_err());
    }
}
