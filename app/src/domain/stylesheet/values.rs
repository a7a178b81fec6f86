//! The properties a tenant may set and what each accepts. Every accepted
//! value is written out again from what was understood (a color as
//! `#rrggbb`, a length as number and unit, a font name in quotes), never
//! copied from the input.

use cssparser::color::{parse_hash_color, parse_named_color};

use crate::i18n::Message;

/// A message without arguments in the page's language.
fn said(key: &str) -> String {
    Message::new(key).in_page_language()
}

/// A value token as read from the input (whitespace and comments dropped).
#[derive(Clone, Debug, PartialEq)]
pub(super) enum ValueToken {
    Ident(String),
    Hash(String),
    Number(f32),
    Percentage(f32),
    Dimension(f32, String),
    Str(String),
    Comma,
    Slash,
    Function(String, Vec<ValueToken>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Color,
    FontFamily,
    FontSize,
    FontWeight,
    FontStyle,
    TextAlign,
    TextDecoration,
    TextTransform,
    LineHeight,
    Margin,
    Padding,
    Border,
    BorderWidth,
    BorderStyle,
    BorderRadius,
}

/// The allow-list: property name and what it accepts.
const PROPERTIES: &[(&str, Kind)] = &[
    ("color", Kind::Color),
    ("background-color", Kind::Color),
    ("background", Kind::Color),
    ("font-family", Kind::FontFamily),
    ("font-size", Kind::FontSize),
    ("font-weight", Kind::FontWeight),
    ("font-style", Kind::FontStyle),
    ("text-align", Kind::TextAlign),
    ("text-decoration", Kind::TextDecoration),
    ("text-transform", Kind::TextTransform),
    ("line-height", Kind::LineHeight),
    ("margin", Kind::Margin),
    ("margin-top", Kind::Margin),
    ("margin-right", Kind::Margin),
    ("margin-bottom", Kind::Margin),
    ("margin-left", Kind::Margin),
    ("padding", Kind::Padding),
    ("padding-top", Kind::Padding),
    ("padding-right", Kind::Padding),
    ("padding-bottom", Kind::Padding),
    ("padding-left", Kind::Padding),
    ("border", Kind::Border),
    ("border-top", Kind::Border),
    ("border-right", Kind::Border),
    ("border-bottom", Kind::Border),
    ("border-left", Kind::Border),
    ("border-color", Kind::Color),
    ("border-width", Kind::BorderWidth),
    ("border-style", Kind::BorderStyle),
    ("border-radius", Kind::BorderRadius),
];

pub fn allowed_properties() -> impl Iterator<Item = &'static str> {
    PROPERTIES.iter().map(|(name, _)| *name)
}

/// The property's canonical name, if tenants may set it.
pub(super) fn property(name: &str) -> Option<&'static str> {
    PROPERTIES
        .iter()
        .find(|(known, _)| *known == name)
        .map(|(known, _)| *known)
}

/// The value written out again, or why it is refused.
pub(super) fn check_value(property: &str, tokens: &[ValueToken]) -> Result<String, String> {
    let kind = PROPERTIES
        .iter()
        .find(|(known, _)| *known == property)
        .map(|(_, kind)| *kind)
        .ok_or_else(|| said("msg-stylesheet-value-not-allowed"))?;
    if tokens.is_empty() {
        return Err(said("msg-stylesheet-value-missing"));
    }
    match kind {
        Kind::Color => single(tokens).and_then(color),
        Kind::FontFamily => font_family(tokens),
        Kind::FontSize => single(tokens).and_then(font_size),
        Kind::FontWeight => single(tokens).and_then(font_weight),
        Kind::FontStyle => {
            single(tokens).and_then(|t| keyword(t, &["normal", "italic", "oblique"]))
        }
        Kind::TextAlign => single(tokens)
            .and_then(|t| keyword(t, &["left", "right", "center", "justify", "start", "end"])),
        Kind::TextDecoration => text_decoration(tokens),
        Kind::TextTransform => single(tokens)
            .and_then(|t| keyword(t, &["none", "uppercase", "lowercase", "capitalize"])),
        Kind::LineHeight => single(tokens).and_then(line_height),
        Kind::Margin => one_to_four(tokens, |t| {
            keyword(t, &["auto"]).or_else(|_| length(t, true))
        }),
        Kind::Padding => one_to_four(tokens, |t| length(t, false)),
        Kind::Border => border(tokens),
        Kind::BorderWidth => one_to_four(tokens, border_width),
        Kind::BorderStyle => one_to_four(tokens, |t| keyword(t, BORDER_STYLES)),
        Kind::BorderRadius => one_to_four(tokens, |t| length(t, false)),
    }
}

