//! One chart per kind of question. Charts are HTML with SVG shapes sized in
//! percentages (the content security policy forbids inline styles, and SVG
//! attributes are not styles), so they fit any width without scaling their
//! text. Each chart is one image to assistive technology, named by its
//! question and described by a hidden paragraph holding every figure
//! (`describe`); the figures are printed beside the shapes too.

use leptos::prelude::*;

use super::describe::{self, estimate, figure, number_text, percent_text, signed};
use crate::api::results::{QuestionResult, ResultChart};
use crate::domain::{Bar, MatrixRow, NpsResult, NumberResult, RankedOption};

#[component]
pub fn QuestionResultView(index: usize, question: QuestionResult) -> impl IntoView {
    let title_id = format!("q{index}-title");
    let desc_id = format!("q{index}-desc");
    let counts = crate::i18n::tr!(
        "results-seen-answered",
        seen = question.seen,
        answered = question.answered,
    );
    let mean_of = |mean: f64, points: usize| {
        let mean = crate::i18n::tr!(
            "results-mean-of",
            mean = describe::two_places(mean),
            points = points,
        );
        format!(" · {mean}")
    };
    let mean = match &question.chart {
        ResultChart::Stars {
            mean: Some(mean), ..
        } => mean_of(*mean, 5),
        ResultChart::Scale {
            mean: Some(mean),
            points,
            ..
        } => mean_of(*mean, points.len()),
        _ => String::new(),
    };
    let chart = |description: String, class: &'static str, body: AnyView| {
        view! {
            <div class=format!("chart chart-{class}") role="img" aria-labelledby=title_id.clone()
                aria-describedby=desc_id.clone()>
                {body}
            </div>
            <p hidden=true id=desc_id.clone()>{description}</p>
        }
        .into_any()
    };
    let body = match question.chart {
        ResultChart::Options {
            bars,
            base,
            several,
            unlisted,
        } => {
            let description = describe::options(&bars, base, several, unlisted);
            let note = several.then(|| {
                view! { <p class="hint">{crate::i18n::tr!("results-several-note")}</p> }
            });
            let unlisted = (unlisted > 0).then(|| {
                view! { <p class="hint">{crate::i18n::tr!("results-unlisted", count = unlisted)}</p> }
            });
            let rows = bars
                .into_iter()
                .map(|b| Row {
                    fill: share(b.count, base),
                    value: crate::i18n::tr!(
                        "results-bar-value",
                        count = b.count,
                        percent = percent_text(b.count, base),
                    ),
                    label: b.label,
                })
                .collect();
            view! {
                {note}
                {chart(description, "options", hbars(rows))}
                {unlisted}
            }
            .into_any()
        }
        ResultChart::Stars { bars, mean } => {
            let description = describe::with_mean(&bars, mean);
            let total: u64 = bars.iter().map(|b| b.count).sum();
            let rows = bars
                .into_iter()
                .map(|b| Row {
                    fill: share(b.count, total),
                    value: number_text(b.count as f64),
                    label: b.label,
                })
                .collect();
            chart(description, "stars", hbars(rows))
        }
        ResultChart::Scale {
            points,
            mean,
            low_label,
            high_label,
        } => {
            let description = describe::with_mean(&points, mean);
            let ends = (low_label.is_some() || high_label.is_some()).then(|| {
                view! {
                    <div class="axis">
                        <span>{low_label.unwrap_or_default()}</span>
                        <span>{high_label.unwrap_or_default()}</span>
                    </div>
                }
            });
            let body = view! { {columns(&points, true, None)} {ends} }.into_any();
            chart(description, "scale", body)
        }
        ResultChart::Nps(nps) => {
            let description = describe::nps(&nps);
            chart(description, "nps", nps_chart(nps))
        }
        ResultChart::Ranking(_) | ResultChart::Matrix { .. } if question.answered == 0 => {
            view! { <p class="hint">{crate::i18n::tr!("results-no-answers")}</p> }.into_any()
        }
        ResultChart::Number(None) | ResultChart::Dates(None) => {
            view! { <p class="hint">{crate::i18n::tr!("results-no-answers")}</p> }.into_any()
        }
        ResultChart::Number(Some(number)) => {
            let description = describe::number(&number);
            let stats = number_stats(&number);
            view! { {stats} {chart(description, "number", number_chart(number))} }.into_any()
        }
        ResultChart::Dates(Some(dates)) => {
            let description = describe::dates(&dates);
            let max = dates.bars.iter().map(|b| b.count).max().unwrap_or(0);
            let rows = dates
                .bars
                .into_iter()
                .map(|b| Row {
                    fill: share(b.count, max),
                    value: number_text(b.count as f64),
                    label: b.label,
                })
                .collect();
            let range = crate::i18n::tr!(
                "results-dates-range",
                earliest = dates.earliest.to_string(),
                latest = dates.latest.to_string(),
                period = describe::period_key(dates.period),
            );
            view! {
                <p class="hint">{range}</p>
                {chart(description, "dates", hbars(rows))}
            }
            .into_any()
        }
        ResultChart::Ranking(ranked) => {
            let description = describe::ranking(&ranked);
            view! {
                <p class="hint">{crate::i18n::tr!("results-ranking-note")}</p>
                {chart(description, "ranking", ranking_bars(ranked))}
            }
            .into_any()
        }
        ResultChart::Matrix { columns, rows } => {
            let description = describe::matrix(&columns, &rows);
            chart(description, "matrix", matrix_chart(columns, rows))
        }
        ResultChart::Words(words) => {
            if words.is_empty() {
                view! { <p class="hint">{crate::i18n::tr!("results-no-words")}</p> }.into_any()
            } else {
                view! {
                    <h3>{crate::i18n::tr!("results-words-heading")}</h3>
                    <ol class="top-words">
                        {words.into_iter().map(|(w, n)| view! { <li>{crate::i18n::tr!("results-word-count", word = w, count = n)}</li> }).collect_view()}
                    </ol>
                }
                .into_any()
            }
        }
    };
    view! {
        <li class="question-result">
            <h2 id=title_id.clone()>{question.text}</h2>
            <p class="result-counts">{counts}{mean}</p>
            {body}
        </li>
    }
}

