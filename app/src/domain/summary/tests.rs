use std::collections::BTreeMap;

use proptest::prelude::*;

use super::*;
use crate::domain::decimal::Decimal;
use crate::domain::ids::QuestionId;

fn answer(question: i64, value: AnswerValue) -> ValidAnswer {
    ValidAnswer {
        question: QuestionId(question),
        value,
    }
}

fn response(stars: u8, option: u16, text: &str) -> Vec<ValidAnswer> {
    vec![
        answer(1, AnswerValue::Rating(stars)),
        answer(2, AnswerValue::Choice(option)),
        answer(3, AnswerValue::Text(text.to_owned())),
    ]
}

fn summary_at_once(responses: &[Vec<ValidAnswer>]) -> SurveySummary {
    let mut all = SurveySummary::default();
    for r in responses {
        all.merge(&SurveySummary::of_response(r));
    }
    all
}

#[test]
fn words_are_case_folded_without_stop_words() {
    assert_eq!(
        words_of("The staff were GREAT, great and friendly! I'd come again."),
        [
            "staff", "great", "great", "friendly", "i'd", "come", "again"
        ]
    );
    assert!(words_of("a an the of").is_empty());
    assert_eq!(words_of("Café — très bien"), ["café", "très", "bien"]);
}

#[test]
fn a_summary_counts_stars_choices_and_words() {
    let summary = summary_at_once(&[
        response(5, 0, "Fast service"),
        response(3, 2, "slow service"),
    ]);
    assert_eq!(summary.responses, 2);
    assert_eq!(
        summary.questions[&1],
        QuestionSummary::Range {
            count: 2,
            sum: 8,
            histogram: [0, 0, 1, 0, 1]
        }
    );
    assert_eq!(summary.questions[&1].mean(), Some(4.0));
    assert_eq!(
        summary.questions[&2],
        QuestionSummary::Choice {
            counts: BTreeMap::from([(0, 1), (2, 1)]),
            other: 0,
        }
    );
    let QuestionSummary::FreeText { count, words } = &summary.questions[&3] else {
        panic!("free text")
    };
    assert_eq!(*count, 2);
    assert_eq!(
        top_words(words, 2),
        [("service".to_owned(), 2), ("fast".to_owned(), 1)]
    );
}

#[test]
fn summaries_stored_before_the_new_kinds_still_read() {
    let stored = r#"{"responses":2,"questions":{
        "1":{"Range":{"count":2,"sum":8,"histogram":[0,0,1,0,1]}},
        "2":{"Choice":{"counts":{"0":1,"2":1}}},
        "3":{"FreeText":{"count":2,"words":{"fast":1,"service":2}}}}}"#;
    let summary: SurveySummary = serde_json::from_str(stored).unwrap();
    assert_eq!(
        summary.questions[&2],
        QuestionSummary::Choice {
            counts: BTreeMap::from([(0, 1), (2, 1)]),
            other: 0,
        }
    );
    assert_eq!(summary.questions[&1].mean(), Some(4.0));
    // And what is written now reads back the same.
    let json = serde_json::to_string(&summary).unwrap();
    assert_eq!(
        serde_json::from_str::<SurveySummary>(&json).unwrap(),
        summary
    );
}

fn decimal(text: &str) -> Decimal {
    Decimal::parse(text).unwrap()
}

