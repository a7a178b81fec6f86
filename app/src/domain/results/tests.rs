use super::*;
use crate::domain::answers::{AnswerValue, ValidAnswer};
use crate::domain::calendar_date::CalendarDate;
use crate::domain::decimal::Decimal;
use crate::domain::ids::QuestionId;
use crate::domain::summary::RELATIVE_ACCURACY;
use crate::domain::survey::NumberRules;

fn question(id: i64, kind: QuestionKind) -> Question {
    Question {
        id: QuestionId(id),
        text: format!("Question {id}"),
        required: false,
        kind,
    }
}

fn list(options: &[&str], other: bool) -> ChoiceList {
    ChoiceList {
        options: options.iter().map(|o| o.to_string()).collect(),
        other,
        shuffle: false,
    }
}

fn summary_of(responses: Vec<Vec<(i64, AnswerValue)>>) -> SurveySummary {
    let mut merged = SurveySummary::default();
    for answers in responses {
        let answers: Vec<ValidAnswer> = answers
            .into_iter()
            .map(|(q, value)| ValidAnswer {
                question: QuestionId(q),
                value,
            })
            .collect();
        merged.merge(&SurveySummary::of_response(&answers));
    }
    merged
}

#[test]
fn percentages_and_the_nps_round_once() {
    assert_eq!(percent(1, 3), 33);
    assert_eq!(percent(2, 3), 67);
    assert_eq!(percent(1, 8), 13);
    assert_eq!(percent(0, 0), 0);
    // 5 promoters, 2 detractors of 8: 62.5% − 25% = 37.5 → 38.
    assert_eq!(nps_score(5, 2, 8), Some(38));
    // The mirror image rounds away from zero too.
    assert_eq!(nps_score(2, 5, 8), Some(-38));
    // 1 of 3 each way: 33.3 − 33.3 is 0, not 33 − 33 of rounded shares.
    assert_eq!(nps_score(1, 1, 3), Some(0));
    // 2 promoters of 3: 66.7 → 67 (rounding the share first agrees here).
    assert_eq!(nps_score(2, 0, 3), Some(67));
    assert_eq!(nps_score(0, 7, 7), Some(-100));
    assert_eq!(nps_score(0, 0, 0), None);
}

#[test]
fn choice_and_checkbox_shares_have_their_own_base() {
    let questions = [
        question(1, QuestionKind::Choice(list(&["Phone", "Email"], true))),
        question(
            2,
            QuestionKind::Checkboxes {
                list: list(&["Red", "Green", "Blue"], false),
                min_selected: None,
                max_selected: None,
            },
        ),
    ];
    let ticks = |selected: Vec<u16>| AnswerValue::Choices {
        selected,
        other: None,
    };
    let merged = summary_of(vec![
        vec![(1, AnswerValue::Choice(0)), (2, ticks(vec![0, 1, 2]))],
        vec![(1, AnswerValue::Other("Fax".into())), (2, ticks(vec![1]))],
        vec![(1, AnswerValue::Choice(0))],
    ]);
    let results = question_results(&questions, &merged);
    assert_eq!((results[0].seen, results[0].answered), (3, 3));
    let ResultChart::Options {
        bars,
        base,
        several,
        ..
    } = &results[0].chart
    else {
        panic!("options")
    };
    let counts: Vec<(&str, u64)> = bars.iter().map(|b| (b.label.as_str(), b.count)).collect();
    assert_eq!(counts, [("Phone", 2), ("Email", 0), ("Other", 1)]);
    assert_eq!((*base, *several), (3, false));
    // Two respondents ticked four boxes: Green is 100% of them.
    assert_eq!((results[1].seen, results[1].answered), (3, 2));
    let ResultChart::Options {
        bars,
        base,
        several,
        ..
    } = &results[1].chart
    else {
        panic!("options")
    };
    assert_eq!((*base, *several), (2, true));
    assert_eq!(percent(bars[1].count, *base), 100);
    assert_eq!(percent(bars[0].count, *base), 50);
}

#[test]
fn long_dropdowns_list_the_chosen_options_most_chosen_first() {
    let options: Vec<String> = (1..=40).map(|i| format!("City {i}")).collect();
    let refs: Vec<&str> = options.iter().map(String::as_str).collect();
    let questions = [question(1, QuestionKind::Dropdown(list(&refs, false)))];
    let merged = summary_of(vec![
        vec![(1, AnswerValue::Choice(30))],
        vec![(1, AnswerValue::Choice(4))],
        vec![(1, AnswerValue::Choice(30))],
    ]);
    let ResultChart::Options { bars, unlisted, .. } =
        &question_results(&questions, &merged)[0].chart
    else {
        panic!("options")
    };
    let counts: Vec<(&str, u64)> = bars.iter().map(|b| (b.label.as_str(), b.count)).collect();
    assert_eq!(counts, [("City 31", 2), ("City 5", 1)]);
    assert_eq!(*unlisted, 38);
}

