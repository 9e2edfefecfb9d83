//! Dates as Zendesk writes them (RFC 3339, UTC) and as `--since` takes them, in Unix
//! seconds. Small and pure: the crate has no date dependency, and needs only these.

use crate::i18n::t;

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn number(text: &str) -> Option<i64> {
    (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// `2024-05-01`, `2024-05-01T10:00:00Z`, `2024-05-01T10:00:00.123+02:00`: Unix seconds.
pub fn parse(text: &str) -> Option<i64> {
    let text = text.trim();
    let (date, time) = match text.find(['T', 't', ' ']) {
        Some(at) => (&text[..at], Some(&text[at + 1..])),
        None => (text, None),
    };
    let mut parts = date.split('-');
    let (year, month, day) = (
        number(parts.next()?)?,
        number(parts.next()?)?,
        number(parts.next()?)?,
    );
    if parts.next().is_some() || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let mut seconds = days_from_civil(year, month, day) * 86_400;
    if let Some(time) = time {
        let (clock, offset) = match time.find(['Z', 'z', '+', '-']) {
            Some(at) => (&time[..at], &time[at..]),
            None => (time, ""),
        };
        let clock = clock.split('.').next()?;
        let mut hms = clock.split(':');
        let (h, m) = (number(hms.next()?)?, number(hms.next()?)?);
        let s = hms.next().map_or(Some(0), number)?;
        if h > 23 || m > 59 || s > 60 {
            return None;
        }
        seconds += h * 3600 + m * 60 + s;
        if let Some(sign) = offset
            .strip_prefix('+')
            .map(|o| (1, o))
            .or(offset.strip_prefix('-').map(|o| (-1, o)))
        {
            let (sign, o) = sign;
            let (oh, om) = o.split_once(':').unwrap_or((o, "0"));
            seconds -= sign * (number(oh)? * 3600 + number(om)? * 60);
        }
    }
    Some(seconds)
}

/// `2024-05-01 10:00 UTC`.
pub fn format(seconds: i64) -> String {
    let (year, month, day) = civil_from_days(seconds.div_euclid(86_400));
    let rest = seconds.rem_euclid(86_400);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        rest / 3600,
        rest % 3600 / 60
    )
}

/// `2024-05-01T10:00:00Z`: as Zendesk writes dates, and as its search takes them.
pub fn rfc3339(seconds: i64) -> String {
    let (year, month, day) = civil_from_days(seconds.div_euclid(86_400));
    let rest = seconds.rem_euclid(86_400);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// `--since`: a duration back from `now` (`36h`, `7d`, `2w`, `90m`) or a date.
pub fn since(text: &str, now: i64) -> Result<i64, String> {
    let trimmed = text.trim();
    let unit = trimmed.chars().last().unwrap_or(' ');
    let amount = number(&trimmed[..trimmed.len().saturating_sub(unit.len_utf8())]);
    let scale = match unit {
        'm' => Some(60),
        'h' => Some(3600),
        'd' => Some(86_400),
        'w' => Some(7 * 86_400),
        _ => None,
    };
    match (amount, scale) {
        (Some(amount), Some(scale)) => Ok(now - amount * scale),
        _ => parse(trimmed).ok_or_else(|| {
            crate::report::text::input_error(
                "--since",
                text,
                t!("suspended-input-since-invalid"),
                &t!("suspended-input-since-fix"),
            )
        }),
    }
}

/// Now, in Unix seconds.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_dates_parse_to_unix_seconds() {
        assert_eq!(parse("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse("2024-05-01T10:00:00Z"), Some(1_714_557_600));
        assert_eq!(parse("2024-05-01T12:00:00+02:00"), Some(1_714_557_600));
        assert_eq!(parse("2024-05-01T10:00:00.250Z"), Some(1_714_557_600));
        assert_eq!(parse("2024-02-29"), Some(1_709_164_800));
        assert_eq!(parse("2009-07-20T22:55:29Z"), Some(1_248_130_529));
        for bad in [
            "",
            "2024-13-01",
            "2024-05",
            "yesterday",
            "2024-05-01T25:00:00Z",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn dates_format_back() {
        assert_eq!(format(1_714_557_600), "2024-05-01 10:00 UTC");
        assert_eq!(format(1_709_164_800), "2024-02-29 00:00 UTC");
        assert_eq!(format(0), "1970-01-01 00:00 UTC");
        for seconds in [0, 1_248_130_529, 1_709_164_800, 1_714_557_659] {
            assert_eq!(parse(&rfc3339(seconds)), Some(seconds));
        }
        assert_eq!(rfc3339(1_248_130_529), "2009-07-20T22:55:29Z");
    }

    #[test]
    fn since_takes_durations_and_dates() {
        assert_eq!(since("2d", 1_000_000), Ok(1_000_000 - 172_800));
        assert_eq!(since("36h", 1_000_000), Ok(1_000_000 - 129_600));
        assert_eq!(since("2024-05-01", 0), Ok(1_714_521_600));
        assert!(since("soon", 0).is_err());
    }
}
