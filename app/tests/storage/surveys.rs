use crate::support::*;
#[tokio::test]
async fn migrations_can_run_again() {
    on_each_database!(|db| {
        db.migrate().await.unwrap();
        assert_eq!(count_tenants(db).await.unwrap(), 0);
    });
}

#[tokio::test]
async fn tenants_are_registered_once_per_alias() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        assert_eq!(adatum.plan, Plan::Standard);
        assert_eq!(adatum.created_at, NOW);
        let found = find_tenant_by_alias(db, &TenantAlias::parse("adatum").unwrap())
            .await
            .unwrap();
        assert_eq!(found, Some(adatum.clone()));
        let again = create_tenant(
            db,
            &NewTenant {
                alias: adatum.alias.clone(),
                name: "Other".into(),
                plan: Plan::Trial,
                status: TenantStatus::Active,
                region: "us".into(),
                contact_email: String::new(),
                default_language: None,
            },
            NOW,
        )
        .await
        .unwrap_err();
        assert!(is_unique_violation(&again));
        assert_eq!(count_tenants(db).await.unwrap(), 1);
    });
}

#[tokio::test]
async fn the_public_site_only_sees_active_tenants() {
    on_each_database!(|db| {
        tenant(db, "adatum", TenantStatus::Active).await;
        tenant(db, "fabrikam", TenantStatus::Suspended).await;
        tenant(db, "contoso", TenantStatus::PendingActivation).await;
        assert_eq!(
            public_scope(db, "adatum", PublicSiteGrant::for_tests())
                .await
                .unwrap()
                .alias()
                .as_str(),
            "adatum"
        );
        for alias in ["fabrikam", "contoso", "nobody", "Not An Alias", ""] {
            assert_eq!(
                public_scope(db, alias, PublicSiteGrant::for_tests())
                    .await
                    .unwrap_err(),
                AppError::NotFound,
                "{alias}"
            );
        }
    });
}

#[tokio::test]
async fn surveys_keep_their_questions_in_order() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        published_survey(db, &adatum, "feedback", NOW.plus_days(28)).await;
        let scope = public_scope(db, "adatum", PublicSiteGrant::for_tests())
            .await
            .unwrap();
        let stored = find_survey_by_slug(db, &scope, &Slug::parse("feedback").unwrap())
            .await
            .unwrap()
            .unwrap();
        let texts: Vec<_> = stored
            .survey
            .questions
            .iter()
            .map(|q| q.text.as_str())
            .collect();
        assert_eq!(texts, ["Rate us", "Channel", "Comments"]);
        assert_eq!(
            stored.survey.questions[1].kind,
            QuestionKind::choice(vec!["Phone".into(), "Email".into(), "Chat".into()])
        );
        assert_eq!(
            stored.survey.questions[0].kind,
            QuestionKind::Range {
                low_label: Some("Bad".into()),
                high_label: None
            }
        );
        assert_eq!(
            stored.survey.questions[2].kind,
            QuestionKind::FreeText { max_length: 500 }
        );
        assert!(stored.survey.questions[0].required && !stored.survey.questions[2].required);
        assert_eq!(stored.survey.expires_at, Some(NOW.plus_days(28)));
        assert_eq!(stored.survey.tenant_name, "adatum Ltd.");

        // Published questions are frozen.
        let frozen = append_question(db, &scope, stored.id, &questions()[0])
            .await
            .unwrap();
        assert_eq!(frozen, None);
    });
}

#[tokio::test]
async fn slugs_are_unique_within_a_tenant_only() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let fabrikam = tenant(db, "fabrikam", TenantStatus::Active).await;
        published_survey(db, &adatum, "feedback", NOW.plus_days(5)).await;
        published_survey(db, &fabrikam, "feedback", NOW.plus_days(5)).await;
        let scope = system_scope(&adatum, SystemGrant::for_tests(SystemTask::Onboarding));
        let duplicate = create_draft(
            db,
            &scope,
            &NewSurvey {
                slug: Slug::parse("feedback").unwrap(),
                title: "Again".into(),
                description: String::new(),
                description_html: String::new(),
                logic: None,
            },
            NOW,
        )
        .await
        .unwrap_err();
        assert!(is_unique_violation(&duplicate));
    });
}

#[tokio::test]
async fn only_open_surveys_are_listed() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let scope = system_scope(&adatum, SystemGrant::for_tests(SystemTask::Onboarding));
        published_survey(db, &adatum, "open", NOW.plus_days(5)).await;
        published_survey(db, &adatum, "expired", UnixMillis(NOW.0 - 1)).await;
        let closed = published_survey(db, &adatum, "closed", NOW.plus_days(5)).await;
        assert!(close(db, &scope, closed, NOW).await.unwrap());
        create_draft(
            db,
            &scope,
            &NewSurvey {
                slug: Slug::parse("draft").unwrap(),
                title: "Draft".into(),
                description: String::new(),
                description_html: String::new(),
                logic: None,
            },
            NOW,
        )
        .await
        .unwrap();
        let listed = list_open_surveys(db, &scope, NOW).await.unwrap();
        let slugs: Vec<_> = listed.iter().map(|s| s.slug.as_str()).collect();
        assert_eq!(slugs, ["open"]);
    });
}