/// `part` of `whole` as a percentage for drawing (0 when there is no whole).
fn share(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 * 100.0 / whole as f64
    }
}

fn pct(value: f64) -> String {
    format!("{:.2}%", value.clamp(0.0, 100.0))
}

struct Row {
    label: String,
    /// Bar length, 0 to 100.
    fill: f64,
    value: String,
}

/// Horizontal bars: label, bar, figure. On narrow screens the label goes
/// above its bar (style sheet).
fn hbars(rows: Vec<Row>) -> AnyView {
    view! {
        <div class="hbars">
            {rows.into_iter().map(|row| view! {
                <div class="hbar">
                    <span class="hbar-label">{row.label}</span>
                    <svg class="hbar-track" aria-hidden="true">
                        <rect class="hbar-fill" width=pct(row.fill) height="100%" />
                    </svg>
                    <span class="hbar-value">{row.value}</span>
                </div>
            }).collect_view()}
        </div>
    }
    .into_any()
}

/// Where the columns' area starts and ends, in % of the chart's height:
/// room above for the counts and below for the labels.
const TOP: f64 = 14.0;
const BASE: f64 = 80.0;

/// Vertical columns (a histogram), each count above its column; labels
/// under each column when `labelled`. `marks` draws the quartiles as a box
/// under the columns: (q1, median, q3) as x positions in %.
fn columns(bars: &[Bar], labelled: bool, marks: Option<(f64, f64, f64)>) -> AnyView {
    let n = bars.len().max(1) as f64;
    let width = 100.0 / n;
    let gap = (width * 0.15).min(2.0);
    let max = bars.iter().map(|b| b.count).max().unwrap_or(0);
    let shapes = bars
        .iter()
        .enumerate()
        .map(|(i, bar)| {
            let height = share(bar.count, max) / 100.0 * (BASE - TOP);
            let x = i as f64 * width;
            let centre = x + width / 2.0;
            let label = labelled.then(|| {
                view! { <text class="column-label" x=pct(centre) y="95%">{bar.label.clone()}</text> }
            });
            view! {
                <rect class="column" x=pct(x + gap / 2.0) y=pct(BASE - height)
                    width=pct(width - gap) height=pct(height) />
                <text class="column-count" x=pct(centre) y=pct(BASE - height - 2.0)>{number_text(bar.count as f64)}</text>
                {label}
            }
        })
        .collect_view();
    let marks = marks.map(|(q1, median, q3)| {
        view! {
            <line class="axis-line" x1="0%" x2="100%" y1="90%" y2="90%" />
            <rect class="quartiles" x=pct(q1) y="85%" width=pct(q3 - q1) height="10%" />
            <line class="median" x1=pct(median) x2=pct(median) y1=pct(TOP) y2="97%" />
        }
    });
    view! {
        <svg class="columns" aria-hidden="true">
            <line class="axis-line" x1="0%" x2="100%" y1=pct(BASE) y2=pct(BASE) />
            {shapes}
            {marks}
        </svg>
    }
    .into_any()
}

