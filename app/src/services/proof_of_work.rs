//! The proof-of-work challenge of a survey's public link (the puzzle:
//! `domain::proof_of_work`): how hard this server makes it, whether a
//! submission passes, and the owner's choice on the share page.

use sha2::{Digest, Sha256};

use crate::auth::TenantAccess;
use crate::domain::proof_of_work::{leading_zero_bits_at_least, puzzle_text, well_formed_solution};
use crate::domain::{Challenge, ProofOfWork, Slug};
use crate::error::{AppError, FieldProblem};
use crate::i18n::Message;
use crate::storage::Database;
use crate::storage::surveys::{StoredSurvey, find_survey_by_slug, set_proof_of_work};

/// What a respondent whose browser sent no solution is told when the
/// survey requires one (their answers are kept).
/// (Its catalogue key.)
pub const NEEDS_SCRIPT: &str = "puzzle-needs-script";

/// What a wrong or stale solution is told.
/// (Its catalogue key.)
pub const NOT_SOLVED: &str = "puzzle-not-solved";

/// This server's difficulty: leading zero bits of the digest. At 18 a
/// browser makes 262,144 tries on average: a quarter of a second at the
/// million a second the worker makes on a small server core, a second or so
/// on a slow phone, in the background while its user reads the questions.
/// Each bit more doubles it (BENCHMARKS.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Puzzle {
    bits: u8,
}

impl Puzzle {
    pub const DEFAULT_BITS: u8 = 18;
    pub const MAX_BITS: u8 = 32;

    /// `bits` from 1 to [`Puzzle::MAX_BITS`].
    pub fn new(bits: u8) -> Option<Puzzle> {
        (1..=Puzzle::MAX_BITS)
            .contains(&bits)
            .then_some(Puzzle { bits })
    }

    pub fn bits(self) -> u8 {
        self.bits
    }

    /// The challenge the survey's page carries, when its owner turned it on.
    pub fn challenge_for(self, survey: &StoredSurvey) -> Option<Challenge> {
        survey.proof_of_work.challenge(self.bits)
    }

    /// Whether a public submission to `survey` with idempotency key `key`
    /// may be taken: `Ok` when the survey asks for nothing, or the solution
    /// solves the page's puzzle, or there is none and the owner allows
    /// that; otherwise the message for the respondent.
    pub fn check(
        self,
        survey: &StoredSurvey,
        key: &str,
        solution: Option<&str>,
    ) -> Result<(), &'static str> {
        let Some(challenge) = self.challenge_for(survey) else {
            return Ok(());
        };
        match solution.filter(|s| !s.is_empty()) {
            None if challenge.required => Err(NEEDS_SCRIPT),
            None => Ok(()),
            Some(solution) => {
                let text = puzzle_text(
                    survey.survey.tenant_alias.as_str(),
                    survey.survey.slug.as_str(),
                    key,
                );
                if self.solves(&text, solution) {
                    Ok(())
                } else {
                    Err(NOT_SOLVED)
                }
            }
        }
    }

    fn solves(self, text: &str, solution: &str) -> bool {
        if !well_formed_solution(solution) {
            return false;
        }
        let digest = Sha256::new()
            .chain_update(text.as_bytes())
            .chain_update(solution.as_bytes())
            .finalize();
        leading_zero_bits_at_least(&digest, self.bits)
    }
}

/// The owner's choice for `slug`, posted by the share page (survey
/// creators and Administrators). An unknown choice changes nothing.
pub async fn save_choice(
    db: &Database,
    access: &TenantAccess,
    slug: &str,
    code: &str,
) -> Result<ProofOfWork, AppError> {
    let choice = ProofOfWork::from_code(code).ok_or_else(|| {
        AppError::Invalid(vec![FieldProblem::new(
            "proof_of_work",
            Message::new("msg-proof-of-work-choose").in_page_language(),
        )])
    })?;
    let slug = Slug::parse(slug).map_err(|_| AppError::NotFound)?;
    let survey = find_survey_by_slug(db, &access.scope, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    if !set_proof_of_work(db, &access.scope, survey.id, choice).await? {
        return Err(AppError::NotFound);
    }
    tracing::info!(
        tenant = %access.scope.alias(),
        survey = %survey.id,
        choice = choice.code(),
        "proof-of-work challenge changed"
    );
    Ok(choice)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{PublicSurvey, SurveyId, SurveyStatus, TenantAlias};

    fn survey(choice: ProofOfWork) -> StoredSurvey {
        StoredSurvey {
            id: SurveyId(1),
            response_limit: None,
            proof_of_work: choice,
            survey: PublicSurvey {
                tenant_alias: TenantAlias::parse("adatum").unwrap(),
                tenant_name: "Adatum".into(),
                slug: Slug::parse("pulse").unwrap(),
                title: "Pulse".into(),
                description: String::new(),
                description_html: String::new(),
                status: SurveyStatus::Published,
                opens_at: None,
                expires_at: None,
                questions: Vec::new(),
                logic: Default::default(),
                languages: Default::default(),
            },
        }
    }

    /// The search a browser makes, written independently of `solves`.
    fn solve(text: &str, bits: u8) -> String {
        (0u64..)
            .map(|n| n.to_string())
            .find(|n| {
                let digest = Sha256::digest(format!("{text}{n}"));
                let value = u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]]);
                value.leading_zeros() >= u32::from(bits)
            })
            .unwrap()
    }

    #[test]
    fn a_found_solution_passes_and_serves_only_its_own_key() {
        let puzzle = Puzzle::new(12).unwrap();
        let survey = survey(ProofOfWork::Required);
        let solution = solve("tailspin-challenge-1/adatum/pulse/key-1/", 12);
        assert_eq!(puzzle.check(&survey, "key-1", Some(&solution)), Ok(()));
        assert_eq!(
            puzzle.check(&survey, "key-2", Some(&solution)),
            Err(NOT_SOLVED),
            "another page's key"
        );
        let harder = Puzzle::new(24).unwrap();
        let digest = Sha256::digest(format!(
            "tailspin-challenge-1/adatum/pulse/key-1/{solution}"
        ));
        // One chance in 4,096 that it is hard enough for both.
        if !leading_zero_bits_at_least(&digest, 24) {
            assert_eq!(
                harder.check(&survey, "key-1", Some(&solution)),
                Err(NOT_SOLVED)
            );
        }
    }

    #[test]
    fn a_missing_solution_is_refused_only_when_required() {
        let puzzle = Puzzle::new(12).unwrap();
        assert_eq!(
            puzzle.check(&survey(ProofOfWork::Required), "k", None),
            Err(NEEDS_SCRIPT)
        );
        assert_eq!(
            puzzle.check(&survey(ProofOfWork::Required), "k", Some("")),
            Err(NEEDS_SCRIPT)
        );
        assert_eq!(
            puzzle.check(&survey(ProofOfWork::AllowWithoutScript), "k", None),
            Ok(())
        );
        assert_eq!(puzzle.check(&survey(ProofOfWork::Off), "k", None), Ok(()));
        // A wrong one is refused even where none would pass.
        assert_eq!(
            puzzle.check(&survey(ProofOfWork::AllowWithoutScript), "k", Some("x1")),
            Err(NOT_SOLVED)
        );
    }

    #[test]
    fn difficulty_stays_within_its_range() {
        assert_eq!(Puzzle::new(0), None);
        assert_eq!(Puzzle::new(33), None);
        assert_eq!(Puzzle::new(20).map(Puzzle::bits), Some(20));
    }
}