fn answers(survey_questions: &[app::domain::Question], stars: u8) -> Vec<ValidAnswer> {
    vec![
        ValidAnswer {
            question: survey_questions[0].id,
            value: AnswerValue::Rating(stars),
        },
        ValidAnswer {
            question: survey_questions[1].id,
            value: AnswerValue::Choice(2),
        },
        ValidAnswer {
            question: survey_questions[2].id,
            value: AnswerValue::Text("Faster replies".into()),
        },
    ]
}

#[tokio::test]
async fn a_submission_and_its_queue_message_are_stored_together_once() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let survey = published_survey(db, &adatum, "feedback", NOW.plus_days(5)).await;
        let scope = public_scope(db, "adatum", PublicSiteGrant::for_tests())
            .await
            .unwrap();
        let stored = find_survey_by_slug(db, &scope, &Slug::parse("feedback").unwrap())
            .await
            .unwrap()
            .unwrap();
        let given = answers(&stored.survey.questions, 4);

        let first = store_submission(db, &scope, survey, false, &key(1), &given, NOW)
            .await
            .unwrap();
        let StoreOutcome::Stored(id) = first else {
            panic!("expected Stored, got {first:?}")
        };
        let again = store_submission(db, &scope, survey, false, &key(1), &given, NOW)
            .await
            .unwrap();
        assert_eq!(again, StoreOutcome::Duplicate(id));

        let all = list_submissions(db, &scope, survey, None, 25)
            .await
            .unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].id, id);
        assert_eq!(all[0].received_at, NOW);
        assert_eq!(all[0].answers, given);
        assert_eq!(queued_messages(db, &scope, survey).await.unwrap(), 1);
    });
}

#[tokio::test]
async fn closed_and_expired_surveys_store_nothing() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let scope = public_scope(db, "adatum", PublicSiteGrant::for_tests())
            .await
            .unwrap();
        let open = published_survey(db, &adatum, "open", NOW.plus_days(5)).await;
        let questions = questions_of(db, &scope, "open").await;
        assert!(close(db, &scope, open, NOW).await.unwrap());
        let outcome = store_submission(
            db,
            &scope,
            open,
            false,
            &key(1),
            &answers(&questions, 3),
            NOW,
        )
        .await
        .unwrap();
        assert_eq!(outcome, StoreOutcome::NotAccepting);

        let expiring = published_survey(db, &adatum, "expiring", UnixMillis(NOW.0 + 1000)).await;
        let questions = questions_of(db, &scope, "expiring").await;
        let later = UnixMillis(NOW.0 + 1000);
        let outcome = store_submission(
            db,
            &scope,
            expiring,
            false,
            &key(2),
            &answers(&questions, 3),
            later,
        )
        .await
        .unwrap();
        assert_eq!(outcome, StoreOutcome::NotAccepting);
        for survey in [open, expiring] {
            assert!(
                list_submissions(db, &scope, survey, None, 25)
                    .await
                    .unwrap()
                    .is_empty()
            );
            assert_eq!(queued_messages(db, &scope, survey).await.unwrap(), 0);
        }
    });
}

#[tokio::test]
async fn another_tenants_data_is_out_of_reach() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        tenant(db, "fabrikam", TenantStatus::Active).await;
        let survey = published_survey(db, &adatum, "feedback", NOW.plus_days(5)).await;
        let adatum_scope = public_scope(db, "adatum", PublicSiteGrant::for_tests())
            .await
            .unwrap();
        let questions = questions_of(db, &adatum_scope, "feedback").await;
        store_submission(
            db,
            &adatum_scope,
            survey,
            false,
            &key(1),
            &answers(&questions, 5),
            NOW,
        )
        .await
        .unwrap();

        let other = public_scope(db, "fabrikam", PublicSiteGrant::for_tests())
            .await
            .unwrap();
        let slug = Slug::parse("feedback").unwrap();
        assert_eq!(find_survey_by_slug(db, &other, &slug).await.unwrap(), None);
        assert!(list_open_surveys(db, &other, NOW).await.unwrap().is_empty());
        assert!(
            list_submissions(db, &other, survey, None, 25)
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(queued_messages(db, &other, survey).await.unwrap(), 0);
        assert_eq!(
            store_submission(
                db,
                &other,
                survey,
                false,
                &key(2),
                &answers(&questions, 1),
                NOW
            )
            .await
            .unwrap(),
            StoreOutcome::NotAccepting
        );
        assert_eq!(
            append_question(db, &other, survey, &questions_one())
                .await
                .unwrap(),
            None
        );
        assert!(
            !publish(db, &other, survey, NOW, NOW.plus_days(1))
                .await
                .unwrap()
        );
        assert!(!close(db, &other, survey, NOW).await.unwrap());
        // Adatum's data is untouched.
        assert_eq!(
            list_submissions(db, &adatum_scope, survey, None, 25)
                .await
                .unwrap()
                .len(),
            1
        );
        assert!(
            list_open_surveys(db, &adatum_scope, NOW)
                .await
                .unwrap()
                .len()
                == 1
        );
    });
}

