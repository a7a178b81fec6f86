//! The sign-in configuration of a tenant with its own OpenID Connect
//! provider (Premium), as a tenant Administrator or Tailspin administrator
//! enters it. The client secret is not part of it: it travels separately and
//! is never sent back.

use serde::{Deserialize, Serialize};

use super::claim_rules::ClaimRules;
use super::claim_rules::RuleError;
use crate::i18n::Message;

pub const DEFAULT_IDENTIFYING_CLAIM: &str = "sub";
const MAX_ISSUER_LEN: usize = 500;
const MAX_CLIENT_ID_LEN: usize = 200;
const MAX_CLAIM_LEN: usize = 100;
const MAX_ADMINISTRATOR_LEN: usize = 320;
pub const MAX_CLIENT_SECRET_LEN: usize = 1000;

/// The form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderSettingsInput {
    pub issuer: String,
    pub client_id: String,
    pub identifying_claim: String,
    pub administrator: String,
    pub claim_rules: String,
}

/// Checked settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderSettings {
    pub issuer: String,
    pub client_id: String,
    pub identifying_claim: String,
    pub administrator: String,
    pub claim_rules: ClaimRules,
}

/// What is wrong, field by field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderSettingsErrors {
    pub issuer: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
    pub identifying_claim: Option<String>,
    pub administrator: Option<String>,
    pub claim_rules: Vec<RuleError>,
}

impl ProviderSettingsErrors {
    pub fn is_empty(&self) -> bool {
        *self == ProviderSettingsErrors::default()
    }

    /// One problem per field, named as the form names its fields; each bad
    /// claim rule is reported with its line.
    pub fn into_problems(self) -> Vec<crate::error::FieldProblem> {
        use crate::error::FieldProblem;
        let fields = [
            ("issuer", self.issuer),
            ("client_id", self.client_id),
            ("client_secret", self.client_secret),
            ("identifying_claim", self.identifying_claim),
            ("administrator", self.administrator),
        ];
        let mut problems: Vec<FieldProblem> = fields
            .into_iter()
            .filter_map(|(field, message)| message.map(|m| FieldProblem::new(field, m)))
            .collect();
        problems.extend(self.claim_rules.into_iter().map(|rule| {
            FieldProblem::new(
                "claim_rules",
                Message::new("msg-identity-provider-rule-line")
                    .typed("line", rule.line)
                    .text("problem", rule.message)
                    .in_page_language(),
            )
        }));
        problems
    }
}

impl ProviderSettings {
    pub fn parse(
        input: &ProviderSettingsInput,
    ) -> Result<ProviderSettings, Box<ProviderSettingsErrors>> {
        let mut errors = ProviderSettingsErrors::default();
        let issuer = input.issuer.trim().trim_end_matches('/').to_owned();
        errors.issuer = check_issuer(&issuer).err();
        let client_id = input.client_id.trim().to_owned();
        if client_id.is_empty() || client_id.len() > MAX_CLIENT_ID_LEN || has_control(&client_id) {
            errors.client_id = Some(
                Message::new("msg-identity-provider-client-id")
                    .typed("max", MAX_CLIENT_ID_LEN)
                    .in_page_language(),
            );
        }
        let identifying_claim = match input.identifying_claim.trim() {
            "" => DEFAULT_IDENTIFYING_CLAIM.to_owned(),
            claim => claim.to_owned(),
        };
        let claim_shape_ok = identifying_claim.len() <= MAX_CLAIM_LEN
            && identifying_claim
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_-.:".contains(c));
        if !claim_shape_ok {
            errors.identifying_claim =
                Some(Message::new("msg-identity-provider-claim-name").in_page_language());
        }
        let administrator = input.administrator.trim().to_owned();
        if administrator.is_empty()
            || administrator.len() > MAX_ADMINISTRATOR_LEN
            || has_control(&administrator)
        {
            errors.administrator =
                Some(Message::new("msg-identity-provider-administrator").in_page_language());
        }
        let claim_rules = ClaimRules::parse(&input.claim_rules).unwrap_or_else(|rule_errors| {
            errors.claim_rules = rule_errors;
            ClaimRules::default()
        });
        if errors.is_empty() {
            Ok(ProviderSettings {
                issuer,
                client_id,
                identifying_claim,
                administrator,
                claim_rules,
            })
        } else {
            Err(Box::new(errors))
        }
    }

