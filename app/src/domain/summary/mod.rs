//! The statistics of a survey as the merge approach keeps them: a summary
//! built from a batch of responses (a delta) is merged into the stored one.
//! `SurveySummary::merge` is associative and commutative with the empty
//! summary as identity, so any split of the responses into batches, merged
//! in any order, gives the summary computed at once.

mod number;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::answers::AnswerValue;
use super::answers::ValidAnswer;
use super::calendar_date::CalendarDate;

pub use number::{NumberSummary, RELATIVE_ACCURACY};

/// How many of the most frequent words a free-text question shows.
pub const TOP_WORDS: usize = 10;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveySummary {
    pub responses: u64,
    /// By question id.
    pub questions: BTreeMap<i64, QuestionSummary>,
}

/// One question's figures. Stored as JSON in `survey_summaries.summary`:
/// fields added to a variant that summaries were already written with take
/// `#[serde(default)]`, so those still read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuestionSummary {
    /// One choice or a dropdown: answers per option index, and how many
    /// chose "Other" (their texts stay with the answers).
    Choice {
        counts: BTreeMap<u16, u64>,
        #[serde(default)]
        other: u64,
    },
    /// Star ratings: how many, their sum, and how many of each 1..=5.
    Range {
        count: u64,
        sum: u64,
        histogram: [u64; 5],
    },
    /// Long or short text: answers given, and how often each word was used.
    /// A stored summary keeps only the top words; the full counts live in
    /// their own table.
    FreeText {
        count: u64,
        words: BTreeMap<String, u64>,
    },
    /// Checkboxes: how many answered (the base of their percentages, since
    /// one respondent ticks several), ticks per option, and "Other" ticks.
    Checkboxes {
        respondents: u64,
        counts: BTreeMap<u16, u64>,
        other: u64,
    },
    /// A rating scale or NPS: answers per point.
    Score {
        counts: BTreeMap<u8, u64>,
    },
    Number(NumberSummary),
    /// Answers per day.
    Dates {
        days: BTreeMap<CalendarDate, u64>,
    },
    /// Ranking: per option index the sum of the places it was given (1 is
    /// first) and how many placed it, and how often it was first.
    Ranking {
        count: u64,
        place_sums: BTreeMap<u16, u64>,
        placed: BTreeMap<u16, u64>,
        firsts: BTreeMap<u16, u64>,
    },
    /// Matrix: how many answered at least one row, and per row the answers
    /// per column.
    Matrix {
        count: u64,
        cells: BTreeMap<u16, BTreeMap<u16, u64>>,
    },
}

fn add_counts<K: Ord + Copy>(into: &mut BTreeMap<K, u64>, more: &BTreeMap<K, u64>) {
    for (key, n) in more {
        *into.entry(*key).or_insert(0) += n;
    }
}

fn one<K: Ord>(key: K) -> BTreeMap<K, u64> {
    BTreeMap::from([(key, 1)])
}

impl QuestionSummary {
    fn of(value: &AnswerValue) -> Option<QuestionSummary> {
        Some(match value {
            AnswerValue::Choice(index) => QuestionSummary::Choice {
                counts: one(*index),
                other: 0,
            },
            AnswerValue::Other(_) => QuestionSummary::Choice {
                counts: BTreeMap::new(),
                other: 1,
            },
            AnswerValue::Rating(stars @ 1..=5) => {
                let mut histogram = [0; 5];
                histogram[usize::from(*stars - 1)] = 1;
                QuestionSummary::Range {
                    count: 1,
                    sum: u64::from(*stars),
                    histogram,
                }
            }
            // Validation never lets another rating through; not counting
            // it is safer than counting it wrongly.
            AnswerValue::Rating(_) => return None,
            AnswerValue::Text(text) => {
                let mut words = BTreeMap::new();
                for word in words_of(text) {
                    *words.entry(word).or_insert(0) += 1;
                }
                QuestionSummary::FreeText { count: 1, words }
            }
            AnswerValue::Choices { selected, other } => QuestionSummary::Checkboxes {
                respondents: 1,
                counts: selected.iter().map(|i| (*i, 1)).collect(),
                other: u64::from(other.is_some()),
            },
            AnswerValue::Score(point) => QuestionSummary::Score {
                counts: one(*point),
            },
            AnswerValue::Number(value) => QuestionSummary::Number(NumberSummary::of(*value)),
            AnswerValue::Date(day) => QuestionSummary::Dates { days: one(*day) },
            AnswerValue::Ranking(order) => {
                let mut place_sums = BTreeMap::new();
                for (place, option) in (1u64..).zip(order) {
                    *place_sums.entry(*option).or_insert(0) += place;
                }
                QuestionSummary::Ranking {
                    count: 1,
                    placed: place_sums.keys().map(|o| (*o, 1)).collect(),
                    place_sums,
                    firsts: order.first().map(|o| one(*o)).unwrap_or_default(),
                }
            }
            AnswerValue::Matrix(rows) => {
                let cells: BTreeMap<u16, BTreeMap<u16, u64>> = (0u16..)
                    .zip(rows)
                    .filter_map(|(row, column)| column.map(|c| (row, one(c))))
                    .collect();
                if cells.is_empty() {
                    return None;
                }
                QuestionSummary::Matrix { count: 1, cells }
            }
        })
    }

