//! The designer's storage on both databases: editing drafts, frozen
//! published surveys, reordering, the plan's active-survey limit, deletion
//! with everything that hangs off a survey.

use app::storage::drafts::{
    LogicChange, QuestionUpdate, SaveOutcome, delete_question, move_question, question_revisions,
    reorder_questions, save_draft_details, save_logic, update_question,
};
use app::storage::surveys::{
    OpenWindow, PublishOutcome, count_active_surveys, delete_survey, list_surveys,
    publish_within_limit, survey_status,
};

use crate::support::*;

/// A survey without pages or conditions, before and after.
const NO_LOGIC: LogicChange<'static> = LogicChange {
    old: None,
    new: None,
};

async fn draft(db: &Database, scope: &TenantScope, slug: &str) -> app::domain::SurveyId {
    let survey = create_draft(
        db,
        scope,
        &NewSurvey {
            slug: Slug::parse(slug).unwrap(),
            title: format!("Draft {slug}"),
            description: String::new(),
            description_html: String::new(),
            logic: None,
        },
        NOW,
    )
    .await
    .unwrap();
    for question in questions() {
        append_question(db, scope, survey, &question)
            .await
            .unwrap()
            .unwrap();
    }
    survey
}

async fn texts(db: &Database, scope: &TenantScope, slug: &str) -> Vec<String> {
    questions_of(db, scope, slug)
        .await
        .into_iter()
        .map(|q| q.text)
        .collect()
}

#[tokio::test]
async fn drafts_are_edited_reordered_and_frozen_once_published() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let scope = system_scope(&adatum, SystemGrant::for_tests(SystemTask::Onboarding));
        let survey = draft(db, &scope, "feedback").await;
        let ids: Vec<_> = questions_of(db, &scope, "feedback")
            .await
            .iter()
            .map(|q| q.id)
            .collect();

        assert!(
            move_question(db, &scope, survey, ids[2], true, true, NO_LOGIC)
                .await
                .unwrap()
        );
        assert_eq!(
            texts(db, &scope, "feedback").await,
            ["Rate us", "Comments", "Channel"]
        );
        assert!(
            !move_question(db, &scope, survey, ids[0], true, true, NO_LOGIC)
                .await
                .unwrap(),
            "first stays first"
        );
        // A whole new order, as a page's move makes: only with every
        // question once, and only from the logic as it was read.
        let reversed: Vec<_> = ids.iter().rev().copied().collect();
        assert!(
            !reorder_questions(db, &scope, survey, &reversed[..2], NO_LOGIC)
                .await
                .unwrap(),
            "an order that leaves a question out"
        );
        let stale_logic = LogicChange {
            old: Some("{}"),
            new: None,
        };
        assert!(
            !reorder_questions(db, &scope, survey, &reversed, stale_logic)
                .await
                .unwrap(),
            "made from logic that is not stored"
        );
        assert_eq!(
            texts(db, &scope, "feedback").await,
            ["Rate us", "Comments", "Channel"]
        );
        assert!(
            reorder_questions(db, &scope, survey, &reversed, NO_LOGIC)
                .await
                .unwrap()
        );
        assert_eq!(
            texts(db, &scope, "feedback").await,
            ["Comments", "Channel", "Rate us"]
        );
        assert!(
            reorder_questions(db, &scope, survey, &[ids[0], ids[2], ids[1]], NO_LOGIC)
                .await
                .unwrap()
        );
        let mut edited = questions()[1].clone();
        edited.text = "Which channel?".into();
        edited.kind = QuestionKind::choice(vec!["Web".into(), "Phone".into()]);
        let revision_of = async |id| {
            question_revisions(db, &scope, survey)
                .await
                .unwrap()
                .into_iter()
                .find(|(q, _)| *q == id)
                .map(|(_, revision)| revision)
        };
        assert_eq!(revision_of(ids[1]).await, Some(1));
        // An edit that changes the logic too, made from logic that is no
        // longer stored: refused whole.
        assert_eq!(
            update_question(
                db,
                &scope,
                survey,
                ids[1],
                Some(1),
                &edited,
                Some(stale_logic)
            )
            .await
            .unwrap(),
            QuestionUpdate::LogicChanged
        );
        assert_eq!(revision_of(ids[1]).await, Some(1));
        assert_eq!(
            update_question(db, &scope, survey, ids[1], Some(1), &edited, None)
                .await
                .unwrap(),
            QuestionUpdate::Saved(2)
        );
        // An edit made from the first revision would overwrite that one:
        // refused, and nothing changes.
        let mut stale = edited.clone();
        stale.text = "Overwritten?".into();
        assert_eq!(
            update_question(db, &scope, survey, ids[1], Some(1), &stale, None)
                .await
                .unwrap(),
            QuestionUpdate::Stale
        );
        assert_eq!(revision_of(ids[1]).await, Some(2));
        assert!(
            delete_question(db, &scope, survey, ids[0], NO_LOGIC)
                .await
                .unwrap()
        );
        let now = questions_of(db, &scope, "feedback").await;
        assert_eq!(now.len(), 2);
        assert_eq!(
            now[1].kind,
            QuestionKind::choice(vec!["Web".into(), "Phone".into()])
        );

        let renamed = Slug::parse("customer-feedback").unwrap();
        // A change made from a reading that is no longer current: nothing.
        let stale = app::storage::drafts::DetailsAsRead {
            title: "Not its title",
            slug: "customer-feedback",
            description: "",
        };
        let details = app::storage::drafts::NewDetails {
            title: "Feedback",
            slug: &renamed,
            description: "**Hi**",
            description_html: "<p><strong>Hi</strong></p>",
        };
        let refused = save_draft_details(db, &scope, survey, &details, Some(stale))
            .await
            .unwrap();
        assert_eq!(refused, SaveOutcome::NotAsRead);
        let saved = save_draft_details(db, &scope, survey, &details, None)
            .await
            .unwrap();
        assert_eq!(saved, SaveOutcome::Saved);

        let outcome = publish_within_limit(
            db,
            &scope,
            survey,
            NOW,
            OpenWindow::until(NOW.plus_days(28)),
            20,
        )
        .await
        .unwrap();
        assert_eq!(outcome, PublishOutcome::Published);
        // Published: nothing about its questions or texts changes any more.
        let ids: Vec<_> = questions_of(db, &scope, "customer-feedback")
            .await
            .iter()
            .map(|q| q.id)
            .collect();
        assert_eq!(
            update_question(db, &scope, survey, ids[0], None, &questions()[0], None)
                .await
                .unwrap(),
            QuestionUpdate::NotDraft
        );
        assert!(
            !delete_question(db, &scope, survey, ids[0], NO_LOGIC)
                .await
                .unwrap()
        );
        assert!(
            !move_question(db, &scope, survey, ids[1], true, true, NO_LOGIC)
                .await
                .unwrap()
        );
        assert_eq!(
            append_question(db, &scope, survey, &questions()[0])
                .await
                .unwrap(),
            None
        );
        let other = app::storage::drafts::NewDetails {
            title: "X",
            slug: &renamed,
            description: "",
            description_html: "",
        };
        let again = save_draft_details(db, &scope, survey, &other, None)
            .await
            .unwrap();
        assert_eq!(again, SaveOutcome::NotDraft);
        assert_eq!(
            texts(db, &scope, "customer-feedback").await,
            ["Comments", "Which channel?"]
        );
        assert_eq!(
            publish_within_limit(
                db,
                &scope,
                survey,
                NOW,
                OpenWindow::until(NOW.plus_days(28)),
                20
            )
            .await
            .unwrap(),
            PublishOutcome::NotDraft
        );
    });
}

