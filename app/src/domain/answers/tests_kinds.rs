//! The rules of each question kind, one question at a time.

use super::*;
use crate::domain::survey::{ChoiceList, NumberRules, QuestionKind};
use crate::domain::text_format::TextFormat;
use crate::domain::{CalendarDate, Decimal};

const ID: QuestionId = QuestionId(7);

fn question(required: bool, kind: QuestionKind) -> Question {
    Question {
        id: ID,
        text: "Q".into(),
        required,
        kind,
    }
}

/// The answer to one question given `pairs`; `Err` with its message.
fn answer(
    required: bool,
    kind: QuestionKind,
    pairs: &[(&str, &str)],
) -> Result<Option<AnswerValue>, String> {
    let fields: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    match validate_plain(&[question(required, kind)], &fields) {
        Ok(mut answers) => Ok(answers.pop().map(|a| a.value)),
        Err(errors) => {
            assert!(errors.form.is_empty(), "{:?}", errors.form);
            Err(errors.for_question(ID).unwrap().english())
        }
    }
}

/// The form-level errors for `pairs`.
fn form_errors(kind: QuestionKind, pairs: &[(&str, &str)]) -> Vec<String> {
    let fields: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    validate_plain(&[question(false, kind)], &fields)
        .unwrap_err()
        .form
        .iter()
        .map(crate::i18n::Message::english)
        .collect()
}

fn d(text: &str) -> Decimal {
    Decimal::parse(text).unwrap()
}

fn list(options: &[&str], other: bool) -> ChoiceList {
    ChoiceList {
        options: options.iter().map(|o| o.to_string()).collect(),
        other,
        shuffle: false,
    }
}

fn short(max_length: u16, format: TextFormat) -> QuestionKind {
    QuestionKind::ShortText { max_length, format }
}

#[test]
fn short_text_is_one_trimmed_line_within_its_length_and_format() {
    let any = || short(5, TextFormat::Any);
    assert_eq!(
        answer(true, any(), &[("q-7", "  hello ")]),
        Ok(Some(AnswerValue::Text("hello".into())))
    );
    assert_eq!(
        answer(true, any(), &[("q-7", "a\r\nb")]),
        Err("Please keep your answer on one line.".into())
    );
    assert!(
        answer(true, any(), &[("q-7", "a\tb")])
            .unwrap_err()
            .contains("control")
    );
    assert_eq!(
        answer(true, any(), &[("q-7", "123456")]),
        Err("Please shorten your answer to at most 5 characters (it has 6).".into())
    );
    // Never beyond the one-line limit, whatever the question says.
    let long = "a".repeat(256);
    assert!(
        answer(true, short(u16::MAX, TextFormat::Any), &[("q-7", &long)])
            .unwrap_err()
            .contains("at most 255")
    );
    assert_eq!(
        answer(
            true,
            short(50, TextFormat::Email),
            &[("q-7", "not an address")]
        ),
        Err("Please enter an email address, such as name@example.com.".into())
    );
    assert!(
        answer(
            true,
            short(50, TextFormat::Email),
            &[("q-7", "a@example.com")]
        )
        .is_ok()
    );
    assert_eq!(answer(false, any(), &[("q-7", "   ")]), Ok(None));
    assert_eq!(
        answer(true, any(), &[]),
        Err("Please answer this question.".into())
    );
}

fn number_kind(
    min: Option<&str>,
    max: Option<&str>,
    step: Option<&str>,
    unit: Option<&str>,
) -> QuestionKind {
    QuestionKind::Number(NumberRules {
        min: min.map(d),
        max: max.map(d),
        step: step.map(d),
        unit: unit.map(str::to_owned),
    })
}

