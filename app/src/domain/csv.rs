//! CSV cells for the files people open in a spreadsheet (a survey's
//! responses, usage for billing): quoted as RFC 4180 says, and defused so
//! that a spreadsheet never runs what a respondent or subscriber typed.

/// One quoted cell: quotes doubled, and a cell a spreadsheet would evaluate
/// (`=`, `+`, `-`, `@`, tab, carriage return first) prefixed with an
/// apostrophe.
pub fn csv_cell(text: &str) -> String {
    let defused = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    format!("\"{}\"", defused.replace('"', "\"\""))
}

/// One CSV line of quoted, defused cells, ending in CRLF.
pub fn csv_row<S: AsRef<str>>(cells: impl IntoIterator<Item = S>) -> String {
    let mut line = cells
        .into_iter()
        .map(|cell| csv_cell(cell.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        let row = csv_row(["plain", "say \"hi\"", "=1+1", "-2", "@cmd", "+x"]);
        assert_eq!(
            row,
            "\"plain\",\"say \"\"hi\"\"\",\"'=1+1\",\"'-2\",\"'@cmd\",\"'+x\"\r\n"
        );
        assert_eq!(csv_row(["a,b\nc"]), "\"a,b\nc\"\r\n");
        assert_eq!(csv_cell("\tx"), "\"'\tx\"");
    }
}