#[tokio::test]
async fn publishing_respects_the_active_survey_limit_and_needs_questions() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let scope = system_scope(&adatum, SystemGrant::for_tests(SystemTask::Onboarding));
        let first = draft(db, &scope, "first").await;
        let second = draft(db, &scope, "second").await;
        let empty = create_draft(
            db,
            &scope,
            &NewSurvey {
                slug: Slug::parse("empty").unwrap(),
                title: "Empty".into(),
                description: String::new(),
                description_html: String::new(),
                logic: None,
            },
            NOW,
        )
        .await
        .unwrap();
        assert_eq!(
            publish_within_limit(
                db,
                &scope,
                empty,
                NOW,
                OpenWindow::until(NOW.plus_days(5)),
                1
            )
            .await
            .unwrap(),
            PublishOutcome::NoQuestions
        );
        assert_eq!(
            publish_within_limit(
                db,
                &scope,
                first,
                NOW,
                OpenWindow::until(NOW.plus_days(5)),
                1
            )
            .await
            .unwrap(),
            PublishOutcome::Published
        );
        assert_eq!(
            publish_within_limit(
                db,
                &scope,
                second,
                NOW,
                OpenWindow::until(NOW.plus_days(5)),
                1
            )
            .await
            .unwrap(),
            PublishOutcome::LimitReached
        );
        assert_eq!(count_active_surveys(db, &scope, NOW).await.unwrap(), 1);
        // Once the first has expired it no longer counts, without any job.
        let later = NOW.plus_days(6);
        assert_eq!(count_active_surveys(db, &scope, later).await.unwrap(), 0);
        assert_eq!(
            publish_within_limit(
                db,
                &scope,
                second,
                later,
                OpenWindow::until(later.plus_days(5)),
                1
            )
            .await
            .unwrap(),
            PublishOutcome::Published
        );
        let listed = list_surveys(db, &scope).await.unwrap();
        assert_eq!(listed.len(), 3);
        assert!(listed.iter().all(|s| s.responses == 0));
    });
}

