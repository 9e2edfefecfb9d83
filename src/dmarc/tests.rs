//! The record parser against a table of published, malformed and edge-case records.

use super::*;

/// What a row expects: the listed `key=value` facts of `summary`, or an error.
enum Expect {
    /// Space-separated facts that must all appear in `summary(record)`.
    Ok(&'static str),
    /// A syntax error at this column, naming this tag.
    Err(usize, &'static str),
    /// A duplicate-tag error at this column.
    Dup(usize, &'static str),
}
use Expect::{Dup, Err, Ok};

/// Every effective value of a record, as `key=value` words.
fn summary(r: &Record) -> Vec<String> {
    let uris = |list: &[ReportUri]| {
        if list.is_empty() {
            "-".to_string()
        } else {
            list.iter()
                .map(|u| match (&u.address, &u.size) {
                    (Some(a), Some(s)) => format!("{a}!{s}"),
                    (Some(a), None) => a.clone(),
                    _ => u.uri.clone(),
                })
                .collect::<Vec<_>>()
                .join(",")
        }
    };
    let opt = |v: Option<String>| v.unwrap_or_else(|| "-".into());
    let fo: Vec<&str> = r
        .failure_options()
        .iter()
        .map(|o| match o {
            FailureOption::AllFail => "0",
            FailureOption::AnyFail => "1",
            FailureOption::Dkim => "d",
            FailureOption::Spf => "s",
        })
        .collect();
    let unknown: Vec<&str> = r.unknown_tags().map(|t| t.name.as_str()).collect();
    let issues: Vec<String> = r
        .issues
        .iter()
        .map(|i| format!("{}@{}", i.tag, i.column))
        .collect();
    vec![
        format!("p={}", r.policy()),
        format!("p_explicit={}", r.p.is_some()),
        format!("sp={}", r.subdomain_policy()),
        format!("np={}", r.nonexistent_policy()),
        format!(
            "psd={}",
            match r.psd() {
                Psd::Yes => "y",
                Psd::No => "n",
                Psd::Unknown => "u",
            }
        ),
        format!("t={}", if r.testing() { "y" } else { "n" }),
        format!("adkim={}", r.dkim_alignment().as_str()),
        format!("aspf={}", r.spf_alignment().as_str()),
        format!("fo={}", fo.join(":")),
        format!("rua={}", uris(&r.rua)),
        format!("ruf={}", uris(&r.ruf)),
        format!("pct={}", opt(r.pct.map(|n| n.to_string()))),
        format!("ri={}", opt(r.ri.map(|n| n.to_string()))),
        format!("rf={}", opt(r.rf.clone())),
        format!(
            "unknown={}",
            if unknown.is_empty() {
                "-".into()
            } else {
                unknown.join(",")
            }
        ),
        format!(
            "issues={}",
            if issues.is_empty() {
                "-".into()
            } else {
                issues.join(",")
            }
        ),
        format!("tags={}", r.tags.len()),
        format!("p_follows_v={}", r.p_follows_v()),
    ]
}

#[test]
fn records_table() {
    let long_rua: String = (0..40)
        .map(|i| format!("mailto:r{i}@reports.example"))
        .collect::<Vec<_>>()
        .join(",");
    let long = format!("v=DMARC1; p=reject; rua={long_rua}");
    let long_expect: &'static str = Box::leak(
        format!("p=reject tags=3 rua={}", {
            (0..40)
                .map(|i| format!("r{i}@reports.example"))
                .collect::<Vec<_>>()
                .join(",")
        })
        .into_boxed_str(),
    );
    let long_bad = format!("v=DMARC1; p=reject; rua={long_rua},bad");
    let long_bad_col = long_bad.len() - 2;
    let table: Vec<(&str, Expect)> = vec![
        // ---- RFC 9989 and RFC 7489 examples
        (
            "v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com",
            Ok("p=none sp=none np=none rua=dmarc-feedback@example.com ruf=- tags=3"),
        ),
        (
            "v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com; ruf=mailto:auth-reports@thirdparty.example.net",
            Ok("ruf=auth-reports@thirdparty.example.net tags=4"),
        ),
        (
            "v=DMARC1; p=quarantine; rua=mailto:dmarc-feedback@example.com,mailto:tld-test@thirdparty.example.net!10m",
            Ok("p=quarantine rua=dmarc-feedback@example.com,tld-test@thirdparty.example.net!10m"),
        ),
        (
            "v=DMARC1; p=quarantine; rua=mailto:dmarc-feedback@example.com; pct=0",
            Ok("p=quarantine pct=0 issues=-"),
        ),
        (
            "v=DMARC1; p=reject; sp=quarantine; np=none",
            Ok("p=reject sp=quarantine np=none"),
        ),
        ("v=DMARC1; p=reject; psd=y", Ok("psd=y")),
        ("v=DMARC1; p=none; psd=n; t=y", Ok("psd=n t=y")),
        ("v=DMARC1; p=quarantine; t=n", Ok("t=n")),
        ("v=DMARC1; p=reject; adkim=s; aspf=s", Ok("adkim=s aspf=s")),
        (
            "v=DMARC1; p=reject; fo=1:d:s; ruf=mailto:f@example.com",
            Ok("fo=1:d:s ruf=f@example.com"),
        ),
        (
            "v=DMARC1; p=reject; rf=afrf; ri=3600",
            Ok("rf=afrf ri=3600 issues=-"),
        ),
        // ---- defaults
        (
            "v=DMARC1; p=reject",
            Ok("p=reject sp=reject np=reject psd=u t=n adkim=r aspf=r fo=0 rua=- pct=- ri=-"),
        ),
        ("v=DMARC1; p=reject; sp=none", Ok("sp=none np=none")),
        (
            "v=DMARC1; p=quarantine; np=reject",
            Ok("sp=quarantine np=reject"),
        ),
        (
            "v=DMARC1",
            Ok("p=none p_explicit=false tags=1 p_follows_v=true"),
        ),
        ("v=DMARC1;", Ok("p=none p_explicit=false tags=1")),
        (
            "v=DMARC1; rua=mailto:a@example.com",
            Ok("p=none p_explicit=false rua=a@example.com"),
        ),
        (
            "v=DMARC1; rua=mailto:a@example.com; p=reject",
            Ok("p=reject p_follows_v=false"),
        ),
        // ---- whitespace and case
        ("v=DMARC1;p=reject;sp=none", Ok("p=reject sp=none tags=3")),
        ("v=DMARC1 ; p=reject ; ", Ok("p=reject tags=2")),
        ("v = DMARC1; p = reject", Ok("p=reject")),
        (
            "v=DMARC1;\tp=reject\t;\trua=mailto:a@example.com\t",
            Ok("p=reject rua=a@example.com"),
        ),
        (
            "V=DMARC1; P=Reject; SP=QUARANTINE; ADKIM=S",
            Ok("p=reject sp=quarantine adkim=s"),
        ),
        ("v=DMARC1; p=reject;", Ok("p=reject tags=2")),
        (
            "v=DMARC1; p=reject; rua=mailto:a@example.com , mailto:b@example.org",
            Ok("rua=a@example.com,b@example.org"),
        ),
        (
            "v=DMARC1; p=reject; rua=MAILTO:Dmarc@Example.COM",
            Ok("rua=Dmarc@Example.COM"),
        ),
        // ---- removed and unknown tags
        ("v=DMARC1; p=reject; pct=50", Ok("pct=50 issues=-")),
        ("v=DMARC1; p=reject; pct=100", Ok("pct=100")),
        ("v=DMARC1; p=reject; pct=150", Ok("pct=- issues=pct@25")),
        ("v=DMARC1; p=reject; pct=abc", Ok("pct=- issues=pct@25")),
        ("v=DMARC1; p=reject; ri=soon", Ok("ri=- issues=ri@24")),
        ("v=DMARC1; p=reject; foo=bar", Ok("unknown=foo tags=3")),
        (
            "v=DMARC1; p=reject; foo=bar; foo=baz",
            Ok("unknown=foo,foo tags=4"),
        ),
        ("v=DMARC1; p=reject; x=1; yy=2", Ok("unknown=x,yy")),
        // ---- recoverable values
        ("v=DMARC1; p=reject; adkim=x", Ok("adkim=r issues=adkim@27")),
        (
            "v=DMARC1; p=reject; aspf=strict",
            Ok("aspf=r issues=aspf@26"),
        ),
        ("v=DMARC1; p=reject; fo=0:1", Ok("fo=0 issues=fo@24")),
        ("v=DMARC1; p=reject; fo=d:d", Ok("fo=0 issues=fo@24")),
        ("v=DMARC1; p=reject; fo=D : S", Ok("fo=d:s issues=-")),
        // ---- report URIs
        (
            "v=DMARC1; p=reject; rua=mailto:a@example.com!10m",
            Ok("rua=a@example.com!10m"),
        ),
        (
            "v=DMARC1; p=reject; rua=mailto:a@example.com!500",
            Ok("rua=a@example.com!500"),
        ),
        (
            "v=DMARC1; p=reject; rua=https://reports.example/dmarc",
            Ok("rua=https://reports.example/dmarc"),
        ),
        (
            "v=DMARC1; p=reject; rua=mailto:a@example.com,mailto:b@example.com,mailto:c@example.com",
            Ok("rua=a@example.com,b@example.com,c@example.com"),
        ),
        (
            "v=DMARC1; p=reject; rua=mailto:a%21b@example.com",
            Ok("rua=a%21b@example.com"),
        ),
        (
            "v=DMARC1; p=reject; rua=mailto:a@example.com.",
            Ok("rua=a@example.com."),
        ),
        // ---- malformed: version
        ("", Err(1, "v")),
        (" v=DMARC1; p=reject", Err(1, "v")),
        ("\tv=DMARC1; p=reject", Err(1, "v")),
        ("v=dmarc1; p=reject", Err(3, "v")),
        ("v=DMARC2; p=reject", Err(3, "v")),
        ("v=DMARC1p=reject", Err(9, "v")),
        ("v=DMARC10; p=reject", Err(9, "v")),
        ("p=reject; v=DMARC1", Err(1, "v")),
        ("v:DMARC1; p=reject", Err(2, "v")),
        ("v=spf1 include:mail.zendesk.com -all", Err(3, "v")),
        // ---- malformed: separators and tags
        ("v=DMARC1; p=reject;; sp=none", Err(20, "")),
        ("v=DMARC1; p reject", Err(13, "p")),
        ("v=DMARC1; p=", Err(13, "p")),
        ("v=DMARC1; p=; rua=mailto:a@example.com", Err(13, "p")),
        ("v=DMARC1; p1=reject", Err(12, "p")),
        ("v=DMARC1; =reject", Err(11, "")),
        ("v=DMARC1; p=reject sp=none", Err(13, "p")),
        // ---- malformed: values
        ("v=DMARC1; p=rejected", Err(13, "p")),
        ("v=DMARC1; p=reject; sp=block", Err(24, "sp")),
        ("v=DMARC1; p=reject; np=yes", Err(24, "np")),
        ("v=DMARC1; p=reject; psd=x", Err(25, "psd")),
        ("v=DMARC1; p=reject; t=yes", Err(23, "t")),
        ("v=DMARC1; p=reject; fo=2", Err(24, "fo")),
        ("v=DMARC1; p=reject; fo=0:x", Err(26, "fo")),
        // ---- malformed: URIs
        ("v=DMARC1; p=reject; rua=dmarc@example.com", Err(25, "rua")),
        ("v=DMARC1; p=reject; rua=mailto:example.com", Err(32, "rua")),
        (
            "v=DMARC1; p=reject; rua=mailto:@example.com",
            Err(32, "rua"),
        ),
        ("v=DMARC1; p=reject; rua=mailto:a@", Err(34, "rua")),
        (
            "v=DMARC1; p=reject; rua=mailto:a@exa mple.com",
            Err(34, "rua"),
        ),
        (
            "v=DMARC1; p=reject; rua=mailto:a@example.com,",
            Err(46, "rua"),
        ),
        (
            "v=DMARC1; p=reject; rua=mailto:a@example.com!10x",
            Err(45, "rua"),
        ),
        (
            "v=DMARC1; p=reject; rua=mailto:a@example.com!",
            Err(45, "rua"),
        ),
        (
            "v=DMARC1; p=reject; ruf=mailto:a@example.com, mailto:b@-bad.example",
            Err(56, "ruf"),
        ),
        ("v=DMARC1; p=reject; rua=1http://x", Err(25, "rua")),
        // ---- duplicates
        ("v=DMARC1; p=reject; p=none", Dup(21, "p")),
        (
            "v=DMARC1; p=reject; rua=mailto:a@example.com; RUA=mailto:b@example.com",
            Dup(47, "rua"),
        ),
        ("v=DMARC1; p=reject; pct=50; pct=100", Dup(29, "pct")),
        ("v=DMARC1; v=DMARC1; p=reject", Dup(11, "v")),
        // ---- non-ASCII
        ("v=DMARC1; p=rejéct", Err(16, "p")),
        (
            "v=DMARC1; p=reject; rua=mailto:dmarc@exämple.com",
            Err(40, "rua"),
        ),
        ("v=DMARC1; p=reject; é=1", Err(21, "")),
        ("v=DMARC1; p=reject\u{a0}", Err(19, "p")),
        (
            "v=DMARC1; p=none; rua=mailto:a@example.com; x=\u{1F600}",
            Err(47, "x"),
        ),
        // ---- control characters
        ("v=DMARC1; p=re\u{1}ject", Err(15, "p")),
        ("v=DMARC1\n; p=reject", Err(9, "v")),
        // ---- very long
        (long.as_str(), Ok(long_expect)),
        (long_bad.as_str(), Err(long_bad_col, "rua")),
    ];
    assert!(table.len() >= 60, "only {} rows", table.len());
    let mut failures = Vec::new();
    for (text, expect) in &table {
        let result = Record::parse(text);
        match (expect, &result) {
            (Ok(facts), std::result::Result::Ok(record)) => {
                let have = summary(record);
                for fact in facts.split(' ') {
                    if !have.iter().any(|h| h == fact) {
                        failures.push(format!("{text:?}: expected {fact}, have {have:?}"));
                    }
                }
            }
            (Err(col, tag), std::result::Result::Err(e))
                if e.kind == ErrorKind::Syntax && e.column == *col && e.tag == *tag => {}
            (Dup(col, tag), std::result::Result::Err(e))
                if e.kind == ErrorKind::DuplicateTag && e.column == *col && e.tag == *tag => {}
            (Ok(_), got) => failures.push(format!("{text:?}: expected a record, got {got:?}")),
            (Err(col, tag) | Dup(col, tag), got) => failures.push(format!(
                "{text:?}: expected an error at column {col} (tag {tag:?}), got {got:?}"
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn spans_point_at_the_text() {
    let text = "v=DMARC1; p = reject ; rua=mailto:a@example.com, mailto:b@example.org!1m";
    let record = Record::parse(text).unwrap();
    let p = record.tag("p").unwrap();
    assert_eq!(&text[p.span.start..p.span.end], "p = reject");
    assert_eq!(&text[p.value_span.start..p.value_span.end], "reject");
    let spans: Vec<&str> = record
        .rua
        .iter()
        .map(|u| &text[u.span.start..u.span.end])
        .collect();
    assert_eq!(spans, ["mailto:a@example.com", "mailto:b@example.org!1m"]);
    assert_eq!(record.rua[1].domain.as_deref(), Some("example.org"));
    assert_eq!(record.rua[1].size.as_deref(), Some("1m"));
}

#[test]
fn selection_follows_the_version_grammar() {
    for yes in [
        "v=DMARC1",
        "v=DMARC1;p=none",
        "V = DMARC1 ; p=none",
        "v=DMARC1 ",
    ] {
        assert!(is_dmarc_record(yes), "{yes}");
    }
    for no in [
        " v=DMARC1",
        "v=dmarc1; p=none",
        "v=DMARC10",
        "v=spf1 -all",
        "",
        "v=",
    ] {
        assert!(!is_dmarc_record(no), "{no}");
    }
}

#[test]
fn parsing_never_panics_on_arbitrary_prefixes() {
    let samples = [
        "v=DMARC1; p=reject; rua=mailto:é@ü.example!10m; fo=0:1; pct=101",
        "v = DMARC1 ;; ; = ; rua=mailto:,,; ruf=x:y",
    ];
    for sample in samples {
        for (i, _) in sample.char_indices() {
            let _ = Record::parse(&sample[..i]);
            let _ = Record::parse(&sample[i..]);
        }
    }
}
