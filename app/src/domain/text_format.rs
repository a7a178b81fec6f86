//! The formats a one-line answer may be asked to follow. A small fixed list
//! instead of subscriber-written patterns: no regular-expression engine in
//! the respondent's bundle, and no pattern that can hang the server.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextFormat {
    #[default]
    Any,
    Email,
    /// An `http` or `https` address.
    Url,
    /// Digits, spaces and `+ - ( ) .`, with 5 to 20 digits.
    Phone,
    /// Digits only (an order number, a postcode in many countries).
    Digits,
    /// Letters and digits only (a reference code).
    LettersAndDigits,
}

impl TextFormat {
    pub const ALL: [TextFormat; 6] = [
        TextFormat::Any,
        TextFormat::Email,
        TextFormat::Url,
        TextFormat::Phone,
        TextFormat::Digits,
        TextFormat::LettersAndDigits,
    ];

    pub fn code(self) -> &'static str {
        match self {
            TextFormat::Any => "any",
            TextFormat::Email => "email",
            TextFormat::Url => "url",
            TextFormat::Phone => "phone",
            TextFormat::Digits => "digits",
            TextFormat::LettersAndDigits => "letters_digits",
        }
    }

    pub fn from_code(code: &str) -> Option<TextFormat> {
        TextFormat::ALL.into_iter().find(|f| f.code() == code)
    }

    /// How the designer's menu names it.
    pub fn label(self) -> &'static str {
        match self {
            TextFormat::Any => "Any text",
            TextFormat::Email => "Email address",
            TextFormat::Url => "Web address",
            TextFormat::Phone => "Phone number",
            TextFormat::Digits => "Digits only",
            TextFormat::LettersAndDigits => "Letters and digits only",
        }
    }

    /// `label` in the page's language (`label` itself stays English: exports,
    /// logs and e-mails rely on it).
    pub fn localized_label(self) -> String {
        crate::i18n::texts().get(match self {
            TextFormat::Any => "label-text-format-any",
            TextFormat::Email => "label-text-format-email",
            TextFormat::Url => "label-text-format-url",
            TextFormat::Phone => "label-text-format-phone",
            TextFormat::Digits => "label-text-format-digits",
            TextFormat::LettersAndDigits => "label-text-format-letters-digits",
        })
    }

    /// The `type` of the `<input>` (it picks the phone keyboard, etc.).
    pub fn input_type(self) -> &'static str {
        match self {
            TextFormat::Email => "email",
            TextFormat::Url => "url",
            TextFormat::Phone => "tel",
            _ => "text",
        }
    }

    /// Whether `value` (already trimmed, not empty) follows the format; the
    /// catalogue key of the message to show when it does not.
    pub fn check(self, value: &str) -> Result<(), &'static str> {
        let ok = match self {
            TextFormat::Any => true,
            TextFormat::Email => super::email::Email::parse(value).is_ok(),
            TextFormat::Url => is_web_address(value),
            TextFormat::Phone => {
                let digits = value.chars().filter(char::is_ascii_digit).count();
                (5..=20).contains(&digits)
                    && value
                        .chars()
                        .all(|c| c.is_ascii_digit() || " +-().".contains(c))
            }
            TextFormat::Digits => value.chars().all(|c| c.is_ascii_digit()),
            TextFormat::LettersAndDigits => value.chars().all(char::is_alphanumeric),
        };
        if ok {
            Ok(())
        } else {
            Err(match self {
                TextFormat::Any => "",
                TextFormat::Email => "format-email",
                TextFormat::Url => "format-url",
                TextFormat::Phone => "format-phone",
                TextFormat::Digits => "format-digits",
                TextFormat::LettersAndDigits => "format-letters-and-digits",
            })
        }
    }
}

fn is_web_address(value: &str) -> bool {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    let Some(rest) = rest else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or("");
    let name = host.split(':').next().unwrap_or("");
    !value.chars().any(char::is_whitespace)
        && name.contains('.')
        && !name.starts_with('.')
        && !name.ends_with('.')
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_format_accepts_and_refuses() {
        let cases: [(TextFormat, &[&str], &[&str]); 5] = [
            (
                TextFormat::Email,
                &["a@example.com"],
                &["a@", "example.com", "a b@c.de"],
            ),
            (
                TextFormat::Url,
                &["https://example.com/x?y=1", "http://bücher.de"],
                &[
                    "example.com",
                    "javascript:alert(1)",
                    "https://",
                    "https://a b.com",
                    "ftp://x.y",
                ],
            ),
            (
                TextFormat::Phone,
                &["+44 (0)20 7946 0958", "555-1234"],
                &["12", "call me", "1234<"],
            ),
            (TextFormat::Digits, &["007", "12345"], &["12a", "1 2", "-1"]),
            (
                TextFormat::LettersAndDigits,
                &["AB12", "Zürich9"],
                &["AB-12", "a b"],
            ),
        ];
        for (format, good, bad) in cases {
            for value in good {
                assert!(format.check(value).is_ok(), "{format:?} {value}");
            }
            for value in bad {
                assert!(format.check(value).is_err(), "{format:?} {value}");
            }
        }
        assert!(TextFormat::Any.check("anything <at> all").is_ok());
        for format in TextFormat::ALL {
            assert_eq!(TextFormat::from_code(format.code()), Some(format));
        }
    }
}
