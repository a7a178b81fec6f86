//! Figures derived from counts: percentages, the NPS, means, and a number
//! question's quartiles and histogram.

use std::collections::BTreeMap;

use super::super::decimal::Decimal;
use super::super::summary::NumberSummary;
use super::super::survey::NumberRules;
use super::labels::Labels;
use super::model::{Bar, NumberResult};

/// `part` as a whole percentage of `base` (halves rounded up); 0 of 0 is 0.
pub fn percent(part: u64, base: u64) -> u64 {
    if base == 0 {
        return 0;
    }
    (200 * u128::from(part) + u128::from(base)) as u64 / (2 * base)
}

/// The Net Promoter Score, −100 to 100: % promoters − % detractors, computed
/// from the counts and rounded once to a whole number, halves away from zero
/// (so +12.5 is 13 and −12.5 is −13, and the figure never drifts from the
/// shares shown by rounding each share first). `None` without answers.
pub fn nps_score(promoters: u64, detractors: u64, answered: u64) -> Option<i32> {
    if answered == 0 {
        return None;
    }
    let difference = 100 * (i128::from(promoters) - i128::from(detractors));
    let base = i128::from(answered);
    // Rounds |difference / base| half up, then puts the sign back.
    let magnitude = (2 * difference.abs() + base) / (2 * base);
    Some((difference.signum() * magnitude) as i32)
}

/// How many answered a scale or NPS, and their mean.
pub fn score_mean(counts: &BTreeMap<u8, u64>) -> (u64, Option<f64>) {
    let answered: u64 = counts.values().sum();
    let sum: u64 = counts.iter().map(|(p, n)| u64::from(*p) * n).sum();
    (
        answered,
        (answered > 0).then(|| sum as f64 / answered as f64),
    )
}

/// Number questions with at most this many steps between the lowest and
/// highest answers get a column per value; others this many equal columns.
const COLUMNS: usize = 10;
const MAX_VALUE_COLUMNS: usize = 20;

pub(super) fn number_result(
    summary: &NumberSummary,
    rules: &NumberRules,
    labels: Labels,
) -> NumberResult {
    NumberResult {
        count: summary.count,
        mean: summary.mean(),
        min: summary.min,
        max: summary.max,
        q1: on_step(summary.quantile(0.25), rules),
        median: on_step(summary.quantile(0.5), rules),
        q3: on_step(summary.quantile(0.75), rules),
        per_value: per_value_bins(summary, rules).is_some(),
        bins: number_bins(summary, rules, labels),
        unit: rules.unit.clone(),
    }
}

/// A histogram of the sketch's estimates: a column per possible value when
/// the question has a step and few values lie between the lowest and
/// highest answers, else equal ranges between them.
fn number_bins(summary: &NumberSummary, rules: &NumberRules, labels: Labels) -> Vec<Bar> {
    let (min, max) = (summary.min.as_f64(), summary.max.as_f64());
    let estimates = summary.estimates();
    if let Some((step, values)) = per_value_bins(summary, rules) {
        let mut counts = vec![0; values];
        for (value, n) in estimates {
            let at = ((value - min) / step).round() as usize;
            counts[at.min(values - 1)] += n;
        }
        return counts
            .into_iter()
            .enumerate()
            .map(|(i, count)| Bar {
                label: labels.number(format_plain(min + i as f64 * step, decimals_of(step))),
                count,
            })
            .collect();
    }
    if max <= min {
        return vec![Bar {
            label: labels.number(summary.min.to_string()),
            count: summary.count,
        }];
    }
    let width = (max - min) / COLUMNS as f64;
    let mut counts = [0u64; COLUMNS];
    for (value, n) in estimates {
        let at = ((value - min) / width) as usize;
        counts[at.min(COLUMNS - 1)] += n;
    }
    let places = decimals_of(width);
    counts
        .into_iter()
        .enumerate()
        .map(|(i, count)| {
            let from = min + i as f64 * width;
            let to = if i + 1 == COLUMNS { max } else { from + width };
            Bar {
                label: labels.range(format_plain(from, places), format_plain(to, places)),
                count,
            }
        })
        .collect()
}

/// The step and how many values lie on it from min to max, when that
/// is few enough for a column each.
fn per_value_bins(summary: &NumberSummary, rules: &NumberRules) -> Option<(f64, usize)> {
    let step = rules.step.filter(|s| s.micros() > 0)?.as_f64();
    let values = ((summary.max.as_f64() - summary.min.as_f64()) / step).round() as usize + 1;
    (values <= MAX_VALUE_COLUMNS).then_some((step, values))
}

/// Enough decimal places to tell apart values `width` apart (at most six).
fn decimals_of(width: f64) -> usize {
    let mut places = 0;
    while places < 6 && (width * 10f64.powi(places as i32)).fract().abs() > 1e-9 {
        places += 1;
    }
    places
}

/// `value` with at most `places` decimals, trailing zeros removed.
pub fn format_plain(value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    };
    if text == "-0" { "0".to_owned() } else { text }
}

/// Puts an estimate on the question's grid (its minimum, or zero, plus a
/// whole number of steps), since every answer lies on it.
fn on_step(value: f64, rules: &NumberRules) -> f64 {
    match rules.step {
        Some(step) if step.micros() > 0 => {
            let start = rules.min.map_or(0.0, Decimal::as_f64);
            let step = step.as_f64();
            start + ((value - start) / step).round() * step
        }
        _ => value,
    }
}