#[test]
fn scales_and_nps_have_a_distribution_and_a_mean() {
    let questions = [
        question(
            1,
            QuestionKind::Scale {
                points: 7,
                low_label: Some("Poor".into()),
                high_label: None,
            },
        ),
        question(
            2,
            QuestionKind::Nps {
                low_label: None,
                high_label: None,
            },
        ),
    ];
    let merged = summary_of(
        [(7, 10), (6, 9), (2, 7), (1, 0), (7, 6), (5, 10)]
            .into_iter()
            .map(|(scale, nps)| vec![(1, AnswerValue::Score(scale)), (2, AnswerValue::Score(nps))])
            .collect(),
    );
    let results = question_results(&questions, &merged);
    let ResultChart::Scale { points, mean, .. } = &results[0].chart else {
        panic!("scale")
    };
    assert_eq!(points.len(), 7);
    assert_eq!(points[6].count, 2);
    assert_eq!(*mean, Some(28.0 / 6.0));
    let ResultChart::Nps(nps) = &results[1].chart else {
        panic!("nps")
    };
    assert_eq!((nps.promoters, nps.passives, nps.detractors), (3, 1, 2));
    // 50% − 33.3% = 16.7 → 17.
    assert_eq!(nps.score, Some(17));
    assert_eq!(nps.points.len(), 11);
    assert_eq!(nps.points[10].count, 2);
}

#[test]
fn numbers_show_quartiles_within_the_sketch_accuracy() {
    let rules = NumberRules {
        min: None,
        max: None,
        step: None,
        unit: Some("kg".into()),
    };
    let questions = [question(1, QuestionKind::Number(rules))];
    // 1.5, 3, 4.5, … 150: exact quartiles at ranks 24, 49 and 74.
    let merged = summary_of(
        (1..=100)
            .map(|i| {
                let value = Decimal::from_micros(i * 1_500_000).unwrap();
                vec![(1, AnswerValue::Number(value))]
            })
            .collect(),
    );
    let result = &question_results(&questions, &merged)[0];
    assert_eq!(result.answered, 100);
    let ResultChart::Number(Some(number)) = &result.chart else {
        panic!("number")
    };
    for (estimate, exact) in [(number.q1, 37.5), (number.median, 75.0), (number.q3, 112.5)] {
        assert!(
            (estimate - exact).abs() <= RELATIVE_ACCURACY * exact,
            "{estimate} vs {exact}"
        );
    }
    assert_eq!(number.mean, 75.75);
    assert_eq!(
        (number.min.to_string(), number.max.to_string()),
        ("1.5".into(), "150".into())
    );
    assert_eq!(number.bins.len(), 10);
    assert_eq!(number.bins.iter().map(|b| b.count).sum::<u64>(), 100);
    assert_eq!(number.bins[0].label, "1.5 to 16.35");
    assert_eq!(number.unit.as_deref(), Some("kg"));
}

#[test]
fn numbers_with_a_step_get_a_column_per_value() {
    let rules = NumberRules {
        min: Some(Decimal::from_integer(0).unwrap()),
        max: Some(Decimal::from_integer(10).unwrap()),
        step: Some(Decimal::from_integer(1).unwrap()),
        unit: None,
    };
    let questions = [question(1, QuestionKind::Number(rules))];
    let merged = summary_of(
        [0, 2, 2, 3, 5]
            .into_iter()
            .map(|n| vec![(1, AnswerValue::Number(Decimal::from_integer(n).unwrap()))])
            .collect(),
    );
    let ResultChart::Number(Some(number)) = &question_results(&questions, &merged)[0].chart else {
        panic!("number")
    };
    let bins: Vec<(&str, u64)> = number
        .bins
        .iter()
        .map(|b| (b.label.as_str(), b.count))
        .collect();
    assert_eq!(
        bins,
        [("0", 1), ("1", 0), ("2", 2), ("3", 1), ("4", 0), ("5", 1)]
    );
    // Estimates are put back on the step: the median answer is exactly 2.
    assert_eq!(number.median, 2.0);
    assert_eq!(number.q3, 3.0);
}

fn day(text: &str) -> CalendarDate {
    CalendarDate::parse(text).unwrap()
}

