//! The crate's layers, read from the source: every reference between two files of `src/`
//! points down (sources → checks → walks → commands → main, on the report model), and no
//! files reference each other in a loop.
//!
//! A reference is a path that starts with `crate::`, `super::`, `self::` (`zdiag::` in
//! main.rs) or a child module the file declares, in a `use` (groups expanded) or in code,
//! test modules included.
//! It points at the file defining the module it names (`a/b.rs` or `a/b/mod.rs`); a
//! `mod x;` declaration is not a reference. A name that a mod.rs re-exports
//! (`pub use child::Thing`) is followed to the file defining it, and the re-export is a
//! reference from the mod.rs to that file: a mod.rs that only declares and re-exports
//! passes references through and closes no loop, while a child using what its mod.rs
//! itself defines, with the mod.rs using the child, is a loop.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Top-level modules by layer: a file may reference its own layer or a lower one.
const RANKS: &[(&str, u8)] = &[
    ("report", 0),
    // The stated caps on every input, read by sources and commands alike.
    ("limits", 0),
    // The catalogues every text comes from, read at every layer.
    ("i18n", 0),
    ("dns", 1),
    ("zendesk", 1),
    ("spf", 1),
    ("dmarc", 1),
    ("dkim", 1),
    ("bounce", 1),
    ("mailsource", 1),
    ("context", 2),
    ("checks", 3),
    ("walks", 4),
    ("codes", 5),
    // The commands read the parsed arguments, so cli sits below them.
    ("cli", 6),
    ("commands", 7),
    ("main", 8),
];

/// The sources and protocol modules (layer 1) are independent of each other, but for these.
const ALLOWED_WITHIN_LAYER_1: &[(&str, &str)] = &[
    // SPF evaluation asks the shared resolver for records.
    ("spf", "dns"),
];

/// One reference: the file and line it is written on, and the file it points at.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Edge {
    from: String,
    line: usize,
    to: String,
}

