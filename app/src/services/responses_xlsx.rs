//! A survey's responses as an Excel workbook: the same columns as the CSV
//! (`responses_csv::ResponseTable`), with typed cells: the response number,
//! ratings, scores, ticked boxes, places and number answers are numbers,
//! the arrival time and date answers real dates, and everything people
//! typed is a string cell, so text that looks like a formula stays
//! text. The header row is bold and stays in view. Rows go to a temporary
//! file as they are read (rust_xlsxwriter's constant-memory mode); only the
//! compressed workbook is held in memory.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::responses_csv::{Cell, response_table};
use crate::auth::TenantScope;
use crate::domain::{CalendarDate, Slug};
use crate::error::AppError;
use crate::storage::Database;

pub const CONTENT_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Rows of a worksheet, the header included (Excel's limit).
const MAX_ROWS: u32 = 1_048_576;
/// Characters of one cell (Excel's limit).
const MAX_CELL_CHARS: usize = 32_767;

pub struct ResponsesXlsx {
    pub slug: Slug,
    pub bytes: Vec<u8>,
}

pub async fn responses_xlsx(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
) -> Result<ResponsesXlsx, AppError> {
    let table = response_table(db, scope, slug).await?;
    let mut workbook = Workbook::new();
    let formats = Formats::new();
    let mut sheet = workbook
        .new_worksheet_with_constant_memory()
        .map_err(failed)?;
    sheet.set_name("Responses").map_err(failed)?;
    for (column, name) in table.columns.iter().enumerate() {
        let column = column_index(column)?;
        let width = match column {
            0 => 10.0,
            1 => 20.0,
            _ => 30.0,
        };
        sheet.set_column_width(column, width).map_err(failed)?;
        sheet
            .write_string_with_format(0, column, clip(name), &formats.header)
            .map_err(failed)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(failed)?;
    let mut row: u32 = 1;
    let mut after = None;
    while let Some(page) = table.page_after(after).await? {
        for cells in &page.rows {
            if row >= MAX_ROWS {
                return Err(AppError::BadRequest(
                    crate::i18n::Message::new("msg-xlsx-too-many").in_page_language(),
                ));
            }
            write_row(&mut sheet, row, cells, &formats).map_err(failed)?;
            row += 1;
        }
        match page.next {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    workbook.push_worksheet(sheet);
    // Compressing is the costly part: off the request threads.
    let bytes = tokio::task::spawn_blocking(move || workbook.save_to_buffer())
        .await
        .map_err(|error| {
            tracing::error!(%error, "XLSX export: the writer stopped");
            AppError::Internal
        })?
        .map_err(failed)?;
    Ok(ResponsesXlsx {
        slug: table.slug,
        bytes,
    })
}

struct Formats {
    header: Format,
    time: Format,
    date: Format,
    text: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            header: Format::new().set_bold(),
            time: Format::new().set_num_format("yyyy-mm-dd hh:mm:ss"),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            // Multi-line answers keep their line breaks in the cell.
            text: Format::new().set_text_wrap(),
        }
    }
}

fn write_row(
    sheet: &mut Worksheet,
    row: u32,
    cells: &[Cell],
    formats: &Formats,
) -> Result<(), XlsxError> {
    for (column, cell) in cells.iter().enumerate() {
        let column = u16::try_from(column).map_err(|_| XlsxError::RowColumnLimitError)?;
        match cell {
            Cell::Number(n) => {
                sheet.write_number(row, column, *n as f64)?;
            }
            // Six decimal places at most: exact enough in a double.
            Cell::Decimal(n) => {
                sheet.write_number(row, column, n.as_f64())?;
            }
            Cell::Date(day) => match excel_date(*day) {
                Some(date) => {
                    sheet.write_datetime_with_format(row, column, &date, &formats.date)?;
                }
                None => {
                    sheet.write_string(row, column, day.to_string())?;
                }
            },
            Cell::Time(at) => {
                // Milliseconds are below what the column shows.
                let at = ExcelDateTime::from_timestamp(at.0.div_euclid(1000))?;
                sheet.write_datetime_with_format(row, column, &at, &formats.time)?;
            }
            Cell::Text(text) if text.is_empty() => {}
            // A string cell, never a formula, whatever it starts with.
            Cell::Text(text) => {
                sheet.write_string_with_format(row, column, clip(text), &formats.text)?;
            }
        }
    }
    Ok(())
}

/// A calendar day as Excel's date; `None` before 1900, where Excel's dates
/// begin (such a day is written as its text, `YYYY-MM-DD`).
fn excel_date(day: CalendarDate) -> Option<ExcelDateTime> {
    let text = day.to_string();
    let part = |range: std::ops::Range<usize>| text[range].parse::<u16>().ok();
    let (year, month, day) = (part(0..4)?, part(5..7)?, part(8..10)?);
    if year < 1900 {
        return None;
    }
    ExcelDateTime::from_ymd(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?).ok()
}

fn column_index(column: usize) -> Result<u16, AppError> {
    u16::try_from(column).map_err(|_| AppError::Internal)
}

/// Excel refuses longer cells; answers are far shorter, but a cell never
/// fails the whole download.
fn clip(text: &str) -> &str {
    match text.char_indices().nth(MAX_CELL_CHARS) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

fn failed(error: XlsxError) -> AppError {
    tracing::error!(%error, "XLSX export failed");
    AppError::Internal
}

#[cfg(test)]
mod tests {
    #[test]
    fn long_text_is_clipped_to_what_excel_holds() {
        let long = "é".repeat(40_000);
        assert_eq!(super::clip(&long).chars().count(), super::MAX_CELL_CHARS);
        assert_eq!(super::clip("short"), "short");
    }

    #[test]
    fn days_before_excel_dates_begin_are_left_as_text() {
        use crate::domain::CalendarDate;
        let day = |s| super::excel_date(CalendarDate::parse(s).unwrap());
        assert!(day("1899-12-31").is_none());
        assert!(day("1900-01-01").is_some());
        assert!(day("9999-12-31").is_some());
    }
}
