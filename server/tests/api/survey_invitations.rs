//! Inviting a survey's contacts: a CSV list (a bad line adds nothing), the
//! message with placeholders, invitations read from the real test SMTP
//! server, a personal link answered once and refused the second time,
//! unsubscribing, and reminders that skip those who answered or
//! unsubscribed; on both engines.

use app::domain::field_name;

use crate::helpers::{DEMO_PASSWORD, TestApp, encode, problems, signed_in_as};
use crate::mail::{link_in, wait_for_mail};
use crate::password_reset::mailing_app;

const SURVEY: &str = "/s/adatum/customer-satisfaction";

fn form(fields: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut all = vec![
        ("tenant".to_owned(), "adatum".to_owned()),
        ("slug".to_owned(), "customer-satisfaction".to_owned()),
    ];
    all.extend(
        fields
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    );
    all
}

/// The token of a personal link.
fn token_of(link: &str) -> String {
    let token = link.split("invitation=").nth(1).unwrap();
    token.split('&').next().unwrap().to_owned()
}

async fn statuses(app: &TestApp, client: &reqwest::Client) -> Vec<(String, String)> {
    let (status, progress) = app
        .call_as(client, "load_invitation_progress", &form(&[("page", "1")]))
        .await;
    assert_eq!(status, 200, "{progress}");
    progress["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["email"].as_str().unwrap().to_owned(),
                c["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

async fn answer(app: &TestApp, token: &str, key: &str) -> reqwest::Response {
    let (_, questions) = app.demo_survey().await;
    app.post_form(
        SURVEY,
        encode(&[
            ("idempotency_key", key),
            ("invitation", token),
            (&field_name(questions[0].id), "4"),
            (&field_name(questions[1].id), "1"),
        ]),
    )
    .await
}

async fn invitation_journey(app: TestApp, api: String, stamp: &str) {
    let creator = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let ana = format!("ana-{stamp}@contacts.example");
    let bo = format!("bo-{stamp}@contacts.example");
    let cy = format!("cy-{stamp}@contacts.example");

    // A list with a bad line adds nothing and names the line.
    let bad = format!("email,name,first_name\n{ana},Ana Lima,Ana\nnot-an-address,X,X\n");
    let (status, error) = app
        .call_as(
            &creator,
            "add_survey_contacts",
            &form(&[("contacts", &bad)]),
        )
        .await;
    assert_eq!(status, 422, "{error}");
    let problem = &problems(&error)[0];
    assert_eq!(problem.0, "contacts");
    assert!(problem.1.contains("Line 3"), "{problem:?}");
    assert!(
        statuses(&app, &creator).await.is_empty(),
        "nothing half-imported"
    );

    // Bo reads German, which the demo survey is translated to.
    let good = format!(
        "email,name,first_name,language\n{ana},Ana Lima,Ana,\n{bo},Bo Berg,Bo,de\n\"{cy}\",\"Cy, the third\",Cy,\n"
    );
    let (status, added) = app
        .call_as(
            &creator,
            "add_survey_contacts",
            &form(&[("contacts", &good)]),
        )
        .await;
    assert_eq!((status, added.clone()), (200, serde_json::json!([3, 0])));
    // The same list again adds nobody twice.
    let (_, added) = app
        .call_as(
            &creator,
            "add_survey_contacts",
            &form(&[("contacts", &good)]),
        )
        .await;
    assert_eq!(added, serde_json::json!([0, 3]));

    let (status, saved) = app
        .call_as(
            &creator,
            "save_invitation_message",
            &form(&[
                ("subject", "Hello {{first_name}}, a question"),
                ("message", "Dear {{name}},\n\nTell us <b>how</b> we did."),
                ("anonymous", "no"),
            ]),
        )
        .await;
    assert_eq!(status, 200, "{saved}");

    let (status, sent) = app
        .call_as(
            &creator,
            "send_survey_invitations",
            &form(&[("round", "invitation")]),
        )
        .await;
    assert_eq!((status, sent), (200, serde_json::json!(3)));
    let mail = wait_for_mail(&api, &ana, 1).await;
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0]["subject"], "Hello Ana, a question");
    let text = mail[0]["text"].as_str().unwrap();
    assert!(text.contains("Dear Ana Lima,"), "{text}");
    let html = mail[0]["html"].as_str().unwrap();
    assert!(
        html.contains("&lt;b&gt;how&lt;/b&gt;") && !html.contains("<b>how"),
        "{html}"
    );
    let ana_link = link_in(text, "invitation=");
    let ana_token = token_of(&ana_link);
    assert!(ana_token.len() >= 22, "at least 128 bits: {ana_token}");
    let bo_text = wait_for_mail(&api, &bo, 1).await[0]["text"]
        .as_str()
        .unwrap()
        .to_owned();
    wait_for_mail(&api, &cy, 1).await;
    assert!(ana_link.ends_with("&lang=en"), "{ana_link}");
    assert!(
        bo_text.contains("An der Umfrage teilnehmen: http") && bo_text.contains("&lang=de"),
        "Bo's invitation in German, its link to the German survey: {bo_text}"
    );
    assert!(text.contains("Answer the survey: http"), "{text}");

    // Personal links are never asked to solve the survey's proof-of-work
    // challenge, even where public answers need it.
    let (status, _) = app
        .call_as(
            &creator,
            "save_proof_of_work",
            &form(&[("choice", "required")]),
        )
        .await;
    assert_eq!(status, 200);

    // The personal page says whose link it is; the answers are linked.
    let page = app.get(&format!("{SURVEY}?invitation={ana_token}")).await;
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(page.contains("This is your personal link"), "{page}");
    assert!(
        !crate::helpers::page_body(&page).contains("needs JavaScript"),
        "{page}"
    );
    assert!(page.contains("stored with your name and email"));

    // Answered once; the same form again is the same answer; a new one is
    // refused and stores nothing.
    let key = "6c1f2a0e-8b7d-4c5e-9f3a-2d4b6a8c0e1f";
    assert_eq!(answer(&app, &ana_token, key).await.status(), 303);
    assert_eq!(answer(&app, &ana_token, key).await.status(), 303, "a retry");
    let stored = app.stored_submissions().await.len();
    let again = answer(&app, &ana_token, "7d2e3b1f-9c8e-4d6f-a04b-3e5c7b9d1f20").await;
    assert_eq!(again.status(), 410);
    assert!(again.text().await.unwrap().contains("already received"));
    assert_eq!(
        app.stored_submissions().await.len(),
        stored,
        "nothing stored"
    );
    let page = app.get(&format!("{SURVEY}?invitation={ana_token}")).await;
    assert_eq!(page.status(), 410);
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("You have already answered")
    );
    // A made-up token finds nothing.
    let page = app
        .get(&format!("{SURVEY}?invitation=not-a-real-token"))
        .await;
    assert_eq!(page.status(), 404);

    // Bo unsubscribes: the page asks first, then it is done.
    let unsubscribe = link_in(&bo_text, "/unsubscribe/");
    let path = &unsubscribe[unsubscribe.find("/unsubscribe/").unwrap()..];
    let page = app.get(path).await.text().await.unwrap();
    assert!(
        page.contains(&format!("will send no more survey invitations to {bo}")),
        "{page}"
    );
    let bo_token = path.split("token=").nth(1).unwrap();
    let (status, done) = app
        .call(
            "unsubscribe_contact",
            &[("tenant", "adatum"), ("token", bo_token)],
        )
        .await;
    assert_eq!(status, 200, "{done}");

    // A reminder goes to Cy alone.
    let (status, sent) = app
        .call_as(
            &creator,
            "send_survey_invitations",
            &form(&[("round", "reminder")]),
        )
        .await;
    assert_eq!((status, sent), (200, serde_json::json!(1)));
    let cy_mail = wait_for_mail(&api, &cy, 2).await;
    assert_eq!(cy_mail.len(), 2);
    assert_eq!(cy_mail[1]["subject"], "Reminder: Hello Cy, a question");
    assert_eq!(crate::mail::received(&api, &ana).await.len(), 1);
    assert_eq!(crate::mail::received(&api, &bo).await.len(), 1);
    // Cy's first link still works after the reminder.
    let cy_first = token_of(&link_in(
        cy_mail[0]["text"].as_str().unwrap(),
        "invitation=",
    ));
    let page = app.get(&format!("{SURVEY}?invitation={cy_first}")).await;
    assert_eq!(page.status(), 200);

    // Cy presses the mail program's own "Unsubscribe" (RFC 8058): it posts
    // to the address the message names, and only that request is taken.
    let headers = &cy_mail[1]["headers"];
    assert_eq!(
        headers["list-unsubscribe-post"],
        "List-Unsubscribe=One-Click"
    );
    let one_click = headers["list-unsubscribe"].as_str().unwrap();
    assert!(
        one_click.starts_with('<') && one_click.contains("/unsubscribe/adatum?token="),
        "{one_click}"
    );
    let one_click = &one_click[one_click.find("/unsubscribe/").unwrap()..one_click.len() - 1];
    let wrong = app.post_form(one_click, "List-Unsubscribe=Yes").await;
    assert_eq!(wrong.status(), 400);
    let forged = app
        .post_form(
            "/unsubscribe/adatum?token=made-up",
            "List-Unsubscribe=One-Click",
        )
        .await;
    assert_eq!(forged.status(), 404);
    let done = app.post_form(one_click, "List-Unsubscribe=One-Click").await;
    assert_eq!(done.status(), 200);
    assert!(
        done.text()
            .await
            .unwrap()
            .contains("will send no more survey invitations")
    );

    // Nobody left to remind twice while a message is on its way.
    let (status, _) = app
        .call_as(
            &creator,
            "send_survey_invitations",
            &form(&[("round", "invitation")]),
        )
        .await;
    assert_eq!(status, 400, "everyone was invited");

    let mut seen = statuses(&app, &creator).await;
    seen.sort();
    let expected = |email: &str, status: &str| (email.to_owned(), status.to_owned());
    assert!(seen.contains(&expected(&ana, "answered")), "{seen:?}");
    assert!(seen.contains(&expected(&bo, "unsubscribed")), "{seen:?}");
    assert!(seen.contains(&expected(&cy, "unsubscribed")), "{seen:?}");

    // Linked answers carry the contact's columns in the export.
    let csv = app
        .get_as(
            &creator,
            "/t/adatum/surveys/customer-satisfaction/export.csv",
        )
        .await
        .text()
        .await
        .unwrap();
    let header = csv.lines().next().unwrap();
    assert!(
        header.contains("\"contact_email\",\"contact_name\",\"contact_first_name\""),
        "{header}"
    );
    assert!(
        csv.contains(&format!("\"{ana}\",\"Ana Lima\",\"Ana\"")),
        "{csv}"
    );

    // Anonymity cannot change once someone answered under it.
    let (status, error) = app
        .call_as(
            &creator,
            "save_invitation_message",
            &form(&[
                ("subject", "Hello"),
                ("message", "Hi"),
                ("anonymous", "yes"),
            ]),
        )
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(problems(&error)[0].0, "anonymous");
}

