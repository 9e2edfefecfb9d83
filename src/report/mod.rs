//! The report: what every command produces and every formatter renders.
//!
//! Checks return findings; commands group them into steps; the report adds
//! the summary, the verdict and the exit code. Formatters are pure over
//! `&Report`, so the JSON contract and the human text cannot drift apart.

pub mod codes;
pub mod docs;
pub mod github;
pub mod human;
pub mod json;
pub mod jsonl;
pub mod text;

use serde::Serialize;
use serde::ser::SerializeMap;
use serde_json::Value;

use crate::i18n::t;

pub use codes::Code;

/// The JSON contract's version: bumped only on an incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// A finding's or a step's outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Info,
    Skip,
    Warn,
    Fail,
    /// The check could not complete (DNS or API failure): no verdict either way.
    Error,
}

impl Status {
    /// How bad it is: a step takes the worst of its findings.
    pub fn severity(self) -> u8 {
        match self {
            Status::Skip => 0,
            Status::Info => 1,
            Status::Pass => 2,
            Status::Warn => 3,
            Status::Fail => 4,
            Status::Error => 5,
        }
    }

    /// The worst of several outcomes; `skip` when there are none.
    pub fn worst(statuses: impl IntoIterator<Item = Status>) -> Status {
        statuses
            .into_iter()
            .max_by_key(|s| s.severity())
            .unwrap_or(Status::Skip)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Info => "info",
            Status::Skip => "skip",
            Status::Warn => "warn",
            Status::Fail => "fail",
            Status::Error => "error",
        }
    }
}

/// A finding's evidence: named values in the order they were given, written
/// as a JSON object. Names are the code's own (`&'static str`) and few, so a
/// list beats a hash map; a name given twice keeps its place and the last value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Evidence(Vec<(&'static str, Value)>);

impl Evidence {
    pub fn insert(&mut self, key: &'static str, value: Value) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, old)) => *old = value,
            None => self.0.push((key, value)),
        }
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Value)> {
        self.0.iter().map(|(k, v)| (*k, v))
    }
}

impl std::ops::Index<&str> for Evidence {
    type Output = Value;

    /// `Value::Null` for a missing name, as `serde_json::Map` indexing does.
    fn index(&self, key: &str) -> &Value {
        static NULL: Value = Value::Null;
        self.get(key).unwrap_or(&NULL)
    }
}

impl Serialize for Evidence {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// One observation with its evidence and, when something is wrong, the fix.
#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    pub code: Code,
    pub status: Status,
    /// What the finding is about: a domain, a term, an address.
    pub subject: String,
    pub message: String,
    pub evidence: Evidence,
    /// The fix, as one imperative sentence.
    pub help: Option<String>,
    /// Where the long explanation lives.
    pub docs: String,
    /// Evidence that human output shows without `-v`: what the person asked for (a
    /// summary's counts), not the proof behind a verdict.
    #[serde(skip)]
    pub shown: &'static [&'static str],
}

impl Finding {
    pub fn new(
        code: Code,
        status: Status,
        subject: impl Into<String>,
        message: impl Into<String>,
    ) -> Finding {
        Finding {
            code,
            status,
            subject: subject.into(),
            message: message.into(),
            evidence: Evidence::default(),
            help: None,
            docs: format!("zdiag explain {}", code.as_str()),
            shown: &[],
        }
    }

    pub fn evidence(mut self, key: &'static str, value: impl Into<Value>) -> Finding {
        self.evidence.insert(key, value.into());
        self
    }

    /// Show these evidence names in human output by default (see `shown`).
    pub fn show(mut self, names: &'static [&'static str]) -> Finding {
        self.shown = names;
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Finding {
        self.help = Some(help.into());
        self
    }
}

/// One step of a walk, or one target of a single check.
#[derive(Clone, Debug, Serialize)]
pub struct Step {
    pub id: String,
    pub title: String,
    /// The domain, address or ticket the step looked at.
    pub target: Option<String>,
    pub status: Status,
    pub findings: Vec<Finding>,
}

