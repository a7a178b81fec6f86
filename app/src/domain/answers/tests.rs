//! The rules of the three original kinds and of the form as a whole.

use super::fields::question_of_field;
use super::*;
use crate::domain::survey::QuestionKind;

fn questions() -> Vec<Question> {
    vec![
        Question {
            id: QuestionId(1),
            text: "Rate us".into(),
            required: true,
            kind: QuestionKind::Range {
                low_label: None,
                high_label: None,
            },
        },
        Question {
            id: QuestionId(2),
            text: "Channel".into(),
            required: true,
            kind: QuestionKind::choice(vec!["Phone".into(), "Email".into()]),
        },
        Question {
            id: QuestionId(3),
            text: "Comments".into(),
            required: false,
            kind: QuestionKind::FreeText { max_length: 10 },
        },
    ]
}

fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn accepts_a_complete_submission() {
    let answers = validate_plain(
        &questions(),
        &fields(&[("q-1", "4"), ("q-2", "1"), ("q-3", " too slow ")]),
    )
    .unwrap();
    assert_eq!(
        answers,
        vec![
            ValidAnswer {
                question: QuestionId(1),
                value: AnswerValue::Rating(4)
            },
            ValidAnswer {
                question: QuestionId(2),
                value: AnswerValue::Choice(1)
            },
            ValidAnswer {
                question: QuestionId(3),
                value: AnswerValue::Text("too slow".into())
            },
        ]
    );
}

#[test]
fn optional_questions_may_be_left_empty() {
    let answers = validate_plain(
        &questions(),
        &fields(&[("q-1", "5"), ("q-2", "0"), ("q-3", "  ")]),
    )
    .unwrap();
    assert_eq!(answers.len(), 2);
}

#[test]
fn required_questions_must_be_answered() {
    let errors = validate_plain(&questions(), &fields(&[("q-3", "ok")])).unwrap_err();
    assert_eq!(
        errors.for_question(QuestionId(1)).map(|m| m.key.as_str()),
        Some(MISSING_ANSWER)
    );
    assert_eq!(
        errors.for_question(QuestionId(2)).map(|m| m.key.as_str()),
        Some(MISSING_ANSWER)
    );
    assert_eq!(errors.for_question(QuestionId(3)), None);
    assert!(errors.form.is_empty());
}

#[test]
fn ratings_must_be_one_to_five() {
    for bad in ["0", "6", "-1", "3.5", "five", "256"] {
        let errors =
            validate_plain(&questions(), &fields(&[("q-1", bad), ("q-2", "0")])).unwrap_err();
        assert!(
            errors
                .for_question(QuestionId(1))
                .unwrap()
                .english()
                .contains("1 to 5"),
            "{bad}"
        );
    }
}

#[test]
fn choices_must_be_one_of_the_options() {
    for bad in ["2", "-1", "Email", "99999"] {
        let errors =
            validate_plain(&questions(), &fields(&[("q-1", "3"), ("q-2", bad)])).unwrap_err();
        assert!(
            errors
                .for_question(QuestionId(2))
                .unwrap()
                .english()
                .contains("options"),
            "{bad}"
        );
    }
}

#[test]
fn free_text_length_is_counted_in_characters() {
    let ok = "ééééééééé\u{1F600}"; // 10 characters, 22 bytes
    assert!(
        validate_plain(
            &questions(),
            &fields(&[("q-1", "3"), ("q-2", "0"), ("q-3", ok)])
        )
        .is_ok()
    );
    let errors = validate_plain(
        &questions(),
        &fields(&[("q-1", "3"), ("q-2", "0"), ("q-3", "12345678901")]),
    )
    .unwrap_err();
    assert!(
        errors
            .for_question(QuestionId(3))
            .unwrap()
            .english()
            .contains("at most 10")
    );
}

#[test]
fn a_posted_line_break_counts_as_the_one_character_the_browser_counted() {
    let ten = "1234\r\n5678\r\n"; // 10 characters in the textarea
    assert!(
        validate_plain(
            &questions(),
            &fields(&[("q-1", "3"), ("q-2", "0"), ("q-3", ten)])
        )
        .is_ok()
    );
    let eleven = "1234\r\n5678\r\nx";
    assert!(
        validate_plain(
            &questions(),
            &fields(&[("q-1", "3"), ("q-2", "0"), ("q-3", eleven)])
        )
        .is_err()
    );
}

#[test]
fn free_text_never_exceeds_the_hard_limit() {
    let mut qs = questions();
    qs[2].kind = QuestionKind::FreeText {
        max_length: u16::MAX,
    };
    let long = "a".repeat(2001);
    let errors =
        validate_plain(&qs, &fields(&[("q-1", "3"), ("q-2", "0"), ("q-3", &long)])).unwrap_err();
    assert!(
        errors
            .for_question(QuestionId(3))
            .unwrap()
            .english()
            .contains("2,000")
    );
}

#[test]
fn control_characters_are_refused_but_line_breaks_and_tabs_are_kept() {
    for bad in [
        "a\0b",
        "bell\u{7}",
        "esc\u{1b}[31m",
        "del\u{7f}",
        "c1\u{85}x",
    ] {
        let errors = validate_plain(
            &questions(),
            &fields(&[("q-1", "3"), ("q-2", "0"), ("q-3", bad)]),
        )
        .unwrap_err();
        assert!(
            errors
                .for_question(QuestionId(3))
                .unwrap()
                .english()
                .contains("control characters"),
            "{bad:?}"
        );
    }
    let fine = "a\r\nb\tc";
    assert!(
        validate_plain(
            &questions(),
            &fields(&[("q-1", "3"), ("q-2", "0"), ("q-3", fine)])
        )
        .is_ok()
    );
}

#[test]
fn unknown_and_repeated_fields_are_rejected() {
    let errors = validate_plain(
        &questions(),
        &fields(&[("q-1", "3"), ("q-2", "0"), ("q-99", "x"), ("admin", "1")]),
    )
    .unwrap_err();
    assert_eq!(errors.form.len(), 2);
    let errors = validate_plain(
        &questions(),
        &fields(&[("q-1", "3"), ("q-1", "4"), ("q-2", "0")]),
    )
    .unwrap_err();
    assert_eq!(errors.form.len(), 1);
}

#[test]
fn idempotency_keys_are_lowercase_uuids() {
    assert!(IdempotencyKey::parse("0b7f2c1e-3d4a-4b5c-8d9e-0f1a2b3c4d5e").is_some());
    assert!(IdempotencyKey::parse("0B7F2C1E-3D4A-4B5C-8D9E-0F1A2B3C4D5E").is_none());
    assert!(IdempotencyKey::parse("not-a-key").is_none());
    assert!(IdempotencyKey::parse("").is_none());
}

#[test]
fn field_names_round_trip() {
    assert_eq!(
        question_of_field(&field_name(QuestionId(42))),
        Some(QuestionId(42))
    );
    assert_eq!(question_of_field("q-"), None);
    assert_eq!(question_of_field("q-+1"), None);
}
