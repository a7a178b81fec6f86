use serde::{Deserialize, Serialize};

/// How the users of a tenant sign in; decided by the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignInKind {
    /// One social identity through OpenID Connect.
    SocialIdentity,
    /// Email and password accounts kept by Tailspin Surveys.
    LocalAccounts,
    /// The subscriber's own OpenID Connect provider with claim-mapping rules.
    OwnIdentityProvider,
}

/// How a subscriber moves from one plan to another, by how each signs in.
/// Its own Administrator makes the first three (upgrades); Tailspin
/// administrators make any of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlanPath {
    /// Signs in the same way: the plan changes at once.
    Direct,
    /// The owner keeps their account and signs in with an email and a
    /// password chosen through a link sent there.
    OwnerChoosesPassword,
    /// Signs in through the subscriber's own identity provider, which the
    /// Administrator configures and which is tested before the switch;
    /// users are then matched by their verified email at first sign-in.
    OwnProvider,
    /// From the subscriber's own provider to passwords: each user with an
    /// email keeps their account and chooses a password through a link sent
    /// there; users without one are removed.
    UsersChoosePasswords,
    /// To one social identity: the one user left keeps the account and
    /// signs in with the social identity whose verified email is theirs.
    OwnerSignsInSocially,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Plan {
    Trial,
    Individual,
    Standard,
    Premium,
}

impl Plan {
    pub const ALL: [Plan; 4] = [Plan::Trial, Plan::Individual, Plan::Standard, Plan::Premium];

    /// The value stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            Plan::Trial => "trial",
            Plan::Individual => "individual",
            Plan::Standard => "standard",
            Plan::Premium => "premium",
        }
    }

    pub fn from_code(code: &str) -> Option<Plan> {
        Plan::ALL.into_iter().find(|p| p.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Plan::Trial => "Trial",
            Plan::Individual => "Individual",
            Plan::Standard => "Standard",
            Plan::Premium => "Premium",
        }
    }

    /// `label` in the page's language (`label` itself stays English: exports,
    /// logs and e-mails rely on it).
    pub fn localized_label(self) -> String {
        crate::i18n::texts().get(self.label_key())
    }

    /// The catalogue's key of `localized_label`.
    pub fn label_key(self) -> &'static str {
        match self {
            Plan::Trial => "label-plan-trial",
            Plan::Individual => "label-plan-individual",
            Plan::Standard => "label-plan-standard",
            Plan::Premium => "label-plan-premium",
        }
    }

    /// Higher for a plan that offers more; an upgrade goes up this order.
    pub fn rank(self) -> u8 {
        match self {
            Plan::Trial => 0,
            Plan::Individual => 1,
            Plan::Standard => 2,
            Plan::Premium => 3,
        }
    }

    /// The plans a subscriber's own Administrator may move to: every one
    /// above theirs. Downgrades are made by Tailspin administrators.
    pub fn upgrades(self) -> Vec<Plan> {
        Plan::ALL
            .into_iter()
            .filter(|p| p.rank() > self.rank())
            .collect()
    }

    /// How moving from this plan to `to` goes, by how each signs in.
    pub fn path_to(self, to: Plan) -> PlanPath {
        match (self.sign_in(), to.sign_in()) {
            (a, b) if a == b => PlanPath::Direct,
            (SignInKind::SocialIdentity, SignInKind::LocalAccounts) => {
                PlanPath::OwnerChoosesPassword
            }
            (_, SignInKind::OwnIdentityProvider) => PlanPath::OwnProvider,
            (_, SignInKind::LocalAccounts) => PlanPath::UsersChoosePasswords,
            (_, SignInKind::SocialIdentity) => PlanPath::OwnerSignsInSocially,
        }
    }

    pub fn sign_in(self) -> SignInKind {
        match self {
            Plan::Trial | Plan::Individual => SignInKind::SocialIdentity,
            Plan::Standard => SignInKind::LocalAccounts,
            Plan::Premium => SignInKind::OwnIdentityProvider,
        }
    }

    /// `None` means unlimited.
    pub fn max_users(self) -> Option<u32> {
        match self {
            Plan::Trial | Plan::Individual => Some(1),
            Plan::Standard => Some(5),
            Plan::Premium => None,
        }
    }

    pub fn max_active_surveys(self) -> u32 {
        match self {
            Plan::Trial => 1,
            Plan::Individual => 5,
            Plan::Standard => 20,
            Plan::Premium => 100,
        }
    }

    /// Responses a tenant may receive in a calendar month (UTC); `None`
    /// means unlimited.
    pub fn monthly_responses(self) -> Option<u32> {
        match self {
            Plan::Trial => Some(100),
            Plan::Individual => Some(1_000),
            Plan::Standard => Some(10_000),
            Plan::Premium => None,
        }
    }

    pub fn max_survey_days(self) -> u32 {
        match self {
            Plan::Trial => 5,
            Plan::Individual => 14,
            Plan::Standard => 28,
            Plan::Premium => 56,
        }
    }
}

