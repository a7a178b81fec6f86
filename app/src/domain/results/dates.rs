//! Answers to a date question over time: per day when they span a month or
//! less, else per week, month or year so that the list stays readable.

use std::collections::BTreeMap;

use super::super::calendar_date::CalendarDate;
use super::labels::Labels;
use super::model::{Bar, DatesResult, Period};

/// Spans up to these many days are shown per day, week or month.
const DAYS: i32 = 31;
const WEEKS: i32 = 26 * 7;
const MONTHS: i32 = 2 * 366;
/// Longer spans list each year between the first and last answers, unless
/// there are more than this many: then only years with answers.
const YEARS: i32 = 30;

pub(super) fn dates_result(
    days: &BTreeMap<CalendarDate, u64>,
    labels: Labels,
) -> Option<DatesResult> {
    let (earliest, latest) = (*days.keys().next()?, *days.keys().next_back()?);
    let span = latest.days_since_epoch() - earliest.days_since_epoch();
    let period = match span {
        s if s < DAYS => Period::Day,
        s if s < WEEKS => Period::Week,
        s if s < MONTHS => Period::Month,
        _ => Period::Year,
    };
    let mut groups: BTreeMap<i32, u64> = BTreeMap::new();
    for (day, n) in days {
        *groups.entry(group_of(*day, period)).or_insert(0) += n;
    }
    let (first, last) = (group_of(earliest, period), group_of(latest, period));
    let every_group = period != Period::Year || last - first <= YEARS;
    let keys: Vec<i32> = if every_group {
        successive(first, last, period)
    } else {
        groups.keys().copied().collect()
    };
    let bars = keys
        .into_iter()
        .map(|key| Bar {
            label: label_of(key, period, labels),
            count: groups.get(&key).copied().unwrap_or(0),
        })
        .collect();
    Some(DatesResult {
        earliest,
        latest,
        period,
        bars,
    })
}

/// The group a day falls in: its day number, the day number of its week's
/// Monday, months since year 0 (year × 12 + month − 1), or its year.
fn group_of(day: CalendarDate, period: Period) -> i32 {
    let n = day.days_since_epoch();
    match period {
        Period::Day => n,
        // 1970-01-01 was a Thursday, three days after a Monday.
        Period::Week => n - (n + 3).rem_euclid(7),
        Period::Month => {
            let (year, month) = year_month(day);
            year * 12 + month - 1
        }
        Period::Year => year_month(day).0,
    }
}

fn year_month(day: CalendarDate) -> (i32, i32) {
    let text = day.to_string();
    let number = |range: std::ops::Range<usize>| text[range].parse::<i32>().unwrap_or(0);
    (number(0..4), number(5..7))
}

fn successive(first: i32, last: i32, period: Period) -> Vec<i32> {
    let step = if period == Period::Week { 7 } else { 1 };
    (first..=last).step_by(step).collect()
}

fn label_of(key: i32, period: Period, labels: Labels) -> String {
    let day =
        |n| CalendarDate::from_days_since_epoch(n).map_or_else(String::new, |d| d.to_string());
    match period {
        Period::Day => day(key),
        Period::Week => labels.week_of(day(key)),
        Period::Month => format!("{:04}-{:02}", key.div_euclid(12), key.rem_euclid(12) + 1),
        Period::Year => format!("{key:04}"),
    }
}
