//! Responses a tenant may receive in a calendar month (UTC). The writer
//! (`submission_writer`) adds a batch's new submissions to each tenant's
//! counter for the month in one statement, reads the totals back, keeps as
//! many as fit (in id order, so the first to arrive win), deletes the rest
//! before their answers are written, and in the same transaction marks the
//! warnings due and the tenant full. Tenants without a limit are counted
//! too, for their dashboard.

use std::collections::BTreeMap;

use crate::domain::{Plan, warning_level};

/// A submission the batch stored, with its tenant's month and limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Counted<'a> {
    pub tenant: i64,
    pub month: &'a str,
    pub id: i64,
    /// `None`: no limit.
    pub limit: Option<i64>,
}

/// (tenant, month, responses counted), as the counter's upsert returns it.
pub(super) type MonthTotal = (i64, String, i64);

/// A counter to correct, for a tenant that reached a threshold or went
/// over its limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Settle {
    pub tenant: i64,
    pub month: String,
    /// Refused submissions, taken off the counter again.
    pub over: i64,
    /// The warning now due: 80 (percent), 100 or 0.
    pub level: i64,
    /// The limit is reached: the tenant's surveys pause until next month.
    pub full: bool,
    /// The limit the batch counted against.
    pub limit: i64,
}

#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct AllowanceCheck {
    /// Submissions beyond their tenant's limit: deleted, answered "the
    /// monthly limit is reached".
    pub refused: Vec<i64>,
    pub settle: Vec<Settle>,
    /// The submission with which a tenant crossed a warning threshold.
    pub crossed: Vec<i64>,
}

/// How many each (tenant, month) adds, in key order (so that batches
/// running side by side on PostgreSQL lock counters in the same order).
pub(super) fn additions<'a>(stored: &[Counted<'a>]) -> Vec<(i64, &'a str, i64)> {
    let mut added: BTreeMap<(i64, &str), i64> = BTreeMap::new();
    for counted in stored {
        *added.entry((counted.tenant, counted.month)).or_default() += 1;
    }
    added
        .into_iter()
        .map(|((tenant, month), count)| (tenant, month, count))
        .collect()
}

pub(super) fn check(stored: &[Counted], totals: &[MonthTotal]) -> AllowanceCheck {
    let mut out = AllowanceCheck::default();
    for (tenant, month, total) in totals {
        let group: Vec<&Counted> = stored
            .iter()
            .filter(|c| c.tenant == *tenant && c.month == month)
            .collect();
        // The strictest, should a limit change while the batch waited.
        let Some(limit) = group.iter().filter_map(|c| c.limit).min() else {
            continue;
        };
        let mut ids: Vec<i64> = group.iter().map(|c| c.id).collect();
        ids.sort_unstable();
        let added = ids.len() as i64;
        let over = (total - limit).clamp(0, added);
        let kept = (added - over) as usize;
        out.refused.extend_from_slice(&ids[kept..]);
        let counted = total - over;
        let level = warning_level(counted, limit);
        let crossed = level > warning_level(total - added, limit);
        if over > 0 || crossed {
            out.settle.push(Settle {
                tenant: *tenant,
                month: month.clone(),
                over,
                level,
                full: counted >= limit,
                limit,
            });
        }
        if crossed && kept > 0 {
            out.crossed.push(ids[kept - 1]);
        }
    }
    out
}

/// Adds `groups` (tenant, month, count) triples, bound in order, to the
/// counters and returns their totals.
pub(super) fn count_sql(groups: usize) -> String {
    let rows: Vec<String> = (0..groups)
        .map(|g| format!("(${}, ${}, ${})", 3 * g + 1, 3 * g + 2, 3 * g + 3))
        .collect();
    format!(
        "INSERT INTO tenant_monthly_usage (tenant_id, month, responses) VALUES {} \
         ON CONFLICT (tenant_id, month) DO UPDATE \
         SET responses = tenant_monthly_usage.responses + excluded.responses \
         RETURNING tenant_id, month, responses",
        rows.join(", ")
    )
}

/// Takes refused submissions off a counter and raises its warning: `$1`
/// refused, `$2` level, `$3` tenant, `$4` month.
pub(super) const SETTLE_SQL: &str = "UPDATE tenant_monthly_usage \
     SET responses = responses - $1, \
         warning_due = CASE WHEN warning_due < $2 THEN $2 ELSE warning_due END \
     WHERE tenant_id = $3 AND month = $4";

/// A tenant's responses a month in SQL, from its `plan` and its own
/// `monthly_responses` (expressions or parameters); NULL: no limit. The
/// plans' numbers come from `Plan`, their one home.
pub(super) fn limit_sql(plan: &str, monthly_responses: &str) -> String {
    let cases: String = Plan::ALL
        .iter()
        .filter_map(|p| {
            p.monthly_responses()
                .map(|n| format!(" WHEN '{}' THEN {n}", p.code()))
        })
        .collect();
    format!("COALESCE({monthly_responses}, CASE {plan}{cases} END)")
}

