//! Sharing a survey: the share page's link, QR codes and embed code, and
//! the websites that may frame survey pages (`frame-ancestors`), which
//! only a tenant's Administrators change and which no other page gets.

use crate::helpers::{DEMO_PASSWORD, TestApp, signed_in_as, spawn_app};

const SURVEY: &str = "/s/adatum/customer-satisfaction";

fn header(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get(name)
        .map(|v| v.to_str().unwrap().to_owned())
}

fn frame_ancestors(response: &reqwest::Response) -> String {
    let policy = header(response, "content-security-policy").expect("a policy");
    policy
        .split(';')
        .map(str::trim)
        .find(|d| d.starts_with("frame-ancestors"))
        .unwrap_or_else(|| panic!("no frame-ancestors in {policy}"))
        .to_owned()
}

async fn creator(app: &TestApp) -> reqwest::Client {
    signed_in_as(
        app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await
}

async fn administrator(app: &TestApp) -> reqwest::Client {
    signed_in_as(
        app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_share_page_gives_the_link_a_qr_code_and_the_embed_code() {
    let app = spawn_app().await;
    let creator = creator(&app).await;
    let page = app
        .get_as(&creator, "/t/adatum/surveys/customer-satisfaction/share")
        .await;
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    let public = format!("{}{SURVEY}", app.address);
    assert!(page.contains(&format!("value=\"{public}\"")), "the link");
    assert!(page.contains("/t/adatum/surveys/customer-satisfaction/qr.svg"));
    assert!(page.contains("/t/adatum/surveys/customer-satisfaction/qr.png"));
    // The embed code is shown as text, never as a live frame.
    assert!(
        page.contains("&lt;iframe id=\"tailspin-customer-satisfaction\""),
        "{page}"
    );
    assert!(!page.contains("<iframe"));
    assert!(page.contains("None yet: until a website is listed"));
    assert!(page.contains("An Administrator of your organization can add websites here."));

    let svg = app
        .get_as(&creator, "/t/adatum/surveys/customer-satisfaction/qr.svg")
        .await;
    assert_eq!(svg.status(), 200);
    assert_eq!(header(&svg, "content-type").unwrap(), "image/svg+xml");
    assert!(svg.text().await.unwrap().contains("<svg"));
    let png = app
        .get_as(&creator, "/t/adatum/surveys/customer-satisfaction/qr.png")
        .await;
    assert_eq!(png.status(), 200);
    assert_eq!(header(&png, "content-type").unwrap(), "image/png");
    let image = image::load_from_memory(&png.bytes().await.unwrap()).unwrap();
    assert!(image.width() >= 600);

    // Not signed in: sent to sign in; no such survey: not found.
    let anonymous = app
        .get("/t/adatum/surveys/customer-satisfaction/qr.png")
        .await;
    assert_eq!(anonymous.status(), 303);
    assert!(
        header(&anonymous, "location")
            .unwrap()
            .starts_with("/t/adatum/login")
    );
    let missing = app
        .get_as(&creator, "/t/adatum/surveys/no-such-survey/qr.svg")
        .await;
    assert_eq!(missing.status(), 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_has_no_address_to_share_yet() {
    let app = spawn_app().await;
    let creator = creator(&app).await;
    let (status, body) = app
        .call_as(
            &creator,
            "create_survey",
            &[("tenant", "adatum"), ("title", "Launch poll"), ("slug", "")],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let page = app
        .get_as(&creator, "/t/adatum/surveys/launch-poll/share")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("This survey is a draft"), "{page}");
    assert!(!page.contains("qr.svg"));
    let qr = app
        .get_as(&creator, "/t/adatum/surveys/launch-poll/qr.svg")
        .await;
    assert_eq!(qr.status(), 400);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn survey_pages_may_be_framed_only_by_the_websites_an_administrator_lists() {
    let app = spawn_app().await;
    // By default nobody frames anything.
    for path in [
        SURVEY,
        "/s/adatum/customer-satisfaction/thanks",
        "/t/adatum/login",
    ] {
        let response = app.get(path).await;
        assert_eq!(
            frame_ancestors(&response),
            "frame-ancestors 'none'",
            "{path}"
        );
        assert_eq!(
            header(&response, "x-frame-options").as_deref(),
            Some("DENY")
        );
    }

    // A Survey Creator may not change the list; bad input changes nothing.
    let creator = creator(&app).await;
    let save = |origins: &'static str| [("tenant", "adatum"), ("origins", origins)];
    let (status, _) = app
        .call_as(
            &creator,
            "save_embed_origins",
            &save("https://www.adatum.example"),
        )
        .await;
    assert_eq!(status, 403);
    let admin = administrator(&app).await;
    let (status, error) = app
        .call_as(
            &admin,
            "save_embed_origins",
            &save("https://*.adatum.example"),
        )
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["Invalid"][0]["field"], "embed_origins");
    assert!(
        error["Invalid"][0]["message"]
            .as_str()
            .unwrap()
            .contains("https://*.adatum.example is not one")
    );
    assert_eq!(
        frame_ancestors(&app.get(SURVEY).await),
        "frame-ancestors 'none'"
    );

    let (status, body) = app
        .call_as(
            &admin,
            "save_embed_origins",
            &save("https://WWW.adatum.example/\nhttp://127.0.0.1:3203"),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let listed = "frame-ancestors 'self' https://www.adatum.example http://127.0.0.1:3203";
    for path in [SURVEY, "/s/adatum/customer-satisfaction/thanks"] {
        let response = app.get(path).await;
        assert_eq!(frame_ancestors(&response), listed, "{path}");
        assert_eq!(header(&response, "x-frame-options"), None, "{path}");
    }
    // Answering inside the frame: the page re-rendered after a refused
    // submission may be framed as well.
    let refused = app.post_form(SURVEY, "idempotency_key=not-a-key").await;
    if refused
        .headers()
        .get("content-type")
        .is_some_and(|v| v.to_str().unwrap().starts_with("text/html"))
    {
        assert_eq!(frame_ancestors(&refused), listed);
    }
    // Every other page still refuses to be framed.
    for path in ["/t/adatum/login", "/s/adatum", "/"] {
        let response = app.get(path).await;
        assert_eq!(
            frame_ancestors(&response),
            "frame-ancestors 'none'",
            "{path}"
        );
        assert_eq!(
            header(&response, "x-frame-options").as_deref(),
            Some("DENY")
        );
    }
    let page = app
        .get_as(&admin, "/t/adatum/surveys/customer-satisfaction/share")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("<code>https://www.adatum.example<!></code>"));
    assert!(page.contains("https://www.adatum.example\nhttp://127.0.0.1:3203</textarea>"));

    // Emptied: nobody again.
    let (status, _) = app.call_as(&admin, "save_embed_origins", &save("")).await;
    assert_eq!(status, 200);
    assert_eq!(
        frame_ancestors(&app.get(SURVEY).await),
        "frame-ancestors 'none'"
    );
}
