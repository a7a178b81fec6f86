//! A question as the designer's form sends it, and the rules its settings
//! follow for each kind. Every setting that does not fit the chosen kind is
//! ignored: without JavaScript the form sends every kind's settings.

use serde::{Deserialize, Serialize};

use super::super::calendar_date::CalendarDate;
use super::super::decimal::Decimal;
use super::super::survey::{
    ChoiceList, FREE_TEXT_HARD_LIMIT, NumberRules, QuestionKind, SHORT_TEXT_LIMIT,
};
use super::super::text_format::TextFormat;
use crate::error::FieldProblem;
use crate::i18n::Message;

pub const MAX_QUESTION_CHARS: usize = 500;
pub const MAX_LABEL_CHARS: usize = 60;
pub const MAX_OPTION_CHARS: usize = 120;
pub const MIN_OPTIONS: usize = 2;
/// One choice (radio buttons) and ranking: more is hard to take in.
pub const MAX_OPTIONS: usize = 10;
pub const MAX_CHECKBOX_OPTIONS: usize = 20;
/// A menu scrolls, so it may hold a long list (countries, products).
pub const MAX_DROPDOWN_OPTIONS: usize = 200;
pub const MAX_MATRIX_ROWS: usize = 20;
pub const MAX_MATRIX_COLUMNS: usize = 10;
pub const MIN_SCALE_POINTS: u8 = 2;
pub const MAX_SCALE_POINTS: u8 = 10;
/// What an empty "points" field means.
pub const DEFAULT_SCALE_POINTS: u8 = 5;

/// How many options a kind with options takes (`None`: no options).
pub fn option_bounds(code: &str) -> Option<(usize, usize)> {
    match code {
        "choice" | "ranking" => Some((MIN_OPTIONS, MAX_OPTIONS)),
        "checkboxes" => Some((MIN_OPTIONS, MAX_CHECKBOX_OPTIONS)),
        "dropdown" => Some((MIN_OPTIONS, MAX_DROPDOWN_OPTIONS)),
        _ => None,
    }
}

/// The longest answer a text kind allows (`None`: not a text kind).
pub fn length_limit(code: &str) -> Option<u16> {
    match code {
        "free_text" => Some(FREE_TEXT_HARD_LIMIT),
        "short_text" => Some(SHORT_TEXT_LIMIT),
        _ => None,
    }
}

/// A question as the designer's form sends it. The field names are the
/// form's (`question[min]`) and the ones its problems are reported under.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionInput {
    pub text: String,
    pub required: bool,
    /// One of `QuestionKind::CODES`.
    pub kind: String,
    /// Long and short text: the longest answer; empty means the kind's
    /// limit (2,000 or 255).
    pub max_length: String,
    /// Star rating, rating scale, NPS: the optional end labels.
    pub low_label: String,
    pub high_label: String,
    /// Choice, checkboxes, dropdown, ranking: one option a line.
    pub options: String,
    /// Short text: a `TextFormat` code; empty means any text.
    pub format: String,
    /// Number: the bounds, step and unit, each optional.
    pub min: String,
    pub max: String,
    pub step: String,
    pub unit: String,
    /// Checkboxes: how few and how many may be ticked, each optional. Not
    /// `min`/`max`: without JavaScript the form shows both kinds' fields.
    #[serde(default)]
    pub min_selected: String,
    #[serde(default)]
    pub max_selected: String,
    /// Date: `YYYY-MM-DD` bounds, either may be empty.
    pub earliest: String,
    pub latest: String,
    /// Rating scale: how many points (2 to 10; empty means 5).
    pub points: String,
    /// Matrix: statements one a line, and the shared scale one a line.
    pub rows: String,
    pub columns: String,
    /// Choice, checkboxes, dropdown: offer "Other (please specify)".
    pub other: bool,
    /// Choice types and ranking: show options in a per-respondent order.
    pub shuffle: bool,
}

/// A valid question definition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionDraft {
    pub text: String,
    pub required: bool,
    pub kind: QuestionKind,
}

/// What one line of a list field is, for the messages about the list.
#[derive(Clone, Copy, Debug)]
enum Line {
    Option,
    Statement,
    ScalePoint,
}

