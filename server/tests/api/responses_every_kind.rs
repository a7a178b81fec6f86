//! The CSV and XLSX of a survey with every kind of question: the columns
//! analysts expect (one per checkbox option, matrix row and ranked option,
//! "Other" beside its choice) and typed cells in the workbook.

use app::auth::{SystemGrant, SystemTask, system_scope};
use app::domain::{
    AnswerValue, CalendarDate, ChoiceList, Decimal, IdempotencyKey, NumberRules, QuestionDraft,
    QuestionKind, Slug, TenantAlias, TextFormat, UnixMillis, ValidAnswer,
};
use app::storage::drafts::{NewSurvey, append_question, create_draft};
use app::storage::submissions::store_submission;
use app::storage::surveys::{find_survey_by_slug, publish};
use app::storage::tenants::find_tenant_by_alias;

use crate::helpers::{DEMO_PASSWORD, TestApp, signed_in_as, spawn_app};

const SLUG: &str = "every-kind";

fn list(options: &[&str], other: bool) -> ChoiceList {
    ChoiceList {
        options: options.iter().map(|o| o.to_string()).collect(),
        other,
        shuffle: false,
    }
}

/// Adatum's survey with every kind of question, and two responses: the
/// first chooses "Other" and leaves a matrix row and the comment empty.
async fn every_kind_with_answers(app: &TestApp) {
    let adatum = find_tenant_by_alias(&app.db, &TenantAlias::parse("adatum").unwrap())
        .await
        .unwrap()
        .unwrap();
    let scope = system_scope(&adatum, SystemGrant::for_tests(SystemTask::Onboarding));
    let now = UnixMillis::now();
    let survey = create_draft(
        &app.db,
        &scope,
        &NewSurvey {
            slug: Slug::parse(SLUG).unwrap(),
            title: "Every kind".into(),
            description: String::new(),
            description_html: String::new(),
            logic: None,
        },
        now,
    )
    .await
    .unwrap();
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
                unit: Some("kg".into()),
                ..NumberRules::default()
            }),
        ),
        (
            "Visit",
            QuestionKind::Date {
                earliest: None,
                latest: None,
            },
        ),
        (
            "Stars",
            QuestionKind::Range {
                low_label: None,
                high_label: None,
            },
        ),
        (
            "Scale",
            QuestionKind::Scale {
                points: 7,
                low_label: None,
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
            QuestionKind::Choice(list(&["Phone", "Email"], true)),
        ),
        (
            "Pets",
            QuestionKind::Checkboxes {
                list: list(&["Cat", "Dog", "Fish"], true),
                min_selected: None,
                max_selected: None,
            },
        ),
        (
            "Country",
            QuestionKind::Dropdown(list(&["France", "Japan"], false)),
        ),
        (
            "Service",
            QuestionKind::Matrix {
                rows: vec!["Speed".into(), "Price".into()],
                columns: vec!["Bad".into(), "OK".into(), "Good".into()],
            },
        ),
        (
            "Order",
            QuestionKind::Ranking {
                options: vec!["A".into(), "B".into(), "C".into()],
                shuffle: false,
            },
        ),
    ];
    for (text, kind) in kinds {
        let question = QuestionDraft {
            text: text.into(),
            required: false,
            kind,
        };
        append_question(&app.db, &scope, survey, &question)
            .await
            .unwrap()
            .unwrap();
    }
    assert!(
        publish(&app.db, &scope, survey, now, now.plus_days(5))
            .await
            .unwrap()
    );
    let questions = find_survey_by_slug(&app.db, &scope, &Slug::parse(SLUG).unwrap())
        .await
        .unwrap()
        .unwrap()
        .survey
        .questions;
    let responses = [
        vec![
            None,
            Some(AnswerValue::Text("a@example.com".into())),
            Some(AnswerValue::Number(Decimal::parse("-3.25").unwrap())),
            Some(AnswerValue::Date(
                CalendarDate::parse("2026-02-28").unwrap(),
            )),
            Some(AnswerValue::Rating(4)),
            Some(AnswerValue::Score(6)),
            Some(AnswerValue::Score(0)),
            Some(AnswerValue::Other("=cmd|' /C calc'!A0".into())),
            Some(AnswerValue::Choices {
                selected: vec![0, 2],
                other: Some("Owl".into()),
            }),
            Some(AnswerValue::Choice(1)),
            Some(AnswerValue::Matrix(vec![None, Some(2)])),
            Some(AnswerValue::Ranking(vec![2, 0, 1])),
        ],
        vec![
            Some(AnswerValue::Text("Fine".into())),
            None,
            Some(AnswerValue::Number(Decimal::parse("72").unwrap())),
            None,
            None,
            None,
            Some(AnswerValue::Score(10)),
            Some(AnswerValue::Choice(0)),
            Some(AnswerValue::Choices {
                selected: vec![1],
                other: None,
            }),
            None,
            None,
            None,
        ],
    ];
    for (n, values) in responses.into_iter().enumerate() {
        let answers: Vec<ValidAnswer> = questions
            .iter()
            .zip(values)
            .filter_map(|(q, value)| {
                Some(ValidAnswer {
                    question: q.id,
                    value: value?,
                })
            })
            .collect();
        let key = IdempotencyKey::parse(&format!("00000000-0000-4000-8000-{n:012}")).unwrap();
        store_submission(&app.db, &scope, survey, false, &key, &answers, now)
            .await
            .unwrap();
    }
}

