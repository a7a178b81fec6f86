//! One cell of the table of responses, typed so the workbook can keep
//! numbers and dates as such.

use crate::domain::{CalendarDate, Decimal, UnixMillis};

/// One cell of the table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// The response's number, a rating's stars, a score, a ticked box (1 or
    /// 0), a place in a ranking: summable.
    Number(i64),
    /// A number question's answer, exact.
    Decimal(Decimal),
    /// A date question's answer.
    Date(CalendarDate),
    /// When the response arrived.
    Time(UnixMillis),
    /// Anything people typed or chose; never a formula.
    Text(String),
}

impl Cell {
    /// As written in the CSV.
    pub fn text(&self) -> String {
        match self {
            Cell::Number(n) => n.to_string(),
            Cell::Decimal(n) => n.to_string(),
            Cell::Date(d) => d.to_string(),
            Cell::Time(at) => at.time_string(),
            Cell::Text(text) => text.clone(),
        }
    }
}
