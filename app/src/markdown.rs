//! Survey descriptions: Markdown written by subscribers, rendered to HTML and
//! sanitized with ammonia before anyone sees it. Only a small set of text
//! elements survives; links keep http(s) and mailto URLs only and open with
//! `rel="noopener noreferrer nofollow"`; no scripts, event handlers, styles
//! or raw HTML effects.

use std::collections::HashSet;

/// The sanitized HTML of `markdown`.
pub fn render_description(markdown: &str) -> String {
    let mut html = String::new();
    let parser =
        pulldown_cmark::Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_STRIKETHROUGH);
    pulldown_cmark::html::push_html(&mut html, parser);
    let tags: HashSet<&str> = [
        "p",
        "br",
        "strong",
        "em",
        "del",
        "a",
        "ul",
        "ol",
        "li",
        "blockquote",
        "code",
        "pre",
        "h3",
        "h4",
        "hr",
    ]
    .into_iter()
    .collect();
    ammonia::Builder::default()
        .tags(tags)
        .tag_attributes(Default::default())
        .generic_attributes(HashSet::new())
        .add_tag_attributes("a", ["href"])
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(&html)
        .to_string()
}

/// Text made safe anywhere in HTML, inside double- or single-quoted
/// attributes included (for HTML written by hand: emails, embed code).
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_markdown_and_keeps_links() {
        let html = render_description("Tell us **how** we did: [site](https://adatum.example).");
        assert_eq!(
            html,
            "<p>Tell us <strong>how</strong> we did: <a href=\"https://adatum.example\" rel=\"noopener noreferrer nofollow\">site</a>.</p>\n"
        );
    }

    #[test]
    fn attacks_render_inert() {
        for attack in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<p style=\"position:fixed\" onclick=\"alert(1)\">x</p>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)>",
        ] {
            let html = render_description(attack);
            for bad in [
                "<script",
                "onerror",
                "javascript:",
                "style=",
                "onclick",
                "<iframe",
                "<svg",
                "<img",
                "onload",
            ] {
                assert!(!html.contains(bad), "{attack} gave {html}");
            }
        }
        assert!(
            render_description("<script>alert(1)</script>").is_empty()
                || !render_description("<script>alert(1)</script>").contains("alert(1)</script")
        );
    }
}
