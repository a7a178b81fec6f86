//! What a survey's results show for each question, computed from the merged
//! summary alone (never from the answers): the figures each kind of chart
//! draws, and its text alternative prints.

mod dates;
mod figures;
mod labels;
mod model;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use super::summary::{QuestionSummary, SurveySummary, top_words};
use super::survey::{ChoiceList, Question, QuestionKind};
use labels::Labels;

pub use figures::{format_plain, nps_score, percent};
pub use model::{
    Bar, DatesResult, MatrixRow, NpsResult, NumberResult, Period, QuestionResult, RankedOption,
    ResultChart,
};

/// Dropdowns longer than this list only the options someone chose, most
/// chosen first.
const SHORT_LIST: usize = 10;

/// Each question's result from the merged summary (zeros where nothing
/// was merged yet), its labels in English: data, as the API gives them.
pub fn question_results(questions: &[Question], merged: &SurveySummary) -> Vec<QuestionResult> {
    results_with(questions, merged, Labels::Data)
}

impl QuestionResult {
    /// [`question_results`] as a page shows them: the labels the results
    /// make ("Other", `4 ★`, `10 to 11.95`) in the page's language.
    pub fn for_page(questions: &[Question], merged: &SurveySummary) -> Vec<QuestionResult> {
        results_with(questions, merged, Labels::Page)
    }
}

fn results_with(
    questions: &[Question],
    merged: &SurveySummary,
    labels: Labels,
) -> Vec<QuestionResult> {
    questions
        .iter()
        .map(|question| {
            let seen = merged.responses;
            let (answered, chart) =
                chart_of(&question.kind, merged.questions.get(&question.id.0), labels);
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

fn chart_of(
    kind: &QuestionKind,
    found: Option<&QuestionSummary>,
    labels: Labels,
) -> (u64, ResultChart) {
    match kind {
        QuestionKind::Choice(list) => options_chart(list, found, false, labels),
        QuestionKind::Dropdown(list) => options_chart(list, found, true, labels),
        QuestionKind::Checkboxes { list, .. } => {
            let (respondents, counts, other) = match found {
                Some(QuestionSummary::Checkboxes {
                    respondents,
                    counts,
                    other,
                }) => (*respondents, counts.clone(), *other),
                _ => (0, BTreeMap::new(), 0),
            };
            let bars = option_bars(list, &counts, other, labels);
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
                    label: labels.stars(stars),
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
                ResultChart::Number(Some(figures::number_result(summary, rules, labels))),
            ),
            _ => (0, ResultChart::Number(None)),
        },
        QuestionKind::Date { .. } => match found {
            Some(QuestionSummary::Dates { days }) => {
                let answered = days.values().sum();
                (
                    answered,
                    ResultChart::Dates(dates::dates_result(days, labels)),
                )
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

fn option_bars(
    list: &ChoiceList,
    counts: &BTreeMap<u16, u64>,
    other: u64,
    labels: Labels,
) -> Vec<Bar> {
    let mut bars: Vec<Bar> = (0u16..)
        .zip(&list.options)
        .map(|(i, label)| Bar {
            label: label.clone(),
            count: count_of(counts, &i),
        })
        .collect();
    if list.other || other > 0 {
        bars.push(Bar {
            label: labels.other(),
            count: other,
        });
    }
    bars
}

fn options_chart(
    list: &ChoiceList,
    found: Option<&QuestionSummary>,
    dropdown: bool,
    labels: Labels,
) -> (u64, ResultChart) {
    let (counts, other) = match found {
        Some(QuestionSummary::Choice { counts, other }) => (counts.clone(), *other),
        _ => (BTreeMap::new(), 0),
    };
    let mut bars = option_bars(list, &counts, other, labels);
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
