//! Inviting users by email: the invited person chooses their own password
//! with the emailed link; until then nobody can sign in with the account.

use crate::helpers::{TestApp, browser, markup, signed_in_as};
use crate::mail::{link_in, token_of, wait_for_mail};

const DEMO_PASSWORD: &str = tailspin_server::config::DEFAULT_DEMO_PASSWORD;

async fn invite(
    app: &TestApp,
    admin: &reqwest::Client,
    name: &str,
    email: &str,
) -> (u16, serde_json::Value) {
    app.call_as(
        admin,
        "invite_user",
        &[
            ("tenant", "adatum"),
            ("name", name),
            ("email", email),
            ("role", "survey_creator"),
        ],
    )
    .await
}

async fn invited_person_chooses_a_password(app: TestApp, api: String) {
    let admin = signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let email = format!("invited-{}@adatum.example", uuid::Uuid::new_v4().simple());
    let (status, body) = invite(&app, &admin, "Ivy Invited", &email).await;
    assert_eq!(status, 200, "{body}");

    // Listed as invited; nobody can sign in with the account yet.
    let (_, directory) = app
        .call_as(&admin, "load_users", &[("tenant", "adatum")])
        .await;
    let row = directory["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["sign_in_name"] == email.as_str())
        .cloned()
        .expect("the invited user is listed");
    assert_eq!(row["invited"], true);
    let refused = app
        .post_form_as(
            &browser(),
            "/t/adatum/login",
            &[("email", email.as_str()), ("password", "")],
        )
        .await;
    assert_eq!(refused.status(), 401);

    // A taken email and bad input invite nobody.
    let (status, body) = invite(&app, &admin, "Again", &email).await;
    assert_eq!(status, 422, "{body}");
    assert!(
        body.to_string()
            .contains("already signs in with this email"),
        "{body}"
    );
    let (status, _) = invite(&app, &admin, "", "not an email").await;
    assert_eq!(status, 422);

    // The message, from the inviting Administrator, with a link.
    let messages = wait_for_mail(&api, &email, 1).await;
    assert_eq!(messages.len(), 1);
    assert_eq!(
        messages[0]["subject"],
        "You are invited to Adatum Ltd. on Tailspin Surveys"
    );
    let text = messages[0]["text"].as_str().unwrap();
    assert!(
        text.contains("Ada Administrator invited you to Adatum Ltd."),
        "{text}"
    );
    assert!(text.contains("as survey creator"), "{text}");
    let link = link_in(text, "/password-reset/new?token=");
    let path = link.trim_start_matches(&app.url("")).to_owned();
    let page = markup(&app.get(&path).await.text().await.unwrap());
    assert!(
        page.contains("Welcome to Adatum Ltd.: choose your password"),
        "{page}"
    );
    assert!(page.contains("Set my password"), "{page}");

    // Sent again: a second message; either link works, once.
    let id = row["id"].as_i64().unwrap().to_string();
    let (status, body) = app
        .call_as(
            &admin,
            "resend_invitation",
            &[("tenant", "adatum"), ("user", id.as_str())],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(wait_for_mail(&api, &email, 2).await.len(), 2);
    let token = token_of(&link);
    let token = token.as_str();
    let chosen = app
        .post_form_as(
            &browser(),
            "/t/adatum/password-reset/new",
            &[
                ("token", token),
                ("password", "ivy's own passphrase"),
                ("confirmation", "ivy's own passphrase"),
            ],
        )
        .await;
    assert_eq!(chosen.status(), 303);
    let signed_in = app
        .post_form_as(
            &browser(),
            "/t/adatum/login",
            &[
                ("email", email.as_str()),
                ("password", "ivy's own passphrase"),
            ],
        )
        .await;
    assert_eq!(signed_in.status(), 303);
    // No longer invited: sending again is refused.
    let (status, body) = app
        .call_as(
            &admin,
            "resend_invitation",
            &[("tenant", "adatum"), ("user", id.as_str())],
        )
        .await;
    assert_eq!(status, 400, "{body}");
    assert!(
        body.to_string().contains("has already chosen a password"),
        "{body}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invited_person_chooses_their_own_password() {
    let Some((app, api)) = crate::password_reset::mailing_app(false).await else {
        return;
    };
    invited_person_chooses_a_password(app, api).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invited_person_chooses_their_own_password_on_postgresql() {
    let Some((app, api)) = crate::password_reset::mailing_app(true).await else {
        return;
    };
    invited_person_chooses_a_password(app, api).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_administrators_invite() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = crate::helpers::spawn_app_with(url, dir, |_| {}).await;
    let creator = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let (status, _) = invite(&app, &creator, "Nope", "nope@adatum.example").await;
    assert_eq!(status, 403);
    let (status, _) = invite(&app, &browser(), "Nope", "nope@adatum.example").await;
    assert_eq!(status, 401);
}
