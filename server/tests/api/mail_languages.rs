//! Mail speaks its recipient's language: their own choice, else their
//! tenant's, else the one they asked in. A plain form's refusal speaks the
//! page's language.

use crate::helpers::{DEMO_PASSWORD, TestApp, browser, signed_in_as};
use crate::mail::wait_for_mail;
use crate::password_reset::{OLD_PASSWORD, new_account};

async fn mail_speaks_the_recipients_language(app: TestApp, api: String) {
    let admin = signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let (status, _) = app
        .call_as(
            &admin,
            "save_tenant_language",
            &[("tenant", "adatum"), ("default_language", "de")],
        )
        .await;
    assert_eq!(status, 200);

    // Nobody chose for a new account: the tenant's German.
    let email = format!("sprache-{}@adatum.example", uuid::Uuid::new_v4().simple());
    let (status, body) = app
        .call_as(
            &admin,
            "invite_user",
            &[
                ("tenant", "adatum"),
                ("name", "Ivy Invited"),
                ("email", email.as_str()),
                ("role", "survey_creator"),
            ],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let invitation = &wait_for_mail(&api, &email, 1).await[0];
    assert_eq!(
        invitation["subject"],
        "Sie sind zu Adatum Ltd. auf Tailspin Surveys eingeladen"
    );
    let text = invitation["text"].as_str().unwrap();
    for words in [
        "Ada Administrator hat Sie zu Adatum Ltd. auf Tailspin Surveys eingeladen, als Umfrageersteller/in.",
        "sieben Tage lang",
        "\n\nPasswort wählen: http",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
    let html = invitation["html"].as_str().unwrap();
    assert!(html.contains(r#"<html lang="de" dir="ltr">"#), "{html}");
    assert!(html.contains(">Passwort wählen</a>"), "{html}");

    // A user who chose Spanish gets their reset link in Spanish, though
    // the page they asked on spoke German.
    let email = new_account(&app.db).await;
    let reader = signed_in_as(&app, "/t/adatum/login", &email, OLD_PASSWORD).await;
    let (status, _) = app
        .call_as(
            &reader,
            "save_own_language",
            &[("tenant", "adatum"), ("language", "es")],
        )
        .await;
    assert_eq!(status, 200);
    let asked = app
        .post_form_as(
            &browser(),
            "/t/adatum/password-reset",
            &[("email", email.as_str())],
        )
        .await;
    assert_eq!(asked.status(), 200);
    let reset = &wait_for_mail(&api, &email, 1).await[0];
    assert_eq!(reset["subject"], "Restablezca su contraseña de Adatum Ltd.");
    let text = reset["text"].as_str().unwrap();
    assert!(text.contains("durante una hora"), "{text}");
    assert!(text.contains("Elegir una contraseña nueva: http"), "{text}");

    // A wrong password on the plain sign-in form is refused in the page's
    // language (the tenant's German, the browser asking for none).
    let refused = app
        .post_form_as(
            &browser(),
            "/t/adatum/login",
            &[("email", email.as_str()), ("password", "not it at all")],
        )
        .await;
    assert_eq!(refused.status(), 401);
    let page = refused.text().await.unwrap();
    let page = crate::helpers::page_body(&page);
    assert!(
        page.contains("E-Mail-Adresse oder Passwort stimmen nicht."),
        "{page}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mail_speaks_its_recipients_language() {
    let Some((app, api)) = crate::password_reset::mailing_app(false).await else {
        return;
    };
    mail_speaks_the_recipients_language(app, api).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mail_speaks_its_recipients_language_on_postgresql() {
    let Some((app, api)) = crate::password_reset::mailing_app(true).await else {
        return;
    };
    mail_speaks_the_recipients_language(app, api).await;
}