fn questions_one() -> NewQuestion {
    questions().remove(0)
}

#[tokio::test]
async fn submissions_page_in_the_order_received() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let survey = published_survey(db, &adatum, "feedback", NOW.plus_days(5)).await;
        let scope = public_scope(db, "adatum", PublicSiteGrant::for_tests())
            .await
            .unwrap();
        let questions = questions_of(db, &scope, "feedback").await;
        let mut ids: Vec<SubmissionId> = Vec::new();
        for n in 1..=5u8 {
            let outcome = store_submission(
                db,
                &scope,
                survey,
                false,
                &key(u32::from(n)),
                &answers(&questions, n),
                NOW,
            )
            .await
            .unwrap();
            let StoreOutcome::Stored(id) = outcome else {
                panic!("{outcome:?}")
            };
            ids.push(id);
        }
        let first = list_submissions(db, &scope, survey, None, 2).await.unwrap();
        assert_eq!(first.iter().map(|s| s.id).collect::<Vec<_>>(), ids[..2]);
        let second = list_submissions(db, &scope, survey, Some(ids[1]), 2)
            .await
            .unwrap();
        assert_eq!(second.iter().map(|s| s.id).collect::<Vec<_>>(), ids[2..4]);
        assert_eq!(second[0].answers[0].value, AnswerValue::Rating(3));
        let last = list_submissions(db, &scope, survey, Some(ids[3]), 2)
            .await
            .unwrap();
        assert_eq!(last.len(), 1);
        assert!(
            list_submissions(db, &scope, survey, Some(ids[4]), 2)
                .await
                .unwrap()
                .is_empty()
        );
    });
}

/// Many submissions at once share commits: each is stored exactly once
/// with its queue message, a key sent several times at the same moment is
/// stored once and the others are told it is a duplicate, a closed survey
/// refuses its share, and a submission the database rejects fails alone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn submissions_arriving_together_are_committed_together_and_answered_each() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let open = published_survey(db, &adatum, "open", NOW.plus_days(5)).await;
        let closed = published_survey(db, &adatum, "closed", NOW.plus_days(5)).await;
        let scope = public_scope(db, "adatum", PublicSiteGrant::for_tests())
            .await
            .unwrap();
        assert!(close(db, &scope, closed, NOW).await.unwrap());
        let questions = questions_of(db, &scope, "open").await;
        let closed_questions = questions_of(db, &scope, "closed").await;

        let mut tasks = Vec::new();
        for n in 0..300u32 {
            let (db, scope) = (db.clone(), scope.clone());
            let (questions, closed_questions) = (questions.clone(), closed_questions.clone());
            tasks.push(tokio::spawn(async move {
                let (survey, given, idempotency) = match n {
                    // The same key five times.
                    0..5 => (open, answers(&questions, 5), key(10_000)),
                    5..15 => (closed, answers(&closed_questions, 1), key(n)),
                    // A question that does not exist: the database refuses it.
                    15 => (
                        open,
                        vec![ValidAnswer {
                            question: app::domain::QuestionId(987_654),
                            value: AnswerValue::Rating(3),
                        }],
                        key(n),
                    ),
                    _ => (open, answers(&questions, 1 + (n % 5) as u8), key(n)),
                };
                (
                    n,
                    store_submission(&db, &scope, survey, false, &idempotency, &given, NOW).await,
                )
            }));
        }
        let mut stored = 0;
        let mut same_key = Vec::new();
        for task in tasks {
            let (n, outcome) = task.await.unwrap();
            match n {
                0..5 => same_key.push(outcome.unwrap()),
                5..15 => assert_eq!(outcome.unwrap(), StoreOutcome::NotAccepting),
                15 => assert!(outcome.is_err(), "the refused one fails: {outcome:?}"),
                _ => {
                    assert!(matches!(outcome.unwrap(), StoreOutcome::Stored(_)));
                    stored += 1;
                }
            }
        }
        assert_eq!(stored, 284);
        let firsts: Vec<_> = same_key
            .iter()
            .filter(|o| matches!(o, StoreOutcome::Stored(_)))
            .collect();
        assert_eq!(firsts.len(), 1, "{same_key:?}");
        let StoreOutcome::Stored(id) = firsts[0] else {
            unreachable!()
        };
        assert!(
            same_key
                .iter()
                .all(|o| o == firsts[0] || *o == StoreOutcome::Duplicate(*id))
        );
        let all = list_submissions(db, &scope, open, None, 1000)
            .await
            .unwrap();
        assert_eq!(all.len(), 285);
        assert!(all.iter().all(|s| s.answers.len() == 3));
        // Numbered in the statement that follows each batch's insert: every
        // number given once, rising with the ids, none lost to a batch that
        // failed and was stored again one by one.
        let numbers: Vec<i64> = all.iter().map(|s| s.number).collect();
        assert_eq!(numbers, (1..=285).collect::<Vec<i64>>());
        assert_eq!(queued_messages(db, &scope, open).await.unwrap(), 285);
        assert_eq!(queued_messages(db, &scope, closed).await.unwrap(), 0);
    });
}
