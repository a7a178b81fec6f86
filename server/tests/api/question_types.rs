//! A survey with a question of every kind, answered through the plain form
//! post (repeated checkbox fields, "Other" texts, matrix rows and ranking
//! places) and through the `submit_answers` server function: what is stored
//! is exactly what was sent, and the responses listing reads it back in
//! words. A refused post stores nothing and shows each message beside its
//! question with the other answers kept. On SQLite and, when the test
//! command provides it, PostgreSQL.

use app::auth::{SystemGrant, SystemTask, system_scope};
use app::domain::{
    AnswerValue, CalendarDate, ChoiceList, Decimal, NumberRules, Question, QuestionDraft,
    QuestionKind, Slug, TenantAlias, TextFormat, UnixMillis, field_name, other_field_name,
    part_field_name,
};
use app::storage::drafts::{NewSurvey, append_question, create_draft};
use app::storage::submissions::list_submissions;
use app::storage::surveys::{find_survey_by_slug, publish};
use app::storage::tenants::find_tenant_by_alias;
use reqwest::Method;

use crate::helpers::{
    DEMO_PASSWORD, KEY_A, KEY_B, TestApp, encode, send, signed_in_as, spawn_app, spawn_postgres_app,
};

const SLUG: &str = "every-kind";
const PATH: &str = "/s/adatum/every-kind";
const KEY_C: &str = "2d9a4e3a-5f6c-4d7e-8fa0-2b3c4d5e6f70";

/// Form fields as posted.
type Fields = Vec<(String, String)>;
/// Stored answers by question index.
type Answers = Vec<(usize, AnswerValue)>;

fn labels(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| t.to_string()).collect()
}

fn with_other(texts: &[&str]) -> ChoiceList {
    ChoiceList {
        options: labels(texts),
        other: true,
        shuffle: false,
    }
}

fn decimal(text: &str) -> Decimal {
    Decimal::parse(text).unwrap()
}

fn date(text: &str) -> CalendarDate {
    CalendarDate::parse(text).unwrap()
}

/// One question of each kind, in the order of `QuestionKind::CODES`.
fn drafts() -> Vec<QuestionDraft> {
    let q = |text: &str, required: bool, kind: QuestionKind| QuestionDraft {
        text: text.into(),
        required,
        kind,
    };
    vec![
        q(
            "Anything else?",
            false,
            QuestionKind::FreeText { max_length: 500 },
        ),
        q(
            "Your email",
            true,
            QuestionKind::ShortText {
                max_length: 100,
                format: TextFormat::Email,
            },
        ),
        q(
            "Luggage weight",
            true,
            QuestionKind::Number(NumberRules {
                min: Some(decimal("0")),
                max: Some(decimal("200")),
                step: Some(decimal("0.5")),
                unit: Some("kg".into()),
            }),
        ),
        q(
            "Travel date",
            true,
            QuestionKind::Date {
                earliest: Some(date("2026-01-01")),
                latest: Some(date("2026-12-31")),
            },
        ),
        q(
            "Stars",
            true,
            QuestionKind::Range {
                low_label: None,
                high_label: None,
            },
        ),
        q(
            "Comfort",
            true,
            QuestionKind::Scale {
                points: 7,
                low_label: Some("Cramped".into()),
                high_label: Some("Roomy".into()),
            },
        ),
        q(
            "Recommend us?",
            true,
            QuestionKind::Nps {
                low_label: None,
                high_label: None,
            },
        ),
        q(
            "How did you book?",
            true,
            QuestionKind::Choice(with_other(&["Phone", "Email", "Letter"])),
        ),
        q(
            "What mattered?",
            true,
            QuestionKind::Checkboxes {
                list: with_other(&["Price", "Speed", "Staff", "Choice"]),
                min_selected: Some(1),
                max_selected: Some(3),
            },
        ),
        q(
            "Country",
            false,
            QuestionKind::Dropdown(with_other(&["Austria", "Belgium", "Croatia"])),
        ),
        q(
            "Rate each part",
            true,
            QuestionKind::Matrix {
                rows: labels(&["Ease", "Looks", "Value"]),
                columns: labels(&["Poor", "Fair", "Good", "Great"]),
            },
        ),
        q(
            "Order these",
            false,
            QuestionKind::Ranking {
                options: labels(&["Price", "Quality", "Service"]),
                shuffle: false,
            },
        ),
    ]
}

