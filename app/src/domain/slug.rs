use serde::{Deserialize, Serialize};

use super::url_word::{ShapeProblem, check_url_word};

pub const SLUG_MAX_LEN: usize = 60;

/// The last segment of a survey's public URL, unique within its tenant:
/// lowercase ASCII letters, digits and single inner hyphens.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SlugError {
    #[error("the address needs 1 to {SLUG_MAX_LEN} characters")]
    Length,
    #[error("the address may only contain lowercase letters, digits and hyphens")]
    Characters,
    #[error("the address cannot start or end with a hyphen, or contain two in a row")]
    Hyphens,
    #[error("this address is reserved")]
    Reserved,
}

impl SlugError {
    /// The problem in the page's language (the `Display` text stays
    /// English, for logs and the API).
    pub fn message(&self) -> String {
        let message = match self {
            SlugError::Length => {
                crate::i18n::Message::new("msg-design-slug-length").number("max", SLUG_MAX_LEN)
            }
            SlugError::Characters => crate::i18n::Message::new("msg-design-slug-characters"),
            SlugError::Hyphens => crate::i18n::Message::new("msg-design-slug-hyphens"),
            SlugError::Reserved => crate::i18n::Message::new("msg-design-slug-reserved"),
        };
        message.in_page_language()
    }
}

impl Slug {
    pub fn parse(input: &str) -> Result<Self, SlugError> {
        if input.is_empty() || input.len() > SLUG_MAX_LEN {
            return Err(SlugError::Length);
        }
        check_url_word(input).map_err(|problem| match problem {
            ShapeProblem::Characters => SlugError::Characters,
            ShapeProblem::Hyphens => SlugError::Hyphens,
        })?;
        // `/s/{tenant}/thanks`-style paths must never be mistaken for a survey.
        if input == "thanks" {
            return Err(SlugError::Reserved);
        }
        Ok(Slug(input.to_owned()))
    }

    /// A slug suggested from a title: accents and punctuation dropped, words
    /// joined with hyphens, and a long one cut after its last whole word
    /// that fits. Falls back to `survey` when nothing is left.
    pub fn suggest(title: &str) -> Slug {
        let mut out = String::new();
        for ch in title.chars().flat_map(fold_accent) {
            if ch.is_ascii_alphanumeric() {
                out.push(ch.to_ascii_lowercase());
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        let words = out.trim_end_matches('-');
        Slug::parse(cut_at_word(words, SLUG_MAX_LEN)).unwrap_or_else(|_| Slug("survey".to_owned()))
    }

    /// This slug with `-{n}` appended (another survey has the slug
    /// itself), shortened at a word boundary so that the whole still fits.
    pub fn numbered(&self, n: u32) -> Slug {
        let suffix = format!("-{n}");
        let room = SLUG_MAX_LEN.saturating_sub(suffix.len());
        let base = cut_at_word(&self.0, room).trim_end_matches('-');
        Slug::parse(&format!("{base}{suffix}")).unwrap_or_else(|_| Slug(format!("survey{suffix}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `words` (hyphen-joined, ASCII) in at most `max` bytes: whole words
/// only, unless the first word alone is longer.
fn cut_at_word(words: &str, max: usize) -> &str {
    if words.len() <= max {
        return words;
    }
    match words[..=max].rfind('-') {
        Some(end) if end > 0 => &words[..end],
        _ => &words[..max],
    }
}

fn fold_accent(ch: char) -> std::iter::Once<char> {
    let folded = match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        other => other,
    };
    std::iter::once(folded)
}

impl TryFrom<String> for Slug {
    type Error = SlugError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Slug::parse(&value)
    }
}

impl From<Slug> for String {
    fn from(value: Slug) -> Self {
        value.0
    }
}

impl std::fmt::Display for Slug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_valid_slugs() {
        assert!(Slug::parse("customer-satisfaction").is_ok());
        assert!(Slug::parse("q3-2026").is_ok());
    }

    #[test]
    fn rejects_invalid_slugs() {
        assert_eq!(Slug::parse(""), Err(SlugError::Length));
        assert_eq!(Slug::parse(&"a".repeat(61)), Err(SlugError::Length));
        assert_eq!(Slug::parse("Customer"), Err(SlugError::Characters));
        assert_eq!(Slug::parse("a/b"), Err(SlugError::Characters));
        assert_eq!(Slug::parse("-a"), Err(SlugError::Hyphens));
        assert_eq!(Slug::parse("a--b"), Err(SlugError::Hyphens));
        assert_eq!(Slug::parse("thanks"), Err(SlugError::Reserved));
    }

    #[test]
    fn suggests_slugs_from_titles() {
        assert_eq!(
            Slug::suggest("Customer satisfaction").as_str(),
            "customer-satisfaction"
        );
        assert_eq!(
            Slug::suggest("  Qualité & Service: 2026!  ").as_str(),
            "qualite-service-2026"
        );
        assert_eq!(Slug::suggest("!!!").as_str(), "survey");
        assert!(Slug::suggest(&"word ".repeat(40)).as_str().len() <= SLUG_MAX_LEN);
    }

    #[test]
    fn long_titles_are_cut_after_a_whole_word() {
        let title = "Customer satisfaction with our new online ordering experience in 2026";
        let slug = Slug::suggest(title);
        assert_eq!(
            slug.as_str(),
            "customer-satisfaction-with-our-new-online-ordering"
        );
        // A hyphen exactly at the limit still keeps the word before it whole.
        let exact = format!("{} {}", "a".repeat(59), "tail");
        assert_eq!(Slug::suggest(&exact).as_str(), "a".repeat(59));
        let sixty = format!("{} tail", "b".repeat(60));
        assert_eq!(Slug::suggest(&sixty).as_str(), "b".repeat(60));
        // One word longer than the limit can only be cut inside.
        assert_eq!(Slug::suggest(&"x".repeat(80)).as_str(), "x".repeat(60));
    }

    #[test]
    fn numbered_slugs_fit_and_end_with_a_whole_word() {
        let slug = Slug::parse("feedback").unwrap();
        assert_eq!(slug.numbered(2).as_str(), "feedback-2");
        let long = Slug::suggest("Quarterly customer satisfaction survey of northern stores");
        assert_eq!(long.as_str().len(), 57);
        assert_eq!(long.numbered(2).as_str(), format!("{}-2", long.as_str()));
        assert_eq!(long.numbered(12).as_str().len(), SLUG_MAX_LEN);
        assert_eq!(
            long.numbered(100).as_str(),
            "quarterly-customer-satisfaction-survey-of-northern-100"
        );
        let word = Slug::parse(&"x".repeat(60)).unwrap();
        assert_eq!(word.numbered(3).as_str(), format!("{}-3", "x".repeat(58)));
    }
}
