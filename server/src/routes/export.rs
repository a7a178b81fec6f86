//! `GET /t/{tenant}/surveys/{slug}/export.csv`: every response of a survey
//! as CSV (`services::responses_csv`), streamed page by page so memory
//! stays flat however many there are.

use std::sync::Arc;

use app::domain::SubmissionId;
use app::services::responses_csv::responses_csv;
use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

use crate::state::AppState;

pub async fn export_csv(
    State(state): State<AppState>,
    Path((tenant, slug)): Path<(String, String)>,
    session: Session,
) -> Response {
    let access = match super::access::tenant_member(&state, &session, &tenant, false).await {
        Ok(access) => access,
        Err(refused) => return refused,
    };
    let export = match responses_csv(&state.db, &access.scope, &slug).await {
        Ok(export) => Arc::new(export),
        Err(error) => return error.into_response(),
    };
    let file_name = format!("{}-responses.csv", export.slug.as_str());
    let header_row = export.header.clone();
    // State: where the next page starts; `None` once the last page is out.
    let pages = futures_util::stream::unfold(Some(None::<SubmissionId>), move |after| {
        let export = export.clone();
        async move {
            let after = after?;
            match export.page_after(after).await {
                Ok(None) => None,
                Ok(Some(page)) => Some((
                    Ok::<_, std::io::Error>(Bytes::from(page.lines)),
                    page.next.map(Some),
                )),
                Err(error) => {
                    tracing::error!(%error, "CSV export stopped");
                    Some((Err(std::io::Error::other("export failed")), None))
                }
            }
        }
    });
    let head = futures_util::stream::once(async move { Ok(Bytes::from(header_row)) });
    let body = Body::from_stream(futures_util::StreamExt::chain(head, pages));
    let mut response = body.into_response();
    super::download::as_download(&mut response, "text/csv; charset=utf-8", &file_name);
    response
}