fn nps_chart(nps: NpsResult) -> AnyView {
    let base = nps.detractors + nps.passives + nps.promoters;
    let parts = [
        (
            "detractors",
            crate::i18n::tr!("results-detractors"),
            nps.detractors,
        ),
        (
            "passives",
            crate::i18n::tr!("results-passives"),
            nps.passives,
        ),
        (
            "promoters",
            crate::i18n::tr!("results-promoters"),
            nps.promoters,
        ),
    ];
    let mut x = 0.0;
    let segments = parts
        .iter()
        .map(|(class, _, n)| {
            let width = share(*n, base);
            let at = x;
            x += width;
            view! { <rect class=format!("nps-{class}") x=pct(at) y="0" width=pct(width) height="100%" /> }
        })
        .collect_view();
    let legend = parts
        .iter()
        .map(|(class, label, n)| {
            view! {
                <span class="legend-item">
                    <svg class="swatch" aria-hidden="true"><rect class=format!("nps-{class}") width="100%" height="100%" /></svg>
                    {crate::i18n::tr!(
                        "results-legend-value",
                        label = label,
                        count = *n,
                        percent = percent_text(*n, base),
                    )}
                </span>
            }
        })
        .collect_view();
    let score = nps.score.map_or("–".to_owned(), signed);
    view! {
        <p class="nps-figure"><span class="nps-score">{score}</span> " Net Promoter Score"</p>
        <svg class="nps-bar" aria-hidden="true">{segments}</svg>
        <div class="legend">{legend}</div>
        {columns(&nps.points, true, None)}
    }
    .into_any()
}

fn number_stats(number: &NumberResult) -> impl IntoView + use<> {
    let unit = describe::unit_suffix(number);
    let items = [
        (
            crate::i18n::tr!("results-median"),
            crate::i18n::tr!(
                "results-value",
                value = estimate(number.median),
                unit = &unit
            ),
        ),
        (
            crate::i18n::tr!("results-middle-half"),
            crate::i18n::tr!(
                "results-from-to",
                from = estimate(number.q1),
                to = estimate(number.q3),
                unit = &unit,
            ),
        ),
        (
            crate::i18n::tr!("results-mean"),
            crate::i18n::tr!("results-value", value = figure(number.mean), unit = &unit),
        ),
        (
            crate::i18n::tr!("results-range"),
            crate::i18n::tr!(
                "results-from-to",
                from = number.min.as_f64(),
                to = number.max.as_f64(),
                unit = &unit,
            ),
        ),
    ];
    view! {
        <dl class="number-stats">
            {items.into_iter().map(|(term, value)| view! {
                <div><dt>{term}</dt><dd>{value}</dd></div>
            }).collect_view()}
        </dl>
    }
}