    /// Adds `other` in; summaries of different kinds (which one survey's
    /// frozen questions never produce) leave `self` unchanged.
    fn merge(&mut self, other: &QuestionSummary) {
        use QuestionSummary as S;
        match (self, other) {
            (
                S::Choice { counts, other },
                S::Choice {
                    counts: c,
                    other: o,
                },
            ) => {
                add_counts(counts, c);
                *other += o;
            }
            (
                S::Range {
                    count,
                    sum,
                    histogram,
                },
                S::Range {
                    count: c,
                    sum: s,
                    histogram: h,
                },
            ) => {
                *count += c;
                *sum += s;
                for (mine, theirs) in histogram.iter_mut().zip(h) {
                    *mine += theirs;
                }
            }
            (S::FreeText { count, words }, S::FreeText { count: c, words: w }) => {
                *count += c;
                for (word, n) in w {
                    *words.entry(word.clone()).or_insert(0) += n;
                }
            }
            (
                S::Checkboxes {
                    respondents,
                    counts,
                    other,
                },
                S::Checkboxes {
                    respondents: r,
                    counts: c,
                    other: o,
                },
            ) => {
                *respondents += r;
                add_counts(counts, c);
                *other += o;
            }
            (S::Score { counts }, S::Score { counts: c }) => add_counts(counts, c),
            (S::Number(mine), S::Number(theirs)) => mine.merge(theirs),
            (S::Dates { days }, S::Dates { days: d }) => add_counts(days, d),
            (
                S::Ranking {
                    count,
                    place_sums,
                    placed,
                    firsts,
                },
                S::Ranking {
                    count: c,
                    place_sums: s,
                    placed: p,
                    firsts: f,
                },
            ) => {
                *count += c;
                add_counts(place_sums, s);
                add_counts(placed, p);
                add_counts(firsts, f);
            }
            (
                S::Matrix { count, cells },
                S::Matrix {
                    count: c,
                    cells: more,
                },
            ) => {
                *count += c;
                for (row, columns) in more {
                    add_counts(cells.entry(*row).or_default(), columns);
                }
            }
            _ => {}
        }
    }

    /// The mean rating, for star ratings with answers.
    pub fn mean(&self) -> Option<f64> {
        match self {
            QuestionSummary::Range { count, sum, .. } if *count > 0 => {
                Some(*sum as f64 / *count as f64)
            }
            _ => None,
        }
    }
}

impl SurveySummary {
    /// The summary of one response.
    pub fn of_response(answers: &[ValidAnswer]) -> SurveySummary {
        let questions = answers
            .iter()
            .filter_map(|a| QuestionSummary::of(&a.value).map(|s| (a.question.0, s)))
            .collect();
        SurveySummary {
            responses: 1,
            questions,
        }
    }

    pub fn merge(&mut self, other: &SurveySummary) {
        self.responses += other.responses;
        for (question, summary) in &other.questions {
            match self.questions.get_mut(question) {
                Some(mine) => mine.merge(summary),
                None => {
                    self.questions.insert(*question, summary.clone());
                }
            }
        }
    }
}

/// The `n` most frequent words, most frequent first, ties in alphabetical
/// order (so the list is the same whatever order counts arrived in).
pub fn top_words(words: &BTreeMap<String, u64>, n: usize) -> Vec<(String, u64)> {
    let mut ranked: Vec<(String, u64)> = words.iter().map(|(w, c)| (w.clone(), *c)).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked.truncate(n);
    ranked
}

/// Common English words that say nothing about the answers.
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "been", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have",
    "he", "her", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "me",
    "more", "my", "no", "not", "of", "on", "one", "or", "our", "out", "so", "some", "than", "that",
    "the", "their", "them", "then", "there", "they", "this", "to", "too", "up", "us", "very",
    "was", "we", "were", "what", "when", "which", "who", "will", "with", "would", "you", "your",
];

/// The words of a free-text answer: split at anything that is not a letter,
/// digit or apostrophe, case-folded, stop words and one-letter words removed.
pub fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .map(|w| {
            w.trim_matches(|c| c == '\'' || c == '\u{2019}')
                .to_lowercase()
        })
        .filter(|w| w.chars().count() > 1 && !STOP_WORDS.contains(&w.as_str()))
        .collect()
}