const BORDER_STYLES: &[&str] = &[
    "none", "hidden", "solid", "dashed", "dotted", "double", "groove", "ridge", "inset", "outset",
];

fn single(tokens: &[ValueToken]) -> Result<&ValueToken, String> {
    match tokens {
        [one] => Ok(one),
        _ => Err(said("msg-stylesheet-single-value")),
    }
}

fn one_to_four(
    tokens: &[ValueToken],
    each: impl Fn(&ValueToken) -> Result<String, String>,
) -> Result<String, String> {
    if tokens.len() > 4 {
        return Err(said("msg-stylesheet-one-to-four-values"));
    }
    let values = tokens.iter().map(each).collect::<Result<Vec<_>, _>>()?;
    Ok(values.join(" "))
}

/// A token as the messages name it: `$kind` chooses the wording
/// (`quoted`, `number`, `percentage` or `text`), `$token` is its text.
fn describe(token: &ValueToken) -> (&'static str, String) {
    match token {
        ValueToken::Ident(name) => ("quoted", name.clone()),
        ValueToken::Hash(hash) => ("quoted", format!("#{hash}")),
        ValueToken::Number(n) => ("number", number(*n)),
        ValueToken::Percentage(p) => ("percentage", number(*p * 100.0)),
        ValueToken::Dimension(v, unit) => ("quoted", format!("{}{unit}", number(*v))),
        ValueToken::Str(_) => ("text", String::new()),
        ValueToken::Comma => ("quoted", ",".to_owned()),
        ValueToken::Slash => ("quoted", "/".to_owned()),
        ValueToken::Function(name, _) => ("quoted", format!("{name}(…)")),
    }
}

/// The message `key` about `token` (its `$kind` and `$token`).
fn about(key: &str, token: &ValueToken) -> Message {
    let (kind, text) = describe(token);
    Message::new(key).text("kind", kind).text("token", text)
}

fn keyword(token: &ValueToken, allowed: &[&str]) -> Result<String, String> {
    let not_one_of = |token: &ValueToken| {
        about("msg-stylesheet-not-one-of", token)
            .text("allowed", allowed.join(", "))
            .in_page_language()
    };
    match token {
        ValueToken::Ident(name) => {
            let name = name.to_ascii_lowercase();
            allowed
                .iter()
                .find(|k| **k == name)
                .map(|k| (*k).to_owned())
                .ok_or_else(|| not_one_of(&ValueToken::Ident(name.clone())))
        }
        other => Err(not_one_of(other)),
    }
}

/// A number without float noise: at most three decimals, no trailing zeros.
pub(super) fn number(value: f32) -> String {
    let rounded = (f64::from(value) * 1000.0).round() / 1000.0;
    let text = format!("{rounded:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".into()
    } else {
        text.into()
    }
}

const UNITS: &[&str] = &["px", "em", "rem", "pt", "vw", "vh", "ch", "ex"];
const MAX_MAGNITUDE: f32 = 10_000.0;

fn length(token: &ValueToken, negative_ok: bool) -> Result<String, String> {
    let (value, unit) = match token {
        ValueToken::Number(n) if *n == 0.0 => return Ok("0".into()),
        ValueToken::Dimension(value, unit) => (*value, unit.to_ascii_lowercase()),
        ValueToken::Percentage(p) => (*p * 100.0, "%".to_owned()),
        other => {
            return Err(about("msg-stylesheet-not-a-length", other).in_page_language());
        }
    };
    if unit != "%" && !UNITS.contains(&unit.as_str()) {
        return Err(Message::new("msg-stylesheet-unknown-unit")
            .text("unit", unit.clone())
            .text("units", UNITS.join(", "))
            .in_page_language());
    }
    if !value.is_finite() || value.abs() > MAX_MAGNITUDE {
        return Err(said("msg-stylesheet-length-out-of-range"));
    }
    if value < 0.0 && !negative_ok {
        return Err(said("msg-stylesheet-negative"));
    }
    Ok(format!("{}{unit}", number(value)))
}