fn number_chart(number: NumberResult) -> AnyView {
    let (min, max) = (number.min.as_f64(), number.max.as_f64());
    let n = number.bins.len().max(1) as f64;
    // Columns per value are centred on their value; equal ranges span min
    // to max edge to edge.
    let x_of = |v: f64| -> f64 {
        if max <= min {
            50.0
        } else if number.per_value {
            ((v - min) / (max - min) * (n - 1.0) + 0.5) / n * 100.0
        } else {
            (v - min) / (max - min) * 100.0
        }
    };
    let marks = (x_of(number.q1), x_of(number.median), x_of(number.q3));
    let axis = (!number.per_value).then(|| {
        view! {
            <div class="axis"><span>{number_text(min)}</span><span>{number_text(max)}</span></div>
        }
    });
    view! {
        {columns(&number.bins, number.per_value, Some(marks))}
        {axis}
        <p class="chart-key">{crate::i18n::tr!("results-chart-key")}</p>
    }
    .into_any()
}

fn ranking_bars(ranked: Vec<RankedOption>) -> AnyView {
    let n = ranked.len().max(1) as f64;
    let rows = ranked
        .into_iter()
        .map(|r| match r.average {
            Some(average) => Row {
                fill: (n + 1.0 - average) / n * 100.0,
                value: crate::i18n::tr!(
                    "results-ranking-value",
                    average = figure(average),
                    firsts = r.firsts,
                ),
                label: r.label,
            },
            None => Row {
                fill: 0.0,
                value: crate::i18n::tr!("results-not-ranked"),
                label: r.label,
            },
        })
        .collect();
    hbars(rows)
}

/// Shades for ordered columns, light to dark; a matrix of n columns takes n
/// of them spread over the range.
const SHADES: usize = 8;

fn shade(column: usize, columns: usize) -> usize {
    if columns <= 1 {
        SHADES - 1
    } else {
        (column * (SHADES - 1) + (columns - 1) / 2) / (columns - 1)
    }
}

fn matrix_chart(columns: Vec<String>, rows: Vec<MatrixRow>) -> AnyView {
    let count = columns.len();
    let legend = columns
        .iter()
        .enumerate()
        .map(|(i, label)| {
            view! {
                <span class="legend-item">
                    <svg class="swatch" aria-hidden="true"><rect class=format!("shade-{}", shade(i, count)) width="100%" height="100%" /></svg>
                    {label.clone()}
                </span>
            }
        })
        .collect_view();
    let rows = rows
        .into_iter()
        .map(|row| {
            let answered: u64 = row.counts.iter().sum();
            let mut x = 0.0;
            let segments = row
                .counts
                .iter()
                .enumerate()
                .map(|(i, n)| {
                    let width = share(*n, answered);
                    let at = x;
                    x += width;
                    view! { <rect class=format!("shade-{}", shade(i, count)) x=pct(at) y="0" width=pct(width) height="100%" /> }
                })
                .collect_view();
            let figures = columns
                .iter()
                .zip(&row.counts)
                .map(|(column, n)| {
                    crate::i18n::tr!(
                        "results-matrix-share",
                        column = column,
                        percent = percent_text(*n, answered),
                    )
                })
                .collect::<Vec<_>>()
                .join(" · ");
            view! {
                <div class="matrix-row">
                    <span class="matrix-label">{row.label}</span>
                    <svg class="stacked" aria-hidden="true">{segments}</svg>
                    <span class="matrix-figures">{crate::i18n::tr!("results-matrix-figures", figures = figures, count = answered)}</span>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="legend">{legend}</div>
        <div class="matrix-rows">{rows}</div>
    }
    .into_any()
}