    pub fn to_input(&self) -> ProviderSettingsInput {
        ProviderSettingsInput {
            issuer: self.issuer.clone(),
            client_id: self.client_id.clone(),
            identifying_claim: self.identifying_claim.clone(),
            administrator: self.administrator.clone(),
            claim_rules: self.claim_rules.to_text(),
        }
    }

    /// Whether a signed-in identity is the configured administrator: its
    /// identifying value, or its email ignoring case.
    pub fn names_administrator(&self, identifier: &str, email: Option<&str>) -> bool {
        identifier == self.administrator
            || email.is_some_and(|e| e.eq_ignore_ascii_case(&self.administrator))
    }
}

/// A client secret as typed: required when none is stored yet.
pub fn check_client_secret(secret: &str) -> Result<(), String> {
    if secret.is_empty() || secret.len() > MAX_CLIENT_SECRET_LEN || has_control(secret) {
        return Err(Message::new("msg-identity-provider-client-secret")
            .typed("max", MAX_CLIENT_SECRET_LEN)
            .in_page_language());
    }
    Ok(())
}

fn has_control(text: &str) -> bool {
    text.chars().any(char::is_control)
}

/// Issuers must use https; plain http is accepted only on this machine's
/// loopback addresses (development and tests).
fn check_issuer(issuer: &str) -> Result<(), String> {
    let bad = || Message::new("msg-identity-provider-issuer").in_page_language();
    if issuer.len() > MAX_ISSUER_LEN || issuer.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(bad());
    }
    let rest = if let Some(rest) = issuer.strip_prefix("https://") {
        rest
    } else if let Some(rest) = issuer.strip_prefix("http://") {
        let host = rest.split(['/', ':']).next().unwrap_or_default();
        let loopback = host == "127.0.0.1" || host == "localhost" || rest.starts_with("[::1]");
        if !loopback {
            return Err(Message::new("msg-identity-provider-issuer-https").in_page_language());
        }
        rest
    } else {
        return Err(bad());
    };
    let host = rest.split('/').next().unwrap_or_default();
    if host.is_empty() || rest.contains(['?', '#', '@']) {
        return Err(bad());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(issuer: &str) -> ProviderSettingsInput {
        ProviderSettingsInput {
            issuer: issuer.to_owned(),
            client_id: "tailspin".to_owned(),
            identifying_claim: String::new(),
            administrator: "bob@adatum.example".to_owned(),
            claim_rules: "groups = Domain Users => Survey Creator".to_owned(),
        }
    }

    #[test]
    fn accepts_https_and_loopback_issuers_and_defaults_the_claim() {
        let settings = ProviderSettings::parse(&input("https://login.adatum.example/")).unwrap();
        assert_eq!(settings.issuer, "https://login.adatum.example");
        assert_eq!(settings.identifying_claim, "sub");
        assert!(ProviderSettings::parse(&input("http://127.0.0.1:3198")).is_ok());
    }

    #[test]
    fn refuses_bad_issuers_and_reports_every_field() {
        for issuer in [
            "http://login.adatum.example",
            "ftp://x",
            "https://",
            "https://a.example/?q",
            "https://user@a.example",
            "",
        ] {
            let errors = ProviderSettings::parse(&input(issuer)).unwrap_err();
            assert!(errors.issuer.is_some(), "{issuer}");
        }
        let errors = ProviderSettings::parse(&ProviderSettingsInput {
            identifying_claim: "two words".into(),
            claim_rules: "nonsense".into(),
            ..ProviderSettingsInput::default()
        })
        .unwrap_err();
        assert!(errors.client_id.is_some());
        assert!(errors.administrator.is_some());
        assert!(errors.identifying_claim.is_some());
        assert_eq!(errors.claim_rules[0].line, 1);
    }

    #[test]
    fn names_the_administrator_by_identifier_or_email() {
        let settings = ProviderSettings::parse(&input("https://login.adatum.example")).unwrap();
        assert!(settings.names_administrator("x", Some("Bob@Adatum.example")));
        assert!(!settings.names_administrator("bob", Some("alice@adatum.example")));
        assert!(check_client_secret("").is_err());
        assert!(check_client_secret("s3cret").is_ok());
    }
}
