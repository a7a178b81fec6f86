//! Pages and branching through the designer's server functions and the
//! respondent's plain form posts, on both engines: logic is built, refused
//! with a reason when it cannot work (changing nothing), published, and
//! answered page by page without JavaScript along two routes that store
//! different answers; answers to hidden questions are never stored.

use app::auth::{PublicSiteGrant, public_scope};
use app::domain::{AnswerValue, Slug, field_name};
use app::storage::submissions::list_submissions;
use app::storage::surveys::find_survey_by_slug;
use reqwest::Method;
use serde_json::Value;

use crate::helpers::{
    DEMO_PASSWORD, TestApp, encode, page_key, send, signed_in_as, spawn_app, spawn_postgres_app,
};

const SLUG: &str = "plan-check";
const PATH: &str = "/s/adatum/plan-check";

async fn ok<F: serde::Serialize + ?Sized>(
    client: &reqwest::Client,
    app: &TestApp,
    function: &str,
    form: &F,
) -> Value {
    let (status, body) = app.call_as(client, function, form).await;
    assert_eq!(status, 200, "{function}: {body}");
    body
}

/// The refusal's messages; the logic must be as it was before.
async fn refused<F: serde::Serialize + ?Sized>(
    client: &reqwest::Client,
    app: &TestApp,
    function: &str,
    form: &F,
) -> String {
    let before = editor(client, app).await["logic"].clone();
    let (status, body) = app.call_as(client, function, form).await;
    assert_eq!(status, 422, "{function}: {body}");
    assert_eq!(
        editor(client, app).await["logic"],
        before,
        "a refusal changes nothing"
    );
    body.to_string()
}

async fn editor(client: &reqwest::Client, app: &TestApp) -> Value {
    ok(
        client,
        app,
        "load_survey_editor",
        &[("tenant", "adatum"), ("slug", SLUG)],
    )
    .await
}

fn question<'a>(
    survey: &'a str,
    text: &'a str,
    kind: &'a str,
    options: &'a str,
    required: bool,
) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("tenant", "adatum"),
        ("survey", survey),
        ("question[text]", text),
        ("question[kind]", kind),
        ("question[max_length]", ""),
        ("question[options]", options),
    ];
    if required {
        form.push(("question[required]", "on"));
    }
    form
}

fn condition<'a>(
    survey: &'a str,
    owner: &'a str,
    tests: &[(&'a str, &'a str)],
) -> Vec<(String, &'a str)> {
    let mut form = vec![
        ("tenant".to_owned(), "adatum"),
        ("survey".to_owned(), survey),
        ("owner".to_owned(), owner),
        ("condition[combine]".to_owned(), "all"),
    ];
    for (n, (test, value)) in tests.iter().enumerate() {
        form.push((format!("condition[test{}]", n + 1), *test));
        form.push((format!("condition[value{}]", n + 1), *value));
    }
    form
}

