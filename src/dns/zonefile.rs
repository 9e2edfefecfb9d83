//! RFC 1035 zone files, loaded into [`Zone`]s for `--zone FILE|DIR`.
//!
//! The file is split into records here (so errors carry a line number, and
//! the type-99 SPF record, which hickory's parser does not know, can be
//! read); each record's data is then parsed by hickory's zone-file parser.
//! Type 99 may be written `SPF "v=spf1 ..."` or, per RFC 3597,
//! `TYPE99 \# len hex`.
//!
//! [`parse_zone_text`] is also what the test DNS server serves from, so
//! the offline backend and the in-process server read zone files alike.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use hickory_proto::rr::rdata::{NULL, TXT};
use hickory_proto::rr::{Name, RData as WireData, Record, RecordType};
use hickory_proto::serialize::txt::{Parser, parse_ttl};

use super::network::{SPF_TYPE_CODE, character_strings, convert};
use super::{Zone, normalize_name};

/// The TTL given to records when the file sets none.
const DEFAULT_TTL: u32 = 3600;

/// A zone file read into wire records (hickory's types).
#[derive(Clone, Debug)]
pub struct ParsedZone {
    /// The zone's origin, fully qualified.
    pub origin: Name,
    /// Every record, in file order. Type 99 is `RData::Unknown` with TXT-format data.
    pub records: Vec<Record>,
}

impl ParsedZone {
    /// The records in zdiag's terms. Names holding only types zdiag does not
    /// ask about (SOA, NS, ...) still exist: questions about them get NODATA.
    pub fn to_zone(&self) -> Zone {
        let mut zone = Zone::new(&self.origin.to_ascii());
        for record in &self.records {
            let owner = normalize_name(&record.name.to_ascii());
            match convert(&record.data) {
                Some(rdata) => zone.add(&owner, rdata),
                None => zone.touch(&owner),
            }
        }
        zone
    }
}

/// What is wrong with a zone file's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ZoneTextError {
    /// The 1-based line where the offending record starts, when known.
    pub line: Option<usize>,
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
}

impl ZoneTextError {
    fn at(line: usize, message: impl Into<String>) -> ZoneTextError {
        let message = message.into();
        // Messages quote the offending token, which can be as long as the file.
        let message = crate::report::text::clip(&message, 4 * crate::limits::ECHO).into_owned();
        ZoneTextError {
            line: Some(line),
            message,
            hint: None,
        }
    }