impl Step {
    /// A step whose status is the worst of its findings (`skip` when it has none).
    pub fn new(
        id: impl Into<String>,
        title: impl Into<String>,
        target: Option<String>,
        findings: Vec<Finding>,
    ) -> Step {
        let status = Status::worst(findings.iter().map(|f| f.status));
        Step {
            id: id.into(),
            title: title.into(),
            target,
            status,
            findings,
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

/// Counts by status and the one-sentence verdict.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Summary {
    pub pass: usize,
    pub info: usize,
    pub skip: usize,
    pub warn: usize,
    pub fail: usize,
    pub error: usize,
    pub verdict: String,
}

/// What a run cost, for people tuning resolvers and for benchmarks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// DNS questions the checks asked, cache hits included.
    pub dns_questions: usize,
    /// DNS queries that left the cache (to a zone file or a server).
    pub dns_queries: usize,
}

/// Which findings make the run fail (exit 1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FailOn {
    /// Only `fail` findings.
    #[default]
    Fail,
    /// `warn` findings too.
    Warn,
}

/// The process exit codes: the contract CI scripts rely on.
pub mod exit {
    /// Nothing at or above the fail threshold.
    pub const OK: u8 = 0;
    /// A finding at or above the fail threshold (`--fail-on`).
    pub const FINDINGS: u8 = 1;
    /// Usage or configuration error.
    pub const USAGE: u8 = 2;
    /// A check could not complete (DNS or API failure prevented a verdict).
    pub const INCOMPLETE: u8 = 3;
}

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub schema_version: u32,
    pub tool: Tool,
    /// The subcommand that produced the report (`spf`, `outbound`, ...).
    pub command: String,
    /// The language of its messages, titles and fixes (`en`, `fr`).
    pub lang: &'static str,
    /// What was checked, as given on the command line.
    pub target: String,
    pub steps: Vec<Step>,
    /// The run's overall outcome, the worst of its steps: what the verdict line shows.
    /// Not in the JSON (each step carries its own; the exit code is the contract).
    #[serde(skip)]
    pub status: Status,
    pub summary: Summary,
    /// What the run cost: questions asked and queries sent.
    pub stats: Stats,
    /// Why the run stopped before checking anything (usage or configuration), else null.
    pub error: Option<String>,
    pub exit_code: u8,
}

impl Report {
    /// A finished report: counts, verdict and exit code derived from the steps.
    pub fn new(command: &str, target: &str, steps: Vec<Step>, fail_on: FailOn) -> Report {
        let mut summary = Summary::default();
        for finding in steps.iter().flat_map(|s| &s.findings) {
            *match finding.status {
                Status::Pass => &mut summary.pass,
                Status::Info => &mut summary.info,
                Status::Skip => &mut summary.skip,
                Status::Warn => &mut summary.warn,
                Status::Fail => &mut summary.fail,
                Status::Error => &mut summary.error,
            } += 1;
        }
        let exit_code = exit_code(&steps, fail_on);
        summary.verdict = verdict(&steps);
        Report {
            schema_version: SCHEMA_VERSION,
            tool: tool(),
            command: command.to_string(),
            lang: crate::i18n::current().as_str(),
            target: target.to_string(),
            status: Status::worst(steps.iter().map(|s| s.status)),
            steps,
            summary,
            stats: Stats::default(),
            error: None,
            exit_code,
        }
    }

    /// The report of a run that could not start: still one valid document.
    pub fn usage_error(command: &str, message: &str) -> Report {
        Report {
            schema_version: SCHEMA_VERSION,
            tool: tool(),
            command: command.to_string(),
            lang: crate::i18n::current().as_str(),
            target: String::new(),
            steps: Vec::new(),
            status: Status::Error,
            summary: Summary {
                verdict: format!("Not run: {message}"),
                ..Summary::default()
            },
            stats: Stats::default(),
            error: Some(message.to_string()),
            exit_code: exit::USAGE,
        }
    }
}

