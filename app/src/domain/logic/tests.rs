use super::*;
use crate::domain::answer_value::AnswerValue;
use crate::domain::ids::QuestionId;
use crate::domain::survey::{ChoiceList, NumberRules, Question, QuestionKind};

fn question(id: i64, kind: QuestionKind) -> Question {
    Question {
        id: QuestionId(id),
        text: format!("Q{id}"),
        required: false,
        kind,
    }
}

/// 0: choice (Yes/No), 1: number, 2: text, 3: NPS, 4: checkboxes (A/B/C),
/// 5: text.
fn questions() -> Vec<Question> {
    vec![
        question(1, QuestionKind::choice(vec!["Yes".into(), "No".into()])),
        question(2, QuestionKind::Number(NumberRules::default())),
        question(3, QuestionKind::FreeText { max_length: 500 }),
        question(
            4,
            QuestionKind::Nps {
                low_label: None,
                high_label: None,
            },
        ),
        question(
            5,
            QuestionKind::Checkboxes {
                list: ChoiceList {
                    options: vec!["A".into(), "B".into(), "C".into()],
                    other: true,
                    shuffle: false,
                },
                min_selected: None,
                max_selected: None,
            },
        ),
        question(6, QuestionKind::FreeText { max_length: 100 }),
    ]
}

fn when(question: usize, test: Test) -> Condition {
    Condition {
        combine: Combine::All,
        terms: vec![Term { question, test }],
    }
}

fn page(starts_at: usize) -> Page {
    Page {
        starts_at,
        ..Page::default()
    }
}

#[test]
fn without_logic_one_page_shows_everything() {
    let logic = SurveyLogic::default();
    let route = logic.route(&[None, None, None]);
    assert_eq!(route.pages, [0]);
    assert_eq!(route.visible, [true, true, true]);
    assert!(logic.is_plain());
    assert_eq!(logic.page_range(0, 3), 0..3);
}

#[test]
fn a_question_shows_when_its_condition_holds() {
    let logic = SurveyLogic {
        questions: vec![QuestionCondition {
            question: 2,
            show_if: when(0, Test::Equals("1".into())),
        }],
        ..SurveyLogic::default()
    };
    let no = AnswerValue::Choice(1);
    let yes = AnswerValue::Choice(0);
    assert_eq!(
        logic.route(&[Some(&no), None, None]).visible,
        [true, true, true]
    );
    assert_eq!(
        logic.route(&[Some(&yes), None, None]).visible,
        [true, true, false]
    );
    assert_eq!(
        logic.route(&[None, None, None]).visible,
        [true, true, false]
    );
}

#[test]
fn skip_rules_and_page_conditions_make_the_route() {
    // Page 0: q0; page 1: q1; page 2: q2 (only if q1 > 10); page 3: q3.
    let logic = SurveyLogic {
        pages: vec![
            Page {
                jumps: vec![Jump {
                    when: when(0, Test::Equals("1".into())),
                    to: Destination::Page(3),
                }],
                ..page(0)
            },
            page(1),
            Page {
                show_if: Some(when(1, Test::Greater("10".into()))),
                ..page(2)
            },
            page(3),
        ],
        ..SurveyLogic::default()
    };
    let no = AnswerValue::Choice(1);
    let route = logic.route(&[Some(&no), None, None, None]);
    assert_eq!(route.pages, [0, 3]);
    assert_eq!(route.visible, [true, false, false, true]);
    let yes = AnswerValue::Choice(0);
    let big = AnswerValue::Number(crate::domain::Decimal::parse("11").unwrap());
    let route = logic.route(&[Some(&yes), Some(&big), None, None]);
    assert_eq!(route.pages, [0, 1, 2, 3]);
    assert_eq!(route.before(2), Some(1));
    assert_eq!(route.after(2), Some(3));
    assert_eq!(route.after(3), None);
    assert_eq!(route.progress(2), (3, 4));
    let small = AnswerValue::Number(crate::domain::Decimal::parse("3").unwrap());
    assert_eq!(
        logic.route(&[Some(&yes), Some(&small), None, None]).pages,
        [0, 1, 3]
    );
}

#[test]
fn finish_ends_the_route_and_hidden_answers_count_as_none() {
    let logic = SurveyLogic {
        pages: vec![
            Page {
                jumps: vec![Jump {
                    when: when(0, Test::Answered),
                    to: Destination::Finish,
                }],
                ..page(0)
            },
            page(1),
        ],
        questions: vec![QuestionCondition {
            question: 1,
            show_if: when(0, Test::NotAnswered),
        }],
    };
    let yes = AnswerValue::Choice(0);
    let given = AnswerValue::Text("x".into());
    let route = logic.route(&[Some(&yes), Some(&given)]);
    assert_eq!(route.pages, [0]);
    assert_eq!(route.visible, [true, false]);
}