    fn hint(mut self, hint: impl Into<String>) -> ZoneTextError {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for ZoneTextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        f.write_str(&self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, " ({hint})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ZoneTextError {}

/// Why `--zone` could not be loaded. Displays as one line naming the file.
#[derive(Debug, thiserror::Error)]
pub enum ZoneFileError {
    // Not `source`: the message already holds it, and a chain would print it twice.
    #[error("{}: {error}", path.display())]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("{}: {error}", path.display())]
    Read {
        path: PathBuf,
        error: crate::limits::ReadError,
    },
    #[error("{}: no zone files in this directory (zone files are read when their name ends in .zone, e.g. example.com.zone)", path.display())]
    NoZoneFiles { path: PathBuf },
    #[error("{}: {error}", path.display())]
    Parse { path: PathBuf, error: ZoneTextError },
}

/// Load a zone file, or every `*.zone` file of a directory (sorted by name, not recursive).
pub fn load_zones(path: &Path) -> Result<Vec<Zone>, ZoneFileError> {
    let io = |error| ZoneFileError::Io {
        path: path.to_path_buf(),
        error,
    };
    if !path.is_dir() {
        return Ok(vec![load_zone_file(path)?]);
    }
    let mut files = Vec::new();
    for entry in fs::read_dir(path).map_err(io)? {
        let entry = entry.map_err(io)?;
        let file = entry.path();
        let is_zone = file
            .file_name()
            .and_then(|name| name.to_str())
            .is_some_and(|name| name.ends_with(".zone"));
        if is_zone && file.is_file() {
            files.push(file);
        }
    }
    if files.is_empty() {
        return Err(ZoneFileError::NoZoneFiles {
            path: path.to_path_buf(),
        });
    }
    files.sort();
    files.iter().map(|file| load_zone_file(file)).collect()
}

/// Load one zone file; the origin is its `$ORIGIN`, else its file name without `.zone`.
pub fn load_zone_file(path: &Path) -> Result<Zone, ZoneFileError> {
    Ok(parse_zone_file(path)?.to_zone())
}

/// Read one zone file into wire records (see [`load_zone_file`] for the origin).
pub fn parse_zone_file(path: &Path) -> Result<ParsedZone, ZoneFileError> {
    let text =
        crate::limits::read_text_capped(path, crate::limits::ZONE_FILE).map_err(|error| {
            ZoneFileError::Read {
                path: path.to_path_buf(),
                error,
            }
        })?;
    let origin = origin_from_file_name(path);
    parse_zone_text(&text, origin.as_deref()).map_err(|error| ZoneFileError::Parse {
        path: path.to_path_buf(),
        error,
    })
}

/// `example.com.zone` → `example.com`; `None` when the name has no `.zone` suffix.
pub fn origin_from_file_name(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    let origin = name.strip_suffix(".zone")?;
    (!origin.is_empty()).then(|| normalize_name(origin))
}

/// Parse zone-file text. `default_origin` applies until a `$ORIGIN` line.
pub fn parse_zone_text(
    text: &str,
    default_origin: Option<&str>,
) -> Result<ParsedZone, ZoneTextError> {
    let default_origin = match default_origin {
        Some(origin) => Some(absolute_name(origin).map_err(|why| ZoneTextError {
            line: None,
            message: format!("invalid origin {origin:?}: {why}"),
            hint: None,
        })?),
        None => None,
    };
    let mut origin = default_origin.clone();
    // The zone's origin: the file's first $ORIGIN, else the default.
    let mut file_origin = None;
    let mut default_ttl = None;
    let mut last_ttl = None;
    let mut owner: Option<Name> = None;
    let mut records = Vec::new();

    for entry in split_entries(text)? {
        let line = entry.line;
        let first = entry.tokens[0].text.as_str();
        if !entry.starts_blank && first.starts_with('$') {
            let argument = entry.tokens.get(1).map(|t| t.text.as_str());
            match (first.to_ascii_uppercase().as_str(), argument) {
                ("$ORIGIN", Some(name)) => {
                    let name = Name::parse(name, origin.as_ref()).map_err(|err| {
                        ZoneTextError::at(line, format!("invalid $ORIGIN: {err}"))
                    })?;
                    if file_origin.is_none() {
                        file_origin = Some(name.clone());
                    }
                    origin = Some(name);
                }
                ("$TTL", Some(ttl)) => {
                    default_ttl = Some(parse_ttl(ttl).map_err(|err| {
                        ZoneTextError::at(line, format!("invalid $TTL {ttl:?}: {err}"))
                    })?);
                }
                ("$INCLUDE", _) => {
                    return Err(ZoneTextError::at(line, "$INCLUDE is not supported")
                        .hint("put the included records in this file, or in another .zone file of the same directory"));
                }
                ("$ORIGIN" | "$TTL", None) => {
                    return Err(ZoneTextError::at(line, format!("{first} needs a value")));
                }
                _ => {
                    return Err(
                        ZoneTextError::at(line, format!("unknown directive {first:?}"))
                            .hint("only $ORIGIN and $TTL are understood"),
                    );
                }
            }
            continue;
        }

        let mut tokens = entry.tokens.iter().peekable();
        if !entry.starts_blank {
            let text = &tokens.next().expect("entries are never empty").text;
            let name = if text == "@" {
                origin.clone().ok_or_else(|| no_origin(line))?
            } else {
                if origin.is_none() && !text.ends_with('.') {
                    return Err(no_origin(line));
                }
                Name::parse(text, origin.as_ref()).map_err(|err| {
                    ZoneTextError::at(line, format!("invalid owner name {text:?}: {err}"))
                })?
            };
            owner = Some(name);
        }
        let Some(name) = owner.clone() else {
            return Err(ZoneTextError::at(
                line,
                "the record has no owner name (the line starts with a blank and no record precedes it)",
            )
            .hint("write the name at the start of the line"));
        };

        let mut ttl = None;
        let mut class = None;
        let mut rtype = None;
        for token in tokens.by_ref() {
            let text = token.text.as_str();
            if ttl.is_none() && text.starts_with(|c: char| c.is_ascii_digit()) {
                ttl = Some(parse_ttl(text).map_err(|err| {
                    ZoneTextError::at(line, format!("invalid TTL {text:?}: {err}"))
                })?);
            } else if class.is_none()
                && matches!(
                    text.to_ascii_uppercase().as_str(),
                    "IN" | "CH" | "HS" | "CS"
                )
            {
                class = Some(text.to_ascii_uppercase());
            } else {
                rtype = Some(text.to_ascii_uppercase());
                break;
            }
        }
        let Some(rtype) = rtype else {
            return Err(ZoneTextError::at(line, "the record has no type")
                .hint("write it as: NAME [TTL] [IN] TYPE DATA"));
        };
        if let Some(ttl) = ttl {
            last_ttl = Some(ttl);
        }
        let ttl = ttl.or(default_ttl).or(last_ttl).unwrap_or(DEFAULT_TTL);
        let data: Vec<&Token> = tokens.collect();

        let record = if rtype == "SPF" || rtype.starts_with("TYPE") {
            generic_record(line, &rtype, &data, name, ttl)?
        } else if rtype == "TXT" {
            // Read here: hickory's lexer misreads `\DDD` and unquoted escapes.
            let strings = character_string_data(line, &data)?;
            let txt = TXT::from_bytes(strings.iter().map(Vec::as_slice).collect());
            Record::from_rdata(name, ttl, WireData::TXT(txt))
        } else {
            if RecordType::from_str(&rtype).is_err() {
                return Err(ZoneTextError::at(line, format!("unknown record type {rtype:?}"))
                    .hint("use A, AAAA, TXT, MX, PTR, CNAME, NS, SOA, SPF or TYPEnnn \\# with hex data"));
            }
            parse_one(
                line,
                origin.as_ref(),
                &name,
                ttl,
                class.as_deref(),
                &rtype,
                &data,
            )?
        };
        records.push(record);
    }

    let origin = file_origin.or(default_origin).ok_or(ZoneTextError {
        line: None,
        message: "the zone has no origin".into(),
        hint: Some(
            "add an $ORIGIN line, or name the file after the zone, e.g. example.com.zone".into(),
        ),
    })?;
    Ok(ParsedZone { origin, records })
}

fn no_origin(line: usize) -> ZoneTextError {
    ZoneTextError::at(line, "a relative name is used but the zone has no origin")
        .hint("add an $ORIGIN line, or name the file after the zone, e.g. example.com.zone")
}

fn absolute_name(name: &str) -> Result<Name, String> {
    let name = if name.is_empty() || name == "." {
        Name::root()
    } else {
        Name::from_ascii(name).map_err(|err| err.to_string())?
    };
    let mut name = name;
    name.set_fqdn(true);
    Ok(name)
}

/// One record handed to hickory's parser, on its own, with its owner spelled out.
fn parse_one(
    line: usize,
    origin: Option<&Name>,
    name: &Name,
    ttl: u32,
    class: Option<&str>,
    rtype: &str,
    data: &[&Token],
) -> Result<Record, ZoneTextError> {
    let mut text = String::new();
    if let Some(origin) = origin {
        text.push_str(&format!("$ORIGIN {origin}\n"));
    }
    text.push_str(&format!("{name} {ttl} {} {rtype}", class.unwrap_or("IN")));
    for token in data {
        text.push(' ');
        match origin {
            // hickory's lexer does not take `@` in record data.
            Some(origin) if token.raw == "@" => text.push_str(&origin.to_string()),
            _ => text.push_str(&token.raw),
        }
    }
    text.push('\n');
    let parser_origin = origin.cloned().or_else(|| Some(Name::root()));
    let (_, sets) = Parser::new(text, None, parser_origin)
        .parse()
        .map_err(|err| ZoneTextError::at(line, format!("invalid {rtype} record: {err}")))?;
    sets.into_values()
        .flat_map(|set| set.records_without_rrsigs().cloned().collect::<Vec<_>>())
        .next()
        .ok_or_else(|| ZoneTextError::at(line, format!("invalid {rtype} record: no data")))
}

/// `SPF "..." "..."`, `SPF \# len hex`, `TYPEnnn \# len hex`.
fn generic_record(
    line: usize,
    rtype: &str,
    data: &[&Token],
    name: Name,
    ttl: u32,
) -> Result<Record, ZoneTextError> {
    let code: u16 = if rtype == "SPF" {
        SPF_TYPE_CODE
    } else {
        rtype["TYPE".len()..].parse().map_err(|_| {
            ZoneTextError::at(line, format!("unknown record type {rtype:?}"))
                .hint("write unknown types as TYPEnnn with a number, e.g. TYPE99")
        })?
    };
    let wire = if data.first().is_some_and(|t| t.raw == "\\#") {
        generic_data(line, &data[1..])?
    } else if code == SPF_TYPE_CODE {
        let mut wire = Vec::new();
        for bytes in character_string_data(line, data)? {
            wire.push(u8::try_from(bytes.len()).expect("checked length"));
            wire.extend(bytes);
        }
        wire
    } else {
        return Err(ZoneTextError::at(
            line,
            format!("{rtype} data must be written \\# LENGTH HEX"),
        ));
    };
    if code == SPF_TYPE_CODE && character_strings(&wire).is_none() {
        return Err(
            ZoneTextError::at(line, "type 99 data is not a sequence of character-strings")
                .hint("each string is one length byte followed by that many bytes"),
        );
    }
    let rdata = if wire.is_empty() {
        NULL::new()
    } else {
        NULL::with(wire)
    };
    Ok(Record::from_rdata(
        name,
        ttl,
        WireData::Unknown {
            code: RecordType::from(code),
            rdata,
        },
    ))
}

/// TXT-style data: each token one character-string of at most 255 bytes.
fn character_string_data(line: usize, data: &[&Token]) -> Result<Vec<Vec<u8>>, ZoneTextError> {
    data.iter()
        .map(|token| {
            let bytes = unescape(&token.text)
                .ok_or_else(|| ZoneTextError::at(line, format!("bad escape in {}", token.raw)))?;
            if bytes.len() > 255 {
                return Err(ZoneTextError::at(
                    line,
                    format!(
                        "a character-string is {} bytes long, over the limit of 255",
                        bytes.len()
                    ),
                )
                .hint("split it into several quoted strings: \"part one\" \"part two\""));
            }
            Ok(bytes)
        })
        .collect()
}

/// RFC 3597 §5: `\# LENGTH HEX...` (the `\#` already consumed).
fn generic_data(line: usize, data: &[&Token]) -> Result<Vec<u8>, ZoneTextError> {
    let usage = || {
        ZoneTextError::at(
            line,
            "generic data must be written \\# LENGTH HEX, e.g. \\# 4 03616263",
        )
    };
    let (length, hex) = data.split_first().ok_or_else(usage)?;
    let length: usize = length.text.parse().map_err(|_| usage())?;
    let hex: String = hex.iter().map(|t| t.text.as_str()).collect();
    if !hex.len().is_multiple_of(2) || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(usage());
    }
    let bytes: Vec<u8> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("checked hex digits"))
        .collect();
    if bytes.len() != length {
        return Err(ZoneTextError::at(
            line,
            format!("generic data says {length} bytes but has {}", bytes.len()),
        ));
    }
    Ok(bytes)
}

/// Zone-file escapes: `\DDD` is a byte, `\X` is X.
fn unescape(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        let rest = &bytes[i + 1..];
        if rest.len() >= 3 && rest[..3].iter().all(u8::is_ascii_digit) {
            let value = rest[..3]
                .iter()
                .fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'));
            out.push(u8::try_from(value).ok()?);
            i += 4;
        } else {
            out.push(*rest.first()?);
            i += 2;
        }
    }
    Some(out)
}

