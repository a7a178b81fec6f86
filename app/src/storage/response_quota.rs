//! Surveys that close themselves after a number of responses. The writer
//! (`submission_writer`) inserts a batch's submissions, then, for the
//! surveys with a limit, keeps only as many as fit (in id order, so the
//! first to arrive win), deletes the rest before their answers are written,
//! and closes a survey in the same transaction when the batch fills it.

/// (survey, submission id) of each submission the batch stored.
type NewSubmission = (i64, i64);
/// (survey, last response number, response limit), as read in the batch's
/// transaction.
pub(super) type Quota = (i64, i64, i64);

#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct QuotaCheck {
    /// Submissions past their survey's limit: deleted, answered "no longer
    /// accepting".
    pub refused: Vec<i64>,
    /// (survey, the submission that filled it): closed with this batch.
    pub filled: Vec<(i64, i64)>,
}

pub(super) fn check(stored: &[NewSubmission], quotas: &[Quota]) -> QuotaCheck {
    let mut out = QuotaCheck::default();
    for &(survey, last, limit) in quotas {
        let mut ids: Vec<i64> = stored
            .iter()
            .filter(|(s, _)| *s == survey)
            .map(|(_, id)| *id)
            .collect();
        ids.sort_unstable();
        let room = usize::try_from((limit - last).max(0)).unwrap_or(0);
        let kept = ids.len().min(room);
        out.refused.extend_from_slice(&ids[kept..]);
        if kept > 0 && last + kept as i64 >= limit {
            out.filled.push((survey, ids[kept - 1]));
        }
    }
    out
}

fn list(from: usize, count: usize) -> String {
    (from..from + count)
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads the quotas of `count` surveys (bound in order).
pub(super) fn quotas_sql(count: usize) -> String {
    format!(
        "SELECT id, last_response_number, response_limit FROM surveys \
         WHERE response_limit IS NOT NULL AND id IN ({})",
        list(1, count)
    )
}

/// Deletes `count` submissions that did not fit (they have no answers yet).
pub(super) fn refuse_sql(count: usize) -> String {
    format!("DELETE FROM submissions WHERE id IN ({})", list(1, count))
}

/// Closes `count` filled surveys; `$1` is the time.
pub(super) fn close_sql(count: usize) -> String {
    format!(
        "UPDATE surveys SET status = 'closed', closed_at = $1, closed_reason = 'quota', \
         quota_notice_pending = 1 WHERE status = 'published' AND id IN ({})",
        list(2, count)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_to_arrive_fill_the_quota_and_the_rest_are_refused() {
        // Survey 7: 8 of 10 taken; four arrive (ids out of order).
        let stored = [(7, 104), (7, 101), (9, 200), (7, 103), (7, 102)];
        let check = check(&stored, &[(7, 8, 10)]);
        assert_eq!(check.refused, [103, 104]);
        assert_eq!(check.filled, [(7, 102)]);
    }

    #[test]
    fn room_left_means_not_filled_and_a_full_survey_takes_none() {
        let open = check(&[(7, 101)], &[(7, 5, 10)]);
        assert_eq!(open, QuotaCheck::default());
        let full = check(&[(7, 101)], &[(7, 10, 10)]);
        assert_eq!(full.refused, [101]);
        assert!(full.filled.is_empty());
    }

    #[test]
    fn statements_number_their_parameters() {
        assert_eq!(
            close_sql(2),
            "UPDATE surveys SET status = 'closed', closed_at = $1, closed_reason = 'quota', \
             quota_notice_pending = 1 WHERE status = 'published' AND id IN ($2, $3)"
        );
        assert!(refuse_sql(3).ends_with("IN ($1, $2, $3)"));
    }
}
