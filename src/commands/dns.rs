//! The DNS checks: `spf`, `dkim`, `dmarc`, `mx`.

use crate::i18n::t;
use crate::report::text::input_error;
use futures::future::join_all;

use super::output::Output;
use super::setup::{Account, context, fail_on, progress, report_or_usage, stats};
use crate::checks::dkim::DkimOptions;
use crate::checks::spf::{self as spf_check, ClientSpec, SpfOptions};
use crate::checks::{dkim as dkim_check, dmarc as dmarc_check, mx as mx_check};
use crate::cli::{Cli, DkimArgs, DmarcArgs, MxArgs, SpfArgs};
use crate::context::Context;
use crate::dns::validate_domain;
use crate::limits;
use crate::report::{Finding, Report, Step};

pub(super) async fn dkim(cli: &Cli, args: &DkimArgs) -> Output {
    if let Some(message) = args.selector.iter().find_map(|s| selector_error(s)) {
        return Output::Report(Report::usage_error("dkim", &message));
    }
    let options = DkimOptions {
        selectors: args.selector.clone(),
    };
    single(
        cli,
        "dkim",
        "DKIM",
        &args.domain,
        |ctx, domain| async move { dkim_check::check(&ctx, &domain, &options).await },
    )
    .await
}

pub(super) async fn dmarc(cli: &Cli, args: &DmarcArgs) -> Output {
    single(
        cli,
        "dmarc",
        "DMARC",
        &args.domain,
        |ctx, domain| async move { dmarc_check::check(&ctx, &domain).await },
    )
    .await
}

pub(super) async fn mx(cli: &Cli, args: &MxArgs) -> Output {
    single(cli, "mx", "MX", &args.domain, |ctx, domain| async move {
        mx_check::check(&ctx, &domain).await
    })
    .await
}

/// Why a `--selector` cannot name a DKIM key: it is the labels before `._domainkey`.
fn selector_error(selector: &str) -> Option<String> {
    let why = if selector.is_empty() {
        "it is empty"
    } else if selector.split('.').any(str::is_empty) {
        "it has an empty label"
    } else if selector.split('.').any(|l| l.len() > 63) {
        "a label is longer than 63 characters"
    } else if !selector
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
    {
        "only letters, digits, '-', '_' and '.' are allowed"
    } else {
        return None;
    };
    Some(format!(
        "--selector '{}' is not a DKIM selector: {why}",
        crate::report::text::clip(selector, limits::ECHO)
    ))
}

/// A single check of one domain: one step, one report.
async fn single<F, Fut>(cli: &Cli, command: &str, title: &str, domain: &str, check: F) -> Output
where
    F: FnOnce(Context, String) -> Fut,
    Fut: std::future::Future<Output = Vec<Finding>>,
{
    let prepared =
        validate_domain(domain).and_then(|domain| Ok((context(cli, Account::None)?, domain)));
    let (ctx, domain) = match prepared {
        Ok(prepared) => prepared,
        Err(message) => return Output::Report(Report::usage_error(command, &message)),
    };
    let findings = check(ctx.clone(), domain.clone()).await;
    let step = Step::new(command, title, Some(domain.clone()), findings);
    let mut report = Report::new(command, &domain, vec![step], fail_on(cli));
    report.stats = stats(&ctx);
    Output::Report(report)
}

pub(super) async fn spf(cli: &Cli, args: &SpfArgs) -> Output {
    report_or_usage("spf", spf_report(cli, args).await)
}

async fn spf_report(cli: &Cli, args: &SpfArgs) -> Result<Report, String> {
    let domains = domains(args)?;
    let ctx = context(cli, Account::None)?;
    let options = SpfOptions {
        client: args.ip.map(|ip| ClientSpec {
            ip,
            sender: args.sender.clone(),
            helo: args.helo.clone(),
        }),
        require_include: args.require_include.clone(),
    };
    let done = progress(cli, "{spinner} {pos}/{len} domains checked");
    done.set_length(domains.len() as u64);
    let steps = join_all(domains.iter().map(|domain| {
        let (ctx, options, done) = (&ctx, &options, &done);
        async move {
            let findings = spf_check::check(ctx, domain, options).await;
            done.inc(1);
            Step::new("spf", "SPF", Some(domain.clone()), findings)
        }
    }))
    .await;
    done.finish_and_clear();
    let mut report = Report::new("spf", &domains.join(" "), steps, fail_on(cli));
    report.stats = stats(&ctx);
    Ok(report)
}

/// The domains given as arguments and in `--domains-file`, validated, each once.
fn domains(args: &SpfArgs) -> Result<Vec<String>, String> {
    let mut domains = Vec::new();
    for domain in &args.domains {
        domains.push(validate_domain(domain)?);
    }
    if let Some(path) = &args.domains_file {
        let text = limits::read_text_capped(path, limits::DOMAINS_FILE).map_err(|e| {
            input_error(
                "--domains-file",
                &path.display().to_string(),
                e,
                &t!("core-error-domains-file"),
            )
        })?;
        for (number, line) in text.lines().enumerate() {
            if line.len() > limits::DOMAINS_LINE {
                return Err(input_error(
                    "--domains-file",
                    &format!("{}:{}", path.display(), number + 1),
                    t!(
                        "core-error-domains-line",
                        length = line.len(),
                        cap = limits::DOMAINS_LINE
                    ),
                    &t!("core-error-domains-line.fix"),
                ));
            }
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            domains.push(
                validate_domain(line).map_err(|e| {
                    t!("core-error-domains-file-line", line = number + 1, error = e)
                })?,
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
    Ok(domains)
}
