//! When a survey takes answers. One limited to a number of responses takes
//! exactly that many, even when more arrive at once; it then closes itself,
//! respondents are told it no longer accepts answers, the dashboard says
//! why, and the tenant's contact address gets one email, read from the real
//! test SMTP server. One published to open later says when until then.

use std::time::Duration;

use app::domain::{IdempotencyKey, UnixMillis};

use crate::helpers::{DEMO_PASSWORD, TestApp, encode, signed_in_as};
use crate::mail::{received, wait_for_mail};
use crate::password_reset::mailing_app;

const LIMIT: usize = 5;
const ARRIVING: usize = 12;

/// A survey with one rating question, published with `choices` (the
/// publish form's optional fields); returns the publishing call's status and
/// body, and the question's field name.
pub(crate) async fn publish_with(
    app: &TestApp,
    creator: &reqwest::Client,
    title: &str,
    choices: &[(&str, &str)],
) -> (u16, serde_json::Value, String) {
    let (status, slug) = app
        .call_as(
            creator,
            "create_survey",
            &[("tenant", "adatum"), ("title", title), ("slug", "")],
        )
        .await;
    assert_eq!(status, 200, "{slug}");
    let slug = slug.as_str().unwrap().to_owned();
    let (_, editor) = app
        .call_as(
            creator,
            "load_survey_editor",
            &[("tenant", "adatum"), ("slug", slug.as_str())],
        )
        .await;
    let survey = editor["id"].to_string();
    let question = [
        ("tenant", "adatum"),
        ("survey", survey.as_str()),
        ("question[text]", "Rate it"),
        ("question[kind]", "range"),
        ("question[max_length]", ""),
        ("question[low_label]", ""),
        ("question[high_label]", ""),
        ("question[options]", ""),
    ];
    assert_eq!(app.call_as(creator, "add_question", &question).await.0, 200);
    let mut form = vec![
        ("tenant", "adatum"),
        ("survey", survey.as_str()),
        ("confirm", "yes"),
    ];
    form.extend_from_slice(choices);
    let (status, body) = app.call_as(creator, "publish_survey", &form).await;
    let (_, editor) = app
        .call_as(
            creator,
            "load_survey_editor",
            &[("tenant", "adatum"), ("slug", slug.as_str())],
        )
        .await;
    let field = format!("q-{}", editor["questions"][0]["id"]);
    (status, body, field)
}

pub(crate) async fn answer(app: &TestApp, path: &str, field: &str) -> u16 {
    let key = IdempotencyKey::generate();
    let body = encode(&[("idempotency_key", key.as_str()), (field, "4")]);
    app.post_form(path, body).await.status().as_u16()
}

