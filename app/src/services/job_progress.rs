//! How a running background job reports its progress (which also renews
//! its lease).

use crate::error::AppError;

/// Where a running job reports how far it got.
pub trait JobProgress: Send {
    fn report(
        &mut self,
        done: i64,
        total: i64,
    ) -> impl Future<Output = Result<(), AppError>> + Send;
}
