//! Numbers and percentages written the way each language writes them
//! (CLDR's separators, Latin digits for every language we ship).

use super::language::Language;

struct Separators {
    decimal: char,
    group: char,
    /// CLDR's minimum grouping digits: Spanish leaves 1234 ungrouped.
    min_grouping: usize,
}

fn separators(language: Language) -> Separators {
    match language {
        Language::English | Language::Arabic => Separators {
            decimal: '.',
            group: ',',
            min_grouping: 1,
        },
        Language::German => Separators {
            decimal: ',',
            group: '.',
            min_grouping: 1,
        },
        Language::Spanish => Separators {
            decimal: ',',
            group: '.',
            min_grouping: 2,
        },
    }
}

/// A number as the language writes it: `1,234.5`, `1.234,5`.
pub fn format_number(language: Language, value: f64) -> String {
    write_number(language, value, true)
}

/// A number as a respondent would type it (an answer's bounds and step):
/// the language's decimal mark, no thousands separators, which the
/// answer's parser would take for a decimal mark (`1.000` is one).
pub fn format_typed_number(language: Language, value: f64) -> String {
    write_number(language, value, false)
}

fn write_number(language: Language, value: f64, grouping: bool) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    write_decimal(language, &value.to_string(), grouping)
}

/// A decimal written plainly (`-1234.50`) as the language writes it, every
/// digit kept. Anything else is returned as it is.
fn write_decimal(language: Language, plain: &str, grouping: bool) -> String {
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !fraction.bytes().all(|b| b.is_ascii_digit())
    {
        return plain.to_owned();
    }
    let marks = separators(language);
    let mut out = String::from(sign);
    let grouped = grouping && whole.len() > 3 && whole.len() >= 3 + marks.min_grouping;
    for (i, digit) in whole.chars().enumerate() {
        let left = whole.len() - i;
        if grouped && i > 0 && left % 3 == 0 {
            out.push(marks.group);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(marks.decimal);
        out.push_str(fraction);
    }
    out
}

/// A share (0.425 for 42.5 %) as a whole percentage: `43%`, `43 %`.
pub fn format_percent(language: Language, share: f64) -> String {
    let number = format_number(language, (share * 100.0).round());
    match language {
        // CLDR puts a no-break space before the sign in German and Spanish.
        Language::German | Language::Spanish => format!("{number}\u{a0}%"),
        Language::English | Language::Arabic => format!("{number}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_each_language() {
        assert_eq!(format_number(Language::English, 1234567.5), "1,234,567.5");
        assert_eq!(format_number(Language::German, 1234567.5), "1.234.567,5");
        assert_eq!(format_number(Language::Spanish, 1234.0), "1234");
        assert_eq!(format_number(Language::Spanish, 12345.25), "12.345,25");
        assert_eq!(format_number(Language::Arabic, -1000.0), "-1,000");
        assert_eq!(format_number(Language::German, 3.0), "3");
        assert_eq!(write_decimal(Language::German, "-0.50", true), "-0,50");
        assert_eq!(write_decimal(Language::English, "1e5", true), "1e5");
    }

    #[test]
    fn numbers_a_respondent_types_have_no_thousands_separators() {
        assert_eq!(format_typed_number(Language::German, 1000.5), "1000,5");
        assert_eq!(
            format_typed_number(Language::English, -1234567.0),
            "-1234567"
        );
    }

    #[test]
    fn percentages_follow_each_language() {
        assert_eq!(format_percent(Language::English, 0.425), "43%");
        assert_eq!(format_percent(Language::German, 0.5), "50\u{a0}%");
        assert_eq!(format_percent(Language::Arabic, 1.0), "100%");
    }
}
