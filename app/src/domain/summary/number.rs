//! The summary of a number question: exact count, sum, minimum and maximum,
//! and a quantile sketch so that the median and quartiles need no answers.
//!
//! The sketch is DDSketch (relative accuracy [`RELATIVE_ACCURACY`]): each
//! value falls in a logarithmic bucket, and a quantile is estimated from the
//! bucket holding its rank. We take the bucket mapping from the
//! `sketches-ddsketch` crate (`Config::key`/`Config::value`, the part that
//! carries the accuracy guarantee) but keep the bucket counts ourselves, in
//! sorted maps. The crate's own `DDSketch` is not exactly mergeable for us:
//! its dense store's layout (offset, length, collapsed low buckets) depends
//! on the order values arrived in, so equal contents compare unequal; its
//! float fields (sum, min, max, gamma) do not survive JSON exactly, and a
//! sketch whose `gamma` changed by one unit in the last place refuses to
//! merge; and it writes hundreds of empty bins per question. Our maps merge
//! by adding integer counts, so any split and order gives the same summary,
//! and hold only the buckets that have answers (at most about 2,100 per
//! sign over the whole `Decimal` range, so no bucket is ever collapsed).
//! The crate version is pinned: another mapping would misread stored keys.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sketches_ddsketch::Config;

use super::super::decimal::Decimal;

/// A quantile estimate is within this fraction of the answer at its rank.
pub const RELATIVE_ACCURACY: f64 = 0.01;
/// Decimals have six places: anything smaller in magnitude is zero.
const SMALLEST: f64 = 0.000_000_5;

fn mapping() -> Config {
    // `max_num_bins` only limits the crate's own store, which we do not use.
    Config::new(RELATIVE_ACCURACY, 4096, SMALLEST)
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumberSummary {
    pub count: u64,
    /// Exact: millionths, in an `i128` so that no number of answers within
    /// the `Decimal` range overflows. Written as a string in JSON, which
    /// some readers cannot take as a number beyond 2^53.
    #[serde(with = "i128_text")]
    pub sum_micros: i128,
    pub min: Decimal,
    pub max: Decimal,
    pub sketch: QuantileSketch,
}

/// Bucket counts of a DDSketch: positive and negative values by bucket key
/// (of their magnitude), and zeros.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuantileSketch {
    #[serde(default, rename = "p", skip_serializing_if = "BTreeMap::is_empty")]
    positive: BTreeMap<i32, u64>,
    #[serde(default, rename = "n", skip_serializing_if = "BTreeMap::is_empty")]
    negative: BTreeMap<i32, u64>,
    #[serde(default, rename = "z", skip_serializing_if = "is_zero")]
    zeros: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl NumberSummary {
    pub fn of(value: Decimal) -> NumberSummary {
        let mut sketch = QuantileSketch::default();
        sketch.add(value.as_f64());
        NumberSummary {
            count: 1,
            sum_micros: i128::from(value.micros()),
            min: value,
            max: value,
            sketch,
        }
    }

    pub fn merge(&mut self, other: &NumberSummary) {
        self.count += other.count;
        self.sum_micros += other.sum_micros;
        self.min = self.min.min(other.min);
        self.max = self.max.max(other.max);
        self.sketch.merge(&other.sketch);
    }

    pub fn mean(&self) -> f64 {
        if self.count == 0 {
            return 0.0;
        }
        self.sum_micros as f64 / self.count as f64 / Decimal::SCALE as f64
    }

    /// The estimated value at quantile `q` (0 to 1): within
    /// [`RELATIVE_ACCURACY`] of the answer at rank ⌊q·(count−1)⌋, and never
    /// outside the exact minimum and maximum, which are the ends.
    pub fn quantile(&self, q: f64) -> f64 {
        let (min, max) = (self.min.as_f64(), self.max.as_f64());
        if q <= 0.0 {
            return min;
        }
        if q >= 1.0 {
            return max;
        }
        self.sketch.quantile(q).map_or(min, |v| v.clamp(min, max))
    }

    /// Every sketch bucket's estimate (kept within the exact minimum and
    /// maximum) and how many answers it holds, lowest first: enough to draw
    /// an approximate histogram.
    pub fn estimates(&self) -> Vec<(f64, u64)> {
        let (min, max) = (self.min.as_f64(), self.max.as_f64());
        self.sketch
            .buckets()
            .map(|(value, n)| (value.clamp(min, max), n))
            .collect()
    }
}

impl QuantileSketch {
    fn add(&mut self, value: f64) {
        let mapping = mapping();
        if value > SMALLEST {
            *self.positive.entry(mapping.key(value)).or_insert(0) += 1;
        } else if value < -SMALLEST {
            *self.negative.entry(mapping.key(-value)).or_insert(0) += 1;
        } else {
            self.zeros += 1;
        }
    }

    fn merge(&mut self, other: &QuantileSketch) {
        for (key, n) in &other.positive {
            *self.positive.entry(*key).or_insert(0) += n;
        }
        for (key, n) in &other.negative {
            *self.negative.entry(*key).or_insert(0) += n;
        }
        self.zeros += other.zeros;
    }

    /// Every bucket's estimate and count, from the lowest value up.
    fn buckets(&self) -> impl Iterator<Item = (f64, u64)> + '_ {
        let mapping = mapping();
        let negative = self
            .negative
            .iter()
            .rev()
            .map(move |(key, n)| (-mapping.value(*key), *n));
        let zeros = (self.zeros > 0).then_some((0.0, self.zeros));
        let positive = self
            .positive
            .iter()
            .map(move |(key, n)| (mapping.value(*key), *n));
        negative.chain(zeros).chain(positive)
    }

    fn quantile(&self, q: f64) -> Option<f64> {
        let total: u64 = self.buckets().map(|(_, n)| n).sum();
        if total == 0 {
            return None;
        }
        let rank = (q.clamp(0.0, 1.0) * (total - 1) as f64).floor() as u64;
        let mut seen = 0;
        for (value, n) in self.buckets() {
            seen += n;
            if seen > rank {
                return Some(value);
            }
        }
        None
    }
}

