//! The figures of each kind of chart, as the results page receives them.

use serde::{Deserialize, Serialize};

use super::super::calendar_date::CalendarDate;
use super::super::decimal::Decimal;

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
    /// % promoters − % detractors (see `nps_score`); `None` without answers.
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Period {
    Day,
    /// Weeks from Monday.
    Week,
    Month,
    Year,
}
