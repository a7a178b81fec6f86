//! The text alternatives of the charts: every figure a chart draws, in
//! words, for screen readers (and for tests, which read them).

use crate::domain::{
    Bar, DatesResult, MatrixRow, NpsResult, NumberResult, Period, RankedOption, format_plain,
    percent,
};

/// A figure such as a mean: two decimals at most, for a message argument.
pub fn figure(value: f64) -> f64 {
    rounded(value, 2)
}

/// An estimate from the sketch: no more digits than its accuracy supports.
pub fn estimate(value: f64) -> f64 {
    rounded(value, if value.abs() >= 1000.0 { 0 } else { 2 })
}

/// `value` to at most `places` decimals, rounded as `format_plain` rounds.
fn rounded(value: f64, places: usize) -> f64 {
    format_plain(value, places).parse().unwrap_or(value)
}

/// A number standing alone (a bar's count, an axis' end), written the
/// page language's way.
pub fn number_text(value: f64) -> String {
    crate::i18n::format_number(crate::i18n::texts().language(), value)
}

/// A figure to exactly two decimals (`3.75`, `5.50`), with the page
/// language's decimal mark.
pub fn two_places(value: f64) -> String {
    let text = format!("{value:.2}");
    // The mark is the second character of a half: `0.5`, `0,5`.
    match number_text(0.5).chars().nth(1) {
        Some(mark) if mark != '.' => text.replace('.', &mark.to_string()),
        _ => text,
    }
}

/// `part` of `base` as a whole percentage (`43%`, `43 %`), for a message
/// argument.
pub fn percent_text(part: u64, base: u64) -> String {
    crate::i18n::format_percent(
        crate::i18n::texts().language(),
        percent(part, base) as f64 / 100.0,
    )
}

pub fn options(bars: &[Bar], base: u64, several: bool, unlisted: usize) -> String {
    let shares = if bars.is_empty() {
        crate::i18n::tr!("results-options-none")
    } else {
        bars.iter()
            .map(|b| {
                crate::i18n::tr!(
                    "results-option-share",
                    label = &b.label,
                    count = b.count,
                    percent = percent_text(b.count, base),
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut text = if several {
        crate::i18n::tr!("results-options-several", shares = shares, count = base)
    } else {
        crate::i18n::tr!("results-options-single", shares = shares, count = base)
    };
    if unlisted > 0 {
        text.push(' ');
        text.push_str(&crate::i18n::tr!("results-unlisted", count = unlisted));
    }
    text
}

pub fn counts(bars: &[Bar]) -> String {
    bars.iter()
        .map(|b| crate::i18n::tr!("results-count", label = &b.label, count = b.count))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn with_mean(bars: &[Bar], mean: Option<f64>) -> String {
    match mean {
        Some(mean) => crate::i18n::tr!(
            "results-with-mean",
            counts = counts(bars),
            mean = figure(mean)
        ),
        None => crate::i18n::tr!("results-without-mean", counts = counts(bars)),
    }
}

pub fn nps(nps: &NpsResult) -> String {
    let base = nps.detractors + nps.passives + nps.promoters;
    let Some(score) = nps.score else {
        return crate::i18n::tr!("results-no-answers");
    };
    crate::i18n::tr!(
        "results-nps-description",
        score = signed(score),
        promoters = nps.promoters,
        promoters_share = percent_text(nps.promoters, base),
        passives = nps.passives,
        passives_share = percent_text(nps.passives, base),
        detractors = nps.detractors,
        detractors_share = percent_text(nps.detractors, base),
        scores = counts(&nps.points),
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

/// A number question's unit as the figures carry it (` kg`), or nothing.
pub fn unit_suffix(number: &NumberResult) -> String {
    number
        .unit
        .as_deref()
        .map_or_else(String::new, |u| format!(" {u}"))
}

pub fn number(number: &NumberResult) -> String {
    crate::i18n::tr!(
        "results-number-description",
        median = estimate(number.median),
        unit = unit_suffix(number),
        q1 = estimate(number.q1),
        q3 = estimate(number.q3),
        mean = figure(number.mean),
        lowest = number.min.as_f64(),
        highest = number.max.as_f64(),
        bins = counts(&number.bins),
    )
}

/// The period's word for a message's selection (`per day`, `pro Tag`).
pub fn period_key(period: Period) -> &'static str {
    match period {
        Period::Day => "day",
        Period::Week => "week",
        Period::Month => "month",
        Period::Year => "year",
    }
}

pub fn dates(dates: &DatesResult) -> String {
    crate::i18n::tr!(
        "results-dates-description",
        period = period_key(dates.period),
        counts = counts(&dates.bars),
        earliest = dates.earliest.to_string(),
        latest = dates.latest.to_string(),
    )
}

pub fn ranking(ranked: &[RankedOption]) -> String {
    ranked
        .iter()
        .map(|r| match r.average {
            Some(average) => crate::i18n::tr!(
                "results-ranking-item",
                label = &r.label,
                average = figure(average),
                firsts = r.firsts,
            ),
            None => crate::i18n::tr!("results-ranking-unranked", label = &r.label),
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
                .map(|(column, n)| {
                    crate::i18n::tr!(
                        "results-matrix-cell",
                        column = column,
                        count = *n,
                        percent = percent_text(*n, answered),
                    )
                })
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
        assert_eq!(estimate(1234.56), 1235.0);
        assert_eq!(estimate(37.5), 37.5);
        assert_eq!(two_places(5.5), "5.50");
    }
}
