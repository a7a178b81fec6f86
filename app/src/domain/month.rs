use serde::{Deserialize, Serialize};

use super::time::UnixMillis;

/// A calendar month in UTC, the period usage is billed by. Written and
/// parsed as `YYYY-MM`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct BillingMonth {
    year: i32,
    month: u32,
}

impl BillingMonth {
    pub fn year(self) -> i32 {
        self.year
    }

    /// 1 for January.
    pub fn month(self) -> u32 {
        self.month
    }

    pub fn parse(input: &str) -> Result<BillingMonth, String> {
        let refuse = || {
            crate::i18n::Message::new("msg-billing-month-invalid")
                .text("input", format!("{input:?}"))
                .in_page_language()
        };
        let (year, month) = input.trim().split_once('-').ok_or_else(refuse)?;
        if year.len() != 4 || month.len() != 2 {
            return Err(refuse());
        }
        let year: i32 = year.parse().map_err(|_| refuse())?;
        let month: u32 = month.parse().map_err(|_| refuse())?;
        if !(1970..=9999).contains(&year) || !(1..=12).contains(&month) {
            return Err(refuse());
        }
        Ok(BillingMonth { year, month })
    }

    /// The month `at` falls in.
    pub fn containing(at: UnixMillis) -> BillingMonth {
        let date = at.date_string();
        BillingMonth::parse(&date[..7]).expect("a date string starts with YYYY-MM")
    }

    pub fn previous(self) -> BillingMonth {
        if self.month == 1 {
            BillingMonth {
                year: self.year - 1,
                month: 12,
            }
        } else {
            BillingMonth {
                year: self.year,
                month: self.month - 1,
            }
        }
    }

    pub fn next(self) -> BillingMonth {
        if self.month == 12 {
            BillingMonth {
                year: self.year + 1,
                month: 1,
            }
        } else {
            BillingMonth {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    /// The first instant of the month.
    pub fn start(self) -> UnixMillis {
        UnixMillis(days_from_civil(self.year as i64, self.month, 1) * UnixMillis::MS_PER_DAY)
    }

    /// The first instant after the month.
    pub fn end(self) -> UnixMillis {
        self.next().start()
    }
}

impl std::fmt::Display for BillingMonth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// Howard Hinnant's civil-to-days algorithm (days since 1970-01-01).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_months() {
        let month = BillingMonth::parse("2026-11").unwrap();
        assert_eq!(month.to_string(), "2026-11");
        assert_eq!(month.start().date_string(), "2026-11-01");
        assert_eq!(month.end().date_string(), "2026-12-01");
        assert_eq!(
            BillingMonth::parse("2024-02").unwrap().end().date_string(),
            "2024-03-01"
        );
        assert_eq!(
            BillingMonth::parse("2026-12").unwrap().next().to_string(),
            "2027-01"
        );
        assert_eq!(
            BillingMonth::parse("2027-01")
                .unwrap()
                .previous()
                .to_string(),
            "2026-12"
        );
    }

    #[test]
    fn refuses_what_is_not_a_month() {
        for bad in [
            "",
            "2026",
            "2026-13",
            "2026-00",
            "26-11",
            "2026-1",
            "abcd-ef",
            "2026-11-01",
        ] {
            assert!(BillingMonth::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_month_of_an_instant() {
        let instant = UnixMillis(1_795_305_600_000); // 2026-11-22
        assert_eq!(BillingMonth::containing(instant).to_string(), "2026-11");
        let start = BillingMonth::containing(instant).start();
        assert_eq!(
            BillingMonth::containing(UnixMillis(start.0 - 1)).to_string(),
            "2026-10"
        );
    }
}