#[test]
fn tests_compare_every_kind_of_answer() {
    let boxes = AnswerValue::Choices {
        selected: vec![0, 2],
        other: None,
    };
    assert!(Test::Equals("2".into()).passes(Some(&boxes)));
    assert!(!Test::Equals("1".into()).passes(Some(&boxes)));
    assert!(Test::NotEquals("1".into()).passes(Some(&boxes)));
    assert!(Test::AnyOf(vec!["1".into(), "0".into()]).passes(Some(&boxes)));
    assert!(Test::NotEquals("1".into()).passes(None));
    assert!(!Test::Greater("5".into()).passes(None));
    assert!(Test::Greater("8".into()).passes(Some(&AnswerValue::Score(9))));
    assert!(Test::Less("3".into()).passes(Some(&AnswerValue::Rating(2))));
    assert!(Test::Equals("Paris ".into()).passes(Some(&AnswerValue::Text("paris".into()))));
    let day = AnswerValue::Date(crate::domain::CalendarDate::parse("2026-03-01").unwrap());
    assert!(Test::Less("2026-03-02".into()).passes(Some(&day)));
    assert!(Test::Equals("other".into()).passes(Some(&AnswerValue::Other("fax".into()))));
}

fn refusals(logic: &SurveyLogic) -> Vec<String> {
    logic
        .check(&questions())
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|p| p.0)
        .collect()
}

#[test]
fn the_designer_refuses_forward_references_loops_and_misfits() {
    let forward = SurveyLogic {
        questions: vec![QuestionCondition {
            question: 1,
            show_if: when(2, Test::Answered),
        }],
        ..SurveyLogic::default()
    };
    assert!(
        refusals(&forward)[0].contains("does not come before it"),
        "{:?}",
        refusals(&forward)
    );

    let back = SurveyLogic {
        pages: vec![
            page(0),
            Page {
                jumps: vec![Jump {
                    when: Condition::default(),
                    to: Destination::Page(0),
                }],
                ..page(2)
            },
        ],
        ..SurveyLogic::default()
    };
    assert!(refusals(&back)[0].contains("loop"));

    let misfit = SurveyLogic {
        questions: vec![QuestionCondition {
            question: 1,
            show_if: when(0, Test::Greater("1".into())),
        }],
        ..SurveyLogic::default()
    };
    assert!(refusals(&misfit)[0].contains("cannot be tested"));

    let no_option = SurveyLogic {
        questions: vec![QuestionCondition {
            question: 1,
            show_if: when(0, Test::Equals("7".into())),
        }],
        ..SurveyLogic::default()
    };
    assert!(refusals(&no_option)[0].contains("no such option"));

    let first_page = SurveyLogic {
        pages: vec![Page {
            show_if: Some(when(0, Test::Answered)),
            ..page(0)
        }],
        ..SurveyLogic::default()
    };
    assert!(refusals(&first_page)[0].contains("always shown"));
}

#[test]
fn the_designer_refuses_conditions_that_can_never_hold() {
    let both = |a: Test, b: Test, on: usize| SurveyLogic {
        questions: vec![QuestionCondition {
            question: 5,
            show_if: Condition {
                combine: Combine::All,
                terms: vec![
                    Term {
                        question: on,
                        test: a,
                    },
                    Term {
                        question: on,
                        test: b,
                    },
                ],
            },
        }],
        ..SurveyLogic::default()
    };
    let never = |logic: &SurveyLogic| refusals(logic).iter().any(|r| r.contains("never hold"));
    assert!(never(&both(
        Test::Equals("0".into()),
        Test::Equals("1".into()),
        0
    )));
    assert!(!never(&both(
        Test::Equals("0".into()),
        Test::NotEquals("1".into()),
        0
    )));
    assert!(never(&both(
        Test::Greater("5".into()),
        Test::Less("6".into()),
        3
    )));
    assert!(!never(&both(
        Test::Greater("5".into()),
        Test::Less("7".into()),
        3
    )));
    assert!(never(&both(
        Test::Greater("5".into()),
        Test::Less("5.000001".into()),
        1
    )));
    assert!(!never(&both(
        Test::Greater("5".into()),
        Test::Less("5.000002".into()),
        1
    )));
    assert!(never(&both(Test::Answered, Test::NotAnswered, 2)));
    assert!(!never(&both(
        Test::Equals("0".into()),
        Test::Equals("2".into()),
        4
    )));
    assert!(never(&both(
        Test::Equals("0".into()),
        Test::NotEquals("0".into()),
        4
    )));
    assert!(never(&both(
        Test::Equals("paris".into()),
        Test::Equals("rome".into()),
        2
    )));
    let single = SurveyLogic {
        questions: vec![QuestionCondition {
            question: 4,
            show_if: when(3, Test::Greater("10".into())),
        }],
        ..SurveyLogic::default()
    };
    assert!(never(&single));
}

