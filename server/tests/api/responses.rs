//! Browsing responses a page at a time and exporting them as CSV.

use crate::helpers::{DEMO_PASSWORD, DEMO_PATH, TestApp, encode, signed_in_as, spawn_app};

/// Submits `n` complete responses to the demo survey; the free-text answer
/// of the first one tries a spreadsheet formula.
async fn answer(app: &TestApp, n: usize) {
    let (_, questions) = app.demo_survey().await;
    let names: Vec<String> = questions.iter().map(|q| format!("q-{}", q.id)).collect();
    for i in 0..n {
        let key = uuid::Uuid::new_v4().to_string();
        let comment = if i == 0 {
            "=HYPERLINK(\"http://evil.example\")".to_owned()
        } else {
            format!("Comment {i}")
        };
        let body = encode(&[
            ("idempotency_key", key.as_str()),
            (names[0].as_str(), "4"),
            (names[1].as_str(), "1"),
            (names[2].as_str(), comment.as_str()),
        ]);
        assert_eq!(app.post_form(DEMO_PATH, body).await.status(), 303);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn responses_page_by_25_in_the_order_received() {
    let app = spawn_app().await;
    answer(&app, 30).await;
    let client = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let form = [("tenant", "adatum"), ("slug", "customer-satisfaction")];
    let (status, first) = app.call_as(&client, "load_responses", &form).await;
    assert_eq!(status, 200, "{first}");
    let rows = first["responses"].as_array().unwrap();
    assert_eq!(rows.len(), 25);
    assert_eq!(
        rows[0]["answers"][1][1], "Email",
        "choices read as their labels"
    );
    assert_eq!(rows[0]["answers"][0][1], "4 of 5");
    let after = first["next_after"].to_string();
    let (_, second) = app
        .call_as(
            &client,
            "load_responses",
            &[
                ("tenant", "adatum"),
                ("slug", "customer-satisfaction"),
                ("after", &after),
            ],
        )
        .await;
    let rows2 = second["responses"].as_array().unwrap();
    assert_eq!(rows2.len(), 5);
    assert!(second["next_after"].is_null());
    assert!(rows2[0]["id"].as_i64() > rows.last().unwrap()["id"].as_i64());
    assert_eq!(second["previous_before"], rows2[0]["id"]);
    assert!(
        first["previous_before"].is_null(),
        "nothing before the first"
    );

    // The last page straight away: the newest 25, oldest first.
    let (_, last) = app
        .call_as(
            &client,
            "load_responses",
            &[
                ("tenant", "adatum"),
                ("slug", "customer-satisfaction"),
                ("last", "true"),
            ],
        )
        .await;
    let last_rows = last["responses"].as_array().unwrap();
    assert_eq!(last_rows.len(), 25);
    assert_eq!(last_rows.last().unwrap()["id"], rows2.last().unwrap()["id"]);
    assert!(last_rows[0]["id"].as_i64() < last_rows[24]["id"].as_i64());
    assert!(last["next_after"].is_null());
    // And back from it: the 5 that came before.
    let before = last["previous_before"].to_string();
    let (_, back) = app
        .call_as(
            &client,
            "load_responses",
            &[
                ("tenant", "adatum"),
                ("slug", "customer-satisfaction"),
                ("before", &before),
            ],
        )
        .await;
    let back_rows = back["responses"].as_array().unwrap();
    assert_eq!(back_rows.len(), 5);
    assert_eq!(back_rows[0]["id"], rows[0]["id"]);
    assert!(back["previous_before"].is_null(), "the first response");
    assert_eq!(back["next_after"], back_rows[4]["id"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_csv_export_has_every_response_with_formulas_defused() {
    let app = spawn_app().await;
    answer(&app, 3).await;
    let client = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let response = app
        .get_as(
            &client,
            "/t/adatum/surveys/customer-satisfaction/export.csv",
        )
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("customer-satisfaction-responses.csv")
    );
    let csv = response.text().await.unwrap();
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 4);
    assert!(
        lines[0].starts_with("\u{FEFF}\"response\",\"received_at_utc\",\"How satisfied"),
        "UTF-8 with a byte-order mark: {}",
        lines[0]
    );
    assert!(
        lines[1].contains("\"4\",\"Email\",\"'=HYPERLINK(\"\"http://evil.example\"\")\""),
        "{}",
        lines[1]
    );

    // Anonymous visitors are sent to sign in; another tenant's user finds nothing.
    let anonymous = app
        .get("/t/adatum/surveys/customer-satisfaction/export.csv")
        .await;
    assert_eq!(anonymous.status(), 303);
    crate::helpers::add_tenant(&app.db, "fabrikam", "Fabrikam").await;
    let missing = app
        .get_as(&client, "/t/adatum/surveys/no-such-survey/export.csv")
        .await;
    assert_eq!(missing.status(), 404);
    let elsewhere = app
        .get_as(
            &client,
            "/t/fabrikam/surveys/customer-satisfaction/export.csv",
        )
        .await;
    assert_eq!(elsewhere.status(), 404);
}
