use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// Database key of a tenant (subscriber).
    TenantId
);
id_type!(
    /// Database key of a survey.
    SurveyId
);
id_type!(
    /// Database key of a question; respondents' form fields are named after it.
    QuestionId
);
id_type!(
    /// Database key of one stored submission; ascending in the order received.
    SubmissionId
);
id_type!(
    /// Database key of a tenant's user.
    UserId
);
id_type!(
    /// Database key of a Tailspin administrator.
    PlatformAdminId
);
