//! `zdiag spf` end to end: the real binary against a real DNS server on loopback.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::support::dns_server::{Blackhole, TestDns};
use crate::support::{codes_of, finding, resolver_args, run_json, run_json_at, server, zones_dir};

/// `zdiag spf DOMAIN --format json` against the fixture server, plus extra arguments.
fn spf(dns: &TestDns, domain: &str, extra: &[&str]) -> (i32, Value) {
    run_json_at(dns.addr(), 2, &[&["spf", domain], extra].concat())
}

#[test]
fn direct_include_passes() {
    let dns = server();
    let (code, report) = spf(&dns, "direct.spf.test", &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(finding(&report, "spf-include-present")["status"], "pass");
    let zendesk = finding(&report, "spf-zendesk-passes");
    assert_eq!(zendesk["evidence"]["ranges"].as_array().unwrap().len(), 4);
    assert_eq!(
        finding(&report, "spf-lookup-count")["evidence"]["lookups"],
        1
    );
    // The domain's TXT and type-99 probe, and mail.zendesk.com's TXT, asked once though
    // both the tree and Zendesk's own check want it; the evaluations hit the cache.
    assert_eq!(report["stats"]["dns_queries"], 3);
}

#[test]
fn nested_include_warns_and_fails_under_fail_on_warn() {
    let dns = server();
    let (code, report) = spf(&dns, "nested.spf.test", &[]);
    assert_eq!(code, 0);
    let nested = finding(&report, "spf-include-nested");
    assert_eq!(nested["status"], "warn");
    assert_eq!(
        nested["evidence"]["path"][0],
        "include:_spf.nested.spf.test"
    );
    // Mail still passes: the nested include authorises Zendesk.
    assert_eq!(finding(&report, "spf-zendesk-passes")["status"], "pass");
    let (code, _) = spf(&dns, "nested.spf.test", &["--fail-on", "warn"]);
    assert_eq!(code, 1);
}

#[test]
fn no_record_is_missing_not_an_error() {
    let dns = server();
    let (code, report) = spf(&dns, "nospf.spf.test", &[]);
    assert_eq!(code, 1);
    assert_eq!(finding(&report, "spf-record-missing")["status"], "fail");
    assert!(!codes_of(&report).contains("spf-dns-error"));
    let (code, report) = spf(&dns, "does-not-exist.spf.test", &[]);
    assert_eq!(code, 1);
    assert_eq!(finding(&report, "spf-domain-not-found")["status"], "fail");
}

#[test]
fn two_records_are_a_permanent_error() {
    let dns = server();
    let (code, report) = spf(&dns, "two.spf.test", &[]);
    assert_eq!(code, 1);
    let multiple = finding(&report, "spf-multiple-records");
    assert_eq!(multiple["evidence"]["records"].as_array().unwrap().len(), 2);
}

#[test]
fn include_after_all_is_never_evaluated() {
    let dns = server();
    let (code, report) = spf(&dns, "afterall.spf.test", &[]);
    assert_eq!(code, 1);
    assert_eq!(finding(&report, "spf-include-after-all")["status"], "fail");
    assert_eq!(finding(&report, "spf-terms-after-all")["status"], "warn");
    // And the evaluation agrees: Zendesk's addresses hit -all.
    let fails = finding(&report, "spf-zendesk-fails");
    assert_eq!(fails["evidence"]["ranges"][0]["result"], "fail");
}

#[test]
fn eleven_lookups_name_the_term_that_crosses_the_limit() {
    let dns = server();
    let (code, report) = spf(&dns, "eleven.spf.test", &[]);
    assert_eq!(code, 1);
    let too_many = finding(&report, "spf-too-many-lookups");
    assert_eq!(too_many["evidence"]["lookups"], 11);
    assert_eq!(
        too_many["evidence"]["eleventh_lookup"][0],
        "eleven.spf.test: a:a10.spf.test"
    );
    assert_eq!(
        too_many["evidence"]["per_term"].as_array().unwrap().len(),
        11
    );
}

#[test]
fn three_void_lookups_are_a_permanent_error() {
    let dns = server();
    let (code, report) = spf(&dns, "void3.spf.test", &[]);
    assert_eq!(code, 1);
    let voids = finding(&report, "spf-too-many-void-lookups");
    assert_eq!(voids["evidence"]["void_terms"].as_array().unwrap().len(), 3);
}

#[test]
fn include_loop_is_reported_with_its_path() {
    let dns = server();
    let (code, report) = spf(&dns, "loop.spf.test", &[]);
    assert_eq!(code, 1);
    assert_eq!(
        finding(&report, "spf-loop")["evidence"]["loop"],
        "loop.spf.test -> loop-b.spf.test -> loop.spf.test"
    );
}

#[test]
fn syntax_error_names_the_term_and_column() {
    let dns = server();
    let (code, report) = spf(&dns, "syntax.spf.test", &[]);
    assert_eq!(code, 1);
    let error = finding(&report, "spf-syntax-error");
    assert_eq!(error["evidence"]["term"], "ip4:192.0.2.300");
    assert_eq!(error["evidence"]["column"], 33);
}

#[test]
fn redirect_target_carries_the_policy() {
    let dns = server();
    let (code, report) = spf(&dns, "redirect.spf.test", &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(finding(&report, "spf-include-present")["status"], "pass");
    assert_eq!(finding(&report, "spf-zendesk-passes")["status"], "pass");
    assert!(!codes_of(&report).contains("spf-all-missing"));
}

#[test]
fn plus_all_fails() {
    let dns = server();
    let (code, report) = spf(&dns, "plusall.spf.test", &[]);
    assert_eq!(code, 1);
    assert_eq!(finding(&report, "spf-all-pass")["status"], "fail");
}

#[test]
fn split_txt_strings_are_joined_and_kept() {
    let dns = server();
    let (code, report) = spf(&dns, "split.spf.test", &[]);
    assert_eq!(code, 0);
    let found = finding(&report, "spf-record-found");
    assert_eq!(
        found["evidence"]["record"],
        "v=spf1 include:mail.zendesk.com ip4:192.0.2.0/24 -all"
    );
    assert_eq!(found["evidence"]["strings"].as_array().unwrap().len(), 2);
}

#[test]
fn cname_at_the_name_is_followed_and_flagged() {
    let dns = server();
    let (code, report) = spf(&dns, "alias.spf.test", &[]);
    assert_eq!(code, 0);
    assert_eq!(
        finding(&report, "spf-cname-at-name")["evidence"]["cname_chain"][0],
        "alias.spf.test"
    );
    assert_eq!(finding(&report, "spf-include-present")["status"], "pass");
}

#[test]
fn server_that_never_answers_is_could_not_check() {
    let blackhole = Blackhole::start();
    let (code, report) = run_json_at(blackhole.addr(), 1, &["spf", "direct.spf.test"]);
    assert_eq!(code, 3, "{report:#}");
    let codes = codes_of(&report);
    assert!(codes.contains("spf-dns-error"));
    assert!(!codes.contains("spf-record-missing") && !codes.contains("spf-include-missing"));
    assert!(
        report["summary"]["verdict"]
            .as_str()
            .unwrap()
            .starts_with("Could not check")
    );
}

#[test]
fn flattened_outdated_and_old_style_records_warn() {
    let dns = server();
    let (_, report) = spf(&dns, "flattened.spf.test", &[]);
    assert_eq!(finding(&report, "spf-flattened")["status"], "warn");
    let (code, report) = spf(&dns, "outdated.spf.test", &[]);
    assert_eq!(code, 1);
    assert_eq!(
        finding(&report, "spf-include-outdated")["evidence"]["include"],
        "smtp.zendesk.com"
    );
    assert_eq!(finding(&report, "spf-include-missing")["status"], "fail");
    let (_, report) = spf(&dns, "oldstyle.spf.test", &[]);
    let codes = codes_of(&report);
    for code in [
        "spf-ptr-deprecated",
        "spf-unknown-modifier",
        "spf-all-neutral",
    ] {
        assert!(codes.contains(code), "{code} missing from {codes:?}");
    }
}

#[test]
fn include_target_without_record_is_a_permanent_error() {
    let dns = server();
    let (code, report) = spf(&dns, "badinclude.spf.test", &[]);
    assert_eq!(code, 1);
    assert_eq!(
        finding(&report, "spf-target-no-record")["subject"],
        "nospf.spf.test"
    );
}

#[test]
fn many_domains_make_one_report() {
    let dns = server();
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("domains.txt");
    std::fs::write(
        &list,
        "# customers\nnested.spf.test\n\nplusall.spf.test  # +all\n",
    )
    .unwrap();
    let (code, report) = spf(
        &dns,
        "direct.spf.test",
        &["--domains-file", list.to_str().unwrap()],
    );
    assert_eq!(code, 1);
    let targets: Vec<&str> = report["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["target"].as_str().unwrap())
        .collect();
    assert_eq!(
        targets,
        ["direct.spf.test", "nested.spf.test", "plusall.spf.test"]
    );
}

#[test]
fn require_include_checks_any_name() {
    let dns = server();
    let (code, report) = spf(
        &dns,
        "nested.spf.test",
        &[
            "--require-include",
            "_spf.nested.spf.test",
            "--require-include",
            "spf.other.test",
        ],
    );
    assert_eq!(code, 1);
    let includes: Vec<(String, String)> = report["steps"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"].as_str().unwrap().starts_with("spf-include-"))
        .map(|f| {
            (
                f["evidence"]["include"].as_str().unwrap().to_string(),
                f["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        includes.contains(&("_spf.nested.spf.test".into(), "pass".into())),
        "{includes:?}"
    );
    assert!(
        includes.contains(&("spf.other.test".into(), "fail".into())),
        "{includes:?}"
    );
}

#[test]
fn offline_zone_files_give_the_same_answers_as_dns() {
    let dns = server();
    let zones = zones_dir();
    for domain in [
        "direct.spf.test",
        "nested.spf.test",
        "eleven.spf.test",
        "alias.spf.test",
    ] {
        let (online_code, online) = spf(&dns, domain, &[]);
        let (offline_code, offline) = run_json(&[
            "spf",
            domain,
            "--zone",
            zones.to_str().unwrap(),
            "--offline",
        ]);
        assert_eq!(online_code, offline_code, "{domain}");
        assert_eq!(codes_of(&online), codes_of(&offline), "{domain}");
    }
}

#[test]
fn offline_without_the_zone_is_could_not_check() {
    let (code, report) = run_json(&["spf", "example.org", "--offline"]);
    assert_eq!(code, 3);
    assert!(codes_of(&report).contains("spf-dns-error"));
}

#[test]
fn ip_evaluation_names_the_deciding_term() {
    let dns = server();
    let (code, report) = spf(
        &dns,
        "nested.spf.test",
        &[
            "--ip",
            "192.161.144.10",
            "--sender",
            "agent@nested.spf.test",
        ],
    );
    assert_eq!(code, 0);
    let result = finding(&report, "spf-ip-result");
    assert_eq!(result["evidence"]["result"], "pass");
    assert_eq!(result["evidence"]["decided_in"], "mail.zendesk.com");
    let (code, report) = spf(&dns, "direct.spf.test", &["--ip", "198.51.100.7"]);
    assert_eq!(code, 1);
    let result = finding(&report, "spf-ip-result");
    assert_eq!(result["evidence"]["result"], "fail");
    assert_eq!(result["evidence"]["decided_by"], "-all");
    assert_eq!(
        result["evidence"]["explanation"],
        "198.51.100.7 is not one of direct.spf.test's designated mail servers."
    );
}

#[test]
fn usage_errors_exit_2_with_one_json_document() {
    let (code, report) = run_json(&["spf", "example.test", "--zone", "/nonexistent/zones"]);
    assert_eq!(code, 2);
    assert_eq!(report["schema_version"], 1);
    assert!(
        report["error"]
            .as_str()
            .unwrap()
            .contains("/nonexistent/zones")
    );
    let (code, report) = run_json(&["spf", "user@example.test"]);
    assert_eq!(code, 2);
    assert!(
        report["error"]
            .as_str()
            .unwrap()
            .contains("user@example.test")
    );
    let (code, report) = run_json(&["spf", "--no-such-flag"]);
    assert_eq!(code, 2);
    assert_eq!(report["exit_code"], 2);
}

#[test]
fn json_report_shape_is_pinned() {
    let dns = server();
    let (_, report) = spf(&dns, "nested.spf.test", &[]);
    insta::assert_json_snapshot!("spf_nested", report, {
        ".tool.version" => "[version]",
    });
}

#[test]
fn every_emitted_code_is_documented() {
    let dns = server();
    let mut emitted = BTreeSet::new();
    for domain in [
        "direct",
        "nested",
        "nospf",
        "does-not-exist",
        "two",
        "afterall",
        "eleven",
        "void3",
        "loop",
        "syntax",
        "redirect",
        "plusall",
        "split",
        "alias",
        "flattened",
        "outdated",
        "oldstyle",
        "badinclude",
        "type99only",
        "spaced",
        "lookalike",
        "redirectall",
        "twoall",
        "noall",
        "long450",
        "long512",
        "mxmany",
        "mxnoaddr",
        "macro",
    ] {
        let (_, report) = spf(&dns, &format!("{domain}.spf.test"), &["--ip", "192.0.2.1"]);
        emitted.extend(codes_of(&report));
    }
    let blackhole = Blackhole::start();
    let (_, report) = run_json_at(blackhole.addr(), 1, &["spf", "x.test"]);
    emitted.extend(codes_of(&report));
    assert!(emitted.len() >= 25, "too few scenarios: {emitted:?}");
    for code in &emitted {
        let output = crate::support::zdiag()
            .args(["explain", code])
            .output()
            .unwrap();
        assert!(output.status.success(), "`zdiag explain {code}` failed");
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(text.starts_with(&format!("{code}: ")), "{text}");
    }
}

#[test]
fn human_output_ends_with_the_verdict() {
    let dns = server();
    let output = crate::support::zdiag()
        .args(["spf", "nested.spf.test", "--color", "never"])
        .args(resolver_args(dns.addr(), 2))
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("SPF · nested.spf.test  WARN"), "{text}");
    assert!(
        text.trim_end()
            .lines()
            .last()
            .unwrap()
            .starts_with("Verdict: WARN"),
        "{text}"
    );
    assert!(!text.contains('\x1b'));
}

#[test]
fn record_selection_problems_are_named() {
    let dns = server();
    for (domain, code) in [
        ("type99only", "spf-type99-record"),
        ("spaced", "spf-leading-whitespace"),
        ("lookalike", "spf-lookalike-record"),
    ] {
        let (exit, report) = spf(&dns, &format!("{domain}.spf.test"), &[]);
        assert_eq!(exit, 1, "{domain}");
        assert_eq!(finding(&report, code)["status"], "warn", "{domain}");
        // The ignored record does not count: the domain has no SPF record.
        assert_eq!(
            finding(&report, "spf-record-missing")["status"],
            "fail",
            "{domain}"
        );
    }
}

#[test]
fn all_and_redirect_placement_warn() {
    let dns = server();
    let (code, report) = spf(&dns, "redirectall.spf.test", &[]);
    assert_eq!(code, 0);
    assert_eq!(
        finding(&report, "spf-redirect-ignored")["evidence"]["term"],
        "redirect=_spf.redirect.spf.test"
    );
    let (_, report) = spf(&dns, "twoall.spf.test", &[]);
    assert_eq!(finding(&report, "spf-multiple-all")["status"], "warn");
    assert_eq!(
        finding(&report, "spf-terms-after-all")["evidence"]["terms"][0],
        "~all"
    );
    let (_, report) = spf(&dns, "noall.spf.test", &[]);
    assert_eq!(finding(&report, "spf-all-missing")["status"], "warn");
    let (code, report) = spf(&dns, "duplicate.spf.test", &[]);
    assert_eq!(code, 1);
    let error = finding(&report, "spf-syntax-error");
    assert_eq!(error["evidence"]["term"], "redirect=nested.spf.test");
    assert!(error["message"].as_str().unwrap().contains("only once"));
}

#[test]
fn long_records_arrive_whole_and_are_flagged() {
    let dns = server();
    let (_, report) = spf(&dns, "long450.spf.test", &[]);
    assert_eq!(
        finding(&report, "spf-record-too-long")["evidence"]["bytes"],
        477
    );
    let (_, report) = spf(&dns, "long512.spf.test", &[]);
    assert_eq!(
        finding(&report, "spf-record-over-512")["evidence"]["bytes"],
        675
    );
    assert_eq!(
        finding(&report, "spf-record-found")["evidence"]["strings"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn mx_terms_are_limited_and_their_hosts_resolved() {
    let dns = server();
    let (code, report) = spf(&dns, "mxmany.spf.test", &[]);
    assert_eq!(code, 1);
    assert_eq!(finding(&report, "spf-mx-too-many-hosts")["status"], "fail");
    // Receivers agree: the mx term yields permerror before Zendesk's include is reached.
    assert_eq!(
        finding(&report, "spf-zendesk-fails")["evidence"]["ranges"][0]["result"],
        "permerror"
    );
    let (_, report) = spf(&dns, "mxnoaddr.spf.test", &[]);
    assert_eq!(
        finding(&report, "spf-mx-host-no-address")["evidence"]["host"],
        "nowhere.spf.test"
    );
}

#[test]
fn macros_are_counted_but_not_followed() {
    let dns = server();
    let (code, report) = spf(&dns, "macro.spf.test", &[]);
    assert_eq!(code, 0);
    assert_eq!(
        finding(&report, "spf-macro-not-expanded")["evidence"]["term"],
        "exists:%{i}.bl.spf.test"
    );
    assert_eq!(
        finding(&report, "spf-lookup-count")["evidence"]["lookups"],
        2
    );
}

#[test]
fn one_void_lookup_warns() {
    let dns = server();
    let (code, report) = spf(&dns, "onevoid.spf.test", &[]);
    assert_eq!(code, 0);
    let void = finding(&report, "spf-void-lookup");
    assert_eq!(void["evidence"]["term"], "a:gone.spf.test");
    assert!(!codes_of(&report).contains("spf-too-many-void-lookups"));
}

#[test]
fn a_broken_include_target_breaks_the_record() {
    let dns = server();
    let (code, report) = spf(&dns, "badtarget.spf.test", &[]);
    assert_eq!(code, 1);
    let invalid = finding(&report, "spf-target-invalid");
    assert_eq!(invalid["subject"], "syntax.spf.test");
    assert_eq!(invalid["evidence"]["via"][0], "include:syntax.spf.test");
    // Receivers agree: the include's permerror is the whole record's.
    assert_eq!(
        finding(&report, "spf-zendesk-fails")["evidence"]["ranges"][0]["result"],
        "permerror"
    );
}

#[test]
fn an_endless_include_chain_is_cut_and_over_the_limit() {
    let dns = server();
    let (code, report) = spf(&dns, "deep.spf.test", &[]);
    assert_eq!(code, 1);
    assert_eq!(finding(&report, "spf-not-followed")["status"], "info");
    assert_eq!(finding(&report, "spf-too-many-lookups")["status"], "fail");
}

#[test]
fn zendesk_record_out_of_reach_is_could_not_check() {
    let zone = crate::support::fixture("zones/spf.test.zone");
    let (code, report) = run_json(&[
        "spf",
        "direct.spf.test",
        "--zone",
        zone.to_str().unwrap(),
        "--offline",
    ]);
    assert_eq!(code, 3, "{report:#}");
    assert_eq!(
        finding(&report, "spf-zendesk-unavailable")["status"],
        "error"
    );
    // What could be checked still is: the include is in place.
    assert_eq!(finding(&report, "spf-include-present")["status"], "pass");
}

/// `--require-include` given explicitly replaces the default: a domain held to its own
/// include is not failed for Zendesk's, which is still shown, as information.
#[test]
fn an_explicit_require_include_replaces_zendesk_s() {
    let dns = server();
    let (code, report) = spf(
        &dns,
        "ownsender.spf.test",
        &["--require-include", "_spf.sender.spf.test"],
    );
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(finding(&report, "spf-include-present")["status"], "pass");
    let zendesk = finding(&report, "spf-zendesk-fails");
    assert_eq!(zendesk["status"], "info");
    assert_eq!(zendesk["evidence"]["required"], false);
    assert!(
        report["steps"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["code"] != "spf-include-missing")
    );
    // By default Zendesk's include is required: the same domain fails.
    let (code, report) = spf(&dns, "ownsender.spf.test", &[]);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(finding(&report, "spf-zendesk-fails")["status"], "fail");
    assert_eq!(finding(&report, "spf-include-missing")["status"], "fail");
    // Both named: both held.
    let (code, _) = spf(
        &dns,
        "ownsender.spf.test",
        &[
            "--require-include",
            "_spf.sender.spf.test",
            "--require-include",
            "mail.zendesk.com",
        ],
    );
    assert_eq!(code, 1);
}
