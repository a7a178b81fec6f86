//! A survey's contacts and invitations, through the invitations page's own
//! services: `GET …/contacts` (`responses:read`, since who answered is
//! response data), `POST …/contacts` and `POST …/invitations`
//! (`surveys:write`). Both posts take an `Idempotency-Key`.

use std::collections::BTreeMap;

use app::domain::{ApiScope, UnixMillis};
use app::error::AppError;
use app::services::survey_invitations::{
    CONTACTS_PER_PAGE, Round, add_contact_fields, overview, request_messages,
};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::caller::authorize;
use super::idempotency::{Made, once};
use super::problem::Problem;
use super::survey_changes::json_body;
use crate::routes::client_address::ClientAddress;
use crate::state::AppState;

/// A contact to add: `attributes` fill the invitation's `{{placeholders}}`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewContact {
    pub email: String,
    #[serde(default)]
    pub name: String,
    /// Names of letters, digits and `_`, at most 20 of them.
    #[serde(default)]
    #[schema(example = json!({"company": "Contoso"}))]
    pub attributes: BTreeMap<String, String>,
}

/// Up to 10,000 contacts, added all or none.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewContacts {
    #[serde(default)]
    pub contacts: Vec<NewContact>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ContactsAdded {
    pub added: u64,
    /// Already on the survey's list (by email): left as they were.
    pub already_listed: u64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ContactItem {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub attributes: BTreeMap<String, String>,
    /// `not_invited`, `queued`, `sent`, `failed`, `answered` or
    /// `unsubscribed`.
    pub status: String,
    /// Messages sent or on their way: 1 is the invitation, more are
    /// reminders.
    pub messages: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ContactPage {
    pub data: Vec<ContactItem>,
    /// How many contacts have each status.
    pub counts: BTreeMap<String, i64>,
    pub page: i64,
    pub has_more: bool,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ContactQuery {
    /// 1 for the first 50 contacts in the order added, 2 for the next…
    page: Option<String>,
}

/// Which message to send.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InvitationRequest {
    /// `invitation` (the default: every contact not invited yet) or
    /// `reminder` (every invited contact who has not answered).
    #[serde(default)]
    pub round: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationsRequested {
    pub round: String,
    /// Messages queued; they go out at the tenant's sending rate.
    pub requested: u64,
}

/// The survey's contacts, 50 a page, with each one's status.
#[utoipa::path(
    get,
    path = "/api/v1/surveys/{slug}/contacts",
    tag = "Invitations",
    params(("slug" = String, Path, description = "The survey's address"), ContactQuery),
    security(("api_key" = ["responses:read"])),
    responses(
        (status = 200, description = "A page of contacts", body = ContactPage),
        (status = 304, description = "Unchanged since the `ETag` sent in `If-None-Match`"),
        (status = 400, description = "A bad `page`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid key", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The key lacks `responses:read`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such survey", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_contacts(
    State(state): State<AppState>,
    address: ClientAddress,
    Path(slug): Path<String>,
    Query(query): Query<ContactQuery>,
    headers: HeaderMap,
) -> Response {
    let caller = match authorize(&state, &headers, address, ApiScope::ResponsesRead).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    let page = match query.page.as_deref().filter(|p| !p.is_empty()) {
        None => 1,
        Some(page) => match page.parse::<i64>().ok().filter(|p| *p >= 1) {
            Some(page) => page,
            None => {
                let refused = AppError::BadRequest("`page` must be 1 or more.".into());
                return caller.problem(&refused);
            }
        },
    };
    let overview = match overview(&state.db, &caller.access.scope, &slug, page).await {
        Ok(overview) => overview,
        Err(error) => return caller.problem(&error),
    };
    let body = ContactPage {
        has_more: page * CONTACTS_PER_PAGE < overview.total(),
        counts: overview
            .counts
            .iter()
            .map(|(status, count)| (status.code().to_owned(), *count))
            .collect(),
        data: overview
            .contacts
            .into_iter()
            .map(|contact| ContactItem {
                id: contact.id,
                email: contact.email,
                name: contact.name,
                attributes: contact.attributes,
                status: contact.status.code().to_owned(),
                messages: contact.messages,
            })
            .collect(),
        page,
    };
    caller.read(&headers, &body)
}

/// Adds contacts to the survey's list, checked as a whole: a problem with
/// any of them is named (`Contact 3: …`) and none is added.
#[utoipa::path(
    post,
    path = "/api/v1/surveys/{slug}/contacts",
    tag = "Invitations",
    request_body = NewContacts,
    params(
        ("slug" = String, Path, description = "The survey's address"),
        ("Idempotency-Key" = Option<String>, Header, description = "Repeats with the same key get the first outcome, for 24 hours"),
    ),
    security(("api_key" = ["surveys:write"])),
    responses(
        (status = 200, description = "Added", body = ContactsAdded),
        (status = 400, description = "The body is not JSON of this shape", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid key", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The key lacks `surveys:write`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such survey", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The first request with this Idempotency-Key is under way", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A contact needs correcting; none was added", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn add_contacts(
    State(state): State<AppState>,
    address: ClientAddress,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let caller = match authorize(&state, &headers, address, ApiScope::SurveysWrite).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    let work = async {
        let new: NewContacts = json_body(&body)?;
        let items = new
            .contacts
            .into_iter()
            .map(|c| (c.email, c.name, c.attributes))
            .collect();
        let (added, already_listed) = add_contact_fields(
            &state.db,
            &caller.access.scope,
            &slug,
            items,
            UnixMillis::now(),
        )
        .await?;
        let answer = ContactsAdded {
            added,
            already_listed,
        };
        Made::json(StatusCode::OK, None, &answer)
    };
    let request = format!("POST /api/v1/surveys/{slug}/contacts");
    once(
        &state,
        &caller,
        &headers,
        &[request.as_bytes(), &body],
        work,
    )
    .await
}

/// Sends the invitation to every contact not invited yet, or a reminder to
/// every invited contact who has not answered. Each message carries a
/// personal link that answers once.
#[utoipa::path(
    post,
    path = "/api/v1/surveys/{slug}/invitations",
    tag = "Invitations",
    request_body = InvitationRequest,
    params(
        ("slug" = String, Path, description = "The survey's address"),
        ("Idempotency-Key" = Option<String>, Header, description = "Repeats with the same key get the first outcome, for 24 hours"),
    ),
    security(("api_key" = ["surveys:write"])),
    responses(
        (status = 202, description = "Queued", body = InvitationsRequested),
        (status = 400, description = "Nobody to send to, or the survey takes no answers", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid key", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The key lacks `surveys:write`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such survey", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The first request with this Idempotency-Key is under way", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn send_invitations(
    State(state): State<AppState>,
    address: ClientAddress,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let caller = match authorize(&state, &headers, address, ApiScope::SurveysWrite).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    let work = async {
        let asked: InvitationRequest = json_body(&body)?;
        let round = match asked.round.as_str() {
            "" | "invitation" => Round::Invitation,
            "reminder" => Round::Reminder,
            _ => {
                return Err(AppError::BadRequest(
                    "`round` is `invitation` or `reminder`.".into(),
                ));
            }
        };
        let requested = request_messages(
            &state.db,
            &caller.access.scope,
            &slug,
            round,
            UnixMillis::now(),
        )
        .await?;
        let answer = InvitationsRequested {
            round: match round {
                Round::Invitation => "invitation",
                Round::Reminder => "reminder",
            }
            .to_owned(),
            requested,
        };
        Made::json(StatusCode::ACCEPTED, None, &answer)
    };
    let request = format!("POST /api/v1/surveys/{slug}/invitations");
    once(
        &state,
        &caller,
        &headers,
        &[request.as_bytes(), &body],
        work,
    )
    .await
}
