use serde::{Deserialize, Serialize};

/// An email address used as a sign-in name: trimmed and lowercased, one `@`
/// with text on both sides and a dot in the domain. Deliverability is not
/// our concern here; telling two accounts apart is.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Email, &'static str> {
        let email = input.trim().to_lowercase();
        if email.len() > 254 {
            return Err("an email address has at most 254 characters");
        }
        let Some((local, domain)) = email.split_once('@') else {
            return Err("an email address looks like name@example.com");
        };
        let valid = !local.is_empty()
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !email.chars().any(|c| c.is_whitespace() || c.is_control());
        if valid {
            Ok(Email(email))
        } else {
            Err("an email address looks like name@example.com")
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = &'static str;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Email::parse(&value)
    }
}

impl From<Email> for String {
    fn from(value: Email) -> Self {
        value.0
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Rules for passwords of accounts kept by Tailspin Surveys.
pub const PASSWORD_MIN_CHARS: usize = 10;
pub const PASSWORD_MAX_CHARS: usize = 256;
/// The rule as every password field states it.
pub const PASSWORD_HINT: &str = "At least 10 characters.";

pub fn check_new_password(password: &str) -> Result<(), String> {
    let length = password.chars().count();
    if length < PASSWORD_MIN_CHARS {
        return Err(format!(
            "A password needs at least {PASSWORD_MIN_CHARS} characters."
        ));
    }
    if length > PASSWORD_MAX_CHARS {
        return Err(format!(
            "A password has at most {PASSWORD_MAX_CHARS} characters."
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stated_password_rule_is_the_checked_one() {
        assert!(PASSWORD_HINT.contains(&PASSWORD_MIN_CHARS.to_string()));
        let shortest = "x".repeat(PASSWORD_MIN_CHARS);
        assert!(check_new_password(&shortest).is_ok());
        assert!(check_new_password(&shortest[1..]).is_err());
    }

    #[test]
    fn emails_are_normalised() {
        assert_eq!(
            Email::parse("  Admin@Adatum.Example ").unwrap().as_str(),
            "admin@adatum.example"
        );
    }

    #[test]
    fn malformed_emails_are_refused() {
        for bad in [
            "",
            "admin",
            "@adatum.example",
            "admin@",
            "admin@localhost",
            "a@b@c.d",
            "a b@c.d",
            "a@.example",
            "a@example.",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn passwords_have_a_length_range() {
        assert!(check_new_password("short").is_err());
        assert!(check_new_password("long enough!").is_ok());
        assert!(check_new_password(&"x".repeat(257)).is_err());
    }
}
