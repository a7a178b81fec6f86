//! How figures are written on the pages.

/// Human-readable bytes (for the list and the usage page).
pub fn format_bytes(bytes: i64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

/// A count with its noun, singular for one: "1 subscriber", "2 subscribers".
pub fn count_of(count: impl Into<i64>, one: &str, many: &str) -> String {
    let count = count.into();
    format!("{count} {}", if count == 1 { one } else { many })
}

/// A whole number with its thousands grouped: "10,000".
pub fn group_thousands(number: i64) -> String {
    let digits = number.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if number < 0 {
        out.push('-');
    }
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{count_of, group_thousands};

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(100), "100");
        assert_eq!(group_thousands(1_000), "1,000");
        assert_eq!(group_thousands(10_000_000), "10,000,000");
        assert_eq!(group_thousands(-12_345), "-12,345");
    }

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(count_of(1, "subscriber", "subscribers"), "1 subscriber");
        assert_eq!(count_of(0, "subscriber", "subscribers"), "0 subscribers");
        assert_eq!(count_of(2, "day", "days"), "2 days");
    }
}
