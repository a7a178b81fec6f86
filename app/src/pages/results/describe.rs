//! The text alternatives of the charts: every figure a chart draws, in
//! words, for screen readers (and for tests, which read them).

use crate::domain::{
    Bar, DatesResult, MatrixRow, NpsResult, NumberResult, Period, RankedOption, format_plain,
    percent,
};

/// A figure such as a mean: two decimals at most.
pub fn figure(value: f64) -> String {
    format_plain(value, 2)
}

/// An estimate from the sketch: no more digits than its accuracy supports.
pub fn estimate(value: f64) -> String {
    format_plain(value, if value.abs() >= 1000.0 { 0 } else { 2 })
}

pub fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub fn options(bars: &[Bar], base: u64, several: bool, unlisted: usize) -> String {
    let mut text = bars
        .iter()
        .map(|b| format!("{}: {} ({}%)", b.label, b.count, percent(b.count, base)))
        .collect::<Vec<_>>()
        .join(", ");
    if bars.is_empty() {
        text.push_str("No answers yet");
    }
    text.push_str(&if several {
        format!(
            ". Percentages of {}, who could choose several.",
            plural(base, "respondent", "respondents")
        )
    } else {
        format!(". Percentages of {}.", plural(base, "answer", "answers"))
    });
    if unlisted > 0 {
        text.push_str(&format!(
            " {} chosen by no one.",
            plural(unlisted as u64, "option", "options")
        ));
    }
    text
}

pub fn counts(bars: &[Bar]) -> String {
    bars.iter()
        .map(|b| format!("{}: {}", b.label, b.count))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn with_mean(bars: &[Bar], mean: Option<f64>) -> String {
    match mean {
        Some(mean) => format!("{}. Mean {}.", counts(bars), figure(mean)),
        None => format!("{}. No answers yet.", counts(bars)),
    }
}

pub fn nps(nps: &NpsResult) -> String {
    let base = nps.detractors + nps.passives + nps.promoters;
    let Some(score) = nps.score else {
        return "No answers yet.".to_owned();
    };
    format!(
        "Net Promoter Score {}. Promoters (9 to 10): {} ({}%), passives (7 to 8): {} ({}%), \
         detractors (0 to 6): {} ({}%). Scores: {}.",
        signed(score),
        nps.promoters,
        percent(nps.promoters, base),
        nps.passives,
        percent(nps.passives, base),
        nps.detractors,
        percent(nps.detractors, base),
        counts(&nps.points)
    )
}

/// An NPS with its sign, as it is usually written (+23, −8, 0).
pub fn signed(score: i32) -> String {
    if score > 0 {
        format!("+{score}")
    } else if score < 0 {
        format!("\u{2212}{}", score.unsigned_abs())
    } else {
        "0".to_owned()
    }
}

pub fn number(number: &NumberResult) -> String {
    let unit = number
        .unit
        .as_deref()
        .map_or_else(String::new, |u| format!(" {u}"));
    format!(
        "Median {}{unit}, quartiles {} and {}, mean {}, lowest {}, highest {}. \
         Approximate distribution: {}.",
        estimate(number.median),
        estimate(number.q1),
        estimate(number.q3),
        figure(number.mean),
        number.min,
        number.max,
        counts(&number.bins)
    )
}

pub fn period_name(period: Period) -> &'static str {
    match period {
        Period::Day => "per day",
        Period::Week => "per week",
        Period::Month => "per month",
        Period::Year => "per year",
    }
}

pub fn dates(dates: &DatesResult) -> String {
    format!(
        "Answers {}: {}. Earliest {}, latest {}.",
        period_name(dates.period),
        counts(&dates.bars),
        dates.earliest,
        dates.latest
    )
}

pub fn ranking(ranked: &[RankedOption]) -> String {
    ranked
        .iter()
        .map(|r| match r.average {
            Some(average) => format!(
                "{}: average place {}, first for {}",
                r.label,
                figure(average),
                r.firsts
            ),
            None => format!("{}: not ranked yet", r.label),
        })
        .collect::<Vec<_>>()
        .join("; ")
        + "."
}

pub fn matrix(columns: &[String], rows: &[MatrixRow]) -> String {
    rows.iter()
        .map(|row| {
            let answered: u64 = row.counts.iter().sum();
            let cells = columns
                .iter()
                .zip(&row.counts)
                .map(|(column, n)| format!("{column} {n} ({}%)", percent(*n, answered)))
                .collect::<Vec<_>>()
                .join(", ");
            format!("{}: {cells}", row.label)
        })
        .collect::<Vec<_>>()
        .join("; ")
        + "."
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str, count: u64) -> Bar {
        Bar {
            label: label.to_owned(),
            count,
        }
    }

    #[test]
    fn descriptions_carry_every_figure() {
        assert_eq!(
            options(&[bar("Red", 2), bar("Other", 1)], 2, true, 0),
            "Red: 2 (100%), Other: 1 (50%). Percentages of 2 respondents, who could choose several."
        );
        assert_eq!(
            options(&[bar("Phone", 1)], 1, false, 3),
            "Phone: 1 (100%). Percentages of 1 answer. 3 options chosen by no one."
        );
        let result = NpsResult {
            detractors: 1,
            passives: 0,
            promoters: 2,
            score: Some(33),
            points: vec![bar("0", 1), bar("10", 2)],
            mean: None,
        };
        assert_eq!(
            nps(&result),
            "Net Promoter Score +33. Promoters (9 to 10): 2 (67%), passives (7 to 8): 0 (0%), \
             detractors (0 to 6): 1 (33%). Scores: 0: 1, 10: 2."
        );
        assert_eq!(signed(-8), "\u{2212}8");
        assert_eq!(
            matrix(
                &["No".into(), "Yes".into()],
                &[MatrixRow {
                    label: "Food".into(),
                    counts: vec![1, 3]
                }]
            ),
            "Food: No 1 (25%), Yes 3 (75%)."
        );
        assert_eq!(estimate(1234.56), "1235");
        assert_eq!(estimate(37.5), "37.5");
    }
}