fn color(token: &ValueToken) -> Result<String, String> {
    let not_a_color = || about("msg-stylesheet-not-a-color", token).in_page_language();
    let (r, g, b, alpha) = match token {
        ValueToken::Hash(hash) => parse_hash_color(hash.as_bytes()).map_err(|_| not_a_color())?,
        ValueToken::Ident(name) => {
            let name = name.to_ascii_lowercase();
            match name.as_str() {
                "transparent" | "currentcolor" => return Ok(name),
                _ => {
                    let (r, g, b) = parse_named_color(&name).map_err(|_| not_a_color())?;
                    (r, g, b, 1.0)
                }
            }
        }
        ValueToken::Function(name, args) => color_function(name, args)?,
        _ => return Err(not_a_color()),
    };
    Ok(if alpha >= 1.0 {
        format!("#{r:02x}{g:02x}{b:02x}")
    } else {
        format!("rgba({r}, {g}, {b}, {})", number(alpha.max(0.0)))
    })
}

/// `rgb()`, `rgba()`, `hsl()`, `hsla()` with commas or spaces (and `/`
/// before the alpha).
fn color_function(name: &str, args: &[ValueToken]) -> Result<(u8, u8, u8, f32), String> {
    let values: Vec<&ValueToken> = args
        .iter()
        .filter(|t| !matches!(t, ValueToken::Comma | ValueToken::Slash))
        .collect();
    let alpha = |t: Option<&&ValueToken>| -> Result<f32, String> {
        match t {
            None => Ok(1.0),
            Some(ValueToken::Number(n)) if (0.0..=1.0).contains(n) => Ok(*n),
            Some(ValueToken::Percentage(p)) if (0.0..=1.0).contains(p) => Ok(*p),
            Some(_) => Err(said("msg-stylesheet-opacity")),
        }
    };
    if !(3..=4).contains(&values.len()) {
        return Err(Message::new("msg-stylesheet-color-function-values")
            .text("name", name)
            .in_page_language());
    }
    match name {
        "rgb" | "rgba" => {
            let channel = |t: &ValueToken| -> Result<u8, String> {
                match t {
                    ValueToken::Number(n) if (0.0..=255.0).contains(n) => Ok(n.round() as u8),
                    ValueToken::Percentage(p) if (0.0..=1.0).contains(p) => {
                        Ok((p * 255.0).round() as u8)
                    }
                    _ => Err(said("msg-stylesheet-rgb-channels")),
                }
            };
            Ok((
                channel(values[0])?,
                channel(values[1])?,
                channel(values[2])?,
                alpha(values.get(3))?,
            ))
        }
        "hsl" | "hsla" => {
            let hue = match values[0] {
                ValueToken::Number(h) => *h,
                ValueToken::Dimension(h, unit) if unit.eq_ignore_ascii_case("deg") => *h,
                _ => return Err(said("msg-stylesheet-hue")),
            };
            let fraction = |t: &ValueToken| -> Result<f32, String> {
                match t {
                    ValueToken::Percentage(p) if (0.0..=1.0).contains(p) => Ok(*p),
                    _ => Err(said("msg-stylesheet-saturation-lightness")),
                }
            };
            let (r, g, b) = hsl_to_rgb(hue, fraction(values[1])?, fraction(values[2])?);
            Ok((r, g, b, alpha(values.get(3))?))
        }
        _ => Err(Message::new("msg-stylesheet-not-a-color-function")
            .text("name", name)
            .in_page_language()),
    }
}

fn hsl_to_rgb(hue: f32, saturation: f32, lightness: f32) -> (u8, u8, u8) {
    let hue = hue.rem_euclid(360.0) / 60.0;
    let chroma = (1.0 - (2.0 * lightness - 1.0).abs()) * saturation;
    let x = chroma * (1.0 - (hue % 2.0 - 1.0).abs());
    let (r, g, b) = match hue as u32 {
        0 => (chroma, x, 0.0),
        1 => (x, chroma, 0.0),
        2 => (0.0, chroma, x),
        3 => (0.0, x, chroma),
        4 => (x, 0.0, chroma),
        _ => (chroma, 0.0, x),
    };
    let m = lightness - chroma / 2.0;
    let to_byte = |v: f32| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    (to_byte(r), to_byte(g), to_byte(b))
}