/// Plan (Basic/Premium), seats (number), why so many (text, shown over 10
/// seats), NPS. Pages: [plan] [seats, why] [NPS]; Basic skips to page 3.
async fn design(app: &TestApp, client: &reqwest::Client) -> Vec<String> {
    ok(
        client,
        app,
        "create_survey",
        &[
            ("tenant", "adatum"),
            ("title", "Plan check"),
            ("slug", SLUG),
        ],
    )
    .await;
    let id = editor(client, app).await["id"].to_string();
    for form in [
        question(&id, "Which plan?", "choice", "Basic\nPremium", true),
        question(&id, "How many seats?", "number", "", true),
        question(&id, "Why so many?", "free_text", "", false),
        question(&id, "How likely are you to recommend us?", "nps", "", true),
    ] {
        ok(client, app, "add_question", &form).await;
    }
    let ids: Vec<String> = editor(client, app).await["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].to_string())
        .collect();
    for at in [&ids[1], &ids[3]] {
        let form = [
            ("tenant", "adatum"),
            ("survey", id.as_str()),
            ("question", at.as_str()),
        ];
        ok(client, app, "add_page_break", &form).await;
    }
    let (owner1, owner2) = (
        format!("question-{}", ids[1]),
        format!("question-{}", ids[2]),
    );
    let owner3 = format!("question-{}", ids[3]);

    // Refusals say why and change nothing.
    let forward = condition(&id, &owner1, &[("3:answered", "")]);
    assert!(
        refused(client, app, "save_condition", &forward)
            .await
            .contains("does not come before it")
    );
    let misfit = condition(&id, &owner3, &[("2:greater", "5")]);
    assert!(
        refused(client, app, "save_condition", &misfit)
            .await
            .contains("cannot be tested")
    );
    let unknown = condition(&id, &owner1, &[("0:equals", "Gold")]);
    assert!(
        refused(client, app, "save_condition", &unknown)
            .await
            .contains("not one of the options")
    );
    let never = condition(&id, &owner2, &[("1:greater", "5"), ("1:less", "5")]);
    assert!(
        refused(client, app, "save_condition", &never)
            .await
            .contains("never hold")
    );
    let mut back = condition(&id, "", &[]);
    back.extend([("page".to_owned(), "1"), ("to".to_owned(), "page-0")]);
    assert!(
        refused(client, app, "add_skip_rule", &back)
            .await
            .contains("loop")
    );

    let why = condition(&id, &owner2, &[("1:greater", "10")]);
    ok(client, app, "save_condition", &why).await;
    let mut basic = condition(&id, "", &[("0:equals", "basic")]);
    basic.extend([("page".to_owned(), "0"), ("to".to_owned(), "page-2")]);
    ok(client, app, "add_skip_rule", &basic).await;
    ok(
        client,
        app,
        "save_page",
        &[
            ("tenant", "adatum"),
            ("survey", id.as_str()),
            ("page", "1"),
            ("title", "Your team"),
            ("description", ""),
        ],
    )
    .await;

    // An edit that a condition no longer fits is refused.
    let mut edit = question(&id, "How many seats?", "free_text", "", true);
    edit.push(("id", ids[1].as_str()));
    assert!(
        refused(client, app, "update_question", &edit)
            .await
            .contains("does not fit the survey's logic")
    );
    // A tested question can neither go nor move after its test.
    let delete = [
        ("tenant", "adatum"),
        ("survey", id.as_str()),
        ("question", ids[0].as_str()),
    ];
    assert!(
        refused(client, app, "delete_question", &delete)
            .await
            .contains("Change that first")
    );
    let down = [
        ("tenant", "adatum"),
        ("survey", id.as_str()),
        ("question", ids[1].as_str()),
        ("direction", "down"),
    ];
    assert!(
        refused(client, app, "move_question", &down)
            .await
            .contains("cannot move there")
    );

    options_carry_their_tests(app, client, &id, &ids[0]).await;
    pages_move_with_their_questions(app, client, &id).await;
    preview_pages_turn_without_javascript(app, client, &ids[0]).await;

    let logic = &editor(client, app).await["logic"];
    assert_eq!(logic["pages"].as_array().unwrap().len(), 3, "{logic}");
    assert_eq!(logic["pages"][1]["title"], "Your team");
    ok(
        client,
        app,
        "publish_survey",
        &[
            ("tenant", "adatum"),
            ("survey", id.as_str()),
            ("confirm", "yes"),
        ],
    )
    .await;
    ids
}

/// What the skip rule after page 1 tests on the plan question.
async fn basic_rule_value(client: &reqwest::Client, app: &TestApp) -> Value {
    editor(client, app).await["logic"]["pages"][0]["jumps"][0]["when"]["terms"][0]["test"]["Equals"]
        .clone()
}

/// Reordering the plan's options keeps the rule on "Basic"; removing
/// "Basic" is refused while the rule tests it.
async fn options_carry_their_tests(app: &TestApp, client: &reqwest::Client, id: &str, plan: &str) {
    assert_eq!(basic_rule_value(client, app).await, "0");
    let mut reordered = question(id, "Which plan?", "choice", "Premium\nBasic", true);
    reordered.push(("id", plan));
    ok(client, app, "update_question", &reordered).await;
    assert_eq!(basic_rule_value(client, app).await, "1", "still Basic");
    // "Basic" is gone ("Gold" and "Silver" are new, not "Basic" renamed).
    let mut removed = question(id, "Which plan?", "choice", "Premium\nGold\nSilver", true);
    removed.push(("id", plan));
    let refusal = refused(client, app, "update_question", &removed).await;
    assert!(
        refusal.contains("Basic\u{201d} of question 1 is used by rule 1 after page 1"),
        "{refusal}"
    );
    let mut back = question(id, "Which plan?", "choice", "Basic\nPremium", true);
    back.push(("id", plan));
    ok(client, app, "update_question", &back).await;
    assert_eq!(basic_rule_value(client, app).await, "0");
    let texts: Vec<_> = editor(client, app).await["questions"][0]["kind"]["Choice"]["options"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(texts, ["Basic", "Premium"]);
}

/// Pages [plan] [seats, why] [NPS]: the NPS page moves up with its
/// question; then it cannot go first, where the plan page's rule would
/// point back; then it moves back down.
async fn pages_move_with_their_questions(app: &TestApp, client: &reqwest::Client, id: &str) {
    let move_page = |page: &'static str, direction: &'static str| {
        [
            ("tenant", "adatum"),
            ("survey", id),
            ("page", page),
            ("direction", direction),
        ]
    };
    let texts = async || -> Vec<String> {
        editor(client, app).await["questions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["text"].as_str().unwrap().to_owned())
            .collect()
    };
    let before = texts().await;
    ok(client, app, "move_page", &move_page("2", "up")).await;
    assert_eq!(
        texts().await,
        [before[0].as_str(), &before[3], &before[1], &before[2]]
    );
    let logic = editor(client, app).await["logic"].clone();
    assert_eq!(logic["pages"][2]["title"], "Your team", "{logic}");
    assert_eq!(logic["pages"][0]["jumps"][0]["to"]["Page"], 1, "{logic}");
    assert_eq!(logic["questions"][0]["question"], 3, "{logic}");
    let refusal = refused(client, app, "move_page", &move_page("1", "up")).await;
    assert!(
        refusal.contains("Page 2 cannot move there") && refusal.contains("goes back"),
        "{refusal}"
    );
    let (status, _) = app
        .call_as(client, "move_page", &move_page("7", "up"))
        .await;
    assert_eq!(status, 404);
    ok(client, app, "move_page", &move_page("1", "down")).await;
    assert_eq!(texts().await, before);
    assert_eq!(
        editor(client, app).await["logic"]["pages"][1]["title"],
        "Your team"
    );
}

/// The designer's preview, posted without JavaScript: the same route as a
/// respondent's, for members only, and nothing stored.
async fn preview_pages_turn_without_javascript(
    app: &TestApp,
    client: &reqwest::Client,
    plan: &str,
) {
    const PREVIEW: &str = "/t/adatum/surveys/plan-check/preview/document";
    let plan = field_name(app::domain::QuestionId(plan.parse().unwrap()));
    let turn = async |client: Option<&reqwest::Client>, choice: &str| {
        let fields = [(plan.as_str(), choice), ("page", "0"), ("go", "next")];
        let request = match client {
            Some(client) => app.request_as(client, Method::POST, PREVIEW),
            None => app.request(Method::POST, PREVIEW),
        };
        let response = send(
            request
                .header("accept", "text/html")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(encode(&fields)),
        )
        .await;
        let status = response.status().as_u16();
        (status, response.text().await.unwrap())
    };
    let first = app.get_as(client, PREVIEW).await.text().await.unwrap();
    assert!(first.contains("Page 1 of 3"), "{first}");
    assert!(
        first.contains(&format!("action=\"{PREVIEW}?lang=en\"")),
        "{first}"
    );
    let (status, premium) = turn(Some(client), "1").await;
    assert_eq!(status, 200);
    assert!(premium.contains("Page 2 of 3"), "{premium}");
    let (_, basic) = turn(Some(client), "0").await;
    assert!(basic.contains("Page 2 of 2"), "{basic}");
    let (_, unanswered) = turn(Some(client), "").await;
    assert!(unanswered.contains("Page 1 of 3"), "{unanswered}");
    assert!(
        unanswered.contains("Please answer this question."),
        "{unanswered}"
    );
    // Not a member: nothing of the draft is shown.
    let (status, stranger) = turn(None, "1").await;
    assert_ne!(status, 200);
    assert!(!stranger.contains("Which plan?"), "{stranger}");
}

async fn answered(app: &TestApp) -> Vec<Vec<AnswerValue>> {
    let scope = public_scope(&app.db, "adatum", PublicSiteGrant::for_tests())
        .await
        .unwrap();
    let survey = find_survey_by_slug(&app.db, &scope, &Slug::parse(SLUG).unwrap())
        .await
        .unwrap()
        .unwrap();
    let mut all: Vec<_> = list_submissions(&app.db, &scope, survey.id, None, 100)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.answers.into_iter().map(|a| a.value).collect::<Vec<_>>())
        .collect();
    all.sort_by_key(|a| a.len());
    all
}

/// One page's post without JavaScript.
async fn post(app: &TestApp, fields: &[(&str, &str)]) -> (u16, String) {
    let response = send(
        app.request(Method::POST, PATH)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(encode(fields)),
    )
    .await;
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

async fn branching_survey_is_answered_without_javascript(app: TestApp) {
    let client = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let ids = design(&app, &client).await;
    let names: Vec<String> = ids
        .iter()
        .map(|id| field_name(app::domain::QuestionId(id.parse().unwrap())))
        .collect();
    let (plan, seats, why, nps) = (
        names[0].as_str(),
        names[1].as_str(),
        names[2].as_str(),
        names[3].as_str(),
    );

    let first = app.get(PATH).await.text().await.unwrap();
    assert!(first.contains("Page 1 of 3"), "{first}");
    let key = page_key(&first);
    let k = key.as_str();

    // Basic: page 1 leads straight to the last page, then sends.
    let (status, page) = post(
        &app,
        &[
            ("idempotency_key", k),
            (plan, "0"),
            ("page", "0"),
            ("go", "next"),
        ],
    )
    .await;
    assert_eq!(status, 200);
    assert!(page.contains("Page 2 of 2"), "{page}");
    let (status, _) = post(
        &app,
        &[
            ("idempotency_key", k),
            (plan, "0"),
            (seats, "99"),
            (nps, "9"),
            ("page", "2"),
            ("go", "send"),
        ],
    )
    .await;
    assert_eq!(status, 303, "sent");

    // Premium: seats are asked; going back keeps the answers.
    let key = page_key(&app.get(PATH).await.text().await.unwrap());
    let k = key.as_str();
    let (_, page) = post(
        &app,
        &[
            ("idempotency_key", k),
            (plan, "1"),
            ("page", "0"),
            ("go", "next"),
        ],
    )
    .await;
    assert!(page.contains("Page 2 of 3"), "{page}");
    let (status, page) = post(
        &app,
        &[
            ("idempotency_key", k),
            (plan, "1"),
            ("page", "1"),
            ("go", "next"),
        ],
    )
    .await;
    assert_eq!(status, 422, "seats are required on this route");
    assert!(page.contains("Please answer this question."));
    let (_, page) = post(
        &app,
        &[
            ("idempotency_key", k),
            (plan, "1"),
            (seats, "4"),
            ("page", "1"),
            ("go", "back"),
        ],
    )
    .await;
    assert!(
        page.contains("Page 1 of 3") && page.contains(r#"value="4""#),
        "{page}"
    );
    // Over ten seats brings up "why" on the same page: asked before moving on.
    let shown = ids[1].clone();
    let (status, page) = post(
        &app,
        &[
            ("idempotency_key", k),
            (plan, "1"),
            (seats, "20"),
            ("page", "1"),
            ("shown", &shown),
            ("go", "next"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains("brought up more questions"), "{page}");
    let both = format!("{},{}", ids[1], ids[2]);
    let (_, page) = post(
        &app,
        &[
            ("idempotency_key", k),
            (plan, "1"),
            (seats, "20"),
            ("page", "1"),
            ("shown", &both),
            ("go", "next"),
        ],
    )
    .await;
    assert!(page.contains("Page 3 of 3"), "{page}");
    // "Why" was left for a stale answer: with 4 seats it is hidden, dropped.
    let (status, _) = post(
        &app,
        &[
            ("idempotency_key", k),
            (plan, "1"),
            (seats, "4"),
            (why, "stale"),
            (nps, "10"),
            ("page", "2"),
            ("go", "send"),
        ],
    )
    .await;
    assert_eq!(status, 303);

    let stored = answered(&app).await;
    assert_eq!(stored.len(), 2);
    assert_eq!(
        stored[0],
        [AnswerValue::Choice(0), AnswerValue::Score(9)],
        "Basic skips seats"
    );
    assert_eq!(
        stored[1].len(),
        3,
        "Premium stores plan, seats, NPS: {:?}",
        stored[1]
    );
    assert!(!stored[1].contains(&AnswerValue::Text("stale".into())));

    // The hydrated form's one post follows the same rules.
    let key = page_key(&app.get(PATH).await.text().await.unwrap());
    let fields = serde_json::json!({
        "tenant": "adatum", "slug": SLUG,
        "fields": [["idempotency_key", key], [plan, "0"], [nps, "3"], [seats, "7"]],
    });
    let reply = send(
        app.request(Method::POST, "/api/submit_answers")
            .json(&fields),
    )
    .await;
    assert_eq!(reply.status(), 200);
    assert_eq!(reply.text().await.unwrap(), r#""Accepted""#);
    let stored = answered(&app).await;
    assert_eq!(stored.len(), 3);
    assert!(
        stored.contains(&vec![AnswerValue::Choice(0), AnswerValue::Score(3)]),
        "the hidden seats answer is dropped: {stored:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_branching_survey_is_answered_without_javascript_on_sqlite() {
    branching_survey_is_answered_without_javascript(spawn_app().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_branching_survey_is_answered_without_javascript_on_postgres() {
    if let Some(app) = spawn_postgres_app().await {
        branching_survey_is_answered_without_javascript(app).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_copy_keeps_its_pages_and_logic() {
    let app = spawn_app().await;
    let client = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    design(&app, &client).await;
    let original = editor(&client, &app).await;
    let id = original["id"].to_string();
    let copy = ok(
        &client,
        &app,
        "duplicate_survey",
        &[("tenant", "adatum"), ("survey", id.as_str())],
    )
    .await;
    let copy = ok(
        &client,
        &app,
        "load_survey_editor",
        &[("tenant", "adatum"), ("slug", copy.as_str().unwrap())],
    )
    .await;
    assert_eq!(copy["logic"], original["logic"]);
}