#[test]
fn numbers_are_exact_within_bounds_and_on_step() {
    let kg = || number_kind(Some("1"), Some("10"), None, Some("kg"));
    assert_eq!(
        answer(true, kg(), &[("q-7", "2,5")]),
        Ok(Some(AnswerValue::Number(d("2.5"))))
    );
    for bad in ["0.5", "11", "-3"] {
        assert_eq!(
            answer(true, kg(), &[("q-7", bad)]),
            Err("Please enter a number from 1 to 10 kg.".into()),
            "{bad}"
        );
    }
    for bad in ["twelve", "1e3", "1 000", "3.5.1", "-"] {
        assert_eq!(
            answer(true, kg(), &[("q-7", bad)]),
            Err("Please enter a number, such as 12 or 3.5.".into()),
            "{bad}"
        );
    }
    assert_eq!(
        answer(true, kg(), &[("q-7", "1.0000001")]),
        Err("Please enter a number with at most 6 decimal places.".into())
    );
    for huge in ["99999999999999", "-99999999999999.5"] {
        assert_eq!(
            answer(false, number_kind(None, None, None, None), &[("q-7", huge)]),
            Err("Please enter a number from -1000000000000 to 1000000000000.".into())
        );
        assert_eq!(
            answer(false, kg(), &[("q-7", huge)]),
            Err("Please enter a number from 1 to 10 kg.".into())
        );
    }
    for bad in ["--1", "+-1", "1.", ".", "1.2,3"] {
        let refused = answer(false, kg(), &[("q-7", bad)]);
        if bad == "1." {
            assert_eq!(refused, Ok(Some(AnswerValue::Number(d("1")))));
        } else {
            assert_eq!(
                refused,
                Err("Please enter a number, such as 12 or 3.5.".into()),
                "{bad}"
            );
        }
    }
    assert_eq!(
        answer(
            true,
            number_kind(Some("0"), None, None, Some("years")),
            &[("q-7", "-1")]
        ),
        Err("Please enter a number of at least 0 years.".into())
    );
    assert_eq!(
        answer(
            true,
            number_kind(None, Some("100"), None, Some("%")),
            &[("q-7", "101")]
        ),
        Err("Please enter a number of at most 100 %.".into())
    );
    assert_eq!(answer(false, kg(), &[("q-7", "")]), Ok(None));
}

#[test]
fn an_off_step_number_is_told_the_nearest_allowed_ones() {
    let halves = number_kind(None, None, Some("0.5"), Some("kg"));
    assert!(answer(true, halves.clone(), &[("q-7", "-1.5")]).is_ok());
    assert_eq!(
        answer(true, halves, &[("q-7", "2.3")]),
        Err("Please enter a number in steps of 0.5: the nearest are 2 and 2.5 kg.".into())
    );
    // Steps count from the minimum.
    let from_one = number_kind(Some("1"), Some("8"), Some("3"), None);
    assert!(answer(true, from_one.clone(), &[("q-7", "7")]).is_ok());
    assert_eq!(
        answer(true, from_one.clone(), &[("q-7", "5")]),
        Err("Please enter a number in steps of 3 from 1: the nearest are 4 and 7.".into())
    );
    // Only the nearest value inside the bounds is named.
    assert_eq!(
        answer(true, from_one, &[("q-7", "8")]),
        Err("Please enter a number in steps of 3 from 1: the nearest is 7.".into())
    );
}

fn date_kind(earliest: Option<&str>, latest: Option<&str>) -> QuestionKind {
    QuestionKind::Date {
        earliest: earliest.map(|e| CalendarDate::parse(e).unwrap()),
        latest: latest.map(|l| CalendarDate::parse(l).unwrap()),
    }
}

#[test]
fn dates_are_real_days_within_bounds() {
    let year = || date_kind(Some("2026-01-01"), Some("2026-12-31"));
    assert_eq!(
        answer(true, year(), &[("q-7", "2026-02-28")]),
        Ok(Some(AnswerValue::Date(
            CalendarDate::parse("2026-02-28").unwrap()
        )))
    );
    for bad in ["2026-02-29", "31/01/2026", "tomorrow"] {
        assert_eq!(
            answer(true, year(), &[("q-7", bad)]),
            Err("Please enter a date as year-month-day, such as 2026-03-31.".into()),
            "{bad}"
        );
    }
    assert_eq!(
        answer(true, year(), &[("q-7", "2027-01-01")]),
        Err("Please choose a date from 2026-01-01 to 2026-12-31.".into())
    );
    assert_eq!(
        answer(
            true,
            date_kind(Some("2026-01-01"), None),
            &[("q-7", "2025-12-31")]
        ),
        Err("Please choose a date on or after 2026-01-01.".into())
    );
    assert_eq!(
        answer(
            true,
            date_kind(None, Some("2026-01-01")),
            &[("q-7", "2026-01-02")]
        ),
        Err("Please choose a date on or before 2026-01-01.".into())
    );
    assert!(
        answer(
            true,
            date_kind(None, Some("2026-01-01")),
            &[("q-7", "2026-01-01")]
        )
        .is_ok()
    );
    assert_eq!(answer(false, year(), &[]), Ok(None));
}

