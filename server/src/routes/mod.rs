//! Axum handlers outside the Leptos router.

pub mod access;
pub mod address_messages;
pub mod api_keys;
pub mod api_v1;
pub mod asset_names;
pub mod assets;
pub mod backup;
pub mod body_limits;
pub mod branding;
pub mod client_address;
pub mod cross_site;
pub mod download;
pub mod embedding;
pub mod export;
pub mod export_database;
pub mod export_xlsx;
pub mod federated;
pub mod health;
pub mod language;
pub mod one_click_unsubscribe;
pub mod password_reset;
pub mod preview_form;
pub mod rate_limit;
pub mod render;
pub mod respondent_pages;
pub mod results_events;
pub mod security_headers;
pub mod share;
pub mod sign_in;
pub mod survey_form;
pub mod usage;

use app::shell;
use axum::Router;
use axum::routing::{get, post};
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::LeptosRoutes;

use crate::state::AppState;

/// Where the built scripts, styles and WebAssembly are served from.
pub fn pkg_dir(options: &LeptosOptions) -> std::path::PathBuf {
    std::path::Path::new(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref())
}

const SURVEY_PAGE: &str = "/s/{tenant}/{slug}";
const THANKS_PAGE: &str = "/s/{tenant}/{slug}/thanks";

/// The route table: the Leptos pages and server functions, the handlers
/// outside them, and the layers every request passes.
pub fn router(state: AppState) -> Router {
    // Each area's route tree, which `shell` renders by the page's address,
    // but for the respondent's pages: they have their own handlers (the
    // page cache).
    let routes: Vec<_> = app::page_routes()
        .into_iter()
        .filter(|route| route.path() != SURVEY_PAGE && route.path() != THANKS_PAGE)
        .collect();
    let page_context = render::page_context(&state);
    let options = state.leptos_options.clone();
    let fallback_assets = state.site_assets.clone();
    Router::new()
        .nest_service(&format!("/{}", options.site_pkg_dir), {
            let files = assets::service(&pkg_dir(&options));
            let names = state.asset_names.clone();
            tower::service_fn(move |request| {
                let (files, names) = (files.clone(), names.clone());
                async move {
                    Ok::<_, std::convert::Infallible>(
                        asset_names::serve(files, &names, request).await,
                    )
                }
            })
        })
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(crate::observability::readyz))
        .route("/metrics", get(crate::observability::metrics_endpoint))
        .merge(api_v1::router())
        .merge(
            Router::new()
                .route(
                    SURVEY_PAGE,
                    get(respondent_pages::survey_page).post(survey_form::post_survey_form),
                )
                .route(THANKS_PAGE, get(respondent_pages::thanks_page))
                .route_layer(axum::middleware::from_fn_with_state(
                    state.db.clone(),
                    embedding::allow_listed_frames,
                )),
        )
        .route(
            "/unsubscribe/{tenant}",
            post(one_click_unsubscribe::one_click_unsubscribe),
        )
        .route("/t/{tenant}/login", post(sign_in::post_tenant_login))
        .route("/t/{tenant}/logout", post(sign_in::post_tenant_logout))
        .route(
            "/t/{tenant}/password-reset",
            post(password_reset::post_request),
        )
        .route(
            "/t/{tenant}/password-reset/new",
            post(password_reset::post_new_password),
        )
        .route(
            "/t/{tenant}/surveys/{slug}/export.csv",
            get(export::export_csv),
        )
        .route(
            "/t/{tenant}/surveys/{slug}/export.xlsx",
            get(export_xlsx::export_xlsx),
        )
        .route(
            "/t/{tenant}/surveys/{slug}/preview/document",
            post(preview_form::post_preview_form),
        )
        .route("/t/{tenant}/surveys/{slug}/qr.svg", get(share::qr_svg))
        .route("/t/{tenant}/surveys/{slug}/qr.png", get(share::qr_png))
        .route(
            "/t/{tenant}/surveys/{slug}/results/events",
            get(results_events::results_events),
        )
        .route("/t/{tenant}/settings/api", post(api_keys::post_api_key))
        .route("/t/{tenant}/branding/logo", post(branding::upload_logo))
        .route("/branding/preview.css", get(branding::preview_stylesheet))
        .route("/branding/{tenant}/logo", get(branding::serve_logo))
        .route(
            "/branding/{tenant}/style.css",
            get(branding::serve_stylesheet),
        )
        .route(
            "/t/{tenant}/export/database.sqlite",
            get(export_database::download_export_database),
        )
        .route(
            "/t/{tenant}/oidc/start",
            get(federated::start_tenant_sign_in),
        )
        .route("/t/{tenant}/oidc/callback", get(federated::tenant_callback))
        .route("/oidc/{provider}/callback", get(federated::social_callback))
        .route("/admin/login", post(sign_in::post_admin_login))
        .route("/admin/usage.csv", get(usage::usage_csv))
        .route("/admin/plan-changes.csv", get(usage::plan_changes))
        .route("/t/{tenant}/backup.tar.gz", get(backup::download_backup))
        .route("/admin/logout", post(sign_in::post_admin_logout))
        .leptos_routes_with_context(&state, routes, page_context, move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(
            move || provide_context(fallback_assets.clone()), shell
        ))
        .layer(axum::middleware::from_fn(
            body_limits::read_chunked_server_function_bodies,
        ))
        .layer(body_limits::body_limit())
        // Restoring a backup is the one upload larger than the usual limit.
        .merge(
            Router::new()
                .route("/admin/restore/upload", post(backup::restore_upload))
                .layer(axum::extract::DefaultBodyLimit::max(
                    backup::MAX_RESTORE_BYTES,
                ))
                .layer(tower_http::limit::RequestBodyLimitLayer::new(
                    backup::MAX_RESTORE_BYTES,
                )),
        )
        // Each layer gets only the part of the state it reads: axum clones a
        // layer's state for every request, and the whole AppState (Leptos
        // options, caches, the federation) showed in the profile of the
        // submission load.
        .layer(axum::middleware::from_fn_with_state(
            state.federation.key.clone(),
            address_messages::authenticate_address_messages,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.public_origin.clone(),
            cross_site::refuse_cross_site,
        ))
        .layer(axum::middleware::from_fn(
            security_headers::security_headers,
        ))
        .layer(axum::middleware::from_fn(language::remember_language))
        .layer(axum::middleware::from_fn_with_state(
            state.db.clone(),
            language::find_chosen_languages,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.rate_limits.clone(),
            rate_limit::rate_limit,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.trusted_proxies.clone(),
            client_address::identify_client,
        ))
        .layer(axum::middleware::from_fn(
            crate::observability::trace_request,
        ))
        .layer(tower_http::compression::CompressionLayer::new().compress_when(compressible()))
        .with_state(state)
}

/// Pages, scripts, styles and the WebAssembly are compressed; downloads
/// (anything with a `Content-Disposition`: exports, backups, CSV) are sent
/// byte for byte, as browsers' download managers expect.
fn compressible() -> impl tower_http::compression::Predicate {
    use tower_http::compression::Predicate;
    use tower_http::compression::predicate::DefaultPredicate;
    DefaultPredicate::new().and(
        |_: axum::http::StatusCode,
         _: axum::http::Version,
         headers: &axum::http::HeaderMap,
         _: &axum::http::Extensions| {
            !headers.contains_key(axum::http::header::CONTENT_DISPOSITION)
        },
    )
}