#[test]
fn every_new_kind_is_counted() {
    let day = |s| CalendarDate::parse(s).unwrap();
    let responses = [
        vec![
            answer(2, AnswerValue::Other("By pigeon".into())),
            answer(
                4,
                AnswerValue::Choices {
                    selected: vec![0, 2],
                    other: Some("Radio".into()),
                },
            ),
            answer(6, AnswerValue::Score(10)),
            answer(7, AnswerValue::Number(decimal("-2.5"))),
            answer(8, AnswerValue::Date(day("2026-03-02"))),
            answer(9, AnswerValue::Ranking(vec![2, 0, 1])),
            answer(10, AnswerValue::Matrix(vec![Some(1), None, Some(0)])),
        ],
        vec![
            answer(2, AnswerValue::Choice(1)),
            answer(
                4,
                AnswerValue::Choices {
                    selected: vec![2],
                    other: None,
                },
            ),
            answer(6, AnswerValue::Score(3)),
            answer(7, AnswerValue::Number(decimal("10"))),
            answer(8, AnswerValue::Date(day("2026-03-02"))),
            answer(9, AnswerValue::Ranking(vec![0, 2, 1])),
            answer(10, AnswerValue::Matrix(vec![Some(1), Some(2), None])),
        ],
        // A matrix with no row answered is no answer.
        vec![answer(10, AnswerValue::Matrix(vec![None, None, None]))],
    ];
    let summary = summary_at_once(&responses);
    assert_eq!(summary.responses, 3);
    assert_eq!(
        summary.questions[&2],
        QuestionSummary::Choice {
            counts: BTreeMap::from([(1, 1)]),
            other: 1
        }
    );
    assert_eq!(
        summary.questions[&4],
        QuestionSummary::Checkboxes {
            respondents: 2,
            counts: BTreeMap::from([(0, 1), (2, 2)]),
            other: 1
        }
    );
    assert_eq!(
        summary.questions[&6],
        QuestionSummary::Score {
            counts: BTreeMap::from([(3, 1), (10, 1)])
        }
    );
    let QuestionSummary::Number(number) = &summary.questions[&7] else {
        panic!("number")
    };
    assert_eq!(
        (number.count, number.sum_micros, number.min, number.max),
        (2, 7_500_000, decimal("-2.5"), decimal("10"))
    );
    assert_eq!(
        summary.questions[&8],
        QuestionSummary::Dates {
            days: BTreeMap::from([(day("2026-03-02"), 2)])
        }
    );
    assert_eq!(
        summary.questions[&9],
        QuestionSummary::Ranking {
            count: 2,
            place_sums: BTreeMap::from([(0, 3), (1, 6), (2, 3)]),
            placed: BTreeMap::from([(0, 2), (1, 2), (2, 2)]),
            firsts: BTreeMap::from([(0, 1), (2, 1)]),
        }
    );
    assert_eq!(
        summary.questions[&10],
        QuestionSummary::Matrix {
            count: 2,
            cells: BTreeMap::from([
                (0, BTreeMap::from([(1, 2)])),
                (1, BTreeMap::from([(2, 1)])),
                (2, BTreeMap::from([(0, 1)])),
            ])
        }
    );
}

const WORDS: [&str; 6] = ["quick", "slow", "Friendly", "rude", "clean", "the"];