/// One field of an entry: `raw` as written (quotes and escapes kept), `text`
/// without the surrounding quotes.
#[derive(Debug)]
struct Token {
    raw: String,
    text: String,
}

/// One record or directive, parentheses joined, comments dropped.
#[derive(Debug)]
struct Entry {
    line: usize,
    starts_blank: bool,
    tokens: Vec<Token>,
}

fn split_entries(text: &str) -> Result<Vec<Entry>, ZoneTextError> {
    let mut entries = Vec::new();
    let mut tokens: Vec<Token> = Vec::new();
    let mut line = 1;
    let mut entry_line = 1;
    let mut starts_blank = false;
    let mut at_line_start = true;
    let mut depth = 0usize;
    let mut paren_line = 0;
    let mut chars = text.chars().peekable();

    let flush = |tokens: &mut Vec<Token>, entries: &mut Vec<Entry>, line, blank| {
        if !tokens.is_empty() {
            entries.push(Entry {
                line,
                starts_blank: blank,
                tokens: std::mem::take(tokens),
            });
        }
    };

    while let Some(c) = chars.next() {
        if at_line_start && depth == 0 {
            at_line_start = false;
            entry_line = line;
            starts_blank = c == ' ' || c == '\t';
        }
        match c {
            '\n' => {
                line += 1;
                at_line_start = depth == 0;
                if depth == 0 {
                    flush(&mut tokens, &mut entries, entry_line, starts_blank);
                }
            }
            ' ' | '\t' | '\r' => {}
            ';' => while chars.next_if(|&c| c != '\n').is_some() {},
            '(' => {
                if depth == 0 {
                    paren_line = line;
                }
                depth += 1;
            }
            ')' => {
                depth = depth
                    .checked_sub(1)
                    .ok_or_else(|| ZoneTextError::at(line, "\")\" without a matching \"(\""))?;
            }
            '"' => {
                let start = line;
                let mut raw = String::from('"');
                let mut inner = String::new();
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => {
                            let escaped = chars.next().ok_or_else(|| {
                                ZoneTextError::at(start, "unterminated quoted string")
                            })?;
                            raw.push('\\');
                            raw.push(escaped);
                            inner.push('\\');
                            inner.push(escaped);
                        }
                        Some('\n') | None => {
                            return Err(ZoneTextError::at(start, "unterminated quoted string")
                                .hint("close the string with \" on the same line"));
                        }
                        Some(c) => {
                            raw.push(c);
                            inner.push(c);
                        }
                    }
                }
                raw.push('"');
                tokens.push(Token { raw, text: inner });
            }
            c => {
                let mut word = String::from(c);
                if c == '\\'
                    && let Some(next) = chars.next_if(|&c| c != '\n')
                {
                    word.push(next);
                }
                while let Some(&next) = chars.peek() {
                    if matches!(next, ' ' | '\t' | '\r' | '\n' | ';' | '(' | ')' | '"') {
                        break;
                    }
                    chars.next();
                    word.push(next);
                    if next == '\\'
                        && let Some(escaped) = chars.next_if(|&c| c != '\n')
                    {
                        word.push(escaped);
                    }
                }
                tokens.push(Token {
                    raw: word.clone(),
                    text: word,
                });
            }
        }
    }
    if depth > 0 {
        return Err(
            ZoneTextError::at(paren_line, "\"(\" is never closed").hint("add the matching \")\"")
        );
    }
    flush(&mut tokens, &mut entries, entry_line, starts_blank);
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use std::net::Ipv4Addr;

    use super::*;
    use crate::dns::{Answer, QType, RData};

    const ZONE: &str = r#"