/// Publishes the every-kind survey for the demo tenant; its questions as
/// stored (with their ids).
async fn publish_every_kind(app: &TestApp) -> Vec<Question> {
    let tenant = find_tenant_by_alias(&app.db, &TenantAlias::parse("adatum").unwrap())
        .await
        .unwrap()
        .unwrap();
    let scope = system_scope(&tenant, SystemGrant::for_tests(SystemTask::Onboarding));
    let now = UnixMillis::now();
    let survey = NewSurvey {
        slug: Slug::parse(SLUG).unwrap(),
        title: "Every kind".into(),
        description: String::new(),
        description_html: String::new(),
        logic: None,
    };
    let id = create_draft(&app.db, &scope, &survey, now).await.unwrap();
    for draft in drafts() {
        append_question(&app.db, &scope, id, &draft)
            .await
            .unwrap()
            .expect("the draft takes the question");
    }
    let month = UnixMillis(now.0 + 30 * 24 * 3600 * 1000);
    assert!(publish(&app.db, &scope, id, now, month).await.unwrap());
    let stored = find_survey_by_slug(&app.db, &scope, &survey.slug)
        .await
        .unwrap()
        .unwrap();
    let kinds: Vec<_> = stored
        .survey
        .questions
        .iter()
        .map(|q| q.kind.code())
        .collect();
    assert_eq!(kinds, QuestionKind::CODES, "every kind, stored as designed");
    assert_eq!(
        stored
            .survey
            .questions
            .iter()
            .map(|q| &q.kind)
            .collect::<Vec<_>>(),
        drafts().iter().map(|d| &d.kind).collect::<Vec<_>>(),
        "settings survive storage"
    );
    stored.survey.questions
}

/// Every stored submission of the every-kind survey: its answers, by
/// question index.
async fn stored(app: &TestApp, questions: &[Question]) -> Vec<Answers> {
    let tenant = find_tenant_by_alias(&app.db, &TenantAlias::parse("adatum").unwrap())
        .await
        .unwrap()
        .unwrap();
    let scope = system_scope(&tenant, SystemGrant::for_tests(SystemTask::Onboarding));
    let survey = find_survey_by_slug(&app.db, &scope, &Slug::parse(SLUG).unwrap())
        .await
        .unwrap()
        .unwrap();
    list_submissions(&app.db, &scope, survey.id, None, 10)
        .await
        .unwrap()
        .into_iter()
        .map(|s| {
            s.answers
                .into_iter()
                .map(|a| {
                    let index = questions.iter().position(|q| q.id == a.question).unwrap();
                    (index, a.value)
                })
                .collect()
        })
        .collect()
}

/// The fields of a complete form as the browser posts it without
/// JavaScript, and the answers they stand for.
fn posted_form(qs: &[Question]) -> (Fields, Answers) {
    let main = |i: usize, v: &str| (field_name(qs[i].id), v.to_owned());
    let other = |i: usize, v: &str| (other_field_name(qs[i].id), v.to_owned());
    let part = |i: usize, p: usize, v: &str| (part_field_name(qs[i].id, p), v.to_owned());
    let fields = vec![
        main(0, "Quick and friendly"),
        main(1, " ana@example.com "),
        main(2, "72,5"),
        main(3, "2026-03-31"),
        main(4, "4"),
        main(5, "6"),
        main(6, "0"),
        main(7, "other"),
        other(7, "Fax"),
        main(8, "2"),
        main(8, "0"),
        main(8, "other"),
        other(8, "Parking"),
        main(9, "1"),
        other(9, ""),
        part(10, 0, "3"),
        part(10, 1, "0"),
        part(10, 2, "2"),
        part(11, 0, "2"),
        part(11, 1, "3"),
        part(11, 2, "1"),
    ];
    let expected = vec![
        (0, AnswerValue::Text("Quick and friendly".into())),
        (1, AnswerValue::Text("ana@example.com".into())),
        (2, AnswerValue::Number(decimal("72.5"))),
        (3, AnswerValue::Date(date("2026-03-31"))),
        (4, AnswerValue::Rating(4)),
        (5, AnswerValue::Score(6)),
        (6, AnswerValue::Score(0)),
        (7, AnswerValue::Other("Fax".into())),
        (
            8,
            AnswerValue::Choices {
                selected: vec![0, 2],
                other: Some("Parking".into()),
            },
        ),
        (9, AnswerValue::Choice(1)),
        (10, AnswerValue::Matrix(vec![Some(3), Some(0), Some(2)])),
        (11, AnswerValue::Ranking(vec![2, 0, 1])),
    ];
    (fields, expected)
}