fn any_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(0usize..WORDS.len(), 0..5).prop_map(|words| {
        words
            .into_iter()
            .map(|w| WORDS[w])
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// Any answer of each kind a survey can hold, keyed by its question: stars
/// (1), one choice with Other (2), long text (3), checkboxes (4), a scale
/// (5), NPS (6), a number (7), a date (8), a ranking (9), a matrix (10), a
/// dropdown (11) and short text (12).
fn any_answers() -> impl Strategy<Value = Vec<(i64, AnswerValue)>> {
    let choice = prop_oneof![
        (0u16..4).prop_map(AnswerValue::Choice),
        any_text().prop_map(AnswerValue::Other),
    ];
    let checkboxes = (
        proptest::collection::btree_set(0u16..5, 0..5),
        proptest::option::of(any_text()),
    )
        .prop_map(|(selected, other)| AnswerValue::Choices {
            selected: selected.into_iter().collect(),
            other,
        });
    // Negative, zero, tiny and huge numbers, so every part of the sketch
    // (both signs, zeros, far-apart buckets) is exercised.
    let number = prop_oneof![
        (-1_000i64..1_000).prop_map(|n| n * Decimal::SCALE),
        -Decimal::LIMIT..=Decimal::LIMIT,
        -10i64..10,
        Just(0),
    ]
    .prop_map(|micros| AnswerValue::Number(Decimal::from_micros(micros).unwrap()));
    let date = (20_000i32..20_400)
        .prop_map(|days| AnswerValue::Date(CalendarDate::from_days_since_epoch(days).unwrap()));
    let ranking = Just(vec![0u16, 1, 2, 3])
        .prop_shuffle()
        .prop_map(AnswerValue::Ranking);
    let matrix =
        proptest::collection::vec(proptest::option::of(0u16..5), 3).prop_map(AnswerValue::Matrix);
    let kinds = (
        (
            (1u8..=5).prop_map(AnswerValue::Rating),
            choice.clone(),
            any_text().prop_map(AnswerValue::Text),
            checkboxes,
            (1u8..=7).prop_map(AnswerValue::Score),
            (0u8..=10).prop_map(AnswerValue::Score),
        ),
        (
            number,
            date,
            ranking,
            matrix,
            choice,
            any_text().prop_map(AnswerValue::Text),
        ),
    );
    // Each question answered or left out (optional ones).
    let answered = proptest::collection::vec(any::<bool>(), 12);
    (kinds, answered).prop_map(|((a, b), answered)| {
        let values = [a.0, a.1, a.2, a.3, a.4, a.5, b.0, b.1, b.2, b.3, b.4, b.5];
        (1i64..)
            .zip(values)
            .zip(answered)
            .filter(|(_, given)| *given)
            .map(|(pair, _)| pair)
            .collect()
    })
}

fn any_response() -> impl Strategy<Value = Vec<ValidAnswer>> {
    any_answers().prop_map(|answers| {
        answers
            .into_iter()
            .map(|(question, value)| answer(question, value))
            .collect()
    })
}

proptest! {
    /// For any responses, cut into batches anywhere and merged in any
    /// order, the result equals the summary computed at once.
    #[test]
    fn any_split_merged_in_any_order_equals_the_summary_at_once(
        responses in proptest::collection::vec(any_response(), 0..40),
        cuts in proptest::collection::vec(any::<bool>(), 40),
        order in any::<u64>(),
    ) {
        let expected = summary_at_once(&responses);
        let mut batches: Vec<SurveySummary> = Vec::new();
        let mut current = SurveySummary::default();
        for (r, cut) in responses.iter().zip(&cuts) {
            current.merge(&SurveySummary::of_response(r));
            if *cut {
                batches.push(std::mem::take(&mut current));
            }
        }
        batches.push(current);
        // A permutation chosen by `order` (Fisher-Yates on its digits).
        let mut seed = order;
        for i in (1..batches.len()).rev() {
            let j = (seed % (i as u64 + 1)) as usize;
            seed = seed.rotate_left(7) ^ 0x9E37_79B9_7F4A_7C15;
            batches.swap(i, j);
        }
        let mut merged = SurveySummary::default();
        for batch in &batches {
            // Each batch is stored as JSON between merges.
            let stored = serde_json::to_string(batch).unwrap();
            merged.merge(&serde_json::from_str(&stored).unwrap());
        }
        prop_assert_eq!(merged.responses, responses.len() as u64);
        prop_assert_eq!(merged, expected);
    }

    /// Merging is commutative, associative, and the empty summary changes
    /// nothing.
    #[test]
    fn merge_is_commutative_and_associative_with_an_identity(
        a in proptest::collection::vec(any_response(), 0..10),
        b in proptest::collection::vec(any_response(), 0..10),
        c in proptest::collection::vec(any_response(), 0..10),
    ) {
        let (sa, sb, sc) = (summary_at_once(&a), summary_at_once(&b), summary_at_once(&c));
        let mut ab = sa.clone();
        ab.merge(&sb);
        let mut ba = sb.clone();
        ba.merge(&sa);
        prop_assert_eq!(&ab, &ba);
        let mut ab_c = ab.clone();
        ab_c.merge(&sc);
        let mut bc = sb.clone();
        bc.merge(&sc);
        let mut a_bc = sa.clone();
        a_bc.merge(&bc);
        prop_assert_eq!(&ab_c, &a_bc);
        let mut same = ab.clone();
        same.merge(&SurveySummary::default());
        prop_assert_eq!(&same, &ab);
        let mut empty = SurveySummary::default();
        empty.merge(&ab);
        prop_assert_eq!(empty, ab);
    }
}
