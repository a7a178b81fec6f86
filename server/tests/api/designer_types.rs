//! The designer with every question type, through its server functions:
//! adding and editing each kind with its settings (refusals change
//! nothing), duplicating a survey, and starting from a template.

use app::auth::{SystemGrant, SystemTask, system_scope};
use app::domain::{
    CalendarDate, ChoiceList, Decimal, Email, NumberRules, QuestionKind, Role, SurveyTemplate,
    TextFormat, UnixMillis,
};
use app::i18n::{Language, Texts};
use app::passwords::hash_password;
use app::storage::users::{NewLocalUser, create_local_user};
use reqwest::Method;
use serde_json::Value;

use crate::helpers::{DEMO_PASSWORD, TestApp, add_tenant, send, signed_in_as, spawn_app};

async fn creator(app: &TestApp) -> reqwest::Client {
    signed_in_as(
        app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await
}

async fn ok<F: serde::Serialize + ?Sized>(
    client: &reqwest::Client,
    app: &TestApp,
    function: &str,
    form: &F,
) -> Value {
    let (status, body) = app.call_as(client, function, form).await;
    assert_eq!(status, 200, "{function}: {body}");
    body
}

async fn editor(client: &reqwest::Client, app: &TestApp, slug: &str) -> Value {
    ok(
        client,
        app,
        "load_survey_editor",
        &[("tenant", "adatum"), ("slug", slug)],
    )
    .await
}

/// The form of one question: `tenant`, `survey` and `question[...]` fields.
fn form<'a>(
    survey: &'a str,
    text: &'a str,
    kind: &'a str,
    settings: &[(&'a str, &'a str)],
) -> Vec<(String, &'a str)> {
    let mut fields = vec![
        ("tenant".to_owned(), "adatum"),
        ("survey".to_owned(), survey),
        ("question[text]".to_owned(), text),
        ("question[kind]".to_owned(), kind),
    ];
    fields.extend(
        settings
            .iter()
            .map(|(name, value)| (format!("question[{name}]"), *value)),
    );
    fields
}

fn decimal(text: &str) -> Option<Decimal> {
    Decimal::parse(text)
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

/// A kind's code, the question's text, its form fields and the kind stored.
type KindCase = (
    &'static str,
    &'static str,
    Vec<(&'static str, &'static str)>,
    QuestionKind,
);

/// Form fields of one refused add: the kind, its settings, the field blamed.
type Refusal<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str);

/// One question of every kind: its form fields and the kind stored.
fn every_kind() -> Vec<KindCase> {
    vec![
        (
            "Tell us more",
            "free_text",
            vec![("max_length", "800")],
            QuestionKind::FreeText { max_length: 800 },
        ),
        (
            "Your email",
            "short_text",
            vec![("max_length", "120"), ("format", "email")],
            QuestionKind::ShortText {
                max_length: 120,
                format: TextFormat::Email,
            },
        ),
        (
            "Your weight",
            "number",
            vec![
                ("min", "0"),
                ("max", "120"),
                ("step", "0.5"),
                ("unit", "kg"),
            ],
            QuestionKind::Number(NumberRules {
                min: decimal("0"),
                max: decimal("120"),
                step: decimal("0.5"),
                unit: Some("kg".into()),
            }),
        ),
        (
            "Day of the visit",
            "date",
            vec![("earliest", "2026-01-01"), ("latest", "2026-12-31")],
            QuestionKind::Date {
                earliest: CalendarDate::parse("2026-01-01"),
                latest: CalendarDate::parse("2026-12-31"),
            },
        ),
        (
            "Stars for us",
            "range",
            vec![("low_label", "Poor"), ("high_label", "Great")],
            QuestionKind::Range {
                low_label: Some("Poor".into()),
                high_label: Some("Great".into()),
            },
        ),
        (
            "Agree?",
            "scale",
            vec![
                ("points", "7"),
                ("low_label", "Disagree"),
                ("high_label", "Agree"),
            ],
            QuestionKind::Scale {
                points: 7,
                low_label: Some("Disagree".into()),
                high_label: Some("Agree".into()),
            },
        ),
        (
            "Recommend us?",
            "nps",
            vec![],
            QuestionKind::Nps {
                low_label: None,
                high_label: None,
            },
        ),
        (
            "Favourite colour",
            "choice",
            vec![
                ("options", "Red\nGreen\nBlue"),
                ("other", "on"),
                ("shuffle", "on"),
            ],
            QuestionKind::Choice(ChoiceList {
                options: strings(&["Red", "Green", "Blue"]),
                other: true,
                shuffle: true,
            }),
        ),
        (
            "Pets you have",
            "checkboxes",
            vec![
                ("options", "Cat\nDog\nFish"),
                ("min_selected", "1"),
                ("max_selected", "2"),
            ],
            QuestionKind::Checkboxes {
                list: ChoiceList {
                    options: strings(&["Cat", "Dog", "Fish"]),
                    other: false,
                    shuffle: false,
                },
                min_selected: Some(1),
                max_selected: Some(2),
            },
        ),
        (
            "Country",
            "dropdown",
            vec![("options", "France\nGermany\nItaly")],
            QuestionKind::Dropdown(ChoiceList {
                options: strings(&["France", "Germany", "Italy"]),
                other: false,
                shuffle: false,
            }),
        ),
        (
            "Rate each",
            "matrix",
            vec![("rows", "Price\nQuality"), ("columns", "Bad\nOK\nGood")],
            QuestionKind::Matrix {
                rows: strings(&["Price", "Quality"]),
                columns: strings(&["Bad", "OK", "Good"]),
            },
        ),
        (
            "Order these",
            "ranking",
            vec![("options", "Speed\nPrice\nCare"), ("shuffle", "on")],
            QuestionKind::Ranking {
                options: strings(&["Speed", "Price", "Care"]),
                shuffle: true,
            },
        ),
    ]
}