#[tokio::test]
async fn deleting_a_survey_removes_its_answers_and_queue_messages() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let fabrikam = tenant(db, "fabrikam", TenantStatus::Active).await;
        let survey = published_survey(db, &adatum, "feedback", NOW.plus_days(5)).await;
        let scope = public_scope(db, "adatum", PublicSiteGrant::for_tests())
            .await
            .unwrap();
        let questions = questions_of(db, &scope, "feedback").await;
        let answers = vec![ValidAnswer {
            question: questions[0].id,
            value: AnswerValue::Rating(4),
        }];
        let key = IdempotencyKey::parse("0b7f2c1e-3d4a-4b5c-8d9e-0f1a2b3c4d5e").unwrap();
        store_submission(db, &scope, survey, false, &key, &answers, NOW)
            .await
            .unwrap();
        assert_eq!(list_surveys(db, &scope).await.unwrap()[0].responses, 1);

        // Another tenant cannot delete it, nor see it.
        let other = system_scope(&fabrikam, SystemGrant::for_tests(SystemTask::Onboarding));
        assert!(!delete_survey(db, &other, survey).await.unwrap());
        assert_eq!(survey_status(db, &other, survey).await.unwrap(), None);

        assert!(delete_survey(db, &scope, survey).await.unwrap());
        assert_eq!(survey_status(db, &scope, survey).await.unwrap(), None);
        assert_eq!(queued_messages(db, &scope, survey).await.unwrap(), 0);
        assert!(
            list_submissions(db, &scope, survey, None, 10)
                .await
                .unwrap()
                .is_empty()
        );
    });
}

#[tokio::test]
async fn metadata_fields_and_values_stay_within_their_tenant() {
    use app::domain::MetadataKind;
    use app::storage::metadata::{
        AddFieldOutcome, add_field, list_fields, list_values, remove_field, set_value,
    };
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let fabrikam = tenant(db, "fabrikam", TenantStatus::Active).await;
        let scope = system_scope(&adatum, SystemGrant::for_tests(SystemTask::Onboarding));
        let other = system_scope(&fabrikam, SystemGrant::for_tests(SystemTask::Onboarding));
        let survey = draft(db, &scope, "feedback").await;
        let AddFieldOutcome::Added(product) =
            add_field(db, &scope, "Product id", MetadataKind::Number, 2, NOW)
                .await
                .unwrap()
        else {
            panic!("not added")
        };
        assert_eq!(
            add_field(db, &scope, "Product id", MetadataKind::Text, 2, NOW)
                .await
                .unwrap(),
            AddFieldOutcome::NameTaken
        );
        assert!(matches!(
            add_field(db, &scope, "Owner", MetadataKind::Text, 2, NOW)
                .await
                .unwrap(),
            AddFieldOutcome::Added(_)
        ));
        assert_eq!(
            add_field(db, &scope, "Third", MetadataKind::Url, 2, NOW)
                .await
                .unwrap(),
            AddFieldOutcome::LimitReached
        );
        // Another tenant may use the same name, and cannot touch adatum's.
        assert!(matches!(
            add_field(db, &other, "Product id", MetadataKind::Text, 2, NOW)
                .await
                .unwrap(),
            AddFieldOutcome::Added(_)
        ));
        assert!(!set_value(db, &other, survey, product, "1").await.unwrap());
        assert!(!remove_field(db, &other, product).await.unwrap());

        assert!(set_value(db, &scope, survey, product, "42").await.unwrap());
        assert!(set_value(db, &scope, survey, product, "43").await.unwrap());
        let values = list_values(db, &scope).await.unwrap();
        assert_eq!(values.len(), 1);
        assert_eq!(values[0].value, "43");
        assert!(list_values(db, &other).await.unwrap().is_empty());
        assert!(set_value(db, &scope, survey, product, "").await.unwrap());
        assert!(list_values(db, &scope).await.unwrap().is_empty());

        assert!(set_value(db, &scope, survey, product, "7").await.unwrap());
        assert!(remove_field(db, &scope, product).await.unwrap());
        assert!(
            list_values(db, &scope).await.unwrap().is_empty(),
            "values go with their field"
        );
        assert_eq!(list_fields(db, &scope).await.unwrap().len(), 1);
    });
}

#[tokio::test]
async fn a_logic_change_made_from_a_stale_read_changes_nothing() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let scope = system_scope(&adatum, SystemGrant::for_tests(SystemTask::Onboarding));
        let survey = draft(db, &scope, "pages").await;
        let first = r#"{"pages":[{"starts_at":0},{"starts_at":1}]}"#;
        let change = |old, new| LogicChange { old, new };
        assert!(
            save_logic(db, &scope, survey, change(None, Some(first)))
                .await
                .unwrap()
        );
        // Another member read "no logic" before the first change landed.
        let stale = change(None, Some(r#"{"pages":[{"starts_at":0},{"starts_at":2}]}"#));
        assert!(!save_logic(db, &scope, survey, stale).await.unwrap());
        let ids: Vec<_> = questions_of(db, &scope, "pages")
            .await
            .iter()
            .map(|q| q.id)
            .collect();
        assert!(
            !delete_question(db, &scope, survey, ids[0], NO_LOGIC)
                .await
                .unwrap()
        );
        assert!(
            !move_question(db, &scope, survey, ids[0], false, true, NO_LOGIC)
                .await
                .unwrap()
        );
        assert_eq!(
            questions_of(db, &scope, "pages").await.len(),
            ids.len(),
            "nothing deleted"
        );
        // Made from what is stored, it lands.
        assert!(
            save_logic(db, &scope, survey, change(Some(first), None))
                .await
                .unwrap()
        );
    });
}
