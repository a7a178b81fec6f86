//! Which language a respondent's page speaks, what it carries to the
//! browser, and that the answer's checks and the thank-you page follow it.

use app::domain::field_name;
use reqwest::Method;

use crate::helpers::{DEMO_PATH, KEY_A, encode, page_body, send, spawn_app};

fn html_attributes(html: &str) -> &str {
    let start = html.find("<html").expect("an html element");
    &html[start..start + html[start..].find('>').unwrap()]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_browsers_language_is_spoken_and_the_address_outranks_it() {
    let app = spawn_app().await;
    let page = |path: &'static str, accept: &'static str| {
        let request = app
            .request(Method::GET, path)
            .header("accept-language", accept);
        async move { send(request).await.text().await.unwrap() }
    };

    let german = page(DEMO_PATH, "de-DE,de;q=0.9,en;q=0.5").await;
    assert_eq!(html_attributes(&german), r#"<html lang="de" dir="ltr""#);
    assert!(page_body(&german).contains("Antworten senden"));
    assert!(!page_body(&german).contains("Submit answers"));

    let arabic = page("/s/adatum/customer-satisfaction?lang=ar", "de").await;
    assert_eq!(html_attributes(&arabic), r#"<html lang="ar" dir="rtl""#);
    assert!(page_body(&arabic).contains("إرسال الإجابات"));

    // Unknown languages fall back to English.
    let english = page(DEMO_PATH, "fr-CH, fr;q=0.9").await;
    assert_eq!(html_attributes(&english), r#"<html lang="en" dir="ltr""#);
    assert!(page_body(&english).contains("Submit answers"));

    // Arabic covers the respondent's pages only: the sign-in page takes
    // the browser's Spanish, and its switcher offers no Arabic.
    let sign_in = page("/t/adatum/login?lang=ar", "es").await;
    assert_eq!(html_attributes(&sign_in), r#"<html lang="es" dir="ltr""#);
    assert!(page_body(&sign_in).contains(r#"class="language-switcher""#));
    assert!(!page_body(&sign_in).contains("lang=ar"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_carries_only_its_languages_respondent_texts() {
    let app = spawn_app().await;
    let html = app
        .get("/s/adatum/customer-satisfaction?lang=de")
        .await
        .text()
        .await
        .unwrap();
    let start = html
        .find(r#"<meta name="tailspin-texts" content=""#)
        .unwrap();
    let texts = &html[start..start + html[start..].find("\">").unwrap()];
    let texts = texts
        .split_once("content=\"")
        .unwrap()
        .1
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    let carried: app::i18n::BrowserTexts = serde_json::from_str(&texts).unwrap();
    assert_eq!(carried.language, app::i18n::Language::German);
    assert!(carried.messages.contains_key("answer-missing"));
    assert!(texts.contains("Bitte beantworten Sie diese Frage."));
    assert!(!texts.contains("Please answer this question."));
    // Only the respondent's files: no other language, no other page.
    assert!(!texts.contains("Responda esta pregunta."));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_choice_made_with_the_switcher_is_remembered() {
    let app = spawn_app().await;
    let response = app.get("/s/adatum/customer-satisfaction?lang=es").await;
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("tailspin_lang=es;"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    // A language the page does not offer is neither shown nor kept.
    let back_office = app.get("/t/adatum/login?lang=ar").await;
    assert!(back_office.headers().get("set-cookie").is_none());
    let body = response.text().await.unwrap();
    // The switcher: plain links relative to the page, the current one marked.
    assert!(body.contains(r#"href="?lang=de""#), "{body}");
    assert!(body.contains(r#"<span aria-current="true" lang="es">Español"#));

    let request = app
        .request(Method::GET, DEMO_PATH)
        .header("cookie", "tailspin_lang=es")
        .header("accept-language", "de");
    let html = send(request).await.text().await.unwrap();
    assert_eq!(html_attributes(&html), r#"<html lang="es" dir="ltr""#);
    // A page without ?lang= leaves the cookie alone.
    let plain = app.get(DEMO_PATH).await;
    assert!(plain.headers().get("set-cookie").is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_sent_without_javascript_are_checked_in_the_pages_language() {
    let app = spawn_app().await;
    let (_, questions) = app.demo_survey().await;
    let german = "/s/adatum/customer-satisfaction?lang=de";
    let form = app.get(german).await.text().await.unwrap();
    assert!(form.contains(r#"action="/s/adatum/customer-satisfaction?lang=de""#));

    let refused = app
        .post_form(german, encode(&[("idempotency_key", KEY_A)]))
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert_eq!(html_attributes(&html), r#"<html lang="de" dir="ltr""#);
    let body = page_body(&html);
    assert!(body.contains("Einige Antworten brauchen Ihre Aufmerksamkeit"));
    assert!(body.contains("Frage 1: Bitte beantworten Sie diese Frage."));
    assert!(!body.contains("Please answer this question."));
    assert!(app.stored_submissions().await.is_empty());

    let accepted = app
        .post_form(
            german,
            encode(&[
                ("idempotency_key", KEY_A),
                (&field_name(questions[0].id), "4"),
                (&field_name(questions[1].id), "1"),
            ]),
        )
        .await;
    assert_eq!(accepted.status(), 303);
    let thanks = accepted.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(thanks, format!("{DEMO_PATH}/thanks?lang=de"));
    let page = app.get(&thanks).await.text().await.unwrap();
    assert!(page_body(&page).contains("Vielen Dank!"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_language_of_a_page_is_kept_apart() {
    let app = spawn_app().await;
    let pages = app.pages.as_ref().expect("the server runs in this process");
    let renders = pages.renders();
    let mut seen = Vec::new();
    for path in [
        DEMO_PATH,
        "/s/adatum/customer-satisfaction?lang=de",
        "/s/adatum/customer-satisfaction?lang=ar",
        DEMO_PATH,
        "/s/adatum/customer-satisfaction?lang=de",
    ] {
        let html = app.get(path).await.text().await.unwrap();
        seen.push(html_attributes(&html).to_owned());
    }
    assert_eq!(seen[0], seen[3]);
    assert_eq!(seen[1], seen[4]);
    assert_eq!(seen[1], r#"<html lang="de" dir="ltr""#);
    assert_eq!(seen[2], r#"<html lang="ar" dir="rtl""#);
    // One rendering per language; the repeats came from the cache.
    assert_eq!(pages.renders() - renders, 3);
    // An address with any other query is rendered afresh, never kept.
    let html = app
        .get("/s/adatum/customer-satisfaction?lang=de&x=1")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(html_attributes(&html), r#"<html lang="de" dir="ltr""#);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_response_keeps_its_language_through_results_exports_and_the_api() {
    let app = spawn_app().await;
    let (_, questions) = app.demo_survey().await;
    let rating = field_name(questions[0].id);
    let channel = field_name(questions[1].id);
    // Without JavaScript, from a German and an Arabic page.
    for (key, code) in [(KEY_A, "de"), (crate::helpers::KEY_B, "ar")] {
        let path = format!("{DEMO_PATH}?lang={code}");
        let body = encode(&[
            ("idempotency_key", key),
            ("lang", code),
            (&rating, "4"),
            (&channel, "1"),
        ]);
        assert_eq!(app.post_form(&path, body).await.status(), 303);
    }
    // Hydrated, from a Spanish page: the server function gets the same field.
    let key = uuid::Uuid::new_v4().to_string();
    let fields = serde_json::json!([
        ["idempotency_key", key],
        ["lang", "es"],
        [rating, "5"],
        [channel, "0"],
    ]);
    let request = app
        .request(Method::POST, "/api/submit_answers")
        .json(&serde_json::json!({
            "tenant": "adatum",
            "slug": "customer-satisfaction",
            "fields": fields,
        }));
    let reply = send(request).await.text().await.unwrap();
    assert!(reply.contains("Accepted"), "{reply}");

    let languages: Vec<_> = app
        .stored_submissions()
        .await
        .iter()
        .map(|s| s.language.code())
        .collect();
    assert_eq!(languages, ["de", "ar", "es"]);

    let creator = crate::helpers::signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        crate::helpers::DEMO_PASSWORD,
    )
    .await;
    let form = |language: &'static str| {
        vec![
            ("tenant", "adatum"),
            ("slug", "customer-satisfaction"),
            ("filter[language]", language),
        ]
    };
    let (status, results) = app.call_as(&creator, "load_results", &form("Arabic")).await;
    assert_eq!(status, 200, "{results}");
    assert_eq!(results["responses"], 1);
    assert_eq!(results["all_responses"], 3);
    assert_eq!(results["filter"]["applied"], "the answers are in Arabic");
    let (_, page) = app
        .call_as(&creator, "load_responses", &form("German"))
        .await;
    let rows = page["responses"].as_array().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["language"], "German");

    let csv = app
        .get_as(
            &creator,
            "/t/adatum/surveys/customer-satisfaction/export.csv",
        )
        .await
        .text()
        .await
        .unwrap();
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(
        lines[0].contains("\"received_at_utc\",\"language\""),
        "{}",
        lines[0]
    );
    for (line, code) in lines[1..].iter().zip(["de", "ar", "es"]) {
        assert!(line.contains(&format!(",\"{code}\",")), "{line}");
    }

    let key = crate::rest_api::key_of(&app, "adatum", &["responses:read"]).await;
    app.settled().await;
    let response = crate::rest_api::call(
        &app,
        Some(&key),
        "/api/v1/surveys/customer-satisfaction/responses",
    )
    .await;
    let body: serde_json::Value = response.json().await.unwrap();
    let codes: Vec<_> = body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["language"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(codes, ["de", "ar", "es"]);
}

/// The `lang` attribute of the page at `path` as `client` with `accept`.
async fn page_language(
    app: &crate::helpers::TestApp,
    client: &reqwest::Client,
    path: &str,
    accept: &str,
) -> String {
    let request = app
        .request_as(client, Method::GET, path)
        .header("accept-language", accept);
    let html = send(request).await.text().await.unwrap();
    let attributes = html_attributes(&html);
    let start = attributes.find("lang=\"").unwrap() + 6;
    attributes[start..start + attributes[start..].find('"').unwrap()].to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_users_language_comes_before_the_browsers_and_the_tenants_after() {
    use crate::helpers::{DEMO_PASSWORD, problems, signed_in_as};
    let app = spawn_app().await;
    let creator = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let admin = signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let anonymous = crate::helpers::browser();
    assert_eq!(page_language(&app, &creator, "/t/adatum", "de").await, "de");

    // The creator's own choice outranks the browser, for the creator only.
    let (status, _) = app
        .call_as(
            &creator,
            "save_own_language",
            &[("tenant", "adatum"), ("language", "es")],
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(page_language(&app, &creator, "/t/adatum", "de").await, "es");
    assert_eq!(page_language(&app, &admin, "/t/adatum", "de").await, "de");

    // Arabic covers the respondent's pages only; unknown codes are refused.
    for code in ["ar", "xx", "<b>"] {
        let (status, error) = app
            .call_as(
                &creator,
                "save_own_language",
                &[("tenant", "adatum"), ("language", code)],
            )
            .await;
        assert_eq!(status, 422, "{code}");
        assert_eq!(
            problems(&error),
            [(
                "language".to_owned(),
                "Choose one of the languages in the list.".to_owned()
            )]
        );
    }
    assert_eq!(page_language(&app, &creator, "/t/adatum", "de").await, "es");

    // The tenant's language: only an administrator sets it, and it speaks
    // where the browser asks for nothing Tailspin offers.
    let (status, _) = app
        .call_as(
            &creator,
            "save_tenant_language",
            &[("tenant", "adatum"), ("default_language", "de")],
        )
        .await;
    assert_eq!(status, 403);
    assert_eq!(
        page_language(&app, &anonymous, "/t/adatum/login", "fr").await,
        "en"
    );
    let (status, _) = app
        .call_as(
            &admin,
            "save_tenant_language",
            &[("tenant", "adatum"), ("default_language", "de")],
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        page_language(&app, &anonymous, "/t/adatum/login", "fr").await,
        "de"
    );
    assert_eq!(
        page_language(&app, &anonymous, "/t/adatum/login", "es").await,
        "es"
    );
    // A survey's page falls back to the survey's own language instead.
    assert_eq!(page_language(&app, &anonymous, DEMO_PATH, "fr").await, "en");
    assert_eq!(page_language(&app, &admin, "/t/adatum", "fr").await, "de");
    // Another tenant's pages keep English.
    assert_eq!(
        page_language(&app, &anonymous, "/t/fabrikam/login", "fr").await,
        "en"
    );

    // Emptied, the creator's pages follow the browser again.
    let (status, _) = app
        .call_as(
            &creator,
            "save_own_language",
            &[("tenant", "adatum"), ("language", "")],
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(page_language(&app, &creator, "/t/adatum", "en").await, "en");
    let settings = app
        .get_as(&creator, "/t/adatum/settings/language")
        .await
        .text()
        .await
        .unwrap();
    assert!(settings.contains(r#"id="own-language""#));
    assert!(
        !settings.contains(r#"id="tenant-language""#),
        "only for administrators"
    );
}

/// Handlers outside the pages (a logo, a form post) answer in the
/// request's language too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plain_handlers_refusal_speaks_the_requests_language() {
    let app = spawn_app().await;
    let client = crate::helpers::browser();
    for (accept, words) in [
        ("de-DE", "Diese Seite wurde nicht gefunden."),
        ("en", "We could not find that page."),
    ] {
        let request = app
            .request_as(&client, Method::GET, "/branding/adatum/logo")
            .header("accept-language", accept);
        let response = send(request).await;
        assert_eq!(response.status(), 404);
        assert_eq!(response.text().await.unwrap(), words, "{accept}");
    }
    let refused = send(
        app.request_as(&client, Method::POST, "/t/adatum/login")
            .header("accept-language", "es")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", app.url(""))
            .body("email=nobody%40adatum.example&password=wrong"),
    )
    .await;
    assert_eq!(refused.status(), 401);
    let page = refused.text().await.unwrap();
    assert!(
        crate::helpers::page_body(&page).contains("El correo o la contraseña no son correctos."),
        "{page}"
    );
}