$TTL 300
@       IN SOA ns1 hostmaster ( 1 3600 600 86400
                                300 )   ; multi-line, with a comment
        IN NS  ns1
ns1     IN A   192.0.2.53
@       IN TXT "v=spf1 ip4:192.0.2.0/24 " "include:_spf.example.net ~all"
@       IN MX  10 Mail.Example.TEST.
@          SPF "v=spf1 " "-all"
legacy  IN TYPE99 \# 12 0b763d73706631202d616c6c
www     IN CNAME @
sub     IN NS  ns.elsewhere.test.
a.b     IN A   192.0.2.1
"#;

    fn zone() -> Zone {
        parse_zone_text(ZONE, Some("example.test"))
            .unwrap()
            .to_zone()
    }

    #[test]
    fn origin_comes_from_the_file_name_unless_the_file_sets_one() {
        assert_eq!(
            origin_from_file_name(Path::new("zones/Example.COM.zone")).as_deref(),
            Some("example.com")
        );
        assert_eq!(origin_from_file_name(Path::new("zones/example.com")), None);
        assert_eq!(zone().origin(), "example.test");
        let text = "$ORIGIN other.test.\n@ 60 IN A 192.0.2.9\n";
        let parsed = parse_zone_text(text, Some("example.test")).unwrap();
        assert_eq!(parsed.origin.to_ascii(), "other.test.");
        assert_eq!(
            parsed.to_zone().lookup("other.test", QType::A),
            Some(Answer::Records {
                records: vec![RData::A(Ipv4Addr::new(192, 0, 2, 9))],
                cnames: vec![]
            })
        );
    }

    #[test]
    fn split_txt_strings_are_kept() {
        let answer = zone().lookup("example.test", QType::Txt).unwrap();
        assert_eq!(
            answer.records(),
            &[RData::Txt(vec![
                b"v=spf1 ip4:192.0.2.0/24 ".to_vec(),
                b"include:_spf.example.net ~all".to_vec()
            ])]
        );
    }

    #[test]
    fn txt_escapes_and_length_limits() {
        let text = "@ IN TXT \"a\\\"b\" \"c\\059d\" e\\;f \"g;h\" ; comment\n";
        let zone = parse_zone_text(text, Some("x.test")).unwrap().to_zone();
        assert_eq!(
            zone.lookup("x.test", QType::Txt).unwrap().records(),
            &[RData::Txt(vec![
                b"a\"b".to_vec(),
                b"c;d".to_vec(),
                b"e;f".to_vec(),
                b"g;h".to_vec()
            ])]
        );
        let long = format!("@ IN TXT \"{}\"\n", "x".repeat(256));
        let err = parse_zone_text(&long, Some("x.test")).unwrap_err();
        assert!(err.to_string().contains("over the limit of 255"), "{err}");
    }

    #[test]
    fn type_99_is_read_as_spf_or_generic_data() {
        let z = zone();
        assert_eq!(
            z.lookup("example.test", QType::Spf).unwrap().records(),
            &[RData::Spf(vec![b"v=spf1 ".to_vec(), b"-all".to_vec()])]
        );
        assert_eq!(
            z.lookup("legacy.example.test", QType::Spf)
                .unwrap()
                .records(),
            &[RData::Spf(vec![b"v=spf1 -all".to_vec()])]
        );
    }

    #[test]
    fn other_records_convert_with_names_normalized() {
        let z = zone();
        assert_eq!(
            z.lookup("example.test", QType::Mx).unwrap().records(),
            &[RData::Mx {
                preference: 10,
                exchange: "mail.example.test".into()
            }]
        );
        assert_eq!(
            z.lookup("www.example.test", QType::Txt),
            Some(Answer::Records {
                records: zone()
                    .lookup("example.test", QType::Txt)
                    .unwrap()
                    .records()
                    .to_vec(),
                cnames: vec!["www.example.test".into()]
            })
        );
    }

    #[test]
    fn names_with_only_unconverted_types_exist() {
        let z = zone();
        assert_eq!(
            z.lookup("sub.example.test", QType::Txt),
            Some(Answer::NoData)
        );
        assert_eq!(z.lookup("b.example.test", QType::A), Some(Answer::NoData));
        assert_eq!(
            z.lookup("nope.example.test", QType::A),
            Some(Answer::NxDomain)
        );
    }

    #[test]
    fn errors_name_the_line_and_the_fix() {
        let text = "$ORIGIN x.test.\n@ IN A 192.0.2.1\n\nbad IN TXXT \"v=spf1\"\n";
        let err = parse_zone_text(text, None).unwrap_err();
        assert_eq!(err.line, Some(4));
        assert!(
            err.to_string()
                .starts_with("line 4: unknown record type \"TXXT\" (use "),
            "{err}"
        );

        let err = parse_zone_text("@ IN A 192.0.2.300\n", Some("x.test")).unwrap_err();
        assert_eq!(err.line, Some(1));
        assert!(
            err.to_string().starts_with("line 1: invalid A record: "),
            "{err}"
        );

        let err = parse_zone_text("www IN A 192.0.2.1\n", None).unwrap_err();
        assert!(err.to_string().contains("no origin"), "{err}");

        let err = parse_zone_text("@ IN SOA a b ( 1 2 3\n 4 5\n", Some("x.test")).unwrap_err();
        assert_eq!(err.line, Some(1));
    }

    #[test]
    fn a_bad_file_is_reported_in_one_line_with_its_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.test.zone");
        fs::write(&path, "@ IN A 192.0.2.1\n\n\nbad IN TXXT \"v\"\n").unwrap();
        let message = load_zones(dir.path()).unwrap_err().to_string();
        assert_eq!(
            message,
            format!(
                "{}: line 4: unknown record type \"TXXT\" (use A, AAAA, TXT, MX, PTR, CNAME, NS, SOA, SPF or TYPEnnn \\# with hex data)",
                path.display()
            )
        );
        assert!(!message.contains('\n'));
    }

    #[test]
    fn a_directory_loads_its_zone_files_in_order() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("b.test.zone"), "@ IN A 192.0.2.2\n").unwrap();
        fs::write(dir.path().join("a.test.zone"), "@ IN A 192.0.2.1\n").unwrap();
        fs::write(dir.path().join("notes.txt"), "not a zone").unwrap();
        let zones = load_zones(dir.path()).unwrap();
        let origins: Vec<_> = zones.iter().map(Zone::origin).collect();
        assert_eq!(origins, ["a.test", "b.test"]);

        let empty = tempfile::tempdir().unwrap();
        assert!(matches!(
            load_zones(empty.path()),
            Err(ZoneFileError::NoZoneFiles { .. })
        ));
    }
}