async fn quota_journey(app: TestApp, api: String) {
    let contact = format!("notices-{}@adatum.example", uuid::Uuid::new_v4().simple());
    let ops = signed_in_as(&app, "/admin/login", "ops@tailspin.example", DEMO_PASSWORD).await;
    let settings = [
        ("alias", "adatum"),
        ("changes[name]", "Adatum Ltd."),
        ("changes[plan]", "standard"),
        ("changes[status]", "active"),
        ("changes[region]", "europe"),
        ("changes[contact_email]", contact.as_str()),
    ];
    assert_eq!(app.call_as(&ops, "save_subscriber", &settings).await.0, 200);
    let creator = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;

    // A limit that is not a number is refused, and nothing is published.
    let (status, error, _) =
        publish_with(&app, &creator, "Bad limit", &[("response_limit", "lots")]).await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["Invalid"][0]["field"], "response_limit");
    let (_, editor) = app
        .call_as(
            &creator,
            "load_survey_editor",
            &[("tenant", "adatum"), ("slug", "bad-limit")],
        )
        .await;
    assert_eq!(editor["state"], "Draft");

    let limit = LIMIT.to_string();
    let (status, body, field) =
        publish_with(&app, &creator, "Launch poll", &[("response_limit", &limit)]).await;
    assert_eq!(status, 200, "{body}");
    let path = "/s/adatum/launch-poll";

    // Twelve respondents at once: exactly five are taken.
    let answers = (0..ARRIVING).map(|_| answer(&app, path, &field));
    let statuses = futures_util::future::join_all(answers).await;
    let taken = statuses.iter().filter(|s| **s == 303).count();
    let refused = statuses.iter().filter(|s| **s == 410).count();
    assert_eq!((taken, refused), (LIMIT, ARRIVING - LIMIT), "{statuses:?}");

    // Closed: the page says so, and one more answer is refused.
    let page = app.get(path).await;
    assert_eq!(page.status(), 410);
    assert_eq!(answer(&app, path, &field).await, 410);
    let (_, dashboard) = app
        .call_as(&creator, "load_dashboard", &[("tenant", "adatum")])
        .await;
    let row = dashboard["surveys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["slug"] == "launch-poll")
        .unwrap()
        .clone();
    assert_eq!(row["state"], "Closed");
    assert_eq!(row["closed_by_quota"], true);
    assert_eq!(row["responses"], LIMIT);
    assert_eq!(row["response_limit"], LIMIT);

    // One notice, to the contact address, whatever the runner does next.
    let mail = wait_for_mail(&api, &contact, 1).await;
    assert_eq!(mail.len(), 1, "{mail:?}");
    assert_eq!(mail[0]["subject"], "Launch poll has all its responses");
    let text = mail[0]["text"].as_str().unwrap();
    assert!(
        text.contains("received the 5 responses it was limited to"),
        "{text}"
    );
    assert!(
        text.contains("/t/adatum/surveys/launch-poll/results"),
        "{text}"
    );
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(received(&api, &contact).await.len(), 1, "sent once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_survey_takes_exactly_its_limit_then_closes_and_says_so() {
    let Some((app, api)) = mailing_app(false).await else {
        return;
    };
    quota_journey(app, api).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_survey_takes_exactly_its_limit_then_closes_and_says_so_on_postgres() {
    let Some((app, api)) = mailing_app(true).await else {
        return;
    };
    quota_journey(app, api).await;
}

/// `at` as a `datetime-local` field sends it, with seconds.
fn field_time(at: UnixMillis) -> String {
    at.iso_string()[..19].to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_survey_opens_at_its_time_and_impossible_times_are_refused() {
    let app = crate::helpers::spawn_app().await;
    let creator = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let now = UnixMillis::now();
    let past = field_time(UnixMillis(now.0 - 60_000));
    let soon = field_time(now.plus_days(1));
    let too_late = field_time(now.plus_days(29));
    for (choices, field) in [
        (vec![("opens_at", past.as_str())], "opens_at"),
        (vec![("opens_at", "next week")], "opens_at"),
        (vec![("closes_at", too_late.as_str())], "closes_at"),
        (
            vec![("opens_at", soon.as_str()), ("closes_at", soon.as_str())],
            "closes_at",
        ),
    ] {
        let (status, error, _) = publish_with(&app, &creator, "Refused", &choices).await;
        assert_eq!(status, 422, "{choices:?}: {error}");
        assert_eq!(error["Invalid"][0]["field"], field, "{choices:?}");
    }

    // Published to open tomorrow: it says when, takes nothing, is not listed.
    let tomorrow = now.plus_days(1);
    let (status, body, field) = publish_with(
        &app,
        &creator,
        "Opening tomorrow",
        &[("opens_at", &field_time(tomorrow))],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let path = "/s/adatum/opening-tomorrow";
    let page = app.get(path).await;
    assert_eq!(page.status(), 403);
    let page = page.text().await.unwrap();
    assert!(page.contains("This survey is not open yet"), "{page}");
    assert!(page.contains(&format!("It opens on {}", tomorrow.minute_string())));
    assert_eq!(answer(&app, path, &field).await, 403, "nothing taken early");
    let list = app.get("/s/adatum").await.text().await.unwrap();
    assert!(
        !list.contains("Opening tomorrow"),
        "not listed before it opens"
    );

    // Published to open in a moment: from then on it takes answers. (A
    // slow machine may pass the moment while publishing: then it is
    // refused as past, and tried again a little later.)
    let mut published = None;
    for attempt in 1..=3 {
        let opens = UnixMillis(UnixMillis::now().0 + 3_000 * attempt);
        let title = format!("Opening soon {attempt}");
        let (status, body, field) =
            publish_with(&app, &creator, &title, &[("opens_at", &field_time(opens))]).await;
        if status == 200 {
            published = Some((opens, format!("/s/adatum/opening-soon-{attempt}"), field));
            break;
        }
        assert_eq!(body["Invalid"][0]["field"], "opens_at", "{body}");
    }
    let (opens, path, field) = published.expect("published to open soon");
    let wait = opens.0 - UnixMillis::now().0 + 1_000;
    tokio::time::sleep(Duration::from_millis(wait.max(0) as u64)).await;
    assert_eq!(app.get(&path).await.status(), 200);
    assert_eq!(answer(&app, &path, &field).await, 303);
}
