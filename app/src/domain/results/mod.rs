//! What a survey's results show for each question, computed from the merged
//! summary alone (never from the answers): the figures each kind of chart
//! draws, and its text alternative prints.

mod dates;
mod figures;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::calendar_date::CalendarDate;
use super::decimal::Decimal;
use super::summary::{QuestionSummary, SurveySummary, top_words};
use super::survey::{ChoiceList, NumberRules, Question, QuestionKind};

pub use dates::Period;
pub use figures::{format_plain, nps_score, percent};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionResult {
    pub text: String,
    /// How many were shown the question. Every merged response saw every
    /// question until branching can skip some.
    pub seen: u64,
    /// How many answered it.
    pub answered: u64,
    pub chart: ResultChart,
}

/// One bar: a label and a count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bar {
    pub label: String,
    pub count: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ResultChart {
    /// One choice, dropdown or checkboxes: a bar per option (and "Other"),
    /// each a share of `base`: the answers, or for checkboxes the
    /// respondents (`several`), whose ticks add up to more.
    Options {
        bars: Vec<Bar>,
        base: u64,
        several: bool,
        /// Options not listed because no one chose them (long dropdowns).
        unlisted: usize,
    },
    /// Star ratings: a bar per star count.
    Stars {
        bars: Vec<Bar>,
        mean: Option<f64>,
    },
    /// A rating scale: a column per point.
    Scale {
        points: Vec<Bar>,
        mean: Option<f64>,
        low_label: Option<String>,
        high_label: Option<String>,
    },
    Nps(NpsResult),
    /// `None` before the first answer.
    Number(Option<NumberResult>),
    Dates(Option<DatesResult>),
    /// Options by average place, best first.
    Ranking(Vec<RankedOption>),
    Matrix {
        columns: Vec<String>,
        rows: Vec<MatrixRow>,
    },
    /// Long and short text: the most frequent words.
    Words(Vec<(String, u64)>),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NpsResult {
    /// Scores 0 to 6.
    pub detractors: u64,
    /// Scores 7 and 8.
    pub passives: u64,
    /// Scores 9 and 10.
    pub promoters: u64,
    /// % promoters − % detractors (see [`nps_score`]); `None` without answers.
    pub score: Option<i32>,
    /// A column per score 0 to 10.
    pub points: Vec<Bar>,
    pub mean: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NumberResult {
    pub count: u64,
    /// Exact.
    pub mean: f64,
    pub min: Decimal,
    pub max: Decimal,
    /// Quartiles estimated by the summary's sketch, within its stated
    /// accuracy (`RELATIVE_ACCURACY`), then put on the question's step.
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
    /// An approximate histogram between min and max.
    pub bins: Vec<Bar>,
    /// Whether each bin is one value on the question's step (else equal
    /// ranges from min to max).
    pub per_value: bool,
    pub unit: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DatesResult {
    pub earliest: CalendarDate,
    pub latest: CalendarDate,
    /// Days when the answers span a month or less, else weeks, months or
    /// years, so the list stays short.
    pub period: Period,
    pub bars: Vec<Bar>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RankedOption {
    pub label: String,
    /// Average place, 1 being first; `None` when no one ranked it.
    pub average: Option<f64>,
    /// How many put it first.
    pub firsts: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatrixRow {
    pub label: String,
    /// Answers per column, in column order.
    pub counts: Vec<u64>,
}

/// Dropdowns longer than this list only the options someone chose, most
/// chosen first.
const SHORT_LIST: usize = 10;

/// Each question's result from the merged summary (zeros where nothing
/// was merged yet).
pub fn question_results(questions: &[Question], merged: &SurveySummary) -> Vec<QuestionResult> {
    questions
        .iter()
        .map(|question| {
            let seen = merged.responses;
            let (answered, chart) = chart_of(&question.kind, merged.questions.get(&question.id.0));
            QuestionResult {
                text: question.text.clone(),
                seen,
                answered,
                chart,
            }
        })
        .collect()
}

fn count_of<K: Ord>(counts: &BTreeMap<K, u64>, key: &K) -> u64 {
    counts.get(key).copied().unwrap_or(0)
}

fn chart_of(kind: &QuestionKind, found: Option<&QuestionSummary>) -> (u64, ResultChart) {
    match kind {
        QuestionKind::Choice(list) => options_chart(list, found, false),
        QuestionKind::Dropdown(list) => options_chart(list, found, true),
        QuestionKind::Checkboxes { list, .. } => {
            let (respondents, counts, other) = match found {
                Some(QuestionSummary::Checkboxes {
                    respondents,
                    counts,
                    other,
                }) => (*respondents, counts.clone(), *other),
                _ => (0, BTreeMap::new(), 0),
            };
            let bars = option_bars(list, &counts, other);
            let chart = ResultChart::Options {
                bars,
                base: respondents,
                several: true,
                unlisted: 0,
            };
            (respondents, chart)
        }
        QuestionKind::Range { .. } => {
            let (count, histogram) = match found {
                Some(QuestionSummary::Range {
                    count, histogram, ..
                }) => (*count, *histogram),
                _ => (0, [0; 5]),
            };
            let bars = (1..=5)
                .map(|stars| Bar {
                    label: format!("{stars} ★"),
                    count: histogram[stars - 1],
                })
                .collect();
            let mean = found.and_then(|s| s.mean());
            (count, ResultChart::Stars { bars, mean })
        }
        QuestionKind::Scale {
            points,
            low_label,
            high_label,
        } => {
            let counts = score_counts(found);
            let points = point_bars(1..=*points, &counts);
            let (answered, mean) = figures::score_mean(&counts);
            let chart = ResultChart::Scale {
                points,
                mean,
                low_label: low_label.clone(),
                high_label: high_label.clone(),
            };
            (answered, chart)
        }
        QuestionKind::Nps { .. } => {
            let counts = score_counts(found);
            let sum_of = |range: std::ops::RangeInclusive<u8>| -> u64 {
                range.map(|p| count_of(&counts, &p)).sum()
            };
            let (detractors, passives, promoters) = (sum_of(0..=6), sum_of(7..=8), sum_of(9..=10));
            let (answered, mean) = figures::score_mean(&counts);
            let chart = ResultChart::Nps(NpsResult {
                detractors,
                passives,
                promoters,
                score: nps_score(promoters, detractors, detractors + passives + promoters),
                points: point_bars(0..=10, &counts),
                mean,
            });
            (answered, chart)
        }
        QuestionKind::Number(rules) => match found {
            Some(QuestionSummary::Number(summary)) => (
                summary.count,
                ResultChart::Number(Some(figures::number_result(summary, rules))),
            ),
            _ => (0, ResultChart::Number(None)),
        },
        QuestionKind::Date { .. } => match found {
            Some(QuestionSummary::Dates { days }) => {
                let answered = days.values().sum();
                (answered, ResultChart::Dates(dates::dates_result(days)))
            }
            _ => (0, ResultChart::Dates(None)),
        },
        QuestionKind::Ranking { options, .. } => ranking_chart(options, found),
        QuestionKind::Matrix { rows, columns } => {
            let (count, cells) = match found {
                Some(QuestionSummary::Matrix { count, cells }) => (*count, cells.clone()),
                _ => (0, BTreeMap::new()),
            };
            let rows = (0u16..)
                .zip(rows)
                .map(|(row, label)| {
                    let answers = cells.get(&row);
                    MatrixRow {
                        label: label.clone(),
                        counts: (0u16..)
                            .zip(columns)
                            .map(|(column, _)| answers.map_or(0, |a| count_of(a, &column)))
                            .collect(),
                    }
                })
                .collect();
            let chart = ResultChart::Matrix {
                columns: columns.clone(),
                rows,
            };
            (count, chart)
        }
        QuestionKind::FreeText { .. } | QuestionKind::ShortText { .. } => match found {
            Some(QuestionSummary::FreeText { count, words }) => {
                (*count, ResultChart::Words(top_words(words, 10)))
            }
            _ => (0, ResultChart::Words(Vec::new())),
        },
    }
}

fn option_bars(list: &ChoiceList, counts: &BTreeMap<u16, u64>, other: u64) -> Vec<Bar> {
    let mut bars: Vec<Bar> = (0u16..)
        .zip(&list.options)
        .map(|(i, label)| Bar {
            label: label.clone(),
            count: count_of(counts, &i),
        })
        .collect();
    if list.other || other > 0 {
        bars.push(Bar {
            label: "Other".to_owned(),
            count: other,
        });
    }
    bars
}

fn options_chart(
    list: &ChoiceList,
    found: Option<&QuestionSummary>,
    dropdown: bool,
) -> (u64, ResultChart) {
    let (counts, other) = match found {
        Some(QuestionSummary::Choice { counts, other }) => (counts.clone(), *other),
        _ => (BTreeMap::new(), 0),
    };
    let mut bars = option_bars(list, &counts, other);
    let answered = bars.iter().map(|b| b.count).sum();
    let mut unlisted = 0;
    if dropdown && bars.len() > SHORT_LIST {
        // Stable: equal counts keep the options' order.
        bars.sort_by_key(|b| std::cmp::Reverse(b.count));
        unlisted = bars.iter().filter(|b| b.count == 0).count();
        bars.retain(|b| b.count > 0);
    }
    let chart = ResultChart::Options {
        bars,
        base: answered,
        several: false,
        unlisted,
    };
    (answered, chart)
}

fn score_counts(found: Option<&QuestionSummary>) -> BTreeMap<u8, u64> {
    match found {
        Some(QuestionSummary::Score { counts }) => counts.clone(),
        _ => BTreeMap::new(),
    }
}

fn point_bars(points: std::ops::RangeInclusive<u8>, counts: &BTreeMap<u8, u64>) -> Vec<Bar> {
    points
        .map(|p| Bar {
            label: p.to_string(),
            count: count_of(counts, &p),
        })
        .collect()
}

fn ranking_chart(options: &[String], found: Option<&QuestionSummary>) -> (u64, ResultChart) {
    let empty = BTreeMap::new();
    let (count, place_sums, placed, firsts) = match found {
        Some(QuestionSummary::Ranking {
            count,
            place_sums,
            placed,
            firsts,
        }) => (*count, place_sums, placed, firsts),
        _ => (0, &empty, &empty, &empty),
    };
    let mut ranked: Vec<RankedOption> = (0u16..)
        .zip(options)
        .map(|(i, label)| {
            let times = count_of(placed, &i);
            RankedOption {
                label: label.clone(),
                average: (times > 0).then(|| count_of(place_sums, &i) as f64 / times as f64),
                firsts: count_of(firsts, &i),
            }
        })
        .collect();
    // Best average first; unranked last; ties keep the options' order.
    ranked.sort_by(|a, b| {
        let key = |r: &RankedOption| r.average.unwrap_or(f64::INFINITY);
        key(a).total_cmp(&key(b))
    });
    (count, ResultChart::Ranking(ranked))
}

/// Puts an estimate on the question's grid (its minimum, or zero, plus a
/// whole number of steps), since every answer lies on it.
fn on_step(value: f64, rules: &NumberRules) -> f64 {
    match rules.step {
        Some(step) if step.micros() > 0 => {
            let start = rules.min.map_or(0.0, Decimal::as_f64);
            let step = step.as_f64();
            start + ((value - start) / step).round() * step
        }
        _ => value,
    }
}
