//! Tenant style sheets: the subscriber's CSS is parsed (cssparser) and only
//! rules for a fixed list of selectors that the survey pages really use,
//! with properties from an allow-list and values checked per property, are
//! accepted. What is stored and served is written out again from what was
//! understood, never the raw input. The same code runs in the browser, so
//! problems show while the subscriber types.
//!
//! Refused, each with line, column and reason: unknown selectors,
//! properties or values; `url()` in any form; `@import` and every other
//! at-rule; `expression()`; `behavior`, `-moz-binding`; escapes; anything
//! that could end the style context (`<`); unbalanced blocks.

mod problem;
mod scan;
mod values;

use cssparser::{ParseError, Parser, Token};

use crate::i18n::Message;

pub use problem::StyleProblem;
use values::ValueToken;
pub use values::allowed_properties;

pub const MAX_STYLESHEET_CHARS: usize = 20_000;
pub const MAX_RULES: usize = 200;

/// The selectors tenants may style: the survey pages' own markup (see
/// `pages/survey_form.rs`) and the page around it.
pub const ALLOWED_SELECTORS: &[&str] = &[
    "body",
    ".site-header",
    ".site-header .brand",
    "#surveyTitle",
    "#surveyTitle h1",
    "#surveyTitle .tenant-name",
    "#surveyTitle .description",
    "#surveyForm",
    "#surveyForm ol",
    "#surveyForm ol li",
    "#surveyForm .question-text",
    "#surveyForm .option",
    "#surveyForm .option label",
    "#surveyForm .option input[type=\"radio\"]",
    "#surveyForm button.primary",
    ".stars span span",
    ".stars span.rating",
    ".stars span.rating-over",
];

