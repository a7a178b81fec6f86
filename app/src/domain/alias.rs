use serde::{Deserialize, Serialize};

use super::url_word::{ShapeProblem, check_url_word};

/// Words that would collide with the site's own paths if used as an alias.
const RESERVED: &[&str] = &[
    "admin", "api", "t", "s", "pkg", "public", "static", "assets", "signup", "signin", "login",
    "logout", "auth", "healthz", "readyz", "metrics", "tailspin", "www",
];

/// A tenant's public short name, used in every URL of the tenant
/// (`/s/{alias}`, `/t/{alias}`): lowercase letters, digits and inner hyphens.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TenantAlias(String);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AliasError {
    #[error("an alias needs 2 to 40 characters")]
    Length,
    #[error("an alias may only contain lowercase letters, digits and hyphens")]
    Characters,
    #[error("an alias cannot start or end with a hyphen, or contain two in a row")]
    Hyphens,
    #[error("this alias is reserved")]
    Reserved,
}

impl AliasError {
    /// The problem in the page's language (lowercase, no full stop, as it
    /// is set inside a sentence); `Display` stays English.
    pub fn localized(&self) -> String {
        crate::i18n::Message::new(match self {
            AliasError::Length => "msg-alias-length",
            AliasError::Characters => "msg-alias-characters",
            AliasError::Hyphens => "msg-alias-hyphens",
            AliasError::Reserved => "msg-alias-reserved",
        })
        .in_page_language()
    }
}

impl TenantAlias {
    pub fn parse(input: &str) -> Result<Self, AliasError> {
        if !(2..=40).contains(&input.len()) {
            return Err(AliasError::Length);
        }
        check_url_word(input).map_err(|problem| match problem {
            ShapeProblem::Characters => AliasError::Characters,
            ShapeProblem::Hyphens => AliasError::Hyphens,
        })?;
        if RESERVED.contains(&input) {
            return Err(AliasError::Reserved);
        }
        Ok(TenantAlias(input.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// An alias made from a subscriber's name (`"Adatum Corp."` →
    /// `adatum-corp`): ASCII letters lowercased, anything else a hyphen,
    /// runs of hyphens joined. It may still be reserved or taken; the
    /// subscriber can edit it.
    pub fn suggest(name: &str) -> String {
        let mut alias = String::new();
        for c in name.chars() {
            if c.is_ascii_alphanumeric() {
                alias.push(c.to_ascii_lowercase());
            } else if !alias.is_empty() && !alias.ends_with('-') {
                alias.push('-');
            }
            if alias.len() >= 40 {
                break;
            }
        }
        alias.truncate(40);
        alias.trim_end_matches('-').to_owned()
    }
}

impl TryFrom<String> for TenantAlias {
    type Error = AliasError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        TenantAlias::parse(&value)
    }
}

impl From<TenantAlias> for String {
    fn from(value: TenantAlias) -> Self {
        value.0
    }
}

impl std::fmt::Display for TenantAlias {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_lowercase_digits_and_inner_hyphens() {
        assert_eq!(TenantAlias::parse("adatum").unwrap().as_str(), "adatum");
        assert!(TenantAlias::parse("fabrikam-2").is_ok());
    }

    #[test]
    fn rejects_bad_aliases() {
        assert_eq!(TenantAlias::parse("a"), Err(AliasError::Length));
        assert_eq!(TenantAlias::parse(&"a".repeat(41)), Err(AliasError::Length));
        assert_eq!(TenantAlias::parse("Adatum"), Err(AliasError::Characters));
        assert_eq!(TenantAlias::parse("ad atum"), Err(AliasError::Characters));
        assert_eq!(TenantAlias::parse("-adatum"), Err(AliasError::Hyphens));
        assert_eq!(TenantAlias::parse("ad--atum"), Err(AliasError::Hyphens));
        assert_eq!(TenantAlias::parse("admin"), Err(AliasError::Reserved));
        assert_eq!(TenantAlias::parse("api"), Err(AliasError::Reserved));
        assert_eq!(TenantAlias::parse("t"), Err(AliasError::Length));
        assert_eq!(TenantAlias::parse("signup"), Err(AliasError::Reserved));
    }

    #[test]
    fn suggests_an_alias_from_the_name() {
        assert_eq!(TenantAlias::suggest("Adatum Corp."), "adatum-corp");
        assert_eq!(
            TenantAlias::suggest("  Fabrikam -- Fiber 2 "),
            "fabrikam-fiber-2"
        );
        assert_eq!(TenantAlias::suggest("Café Zoë"), "caf-zo");
        assert_eq!(TenantAlias::suggest("!!!"), "");
        let long = TenantAlias::suggest(&"word ".repeat(20));
        assert!(
            long.len() <= 40 && TenantAlias::parse(&long).is_ok(),
            "{long}"
        );
    }
}

/// Whether an alias can be had, with the sentence that says so.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AliasCheck {
    pub alias: String,
    pub available: bool,
    pub message: String,
}
