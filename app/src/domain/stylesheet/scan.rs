//! A first pass over the raw text, before any CSS parsing: characters that
//! have no business in a tenant style sheet, and blocks, strings and
//! comments that are not closed. The CSS parser would quietly close them
//! at the end of the input; a subscriber should be told instead.

use super::problem::StyleProblem;
use crate::i18n::Message;

/// A message without arguments in the page's language.
fn said(key: &str) -> String {
    Message::new(key).in_page_language()
}

pub(super) fn scan(css: &str) -> Vec<StyleProblem> {
    let mut problems = Vec::new();
    let mut open: Vec<(char, u32, u32)> = Vec::new();
    let (mut line, mut column) = (1u32, 0u32);
    let mut chars = css.chars().peekable();
    let problem = |problems: &mut Vec<StyleProblem>, line, column, message: String| {
        problems.push(StyleProblem::at(line, column, message));
    };
    while let Some(c) = chars.next() {
        column += 1;
        match c {
            '\n' => {
                line += 1;
                column = 0;
            }
            '\\' => problem(&mut problems, line, column, said("msg-stylesheet-escape")),
            '<' => problem(
                &mut problems,
                line,
                column,
                said("msg-stylesheet-angle-bracket"),
            ),
            '/' if chars.peek() == Some(&'*') => {
                let (start_line, start_column) = (line, column);
                chars.next();
                column += 1;
                let mut closed = false;
                while let Some(c) = chars.next() {
                    column += 1;
                    match c {
                        '\n' => {
                            line += 1;
                            column = 0;
                        }
                        '*' if chars.peek() == Some(&'/') => {
                            chars.next();
                            column += 1;
                            closed = true;
                            break;
                        }
                        '<' | '\\' => problem(
                            &mut problems,
                            line,
                            column,
                            said("msg-stylesheet-comment-characters"),
                        ),
                        _ => {}
                    }
                }
                if !closed {
                    problem(
                        &mut problems,
                        start_line,
                        start_column,
                        said("msg-stylesheet-comment-not-closed"),
                    );
                }
            }
            '"' | '\'' => {
                let (start_line, start_column) = (line, column);
                let mut closed = false;
                for inner in chars.by_ref() {
                    column += 1;
                    if inner == c {
                        closed = true;
                        break;
                    }
                    if inner == '\n' {
                        break;
                    }
                    if inner == '<' || inner == '\\' {
                        problem(
                            &mut problems,
                            line,
                            column,
                            said("msg-stylesheet-quote-characters"),
                        );
                    }
                }
                if !closed {
                    problem(
                        &mut problems,
                        start_line,
                        start_column,
                        said("msg-stylesheet-quote-not-closed"),
                    );
                    line += 1;
                    column = 0;
                }
            }
            '{' | '(' | '[' => open.push((c, line, column)),
            '}' | ')' | ']' => {
                let expected = match c {
                    '}' => '{',
                    ')' => '(',
                    _ => '[',
                };
                match open.pop() {
                    Some((opened, _, _)) if opened == expected => {}
                    Some((opened, l, col)) => {
                        problem(
                            &mut problems,
                            line,
                            column,
                            Message::new("msg-stylesheet-mismatch")
                                .text("closing", c.to_string())
                                .text("opening", opened.to_string())
                                .typed("line", l)
                                .typed("column", col)
                                .in_page_language(),
                        );
                    }
                    None => problem(
                        &mut problems,
                        line,
                        column,
                        Message::new("msg-stylesheet-closes-nothing")
                            .text("closing", c.to_string())
                            .in_page_language(),
                    ),
                }
            }
            c if c.is_control() && !matches!(c, '\t' | '\r' | '\u{c}') => problem(
                &mut problems,
                line,
                column,
                said("msg-stylesheet-control-characters"),
            ),
            _ => {}
        }
    }
    for (opened, l, col) in open {
        problem(
            &mut problems,
            l,
            col,
            Message::new("msg-stylesheet-never-closed")
                .text("opening", opened.to_string())
                .in_page_language(),
        );
    }
    problems
}