fn kinds(editor: &Value) -> Vec<Value> {
    editor["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["kind"].clone())
        .collect()
}

fn question_texts(editor: &Value) -> Vec<&str> {
    editor["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap())
        .collect()
}

/// The draft has the template's questions in the language of `texts`:
/// their texts, kinds and every option and label.
fn same_questions(editor: &Value, template: SurveyTemplate, texts: &Texts) {
    let questions = template.questions(texts);
    let expected: Vec<Value> = questions
        .iter()
        .map(|q| serde_json::to_value(&q.kind).unwrap())
        .collect();
    assert_eq!(kinds(editor), expected, "{}", template.code);
    assert_eq!(
        question_texts(editor),
        questions
            .iter()
            .map(|q| q.text.as_str())
            .collect::<Vec<_>>(),
        "{}",
        template.code
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_is_added_and_edited_with_its_settings_and_refusals_change_nothing() {
    let app = spawn_app().await;
    let client = creator(&app).await;
    let slug = ok(
        &client,
        &app,
        "create_survey",
        &[("tenant", "adatum"), ("title", "All kinds"), ("slug", "")],
    )
    .await;
    let slug = slug.as_str().unwrap().to_owned();
    let id = editor(&client, &app, &slug).await["id"].to_string();

    let all = every_kind();
    for (text, kind, settings, _) in &all {
        // Without JavaScript every other kind's fields arrive too: ignored.
        let mut settings = settings.clone();
        if *kind != "matrix" {
            settings.push(("rows", "Ignored row"));
        }
        if *kind != "scale" {
            settings.push(("points", "99"));
        }
        ok(
            &client,
            &app,
            "add_question",
            &form(&id, text, kind, &settings),
        )
        .await;
    }
    let stored = editor(&client, &app, &slug).await;
    let expected: Vec<Value> = all
        .iter()
        .map(|(_, _, _, k)| serde_json::to_value(k).unwrap())
        .collect();
    assert_eq!(kinds(&stored), expected);

    // Refused adds, one per kind's own rule: by field, and nothing stored.
    let refusals: [Refusal; 10] = [
        ("short_text", vec![("max_length", "256")], "max_length"),
        ("short_text", vec![("format", "regex")], "format"),
        ("number", vec![("min", "10"), ("max", "1")], "max"),
        (
            "number",
            vec![("min", "0"), ("max", "1"), ("step", "5")],
            "step",
        ),
        (
            "date",
            vec![("earliest", "2026-02-01"), ("latest", "2026-01-01")],
            "latest",
        ),
        ("scale", vec![("points", "11")], "points"),
        (
            "checkboxes",
            vec![("options", "A\nB"), ("max_selected", "3")],
            "max_selected",
        ),
        ("dropdown", vec![("options", "Only")], "options"),
        (
            "matrix",
            vec![("rows", "Price"), ("columns", "Only")],
            "columns",
        ),
        ("ranking", vec![("options", "A\nA")], "options"),
    ];
    for (kind, settings, field) in refusals {
        let (status, error) = app
            .call_as(
                &client,
                "add_question",
                &form(&id, "Refused", kind, &settings),
            )
            .await;
        assert_eq!(status, 422, "{kind}: {error}");
        assert_eq!(error["Invalid"][0]["field"], field, "{kind}: {error}");
    }
    assert_eq!(kinds(&editor(&client, &app, &slug).await), expected);

    // Editing fills in other settings, or another kind altogether.
    let number = stored["questions"][2]["id"].to_string();
    let mut edit = form(
        &id,
        "Your age",
        "number",
        &[
            ("min", "18"),
            ("max", "99"),
            ("step", "1"),
            ("unit", "years"),
        ],
    );
    edit.push(("id".to_owned(), &number));
    ok(&client, &app, "update_question", &edit).await;
    let mut to_matrix = form(
        &id,
        "Rate again",
        "matrix",
        &[("rows", "Speed"), ("columns", "No\nYes")],
    );
    let nps = stored["questions"][6]["id"].to_string();
    to_matrix.push(("id".to_owned(), &nps));
    ok(&client, &app, "update_question", &to_matrix).await;
    let edited = editor(&client, &app, &slug).await;
    assert_eq!(edited["questions"][2]["text"], "Your age");
    assert_eq!(
        edited["questions"][2]["kind"],
        serde_json::to_value(QuestionKind::Number(NumberRules {
            min: decimal("18"),
            max: decimal("99"),
            step: decimal("1"),
            unit: Some("years".into()),
        }))
        .unwrap()
    );
    assert_eq!(
        edited["questions"][6]["kind"],
        serde_json::to_value(QuestionKind::Matrix {
            rows: strings(&["Speed"]),
            columns: strings(&["No", "Yes"])
        })
        .unwrap()
    );
    // A refused edit leaves the question as it was.
    let mut refused = form(&id, "Your age", "number", &[("min", "5"), ("max", "5")]);
    refused.push(("id".to_owned(), &number));
    let (status, error) = app.call_as(&client, "update_question", &refused).await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["Invalid"][0]["field"], "max");
    assert_eq!(
        editor(&client, &app, &slug).await["questions"],
        edited["questions"]
    );

    // Two people edit the same question from the revision both loaded: the
    // first is saved, the second is told and changes nothing.
    let admin = signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let loaded = editor(&client, &app, &slug).await;
    assert_eq!(loaded["revisions"][2][0].to_string(), number);
    let revision = loaded["revisions"][2][1].as_i64().unwrap();
    let loaded_at = revision.to_string();
    let mut first = form(&id, "Age in years", "number", &[]);
    first.push(("id".to_owned(), &number));
    first.push(("revision".to_owned(), &loaded_at));
    let saved = ok(&client, &app, "update_question", &first).await;
    assert_eq!(saved, revision + 1);
    let mut second = form(&id, "Overwritten", "number", &[]);
    second.push(("id".to_owned(), &number));
    second.push(("revision".to_owned(), &loaded_at));
    let (status, error) = app.call_as(&admin, "update_question", &second).await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["Invalid"][0]["field"], "form");
    let message = error["Invalid"][0]["message"].as_str().unwrap();
    assert!(
        message.starts_with("Someone else saved a change to this question"),
        "{message}"
    );
    let now = editor(&client, &app, &slug).await;
    assert_eq!(now["questions"][2]["text"], "Age in years");
    assert_eq!(now["revisions"][2][1], revision + 1);
    // Editing again from the new revision is saved.
    let newer = (revision + 1).to_string();
    second.retain(|(name, _)| name != "revision");
    second.push(("revision".to_owned(), &newer));
    assert_eq!(
        ok(&admin, &app, "update_question", &second).await,
        revision + 2
    );
}

fn without_ids(editor: &Value) -> Vec<Value> {
    editor["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            let mut q = q.clone();
            q.as_object_mut().unwrap().remove("id");
            q
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duplicating_makes_a_draft_copy_with_every_question_and_no_answers() {
    let app = spawn_app().await;
    let client = creator(&app).await;
    let (survey, questions) = app.demo_survey().await;
    let source = editor(&client, &app, "customer-satisfaction").await;
    assert_eq!(source["state"], "Published");

    // An answer to the original stays with it.
    let page = app
        .get("/s/adatum/customer-satisfaction")
        .await
        .text()
        .await
        .unwrap();
    let key = page
        .split("name=\"idempotency_key\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let mut answers = vec![("idempotency_key".to_owned(), key)];
    for question in &questions {
        let value = match question.kind {
            QuestionKind::FreeText { .. } => "Fine",
            _ => "1",
        };
        answers.push((format!("q-{}", question.id.0), value.to_owned()));
    }
    let pairs: Vec<(&str, &str)> = answers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let sent = app
        .post_form(
            "/s/adatum/customer-satisfaction",
            crate::helpers::encode(&pairs),
        )
        .await;
    assert_eq!(sent.status(), 303);

    let survey_id = survey.0.to_string();
    let slug = ok(
        &client,
        &app,
        "duplicate_survey",
        &[("tenant", "adatum"), ("survey", &survey_id)],
    )
    .await;
    assert_eq!(slug, "copy-of-customer-satisfaction");
    let copy = editor(&client, &app, "copy-of-customer-satisfaction").await;
    assert_eq!(copy["state"], "Draft");
    assert_eq!(copy["title"], "Copy of Customer satisfaction");
    assert_eq!(copy["description"], source["description"]);
    assert_eq!(copy["responses"], 0);
    assert_eq!(without_ids(&copy), without_ids(&source));
    assert_ne!(copy["questions"][0]["id"], source["questions"][0]["id"]);
    // Its translations come along under the copy's questions; only the
    // title, which changed, waits for its translation.
    let languages = ok(
        &client,
        &app,
        "load_survey_translations",
        &[
            ("tenant", "adatum"),
            ("slug", "copy-of-customer-satisfaction"),
        ],
    )
    .await;
    let german = languages["translations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|column| column["language"] == "German")
        .unwrap_or_else(|| panic!("German is kept: {languages}"));
    assert_eq!(german["missing"], 1, "{german}");
    // Not public: a draft.
    assert_eq!(
        app.get("/s/adatum/copy-of-customer-satisfaction")
            .await
            .status(),
        404
    );

    // The copy is a draft like any other: it can be edited.
    let copy_id = copy["id"].to_string();
    ok(
        &client,
        &app,
        "add_question",
        &form(&copy_id, "One more", "nps", &[]),
    )
    .await;
    assert_eq!(
        editor(&client, &app, "customer-satisfaction").await["questions"],
        source["questions"]
    );

    // A second copy gets the next free address.
    let again = ok(
        &client,
        &app,
        "duplicate_survey",
        &[("tenant", "adatum"), ("survey", &survey_id)],
    )
    .await;
    assert_eq!(again, "copy-of-customer-satisfaction-2");

    // Another tenant cannot copy it, through its own address or adatum's.
    let fabrikam = add_tenant(&app.db, "fabrikam", "Fabrikam").await;
    let scope = system_scope(&fabrikam, SystemGrant::for_tests(SystemTask::Onboarding));
    let user = NewLocalUser {
        email: Email::parse("admin@fabrikam.example").unwrap(),
        display_name: "Fabrikam Administrator".into(),
        role: Role::Administrator,
        password_hash: hash_password(DEMO_PASSWORD.into()).await.unwrap(),
    };
    create_local_user(&app.db, &scope, &user, None, UnixMillis::now())
        .await
        .unwrap();
    let other = signed_in_as(
        &app,
        "/t/fabrikam/login",
        "admin@fabrikam.example",
        DEMO_PASSWORD,
    )
    .await;
    for tenant in ["fabrikam", "adatum"] {
        let (status, _) = app
            .call_as(
                &other,
                "duplicate_survey",
                &[("tenant", tenant), ("survey", &survey_id)],
            )
            .await;
        assert_eq!(status, 404, "{tenant}");
    }
    let (status, _) = app
        .call_as(
            &client,
            "duplicate_survey",
            &[("tenant", "adatum"), ("survey", "999999")],
        )
        .await;
    assert_eq!(status, 404);
    let dashboard = ok(&other, &app, "load_dashboard", &[("tenant", "fabrikam")]).await;
    assert_eq!(dashboard["surveys"], serde_json::json!([]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_template_becomes_an_editable_draft() {
    let app = spawn_app().await;
    let client = creator(&app).await;
    // An empty title is the template's name.
    let slug = ok(
        &client,
        &app,
        "create_survey",
        &[
            ("tenant", "adatum"),
            ("title", ""),
            ("slug", ""),
            ("template", "event_feedback"),
        ],
    )
    .await;
    assert_eq!(slug, "event-feedback");
    let draft = editor(&client, &app, "event-feedback").await;
    let template = SurveyTemplate::find("event_feedback").unwrap();
    let english = Texts::new(Language::English);
    assert_eq!(draft["state"], "Draft");
    assert_eq!(draft["title"], "Event feedback");
    assert_eq!(draft["title"], template.title(&english));
    assert_eq!(draft["description"], template.description(&english));
    assert_eq!(
        question_texts(&draft)[..2],
        [
            "Which day did you attend?",
            "How would you rate the event overall?"
        ]
    );
    same_questions(&draft, template, &english);

    // Editable like any draft.
    let id = draft["id"].to_string();
    ok(
        &client,
        &app,
        "add_question",
        &form(&id, "Your name", "short_text", &[]),
    )
    .await;

    // A title of one's own; each template in turn.
    for template in app::domain::SURVEY_TEMPLATES {
        let title = format!("Ours: {}", template.title(&english));
        let slug = ok(
            &client,
            &app,
            "create_survey",
            &[
                ("tenant", "adatum"),
                ("title", &title),
                ("slug", ""),
                ("template", template.code),
            ],
        )
        .await;
        let draft = editor(&client, &app, slug.as_str().unwrap()).await;
        assert_eq!(draft["title"], title.as_str());
        assert_eq!(question_texts(&draft).len(), template.question_count());
        same_questions(&draft, template, &english);
    }

    // From a page in German, the template's words are German throughout.
    let german = Texts::new(Language::German);
    let response = send(
        app.request_as(&client, Method::POST, "/api/create_survey")
            .header("accept", "application/json")
            .header("accept-language", "de-DE,de;q=0.9")
            .form(&[
                ("tenant", "adatum"),
                ("title", ""),
                ("slug", ""),
                ("template", "employee_pulse"),
            ]),
    )
    .await;
    assert_eq!(response.status(), 200);
    let slug: Value = serde_json::from_str(&response.text().await.unwrap()).unwrap();
    assert_eq!(slug, "mitarbeiter-pulsbefragung");
    let draft = editor(&client, &app, "mitarbeiter-pulsbefragung").await;
    let pulse = SurveyTemplate::find("employee_pulse").unwrap();
    assert_eq!(draft["title"], "Mitarbeiter-Pulsbefragung");
    assert_eq!(draft["description"], pulse.description(&german));
    assert_eq!(
        question_texts(&draft)[0],
        "Inwieweit stimmen Sie den folgenden Aussagen zu?"
    );
    same_questions(&draft, pulse, &german);
    assert_ne!(
        question_texts(&draft),
        pulse
            .questions(&english)
            .iter()
            .map(|q| q.text.as_str())
            .collect::<Vec<_>>()
    );
    // Written in German: respondents read its buttons in German too.
    let languages = ok(
        &client,
        &app,
        "load_survey_translations",
        &[("tenant", "adatum"), ("slug", "mitarbeiter-pulsbefragung")],
    )
    .await;
    assert_eq!(languages["written_in"], "German");

    // An unknown template is refused at its field and creates nothing.
    let before =
        ok(&client, &app, "load_dashboard", &[("tenant", "adatum")]).await["surveys"].clone();
    let (status, error) = app
        .call_as(
            &client,
            "create_survey",
            &[
                ("tenant", "adatum"),
                ("title", "X"),
                ("slug", ""),
                ("template", "poll"),
            ],
        )
        .await;
    assert_eq!(status, 422);
    assert_eq!(error["Invalid"][0]["field"], "template");
    let after =
        ok(&client, &app, "load_dashboard", &[("tenant", "adatum")]).await["surveys"].clone();
    assert_eq!(before, after);
    // Blank without a title is refused, as before.
    let (status, error) = app
        .call_as(
            &client,
            "create_survey",
            &[("tenant", "adatum"), ("title", " "), ("slug", "")],
        )
        .await;
    assert_eq!(status, 422);
    assert_eq!(error["Invalid"][0]["field"], "title");
}
