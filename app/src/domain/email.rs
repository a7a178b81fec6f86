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

#[cfg(test)]
mod tests {
    use super::*;

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
}