impl Line {
    /// The messages for: too few or too many lines, one line twice, one
    /// line too long.
    fn keys(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Line::Option => (
                "msg-design-options-count",
                "msg-design-option-twice",
                "msg-design-option-too-long",
            ),
            Line::Statement => (
                "msg-design-statements-count",
                "msg-design-statement-twice",
                "msg-design-statement-too-long",
            ),
            Line::ScalePoint => (
                "msg-design-scale-points-count",
                "msg-design-scale-point-twice",
                "msg-design-scale-point-too-long",
            ),
        }
    }
}

/// Problems found so far, by form field.
#[derive(Default)]
struct Problems(Vec<FieldProblem>);

impl Problems {
    fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0.push(FieldProblem::new(field, message));
    }

    /// An optional short label: `None` when empty.
    fn label(&mut self, field: &str, value: &str) -> Option<String> {
        let value = value.trim();
        if value.chars().count() > MAX_LABEL_CHARS || value.chars().any(char::is_control) {
            self.add(
                field,
                Message::new("msg-design-label-too-long")
                    .number("max", MAX_LABEL_CHARS)
                    .in_page_language(),
            );
        }
        (!value.is_empty()).then(|| value.to_owned())
    }

    /// The non-empty lines of `value`, trimmed: `min..=max` of them, none
    /// twice (ignoring case), each at most `longest` characters. `what`
    /// says what one line is, for the messages.
    fn lines(
        &mut self,
        field: &str,
        value: &str,
        (min, max): (usize, usize),
        longest: usize,
        what: Line,
    ) -> Vec<String> {
        let lines: Vec<String> = value
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect();
        let mut seen = std::collections::HashSet::new();
        let duplicate = lines.iter().find(|line| !seen.insert(line.to_lowercase()));
        let (count_key, twice_key, long_key) = what.keys();
        if !(min..=max).contains(&lines.len()) {
            self.add(
                field,
                Message::new(count_key)
                    .number("min", min)
                    .number("max", max)
                    .in_page_language(),
            );
        } else if let Some(duplicate) = duplicate {
            self.add(
                field,
                Message::new(twice_key)
                    .text("line", duplicate.as_str())
                    .in_page_language(),
            );
        } else if let Some(long) = lines.iter().find(|l| l.chars().count() > longest) {
            let start: String = long.chars().take(20).collect();
            self.add(
                field,
                Message::new(long_key)
                    .number("max", longest)
                    .text("start", start)
                    .in_page_language(),
            );
        }
        lines
    }

    /// An optional whole number in `range`; `None` when empty or wrong.
    fn count<T: std::str::FromStr + PartialOrd + Copy>(
        &mut self,
        field: &str,
        value: &str,
        range: std::ops::RangeInclusive<T>,
        message: impl FnOnce() -> String,
    ) -> Option<T> {
        match value.trim() {
            "" => None,
            text => match text.parse::<T>() {
                Ok(n) if range.contains(&n) => Some(n),
                _ => {
                    self.add(field, message());
                    None
                }
            },
        }
    }

    fn decimal(
        &mut self,
        field: &str,
        value: &str,
        message: impl FnOnce() -> String,
    ) -> Option<Decimal> {
        match value.trim() {
            "" => None,
            text => Decimal::parse(text).or_else(|| {
                self.add(field, message());
                None
            }),
        }
    }

    fn date(&mut self, field: &str, value: &str) -> Option<CalendarDate> {
        match value.trim() {
            "" => None,
            text => CalendarDate::parse(text).or_else(|| {
                self.add(
                    field,
                    Message::new("msg-design-date-format").in_page_language(),
                );
                None
            }),
        }
    }
}

impl QuestionInput {
    pub fn parse(&self) -> Result<QuestionDraft, Vec<FieldProblem>> {
        let mut problems = Problems::default();
        let text = self.text.trim().to_owned();
        let count = text.chars().count();
        if count == 0 || count > MAX_QUESTION_CHARS {
            problems.add(
                "text",
                Message::new("msg-design-question-length")
                    .number("max", MAX_QUESTION_CHARS)
                    .in_page_language(),
            );
        }
        let kind = self.kind(&mut problems);
        match kind {
            Some(kind) if problems.0.is_empty() => Ok(QuestionDraft {
                text,
                required: self.required,
                kind,
            }),
            _ => Err(problems.0),
        }
    }

