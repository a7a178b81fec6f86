//! Server functions of a survey's results page: the merged summary as the
//! statistics task last stored it, and its version so that an open page can
//! tell when there is something new.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::SurveyState;
use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyResults {
    pub tenant_alias: String,
    pub tenant_name: String,
    pub slug: String,
    pub title: String,
    pub state: SurveyState,
    pub responses: u64,
    /// When the task last merged answers (UTC), if ever.
    pub updated: Option<String>,
    pub version: i64,
    pub questions: Vec<QuestionResult>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionResult {
    pub text: String,
    pub kind: ResultKind,
    /// How many answered this question.
    pub answered: u64,
    /// One bar per option or per star count, in order.
    pub bars: Vec<(String, u64)>,
    pub mean: Option<f64>,
    pub top_words: Vec<(String, u64)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResultKind {
    Choice,
    Range,
    FreeText,
}

#[server(prefix = "/api", endpoint = "load_results")]
pub async fn load_results(tenant: String, slug: String) -> Result<SurveyResults, AppError> {
    use crate::domain::{QuestionKind, QuestionSummary, UnixMillis, top_words};
    use crate::storage::statistics::find_summary;

    let db = super::database()?;
    let access = super::tenant_member(&tenant, false).await?;
    let stored = super::tenant_survey(&db, &access.scope, &slug).await?;
    let summary = find_summary(&db, &access.scope, stored.id).await?;
    let (merged, version, updated) = match summary {
        Some(s) => (s.summary, s.version, Some(s.updated_at.time_string())),
        None => (Default::default(), 0, None),
    };
    let survey = stored.survey;
    let questions = survey
        .questions
        .iter()
        .map(|question| {
            let summary = merged.questions.get(&question.id.0);
            let (kind, answered, bars, mean, words) = match (&question.kind, summary) {
                (QuestionKind::Choice { options }, found) => {
                    let counts = match found {
                        Some(QuestionSummary::Choice { counts }) => counts.clone(),
                        _ => Default::default(),
                    };
                    let bars: Vec<(String, u64)> = options
                        .iter()
                        .enumerate()
                        .map(|(i, label)| {
                            (label.clone(), counts.get(&(i as u16)).copied().unwrap_or(0))
                        })
                        .collect();
                    let answered = bars.iter().map(|(_, n)| n).sum();
                    (ResultKind::Choice, answered, bars, None, Vec::new())
                }
                (QuestionKind::Range { .. }, found) => {
                    let (count, histogram) = match found {
                        Some(QuestionSummary::Range {
                            count, histogram, ..
                        }) => (*count, *histogram),
                        _ => (0, [0; 5]),
                    };
                    let bars = (1..=5)
                        .map(|stars| (format!("{stars} ★"), histogram[stars - 1]))
                        .collect();
                    (
                        ResultKind::Range,
                        count,
                        bars,
                        found.and_then(|s| s.mean()),
                        Vec::new(),
                    )
                }
                (QuestionKind::FreeText { .. }, found) => match found {
                    Some(QuestionSummary::FreeText { count, words }) => (
                        ResultKind::FreeText,
                        *count,
                        Vec::new(),
                        None,
                        top_words(words, 10),
                    ),
                    _ => (ResultKind::FreeText, 0, Vec::new(), None, Vec::new()),
                },
            };
            QuestionResult {
                text: question.text.clone(),
                kind,
                answered,
                bars,
                mean,
                top_words: words,
            }
        })
        .collect();
    Ok(SurveyResults {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        slug: survey.slug.to_string(),
        title: survey.title,
        state: SurveyState::of(survey.status, survey.expires_at, UnixMillis::now()),
        responses: merged.responses,
        updated,
        version,
        questions,
    })
}

/// The summary's version: an open results page asks for it every few
/// seconds and reloads its data only when it changed. One query, since it
/// is asked so often.
#[server(prefix = "/api", endpoint = "results_version")]
pub async fn results_version(tenant: String, slug: String) -> Result<i64, AppError> {
    let db = super::database()?;
    let access = super::tenant_member(&tenant, false).await?;
    let not_found = || AppError::NotFound;
    let slug = crate::domain::Slug::parse(&slug).map_err(|_| not_found())?;
    crate::storage::statistics::summary_version(&db, &access.scope, &slug)
        .await?
        .ok_or_else(not_found)
}