/// The exit code the steps' findings make: incomplete when one could not be
/// checked, findings when one reaches `fail_on`, else ok.
pub fn exit_code(steps: &[Step], fail_on: FailOn) -> u8 {
    let threshold = match fail_on {
        FailOn::Fail => Status::Fail,
        FailOn::Warn => Status::Warn,
    };
    let all = || steps.iter().flat_map(|s| &s.findings);
    if all().any(|f| f.status == Status::Error) {
        exit::INCOMPLETE
    } else if all().any(|f| f.status.severity() >= threshold.severity()) {
        exit::FINDINGS
    } else {
        exit::OK
    }
}

fn tool() -> Tool {
    Tool {
        name: env!("CARGO_PKG_NAME"),
        version: env!("CARGO_PKG_VERSION"),
    }
}

/// The verdict names the worst problem first: what failed, or what could not be checked.
fn verdict(steps: &[Step]) -> String {
    let worst = steps
        .iter()
        .flat_map(|s| s.findings.iter().map(move |f| (s, f)))
        .filter(|(_, f)| f.status.severity() >= Status::Warn.severity())
        .max_by_key(|(_, f)| f.status.severity());
    let skipped = steps.iter().filter(|s| s.status == Status::Skip).count();
    let Some((step, finding)) = worst else {
        return match skipped {
            0 => t!("core-verdict-none"),
            n => t!("core-verdict-none-skipped", skipped = n),
        };
    };
    // The first finding of the worst status, in the order the steps ran.
    let first = steps
        .iter()
        .flat_map(|s| s.findings.iter().map(move |f| (s, f)))
        .find(|(_, f)| f.status == finding.status)
        .unwrap_or((step, finding));
    let (step, finding) = first;
    let lead = match finding.status {
        Status::Error => t!("core-verdict-error"),
        Status::Fail => t!("core-verdict-fail"),
        _ => t!("core-verdict-warn"),
    };
    let place = match &step.target {
        Some(target) => format!("{} ({target})", step.title),
        None => step.title.clone(),
    };
    let text = t!(
        "core-verdict-worst",
        lead = lead,
        place = place,
        message = finding.message.as_str()
    );
    match &finding.help {
        Some(help) => t!("core-verdict-next", text = text, next = help.as_str()),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(status: Status) -> Finding {
        Finding::new(Code::SpfRecordFound, status, "example.test", "m")
    }

    #[test]
    fn exit_code_error_beats_fail_beats_ok() {
        let steps = |s: Vec<Status>| {
            vec![Step::new(
                "spf",
                "SPF",
                None,
                s.into_iter().map(finding).collect(),
            )]
        };
        assert_eq!(
            Report::new("spf", "t", steps(vec![Status::Pass]), FailOn::Fail).exit_code,
            0
        );
        assert_eq!(
            Report::new("spf", "t", steps(vec![Status::Warn]), FailOn::Fail).exit_code,
            0
        );
        assert_eq!(
            Report::new("spf", "t", steps(vec![Status::Warn]), FailOn::Warn).exit_code,
            1
        );
        assert_eq!(
            Report::new(
                "spf",
                "t",
                steps(vec![Status::Fail, Status::Pass]),
                FailOn::Fail
            )
            .exit_code,
            1
        );
        assert_eq!(
            Report::new(
                "spf",
                "t",
                steps(vec![Status::Fail, Status::Error]),
                FailOn::Fail
            )
            .exit_code,
            3
        );
    }

    #[test]
    fn step_takes_the_worst_status() {
        let step = Step::new(
            "x",
            "X",
            None,
            vec![finding(Status::Info), finding(Status::Pass)],
        );
        assert_eq!(step.status, Status::Pass);
        let step = Step::new(
            "x",
            "X",
            None,
            vec![finding(Status::Warn), finding(Status::Fail)],
        );
        assert_eq!(step.status, Status::Fail);
        assert_eq!(Step::new("x", "X", None, vec![]).status, Status::Skip);
    }

    #[test]
    fn evidence_keeps_order_and_the_last_value_of_a_name() {
        let f = finding(Status::Info)
            .evidence("b", 1)
            .evidence("a", "x")
            .evidence("b", 2);
        assert_eq!(
            serde_json::to_string(&f.evidence).unwrap(),
            r#"{"b":2,"a":"x"}"#
        );
        assert_eq!(f.evidence["a"], "x");
        assert!(f.evidence["missing"].is_null());
    }
}
