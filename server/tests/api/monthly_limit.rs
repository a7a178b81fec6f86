//! Plans take a number of responses a month. A subscriber given five takes
//! exactly five, even when more arrive at once; its contact address is
//! warned at 80 % and at 100 % (read from the real test SMTP server), its
//! survey pages then say they are paused and store nothing, its dashboard
//! says why and until when, and raising the limit reopens them at once.

use app::domain::{BillingMonth, UnixMillis};

use crate::helpers::{DEMO_PASSWORD, TestApp, signed_in_as};
use crate::mail::{received, wait_for_mail};
use crate::password_reset::mailing_app;
use crate::survey_quota::{answer, publish_with};

const LIMIT: usize = 5;
const ARRIVING: usize = 8;

/// Saves Adatum's settings as a Tailspin administrator would, with
/// `monthly` responses a month (empty: the plan's).
async fn save_limit(app: &TestApp, ops: &reqwest::Client, contact: &str, monthly: &str) -> u16 {
    let settings = [
        ("alias", "adatum"),
        ("changes[name]", "Adatum Ltd."),
        ("changes[plan]", "standard"),
        ("changes[status]", "active"),
        ("changes[region]", "europe"),
        ("changes[contact_email]", contact),
        ("changes[monthly_responses]", monthly),
    ];
    app.call_as(ops, "save_subscriber", &settings).await.0
}

async fn monthly_journey(app: TestApp, api: String) {
    let contact = format!("monthly-{}@adatum.example", uuid::Uuid::new_v4().simple());
    let ops = signed_in_as(&app, "/admin/login", "ops@tailspin.example", DEMO_PASSWORD).await;
    // Bad limits are refused field by field, and change nothing.
    for bad in ["0", "lots", "-3", "10000001"] {
        assert_eq!(save_limit(&app, &ops, &contact, bad).await, 422, "{bad}");
    }
    let (_, detail) = app
        .call_as(&ops, "load_subscriber", &[("alias", "adatum")])
        .await;
    assert_eq!(detail["monthly_responses"], serde_json::Value::Null);
    assert_eq!(detail["plan_monthly_responses"], 10_000);
    assert_eq!(save_limit(&app, &ops, &contact, "5").await, 200);

    let creator = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let (status, body, field) = publish_with(&app, &creator, "Monthly poll", &[]).await;
    assert_eq!(status, 200, "{body}");
    let path = "/s/adatum/monthly-poll";

    // Four, one after another: the fourth is 80 %, and warned of once.
    for _ in 0..4 {
        assert_eq!(answer(&app, path, &field).await, 303);
    }
    let month = BillingMonth::containing(UnixMillis::now());
    let mail = wait_for_mail(&api, &contact, 1).await;
    assert_eq!(mail.len(), 1, "{mail:?}");
    assert_eq!(
        mail[0]["subject"],
        format!(
            "Adatum Ltd. has used 80% of its responses for {}",
            month_name(month)
        )
    );
    let text = mail[0]["text"].as_str().unwrap();
    assert!(
        text.contains("has received 4 of the 5 responses its Standard plan allows"),
        "{text}"
    );
    let (_, dashboard) = app
        .call_as(&creator, "load_dashboard", &[("tenant", "adatum")])
        .await;
    assert_eq!(dashboard["monthly"]["responses"], 4);
    assert_eq!(dashboard["monthly"]["limit"], LIMIT);

    // Eight at once: exactly one more is taken.
    let answers = (0..ARRIVING).map(|_| answer(&app, path, &field));
    let statuses = futures_util::future::join_all(answers).await;
    let taken = statuses.iter().filter(|s| **s == 303).count();
    let refused = statuses.iter().filter(|s| **s == 403).count();
    assert_eq!((taken, refused), (1, ARRIVING - 1), "{statuses:?}");

    // Paused: the page says so and why, and nothing more is stored.
    let page = app.get(path).await;
    assert_eq!(page.status(), 403);
    let page = page.text().await.unwrap();
    assert!(page.contains("This survey is paused"), "{page}");
    assert!(page.contains("Nothing you send now is stored"), "{page}");
    assert_eq!(answer(&app, path, &field).await, 403);
    let (_, dashboard) = app
        .call_as(&creator, "load_dashboard", &[("tenant", "adatum")])
        .await;
    assert_eq!(dashboard["monthly"]["responses"], LIMIT);
    let row = dashboard["surveys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["slug"] == "monthly-poll")
        .unwrap()
        .clone();
    assert_eq!(row["responses"], LIMIT);

    // The second warning, once.
    let mail = wait_for_mail(&api, &contact, 2).await;
    assert_eq!(mail.len(), 2, "{mail:?}");
    let full = mail
        .iter()
        .find(|m| {
            m["subject"]
                == format!(
                    "Adatum Ltd. has received all its responses for {}",
                    month_name(month)
                )
        })
        .unwrap_or_else(|| panic!("{mail:?}"));
    let text = full["text"].as_str().unwrap();
    assert!(
        text.contains(&format!(
            "Your surveys take no more answers until 1 {}",
            month_name(month.next())
        )),
        "{text}"
    );
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(received(&api, &contact).await.len(), 2, "each sent once");

    // Saving the settings with the same limit keeps the surveys paused.
    assert_eq!(save_limit(&app, &ops, &contact, "5").await, 200);
    assert_eq!(app.get(path).await.status(), 403);

    // A higher limit reopens them at once, and warns again at its own 80 %.
    assert_eq!(save_limit(&app, &ops, &contact, "10").await, 200);
    assert_eq!(app.get(path).await.status(), 200);
    for _ in 0..3 {
        assert_eq!(answer(&app, path, &field).await, 303);
    }
    let (_, dashboard) = app
        .call_as(&creator, "load_dashboard", &[("tenant", "adatum")])
        .await;
    assert_eq!(dashboard["monthly"]["responses"], LIMIT + 3);
    assert_eq!(dashboard["monthly"]["limit"], 10);
    let mail = wait_for_mail(&api, &contact, 3).await;
    assert_eq!(mail.len(), 3, "{mail:?}");
    let text = mail[2]["text"].as_str().unwrap();
    assert!(
        text.contains("has received 8 of the 10 responses its Standard plan allows"),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plan_takes_its_responses_a_month_then_pauses_and_warns() {
    let Some((app, api)) = mailing_app(false).await else {
        return;
    };
    monthly_journey(app, api).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plan_takes_its_responses_a_month_then_pauses_and_warns_on_postgres() {
    let Some((app, api)) = mailing_app(true).await else {
        return;
    };
    monthly_journey(app, api).await;
}

/// A month as the English mail names it (`December 2026`).
fn month_name(month: BillingMonth) -> String {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    format!("{} {}", NAMES[month.month() as usize - 1], month.year())
}
