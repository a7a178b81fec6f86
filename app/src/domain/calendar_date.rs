//! A day in the calendar, as a date question's answer: no time, no zone.

use serde::{Deserialize, Serialize};

/// Days since 1970-01-01 (proleptic Gregorian), between the years 1000 and
/// 9999 so that `YYYY-MM-DD` always has four year digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CalendarDate(i32);

impl CalendarDate {
    /// Reads `YYYY-MM-DD`, as an HTML date field sends it.
    pub fn parse(input: &str) -> Option<CalendarDate> {
        let text = input.trim();
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = &text[range];
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        if !(1000..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(CalendarDate(days_from_civil(year, month, day)))
    }

    pub fn days_since_epoch(self) -> i32 {
        self.0
    }

    pub fn from_days_since_epoch(days: i32) -> Option<CalendarDate> {
        let date = CalendarDate(days);
        CalendarDate::parse(&date.to_string()).filter(|d| *d == date)
    }
}

impl std::fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (y, m, d) = civil_from_days(self.0);
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Howard Hinnant's civil-to-days algorithm.
fn days_from_civil(year: u32, month: u32, day: u32) -> i32 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468) as i32
}

/// Howard Hinnant's days-to-civil algorithm.
fn civil_from_days(days: i32) -> (i64, u32, u32) {
    let z = i64::from(days) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_days_only() {
        for ok in [
            "2024-02-29",
            "1970-01-01",
            "1000-01-01",
            "9999-12-31",
            "2026-12-02",
        ] {
            assert_eq!(CalendarDate::parse(ok).unwrap().to_string(), ok);
        }
        for bad in [
            "2023-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-1-01",
            "26-01-01",
            "",
            "2026-01-32",
            "0999-12-31",
            "２０２６-01-01",
        ] {
            assert_eq!(CalendarDate::parse(bad), None, "{bad:?}");
        }
        assert_eq!(
            CalendarDate::parse("1970-01-02")
                .unwrap()
                .days_since_epoch(),
            1
        );
        assert!(CalendarDate::parse("2026-01-01") < CalendarDate::parse("2026-01-02"));
    }
}
