//! The statistics of a survey as the merge approach keeps them: a summary
//! built from a batch of responses (a delta) is merged into the stored one.
//! `SurveySummary::merge` is associative and commutative with the empty
//! summary as identity, so any split of the responses into batches, merged
//! in any order, gives the summary computed at once.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::answers::AnswerValue;
use super::answers::ValidAnswer;

/// How many of the most frequent words a free-text question shows.
pub const TOP_WORDS: usize = 10;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveySummary {
    pub responses: u64,
    /// By question id.
    pub questions: BTreeMap<i64, QuestionSummary>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuestionSummary {
    /// Answers per option index.
    Choice { counts: BTreeMap<u16, u64> },
    /// Star ratings: how many, their sum, and how many of each 1..=5.
    Range {
        count: u64,
        sum: u64,
        histogram: [u64; 5],
    },
    /// Answers given, and how often each word was used. A stored summary
    /// keeps only the top words; the full counts live in their own table.
    FreeText {
        count: u64,
        words: BTreeMap<String, u64>,
    },
}

impl QuestionSummary {
    fn of(value: &AnswerValue) -> Option<QuestionSummary> {
        Some(match value {
            AnswerValue::Choice(index) => QuestionSummary::Choice {
                counts: BTreeMap::from([(*index, 1)]),
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
            // ISSUE22-TEMP: the statistics helper replaces this.
            _ => return None,
        })
    }

    /// Adds `other` in; summaries of different kinds (which one survey's
    /// frozen questions never produce) leave `self` unchanged.
    fn merge(&mut self, other: &QuestionSummary) {
        match (self, other) {
            (QuestionSummary::Choice { counts }, QuestionSummary::Choice { counts: more }) => {
                for (option, n) in more {
                    *counts.entry(*option).or_insert(0) += n;
                }
            }
            (
                QuestionSummary::Range {
                    count,
                    sum,
                    histogram,
                },
                QuestionSummary::Range {
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
            (
                QuestionSummary::FreeText { count, words },
                QuestionSummary::FreeText {
                    count: c,
                    words: more,
                },
            ) => {
                *count += c;
                for (word, n) in more {
                    *words.entry(word.clone()).or_insert(0) += n;
                }
            }
            _ => {}
        }
    }

    /// The mean rating, for range questions with answers.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::QuestionId;

    fn response(stars: u8, option: u16, text: &str) -> Vec<ValidAnswer> {
        vec![
            ValidAnswer {
                question: QuestionId(1),
                value: AnswerValue::Rating(stars),
            },
            ValidAnswer {
                question: QuestionId(2),
                value: AnswerValue::Choice(option),
            },
            ValidAnswer {
                question: QuestionId(3),
                value: AnswerValue::Text(text.to_owned()),
            },
        ]
    }

    fn summary_at_once(responses: &[Vec<ValidAnswer>]) -> SurveySummary {
        let mut all = SurveySummary::default();
        for r in responses {
            all.merge(&SurveySummary::of_response(r));
        }
        all
    }

    #[test]
    fn words_are_case_folded_without_stop_words() {
        assert_eq!(
            words_of("The staff were GREAT, great and friendly! I'd come again."),
            [
                "staff", "great", "great", "friendly", "i'd", "come", "again"
            ]
        );
        assert!(words_of("a an the of").is_empty());
        assert_eq!(words_of("Café — très bien"), ["café", "très", "bien"]);
    }

    #[test]
    fn a_summary_counts_every_kind_of_question() {
        let summary = summary_at_once(&[
            response(5, 0, "Fast service"),
            response(3, 2, "slow service"),
        ]);
        assert_eq!(summary.responses, 2);
        assert_eq!(
            summary.questions[&1],
            QuestionSummary::Range {
                count: 2,
                sum: 8,
                histogram: [0, 0, 1, 0, 1]
            }
        );
        assert_eq!(summary.questions[&1].mean(), Some(4.0));
        assert_eq!(
            summary.questions[&2],
            QuestionSummary::Choice {
                counts: BTreeMap::from([(0, 1), (2, 1)])
            }
        );
        let QuestionSummary::FreeText { count, words } = &summary.questions[&3] else {
            panic!("free text")
        };
        assert_eq!(*count, 2);
        assert_eq!(
            top_words(words, 2),
            [("service".to_owned(), 2), ("fast".to_owned(), 1)]
        );
    }

    use proptest::prelude::*;

    const WORDS: [&str; 6] = ["quick", "slow", "Friendly", "rude", "clean", "the"];

    /// One response: each question answered or left out (optional ones).
    fn any_response() -> impl Strategy<Value = Vec<ValidAnswer>> {
        (
            proptest::option::of(1u8..=5),
            proptest::option::of(0u16..4),
            proptest::option::of(proptest::collection::vec(0usize..WORDS.len(), 0..5)),
        )
            .prop_map(|(stars, option, words)| {
                let mut answers = Vec::new();
                if let Some(stars) = stars {
                    answers.push(ValidAnswer {
                        question: QuestionId(1),
                        value: AnswerValue::Rating(stars),
                    });
                }
                if let Some(option) = option {
                    answers.push(ValidAnswer {
                        question: QuestionId(2),
                        value: AnswerValue::Choice(option),
                    });
                }
                if let Some(words) = words {
                    let text: Vec<&str> = words.into_iter().map(|w| WORDS[w]).collect();
                    answers.push(ValidAnswer {
                        question: QuestionId(3),
                        value: AnswerValue::Text(text.join(" ")),
                    });
                }
                answers
            })
    }

    proptest! {
        /// For any responses, cut into batches anywhere and merged in any
        /// order, the result equals the summary computed at once.
        #[test]
        fn any_split_merged_in_any_order_equals_the_summary_at_once(
            responses in proptest::collection::vec(any_response(), 0..40),
            cuts in proptest::collection::vec(any::<bool>(), 40),
            order in any::<u64>(),
        ) {
            let expected = summary_at_once(&responses);
            let mut batches: Vec<SurveySummary> = Vec::new();
            let mut current = SurveySummary::default();
            for (r, cut) in responses.iter().zip(&cuts) {
                current.merge(&SurveySummary::of_response(r));
                if *cut {
                    batches.push(std::mem::take(&mut current));
                }
            }
            batches.push(current);
            // A permutation chosen by `order` (Fisher-Yates on its digits).
            let mut seed = order;
            for i in (1..batches.len()).rev() {
                let j = (seed % (i as u64 + 1)) as usize;
                seed = seed.rotate_left(7) ^ 0x9E37_79B9_7F4A_7C15;
                batches.swap(i, j);
            }
            let mut merged = SurveySummary::default();
            for batch in &batches {
                merged.merge(batch);
            }
            prop_assert_eq!(merged.responses, responses.len() as u64);
            prop_assert_eq!(merged, expected);
        }

        /// Merging is commutative and the empty summary changes nothing.
        #[test]
        fn merge_is_commutative_with_an_identity(
            a in proptest::collection::vec(any_response(), 0..10),
            b in proptest::collection::vec(any_response(), 0..10),
        ) {
            let (sa, sb) = (summary_at_once(&a), summary_at_once(&b));
            let mut ab = sa.clone();
            ab.merge(&sb);
            let mut ba = sb.clone();
            ba.merge(&sa);
            prop_assert_eq!(&ab, &ba);
            let mut same = ab.clone();
            same.merge(&SurveySummary::default());
            prop_assert_eq!(same, ab);
        }
    }
}
