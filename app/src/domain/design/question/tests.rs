use super::*;

fn input(kind: &str) -> QuestionInput {
    QuestionInput {
        text: "How was it?".into(),
        kind: kind.into(),
        ..QuestionInput::default()
    }
}

fn fields(problems: Vec<FieldProblem>) -> Vec<String> {
    problems.into_iter().map(|p| p.field).collect()
}

/// The fields refused for `input`; panics when it is accepted.
fn refused(input: QuestionInput) -> Vec<String> {
    fields(input.parse().expect_err("refused"))
}

fn kind(input: QuestionInput) -> QuestionKind {
    input.parse().expect("accepted").kind
}

fn lines(prefix: &str, n: usize) -> String {
    (1..=n)
        .map(|i| format!("{prefix} {i}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn decimal(text: &str) -> Option<Decimal> {
    Decimal::parse(text)
}

#[test]
fn free_text_defaults_to_the_hard_limit_and_checks_its_bounds() {
    assert_eq!(
        kind(input("free_text")),
        QuestionKind::FreeText { max_length: 2000 }
    );
    for bad in ["0", "2001", "ten", "-1"] {
        let with = QuestionInput {
            max_length: bad.into(),
            ..input("free_text")
        };
        assert_eq!(refused(with), ["max_length"], "{bad}");
    }
}

#[test]
fn short_text_has_a_length_up_to_255_and_a_format_from_the_list() {
    assert_eq!(
        kind(input("short_text")),
        QuestionKind::ShortText {
            max_length: SHORT_TEXT_LIMIT,
            format: TextFormat::Any
        }
    );
    let email = QuestionInput {
        max_length: " 80 ".into(),
        format: "email".into(),
        ..input("short_text")
    };
    assert_eq!(
        kind(email),
        QuestionKind::ShortText {
            max_length: 80,
            format: TextFormat::Email
        }
    );
    let any = QuestionInput {
        format: "any".into(),
        ..input("short_text")
    };
    assert!(matches!(
        kind(any),
        QuestionKind::ShortText {
            format: TextFormat::Any,
            ..
        }
    ));
    // 256 is fine for long text, not for one line.
    for bad in ["0", "256"] {
        let with = QuestionInput {
            max_length: bad.into(),
            ..input("short_text")
        };
        assert_eq!(refused(with), ["max_length"], "{bad}");
    }
    let pattern = QuestionInput {
        format: "^(a+)+$".into(),
        ..input("short_text")
    };
    assert_eq!(refused(pattern), ["format"]);
}

#[test]
fn numbers_take_optional_bounds_step_and_unit() {
    assert_eq!(
        kind(input("number")),
        QuestionKind::Number(NumberRules::default())
    );
    let weight = QuestionInput {
        min: "0".into(),
        max: "120".into(),
        step: "0,5".into(),
        unit: " kg ".into(),
        ..input("number")
    };
    assert_eq!(
        kind(weight),
        QuestionKind::Number(NumberRules {
            min: decimal("0"),
            max: decimal("120"),
            step: decimal("0.5"),
            unit: Some("kg".into()),
        })
    );
    let only_min = QuestionInput {
        min: "-10.25".into(),
        ..input("number")
    };
    assert!(only_min.parse().is_ok());
    let cases: [(&str, &str, &str, &str, &[&str]); 8] = [
        ("ten", "", "", "", &["min"]),
        ("", "1e3", "", "", &["max"]),
        ("", "", "0.0000001", "", &["step"]),
        ("5", "5", "", "", &["max"]),
        ("10", "1", "", "", &["max"]),
        ("", "", "0", "", &["step"]),
        ("", "", "-1", "", &["step"]),
        ("0", "1", "2", "", &["step"]),
    ];
    for (min, max, step, unit, expected) in cases {
        let with = QuestionInput {
            min: min.into(),
            max: max.into(),
            step: step.into(),
            unit: unit.into(),
            ..input("number")
        };
        assert_eq!(refused(with), expected, "{min} {max} {step}");
    }
    let fits = QuestionInput {
        min: "0".into(),
        max: "1".into(),
        step: "1".into(),
        ..input("number")
    };
    assert!(fits.parse().is_ok());
    let long_unit = QuestionInput {
        unit: "u".repeat(MAX_LABEL_CHARS + 1),
        ..input("number")
    };
    assert_eq!(refused(long_unit), ["unit"]);
}

#[test]
fn dates_take_optional_bounds_in_order() {
    assert_eq!(
        kind(input("date")),
        QuestionKind::Date {
            earliest: None,
            latest: None
        }
    );
    let year = QuestionInput {
        earliest: "2026-01-01".into(),
        latest: "2026-12-31".into(),
        ..input("date")
    };
    assert_eq!(
        kind(year),
        QuestionKind::Date {
            earliest: CalendarDate::parse("2026-01-01"),
            latest: CalendarDate::parse("2026-12-31"),
        }
    );
    let one_day = QuestionInput {
        earliest: "2026-03-01".into(),
        latest: "2026-03-01".into(),
        ..input("date")
    };
    assert!(one_day.parse().is_ok());
    let backwards = QuestionInput {
        earliest: "2026-03-02".into(),
        latest: "2026-03-01".into(),
        ..input("date")
    };
    assert_eq!(refused(backwards), ["latest"]);
    let wrong = QuestionInput {
        earliest: "01/03/2026".into(),
        latest: "2026-02-30".into(),
        ..input("date")
    };
    assert_eq!(refused(wrong), ["earliest", "latest"]);
}

#[test]
fn scales_have_two_to_ten_points_and_short_end_labels() {
    assert_eq!(
        kind(input("scale")),
        QuestionKind::Scale {
            points: DEFAULT_SCALE_POINTS,
            low_label: None,
            high_label: None
        }
    );
    let seven = QuestionInput {
        points: "7".into(),
        low_label: "Disagree".into(),
        high_label: "Agree".into(),
        ..input("scale")
    };
    assert_eq!(
        kind(seven),
        QuestionKind::Scale {
            points: 7,
            low_label: Some("Disagree".into()),
            high_label: Some("Agree".into())
        }
    );
    for bad in ["1", "11", "0", "seven"] {
        let with = QuestionInput {
            points: bad.into(),
            ..input("scale")
        };
        assert_eq!(refused(with), ["points"], "{bad}");
    }
    let long = QuestionInput {
        high_label: "x".repeat(MAX_LABEL_CHARS + 1),
        ..input("scale")
    };
    assert_eq!(refused(long), ["high_label"]);
}

#[test]
fn nps_and_stars_take_end_labels() {
    let nps = QuestionInput {
        low_label: "Not at all likely".into(),
        high_label: "Extremely likely".into(),
        ..input("nps")
    };
    assert_eq!(
        kind(nps),
        QuestionKind::Nps {
            low_label: Some("Not at all likely".into()),
            high_label: Some("Extremely likely".into())
        }
    );
    let long = QuestionInput {
        low_label: "x".repeat(MAX_LABEL_CHARS + 1),
        ..input("nps")
    };
    assert_eq!(refused(long), ["low_label"]);
    let stars = QuestionInput {
        high_label: "Great".into(),
        ..input("range")
    };
    assert_eq!(
        kind(stars),
        QuestionKind::Range {
            low_label: None,
            high_label: Some("Great".into())
        }
    );
    let control = QuestionInput {
        low_label: "Bad\u{7}".into(),
        ..input("range")
    };
    assert_eq!(refused(control), ["low_label"]);
}

#[test]
fn choices_need_two_to_ten_distinct_non_empty_options() {
    let ok = QuestionInput {
        options: "Phone\n\n Email \r\nChat".into(),
        other: true,
        shuffle: true,
        ..input("choice")
    };
    assert_eq!(
        kind(ok),
        QuestionKind::Choice(ChoiceList {
            options: vec!["Phone".into(), "Email".into(), "Chat".into()],
            other: true,
            shuffle: true,
        })
    );
    let long = format!("A\n{}", "x".repeat(MAX_OPTION_CHARS + 1));
    for bad in ["Only one", "A\na", &lines("Option", 11), &long] {
        let with = QuestionInput {
            options: bad.to_string(),
            ..input("choice")
        };
        assert_eq!(refused(with), ["options"], "{bad:?}");
    }
}

#[test]
fn each_kind_with_options_has_its_own_number_of_them() {
    for (code, most) in [
        ("choice", 10),
        ("ranking", 10),
        ("checkboxes", 20),
        ("dropdown", 200),
    ] {
        assert_eq!(option_bounds(code), Some((2, most)));
        let full = QuestionInput {
            options: lines("Option", most),
            ..input(code)
        };
        assert_eq!(full.parse().unwrap().kind.options().len(), most, "{code}");
        let over = QuestionInput {
            options: lines("Option", most + 1),
            ..input(code)
        };
        assert_eq!(refused(over), ["options"], "{code}");
        let one = QuestionInput {
            options: "Alone".into(),
            ..input(code)
        };
        assert_eq!(refused(one), ["options"], "{code}");
    }
    assert_eq!(option_bounds("matrix"), None);
}

#[test]
fn other_and_shuffle_apply_only_where_they_fit() {
    let ranking = QuestionInput {
        options: "A\nB".into(),
        other: true,
        shuffle: true,
        ..input("ranking")
    };
    assert_eq!(
        kind(ranking),
        QuestionKind::Ranking {
            options: vec!["A".into(), "B".into()],
            shuffle: true
        }
    );
    let dropdown = QuestionInput {
        options: "A\nB".into(),
        other: true,
        ..input("dropdown")
    };
    assert_eq!(
        kind(dropdown),
        QuestionKind::Dropdown(ChoiceList {
            options: vec!["A".into(), "B".into()],
            other: true,
            shuffle: false
        })
    );
    // Without JavaScript every kind's settings arrive: the others are ignored.
    let everything = QuestionInput {
        text: "Age".into(),
        kind: "number".into(),
        options: "Only one".into(),
        points: "99".into(),
        earliest: "never".into(),
        rows: String::new(),
        min_selected: "5".into(),
        other: true,
        shuffle: true,
        ..QuestionInput::default()
    };
    assert_eq!(
        kind(everything),
        QuestionKind::Number(NumberRules::default())
    );
}

#[test]
fn checkboxes_bound_how_many_are_ticked() {
    let options = "A\nB\nC".to_owned();
    let bounded = QuestionInput {
        options: options.clone(),
        min_selected: "1".into(),
        max_selected: "2".into(),
        ..input("checkboxes")
    };
    assert_eq!(
        kind(bounded),
        QuestionKind::Checkboxes {
            list: ChoiceList {
                options: vec!["A".into(), "B".into(), "C".into()],
                other: false,
                shuffle: false
            },
            min_selected: Some(1),
            max_selected: Some(2),
        }
    );
    let cases: [(&str, &str, bool, &[&str]); 6] = [
        ("0", "", false, &["min_selected"]),
        ("4", "", false, &["min_selected"]),
        ("", "4", false, &["max_selected"]),
        ("3", "2", false, &["max_selected"]),
        ("two", "", false, &["min_selected"]),
        ("", "5", true, &["max_selected"]),
    ];
    for (min, max, other, expected) in cases {
        let with = QuestionInput {
            options: options.clone(),
            min_selected: min.into(),
            max_selected: max.into(),
            other,
            ..input("checkboxes")
        };
        assert_eq!(refused(with), expected, "{min} {max} {other}");
    }
    // "Other" is one more box to tick.
    let all_four = QuestionInput {
        options,
        min_selected: "4".into(),
        max_selected: "4".into(),
        other: true,
        ..input("checkboxes")
    };
    assert!(all_four.parse().is_ok());
}

#[test]
fn matrices_have_statements_and_a_shared_scale() {
    let grid = QuestionInput {
        rows: "Price\nQuality\n\nService".into(),
        columns: "Disagree\nNeutral\nAgree".into(),
        ..input("matrix")
    };
    assert_eq!(
        kind(grid),
        QuestionKind::Matrix {
            rows: vec!["Price".into(), "Quality".into(), "Service".into()],
            columns: vec!["Disagree".into(), "Neutral".into(), "Agree".into()],
        }
    );
    let one_row = QuestionInput {
        rows: "Price".into(),
        columns: "No\nYes".into(),
        ..input("matrix")
    };
    assert!(one_row.parse().is_ok());
    let scale = "Bad\nGood".to_owned();
    let cases: [(String, String, &[&str]); 6] = [
        (String::new(), scale.clone(), &["rows"]),
        (lines("Row", 21), scale.clone(), &["rows"]),
        ("A\na".into(), scale.clone(), &["rows"]),
        ("A".into(), "Only".into(), &["columns"]),
        ("A".into(), lines("Point", 11), &["columns"]),
        (
            "A".into(),
            format!("Bad\n{}", "x".repeat(MAX_LABEL_CHARS + 1)),
            &["columns"],
        ),
    ];
    for (rows, columns, expected) in cases {
        let with = QuestionInput {
            rows,
            columns,
            ..input("matrix")
        };
        assert_eq!(refused(with), expected);
    }
}

#[test]
fn questions_need_text_and_a_known_kind() {
    let problems = QuestionInput {
        text: " ".into(),
        ..input("poll")
    }
    .parse()
    .unwrap_err();
    assert_eq!(fields(problems), ["text", "kind"]);
    let long = QuestionInput {
        text: "x".repeat(MAX_QUESTION_CHARS + 1),
        ..input("nps")
    };
    assert_eq!(refused(long), ["text"]);
    // Every problem is reported at once.
    let many = QuestionInput {
        text: String::new(),
        min: "x".into(),
        max: "y".into(),
        unit: "u".repeat(61),
        ..input("number")
    };
    assert_eq!(refused(many), ["text", "min", "max", "unit"]);
}

#[test]
fn every_kind_reads_back_through_its_form_fields() {
    let kinds = [
        QuestionKind::FreeText { max_length: 500 },
        QuestionKind::ShortText {
            max_length: 80,
            format: TextFormat::Url,
        },
        QuestionKind::Number(NumberRules {
            min: decimal("-5"),
            max: decimal("120.5"),
            step: decimal("0.5"),
            unit: Some("kg".into()),
        }),
        QuestionKind::Date {
            earliest: None,
            latest: CalendarDate::parse("2030-01-01"),
        },
        QuestionKind::Range {
            low_label: Some("Poor".into()),
            high_label: None,
        },
        QuestionKind::Scale {
            points: 10,
            low_label: None,
            high_label: Some("Best".into()),
        },
        QuestionKind::Nps {
            low_label: None,
            high_label: None,
        },
        QuestionKind::Choice(ChoiceList {
            options: vec!["A".into(), "B".into()],
            other: true,
            shuffle: false,
        }),
        QuestionKind::Checkboxes {
            list: ChoiceList {
                options: vec!["A".into(), "B".into(), "C".into()],
                other: false,
                shuffle: true,
            },
            min_selected: None,
            max_selected: Some(2),
        },
        QuestionKind::Dropdown(ChoiceList {
            options: (1..=150).map(|i| format!("Country {i}")).collect(),
            other: false,
            shuffle: false,
        }),
        QuestionKind::Matrix {
            rows: vec!["Price".into()],
            columns: vec!["Low".into(), "High".into()],
        },
        QuestionKind::Ranking {
            options: vec!["X".into(), "Y".into(), "Z".into()],
            shuffle: false,
        },
    ];
    assert_eq!(kinds.len(), QuestionKind::CODES.len());
    for kind in kinds {
        let draft = QuestionDraft {
            text: "Q".into(),
            required: true,
            kind,
        };
        assert_eq!(QuestionInput::from(&draft).parse().unwrap(), draft);
    }
}