/// What nothing accepted may ever contain (checked on every declaration
/// written out, as a last line of defence behind the allow-lists).
pub const FORBIDDEN_IN_OUTPUT: &[&str] = &[
    "url(",
    "@",
    "expression",
    "behavior",
    "binding",
    "<",
    "\\",
    "javascript",
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StyleRule {
    pub selectors: Vec<&'static str>,
    /// Property and value, as written out.
    pub declarations: Vec<(&'static str, String)>,
}

/// A validated tenant style sheet; [`TenantStylesheet::parse`] is the only
/// way to make one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TenantStylesheet {
    rules: Vec<StyleRule>,
}

impl TenantStylesheet {
    pub fn parse(css: &str) -> Result<TenantStylesheet, Vec<StyleProblem>> {
        if css.chars().count() > MAX_STYLESHEET_CHARS {
            return Err(vec![StyleProblem::at(
                1,
                1,
                Message::new("msg-stylesheet-too-long")
                    .typed("max", MAX_STYLESHEET_CHARS)
                    .in_page_language(),
            )]);
        }
        let problems = scan::scan(css);
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut problems = Vec::new();
        let mut parser = Parser::new(css);
        let mut rules = Vec::new();
        while let Some(rule) = next_rule(&mut parser, &mut problems) {
            if let Some(rule) = rule {
                rules.push(rule);
            }
        }
        if rules.len() > MAX_RULES {
            problems.push(StyleProblem::at(
                1,
                1,
                Message::new("msg-stylesheet-too-many-rules")
                    .typed("max", MAX_RULES)
                    .in_page_language(),
            ));
        }
        if problems.is_empty() {
            Ok(TenantStylesheet { rules })
        } else {
            Err(problems)
        }
    }

    pub fn rules(&self) -> &[StyleRule] {
        &self.rules
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// The style sheet as stored and served.
    pub fn to_css(&self) -> String {
        let mut css = String::new();
        for rule in &self.rules {
            css.push_str(&rule.selectors.join(", "));
            css.push_str(" {\n");
            for (property, value) in &rule.declarations {
                css.push_str(&format!("  {property}: {value};\n"));
            }
            css.push_str("}\n");
        }
        css
    }

    /// The rules again with every selector confined to the element matching
    /// `scope` (`body` becomes the scope itself), one string per rule: what
    /// the branding page's live preview inserts into its own style sheet.
    pub fn scoped_rules(&self, scope: &str) -> Vec<String> {
        self.rules
            .iter()
            .map(|rule| {
                let selectors: Vec<String> = rule
                    .selectors
                    .iter()
                    .map(|s| match *s {
                        "body" => scope.to_owned(),
                        other => format!("{scope} {other}"),
                    })
                    .collect();
                let body: String = rule
                    .declarations
                    .iter()
                    .map(|(p, v)| format!("{p}: {v}; "))
                    .collect();
                format!("{} {{ {body}}}", selectors.join(", "))
            })
            .collect()
    }
}

/// A message without arguments in the page's language.
fn said(key: &str) -> String {
    Message::new(key).in_page_language()
}

/// Where a refused token stands, as the messages name it.
#[derive(Clone, Copy)]
enum Place {
    Selector,
    PropertyName,
    Value,
}

impl Place {
    /// The variant the messages choose by (`$place`).
    fn code(self) -> &'static str {
        match self {
            Place::Selector => "selector",
            Place::PropertyName => "property",
            Place::Value => "value",
        }
    }
}

fn location(parser: &Parser) -> (u32, u32) {
    let at = parser.current_source_location();
    (at.line + 1, at.column)
}

fn skip_whitespace(parser: &mut Parser) {
    loop {
        let state = parser.state();
        match parser.next_including_whitespace_and_comments() {
            Ok(Token::WhiteSpace(_) | Token::Comment(_)) => {}
            _ => {
                parser.reset(&state);
                return;
            }
        }
    }
}

/// `None` at the end of the input; `Some(None)` for a refused rule.
fn next_rule(parser: &mut Parser, problems: &mut Vec<StyleProblem>) -> Option<Option<StyleRule>> {
    skip_whitespace(parser);
    if parser.is_exhausted() {
        return None;
    }
    let (line, column) = location(parser);
    let mut selector = String::new();
    let mut refused = false;
    let refuse = |problems: &mut Vec<StyleProblem>, at: (u32, u32), message: String| {
        problems.push(StyleProblem::at(at.0, at.1, message));
    };
    loop {
        let at = location(parser);
        let token = match parser.next_including_whitespace() {
            Ok(token) => token.clone(),
            Err(_) => {
                refuse(
                    problems,
                    (line, column),
                    said("msg-stylesheet-rule-needs-block"),
                );
                return Some(None);
            }
        };
        match token {
            Token::CurlyBracketBlock => break,
            Token::WhiteSpace(_) => selector.push(' '),
            Token::Ident(name) => selector.push_str(&name),
            Token::IDHash(name) => {
                selector.push('#');
                selector.push_str(&name);
            }
            Token::Delim('.') => selector.push('.'),
            Token::Comma => selector.push(','),
            Token::SquareBracketBlock => {
                let attribute = parser
                    .parse_nested_block(|p| Ok::<_, ParseError<()>>(attribute_selector(p)))
                    .ok()
                    .flatten();
                match attribute {
                    Some(attribute) => selector.push_str(&attribute),
                    None => {
                        refused = true;
                        refuse(problems, at, said("msg-stylesheet-brackets"));
                    }
                }
            }
            Token::AtKeyword(name) => {
                refuse(
                    problems,
                    at,
                    Message::new("msg-stylesheet-at-rule")
                        .text("name", name.to_string())
                        .in_page_language(),
                );
                skip_at_rule(parser);
                return Some(None);
            }
            other => {
                refused = true;
                refuse(problems, at, forbidden_token(&other, Place::Selector));
            }
        }
    }
    let selectors = parse_selector_list(&selector);
    let declarations = parser
        .parse_nested_block(|p| Ok::<_, ParseError<()>>(declarations(p, problems)))
        .unwrap_or_default();
    let selectors = match selectors {
        Ok(selectors) => selectors,
        Err(message) => {
            problems.push(StyleProblem::at(line, column, message));
            return Some(None);
        }
    };
    if refused {
        return Some(None);
    }
    Some(Some(StyleRule {
        selectors,
        declarations,
    }))
}

/// Skips the rest of a refused at-rule: up to its `;` or through its block.
fn skip_at_rule(parser: &mut Parser) {
    while let Ok(token) = parser.next() {
        match token {
            Token::Semicolon => return,
            Token::CurlyBracketBlock => {
                let _ = parser.parse_nested_block(|p| {
                    while p.next().is_ok() {}
                    Ok::<_, ParseError<()>>(())
                });
                return;
            }
            _ => {}
        }
    }
}

fn attribute_selector(parser: &mut Parser) -> Option<String> {
    let name = parser.expect_ident_cloned().ok()?;
    parser.expect_delim('=').ok()?;
    let value = parser.expect_ident_or_string().ok()?.to_string();
    parser.expect_exhausted().ok()?;
    (name.eq_ignore_ascii_case("type") && value == "radio").then(|| "[type=\"radio\"]".to_owned())
}

fn parse_selector_list(text: &str) -> Result<Vec<&'static str>, String> {
    text.split(',')
        .map(|one| {
            let normalized = one.split_whitespace().collect::<Vec<_>>().join(" ");
            ALLOWED_SELECTORS
                .iter()
                .find(|allowed| **allowed == normalized)
                .copied()
                .ok_or_else(|| {
                    if normalized.is_empty() {
                        said("msg-stylesheet-selector-missing")
                    } else {
                        Message::new("msg-stylesheet-unknown-selector")
                            .text("selector", normalized)
                            .in_page_language()
                    }
                })
        })
        .collect()
}