    fn kind(&self, problems: &mut Problems) -> Option<QuestionKind> {
        let code = self.kind.as_str();
        let kind = match code {
            "free_text" => QuestionKind::FreeText {
                max_length: self.max_length(code, problems),
            },
            "short_text" => QuestionKind::ShortText {
                max_length: self.max_length(code, problems),
                format: self.format(problems),
            },
            "number" => QuestionKind::Number(self.number_rules(problems)),
            "date" => {
                let earliest = problems.date("earliest", &self.earliest);
                let latest = problems.date("latest", &self.latest);
                if let (Some(earliest), Some(latest)) = (earliest, latest)
                    && latest < earliest
                {
                    problems.add(
                        "latest",
                        Message::new("msg-design-latest-before-earliest").in_page_language(),
                    );
                }
                QuestionKind::Date { earliest, latest }
            }
            "range" => QuestionKind::Range {
                low_label: problems.label("low_label", &self.low_label),
                high_label: problems.label("high_label", &self.high_label),
            },
            "scale" => QuestionKind::Scale {
                points: problems
                    .count(
                        "points",
                        &self.points,
                        MIN_SCALE_POINTS..=MAX_SCALE_POINTS,
                        || {
                            Message::new("msg-design-scale-points")
                                .number("min", MIN_SCALE_POINTS)
                                .number("max", MAX_SCALE_POINTS)
                                .in_page_language()
                        },
                    )
                    .unwrap_or(DEFAULT_SCALE_POINTS),
                low_label: problems.label("low_label", &self.low_label),
                high_label: problems.label("high_label", &self.high_label),
            },
            "nps" => QuestionKind::Nps {
                low_label: problems.label("low_label", &self.low_label),
                high_label: problems.label("high_label", &self.high_label),
            },
            "choice" => QuestionKind::Choice(self.choice_list(code, problems)),
            "dropdown" => QuestionKind::Dropdown(self.choice_list(code, problems)),
            "checkboxes" => {
                let list = self.choice_list(code, problems);
                let (min_selected, max_selected) = self.selected_bounds(&list, problems);
                QuestionKind::Checkboxes {
                    list,
                    min_selected,
                    max_selected,
                }
            }
            "ranking" => QuestionKind::Ranking {
                options: self.options(code, problems),
                shuffle: self.shuffle,
            },
            "matrix" => QuestionKind::Matrix {
                rows: problems.lines(
                    "rows",
                    &self.rows,
                    (1, MAX_MATRIX_ROWS),
                    MAX_OPTION_CHARS,
                    Line::Statement,
                ),
                columns: problems.lines(
                    "columns",
                    &self.columns,
                    (2, MAX_MATRIX_COLUMNS),
                    MAX_LABEL_CHARS,
                    Line::ScalePoint,
                ),
            },
            _ => {
                problems.add(
                    "kind",
                    Message::new("msg-design-choose-kind").in_page_language(),
                );
                return None;
            }
        };
        Some(kind)
    }

    fn max_length(&self, code: &str, problems: &mut Problems) -> u16 {
        let limit = length_limit(code).unwrap_or(FREE_TEXT_HARD_LIMIT);
        problems
            .count("max_length", &self.max_length, 1..=limit, || {
                Message::new("msg-design-max-length")
                    .typed("limit", limit)
                    .in_page_language()
            })
            .unwrap_or(limit)
    }

    fn format(&self, problems: &mut Problems) -> TextFormat {
        match self.format.trim() {
            "" => TextFormat::Any,
            code => TextFormat::from_code(code).unwrap_or_else(|| {
                problems.add(
                    "format",
                    Message::new("msg-design-choose-format").in_page_language(),
                );
                TextFormat::Any
            }),
        }
    }

    fn number_rules(&self, problems: &mut Problems) -> NumberRules {
        let bound = || Message::new("msg-design-number-bound").in_page_language();
        let min = problems.decimal("min", &self.min, bound);
        let max = problems.decimal("max", &self.max, bound);
        let step = problems.decimal("step", &self.step, || {
            Message::new("msg-design-number-step").in_page_language()
        });
        if let (Some(min), Some(max)) = (min, max)
            && max <= min
        {
            problems.add(
                "max",
                Message::new("msg-design-highest-not-above-lowest").in_page_language(),
            );
        }
        match (step, min, max) {
            (Some(step), _, _) if step.micros() <= 0 => {
                problems.add(
                    "step",
                    Message::new("msg-design-step-not-positive").in_page_language(),
                );
            }
            (Some(step), Some(min), Some(max))
                if min < max
                    && i128::from(step.micros())
                        > i128::from(max.micros()) - i128::from(min.micros()) =>
            {
                problems.add(
                    "step",
                    Message::new("msg-design-step-too-wide").in_page_language(),
                );
            }
            _ => {}
        }
        NumberRules {
            min,
            max,
            step,
            unit: problems.label("unit", &self.unit),
        }
    }