mod i128_text {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &i128, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&value.to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<i128, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary_of(values: &[&str]) -> NumberSummary {
        let mut values = values.iter().map(|v| Decimal::parse(v).expect("a decimal"));
        let mut summary = NumberSummary::of(values.next().expect("one value"));
        for value in values {
            summary.merge(&NumberSummary::of(value));
        }
        summary
    }

    fn close(estimate: f64, exact: f64) -> bool {
        (estimate - exact).abs() <= RELATIVE_ACCURACY * exact.abs() + 1e-9
    }

    #[test]
    fn quantiles_are_within_the_stated_accuracy() {
        let values: Vec<String> = (1..=1001)
            .map(|n| (n * 37 % 1001 + 1).to_string())
            .collect();
        let refs: Vec<&str> = values.iter().map(String::as_str).collect();
        let summary = summary_of(&refs);
        // The answers are 1..=1001: rank r holds r + 1.
        for (q, exact) in [(0.25, 251.0), (0.5, 501.0), (0.75, 751.0)] {
            let estimate = summary.quantile(q);
            assert!(close(estimate, exact), "q{q}: {estimate} vs {exact}");
        }
        assert_eq!(summary.quantile(0.0), 1.0);
        assert_eq!(summary.quantile(1.0), 1001.0);
        assert_eq!(summary.mean(), 501.0);
    }

    #[test]
    fn negative_numbers_and_zero_keep_their_order() {
        let summary = summary_of(&["-40", "-2.5", "0", "0", "3", "1200", "-0.000001"]);
        assert_eq!(summary.count, 7);
        assert_eq!(summary.sum_micros, 1_160_499_999);
        assert_eq!(summary.min, Decimal::parse("-40").unwrap());
        assert_eq!(summary.max, Decimal::parse("1200").unwrap());
        // Sorted: -40, -2.5, -0.000001, 0, 0, 3, 1200.
        assert!(close(summary.quantile(1.0 / 6.0), -2.5));
        assert_eq!(summary.quantile(0.5), 0.0);
        assert!(close(summary.quantile(5.0 / 6.0), 3.0));
        let estimates = summary.estimates();
        assert_eq!(estimates.len(), 6);
        assert_eq!(estimates[0], (-40.0, 1));
        assert_eq!(estimates[3], (0.0, 2));
        assert_eq!(estimates[5], (1200.0, 1));
    }

    #[test]
    fn the_stored_form_is_compact_and_reads_back() {
        let summary = summary_of(&["10", "10", "12.5", "-1", "0"]);
        let json = serde_json::to_string(&summary).unwrap();
        assert!(json.len() < 160, "{json}");
        assert!(json.contains(r#""sum_micros":"31500000""#), "{json}");
        assert_eq!(
            serde_json::from_str::<NumberSummary>(&json).unwrap(),
            summary
        );
    }

    #[test]
    fn the_largest_sums_stay_exact() {
        let big = Decimal::from_micros(Decimal::LIMIT).unwrap();
        let mut summary = NumberSummary::of(big);
        for _ in 0..20 {
            summary.merge(&summary.clone());
        }
        assert_eq!(summary.count, 1 << 20);
        assert_eq!(summary.sum_micros, i128::from(Decimal::LIMIT) << 20);
        let json = serde_json::to_string(&summary).unwrap();
        assert_eq!(
            serde_json::from_str::<NumberSummary>(&json).unwrap(),
            summary
        );
    }
}