/// Lifecycle of a subscriber. Only `Active` tenants sign in and accept answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TenantStatus {
    PendingActivation,
    Active,
    Suspended,
    /// First phase of deletion: invisible everywhere, data still present.
    Deleting,
}

impl TenantStatus {
    pub const ALL: [TenantStatus; 4] = [
        TenantStatus::PendingActivation,
        TenantStatus::Active,
        TenantStatus::Suspended,
        TenantStatus::Deleting,
    ];

    pub fn code(self) -> &'static str {
        match self {
            TenantStatus::PendingActivation => "pending_activation",
            TenantStatus::Active => "active",
            TenantStatus::Suspended => "suspended",
            TenantStatus::Deleting => "deleting",
        }
    }

    pub fn from_code(code: &str) -> Option<TenantStatus> {
        TenantStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            TenantStatus::PendingActivation => "Pending activation",
            TenantStatus::Active => "Active",
            TenantStatus::Suspended => "Suspended",
            TenantStatus::Deleting => "Being deleted",
        }
    }

    /// `label` in the page's language (`label` itself stays English: exports,
    /// logs and e-mails rely on it).
    pub fn localized_label(self) -> String {
        crate::i18n::texts().get(match self {
            TenantStatus::PendingActivation => "label-tenant-status-pending-activation",
            TenantStatus::Active => "label-tenant-status-active",
            TenantStatus::Suspended => "label-tenant-status-suspended",
            TenantStatus::Deleting => "label-tenant-status-deleting",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for plan in Plan::ALL {
            assert_eq!(Plan::from_code(plan.code()), Some(plan));
        }
        for status in TenantStatus::ALL {
            assert_eq!(TenantStatus::from_code(status.code()), Some(status));
        }
        assert_eq!(Plan::from_code("gold"), None);
    }

    #[test]
    fn limits_follow_the_plan_table() {
        assert_eq!(Plan::Trial.max_active_surveys(), 1);
        assert_eq!(Plan::Standard.max_users(), Some(5));
        assert_eq!(Plan::Premium.max_users(), None);
        assert_eq!(Plan::Premium.max_survey_days(), 56);
        assert_eq!(Plan::Standard.sign_in(), SignInKind::LocalAccounts);
        assert_eq!(Plan::Trial.monthly_responses(), Some(100));
        assert_eq!(Plan::Premium.monthly_responses(), None);
    }

    #[test]
    fn upgrades_only_go_up() {
        assert_eq!(
            Plan::Trial.upgrades(),
            vec![Plan::Individual, Plan::Standard, Plan::Premium]
        );
        assert_eq!(Plan::Standard.upgrades(), vec![Plan::Premium]);
        assert!(Plan::Premium.upgrades().is_empty());
    }

    #[test]
    fn each_upgrade_has_its_path() {
        assert_eq!(Plan::Trial.path_to(Plan::Individual), PlanPath::Direct);
        assert_eq!(
            Plan::Individual.path_to(Plan::Standard),
            PlanPath::OwnerChoosesPassword
        );
        assert_eq!(Plan::Standard.path_to(Plan::Premium), PlanPath::OwnProvider);
        assert_eq!(
            Plan::Premium.path_to(Plan::Standard),
            PlanPath::UsersChoosePasswords
        );
        for from in [Plan::Standard, Plan::Premium] {
            assert_eq!(
                from.path_to(Plan::Individual),
                PlanPath::OwnerSignsInSocially
            );
        }
    }
}
