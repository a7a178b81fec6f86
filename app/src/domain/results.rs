//! What a survey's results show for each question: bars per option or per
//! star count, the mean, the most frequent words.

use serde::{Deserialize, Serialize};

use super::summary::{QuestionSummary, SurveySummary, top_words};
use super::survey::{Question, QuestionKind};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionResult {
    pub text: String,
    pub kind: ResultKind,
    /// How many answered this question.
    pub answered: u64,
    /// One bar per option or per star count, in order.
    pub bars: Vec<(String, u64)>,
    pub mean: Option<f64>,
    pub top_words: Vec<(String, u64)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResultKind {
    Choice,
    Range,
    FreeText,
}

/// Each question's result from the merged summary (zeros where nothing
/// was merged yet).
pub fn question_results(questions: &[Question], merged: &SurveySummary) -> Vec<QuestionResult> {
    questions
        .iter()
        .map(|question| result_of(question, merged.questions.get(&question.id.0)))
        .collect()
}

fn result_of(question: &Question, found: Option<&QuestionSummary>) -> QuestionResult {
    let (kind, answered, bars, mean, words) = match &question.kind {
        QuestionKind::Choice(super::survey::ChoiceList { options, .. }) => {
            let counts = match found {
                Some(QuestionSummary::Choice { counts }) => counts.clone(),
                _ => Default::default(),
            };
            let bars: Vec<(String, u64)> = options
                .iter()
                .enumerate()
                .map(|(i, label)| (label.clone(), counts.get(&(i as u16)).copied().unwrap_or(0)))
                .collect();
            let answered = bars.iter().map(|(_, n)| n).sum();
            (ResultKind::Choice, answered, bars, None, Vec::new())
        }
        QuestionKind::Range { .. } => {
            let (count, histogram) = match found {
                Some(QuestionSummary::Range {
                    count, histogram, ..
                }) => (*count, *histogram),
                _ => (0, [0; 5]),
            };
            let bars = (1..=5)
                .map(|stars| (format!("{stars} ★"), histogram[stars - 1]))
                .collect();
            let mean = found.and_then(|s| s.mean());
            (ResultKind::Range, count, bars, mean, Vec::new())
        }
        QuestionKind::FreeText { .. } => match found {
            Some(QuestionSummary::FreeText { count, words }) => (
                ResultKind::FreeText,
                *count,
                Vec::new(),
                None,
                top_words(words, 10),
            ),
            _ => (ResultKind::FreeText, 0, Vec::new(), None, Vec::new()),
        },
        // ISSUE22-TEMP: the statistics helper replaces this.
        _ => (ResultKind::FreeText, 0, Vec::new(), None, Vec::new()),
    };
    QuestionResult {
        text: question.text.clone(),
        kind,
        answered,
        bars,
        mean,
        top_words: words,
    }
}