fn forbidden_token(token: &Token, place: Place) -> String {
    let in_place = |key: &str| Message::new(key).text("place", place.code());
    match token {
        Token::Function(name) if name.eq_ignore_ascii_case("url") => said("msg-stylesheet-url"),
        Token::UnquotedUrl(_) | Token::BadUrl(_) => said("msg-stylesheet-url"),
        Token::Function(name) if name.eq_ignore_ascii_case("expression") => {
            said("msg-stylesheet-expression")
        }
        Token::Function(name) => in_place("msg-stylesheet-function")
            .text("name", name.to_string())
            .in_page_language(),
        Token::AtKeyword(name) => Message::new("msg-stylesheet-at-rule")
            .text("name", name.to_string())
            .in_page_language(),
        Token::Delim(c) => in_place("msg-stylesheet-character")
            .text("character", c.to_string())
            .in_page_language(),
        Token::Colon => in_place("msg-stylesheet-colon").in_page_language(),
        Token::Hash(name) => in_place("msg-stylesheet-hash")
            .text("name", name.to_string())
            .in_page_language(),
        Token::QuotedString(_) => in_place("msg-stylesheet-quoted").in_page_language(),
        Token::CurlyBracketBlock => said("msg-stylesheet-nested-blocks"),
        Token::BadString(_) => said("msg-stylesheet-string-not-closed"),
        _ => in_place("msg-stylesheet-unexpected").in_page_language(),
    }
}

fn declarations(
    parser: &mut Parser,
    problems: &mut Vec<StyleProblem>,
) -> Vec<(&'static str, String)> {
    let mut accepted = Vec::new();
    loop {
        skip_whitespace(parser);
        if parser.is_exhausted() {
            return accepted;
        }
        let at = location(parser);
        let name = match parser.next() {
            Ok(Token::Semicolon) => continue,
            Ok(Token::Ident(name)) => name.to_ascii_lowercase(),
            Ok(token) => {
                let token = token.clone();
                problems.push(StyleProblem::at(
                    at.0,
                    at.1,
                    match token {
                        Token::CurlyBracketBlock => said("msg-stylesheet-nested-rules"),
                        ref other => forbidden_token(other, Place::PropertyName),
                    },
                ));
                skip_declaration(parser, matches!(token, Token::CurlyBracketBlock));
                continue;
            }
            Err(_) => return accepted,
        };
        if parser.expect_colon().is_err() {
            problems.push(StyleProblem::at(
                at.0,
                at.1,
                Message::new("msg-stylesheet-needs-colon")
                    .text("property", name.clone())
                    .in_page_language(),
            ));
            skip_declaration(parser, false);
            continue;
        }
        let value = parser.parse_until_after(cssparser::Delimiter::Semicolon, |p| {
            Ok::<_, ParseError<()>>(value_tokens(p))
        });
        let value = match value {
            Ok(Ok(tokens)) => tokens,
            Ok(Err((place, message))) => {
                problems.push(StyleProblem::at(
                    place.0,
                    place.1,
                    Message::new("msg-stylesheet-value-refused")
                        .text("property", name.clone())
                        .text("problem", message)
                        .in_page_language(),
                ));
                continue;
            }
            Err(_) => {
                problems.push(StyleProblem::at(
                    at.0,
                    at.1,
                    Message::new("msg-stylesheet-value-unreadable")
                        .text("property", name.clone())
                        .in_page_language(),
                ));
                continue;
            }
        };
        let Some(property) = values::property(&name) else {
            problems.push(StyleProblem::at(at.0, at.1, unknown_property(&name)));
            continue;
        };
        match values::check_value(property, &value) {
            Ok(written) => {
                let declaration = format!("{property}: {written}").to_ascii_lowercase();
                if FORBIDDEN_IN_OUTPUT
                    .iter()
                    .any(|bad| declaration.contains(bad))
                {
                    problems.push(StyleProblem::at(
                        at.0,
                        at.1,
                        Message::new("msg-stylesheet-forbidden-word")
                            .text("property", name.clone())
                            .in_page_language(),
                    ));
                } else {
                    accepted.push((property, written));
                }
            }
            Err(message) => problems.push(StyleProblem::at(
                at.0,
                at.1,
                Message::new("msg-stylesheet-value-problem")
                    .text("property", name.clone())
                    .text("problem", message)
                    .in_page_language(),
            )),
        }
    }
}