#[test]
fn a_drop_is_the_single_moves_that_reach_its_place() {
    // Pages: questions 0-1, then 2-4.
    let logic = SurveyLogic {
        pages: vec![page(0), page(2)],
        ..SurveyLogic::default()
    };
    // Down from 0 to 3: a swap, across the break, two swaps.
    assert_eq!(logic.moves_to(0, 3, 5), [false, false, false, false]);
    // Up from 4 to 0: two swaps, across the break, two swaps.
    assert_eq!(logic.moves_to(4, 0, 5), [true; 5]);
    assert_eq!(logic.moves_to(1, 1, 5), Vec::<bool>::new());
    assert_eq!(logic.moves_to(1, 9, 5), Vec::<bool>::new(), "no such place");
    // Without pages, a move per place.
    assert_eq!(SurveyLogic::default().moves_to(3, 1, 4), [true, true]);
}

#[test]
fn moving_and_deleting_questions_keep_the_logic_true() {
    let logic = SurveyLogic {
        pages: vec![page(0), page(2)],
        questions: vec![QuestionCondition {
            question: 3,
            show_if: when(1, Test::Answered),
        }],
    };
    // The first question of page 1 moving up joins page 0 in its place.
    assert_eq!(logic.moving(2, true, 5), QuestionMove::AcrossPageBreak);
    assert_eq!(
        logic
            .after_move(2, true, QuestionMove::AcrossPageBreak)
            .pages[1]
            .starts_at,
        3
    );
    assert_eq!(logic.moving(1, false, 5), QuestionMove::AcrossPageBreak);
    assert_eq!(
        logic
            .after_move(1, false, QuestionMove::AcrossPageBreak)
            .pages[1]
            .starts_at,
        1
    );
    assert_eq!(logic.moving(0, true, 5), QuestionMove::Stays);
    // A swap renumbers the tests; one that puts a test after its question
    // is refused by the check.
    let swapped = logic.after_move(3, true, QuestionMove::Swap(2));
    assert_eq!(swapped.questions[0].question, 2);
    assert_eq!(swapped.questions[0].show_if.terms[0].question, 1);
    let fine = logic.after_move(1, false, QuestionMove::Swap(2));
    assert!(fine.check(&questions()).is_ok());
    let bad = fine.after_move(2, false, QuestionMove::Swap(3));
    assert!(bad.check(&questions()).is_err());
    // A tested question cannot go; another can, and places shift.
    assert!(
        logic
            .after_delete(1)
            .unwrap_err()
            .0
            .contains("condition of question 4")
    );
    let without = logic.after_delete(0).unwrap();
    assert_eq!(without.pages[1].starts_at, 1);
    assert_eq!(without.questions[0].question, 2);
    assert_eq!(without.questions[0].show_if.terms[0].question, 0);
}

#[test]
fn page_breaks_come_and_go() {
    let (logic, new) = SurveyLogic::default().with_page_break(2, 5);
    assert_eq!(new, 1);
    assert_eq!(
        logic.pages.iter().map(|p| p.starts_at).collect::<Vec<_>>(),
        [0, 2]
    );
    let (mut logic, _) = logic.with_page_break(5, 5);
    logic.pages[0].jumps.push(Jump {
        when: Condition::default(),
        to: Destination::Page(2),
    });
    // Splitting page 1 hands its rules to the new page that ends it.
    let (split, _) = logic.with_page_break(1, 5);
    assert!(split.pages[0].jumps.is_empty());
    assert_eq!(split.pages[1].jumps[0].to, Destination::Page(3));
    assert!(
        split
            .without_page(1)
            .unwrap_err()
            .0
            .contains("Remove them first")
    );
    assert!(
        logic
            .without_page(2)
            .unwrap_err()
            .0
            .contains("rule 1 after page 1")
    );
    let merged = logic.without_page(1).unwrap();
    assert_eq!(merged.pages.len(), 2);
    assert_eq!(merged.pages[0].jumps[0].to, Destination::Page(1));
    assert!(
        SurveyLogic::default()
            .with_page_break(2, 5)
            .0
            .without_page(1)
            .unwrap()
            .pages
            .is_empty()
    );
}