#[test]
fn scales_and_nps_keep_to_their_points() {
    let scale = || QuestionKind::Scale {
        points: 7,
        low_label: None,
        high_label: None,
    };
    assert_eq!(
        answer(true, scale(), &[("q-7", "7")]),
        Ok(Some(AnswerValue::Score(7)))
    );
    for bad in ["0", "8", "x"] {
        assert_eq!(
            answer(true, scale(), &[("q-7", bad)]),
            Err("Please choose a number from 1 to 7.".into())
        );
    }
    let nps = || QuestionKind::Nps {
        low_label: None,
        high_label: None,
    };
    // Zero is an answer, not an empty field.
    assert_eq!(
        answer(true, nps(), &[("q-7", "0")]),
        Ok(Some(AnswerValue::Score(0)))
    );
    assert_eq!(
        answer(true, nps(), &[("q-7", "10")]),
        Ok(Some(AnswerValue::Score(10)))
    );
    assert_eq!(
        answer(true, nps(), &[("q-7", "11")]),
        Err("Please choose a number from 0 to 10.".into())
    );
    assert_eq!(
        answer(true, nps(), &[("q-7", "")]),
        Err("Please answer this question.".into())
    );
    assert_eq!(answer(false, nps(), &[]), Ok(None));
}

#[test]
fn choice_and_dropdown_take_an_option_or_other_with_its_text() {
    for kind in [
        QuestionKind::Choice(list(&["A", "B"], true)),
        QuestionKind::Dropdown(list(&["A", "B"], true)),
    ] {
        let kind = || kind.clone();
        assert_eq!(
            answer(true, kind(), &[("q-7", "1"), ("q-7-other", "")]),
            Ok(Some(AnswerValue::Choice(1)))
        );
        assert_eq!(
            answer(true, kind(), &[("q-7", "other"), ("q-7-other", " Radio ")]),
            Ok(Some(AnswerValue::Other("Radio".into())))
        );
        assert_eq!(
            answer(true, kind(), &[("q-7", "other"), ("q-7-other", " ")]),
            Err("Please say what \"Other\" is.".into())
        );
        // Typed text with nothing chosen is Other; beside an option, ignored.
        assert_eq!(
            answer(true, kind(), &[("q-7-other", "Radio")]),
            Ok(Some(AnswerValue::Other("Radio".into())))
        );
        assert_eq!(
            answer(true, kind(), &[("q-7", "0"), ("q-7-other", "Radio")]),
            Ok(Some(AnswerValue::Choice(0)))
        );
        let long = "x".repeat(OTHER_TEXT_LIMIT + 1);
        assert!(
            answer(true, kind(), &[("q-7", "other"), ("q-7-other", &long)])
                .unwrap_err()
                .contains("at most 200")
        );
        assert!(
            answer(true, kind(), &[("q-7", "other"), ("q-7-other", "a\nb")])
                .unwrap_err()
                .contains("line breaks")
        );
        for bad in ["2", "A", "-1"] {
            assert_eq!(
                answer(true, kind(), &[("q-7", bad)]),
                Err("Please choose one of the options.".into())
            );
        }
        assert_eq!(
            answer(false, kind(), &[("q-7", ""), ("q-7-other", "")]),
            Ok(None)
        );
        assert_eq!(
            answer(true, kind(), &[("q-7", "")]),
            Err("Please answer this question.".into())
        );
    }
    // Without "Other" on offer, neither its value nor its field is accepted.
    let plain = || QuestionKind::Dropdown(list(&["A", "B"], false));
    assert_eq!(
        answer(true, plain(), &[("q-7", "other")]),
        Err("Please choose one of the options.".into())
    );
    assert_eq!(form_errors(plain(), &[("q-7-other", "x")]).len(), 1);
}

fn boxes(other: bool, min: Option<u16>, max: Option<u16>) -> QuestionKind {
    QuestionKind::Checkboxes {
        list: list(&["A", "B", "C", "D"], other),
        min_selected: min,
        max_selected: max,
    }
}

