//! The one way pages put text into raw-text elements (`<title>`,
//! `<textarea>`). On the server, Leptos writes their content as it is:
//! leptos_meta pastes the title into `<head>` and tachys marks `<textarea>`
//! children "do not escape". So a title of `</title><meta …>` would end the
//! element and become markup. Here the text is escaped for the server's
//! HTML; in the browser it is set as text and stays as typed.
//!
//! `raw_text_is_escaped_everywhere` (below) fails if a page writes `<Title`
//! or a `<textarea>` with content without going through this module.

use leptos::prelude::*;
use leptos_meta::Title;

/// Text for the body of a raw-text element, escaped when rendered to HTML.
pub(crate) fn raw_text(text: String) -> String {
    if cfg!(feature = "ssr") {
        escape_raw_text(&text)
    } else {
        text
    }
}

/// `&`, `<` and `>` are all an HTML parser looks at inside `<title>` and
/// `<textarea>` (RCDATA): with them escaped no end tag can be spelled.
pub(crate) fn escape_raw_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// The document title of a page (the frame adds " · Tailspin Surveys").
#[component]
pub fn PageTitle(#[prop(into)] text: String) -> impl IntoView {
    view! { <Title text=raw_text(text) /> }
}

#[cfg(test)]
mod tests {
    use super::escape_raw_text;

    #[test]
    fn no_end_tag_survives_escaping() {
        for hostile in [
            "</title><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
            "</textarea><script>alert(1)</script>",
            "</TITLE >",
            "<!-- a",
        ] {
            let escaped = escape_raw_text(hostile);
            assert!(
                !escaped.contains('<') && !escaped.contains('>'),
                "{escaped}"
            );
        }
        assert_eq!(escape_raw_text("Q&A <3"), "Q&amp;A &lt;3");
    }

    /// Every page source: a `<Title` or a `<textarea>` with content must go
    /// through this module, so the next page cannot forget the escaping.
    #[test]
    fn raw_text_is_escaped_everywhere() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut offenders = Vec::new();
        let mut stack = vec![dir];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                if path.extension().is_none_or(|e| e != "rs") || path.ends_with("raw_text.rs") {
                    continue;
                }
                let source = std::fs::read_to_string(&path).unwrap();
                if source.contains("<Title text") {
                    offenders.push(format!(
                        "{}: <Title text=…> (use PageTitle)",
                        path.display()
                    ));
                }
                for (at, _) in source.match_indices("<textarea") {
                    let rest = &source[at..];
                    let Some(open_end) = rest.find('>') else {
                        continue;
                    };
                    let Some(close) = rest.find("</textarea>") else {
                        continue;
                    };
                    let content = rest[open_end + 1..close].trim();
                    if !content.is_empty() && !content.starts_with("{raw_text(") {
                        offenders.push(format!(
                            "{}: <textarea> content `{content}` (use raw_text)",
                            path.display()
                        ));
                    }
                }
            }
        }
        assert!(offenders.is_empty(), "{}", offenders.join("\n"));
    }
}