    fn options(&self, code: &str, problems: &mut Problems) -> Vec<String> {
        let bounds = option_bounds(code).unwrap_or((MIN_OPTIONS, MAX_OPTIONS));
        problems.lines(
            "options",
            &self.options,
            bounds,
            MAX_OPTION_CHARS,
            Line::Option,
        )
    }

    fn choice_list(&self, code: &str, problems: &mut Problems) -> ChoiceList {
        ChoiceList {
            options: self.options(code, problems),
            other: self.other,
            shuffle: self.shuffle,
        }
    }

    /// Checkboxes: the fewest and most ticked, within the boxes there are
    /// ("Other" is one more).
    fn selected_bounds(
        &self,
        list: &ChoiceList,
        problems: &mut Problems,
    ) -> (Option<u16>, Option<u16>) {
        let boxes = (list.options.len() + usize::from(list.other)).max(1);
        let boxes = u16::try_from(boxes).unwrap_or(u16::MAX);
        let message =
            |key: &'static str| move || Message::new(key).number("boxes", boxes).in_page_language();
        let min = problems.count(
            "min_selected",
            &self.min_selected,
            1..=boxes,
            message("msg-design-fewest-to-tick"),
        );
        let max = problems.count(
            "max_selected",
            &self.max_selected,
            1..=boxes,
            message("msg-design-most-to-tick"),
        );
        if let (Some(min), Some(max)) = (min, max)
            && max < min
        {
            problems.add(
                "max_selected",
                Message::new("msg-design-most-below-fewest").in_page_language(),
            );
        }
        (min, max)
    }
}

/// The form's fields for a valid question: parsing them gives it back.
/// Editing a question fills its form with these, and templates are checked
/// by reading their questions back through `parse`.
impl From<&QuestionDraft> for QuestionInput {
    fn from(draft: &QuestionDraft) -> QuestionInput {
        let mut input = QuestionInput {
            text: draft.text.clone(),
            required: draft.required,
            kind: draft.kind.code().to_owned(),
            ..QuestionInput::default()
        };
        let some = |value: &Option<String>| value.clone().unwrap_or_default();
        let shown = |value: Option<String>| value.unwrap_or_default();
        let list = |input: &mut QuestionInput, list: &ChoiceList| {
            input.options = list.options.join("\n");
            input.other = list.other;
            input.shuffle = list.shuffle;
        };
        match &draft.kind {
            QuestionKind::FreeText { max_length } => input.max_length = max_length.to_string(),
            QuestionKind::ShortText { max_length, format } => {
                input.max_length = max_length.to_string();
                input.format = format.code().to_owned();
            }
            QuestionKind::Number(rules) => {
                input.min = shown(rules.min.map(|d| d.to_string()));
                input.max = shown(rules.max.map(|d| d.to_string()));
                input.step = shown(rules.step.map(|d| d.to_string()));
                input.unit = some(&rules.unit);
            }
            QuestionKind::Date { earliest, latest } => {
                input.earliest = shown(earliest.map(|d| d.to_string()));
                input.latest = shown(latest.map(|d| d.to_string()));
            }
            QuestionKind::Range {
                low_label,
                high_label,
            }
            | QuestionKind::Nps {
                low_label,
                high_label,
            } => {
                input.low_label = some(low_label);
                input.high_label = some(high_label);
            }
            QuestionKind::Scale {
                points,
                low_label,
                high_label,
            } => {
                input.points = points.to_string();
                input.low_label = some(low_label);
                input.high_label = some(high_label);
            }
            QuestionKind::Choice(choices) | QuestionKind::Dropdown(choices) => {
                list(&mut input, choices);
            }
            QuestionKind::Checkboxes {
                list: choices,
                min_selected,
                max_selected,
            } => {
                list(&mut input, choices);
                input.min_selected = shown(min_selected.map(|n| n.to_string()));
                input.max_selected = shown(max_selected.map(|n| n.to_string()));
            }
            QuestionKind::Matrix { rows, columns } => {
                input.rows = rows.join("\n");
                input.columns = columns.join("\n");
            }
            QuestionKind::Ranking { options, shuffle } => {
                input.options = options.join("\n");
                input.shuffle = *shuffle;
            }
        }
        input
    }
}

#[cfg(test)]
mod tests;
