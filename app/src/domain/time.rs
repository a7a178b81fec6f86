use serde::{Deserialize, Serialize};

/// A point in time as milliseconds since the Unix epoch (UTC). Stored as a
/// 64-bit integer so both databases order and compare it the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UnixMillis(pub i64);

impl UnixMillis {
    pub const MS_PER_DAY: i64 = 24 * 60 * 60 * 1000;

    #[cfg(feature = "ssr")]
    pub fn now() -> Self {
        let elapsed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        UnixMillis(i64::try_from(elapsed.as_millis()).unwrap_or(i64::MAX))
    }

    pub fn plus_days(self, days: u32) -> Self {
        UnixMillis(self.0.saturating_add(i64::from(days) * Self::MS_PER_DAY))
    }

    /// Calendar date (UTC) as `YYYY-MM-DD`, computed without a time-zone
    /// database so the same code runs in the browser.
    pub fn date_string(self) -> String {
        let days = self.0.div_euclid(Self::MS_PER_DAY);
        let (y, m, d) = civil_from_days(days);
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// ISO 8601 in UTC with milliseconds (`YYYY-MM-DDTHH:MM:SS.mmmZ`), which
    /// both databases read as a timestamp.
    pub fn iso_string(self) -> String {
        let millis = self.0.rem_euclid(Self::MS_PER_DAY);
        let seconds = millis / 1000;
        format!(
            "{}T{:02}:{:02}:{:02}.{:03}Z",
            self.date_string(),
            seconds / 3600,
            seconds / 60 % 60,
            seconds % 60,
            millis % 1000
        )
    }

    /// Reads a date and time of day in UTC as an HTML `datetime-local`
    /// field sends it: `YYYY-MM-DDTHH:MM`, optionally with `:SS`.
    pub fn parse_utc(input: &str) -> Option<UnixMillis> {
        let text = input.trim();
        let (date, time) = text.split_once(['T', ' '])?;
        let date = super::calendar_date::CalendarDate::parse(date)?;
        let parts: Vec<&str> = time.split(':').collect();
        if !(2..=3).contains(&parts.len())
            || parts
                .iter()
                .any(|p| p.len() != 2 || !p.bytes().all(|b| b.is_ascii_digit()))
        {
            return None;
        }
        let number = |i: usize| parts.get(i).map_or(Some(0), |p| p.parse::<i64>().ok());
        let (hours, minutes, seconds) = (number(0)?, number(1)?, number(2)?);
        if hours > 23 || minutes > 59 || seconds > 59 {
            return None;
        }
        let day = i64::from(date.days_since_epoch()) * Self::MS_PER_DAY;
        Some(UnixMillis(
            day + ((hours * 60 + minutes) * 60 + seconds) * 1000,
        ))
    }

    /// Date and time of day (UTC) as `YYYY-MM-DD HH:MM UTC`, for people.
    pub fn minute_string(self) -> String {
        let minutes = self.0.rem_euclid(Self::MS_PER_DAY) / 60_000;
        format!(
            "{} {:02}:{:02} UTC",
            self.date_string(),
            minutes / 60,
            minutes % 60
        )
    }

    /// `minute_string` as the page's language writes it.
    pub fn localized_minute_string(self) -> String {
        self.written_in(&crate::i18n::texts(), "date-time-minute")
    }

    /// `time_string` as the page's language writes it (exports keep
    /// `time_string`).
    pub fn localized_time_string(self) -> String {
        self.written_in(&crate::i18n::texts(), "date-time-second")
    }

    fn written_in(self, texts: &crate::i18n::Texts, key: &str) -> String {
        use crate::i18n::Arg;
        let (year, month, day) = civil_from_days(self.0.div_euclid(Self::MS_PER_DAY));
        let seconds = self.0.rem_euclid(Self::MS_PER_DAY) / 1000;
        let two = |n: i64| Arg::Text(format!("{n:02}"));
        texts.format(
            key,
            &[
                ("year", Arg::Text(format!("{year:04}"))),
                ("month", two(i64::from(month))),
                ("day", two(i64::from(day))),
                ("hour", two(seconds / 3600)),
                ("minute", two(seconds / 60 % 60)),
                ("second", two(seconds % 60)),
            ],
        )
    }

    /// Date and time of day (UTC) as `YYYY-MM-DD HH:MM:SS UTC`.
    pub fn time_string(self) -> String {
        let seconds = self.0.rem_euclid(Self::MS_PER_DAY) / 1000;
        format!(
            "{} {:02}:{:02}:{:02} UTC",
            self.date_string(),
            seconds / 3600,
            seconds / 60 % 60,
            seconds % 60
        )
    }
}

/// Howard Hinnant's days-to-civil algorithm.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datetime_fields_are_read_in_utc() {
        let at = UnixMillis::parse_utc("2026-12-05T09:30").unwrap();
        assert_eq!(at.minute_string(), "2026-12-05 09:30 UTC");
        assert_eq!(
            UnixMillis::parse_utc("2026-12-05T09:30:15").unwrap().0,
            at.0 + 15_000
        );
        for bad in [
            "",
            "2026-12-05",
            "2026-12-05T24:00",
            "2026-13-01T10:00",
            "2026-12-05T9:30",
            "tomorrow",
        ] {
            assert_eq!(UnixMillis::parse_utc(bad), None, "{bad}");
        }
    }

    #[test]
    fn formats_dates() {
        assert_eq!(UnixMillis(0).date_string(), "1970-01-01");
        assert_eq!(UnixMillis(951_782_400_000).date_string(), "2000-02-29");
        assert_eq!(UnixMillis(1_795_305_600_000).date_string(), "2026-11-22");
    }

    #[test]
    fn formats_times() {
        assert_eq!(
            UnixMillis(1_795_305_600_000 + 3_723_000).time_string(),
            "2026-11-22 01:02:03 UTC"
        );
    }

    #[test]
    #[cfg(feature = "ssr")]
    fn moments_are_written_the_languages_way() {
        use crate::i18n::{Language, Texts};
        let at = UnixMillis::parse_utc("2026-12-05T09:30:07").unwrap();
        let written = |language| at.written_in(&Texts::new(language), "date-time-second");
        assert_eq!(written(Language::English), "2026-12-05 09:30:07 UTC");
        assert_eq!(written(Language::German), "05.12.2026, 09:30:07 UTC");
        assert_eq!(written(Language::Spanish), "05/12/2026, 09:30:07 UTC");
        assert_eq!(
            at.written_in(&Texts::new(Language::English), "date-time-minute"),
            at.minute_string()
        );
    }

    #[test]
    fn formats_iso_timestamps() {
        assert_eq!(
            UnixMillis(1_795_305_600_000 + 3_723_045).iso_string(),
            "2026-11-22T01:02:03.045Z"
        );
        assert_eq!(UnixMillis(0).iso_string(), "1970-01-01T00:00:00.000Z");
    }

    #[test]
    fn adds_days() {
        assert_eq!(UnixMillis(0).plus_days(28).date_string(), "1970-01-29");
    }
}
