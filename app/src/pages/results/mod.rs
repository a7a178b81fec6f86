//! `/t/{tenant}/surveys/{slug}/results`: the merged statistics of a survey,
//! with a chart per question drawn in HTML and SVG (`charts`), each with a
//! text alternative carrying its figures (`describe`). Once hydrated, the
//! page follows new answers without reloading: the server pushes the
//! summary's version (server-sent events, `live` below; polling where they
//! fail) and the page fetches the summary again when that version is newer
//! than the one it shows. Without JavaScript it is a plain page to reload.

mod charts;
mod describe;

use super::raw_text::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::answer_filter::{AnswerFilterForm, typed_filter, with_filter};
use super::error_page::ErrorPage;
use super::tenant_nav::TenantNav;
use crate::api::results::{SurveyResults, load_results};
use charts::QuestionResultView;

#[component]
pub fn ResultsPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let query = use_query_map();
    let filter = move || typed_filter(&query.read());
    let changes = RwSignal::new(0u32);
    let results = Resource::new_blocking(
        move || (tenant(), slug(), filter(), changes.get()),
        |(tenant, slug, filter, _)| load_results(tenant, slug, filter),
    );
    // Whether the page follows new answers by itself (effects run in the
    // browser only, after hydration), and the version of the summary shown.
    // Filtered results are computed from every answer when asked for, so
    // they are not fetched again at each new answer.
    let live = RwSignal::new(false);
    let shown = StoredValue::new(0i64);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        if filter().is_none() {
            live::follow(tenant(), slug(), live::Follower::new(shown, changes));
            live.set(true);
        }
    });
    view! {
        <Transition fallback=|| view! { <p class="loading">{crate::i18n::tr!("results-loading")}</p> }>
            {move || Suspend::new(async move {
                match results.await {
                    Ok(results) => view! { <ResultsView results live shown /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ResultsView(
    results: SurveyResults,
    live: RwSignal<bool>,
    shown: StoredValue<i64>,
) -> impl IntoView {
    super::hydration::mark_hydrated();
    shown.set_value(results.version);
    let updated = results.updated.clone().map_or_else(
        || crate::i18n::tr!("results-not-merged"),
        |at| crate::i18n::tr!("results-updated", at = at),
    );
    let filtered = results.filter.applied.is_some();
    let base = format!("/t/{}/surveys/{}", results.tenant_alias, results.slug);
    // The total in <strong> inside one sentence: "4 responses · Published".
    // A part left empty is not rendered: an empty text renders as a space.
    let texts = crate::i18n::texts();
    let state = crate::i18n::Arg::from(results.state.localized_label());
    let (total_before, total_after) = if filtered {
        texts.around(
            "results-total-filtered",
            "total",
            &[
                ("all", crate::i18n::Arg::from(results.all_responses)),
                ("state", state),
            ],
        )
    } else {
        texts.around(
            "results-total",
            "total",
            &[
                ("count", crate::i18n::Arg::from(results.responses)),
                ("state", state),
            ],
        )
    };
    let total = crate::i18n::format_number(texts.language(), results.responses as f64);
    let responses_link = with_filter(&format!("{base}/responses"), &results.filter);
    view! {
        <PageTitle text=crate::i18n::tr!(
            "results-page-title",
            survey = &results.title,
            tenant = &results.tenant_name,
        ) />
        <section class="page results">
            <TenantNav tenant=results.tenant_alias.clone() tenant_name=results.tenant_name.clone() current="" admin=false />
            <h1>{crate::i18n::tr!("results-heading", survey = &results.title)}</h1>
            <p class="results-total" aria-live="polite">
                {(!total_before.is_empty()).then_some(total_before)}
                <strong class="total">{total}</strong>
                {(!total_after.is_empty()).then_some(total_after)}
            </p>
            <p class="hint live-status" aria-live="polite" data-version=results.version.to_string()>
                {updated} " "
                {move || if filtered {
                    crate::i18n::tr!("results-live-filtered")
                } else if live.get() {
                    crate::i18n::tr!("results-live-on")
                } else {
                    crate::i18n::tr!("results-live-off")
                }}
            </p>
            <p>
                <a href=format!("{base}/edit")>{crate::i18n::tr!("results-back")}</a>
                " · "
                <a href=responses_link>{if filtered {
                    crate::i18n::tr!("results-browse-filtered")
                } else {
                    crate::i18n::tr!("results-browse")
                }}</a>
            </p>
            <AnswerFilterForm action=format!("{base}/results") filter=results.filter what="results" />
            <ol class="result-list">
                {results.questions.into_iter().enumerate().map(|(i, question)| {
                    view! { <QuestionResultView index=i question /> }
                }).collect_view()}
            </ol>
        </section>
    }
}

/// Following new answers in the browser: an `EventSource` on the results'
/// event stream, or, where that cannot be opened or is refused, asking for
/// the version every few seconds.
#[cfg(feature = "hydrate")]
mod live {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    use web_sys::{EventSource, MessageEvent};

    use crate::api::results::results_version;

    const POLL_MS: u64 = 3_000;

    /// Compares the versions heard with the one shown and asks for the
    /// summary again when there is a newer one.
    #[derive(Clone, Copy)]
    pub struct Follower {
        /// The version the page was rendered with, or last fetched.
        shown: StoredValue<i64>,
        changes: RwSignal<u32>,
        /// The newest version already asked for.
        asked: StoredValue<i64>,
    }

    impl Follower {
        pub fn new(shown: StoredValue<i64>, changes: RwSignal<u32>) -> Follower {
            Follower {
                shown,
                changes,
                asked: StoredValue::new(0),
            }
        }

        fn heard(self, version: i64) {
            // Compared with what the page shows, not with the first version
            // heard, so an answer merged before the stream opened is not
            // missed.
            if version > self.shown.get_value() && version > self.asked.get_value() {
                self.asked.set_value(version);
                self.changes.update(|n| *n += 1);
            }
        }
    }

    type Listeners = (
        EventSource,
        Closure<dyn FnMut(MessageEvent)>,
        Closure<dyn FnMut()>,
    );

    /// Starts following; stops when the calling effect is cleaned up.
    pub fn follow(tenant: String, slug: String, follower: Follower) {
        let poller = StoredValue::new(None::<IntervalHandle>);
        let start_polling = {
            let (tenant, slug) = (tenant.clone(), slug.clone());
            move || {
                if poller.get_value().is_some() {
                    return;
                }
                let (tenant, slug) = (tenant.clone(), slug.clone());
                let handle = set_interval_with_handle(
                    move || {
                        let (tenant, slug) = (tenant.clone(), slug.clone());
                        leptos::task::spawn_local(async move {
                            if let Ok(version) = results_version(tenant, slug).await {
                                follower.heard(version);
                            }
                        });
                    },
                    std::time::Duration::from_millis(POLL_MS),
                );
                poller.set_value(handle.ok());
            }
        };
        let listeners = StoredValue::new_local(None::<Listeners>);
        match EventSource::new(&format!("/t/{tenant}/surveys/{slug}/results/events")) {
            Ok(source) => {
                let on_version =
                    Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                        if let Some(version) = event.data().as_string().and_then(|d| d.parse().ok())
                        {
                            follower.heard(version);
                        }
                    });
                let watched = source.clone();
                // The browser reconnects by itself after a network error; a
                // refusal (an error status, or no event stream at all)
                // closes the source for good.
                let on_error = Closure::<dyn FnMut()>::new(move || {
                    if watched.ready_state() == EventSource::CLOSED {
                        start_polling();
                    }
                });
                let _ = source.add_event_listener_with_callback(
                    "version",
                    on_version.as_ref().unchecked_ref(),
                );
                source.set_onerror(Some(on_error.as_ref().unchecked_ref()));
                listeners.set_value(Some((source, on_version, on_error)));
            }
            Err(_) => start_polling(),
        }
        on_cleanup(move || {
            if let Some((source, _, _)) = listeners.try_update_value(Option::take).flatten() {
                source.set_onerror(None);
                source.close();
            }
            if let Some(handle) = poller.get_value() {
                handle.clear();
            }
        });
    }
}
