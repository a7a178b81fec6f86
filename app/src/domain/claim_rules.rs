//! Claim-mapping rules of tenants that sign in with their own identity
//! provider: one rule a line, `claim type = value => role`, for example
//! `groups = Domain Users => Survey Creator`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::roles::Role;
use crate::i18n::Message;

pub const MAX_RULES: usize = 100;
const MAX_PART_LEN: usize = 200;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimRule {
    pub claim: String,
    pub value: String,
    pub role: Role,
}

/// A problem with one line of a rule set (lines count from 1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleError {
    pub line: usize,
    pub message: String,
}

/// A validated rule set. Blank lines and lines starting with `#` are ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimRules(Vec<ClaimRule>);

/// The claims of a signed-in user: each claim type with its values (a
/// single-valued claim has one).
pub type Claims = BTreeMap<String, Vec<String>>;

impl ClaimRules {
    pub fn parse(text: &str) -> Result<ClaimRules, Vec<RuleError>> {
        let mut rules = Vec::new();
        let mut errors = Vec::new();
        for (index, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match parse_rule(line) {
                Ok(rule) => rules.push(rule),
                Err(message) => errors.push(RuleError {
                    line: index + 1,
                    message,
                }),
            }
        }
        if rules.len() > MAX_RULES {
            errors.push(RuleError {
                line: 0,
                message: Message::new("msg-claim-rules-too-many")
                    .typed("max", MAX_RULES)
                    .in_page_language(),
            });
        }
        if errors.is_empty() {
            Ok(ClaimRules(rules))
        } else {
            Err(errors)
        }
    }

    pub fn rules(&self) -> &[ClaimRule] {
        &self.0
    }

    /// The highest role any rule grants for these claims; `None` when no
    /// rule matches (such a user is refused).
    pub fn role_for(&self, claims: &Claims) -> Option<Role> {
        self.0
            .iter()
            .filter(|rule| {
                claims
                    .get(&rule.claim)
                    .is_some_and(|values| values.contains(&rule.value))
            })
            .map(|rule| rule.role)
            .max()
    }

    /// The canonical text of the rules, one a line.
    pub fn to_text(&self) -> String {
        self.0
            .iter()
            .map(|r| format!("{} = {} => {}", r.claim, r.value, r.role.label()))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

fn parse_rule(line: &str) -> Result<ClaimRule, String> {
    let (condition, role) = line
        .rsplit_once("=>")
        .ok_or_else(|| Message::new("msg-claim-rules-shape").in_page_language())?;
    let (claim, value) = condition
        .split_once('=')
        .ok_or_else(|| Message::new("msg-claim-rules-equals").in_page_language())?;
    let (claim, value, role) = (claim.trim(), value.trim(), role.trim());
    if claim.is_empty() || claim.chars().any(char::is_whitespace) {
        return Err(Message::new("msg-claim-rules-one-word").in_page_language());
    }
    if value.is_empty() {
        return Err(Message::new("msg-claim-rules-no-value").in_page_language());
    }
    if claim.len() > MAX_PART_LEN || value.len() > MAX_PART_LEN {
        return Err(Message::new("msg-claim-rules-too-long")
            .typed("max", MAX_PART_LEN)
            .in_page_language());
    }
    let role = Role::from_label(role).ok_or_else(|| {
        Message::new("msg-claim-rules-unknown-role")
            .text("role", role)
            .in_page_language()
    })?;
    Ok(ClaimRule {
        claim: claim.to_owned(),
        value: value.to_owned(),
        role,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(pairs: &[(&str, &[&str])]) -> Claims {
        pairs
            .iter()
            .map(|(k, vs)| (k.to_string(), vs.iter().map(|v| v.to_string()).collect()))
            .collect()
    }

    #[test]
    fn parses_rules_and_ignores_comments() {
        let rules = ClaimRules::parse(
            "# who may design surveys\n\ngroups = Domain Users => Survey Creator\n  email=boss@adatum.example=>administrator  \n",
        )
        .unwrap();
        assert_eq!(
            rules.rules(),
            [
                ClaimRule {
                    claim: "groups".into(),
                    value: "Domain Users".into(),
                    role: Role::SurveyCreator
                },
                ClaimRule {
                    claim: "email".into(),
                    value: "boss@adatum.example".into(),
                    role: Role::Administrator
                },
            ]
        );
        assert_eq!(
            rules.to_text(),
            "groups = Domain Users => Survey Creator\nemail = boss@adatum.example => Administrator"
        );
    }

    #[test]
    fn reports_each_bad_line_with_its_number() {
        let errors = ClaimRules::parse(
            "groups = Staff => Survey Creator\ngroups Staff Survey Creator\nmy claim = x => Administrator\ngroups = => Administrator\ngroups = Staff => Owner",
        )
        .unwrap_err();
        let lines: Vec<_> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [2, 3, 4, 5]);
        assert!(errors[3].message.contains("unknown role"));
    }

    #[test]
    fn limits_the_number_of_rules() {
        let text = "groups = a => Survey Creator\n".repeat(MAX_RULES + 1);
        assert!(ClaimRules::parse(&text).is_err());
    }

    #[test]
    fn grants_the_highest_matching_role() {
        let rules = ClaimRules::parse(
            "groups = Domain Users => Survey Creator\ngroups = Admins => Administrator",
        )
        .unwrap();
        assert_eq!(
            rules.role_for(&claims(&[("groups", &["Domain Users"])])),
            Some(Role::SurveyCreator)
        );
        assert_eq!(
            rules.role_for(&claims(&[("groups", &["Domain Users", "Admins"])])),
            Some(Role::Administrator)
        );
        assert_eq!(
            rules.role_for(&claims(&[("groups", &["domain users"])])),
            None,
            "values are exact"
        );
        assert_eq!(
            rules.role_for(&claims(&[("roles", &["Admins"])])),
            None,
            "claim type must match"
        );
        assert_eq!(rules.role_for(&Claims::new()), None);
    }
}
