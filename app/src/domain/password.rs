//! The one rule for a new password, wherever one is set: sign-up, the Users
//! page, restore, the command line and the environment.
//!
//! `common_passwords.txt` is Django 5.2's list of 19,640 common passwords
//! (`django/contrib/auth/common-passwords.txt.gz`, BSD-3-Clause, compiled
//! by Royce Williams from leaked-password corpora), all in lowercase. It is
//! kept whole although the length rule already refuses its shorter entries,
//! so that lowering the minimum can never let "123456" through. Only code
//! that calls `check_new_password` carries it; no browser bundle does today.

use std::collections::HashSet;
use std::sync::LazyLock;

pub const PASSWORD_MIN_CHARS: usize = 10;
pub const PASSWORD_MAX_CHARS: usize = 256;
/// The rule as every password field states it.
pub const PASSWORD_HINT: &str = "At least 10 characters. Not a commonly used password.";
pub const TOO_COMMON: &str = "This password is too common. Choose one that is harder to guess.";

static COMMON_PASSWORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| include_str!("common_passwords.txt").lines().collect());

/// Whether `password` is on the list, ignoring case ("Password123" is as
/// easy to guess as "password123").
pub fn is_common_password(password: &str) -> bool {
    COMMON_PASSWORDS.contains(password.to_lowercase().as_str())
}

/// Whether `password` may be set; the refusal in the page's language
/// (English where there is no page: the command line, the environment).
pub fn check_new_password(password: &str) -> Result<(), String> {
    use crate::i18n::Message;
    let length = password.chars().count();
    if length < PASSWORD_MIN_CHARS {
        return Err(Message::new("msg-password-too-short")
            .typed("min", PASSWORD_MIN_CHARS)
            .in_page_language());
    }
    if length > PASSWORD_MAX_CHARS {
        return Err(Message::new("msg-password-too-long")
            .typed("max", PASSWORD_MAX_CHARS)
            .in_page_language());
    }
    if is_common_password(password) {
        // `TOO_COMMON` in English.
        return Err(Message::new("msg-password-too-common").in_page_language());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stated_password_rule_is_the_checked_one() {
        assert!(PASSWORD_HINT.contains(&PASSWORD_MIN_CHARS.to_string()));
        let shortest = "x".repeat(PASSWORD_MIN_CHARS - 1) + "y";
        assert!(check_new_password(&shortest).is_ok());
        assert!(check_new_password(&shortest[1..]).is_err());
    }

    #[test]
    fn passwords_have_a_length_range() {
        assert!(check_new_password("short").is_err());
        assert!(check_new_password("long enough!").is_ok());
        assert!(check_new_password(&"x".repeat(257)).is_err());
    }

    #[test]
    fn common_passwords_are_refused_whatever_their_case() {
        for common in [
            "password123",
            "Password123",
            "QWERTYUIOP",
            "1234567890",
            "basketball",
        ] {
            assert_eq!(
                check_new_password(common),
                Err(TOO_COMMON.to_owned()),
                "{common}"
            );
        }
    }

    #[test]
    fn the_list_is_whole_and_the_passwords_we_hand_out_are_not_on_it() {
        assert!(COMMON_PASSWORDS.len() > 19_000);
        let long_enough = COMMON_PASSWORDS
            .iter()
            .filter(|p| p.chars().count() >= PASSWORD_MIN_CHARS)
            .count();
        assert!(long_enough > 1_000, "{long_enough}");
        // The demo data's password and the ones the tests type.
        for ours in [
            "tailspin-demo-2026",
            "a long first password",
            "a-long-first-password",
            "a brand new password",
            "a restored password",
        ] {
            assert!(check_new_password(ours).is_ok(), "{ours}");
        }
    }
}
