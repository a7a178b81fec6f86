#![allow(dead_code)]
//! A published survey with one question of every kind, and answers to all
//! of them, for the tests of what leaves and comes back (export, backup).

use app::domain::{CalendarDate, ChoiceList, Decimal, NumberRules, Question, TextFormat};

use crate::support::*;

pub fn every_kind() -> Vec<NewQuestion> {
    let list = |options: &[&str], other: bool| ChoiceList {
        options: options.iter().map(|o| o.to_string()).collect(),
        other,
        shuffle: other,
    };
    let kinds = [
        ("Comments", QuestionKind::FreeText { max_length: 500 }),
        (
            "Email",
            QuestionKind::ShortText {
                max_length: 80,
                format: TextFormat::Email,
            },
        ),
        (
            "Weight",
            QuestionKind::Number(NumberRules {
                min: Decimal::parse("-50"),
                max: Decimal::parse("500"),
                step: Decimal::parse("0.25"),
                unit: Some("kg".into()),
            }),
        ),
        (
            "Visit",
            QuestionKind::Date {
                earliest: CalendarDate::parse("2020-01-01"),
                latest: None,
            },
        ),
        (
            "Stars",
            QuestionKind::Range {
                low_label: Some("Bad".into()),
                high_label: Some("Great".into()),
            },
        ),
        (
            "Scale",
            QuestionKind::Scale {
                points: 7,
                low_label: Some("Disagree".into()),
                high_label: None,
            },
        ),
        (
            "Recommend",
            QuestionKind::Nps {
                low_label: None,
                high_label: None,
            },
        ),
        (
            "Channel",
            QuestionKind::Choice(list(&["Phone", "Email", "Chat"], true)),
        ),
        (
            "Pets",
            QuestionKind::Checkboxes {
                list: list(&["Cat", "Dog", "Fish"], true),
                min_selected: Some(1),
                max_selected: Some(3),
            },
        ),
        (
            "Country",
            QuestionKind::Dropdown(list(&["France", "Japan", "Peru"], false)),
        ),
        (
            "Service",
            QuestionKind::Matrix {
                rows: vec!["Speed".into(), "Price".into(), "Staff".into()],
                columns: vec!["Bad".into(), "OK".into(), "Good".into()],
            },
        ),
        (
            "Order",
            QuestionKind::Ranking {
                options: vec!["A".into(), "B".into(), "C".into()],
                shuffle: true,
            },
        ),
    ];
    kinds
        .into_iter()
        .map(|(text, kind)| NewQuestion {
            text: text.into(),
            required: false,
            kind,
        })
        .collect()
}

/// A published survey `slug` with every kind of question.
pub async fn every_kind_survey(
    db: &Database,
    tenant: &TenantRecord,
    slug: &str,
    expires_at: UnixMillis,
) -> app::domain::SurveyId {
    let title = format!("Every kind {slug}");
    published_survey_with(db, tenant, slug, &title, every_kind(), expires_at).await
}

/// Answers to every question of [`every_kind`], varied by `n` (0 and 1
/// cover "Other" and a chosen option, a matrix row left empty and not).
pub fn every_answer(questions: &[Question], n: u32) -> Vec<ValidAnswer> {
    let odd = n % 2 == 1;
    let values = [
        AnswerValue::Text(format!("Réponse {n} ✓")),
        AnswerValue::Text(format!("r{n}@example.com")),
        AnswerValue::Number(Decimal::parse(if odd { "72.25" } else { "-3.5" }).unwrap()),
        AnswerValue::Date(
            CalendarDate::parse(if odd { "2026-02-28" } else { "2024-12-01" }).unwrap(),
        ),
        AnswerValue::Rating(1 + (n % 5) as u8),
        AnswerValue::Score(7),
        AnswerValue::Score(if odd { 10 } else { 0 }),
        if odd {
            AnswerValue::Choice(1)
        } else {
            AnswerValue::Other("By pigeon".into())
        },
        AnswerValue::Choices {
            selected: if odd { vec![0, 2] } else { vec![1] },
            other: (!odd).then(|| "Owl".to_owned()),
        },
        AnswerValue::Choice(2),
        AnswerValue::Matrix(if odd {
            vec![Some(2), Some(0), Some(1)]
        } else {
            vec![Some(1), None, Some(2)]
        }),
        AnswerValue::Ranking(if odd { vec![2, 0, 1] } else { vec![0, 1, 2] }),
    ];
    assert_eq!(questions.len(), values.len());
    questions
        .iter()
        .zip(values)
        .map(|(q, value)| ValidAnswer {
            question: q.id,
            value,
        })
        .collect()
}