/// A second respondent through the server function: optional questions
/// left out, the other ends of each range, Other typed without choosing it.
fn sent_by_function(qs: &[Question]) -> (Fields, Answers) {
    let main = |i: usize, v: &str| (field_name(qs[i].id), v.to_owned());
    let other = |i: usize, v: &str| (other_field_name(qs[i].id), v.to_owned());
    let part = |i: usize, p: usize, v: &str| (part_field_name(qs[i].id, p), v.to_owned());
    let fields = vec![
        main(0, ""),
        main(1, "bo@example.org"),
        main(2, "200"),
        main(3, "2026-12-31"),
        main(4, "1"),
        main(5, "7"),
        main(6, "10"),
        main(7, "2"),
        other(7, "typed, then Letter chosen"),
        main(8, "1"),
        other(8, ""),
        other(9, "Denmark"),
        part(10, 0, "0"),
        part(10, 1, "1"),
        part(10, 2, "0"),
        part(11, 0, ""),
        part(11, 1, ""),
        part(11, 2, ""),
    ];
    let expected = vec![
        (1, AnswerValue::Text("bo@example.org".into())),
        (2, AnswerValue::Number(decimal("200"))),
        (3, AnswerValue::Date(date("2026-12-31"))),
        (4, AnswerValue::Rating(1)),
        (5, AnswerValue::Score(7)),
        (6, AnswerValue::Score(10)),
        (7, AnswerValue::Choice(2)),
        (
            8,
            AnswerValue::Choices {
                selected: vec![1],
                other: None,
            },
        ),
        (9, AnswerValue::Other("Denmark".into())),
        (10, AnswerValue::Matrix(vec![Some(0), Some(1), Some(0)])),
    ];
    (fields, expected)
}