/// Marks a tenant full for a month (`$1`, `$2` tenant), only while its
/// limit is still the one counted against (`$3`; a batch that read a limit
/// since raised must not pause the tenant again) and no later month is
/// marked.
pub(super) fn full_sql() -> String {
    format!(
        "UPDATE tenants SET responses_full_in = $1 WHERE id = $2 AND {} = $3 \
         AND (responses_full_in IS NULL OR responses_full_in < $1)",
        limit_sql("plan", "monthly_responses")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counted(tenant: i64, id: i64, limit: Option<i64>) -> Counted<'static> {
        Counted {
            tenant,
            month: "2026-11",
            id,
            limit,
        }
    }

    #[test]
    fn the_first_to_arrive_fill_the_month_and_the_rest_are_refused() {
        // Tenant 1: 3 of 5 counted before; four arrive, ids out of order.
        let stored = [
            counted(1, 104, Some(5)),
            counted(1, 101, Some(5)),
            counted(2, 200, None),
            counted(1, 103, Some(5)),
            counted(1, 102, Some(5)),
        ];
        let totals = [(1, "2026-11".to_owned(), 7), (2, "2026-11".to_owned(), 9)];
        let check = check(&stored, &totals);
        assert_eq!(check.refused, [103, 104]);
        assert_eq!(
            check.settle,
            [Settle {
                tenant: 1,
                month: "2026-11".into(),
                over: 2,
                level: 100,
                full: true,
                limit: 5,
            }]
        );
        assert_eq!(check.crossed, [102]);
    }

    #[test]
    fn crossing_eighty_percent_warns_once() {
        let stored = [counted(1, 10, Some(10))];
        let crossing = check(&stored, &[(1, "2026-11".into(), 8)]);
        assert!(crossing.refused.is_empty());
        assert_eq!(crossing.settle[0].level, 80);
        assert!(!crossing.settle[0].full);
        assert_eq!(crossing.crossed, [10]);
        // Already past 80 %: nothing to settle.
        assert_eq!(
            check(&stored, &[(1, "2026-11".into(), 9)]),
            AllowanceCheck::default()
        );
        // Below: nothing either.
        assert_eq!(
            check(&stored, &[(1, "2026-11".into(), 7)]),
            AllowanceCheck::default()
        );
    }

    #[test]
    fn a_full_month_or_a_lowered_limit_takes_none() {
        let stored = [counted(1, 10, Some(5)), counted(1, 11, Some(5))];
        let full = check(&stored, &[(1, "2026-11".into(), 7)]);
        assert_eq!(full.refused, [10, 11]);
        assert_eq!(full.settle[0].over, 2);
        assert!(full.settle[0].full);
        assert!(full.crossed.is_empty(), "no warning crossed: it was full");
        // 50 counted, limit lowered to 5: refused, and the counter keeps 50.
        let lowered = check(&stored, &[(1, "2026-11".into(), 52)]);
        assert_eq!(lowered.refused, [10, 11]);
        assert_eq!(lowered.settle[0].over, 2);
    }

    #[test]
    fn unlimited_tenants_are_only_counted() {
        let stored = [counted(2, 1, None)];
        assert_eq!(
            check(&stored, &[(2, "2026-11".into(), 1_000_000)]),
            AllowanceCheck::default()
        );
    }

    #[test]
    fn additions_are_grouped_in_key_order() {
        let stored = [
            counted(2, 1, None),
            counted(1, 2, Some(5)),
            Counted {
                month: "2026-12",
                ..counted(1, 3, Some(5))
            },
            counted(2, 4, None),
        ];
        assert_eq!(
            additions(&stored),
            [(1, "2026-11", 1), (1, "2026-12", 1), (2, "2026-11", 2)]
        );
    }

    #[test]
    fn levels_and_statements() {
        assert_eq!(warning_level(0, 1), 0);
        assert_eq!(warning_level(1, 1), 100);
        assert_eq!(warning_level(79, 100), 0);
        assert_eq!(warning_level(80, 100), 80);
        assert_eq!(warning_level(100, 100), 100);
        assert!(count_sql(2).contains("VALUES ($1, $2, $3), ($4, $5, $6) ON CONFLICT"));
        assert_eq!(
            limit_sql("plan", "monthly_responses"),
            "COALESCE(monthly_responses, CASE plan WHEN 'trial' THEN 100 \
             WHEN 'individual' THEN 1000 WHEN 'standard' THEN 10000 END)"
        );
    }
}