fn stamp() -> String {
    format!(
        "{}",
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
            % 1_000_000_000
    )
}

#[tokio::test]
async fn contacts_are_invited_answer_once_and_reminders_skip_who_answered_or_left() {
    let Some((app, api)) = mailing_app(false).await else {
        return;
    };
    invitation_journey(app, api, &stamp()).await;
}

#[tokio::test]
async fn contacts_are_invited_answer_once_and_reminders_skip_who_answered_or_left_on_postgresql() {
    let Some((app, api)) = mailing_app(true).await else {
        return;
    };
    invitation_journey(app, api, &stamp()).await;
}

/// The recipients of every message the test SMTP server holds whose
/// address ends in `domain`.
async fn recipients(api: &str, domain: &str) -> Vec<String> {
    let all: Vec<serde_json::Value> = reqwest::get(format!("{api}/messages"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    all.iter()
        .flat_map(|m| m["envelope"]["to"].as_array().cloned().unwrap_or_default())
        .filter_map(|to| to.as_str().map(str::to_owned))
        .filter(|to| to.ends_with(domain))
        .collect()
}

/// The server's peak resident memory, from /proc (Linux).
fn peak_memory_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|line| line.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// Invitations to many contacts go out while the server is killed with
/// SIGKILL in the middle: after a restart every contact gets exactly one,
/// except the few being handed over at the kill, which are marked failed and
/// never sent again. `TAILSPIN_INVITATION_TEST_CONTACTS` (default 300)
/// makes it the benchmark of BENCHMARKS.md (10,000).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invitations_interrupted_by_a_kill_are_sent_once_each() {
    use app::domain::contacts::parse_contacts;
    use app::storage::survey_contacts::{self, Round};
    use std::time::{Duration, Instant};

    let Some((_, api)) = crate::mail::test_smtp() else {
        return;
    };
    let smtp = std::env::var("TEST_SMTP_URL").unwrap();
    let contacts: usize = std::env::var("TAILSPIN_INVITATION_TEST_CONTACTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300);
    let work = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", work.path().display());
    let mut env = crate::processes::sqlite_server_env(work.path());
    env.extend([
        ("TAILSPIN_STATISTICS_INTERVAL_MS", "100".to_owned()),
        ("TAILSPIN_SMTP_URL", smtp),
        ("TAILSPIN_INVITATIONS_PER_MINUTE", "1000000".to_owned()),
        // What the killed runner had claimed but not handed over is sent
        // by the next one once this runs out.
        ("TAILSPIN_MAIL_LEASE_SECONDS", "5".to_owned()),
    ]);
    let server = crate::processes::ServerProcess::start(&env);
    let db = crate::helpers::connect_keyed(&url, work.path()).await;
    let scope = app::auth::public_scope(&db, "adatum", app::auth::PublicSiteGrant::for_tests())
        .await
        .unwrap();
    let survey = app::storage::surveys::find_survey_by_slug(
        &db,
        &scope,
        &app::domain::Slug::parse("customer-satisfaction").unwrap(),
    )
    .await
    .unwrap()
    .unwrap()
    .id;
    let domain = format!("@kill-{}.example", stamp());
    let list: String = (0..contacts)
        .map(|i| format!("p{i}{domain}, Person {i}\n"))
        .collect();
    let list = parse_contacts(&list).unwrap();
    let now = app::domain::UnixMillis::now();
    survey_contacts::add_contacts(&db, &scope, survey, &list, now)
        .await
        .unwrap();
    // How long a slow machine may take before the test gives up: 90 s for
    // the default list, a second for each 20 contacts more.
    let patience = Duration::from_secs(90 + contacts.saturating_sub(300) as u64 / 20);
    let started = Instant::now();
    let requested = survey_contacts::request_round(&db, &scope, survey, Round::Invitation)
        .await
        .unwrap();
    assert_eq!(requested as usize, contacts);

    // Killed once a third has arrived.
    loop {
        if recipients(&api, &domain).await.len() >= contacts / 3 {
            break;
        }
        assert!(
            started.elapsed() < patience,
            "sending started: {:#?}",
            server.recent_log()
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    server.kill();
    let at_kill = recipients(&api, &domain).await.len();
    let server = crate::processes::ServerProcess::start(&env);

    // Every contact ends sent or failed.
    let settled = loop {
        let counts = survey_contacts::status_counts(&db, &scope, survey)
            .await
            .unwrap();
        let count = |status| {
            counts
                .iter()
                .find(|(s, _)| *s == status)
                .map_or(0, |(_, n)| *n)
        };
        use survey_contacts::ContactStatus::{Failed, Sent};
        if (count(Sent) + count(Failed)) as usize == contacts {
            break (count(Sent), count(Failed));
        }
        assert!(
            started.elapsed() < patience + Duration::from_secs(10),
            "all settled: {counts:?}"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    };
    let elapsed = started.elapsed();
    let peak = peak_memory_kib(server.pid());
    server.kill();

    let received = recipients(&api, &domain).await;
    let mut unique = received.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        received.len(),
        "no one got an invitation twice"
    );
    let (sent, failed) = settled;
    // A message handed over at the kill is failed and may or may not have
    // arrived; one runner sends a few at once, so at most that many.
    assert!(
        failed as usize <= app::services::mail::SENDING_AT_ONCE,
        "{failed} failed"
    );
    assert!(received.len() as i64 >= sent, "every sent message arrived");
    eprintln!(
        "{contacts} invitations: {} received ({at_kill} before the kill), {failed} failed, \
         {:.1} s with a restart ({:.0}/s), peak memory after the restart {} MiB",
        received.len(),
        elapsed.as_secs_f64(),
        contacts as f64 / elapsed.as_secs_f64(),
        peak.map_or("?".to_owned(), |kib| (kib / 1024).to_string()),
    );
}