fn encode_all(key: &str, fields: &[(String, String)]) -> String {
    let mut pairs: Vec<(&str, &str)> = vec![("idempotency_key", key)];
    pairs.extend(fields.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    encode(&pairs)
}

async fn every_kind_is_stored_as_sent(app: TestApp) {
    let qs = publish_every_kind(&app).await;

    // (a) The plain form post, as a browser without JavaScript sends it.
    let (fields, by_form) = posted_form(&qs);
    let response = app.post_form(PATH, encode_all(KEY_A, &fields)).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap());

    // (b) The server function, as the hydrated page calls it.
    let (fields, by_function) = sent_by_function(&qs);
    let mut sent = vec![("idempotency_key".to_owned(), KEY_B.to_owned())];
    sent.extend(fields);
    let response = send(
        app.request(Method::POST, "/api/submit_answers")
            .json(&serde_json::json!({ "tenant": "adatum", "slug": SLUG, "fields": sent })),
    )
    .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), r#""Accepted""#);

    assert_eq!(stored(&app, &qs).await, [by_form, by_function]);

    // The responses listing reads each answer in words.
    let client = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let (status, page) = app
        .call_as(
            &client,
            "load_responses",
            &[("tenant", "adatum"), ("slug", SLUG)],
        )
        .await;
    assert_eq!(status, 200, "{page}");
    let read = |response: usize| -> Fields {
        serde_json::from_value(page["responses"][response]["answers"].clone()).unwrap()
    };
    let pairs = |texts: &[(&str, &str)]| -> Fields {
        texts
            .iter()
            .map(|(q, a)| (q.to_string(), a.to_string()))
            .collect()
    };
    let first = read(0);
    for expected in pairs(&[
        ("Anything else?", "Quick and friendly"),
        ("Your email", "ana@example.com"),
        ("Luggage weight", "72.5 kg"),
        ("Travel date", "2026-03-31"),
        ("Stars", "4 of 5"),
        ("Comfort", "6 of 7"),
        ("Recommend us?", "0"),
        ("How did you book?", "Other: Fax"),
        ("What mattered?", "Price; Staff; Other: Parking"),
        ("Country", "Belgium"),
        ("Rate each part", "Ease: Great; Looks: Poor; Value: Good"),
        ("Order these", "1. Service; 2. Price; 3. Quality"),
    ]) {
        assert!(first.contains(&expected), "{expected:?} in {first:?}");
    }
    let second = read(1);
    for expected in pairs(&[
        ("Recommend us?", "10"),
        ("How did you book?", "Letter"),
        ("What mattered?", "Speed"),
        ("Country", "Other: Denmark"),
        ("Rate each part", "Ease: Poor; Looks: Fair; Value: Poor"),
    ]) {
        assert!(second.contains(&expected), "{expected:?} in {second:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_is_stored_as_sent_on_sqlite() {
    every_kind_is_stored_as_sent(spawn_app().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_is_stored_as_sent_on_postgres() {
    if let Some(app) = spawn_postgres_app().await {
        every_kind_is_stored_as_sent(app).await;
    }
}

/// The part of the page that shows question `id`.
fn question_html(html: &str, question: &Question) -> String {
    let start = html
        .find(&format!(r#"id="question-{}""#, question.id))
        .unwrap_or_else(|| panic!("question {} on the page", question.id));
    let rest = &html[start..];
    let end = rest[1..]
        .find(r#"id="question-"#)
        .map_or(rest.len(), |at| at + 1);
    rest[..end].to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_post_shows_each_message_by_its_question_and_keeps_the_answers() {
    let app = spawn_app().await;
    let qs = publish_every_kind(&app).await;
    let (mut fields, _) = posted_form(&qs);
    // An unreadable number and a matrix row left empty.
    let number = field_name(qs[2].id);
    fields.retain(|(name, _)| *name != part_field_name(qs[10].id, 1));
    for (name, value) in &mut fields {
        if *name == number {
            *value = "lots".into();
        }
    }
    let response = app.post_form(PATH, encode_all(KEY_C, &fields)).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(stored(&app, &qs).await.is_empty(), "nothing is stored");

    let number_part = question_html(&html, &qs[2]);
    assert!(
        number_part.contains("Please enter a number, such as 12 or 3.5."),
        "{number_part}"
    );
    assert!(number_part.contains(r#"value="lots""#), "{number_part}");
    let matrix_part = question_html(&html, &qs[10]);
    assert!(
        matrix_part.contains("Please answer every row: 1 row is left."),
        "{matrix_part}"
    );
    assert_eq!(html.matches(r#"class="field-error""#).count(), 2);

    // The other answers come back as given.
    assert!(question_html(&html, &qs[0]).contains("Quick and friendly"));
    assert!(question_html(&html, &qs[1]).contains("ana@example.com"));
    assert!(question_html(&html, &qs[7]).contains(r#"value="Fax""#));
    assert!(question_html(&html, &qs[8]).contains(r#"value="Parking""#));
    for (question, ticked) in [(&qs[8], 3), (&qs[10], 2), (&qs[4], 1), (&qs[6], 1)] {
        let part = question_html(&html, question);
        assert_eq!(
            part.matches(" checked").count(),
            ticked,
            "{}: {part}",
            question.text
        );
    }
    let ranking = question_html(&html, &qs[11]);
    for place in ["2", "3", "1"] {
        assert!(
            ranking.contains(&format!(r#"value="{place}""#)),
            "{ranking}"
        );
    }
}

/// A value that is not UTF-8 in a matrix row or an "Other" text is reported
/// beside its question, like one in a question's main field.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreadable_parts_and_other_texts_are_reported_by_their_question() {
    let app = spawn_app().await;
    let qs = publish_every_kind(&app).await;
    let (fields, _) = posted_form(&qs);
    let row = part_field_name(qs[10].id, 1);
    let other = other_field_name(qs[8].id);
    let readable: Fields = fields
        .into_iter()
        .filter(|(name, _)| *name != row && *name != other)
        .collect();
    let body = format!("{}&{row}=%FF&{other}=%FE%FF", encode_all(KEY_C, &readable));
    let response = app.post_form(PATH, body).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    for question in [&qs[10], &qs[8]] {
        let part = question_html(&html, question);
        assert!(
            part.contains("Your answer contains characters that are not valid text."),
            "{part}"
        );
    }
    assert!(
        !crate::helpers::page_body(&html).contains("a field that is not valid text"),
        "{html}"
    );
    assert!(stored(&app, &qs).await.is_empty());
}
