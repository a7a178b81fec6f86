//! Numbers a respondent types: exact decimals, so that "0.1 + 0.2" sums,
//! step checks and merged statistics come out the same in any order.

use serde::{Deserialize, Serialize};

/// A decimal with up to six places, held as millionths. Values stay within
/// ±10^12 so that sums of millions of answers fit in an `i128` exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Decimal(i64);

impl Decimal {
    pub const SCALE: i64 = 1_000_000;
    pub const PLACES: usize = 6;
    pub const LIMIT: i64 = 1_000_000_000_000 * Self::SCALE;

    pub fn from_micros(micros: i64) -> Option<Decimal> {
        (micros.abs() <= Self::LIMIT).then_some(Decimal(micros))
    }

    pub fn from_integer(n: i64) -> Option<Decimal> {
        n.checked_mul(Self::SCALE).and_then(Decimal::from_micros)
    }

    pub fn micros(self) -> i64 {
        self.0
    }

    pub fn as_f64(self) -> f64 {
        self.0 as f64 / Self::SCALE as f64
    }

    /// Reads `-12`, `3.5`, `0.25` (a comma is taken as the decimal point, as
    /// many respondents write it). No exponents, no thousands separators.
    pub fn parse(input: &str) -> Option<Decimal> {
        let text = input.trim();
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.strip_prefix('+').unwrap_or(text)),
        };
        let (whole, fraction) = match digits.find(['.', ',']) {
            Some(at) => (&digits[..at], &digits[at + 1..]),
            None => (digits, ""),
        };
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if (whole.is_empty() && fraction.is_empty())
            || !all_digits(whole)
            || !all_digits(fraction)
            || fraction.len() > Self::PLACES
            || whole.len() > 13
        {
            return None;
        }
        let whole: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().ok()?
        };
        let mut micros_part: i64 = 0;
        for (i, b) in fraction.bytes().enumerate() {
            micros_part += i64::from(b - b'0') * 10i64.pow((Self::PLACES - 1 - i) as u32);
        }
        let magnitude = whole.checked_mul(Self::SCALE)?.checked_add(micros_part)?;
        Decimal::from_micros(if negative { -magnitude } else { magnitude })
    }

    /// Whether `self` is `start` plus a whole number of `step`s.
    pub fn is_on_step(self, start: Decimal, step: Decimal) -> bool {
        step.0 <= 0 || (i128::from(self.0) - i128::from(start.0)) % i128::from(step.0) == 0
    }
}

impl std::fmt::Display for Decimal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let magnitude = self.0.unsigned_abs();
        let scale = Self::SCALE as u64;
        let (whole, fraction) = (magnitude / scale, magnitude % scale);
        if fraction == 0 {
            write!(f, "{sign}{whole}")
        } else {
            let digits = format!("{fraction:06}");
            write!(f, "{sign}{whole}.{}", digits.trim_end_matches('0'))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_exactly() {
        for (input, shown) in [
            ("12", "12"),
            ("-3.50", "-3.5"),
            ("0.000001", "0.000001"),
            (".5", "0.5"),
            ("2,25", "2.25"),
            ("+7", "7"),
            ("1000000000000", "1000000000000"),
        ] {
            assert_eq!(Decimal::parse(input).unwrap().to_string(), shown, "{input}");
        }
        for bad in [
            "",
            "-",
            ".",
            "1e3",
            "1.2.3",
            "0.0000001",
            "abc",
            "1 000",
            "10000000000001",
            "--1",
        ] {
            assert_eq!(Decimal::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn steps_are_counted_from_the_start() {
        let d = |s| Decimal::parse(s).unwrap();
        assert!(d("2.5").is_on_step(d("0"), d("0.5")));
        assert!(!d("2.4").is_on_step(d("0"), d("0.5")));
        assert!(d("7").is_on_step(d("1"), d("3")));
        assert!(d("-5").is_on_step(d("1"), d("3")));
        assert!(!d("6").is_on_step(d("1"), d("3")));
    }
}