fn skip_declaration(parser: &mut Parser, after_block: bool) {
    if after_block {
        let _ = parser.parse_nested_block(|p| {
            while p.next().is_ok() {}
            Ok::<_, ParseError<()>>(())
        });
    }
    let _ = parser.parse_until_after(cssparser::Delimiter::Semicolon, |p| {
        while p.next().is_ok() {}
        Ok::<_, ParseError<()>>(())
    });
}

fn unknown_property(name: &str) -> String {
    let key = match name {
        "behavior" | "-moz-binding" | "binding" | "-ms-behavior" => {
            "msg-stylesheet-property-runs-code"
        }
        _ if name.contains("image")
            || name.starts_with("content")
            || name.starts_with("list-style") =>
        {
            "msg-stylesheet-property-images"
        }
        _ => {
            return Message::new("msg-stylesheet-unknown-property")
                .text("property", name)
                .text(
                    "allowed",
                    allowed_properties().collect::<Vec<_>>().join(", "),
                )
                .in_page_language();
        }
    };
    Message::new(key).text("property", name).in_page_language()
}

type Refusal = ((u32, u32), String);

/// A declaration's value as tokens; `!important` and anything that is not
/// a plain value (blocks, url(), other functions) is refused with its place.
fn value_tokens(parser: &mut Parser) -> Result<Vec<ValueToken>, Refusal> {
    let mut tokens = Vec::new();
    loop {
        skip_whitespace(parser);
        let at = location(parser);
        let token = match parser.next() {
            Ok(token) => token.clone(),
            Err(_) => return Ok(tokens),
        };
        let value = match token {
            Token::Ident(name) => ValueToken::Ident(name.to_string()),
            Token::Hash(hash) | Token::IDHash(hash) => ValueToken::Hash(hash.to_string()),
            Token::Number { value, .. } => ValueToken::Number(value),
            Token::Percentage { unit_value, .. } => ValueToken::Percentage(unit_value),
            Token::Dimension { value, unit, .. } => ValueToken::Dimension(value, unit.to_string()),
            Token::QuotedString(text) => ValueToken::Str(text.to_string()),
            Token::Comma => ValueToken::Comma,
            Token::Delim('/') => ValueToken::Slash,
            Token::Delim('!') => {
                return Err((at, said("msg-stylesheet-important")));
            }
            Token::Function(name)
                if ["rgb", "rgba", "hsl", "hsla"].contains(&name.to_ascii_lowercase().as_str()) =>
            {
                let name = name.to_ascii_lowercase();
                let inner = parser
                    .parse_nested_block(|p| Ok::<_, ParseError<()>>(value_tokens(p)))
                    .map_err(|_| {
                        let message = Message::new("msg-stylesheet-function-unreadable")
                            .text("name", name.clone())
                            .in_page_language();
                        (at, message)
                    })??;
                if inner
                    .iter()
                    .any(|t| matches!(t, ValueToken::Function(..) | ValueToken::Str(_)))
                {
                    let message = Message::new("msg-stylesheet-function-numbers-only")
                        .text("name", name.clone())
                        .in_page_language();
                    return Err((at, message));
                }
                ValueToken::Function(name, inner)
            }
            other => return Err((at, forbidden_token(&other, Place::Value))),
        };
        tokens.push(value);
    }
}

#[cfg(test)]
mod tests;