const GENERIC_FAMILIES: &[&str] = &[
    "serif",
    "sans-serif",
    "monospace",
    "cursive",
    "fantasy",
    "system-ui",
];

fn font_family(tokens: &[ValueToken]) -> Result<String, String> {
    let mut families = Vec::new();
    for family in tokens.split(|t| *t == ValueToken::Comma) {
        let name = match family {
            [ValueToken::Str(name)] => name.trim().to_owned(),
            [ValueToken::Ident(one)]
                if GENERIC_FAMILIES.contains(&one.to_ascii_lowercase().as_str()) =>
            {
                families.push(one.to_ascii_lowercase());
                continue;
            }
            words
                if !words.is_empty() && words.iter().all(|w| matches!(w, ValueToken::Ident(_))) =>
            {
                words
                    .iter()
                    .map(|w| match w {
                        ValueToken::Ident(word) => word.as_str(),
                        _ => "",
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            }
            [] => return Err(said("msg-stylesheet-font-name-missing")),
            _ => return Err(said("msg-stylesheet-font-names")),
        };
        if name.is_empty()
            || name.len() > 64
            || !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
        {
            return Err(said("msg-stylesheet-font-name-characters"));
        }
        families.push(format!("\"{name}\""));
    }
    Ok(families.join(", "))
}

fn font_size(token: &ValueToken) -> Result<String, String> {
    const KEYWORDS: &[&str] = &[
        "xx-small",
        "x-small",
        "small",
        "medium",
        "large",
        "x-large",
        "xx-large",
        "xxx-large",
        "smaller",
        "larger",
    ];
    keyword(token, KEYWORDS).or_else(|_| length(token, false))
}

fn font_weight(token: &ValueToken) -> Result<String, String> {
    match token {
        ValueToken::Number(n) if (1.0..=1000.0).contains(n) && n.fract() == 0.0 => Ok(number(*n)),
        _ => keyword(token, &["normal", "bold", "bolder", "lighter"])
            .map_err(|_| said("msg-stylesheet-font-weight")),
    }
}

fn line_height(token: &ValueToken) -> Result<String, String> {
    match token {
        ValueToken::Number(n) if (0.0..=10.0).contains(n) => Ok(number(*n)),
        _ => keyword(token, &["normal"]).or_else(|_| length(token, false)),
    }
}

fn text_decoration(tokens: &[ValueToken]) -> Result<String, String> {
    const LINES: &[&str] = &["none", "underline", "overline", "line-through"];
    const STYLES: &[&str] = &["solid", "double", "dotted", "dashed", "wavy"];
    let mut parts = Vec::new();
    let (mut style, mut paint) = (false, false);
    for token in tokens {
        if let Ok(line) = keyword(token, LINES) {
            if parts.contains(&line) {
                return Err(Message::new("msg-stylesheet-given-twice")
                    .text("value", line)
                    .in_page_language());
            }
            parts.push(line);
        } else if let (false, Ok(s)) = (style, keyword(token, STYLES)) {
            style = true;
            parts.push(s);
        } else if let (false, Ok(c)) = (paint, color(token)) {
            paint = true;
            parts.push(c);
        } else {
            return Err(about("msg-stylesheet-not-a-decoration", token)
                .text("lines", LINES.join(", "))
                .in_page_language());
        }
    }
    Ok(parts.join(" "))
}

fn border_width(token: &ValueToken) -> Result<String, String> {
    keyword(token, &["thin", "medium", "thick"]).or_else(|_| length(token, false))
}

/// `border`: a width, a style and a color, each at most once, any order.
fn border(tokens: &[ValueToken]) -> Result<String, String> {
    if tokens.len() > 3 {
        return Err(said("msg-stylesheet-border-values"));
    }
    let (mut width, mut style, mut paint) = (None, None, None);
    for token in tokens {
        if let (None, Ok(s)) = (&style, keyword(token, BORDER_STYLES)) {
            style = Some(s);
        } else if let (None, Ok(w)) = (&width, border_width(token)) {
            width = Some(w);
        } else if let (None, Ok(c)) = (&paint, color(token)) {
            paint = Some(c);
        } else {
            return Err(about("msg-stylesheet-not-a-border-part", token)
                .text("styles", BORDER_STYLES.join(", "))
                .in_page_language());
        }
    }
    Ok([width, style, paint]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" "))
}
