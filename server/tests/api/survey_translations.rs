//! Surveys in several languages: the demo survey read in each of its
//! languages, and a creator translating a draft side by side, publishing
//! only once every translation is complete or untranslated texts may show.

use reqwest::Method;
use serde_json::Value;

use crate::helpers::{
    DEMO_PASSWORD, DEMO_PATH, TestApp, page_body, problems, send, signed_in_as, spawn_app,
};

const SLUG: &str = "welcome-check";
const PATH: &str = "/s/adatum/welcome-check";

async fn respondent_page(app: &TestApp, path: &str, accept: &str) -> String {
    let request = app
        .request(Method::GET, path)
        .header("accept-language", accept);
    send(request).await.text().await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_survey_speaks_each_of_its_languages_and_carries_only_one() {
    let app = spawn_app().await;
    let german = respondent_page(&app, DEMO_PATH, "de-DE").await;
    let body = page_body(&german);
    assert!(body.contains("Wie zufrieden sind Sie insgesamt mit unserem Service?"));
    assert!(body.contains("Telefon"));
    assert!(body.contains("<strong>weniger als eine Minute</strong>"));
    assert!(
        !german.contains("How satisfied are you"),
        "no English in the page"
    );
    assert!(
        !german.contains("¿Qué tan satisfecho"),
        "no Spanish in the page"
    );

    let arabic = respondent_page(&app, &format!("{DEMO_PATH}?lang=ar"), "de").await;
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl""#));
    assert!(page_body(&arabic).contains("ما مدى رضاك عن خدمتنا بشكل عام؟"));

    // A browser asking for a language the survey lacks reads its own.
    let french = respondent_page(&app, DEMO_PATH, "fr").await;
    assert!(french.contains(r#"<html lang="en""#));
    assert!(page_body(&french).contains("How satisfied are you with our service overall?"));
}

async fn ok(
    client: &reqwest::Client,
    app: &TestApp,
    function: &str,
    form: &[(&str, &str)],
) -> Value {
    let (status, body) = app.call_as(client, function, form).await;
    assert_eq!(status, 200, "{function}: {body}");
    body
}

/// A creator's draft `SLUG` with one required question; the creator and
/// the draft's id.
async fn draft_with(
    app: &TestApp,
    text: &str,
    kind: &str,
    options: &str,
) -> (reqwest::Client, String) {
    let client = signed_in_as(
        app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let survey = [
        ("tenant", "adatum"),
        ("title", "Welcome check"),
        ("slug", SLUG),
    ];
    ok(&client, app, "create_survey", &survey).await;
    let editor = ok(
        &client,
        app,
        "load_survey_editor",
        &[("tenant", "adatum"), ("slug", SLUG)],
    )
    .await;
    let id = editor["id"].to_string();
    let question = [
        ("tenant", "adatum"),
        ("survey", id.as_str()),
        ("question[text]", text),
        ("question[kind]", kind),
        ("question[max_length]", ""),
        ("question[options]", options),
        ("question[required]", "on"),
    ];
    ok(&client, app, "add_question", &question).await;
    (client, id)
}

async fn translations(client: &reqwest::Client, app: &TestApp) -> Value {
    ok(
        client,
        app,
        "load_survey_translations",
        &[("tenant", "adatum"), ("slug", SLUG)],
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_creator_translates_a_draft_and_publishes_it_complete() {
    let app = spawn_app().await;
    let (client, id) = draft_with(&app, "Which team?", "choice", "Sales\nSupport").await;
    let base = [("tenant", "adatum"), ("slug", SLUG)];
    let with = |extra: &[(&'static str, &'static str)]| {
        let mut form = base.to_vec();
        form.extend_from_slice(extra);
        form
    };

    // Bad input changes nothing.
    for (function, form) in [
        ("add_survey_language", with(&[("language", "xx")])),
        ("add_survey_language", with(&[("language", "en")])),
        ("set_survey_language", with(&[("written_in", "klingon")])),
    ] {
        let (status, body) = app.call_as(&client, function, &form).await;
        assert_eq!(status, 422, "{function}: {body}");
    }
    assert_eq!(
        translations(&client, &app).await["translations"],
        serde_json::json!([])
    );

    ok(
        &client,
        &app,
        "add_survey_language",
        &with(&[("language", "de")]),
    )
    .await;
    let page = translations(&client, &app).await;
    let rows = page["translations"][0]["rows"].as_array().unwrap().clone();
    let places: Vec<&str> = rows.iter().map(|r| r["place"].as_str().unwrap()).collect();
    assert_eq!(places.len(), 4, "title, question, two options: {places:?}");
    assert_eq!(page["translations"][0]["missing"], 4);

    // Publishing waits for the translation.
    let (status, body) = app
        .call_as(
            &client,
            "publish_survey",
            &[("tenant", "adatum"), ("survey", &id), ("confirm", "yes")],
        )
        .await;
    assert_eq!(status, 422);
    assert_eq!(
        problems(&body),
        [(
            "form".to_owned(),
            "Some translations are not complete (German lacks 4 texts). Translate the missing texts, or let respondents read them in English.".to_owned()
        )]
    );
    // A text too long is refused, and nothing of the form is kept.
    let long = "x".repeat(10_001);
    let mut form: Vec<(String, String)> = base
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    form.push(("language".into(), "de".into()));
    form.push((format!("texts[{}]", places[0]), "Willkommens-Check".into()));
    form.push((format!("texts[{}]", places[1]), long));
    let (status, _) = app.call_as(&client, "save_survey_translation", &form).await;
    assert_eq!(status, 422);
    assert_eq!(
        translations(&client, &app).await["translations"][0]["missing"],
        4
    );

    let german = [
        "Willkommens-Check",
        "Welches Team?",
        "Vertrieb",
        "Support <b>&amp;</b>",
    ];
    let mut form: Vec<(String, String)> = base
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    form.push(("language".into(), "de".into()));
    for (place, text) in places.iter().zip(german) {
        form.push((format!("texts[{place}]"), text.into()));
    }
    let (status, body) = app.call_as(&client, "save_survey_translation", &form).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        translations(&client, &app).await["translations"][0]["missing"],
        0
    );
    // The survey's language cannot become one it is translated into.
    let (status, _) = app
        .call_as(
            &client,
            "set_survey_language",
            &with(&[("written_in", "de")]),
        )
        .await;
    assert_eq!(status, 422);

    ok(
        &client,
        &app,
        "publish_survey",
        &[
            ("tenant", "adatum"),
            ("survey", id.as_str()),
            ("confirm", "yes"),
        ],
    )
    .await;
    let page = respondent_page(&app, PATH, "de").await;
    let body = page_body(&page);
    assert!(body.contains("Welches Team?") && body.contains("Vertrieb"));
    // What a creator typed is text, never markup.
    assert!(
        body.contains("Support &lt;b&gt;&amp;amp;&lt;/b&gt;"),
        "{body}"
    );
    assert!(!page.contains("Which team?"));
    let english = respondent_page(&app, PATH, "en").await;
    assert!(page_body(&english).contains("Which team?"));
    // Published: frozen.
    let (status, _) = app
        .call_as(
            &client,
            "remove_survey_language",
            &with(&[("language", "de")]),
        )
        .await;
    assert_eq!(status, 400);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn untranslated_texts_may_show_in_the_surveys_language_when_allowed() {
    let app = spawn_app().await;
    let (client, id) = draft_with(&app, "Anything else?", "free_text", "").await;
    let base = [("tenant", "adatum"), ("slug", SLUG)];
    ok(
        &client,
        &app,
        "add_survey_language",
        &[base[0], base[1], ("language", "es")],
    )
    .await;
    ok(
        &client,
        &app,
        "set_translation_fallback",
        &[base[0], base[1], ("fallback", "on")],
    )
    .await;
    assert_eq!(translations(&client, &app).await["fallback"], true);
    ok(
        &client,
        &app,
        "publish_survey",
        &[
            ("tenant", "adatum"),
            ("survey", id.as_str()),
            ("confirm", "yes"),
        ],
    )
    .await;
    let spanish = respondent_page(&app, PATH, "es").await;
    assert!(spanish.contains(r#"<html lang="es""#));
    assert!(page_body(&spanish).contains("Anything else?"));
    assert!(page_body(&spanish).contains("Enviar respuestas"));
}
