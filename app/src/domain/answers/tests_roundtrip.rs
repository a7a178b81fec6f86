//! Property: any valid answers to a survey of random questions, posted as
//! the respondent page names its fields and in any field order, come back
//! from validation exactly.

use proptest::prelude::*;

use super::*;
use crate::domain::survey::{ChoiceList, NumberRules, QuestionKind};
use crate::domain::text_format::TextFormat;
use crate::domain::{CalendarDate, Decimal};

/// Small deterministic choices drawn from one seed.
struct Draw(u64);

impl Draw {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }

    fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.below(high - low + 1)
    }

    fn coin(&mut self) -> bool {
        self.below(2) == 0
    }

    fn word(&mut self) -> String {
        let letters = ["a", "é", "Z", "7", "ß", "q", "中"];
        (0..self.between(1, 8))
            .map(|_| letters[self.below(letters.len() as u64) as usize])
            .collect()
    }

    fn labels(&mut self, n: u64) -> Vec<String> {
        (0..n).map(|i| format!("Option {i}")).collect()
    }
}

type Fields = Vec<(String, String)>;

/// A question of kind `code` with a valid answer, and the fields that send it.
fn case(code: &str, id: QuestionId, draw: &mut Draw) -> (Question, AnswerValue, Fields) {
    let main = |v: String| (field_name(id), v);
    let mut fields = Vec::new();
    let (kind, value) = match code {
        "free_text" => {
            let text = format!("{} {}", draw.word(), draw.word());
            fields.push(main(format!(" {text}\n")));
            (
                QuestionKind::FreeText { max_length: 100 },
                AnswerValue::Text(text),
            )
        }
        "short_text" => {
            let text = draw.word();
            fields.push(main(text.clone()));
            let kind = QuestionKind::ShortText {
                max_length: 20,
                format: TextFormat::Any,
            };
            (kind, AnswerValue::Text(text))
        }
        "number" => {
            let micros = |n: u64| Decimal::from_micros(n as i64).unwrap();
            let min = Decimal::from_micros(-(draw.below(1000) as i64) * 1_000_000).unwrap();
            let step = micros(draw.between(1, 8) * 250_000);
            let steps = draw.below(100) as i64;
            let value = Decimal::from_micros(min.micros() + steps * step.micros()).unwrap();
            let max = Decimal::from_micros(min.micros() + 100 * step.micros()).unwrap();
            let written = value.to_string();
            let written = if draw.coin() {
                written.replace('.', ",")
            } else {
                written
            };
            fields.push(main(written));
            let rules = NumberRules {
                min: Some(min),
                max: draw.coin().then_some(max),
                step: Some(step),
                unit: Some("kg".into()),
            };
            (QuestionKind::Number(rules), AnswerValue::Number(value))
        }
        "date" => {
            let start = 18_000 + draw.below(3000) as i32;
            let day = |n: i32| CalendarDate::from_days_since_epoch(n).unwrap();
            let value = day(start + draw.below(365) as i32);
            fields.push(main(value.to_string()));
            let kind = QuestionKind::Date {
                earliest: Some(day(start)),
                latest: Some(day(start + 365)),
            };
            (kind, AnswerValue::Date(value))
        }
        "range" => {
            let stars = draw.between(1, 5) as u8;
            fields.push(main(stars.to_string()));
            let kind = QuestionKind::Range {
                low_label: None,
                high_label: None,
            };
            (kind, AnswerValue::Rating(stars))
        }
        "scale" => {
            let points = draw.between(2, 10) as u8;
            let score = draw.between(1, u64::from(points)) as u8;
            fields.push(main(score.to_string()));
            let kind = QuestionKind::Scale {
                points,
                low_label: None,
                high_label: None,
            };
            (kind, AnswerValue::Score(score))
        }
        "nps" => {
            let score = draw.between(0, 10) as u8;
            fields.push(main(score.to_string()));
            let kind = QuestionKind::Nps {
                low_label: None,
                high_label: None,
            };
            (kind, AnswerValue::Score(score))
        }
        "choice" | "dropdown" => {
            let n = draw.between(2, 12);
            let list = ChoiceList {
                options: draw.labels(n),
                other: true,
                shuffle: draw.coin(),
            };
            let value = if draw.below(4) == 0 {
                let text = draw.word();
                fields.push(main(OTHER_VALUE.into()));
                fields.push((other_field_name(id), text.clone()));
                AnswerValue::Other(text)
            } else {
                let index = draw.below(n) as u16;
                fields.push(main(index.to_string()));
                fields.push((other_field_name(id), String::new()));
                AnswerValue::Choice(index)
            };
            let kind = if code == "choice" {
                QuestionKind::Choice(list)
            } else {
                QuestionKind::Dropdown(list)
            };
            (kind, value)
        }
        "checkboxes" => {
            let n = draw.between(1, 10);
            let mut selected: Vec<u16> = (0..n as u16).filter(|_| draw.coin()).collect();
            let other = (selected.is_empty() || draw.coin()).then(|| draw.word());
            for index in &selected {
                fields.push(main(index.to_string()));
            }
            if let Some(text) = &other {
                fields.push(main(OTHER_VALUE.into()));
                fields.push((other_field_name(id), text.clone()));
            }
            selected.sort_unstable();
            let count = (selected.len() + usize::from(other.is_some())) as u16;
            let kind = QuestionKind::Checkboxes {
                list: ChoiceList {
                    options: draw.labels(n),
                    other: true,
                    shuffle: false,
                },
                min_selected: draw
                    .coin()
                    .then(|| count - draw.below(u64::from(count)) as u16),
                max_selected: draw.coin().then(|| count + draw.below(3) as u16),
            };
            (kind, AnswerValue::Choices { selected, other })
        }
        "matrix" => {
            let (rows, columns) = (draw.between(1, 6), draw.between(2, 7));
            let chosen: Vec<Option<u16>> = (0..rows)
                .map(|_| Some(draw.below(columns) as u16))
                .collect();
            for (row, column) in chosen.iter().enumerate() {
                let column = column.map(|c| c.to_string()).unwrap_or_default();
                fields.push((part_field_name(id, row), column));
            }
            let kind = QuestionKind::Matrix {
                rows: draw.labels(rows),
                columns: draw.labels(columns),
            };
            (kind, AnswerValue::Matrix(chosen))
        }
        _ => {
            let n = draw.between(1, 8) as u16;
            let mut order: Vec<u16> = (0..n).collect();
            for i in (1..order.len()).rev() {
                order.swap(i, draw.below(i as u64 + 1) as usize);
            }
            for (place, option) in order.iter().enumerate() {
                fields.push((
                    part_field_name(id, usize::from(*option)),
                    (place + 1).to_string(),
                ));
            }
            let kind = QuestionKind::Ranking {
                options: draw.labels(u64::from(n)),
                shuffle: true,
            };
            (kind, AnswerValue::Ranking(order))
        }
    };
    let question = Question {
        id,
        text: format!("Question {id}"),
        required: draw.coin(),
        kind,
    };
    (question, value, fields)
}

proptest! {
    #[test]
    fn valid_answers_of_every_kind_come_back_exactly(
        seed in 1u64..,
        kinds in prop::collection::vec(0usize..QuestionKind::CODES.len(), 1..16),
        shuffle in any::<u64>(),
    ) {
        let mut draw = Draw(seed);
        let mut questions = Vec::new();
        let mut expected = Vec::new();
        let mut fields = Vec::new();
        for (i, kind) in kinds.into_iter().enumerate() {
            let id = QuestionId(i as i64 + 1);
            let (question, value, mut posted) = case(QuestionKind::CODES[kind], id, &mut draw);
            questions.push(question);
            expected.push(ValidAnswer { question: id, value });
            fields.append(&mut posted);
        }
        // Any field order: a page lays its fields out as it likes.
        let mut order = Draw(shuffle | 1);
        for i in (1..fields.len()).rev() {
            fields.swap(i, order.below(i as u64 + 1) as usize);
        }
        prop_assert_eq!(validate_plain(&questions, &fields), Ok(expected));
    }
}
