//! The survey form as posted (`application/x-www-form-urlencoded` bytes)
//! through the body parser and the answer validation, against a survey with
//! one question of each kind: never panics or hangs, and whatever it
//! accepts fits the questions (stars 1 to 5, an existing option, text within
//! its length, at most one answer per question, every required one there).
#![no_main]

use app::domain::form_body::parse_form_body;
use app::domain::{
    AnswerValue, IdempotencyKey, Question, QuestionId, QuestionKind, validate_submission,
};
use libfuzzer_sys::fuzz_target;

fn questions() -> Vec<Question> {
    vec![
        Question {
            id: QuestionId(1),
            text: "How satisfied are you?".into(),
            required: true,
            kind: QuestionKind::Range {
                low_label: None,
                high_label: None,
            },
        },
        Question {
            id: QuestionId(2),
            text: "How did you hear of us?".into(),
            required: false,
            kind: QuestionKind::choice(vec!["Email".into(), "Phone".into(), "Friend".into()]),
        },
        Question {
            id: QuestionId(3),
            text: "What could we do better?".into(),
            required: false,
            kind: QuestionKind::FreeText { max_length: 40 },
        },
    ]
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
        match (&question.kind, &answer.value) {
            (QuestionKind::Range { .. }, AnswerValue::Rating(stars)) => {
                assert!((1..=5).contains(stars))
            }
            (QuestionKind::Choice(list), AnswerValue::Choice(index)) => {
                assert!(usize::from(*index) < list.options.len())
            }
            (QuestionKind::FreeText { max_length }, AnswerValue::Text(text)) => {
                assert!(text.chars().count() <= usize::from(*max_length))
            }
            (kind, value) => panic!("{value:?} accepted for {kind:?}"),
        }
    }
    assert!(seen.contains(&QuestionId(1)), "the required answer is there");
});