#[cfg(feature = "ssr")]
#[test]
fn a_page_moves_with_its_questions_conditions_and_rules() {
    // Page 1: questions 0-1; page 2: 2-3, shown when q0 is "No", with a
    // rule to page 3; page 3: 4-5, where q5 shows when q4 ticks "A".
    let logic = SurveyLogic {
        pages: vec![
            Page {
                title: "Start".into(),
                ..page(0)
            },
            Page {
                title: "Middle".into(),
                show_if: Some(when(0, Test::Equals("1".into()))),
                jumps: vec![Jump {
                    when: Condition::default(),
                    to: Destination::Page(2),
                }],
                ..page(2)
            },
            Page {
                title: "End".into(),
                ..page(4)
            },
        ],
        questions: vec![QuestionCondition {
            question: 5,
            show_if: when(4, Test::Equals("0".into())),
        }],
    };
    let questions = questions();
    assert_eq!(logic.after_page_move(0, true, 6), None, "first stays first");
    assert_eq!(logic.after_page_move(2, false, 6), None, "last stays last");

    // "End" moves up before "Middle": its questions and condition follow,
    // and the rule that went to it now goes to where it stands... which is
    // before the rule's own page: refused by the check.
    let (moved, order) = logic.after_page_move(2, true, 6).unwrap();
    assert_eq!(order, [0, 1, 4, 5, 2, 3]);
    let titles: Vec<_> = moved.pages.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(titles, ["Start", "End", "Middle"]);
    assert_eq!(
        moved.pages.iter().map(|p| p.starts_at).collect::<Vec<_>>(),
        [0, 2, 4]
    );
    assert_eq!(
        moved.condition_of(3),
        Some(&when(2, Test::Equals("0".into())))
    );
    assert_eq!(moved.pages[2].jumps[0].to, Destination::Page(1));
    let reordered: Vec<_> = order.iter().map(|&q| questions[q].clone()).collect();
    let problems = moved.check(&reordered).unwrap_err();
    assert!(
        problems.iter().any(|p| p.0.contains("goes back to page 2")),
        "{problems:?}"
    );

    // Without the rule, the move is fine.
    let mut plain = logic.clone();
    plain.pages[1].jumps.clear();
    let (moved, order) = plain.after_page_move(1, false, 6).unwrap();
    let reordered: Vec<_> = order.iter().map(|&q| questions[q].clone()).collect();
    assert_eq!(moved.check(&reordered), Ok(()));
    assert_eq!(
        moved.pages[2].show_if,
        Some(when(0, Test::Equals("1".into())))
    );

    // The page that tests question 0 cannot go first.
    let (moved, order) = plain.after_page_move(1, true, 6).unwrap();
    let reordered: Vec<_> = order.iter().map(|&q| questions[q].clone()).collect();
    assert!(moved.check(&reordered).is_err());
}

#[test]
fn tests_of_options_follow_them_when_options_change() {
    let old: Vec<String> = vec!["Yes".into(), "No".into()];
    let logic = SurveyLogic {
        pages: vec![
            page(0),
            Page {
                jumps: vec![Jump {
                    when: when(0, Test::AnyOf(vec!["0".into(), "other".into()])),
                    to: Destination::Finish,
                }],
                ..page(2)
            },
        ],
        questions: vec![QuestionCondition {
            question: 2,
            show_if: when(0, Test::Equals("1".into())),
        }],
    };
    // Reordered: "No" first. The tests still mean "No" and "Yes".
    let reordered: Vec<String> = vec!["Maybe".into(), "No".into(), "Yes".into()];
    let after = logic.after_options_change(0, &old, &reordered).unwrap();
    assert_eq!(
        after.condition_of(2),
        Some(&when(0, Test::Equals("1".into())))
    );
    assert_eq!(
        after.pages[1].jumps[0].when,
        when(0, Test::AnyOf(vec!["2".into(), "other".into()]))
    );
    // Renamed where it stands: the test keeps the option.
    let renamed: Vec<String> = vec!["Yes".into(), "Nope".into()];
    assert_eq!(
        logic.after_options_change(0, &old, &renamed),
        Ok(logic.clone())
    );
    // Removed while tested: refused, naming the option and its user.
    let removed: Vec<String> = vec!["Yes".into(), "Maybe".into(), "Perhaps".into()];
    let refusal = logic.after_options_change(0, &old, &removed).unwrap_err();
    assert_eq!(
        refusal.0,
        "The option \u{201c}No\u{201d} of question 1 is used by the condition of question 3. Change that first."
    );
    // Other questions' tests are left alone.
    assert_eq!(
        logic.after_options_change(4, &old, &reordered),
        Ok(logic.clone())
    );
}

