use serde::{Deserialize, Serialize};

/// An email address used as a sign-in name: trimmed and lowercased, one `@`
/// with text on both sides and a dot in the domain. Deliverability is not
/// our concern here; telling two accounts apart is.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

/// Why a text is not an email address. `Display` is English (logs, the
/// command line); `localized` is for pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("an email address has at most 254 characters")]
    TooLong,
    #[error("an email address looks like name@example.com")]
    Shape,
}

impl EmailError {
    /// The problem in the page's language (lowercase, no full stop, as it
    /// is set inside a sentence).
    pub fn localized(self) -> String {
        crate::i18n::Message::new(match self {
            EmailError::TooLong => "msg-email-too-long",
            EmailError::Shape => "msg-email-shape",
        })
        .in_page_language()
    }
}

impl Email {
    pub fn parse(input: &str) -> Result<Email, EmailError> {
        let email = input.trim().to_lowercase();
        if email.len() > 254 {
            return Err(EmailError::TooLong);
        }
        let Some((local, domain)) = email.split_once('@') else {
            return Err(EmailError::Shape);
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
            Err(EmailError::Shape)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = EmailError;
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