#[test]
fn checkboxes_take_distinct_options_within_the_bounds() {
    assert_eq!(
        answer(
            true,
            boxes(true, None, None),
            &[
                ("q-7", "3"),
                ("q-7", "0"),
                ("q-7", "other"),
                ("q-7-other", "E"),
            ]
        ),
        Ok(Some(AnswerValue::Choices {
            selected: vec![0, 3],
            other: Some("E".into())
        }))
    );
    assert_eq!(
        answer(
            true,
            boxes(true, None, None),
            &[("q-7", "1"), ("q-7-other", "")]
        ),
        Ok(Some(AnswerValue::Choices {
            selected: vec![1],
            other: None
        }))
    );
    // Typing the text ticks Other.
    assert_eq!(
        answer(true, boxes(true, None, None), &[("q-7-other", "E")]),
        Ok(Some(AnswerValue::Choices {
            selected: vec![],
            other: Some("E".into())
        }))
    );
    assert_eq!(
        answer(true, boxes(true, None, None), &[("q-7", "other")]),
        Err("Please say what \"Other\" is.".into())
    );
    assert_eq!(
        answer(
            true,
            boxes(false, None, None),
            &[("q-7", "1"), ("q-7", "1")]
        ),
        Err("Each option can be ticked only once.".into())
    );
    for bad in ["4", "other", "B"] {
        assert_eq!(
            answer(true, boxes(false, None, None), &[("q-7", bad)]),
            Err("Please choose only from the options.".into())
        );
    }
    // Bounds count Other as an option.
    let two_three = || boxes(true, Some(2), Some(3));
    assert_eq!(
        answer(true, two_three(), &[("q-7", "1")]),
        Err("Please tick from 2 to 3 options.".into())
    );
    assert!(
        answer(
            true,
            two_three(),
            &[("q-7", "1"), ("q-7", "other"), ("q-7-other", "E")]
        )
        .is_ok()
    );
    assert_eq!(
        answer(
            true,
            two_three(),
            &[("q-7", "0"), ("q-7", "1"), ("q-7", "2"), ("q-7-other", "E")]
        ),
        Err("Please tick from 2 to 3 options.".into())
    );
    assert_eq!(
        answer(true, boxes(false, Some(2), None), &[("q-7", "1")]),
        Err("Please tick at least 2 options.".into())
    );
    assert_eq!(
        answer(
            true,
            boxes(false, None, Some(1)),
            &[("q-7", "1"), ("q-7", "2")]
        ),
        Err("Please tick at most 1 option.".into())
    );
    assert_eq!(
        answer(true, boxes(false, Some(2), Some(2)), &[("q-7", "1")]),
        Err("Please tick exactly 2 options.".into())
    );
    // Required: at least one; optional: none is no answer, even with a minimum.
    assert_eq!(
        answer(true, boxes(false, None, None), &[]),
        Err("Please answer this question.".into())
    );
    assert_eq!(
        answer(false, boxes(true, Some(2), None), &[("q-7-other", " ")]),
        Ok(None)
    );
}

fn matrix_kind() -> QuestionKind {
    QuestionKind::Matrix {
        rows: vec!["Speed".into(), "Price".into(), "Staff".into()],
        columns: vec!["Bad".into(), "OK".into(), "Good".into()],
    }
}

#[test]
fn a_required_matrix_needs_every_row_and_an_optional_one_any() {
    let all = [("q-7-0", "2"), ("q-7-1", "0"), ("q-7-2", "1")];
    assert_eq!(
        answer(true, matrix_kind(), &all),
        Ok(Some(AnswerValue::Matrix(vec![Some(2), Some(0), Some(1)])))
    );
    assert_eq!(
        answer(true, matrix_kind(), &[("q-7-1", "0")]),
        Err("Please answer every row: 2 rows are left.".into())
    );
    assert_eq!(
        answer(true, matrix_kind(), &[("q-7-1", "0"), ("q-7-2", "0")]),
        Err("Please answer every row: 1 row is left.".into())
    );
    assert_eq!(
        answer(true, matrix_kind(), &[]),
        Err("Please answer this question.".into())
    );
    assert_eq!(
        answer(false, matrix_kind(), &[("q-7-1", "0")]),
        Ok(Some(AnswerValue::Matrix(vec![None, Some(0), None])))
    );
    assert_eq!(answer(false, matrix_kind(), &[("q-7-1", "")]), Ok(None));
    assert_eq!(
        answer(false, matrix_kind(), &[("q-7-1", "3")]),
        Err("Please choose one of the columns in each row.".into())
    );
    // A row it does not have, a plain answer field, a repeated row.
    assert_eq!(form_errors(matrix_kind(), &[("q-7-3", "0")]).len(), 1);
    assert_eq!(form_errors(matrix_kind(), &[("q-7", "0")]).len(), 1);
    assert_eq!(
        form_errors(matrix_kind(), &[("q-7-0", "0"), ("q-7-0", "1")]),
        ["The answer to question 1 was sent twice."]
    );
}

fn ranking_kind() -> QuestionKind {
    QuestionKind::Ranking {
        options: vec!["A".into(), "B".into(), "C".into()],
        shuffle: false,
    }
}