#[test]
fn the_stored_form_reads_back() {
    assert_eq!(SurveyLogic::default().to_json(), None);
    assert_eq!(
        SurveyLogic::from_json(None).unwrap(),
        SurveyLogic::default()
    );
    let logic = SurveyLogic {
        pages: vec![
            page(0),
            Page {
                title: "More".into(),
                ..page(1)
            },
        ],
        questions: vec![QuestionCondition {
            question: 1,
            show_if: when(0, Test::AnyOf(vec!["0".into()])),
        }],
    };
    let json = logic.to_json().unwrap();
    assert_eq!(SurveyLogic::from_json(Some(&json)).unwrap(), logic);
}

fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect()
}

#[test]
fn hidden_answers_are_dropped_and_hidden_required_questions_need_none() {
    let mut qs = questions();
    qs[2].required = true;
    // Question 3 (text, required) only when question 1 is "No".
    let logic = SurveyLogic {
        questions: vec![QuestionCondition {
            question: 2,
            show_if: when(0, Test::Equals("1".into())),
        }],
        ..SurveyLogic::default()
    };
    let yes =
        crate::domain::validate_submission(&qs, &logic, &fields(&[("q-1", "0"), ("q-3", "kept?")]))
            .unwrap();
    assert_eq!(yes.len(), 1, "the hidden question's answer is dropped");
    let no = crate::domain::validate_submission(&qs, &logic, &fields(&[("q-1", "1")])).unwrap_err();
    assert_eq!(
        no.fields,
        [(
            QuestionId(3),
            crate::i18n::Message::new(crate::domain::MISSING_ANSWER)
        )]
    );
    let answered =
        crate::domain::validate_submission(&qs, &logic, &fields(&[("q-1", "1"), ("q-3", "why")]))
            .unwrap();
    assert_eq!(answered.len(), 2);
}

#[test]
fn a_page_is_checked_alone_and_the_route_follows_the_answers() {
    let mut qs = questions();
    qs[3].required = true;
    let logic = SurveyLogic {
        pages: vec![
            Page {
                jumps: vec![Jump {
                    when: when(0, Test::Equals("0".into())),
                    to: Destination::Finish,
                }],
                ..page(0)
            },
            page(3),
        ],
        ..SurveyLogic::default()
    };
    // Page 0 does not ask for page 1's required NPS.
    assert!(
        crate::domain::check_page(&qs, &logic, &fields(&[("q-1", "1")]), 0)
            .1
            .is_empty()
    );
    assert!(
        !crate::domain::check_page(&qs, &logic, &fields(&[("q-2", "x")]), 0)
            .1
            .is_empty()
    );
    assert_eq!(
        crate::domain::check_page(&qs, &logic, &[], 1)
            .1
            .fields
            .len(),
        1
    );
    assert_eq!(
        crate::domain::route_so_far(&qs, &logic, &fields(&[("q-1", "0")])).pages,
        [0]
    );
    assert_eq!(
        crate::domain::route_so_far(&qs, &logic, &fields(&[("q-1", "1")])).pages,
        [0, 1]
    );
    // Finishing on page 0 needs nothing from page 1.
    assert!(crate::domain::validate_submission(&qs, &logic, &fields(&[("q-1", "0")])).is_ok());
    assert!(crate::domain::validate_submission(&qs, &logic, &fields(&[("q-1", "1")])).is_err());
}

#[test]
fn an_answer_that_adds_a_page_is_followed_even_from_the_send_button() {
    use crate::domain::page_turn::{Step, page_turn};
    // Page 2 only for "Yes"; page 1 was drawn with "Submit answers".
    let logic = SurveyLogic {
        pages: vec![
            page(0),
            Page {
                show_if: Some(when(0, Test::Equals("0".into()))),
                ..page(1)
            },
        ],
        ..SurveyLogic::default()
    };
    let qs = questions();
    let sent = fields(&[("q-1", "0"), ("page", "0"), ("go", "send")]);
    assert!(matches!(
        page_turn(&qs, &logic, &sent),
        Step::Show { page: 1, .. }
    ));
    let no = fields(&[("q-1", "1"), ("page", "0"), ("go", "send")]);
    assert_eq!(page_turn(&qs, &logic, &no), Step::Send);
    let back = fields(&[("q-1", "0"), ("page", "1"), ("go", "back")]);
    assert!(matches!(
        page_turn(&qs, &logic, &back),
        Step::Show { page: 0, .. }
    ));
}