const HEADERS: [&str; 22] = [
    "response",
    "received_at_utc",
    "language",
    "Comments",
    "Email",
    "Weight (kg)",
    "Visit",
    "Stars",
    "Scale",
    "Recommend",
    "Channel",
    "Channel — Other",
    "Pets — Cat",
    "Pets — Dog",
    "Pets — Fish",
    "Pets — Other",
    "Country",
    "Service — Speed",
    "Service — Price",
    "Order — A",
    "Order — B",
    "Order — C",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_of_answer_has_the_columns_analysts_expect() {
    let app = spawn_app().await;
    every_kind_with_answers(&app).await;
    let client = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;

    let response = app
        .get_as(&client, &format!("/t/adatum/surveys/{SLUG}/export.csv"))
        .await;
    assert_eq!(response.status(), 200);
    let csv = response.text().await.unwrap();
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 3);
    let quoted = |cells: &[&str]| {
        cells
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(",")
    };
    assert_eq!(lines[0], format!("\u{FEFF}{}", quoted(&HEADERS)));
    let first: Vec<&str> = lines[1].splitn(3, ',').collect();
    assert_eq!(
        first[2],
        quoted(&[
            "en",
            "",
            "a@example.com",
            "-3.25",
            "2026-02-28",
            "4",
            "6",
            "0",
            "Other",
            "'=cmd|' /C calc'!A0",
            "1",
            "0",
            "1",
            "Owl",
            "Japan",
            "",
            "Good",
            "2",
            "3",
            "1",
        ]),
        "a negative number stays a number; typed text is defused"
    );
    let second: Vec<&str> = lines[2].splitn(3, ',').collect();
    assert_eq!(
        second[2],
        quoted(&[
            "en", "Fine", "", "72", "", "", "", "10", "Phone", "", "0", "1", "0", "", "", "", "",
            "", "", "",
        ]),
        "unanswered questions leave their columns empty"
    );

    let response = app
        .get_as(&client, &format!("/t/adatum/surveys/{SLUG}/export.xlsx"))
        .await;
    assert_eq!(response.status(), 200);
    let bytes = response.bytes().await.unwrap().to_vec();
    check_workbook(bytes);
}

fn check_workbook(bytes: Vec<u8>) {
    use calamine::{Data, Reader};
    let mut workbook: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let sheet = workbook.worksheet_range("Responses").unwrap();
    assert_eq!(sheet.height(), 3);
    let header: Vec<String> = (0..sheet.width())
        .map(|c| match sheet.get((0, c)) {
            Some(Data::String(s)) => s.clone(),
            other => panic!("header {c}: {other:?}"),
        })
        .collect();
    assert_eq!(header, HEADERS);
    let at = |row: usize, name: &str| {
        let column = header.iter().position(|h| h == name).unwrap();
        sheet.get((row, column)).cloned().unwrap_or(Data::Empty)
    };
    assert_eq!(at(1, "Weight (kg)"), Data::Float(-3.25), "a number");
    assert_eq!(at(2, "Weight (kg)"), Data::Float(72.0));
    let Data::DateTime(visit) = at(1, "Visit") else {
        panic!("not a date: {:?}", at(1, "Visit"));
    };
    let day = CalendarDate::parse("2026-02-28")
        .unwrap()
        .days_since_epoch();
    assert_eq!(
        visit.as_f64(),
        f64::from(day) + 25_569.0,
        "Excel's day number"
    );
    assert_eq!(at(1, "Scale"), Data::Float(6.0));
    assert_eq!(at(1, "Recommend"), Data::Float(0.0));
    assert_eq!(at(1, "Pets — Cat"), Data::Float(1.0));
    assert_eq!(at(1, "Pets — Dog"), Data::Float(0.0));
    assert_eq!(at(1, "Order — A"), Data::Float(2.0));
    assert_eq!(at(1, "Service — Price"), Data::String("Good".into()));
    assert_eq!(at(1, "Service — Speed"), Data::Empty);
    assert_eq!(at(1, "Channel"), Data::String("Other".into()));
    assert_eq!(
        at(1, "Channel — Other"),
        Data::String("=cmd|' /C calc'!A0".into()),
        "as typed, a string cell"
    );
    assert_eq!(at(2, "Visit"), Data::Empty, "not answered");
    let formulas = workbook.worksheet_formula("Responses").unwrap();
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
}
