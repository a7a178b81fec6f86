//! Browsing responses a page at a time and exporting them as CSV.

use crate::helpers::{DEMO_PASSWORD, DEMO_PATH, TestApp, encode, markup, signed_in_as, spawn_app};

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
        lines[0]
            .starts_with("\u{FEFF}\"response\",\"received_at_utc\",\"language\",\"How satisfied"),
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

/// Responses are numbered per survey, in order of arrival, even when
/// another survey's responses arrive in between or many arrive at once.
async fn responses_are_numbered_per_survey(app: TestApp) {
    let client = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let call = |function: &'static str, form: Vec<(&'static str, String)>| {
        let (app, client) = (&app, &client);
        async move {
            let (status, body) = app.call_as(client, function, &form).await;
            assert_eq!(status, 200, "{function}: {body}");
            body
        }
    };
    let tenant = || ("tenant", "adatum".to_owned());
    call(
        "create_survey",
        vec![tenant(), ("title", "Second".into()), ("slug", "".into())],
    )
    .await;
    let editor = call(
        "load_survey_editor",
        vec![tenant(), ("slug", "second".into())],
    )
    .await;
    let id = editor["id"].to_string();
    call(
        "add_question",
        vec![
            tenant(),
            ("survey", id.clone()),
            ("question[text]", "Anything?".into()),
            ("question[required]", "on".into()),
            ("question[kind]", "free_text".into()),
            ("question[max_length]", "".into()),
            ("question[low_label]", "".into()),
            ("question[high_label]", "".into()),
            ("question[options]", "".into()),
        ],
    )
    .await;
    call(
        "publish_survey",
        vec![tenant(), ("survey", id.clone()), ("confirm", "yes".into())],
    )
    .await;
    let editor = call(
        "load_survey_editor",
        vec![tenant(), ("slug", "second".into())],
    )
    .await;
    let field = format!("q-{}", editor["questions"][0]["id"]);

    // Interleaved with the demo survey's, so ids and numbers differ.
    for i in 0..3 {
        answer(&app, 1).await;
        let key = uuid::Uuid::new_v4().to_string();
        let text = format!("line {i}\nand another");
        let body = encode(&[("idempotency_key", key.as_str()), (field.as_str(), &text)]);
        assert_eq!(app.post_form("/s/adatum/second", body).await.status(), 303);
    }
    // Many at once: numbers are neither repeated nor skipped.
    futures_util::future::join_all((0..12).map(|_| answer(&app, 1))).await;

    let numbers = |page: &serde_json::Value| -> Vec<i64> {
        page["responses"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["number"].as_i64().unwrap())
            .collect()
    };
    let second = call("load_responses", vec![tenant(), ("slug", "second".into())]).await;
    assert_eq!(numbers(&second), [1, 2, 3]);
    assert_ne!(second["responses"][0]["id"], 1, "ids are not the numbers");
    assert_eq!(
        second["responses"][2]["answers"][0][1],
        "line 2\nand another"
    );
    let demo = call(
        "load_responses",
        vec![tenant(), ("slug", "customer-satisfaction".into())],
    )
    .await;
    assert_eq!(numbers(&demo), (1..=15).collect::<Vec<_>>());

    // The export says the same numbers.
    let csv = app
        .get_as(&client, "/t/adatum/surveys/second/export.csv")
        .await
        .text()
        .await
        .unwrap();
    let firsts: Vec<&str> = csv
        .split("\r\n")
        .skip(1)
        .filter_map(|line| line.split(',').next())
        .filter(|cell| !cell.is_empty())
        .collect();
    assert_eq!(firsts, ["\"1\"", "\"2\"", "\"3\""], "{csv}");
    // Multi-line answers keep their line breaks on the page, as text.
    let page = app
        .get_as(&client, "/t/adatum/surveys/second/responses")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Response 3 · "), "{page}");
    assert!(
        markup(&page).contains("<dd class=\"answer-text\">line 0\nand another</dd>"),
        "{page}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn responses_are_numbered_per_survey_on_sqlite() {
    responses_are_numbered_per_survey(spawn_app().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn responses_are_numbered_per_survey_on_postgres() {
    if let Some(app) = crate::helpers::spawn_postgres_app().await {
        responses_are_numbered_per_survey(app).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_xlsx_export_has_typed_cells_and_no_formulas() {
    use calamine::{Data, Reader};

    let app = spawn_app().await;
    answer(&app, 3).await;
    let client = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let path = "/t/adatum/surveys/customer-satisfaction/export.xlsx";
    let response = app.get_as(&client, path).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("customer-satisfaction-responses.xlsx")
    );
    let bytes = response.bytes().await.unwrap().to_vec();
    let mut workbook: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let sheet = workbook.worksheet_range("Responses").unwrap();
    assert_eq!(sheet.height(), 4, "a header and three responses");
    assert_eq!(sheet.get((0, 0)), Some(&Data::String("response".into())));
    assert_eq!(
        sheet.get((0, 1)),
        Some(&Data::String("received_at_utc".into()))
    );
    assert_eq!(sheet.get((0, 2)), Some(&Data::String("language".into())));
    assert_eq!(sheet.get((1, 2)), Some(&Data::String("en".into())));
    assert!(matches!(sheet.get((0, 3)), Some(Data::String(q)) if q.starts_with("How satisfied")));
    assert_eq!(
        sheet.get((1, 0)),
        Some(&Data::Float(1.0)),
        "numbered per survey"
    );
    assert_eq!(sheet.get((3, 0)), Some(&Data::Float(3.0)));
    // A real date and time, today's (the answers were just given).
    let Some(Data::DateTime(received)) = sheet.get((1, 1)) else {
        panic!("not a date: {:?}", sheet.get((1, 1)));
    };
    let days_since_1970 = received.as_f64() - 25_569.0;
    let now_days = app::domain::UnixMillis::now().0 as f64 / 86_400_000.0;
    assert!((now_days - days_since_1970).abs() < 1.0, "{received:?}");
    assert_eq!(
        sheet.get((1, 3)),
        Some(&Data::Float(4.0)),
        "a rating is a number"
    );
    assert_eq!(sheet.get((1, 4)), Some(&Data::String("Email".into())));
    // Text that looks like a formula is stored as text, as typed.
    assert_eq!(
        sheet.get((1, 5)),
        Some(&Data::String("=HYPERLINK(\"http://evil.example\")".into()))
    );
    let formulas = workbook.worksheet_formula("Responses").unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no formulas"
    );

    // Like the CSV: members of the tenant only.
    assert_eq!(app.get(path).await.status(), 303);
    crate::helpers::add_tenant(&app.db, "fabrikam", "Fabrikam").await;
    let elsewhere = app
        .get_as(
            &client,
            "/t/fabrikam/surveys/customer-satisfaction/export.xlsx",
        )
        .await;
    assert_eq!(elsewhere.status(), 404);
}
