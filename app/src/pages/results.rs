//! `/t/{tenant}/surveys/{slug}/results`: the merged statistics of a survey,
//! with charts drawn on the server as SVG (the numbers are also in the
//! text). While open, the page asks every few seconds whether the summary
//! changed and reloads its data when it did, without reloading the page.

use super::raw_text::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::error_page::ErrorPage;
use super::tenant_nav::TenantNav;
use crate::api::results::{
    QuestionResult, ResultKind, SurveyResults, load_results, results_version,
};

const POLL_MS: u64 = 2_000;

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
    // Live updates, in the browser only (effects do not run on the server).
    let known = RwSignal::new(None::<i64>);
    Effect::new(move |_| {
        let handle = set_interval_with_handle(
            move || {
                let (tenant, slug) = (tenant(), slug());
                leptos::task::spawn_local(async move {
                    if let Ok(version) = results_version(tenant, slug).await {
                        match known.get_untracked() {
                            Some(seen) if seen != version => {
                                known.set(Some(version));
                                changes.update(|n| *n += 1);
                            }
                            None => known.set(Some(version)),
                            _ => {}
                        }
                    }
                });
            },
            std::time::Duration::from_millis(POLL_MS),
        );
        on_cleanup(move || {
            if let Ok(handle) = handle {
                handle.clear();
            }
        });
    });
    view! {
        <Transition fallback=|| view! { <p class="loading">"Loading the results…"</p> }>
            {move || Suspend::new(async move {
                match results.await {
                    Ok(results) => view! { <ResultsView results /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ResultsView(results: SurveyResults) -> impl IntoView {
    super::hydration::mark_hydrated();
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
            <p class="hint" aria-live="polite">{updated} " The page updates by itself while it is open."</p>
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
