//! `/t/{tenant}/surveys/{slug}/results`: the merged statistics of a survey,
//! with charts drawn on the server as SVG (the numbers are also in the
//! text). Once hydrated, the page follows new answers without reloading:
//! the server pushes the summary's version (server-sent events, `live`
//! below; polling where they fail) and the page fetches the summary again
//! when that version is newer than the one it shows. Without JavaScript it
//! is a plain page to reload.

use super::raw_text::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::error_page::ErrorPage;
use super::tenant_nav::TenantNav;
use crate::api::results::{QuestionResult, ResultKind, SurveyResults, load_results};

#[component]
pub fn ResultsPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let changes = RwSignal::new(0u32);
    let results = Resource::new_blocking(
        move || (tenant(), slug(), changes.get()),
        |(tenant, slug, _)| load_results(tenant, slug),
    );
    // Whether the page follows new answers by itself (effects run in the
    // browser only, after hydration), and the version of the summary shown.
    let live = RwSignal::new(false);
    let shown = StoredValue::new(0i64);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        live::follow(tenant(), slug(), live::Follower::new(shown, changes));
        live.set(true);
    });
    view! {
        <Transition fallback=|| view! { <p class="loading">"Loading the results…"</p> }>
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
    let updated = results
        .updated
        .clone()
        .map_or("No answers merged yet.".to_owned(), |at| {
            format!("Last updated {at}.")
        });
    view! {
        <PageTitle text=format!("Results: {} · {}", results.title, results.tenant_name) />
        <section class="page results">
            <TenantNav tenant=results.tenant_alias.clone() tenant_name=results.tenant_name.clone() current="" admin=false />
            <h1>{format!("Results: {}", results.title)}</h1>
            <p class="results-total" aria-live="polite">
                <strong class="total">{results.responses}</strong> " responses · " {results.state.label()}
            </p>
            <p class="hint live-status" aria-live="polite" data-version=results.version.to_string()>
                {updated} " "
                {move || if live.get() {
                    "The page updates by itself while it is open."
                } else {
                    "Reload the page to see answers that arrive later."
                }}
            </p>
            <p>
                <a href=format!("/t/{}/surveys/{}/edit", results.tenant_alias, results.slug)>"Back to the survey"</a>
                " · "
                <a href=format!("/t/{}/surveys/{}/responses", results.tenant_alias, results.slug)>"Browse responses"</a>
            </p>
            <ol class="result-list">
                {results.questions.into_iter().enumerate().map(|(i, question)| {
                    view! { <QuestionResultView index=i question /> }
                }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn QuestionResultView(index: usize, question: QuestionResult) -> impl IntoView {
    let detail = match question.kind {
        ResultKind::Range => question
            .mean
            .map(|m| format!("{} answers · mean {m:.2} of 5", question.answered))
            .unwrap_or_else(|| "No answers yet.".to_owned()),
        _ => format!("{} answers", question.answered),
    };
    let body = match question.kind {
        ResultKind::FreeText => {
            let words = question.top_words;
            if words.is_empty() {
                view! { <p class="hint">"No frequent words yet."</p> }.into_any()
            } else {
                view! {
                    <h3>"Most frequent words"</h3>
                    <ol class="top-words">
                        {words.into_iter().map(|(w, n)| view! { <li>{format!("{w} ({n})")}</li> }).collect_view()}
                    </ol>
                }
                .into_any()
            }
        }
        _ => view! { <BarChart id=format!("chart-{index}") title=question.text.clone() bars=question.bars /> }.into_any(),
    };
    view! {
        <li class="question-result">
            <h2>{question.text.clone()}</h2>
            <p class="hint">{detail}</p>
            {body}
        </li>
    }
}

/// Horizontal bars as SVG; screen readers get the title and a description
/// listing every count, and the counts are printed beside the bars.
#[component]
fn BarChart(id: String, title: String, bars: Vec<(String, u64)>) -> impl IntoView {
    const ROW: u32 = 32;
    const LABEL_W: u32 = 100;
    const BAR_W: u32 = 190;
    let max = bars.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let height = ROW * bars.len() as u32 + 8;
    let description = bars
        .iter()
        .map(|(label, n)| format!("{label}: {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(i, (label, n))| {
            let y = i as u32 * ROW + 4;
            let width = (n * u64::from(BAR_W) / max) as u32;
            view! {
                <text x="0" y=(y + 20).to_string() class="bar-label">{label}</text>
                <rect x=LABEL_W.to_string() y=(y + 4).to_string() width=width.max(1).to_string()
                    height=(ROW - 10).to_string() class="bar" />
                <text x=(LABEL_W + width + 6).to_string() y=(y + 20).to_string() class="bar-value">{n.to_string()}</text>
            }
        })
        .collect_view();
    view! {
        <svg class="bar-chart" role="img" viewBox=format!("0 0 {} {height}", LABEL_W + BAR_W + 50)
            aria-labelledby=labelled_by>
            <title id=title_id>{title}</title>
            <desc id=desc_id>{description}</desc>
            {rows}
        </svg>
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
