//! What a delivery says: `{"type", "timestamp", "data"}` as the Standard
//! Webhooks specification suggests, rendered from the stored survey and
//! response when it is sent (so every attempt of one event sends the same
//! body). A response's answers have the shape of the API's
//! `GET …/responses/{id}`.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{Value, json};

use crate::auth::TenantScope;
use crate::domain::{SubmissionId, SurveyId, UnixMillis, WebhookEvent};
use crate::error::AppError;
use crate::services::responses::as_text;
use crate::storage::Database;
use crate::storage::submissions::{
    StoredSubmission, SubmissionWindow, list_submission_window_received,
};
use crate::storage::surveys::StoredSurvey;
use crate::storage::surveys::{find_shared_public_survey, survey_slug};
use crate::storage::webhook_deliveries::DeliveryRecord;

/// Responses read at once: consecutive deliveries of one survey mostly
/// find theirs among the ones read for the first.
const READ_AHEAD: u32 = 64;

/// Renders the payloads of one endpoint's run, keeping what it read.
pub struct Payloads<'a> {
    db: &'a Database,
    scope: &'a TenantScope,
    surveys: HashMap<i64, Option<(String, Arc<StoredSurvey>)>>,
    submissions: HashMap<i64, StoredSubmission>,
}

impl<'a> Payloads<'a> {
    pub fn new(db: &'a Database, scope: &'a TenantScope) -> Payloads<'a> {
        Payloads {
            db,
            scope,
            surveys: HashMap::new(),
            submissions: HashMap::new(),
        }
    }

    /// The body of `delivery`, as sent.
    pub async fn body(&mut self, delivery: &DeliveryRecord) -> Result<Vec<u8>, AppError> {
        let data = self.data(delivery).await?;
        let body = json!({
            "type": delivery.event.code(),
            "timestamp": delivery.created_at.iso_string(),
            "data": data,
        });
        Ok(serde_json::to_vec(&body).expect("JSON values serialize"))
    }

    async fn data(&mut self, delivery: &DeliveryRecord) -> Result<Value, AppError> {
        let tenant = self.scope.alias().to_string();
        match delivery.event {
            WebhookEvent::Ping => Ok(ping_data(&tenant)),
            WebhookEvent::ExportFinished => {
                let mut words = delivery.detail.split(' ');
                let job: i64 = words.next().and_then(|w| w.parse().ok()).unwrap_or(0);
                let status = words.next().unwrap_or("");
                Ok(json!({ "tenant": tenant, "export": { "id": job, "status": status } }))
            }
            WebhookEvent::SurveyPublished | WebhookEvent::SurveyClosed => {
                let survey = self.survey_json(delivery.survey).await?;
                Ok(json!({ "tenant": tenant, "survey": survey }))
            }
            WebhookEvent::ResponseCreated => {
                let survey_json = self.survey_json(delivery.survey).await?;
                let response = match (delivery.survey, delivery.submission) {
                    (Some(survey), Some(id)) => self.response_json(survey, id).await?,
                    _ => Value::Null,
                };
                Ok(json!({ "tenant": tenant, "survey": survey_json, "response": response }))
            }
        }
    }

    async fn survey(&mut self, id: i64) -> Result<Option<(String, Arc<StoredSurvey>)>, AppError> {
        if let Some(kept) = self.surveys.get(&id) {
            return Ok(kept.clone());
        }
        let found = match survey_slug(self.db, self.scope, SurveyId(id)).await? {
            Some(slug) => find_shared_public_survey(self.db, self.scope, &slug)
                .await?
                .map(|stored| (slug.as_str().to_owned(), stored)),
            None => None,
        };
        self.surveys.insert(id, found.clone());
        Ok(found)
    }

    async fn survey_json(&mut self, id: Option<i64>) -> Result<Value, AppError> {
        let Some(id) = id else {
            return Ok(Value::Null);
        };
        Ok(match self.survey(id).await? {
            Some((slug, stored)) => json!({ "slug": slug, "title": stored.survey.title }),
            // Deleted since: what is left to say is that it existed.
            None => json!({ "slug": Value::Null, "title": Value::Null, "deleted": true }),
        })
    }

    async fn response_json(&mut self, survey: i64, id: i64) -> Result<Value, AppError> {
        let Some((_, stored)) = self.survey(survey).await? else {
            return Ok(json!({ "id": id, "deleted": true }));
        };
        if !self.submissions.contains_key(&id) {
            let window = SubmissionWindow::After(Some(SubmissionId(id - 1)));
            let read = list_submission_window_received(
                self.db,
                self.scope,
                SurveyId(survey),
                window,
                READ_AHEAD,
                (UnixMillis(i64::MIN), UnixMillis(i64::MAX)),
            )
            .await?;
            self.submissions.clear();
            self.submissions.extend(
                read.into_iter()
                    .map(|submission| (submission.id.0, submission)),
            );
        }
        let Some(submission) = self.submissions.remove(&id) else {
            return Ok(json!({ "id": id, "deleted": true }));
        };
        let text = as_text(&stored.survey.questions, submission);
        let answers: Vec<Value> = text
            .answers
            .into_iter()
            .enumerate()
            .map(|(place, (question, answer))| {
                json!({ "question": place + 1, "text": question, "answer": answer })
            })
            .collect();
        Ok(json!({
            "id": text.id.0,
            "number": text.number,
            "received_at": text.received.iso_string(),
            "language": text.language.code(),
            "answers": answers,
        }))
    }
}

fn ping_data(tenant: &str) -> Value {
    json!({
        "tenant": tenant,
        "message": "A test from Tailspin Surveys: this endpoint receives and verifies our webhooks.",
    })
}
