//! The survey form as posted (`application/x-www-form-urlencoded` bytes)
//! through the body parser and the answer validation, against a survey with
//! a question of each kind: never panics or hangs, and whatever it accepts
//! fits the questions (scores within their points, existing options, each
//! ticked or ranked once, numbers and dates within bounds, text within its
//! length, at most one answer per question, every required one there).
#![no_main]

use app::domain::form_body::parse_form_body;
use app::domain::{
    AnswerValue, CalendarDate, ChoiceList, Decimal, IdempotencyKey, NumberRules, OTHER_TEXT_LIMIT,
    Question, QuestionId, QuestionKind, SHORT_TEXT_LIMIT, TextFormat, answer_length, answer_text,
    validate_submission,
};
use libfuzzer_sys::fuzz_target;

fn list(options: &[&str], other: bool) -> ChoiceList {
    ChoiceList {
        options: options.iter().map(|o| o.to_string()).collect(),
        other,
        shuffle: false,
    }
}

fn question(id: i64, required: bool, kind: QuestionKind) -> Question {
    Question {
        id: QuestionId(id),
        text: format!("Question {id}"),
        required,
        kind,
    }
}

fn questions() -> Vec<Question> {
    vec![
        question(
            1,
            true,
            QuestionKind::Range {
                low_label: None,
                high_label: None,
            },
        ),
        question(
            2,
            false,
            QuestionKind::choice(vec!["Email".into(), "Phone".into(), "Friend".into()]),
        ),
        question(3, false, QuestionKind::FreeText { max_length: 40 }),
        question(
            4,
            false,
            QuestionKind::ShortText {
                max_length: 20,
                format: TextFormat::Digits,
            },
        ),
        question(
            5,
            false,
            QuestionKind::Number(NumberRules {
                min: Decimal::parse("-5"),
                max: Decimal::parse("100"),
                step: Decimal::parse("0.5"),
                unit: Some("kg".into()),
            }),
        ),
        question(
            6,
            false,
            QuestionKind::Date {
                earliest: CalendarDate::parse("2026-01-01"),
                latest: CalendarDate::parse("2026-12-31"),
            },
        ),
        question(
            7,
            false,
            QuestionKind::Scale {
                points: 7,
                low_label: None,
                high_label: None,
            },
        ),
        question(
            8,
            false,
            QuestionKind::Nps {
                low_label: None,
                high_label: None,
            },
        ),
        question(9, false, QuestionKind::Choice(list(&["A", "B"], true))),
        question(
            10,
            false,
            QuestionKind::Checkboxes {
                list: list(&["A", "B", "C", "D"], true),
                min_selected: Some(2),
                max_selected: Some(3),
            },
        ),
        question(
            11,
            false,
            QuestionKind::Dropdown(list(&["A", "B", "C"], true)),
        ),
        question(
            12,
            true,
            QuestionKind::Matrix {
                rows: vec!["R1".into(), "R2".into()],
                columns: vec!["C1".into(), "C2".into(), "C3".into()],
            },
        ),
        question(
            13,
            false,
            QuestionKind::Ranking {
                options: vec!["X".into(), "Y".into(), "Z".into()],
                shuffle: false,
            },
        ),
    ]
}

fn in_bounds<T: PartialOrd>(value: T, low: Option<T>, high: Option<T>) -> bool {
    low.is_none_or(|l| value >= l) && high.is_none_or(|h| value <= h)
}

fn check_other(text: &str) {
    assert!(!text.is_empty() && text.trim() == text);
    assert!(text.chars().count() <= OTHER_TEXT_LIMIT);
    assert!(!text.chars().any(char::is_control));
}

