use serde::{Deserialize, Serialize};

/// What a user may do inside one tenant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    /// Creates surveys and reads their results.
    SurveyCreator,
    /// Everything in the tenant, including users, branding and sign-in.
    Administrator,
}

impl Role {
    pub const ALL: [Role; 2] = [Role::SurveyCreator, Role::Administrator];

    pub fn code(self) -> &'static str {
        match self {
            Role::SurveyCreator => "survey_creator",
            Role::Administrator => "administrator",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The name people read and write (for example in claim-mapping rules).
    pub fn label(self) -> &'static str {
        match self {
            Role::SurveyCreator => "Survey Creator",
            Role::Administrator => "Administrator",
        }
    }

    /// `label` in the page's language. `label` itself stays English: the
    /// claim-mapping rules, exports, logs and e-mails rely on it.
    pub fn localized_label(self) -> String {
        crate::i18n::texts().get(match self {
            Role::SurveyCreator => "label-role-survey-creator",
            Role::Administrator => "label-role-administrator",
        })
    }

    /// Reads a role name as people write it, ignoring case and spacing.
    pub fn from_label(label: &str) -> Option<Role> {
        let squashed: String = label.split_whitespace().collect::<Vec<_>>().join(" ");
        Role::ALL
            .into_iter()
            .find(|r| r.label().eq_ignore_ascii_case(&squashed))
    }

    pub fn can_design_surveys(self) -> bool {
        true
    }

    pub fn can_read_results(self) -> bool {
        true
    }

    /// Users, branding and sign-in settings are the Administrator's alone.
    pub fn can_administer_tenant(self) -> bool {
        self == Role::Administrator
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::from_code(role.code()), Some(role));
            assert_eq!(Role::from_label(role.label()), Some(role));
        }
        assert_eq!(
            Role::from_label("  survey   creator "),
            Some(Role::SurveyCreator)
        );
        assert_eq!(Role::from_label("Owner"), None);
    }

    #[test]
    fn only_administrators_administer() {
        assert!(Role::Administrator.can_administer_tenant());
        assert!(!Role::SurveyCreator.can_administer_tenant());
        assert!(Role::SurveyCreator.can_design_surveys() && Role::SurveyCreator.can_read_results());
        assert!(Role::Administrator > Role::SurveyCreator);
    }
}
