//! `zdiag explain CODE` and `--list`: the documentation of finding codes.

use super::output::Output;
use crate::cli::ExplainArgs;
use crate::codes;
use crate::report::Report;

pub(super) fn run(args: &ExplainArgs) -> Output {
    if args.list {
        return Output::Docs {
            docs: codes::all().into_iter().map(|c| c.doc()).collect(),
            list: true,
        };
    }
    let name = args.code.as_deref().unwrap_or_default();
    match codes::parse(name) {
        Some(code) => Output::Docs {
            docs: vec![code.doc()],
            list: false,
        },
        None => Output::Report(Report::usage_error(
            "explain",
            &format!("unknown finding code '{name}': `zdiag explain --list` lists every code"),
        )),
    }
}