#[test]
fn references_point_down_and_never_loop() {
    let edges = references(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")));
    let list = |keep: &dyn Fn(&Edge) -> bool| -> String {
        edges
            .iter()
            .filter(|e| keep(e))
            .map(|e| format!("\n  {}:{} -> {}", e.from, e.line, e.to))
            .collect()
    };
    let looping = list(&|e| reaches(&edges, &e.to, &e.from));
    let upward = list(&|e| !allowed(top(&e.from), top(&e.to)));
    assert!(
        looping.is_empty() && upward.is_empty(),
        "files referencing each other in a loop:{looping}\nreferences to a higher layer:{upward}"
    );
}

/// The top-level module a file belongs to (`main` for main.rs).
fn top(file: &str) -> &str {
    let first = file["src/".len()..].split('/').next().unwrap();
    first.strip_suffix(".rs").unwrap_or(first)
}

fn rank(module: &str) -> u8 {
    RANKS
        .iter()
        .find(|(name, _)| *name == module)
        .map(|(_, rank)| *rank)
        .unwrap_or_else(|| panic!("src/{module}: give it a layer in RANKS"))
}

fn allowed(from: &str, to: &str) -> bool {
    let (from_rank, to_rank) = (rank(from), rank(to));
    from == to
        || to_rank < from_rank
        || to_rank == from_rank && (from_rank != 1 || ALLOWED_WITHIN_LAYER_1.contains(&(from, to)))
}

/// Whether `to` can be reached from `from` along the edges.
fn reaches(edges: &[Edge], from: &str, to: &str) -> bool {
    let mut seen = BTreeSet::from([from]);
    let mut todo = vec![from];
    while let Some(file) = todo.pop() {
        if file == to {
            return true;
        }
        for e in edges.iter().filter(|e| e.from == file) {
            if seen.insert(&e.to) {
                todo.push(&e.to);
            }
        }
    }
    false
}

/// A file of `src/`, with comments and literals blanked.
struct Source {
    file: String,
    module: Vec<String>,
    code: String,
    /// Child modules it declares (`mod x;`): a path may start with one.
    children: BTreeSet<String>,
}

/// A path a file writes, made absolute (`["dns", "Answer"]`).
struct Written {
    line: usize,
    path: Vec<String>,
    /// The name it binds, when the path is re-exported (`pub use a::B;`).
    reexported_as: Option<String>,
}

/// Every reference between two different files under `src`.
fn references(src: &Path) -> Vec<Edge> {
    let sources: Vec<Source> = rust_files(src)
        .iter()
        .map(|path| {
            let relative = path.strip_prefix(src).unwrap().to_str().unwrap();
            let code = code_only(&std::fs::read_to_string(path).unwrap());
            let children = code
                .lines()
                .filter(|l| l.trim_end().ends_with(';'))
                .filter_map(declared_module)
                .collect();
            Source {
                file: format!("src/{relative}"),
                module: module_path(relative),
                code,
                children,
            }
        })
        .collect();
    let written: Vec<Vec<Written>> = sources.iter().map(paths_written).collect();

    // Module path -> file, and (file, re-exported name) -> the path it stands for.
    let files: BTreeMap<&[String], &str> = sources
        .iter()
        .filter(|s| s.file != "src/main.rs")
        .map(|s| (s.module.as_slice(), s.file.as_str()))
        .collect();
    let mut reexports = BTreeMap::new();
    for (source, paths) in sources.iter().zip(&written) {
        for w in paths {
            if let Some(name) = &w.reexported_as {
                reexports.insert((source.file.as_str(), name.as_str()), w.path.as_slice());
            }
        }
    }
    // The file of the longest module prefix, following re-exports of the next name.
    let resolve = |path: &[String]| -> Option<&str> {
        let mut path = path.to_vec();
        loop {
            let len = (0..=path.len())
                .rev()
                .find(|&n| files.contains_key(&path[..n]))?;
            let file = files[&path[..len]];
            match path
                .get(len)
                .and_then(|name| reexports.get(&(file, name.as_str())))
            {
                Some(target) => path = [target, &path[len + 1..]].concat(),
                None => return Some(file),
            }
        }
    };

    let mut edges = BTreeSet::new();
    for (source, paths) in sources.iter().zip(&written) {
        for w in paths {
            if let Some(to) = resolve(&w.path).filter(|to| *to != source.file) {
                edges.insert(Edge {
                    from: source.file.clone(),
                    line: w.line,
                    to: to.to_string(),
                });
            }
        }
    }
    edges.into_iter().collect()
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// `a/b.rs` and `a/b/mod.rs` are module `a::b`; lib.rs and main.rs are the crate root.
fn module_path(relative: &str) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .trim_end_matches(".rs")
        .split('/')
        .map(String::from)
        .collect();
    if ["mod", "lib", "main"].contains(&parts[parts.len() - 1].as_str()) {
        parts.pop();
    }
    parts
}

/// The name of the module a line declares (`mod x;` or `mod x {`), if it does.
fn declared_module(line: &str) -> Option<String> {
    let rest = line.trim_start();
    let rest = match rest.strip_prefix("pub") {
        Some(r) if r.starts_with('(') => &r[r.find(')')? + 1..],
        Some(r) => r,
        None => rest,
    };
    let name = rest.trim_start().strip_prefix("mod ")?;
    Some(name[..ident_end(name, 0)].to_string())
}

/// The module path at each line: the file's, plus the inline modules (`mod tests {`) open
/// there, from which `super::` starts. Code is rustfmt'ed: a module closes at the `}`
/// indented as its `mod` line.
fn scopes(source: &Source) -> Vec<Vec<String>> {
    let mut open: Vec<(usize, String)> = Vec::new();
    let mut scopes = Vec::new();
    for line in source.code.lines() {
        let indent = line.len() - line.trim_start().len();
        if line.trim() == "}" && open.last().is_some_and(|(i, _)| *i == indent) {
            open.pop();
        }
        let inline = open.iter().map(|(_, name)| name.clone());
        scopes.push(source.module.iter().cloned().chain(inline).collect());
        if line.trim_end().ends_with('{')
            && let Some(name) = declared_module(line)
        {
            open.push((indent, name));
        }
    }
    scopes
}

/// The crate-internal paths a file writes, made absolute.
fn paths_written(source: &Source) -> Vec<Written> {
    let code = &source.code;
    let roots: &[&str] = if source.file == "src/main.rs" {
        &["zdiag"]
    } else {
        &["crate", "super", "self"]
    };
    let scopes = scopes(source);
    let mut found = Vec::new();
    let mut at = 0;
    while at < code.len() {
        let end = ident_end(code, at);
        let word = &code[at..end];
        let starts_path = !word.is_empty()
            && !code[..at].ends_with("::")
            && code[end..].starts_with("::")
            && (roots.contains(&word) || source.children.contains(word));
        if !starts_path {
            at = end.max(at + code[at..].chars().next().unwrap().len_utf8());
            continue;
        }
        let line = code[..at].matches('\n').count();
        let before = code[..at].trim_end();
        let reexport = before
            .strip_suffix("use")
            .is_some_and(|b| b.trim_end().ends_with("pub") || b.trim_end().ends_with(')'));
        let base = match word {
            "crate" | "zdiag" => &[][..],
            "super" | "self" => &scopes[line][..],
            _ => &source.module[..], // a child module
        };
        let mut leaves = Vec::new();
        at = parse_tree(code, at, Vec::new(), &mut leaves);
        for (segments, name) in leaves {
            let mut path = base.to_vec();
            for segment in segments {
                match segment.as_str() {
                    "crate" | "zdiag" | "self" => {}
                    "super" => {
                        path.pop();
                    }
                    _ => path.push(segment),
                }
            }
            let reexported_as = name.filter(|_| reexport);
            found.push(Written {
                line: line + 1,
                path,
                reexported_as,
            });
        }
    }
    found
}

/// Parse a path or `use` tree from `at`, `{a, b::{self, C as D}, *}` included: push each
/// leaf's segments and the name it binds, and return where the tree ends.
fn parse_tree(
    code: &str,
    mut at: usize,
    mut segments: Vec<String>,
    leaves: &mut Vec<(Vec<String>, Option<String>)>,
) -> usize {
    loop {
        at = skip_space(code, at);
        if code[at..].starts_with('{') {
            at += 1;
            loop {
                at = skip_space(code, at);
                if code[at..].starts_with('}') {
                    return at + 1;
                }
                at = skip_space(code, parse_tree(code, at, segments.clone(), leaves));
                if code[at..].starts_with(',') {
                    at += 1;
                }
            }
        }
        if code[at..].starts_with('*') {
            leaves.push((segments, None));
            return at + 1;
        }
        let end = ident_end(code, at);
        let word = &code[at..end];
        at = end;
        // `{self, ..}` is the module itself: nothing to add.
        if word != "self" || segments.is_empty() {
            segments.push(word.to_string());
        }
        if code[at..].starts_with("::") {
            at += 2;
            continue;
        }
        let mut name = segments.last().cloned();
        if let Some(alias) = code[at..].trim_start().strip_prefix("as ") {
            let start = skip_space(code, code.len() - alias.len());
            at = ident_end(code, start);
            name = Some(code[start..at].to_string());
        }
        leaves.push((segments, name));
        return at;
    }
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn ident_end(code: &str, at: usize) -> usize {
    code[at..]
        .find(|c: char| !is_ident(c))
        .map_or(code.len(), |n| at + n)
}

fn skip_space(code: &str, at: usize) -> usize {
    code.len() - code[at..].trim_start().len()
}

/// `text` with comments and the insides of string and char literals blanked (newlines
/// kept, so line numbers hold): what is left is code.
fn code_only(text: &str) -> String {
    let b = text.as_bytes();
    let find = |from: usize, what: &str| text[from..].find(what).map_or(b.len(), |n| from + n);
    let mut out = b.to_vec();
    let mut i = 0;
    while i < b.len() {
        let end = match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => find(i, "\n"),
            b'/' if b.get(i + 1) == Some(&b'*') => find(i, "*/") + 2,
            b'"' => {
                // A raw string (`r#"..."#`) ends at a quote and as many hashes.
                let hashes = b[..i].iter().rev().take_while(|&&c| c == b'#').count();
                if i > hashes && b[i - hashes - 1] == b'r' {
                    find(i + 1, &format!("\"{}", "#".repeat(hashes))) + 1 + hashes
                } else {
                    let mut j = i + 1;
                    while j < b.len() && b[j] != b'"' {
                        j += if b[j] == b'\\' { 2 } else { 1 };
                    }
                    j + 1
                }
            }
            b'\'' => {
                // A char literal (`'x'`, `'\n'`), else a lifetime (`'a`), which is code.
                let len = if b.get(i + 1) == Some(&b'\\') {
                    b.get(i + 3..)
                        .and_then(|rest| rest.iter().position(|&c| c == b'\''))
                        .map(|n| n + 2)
                } else {
                    text[i + 1..].chars().next().map(char::len_utf8)
                };
                match len {
                    Some(n) if b.get(i + 1 + n) == Some(&b'\'') => i + n + 2,
                    _ => i + 1,
                }
            }
            _ => i + 1,
        }
        .min(b.len());
        if end > i + 1 {
            for c in out[i..end].iter_mut().filter(|c| **c != b'\n') {
                *c = b' ';
            }
        }
        i = end;
    }
    String::from_utf8(out).unwrap()
}