#[test]
fn a_ranking_places_every_option_once() {
    assert_eq!(
        answer(
            true,
            ranking_kind(),
            &[("q-7-0", "1"), ("q-7-1", "3"), ("q-7-2", "2")]
        ),
        Ok(Some(AnswerValue::Ranking(vec![0, 2, 1])))
    );
    let refused = Err("Give each option a different place from 1 to 3.".to_owned());
    for bad in [
        [("q-7-0", "1"), ("q-7-1", "1"), ("q-7-2", "2")],
        [("q-7-0", "1"), ("q-7-1", "2"), ("q-7-2", "4")],
        [("q-7-0", "1"), ("q-7-1", "2"), ("q-7-2", "")],
        [("q-7-0", "1"), ("q-7-1", "2"), ("q-7-2", "x")],
    ] {
        assert_eq!(answer(false, ranking_kind(), &bad), refused, "{bad:?}");
    }
    assert_eq!(
        answer(
            false,
            ranking_kind(),
            &[("q-7-0", ""), ("q-7-1", ""), ("q-7-2", "")]
        ),
        Ok(None)
    );
    assert_eq!(
        answer(true, ranking_kind(), &[("q-7-0", "")]),
        Err("Please answer this question.".into())
    );
    assert_eq!(form_errors(ranking_kind(), &[("q-7-3", "1")]).len(), 1);
    assert_eq!(form_errors(ranking_kind(), &[("q-7-other", "1")]).len(), 1);
}

#[test]
fn parts_and_other_fields_are_unknown_where_the_kind_has_none() {
    let stars = || QuestionKind::Range {
        low_label: None,
        high_label: None,
    };
    for name in ["q-7-0", "q-7-other", "q-07", "q-7-01", "q-7-x", "q-7-"] {
        assert_eq!(form_errors(stars(), &[(name, "1")]).len(), 1, "{name}");
    }
    assert_eq!(form_errors(stars(), &[("q-7", "1"), ("q-7", "2")]).len(), 1);
    assert_eq!(
        form_errors(
            QuestionKind::choice(vec!["A".into()]),
            &[("q-7", "0"), ("q-7", "0")]
        )
        .len(),
        1
    );
}

#[test]
fn every_answer_reads_as_people_expect() {
    let read = |kind: QuestionKind, value: AnswerValue| answer_text(&question(true, kind), &value);
    let scale = QuestionKind::Scale {
        points: 10,
        low_label: None,
        high_label: None,
    };
    let nps = QuestionKind::Nps {
        low_label: None,
        high_label: None,
    };
    let stars = QuestionKind::Range {
        low_label: None,
        high_label: None,
    };
    assert_eq!(read(stars, AnswerValue::Rating(3)), "3 of 5");
    assert_eq!(read(scale, AnswerValue::Score(7)), "7 of 10");
    assert_eq!(read(nps, AnswerValue::Score(9)), "9");
    let choice = QuestionKind::Choice(list(&["Phone", "Email"], true));
    assert_eq!(read(choice.clone(), AnswerValue::Choice(1)), "Email");
    assert_eq!(read(choice, AnswerValue::Other("Fax".into())), "Other: Fax");
    assert_eq!(
        read(
            boxes(true, None, None),
            AnswerValue::Choices {
                selected: vec![0, 2],
                other: Some("E".into())
            }
        ),
        "A; C; Other: E"
    );
    assert_eq!(
        read(
            number_kind(None, None, None, Some("kg")),
            AnswerValue::Number(d("2.5"))
        ),
        "2.5 kg"
    );
    assert_eq!(
        read(
            date_kind(None, None),
            AnswerValue::Date(CalendarDate::parse("2026-03-01").unwrap())
        ),
        "2026-03-01"
    );
    assert_eq!(
        read(ranking_kind(), AnswerValue::Ranking(vec![0, 2, 1])),
        "1. A; 2. C; 3. B"
    );
    assert_eq!(
        read(
            matrix_kind(),
            AnswerValue::Matrix(vec![Some(2), None, Some(0)])
        ),
        "Speed: Good; Staff: Bad"
    );
    assert_eq!(
        read(short(10, TextFormat::Any), AnswerValue::Text("hi".into())),
        "hi"
    );
}

#[test]
fn kept_values_give_back_what_each_control_showed() {
    let fields: Vec<(String, String)> = [("q-1", "0"), ("q-1", "2"), ("q-2", "x")]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    assert_eq!(kept_values(&fields, "q-1"), ["0", "2"]);
    assert_eq!(kept_value(&fields, "q-2"), Some("x"));
    assert_eq!(kept_value(&fields, "q-3"), None);
    assert_eq!(field_question("q-3-other"), Some(QuestionId(3)));
    assert_eq!(field_question("q-3-2"), Some(QuestionId(3)));
    assert_eq!(field_question("x-3"), None);
}