#[test]
fn dates_are_grouped_by_how_far_they_spread() {
    let questions = [question(
        1,
        QuestionKind::Date {
            earliest: None,
            latest: None,
        },
    )];
    let result_of = |days: &[&str]| {
        let merged = summary_of(
            days.iter()
                .map(|d| vec![(1, AnswerValue::Date(day(d)))])
                .collect(),
        );
        let ResultChart::Dates(Some(dates)) =
            question_results(&questions, &merged)[0].chart.clone()
        else {
            panic!("dates")
        };
        dates
    };
    let close = result_of(&["2026-03-04", "2026-03-02", "2026-03-04"]);
    assert_eq!(close.period, Period::Day);
    assert_eq!(
        (close.earliest, close.latest),
        (day("2026-03-02"), day("2026-03-04"))
    );
    let bars: Vec<(&str, u64)> = close
        .bars
        .iter()
        .map(|b| (b.label.as_str(), b.count))
        .collect();
    assert_eq!(
        bars,
        [("2026-03-02", 1), ("2026-03-03", 0), ("2026-03-04", 2)]
    );
    // 2026-03-01 is a Sunday; 2026-03-02 a Monday.
    let weeks = result_of(&["2026-03-01", "2026-03-02", "2026-04-15"]);
    assert_eq!(weeks.period, Period::Week);
    assert_eq!(weeks.bars[0].label, "Week of 2026-02-23");
    assert_eq!((weeks.bars[0].count, weeks.bars[1].count), (1, 1));
    assert_eq!(weeks.bars.last().unwrap().label, "Week of 2026-04-13");
    let months = result_of(&["2025-08-30", "2026-03-02"]);
    assert_eq!(months.period, Period::Month);
    let labels: Vec<&str> = months.bars.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"
        ]
    );
    let years = result_of(&["1950-06-01", "1990-01-01", "1991-12-31"]);
    assert_eq!(years.period, Period::Year);
    let bars: Vec<(&str, u64)> = years
        .bars
        .iter()
        .map(|b| (b.label.as_str(), b.count))
        .collect();
    assert_eq!(bars, [("1950", 1), ("1990", 1), ("1991", 1)]);
}

#[test]
fn rankings_and_matrices() {
    let questions = [
        question(
            1,
            QuestionKind::Ranking {
                options: vec!["Price".into(), "Speed".into(), "Support".into()],
                shuffle: true,
            },
        ),
        question(
            2,
            QuestionKind::Matrix {
                rows: vec!["Food".into(), "Room".into()],
                columns: vec!["Bad".into(), "OK".into(), "Good".into()],
            },
        ),
    ];
    let merged = summary_of(vec![
        vec![
            (1, AnswerValue::Ranking(vec![1, 0, 2])),
            (2, AnswerValue::Matrix(vec![Some(2), Some(1)])),
        ],
        vec![
            (1, AnswerValue::Ranking(vec![1, 2, 0])),
            (2, AnswerValue::Matrix(vec![Some(2), None])),
        ],
        vec![(1, AnswerValue::Ranking(vec![0, 1, 2]))],
    ]);
    let results = question_results(&questions, &merged);
    let ResultChart::Ranking(ranked) = &results[0].chart else {
        panic!("ranking")
    };
    let order: Vec<(&str, Option<f64>, u64)> = ranked
        .iter()
        .map(|r| (r.label.as_str(), r.average, r.firsts))
        .collect();
    assert_eq!(
        order,
        [
            ("Speed", Some(4.0 / 3.0), 2),
            ("Price", Some(2.0), 1),
            ("Support", Some(8.0 / 3.0), 0)
        ]
    );
    assert_eq!((results[1].seen, results[1].answered), (3, 2));
    let ResultChart::Matrix { columns, rows } = &results[1].chart else {
        panic!("matrix")
    };
    assert_eq!(columns.len(), 3);
    assert_eq!(rows[0].counts, [0, 0, 2]);
    assert_eq!(rows[1].counts, [0, 1, 0]);
}

#[test]
fn questions_without_answers_show_zeros() {
    let questions = [
        question(
            1,
            QuestionKind::ShortText {
                max_length: 80,
                format: Default::default(),
            },
        ),
        question(2, QuestionKind::Number(NumberRules::default())),
    ];
    let results = question_results(&questions, &SurveySummary::default());
    assert_eq!(results[0].chart, ResultChart::Words(Vec::new()));
    assert_eq!(results[1].chart, ResultChart::Number(None));
    assert_eq!((results[1].seen, results[1].answered), (0, 0));
}