fn check_fits(kind: &QuestionKind, value: &AnswerValue) {
    match (kind, value) {
        (QuestionKind::Range { .. }, AnswerValue::Rating(stars)) => {
            assert!((1..=5).contains(stars))
        }
        (QuestionKind::Scale { points, .. }, AnswerValue::Score(score)) => {
            assert!((1..=*points).contains(score))
        }
        (QuestionKind::Nps { .. }, AnswerValue::Score(score)) => assert!(*score <= 10),
        (QuestionKind::FreeText { max_length }, AnswerValue::Text(text)) => {
            assert!(answer_length(text) <= usize::from(*max_length))
        }
        (QuestionKind::ShortText { max_length, format }, AnswerValue::Text(text)) => {
            let limit = (*max_length).min(SHORT_TEXT_LIMIT);
            assert!(text.chars().count() <= usize::from(limit));
            assert!(!text.chars().any(char::is_control));
            assert!(format.check(text).is_ok());
        }
        (QuestionKind::Number(rules), AnswerValue::Number(number)) => {
            assert!(in_bounds(*number, rules.min, rules.max));
            if let Some(step) = rules.step {
                let start = rules.min.or(Decimal::from_micros(0)).unwrap();
                assert!(number.is_on_step(start, step));
            }
        }
        (QuestionKind::Date { earliest, latest }, AnswerValue::Date(date)) => {
            assert!(in_bounds(*date, *earliest, *latest))
        }
        (QuestionKind::Choice(list) | QuestionKind::Dropdown(list), AnswerValue::Choice(index)) => {
            assert!(usize::from(*index) < list.options.len())
        }
        (QuestionKind::Choice(list) | QuestionKind::Dropdown(list), AnswerValue::Other(text)) => {
            assert!(list.other);
            check_other(text);
        }
        (
            QuestionKind::Checkboxes {
                list,
                min_selected,
                max_selected,
            },
            AnswerValue::Choices { selected, other },
        ) => {
            assert!(selected.windows(2).all(|w| w[0] < w[1]), "ascending, once");
            assert!(
                selected
                    .iter()
                    .all(|i| usize::from(*i) < list.options.len())
            );
            if let Some(text) = other {
                assert!(list.other);
                check_other(text);
            }
            let count = selected.len() + usize::from(other.is_some());
            assert!(count > 0);
            assert!(in_bounds(
                count,
                min_selected.map(usize::from),
                max_selected.map(usize::from)
            ));
        }
        (QuestionKind::Matrix { rows, columns }, AnswerValue::Matrix(chosen)) => {
            assert_eq!(chosen.len(), rows.len());
            assert!(chosen.iter().any(Option::is_some));
            assert!(
                chosen
                    .iter()
                    .flatten()
                    .all(|c| usize::from(*c) < columns.len())
            );
        }
        (QuestionKind::Ranking { options, .. }, AnswerValue::Ranking(order)) => {
            let mut sorted = order.clone();
            sorted.sort_unstable();
            let all: Vec<u16> = (0..options.len() as u16).collect();
            assert_eq!(sorted, all, "every option placed once");
        }
        (kind, value) => panic!("{value:?} accepted for {kind:?}"),
    }
}

fuzz_target!(|data: &[u8]| {
    let form = parse_form_body(data);
    let mut fields = Vec::new();
    for (name, value) in form.fields {
        if name == IdempotencyKey::FIELD {
            if let Some(key) = IdempotencyKey::parse(&value) {
                assert!(!key.as_str().is_empty() && key.as_str().len() <= 64);
            }
        } else {
            fields.push((name, value));
        }
    }
    let questions = questions();
    let Ok(answers) = validate_submission(&questions, &fields) else {
        return;
    };
    assert!(answers.len() <= questions.len());
    let mut seen = Vec::new();
    for answer in &answers {
        assert!(!seen.contains(&answer.question), "answered twice");
        seen.push(answer.question);
        let question = questions
            .iter()
            .find(|q| q.id == answer.question)
            .expect("an answer to a question of the survey");
        check_fits(&question.kind, &answer.value);
        let _ = answer_text(question, &answer.value);
    }
    for question in questions.iter().filter(|q| q.required) {
        assert!(seen.contains(&question.id), "the required answer is there");
    }
});
