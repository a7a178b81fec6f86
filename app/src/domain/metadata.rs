//! Premium tenants' own metadata fields on surveys (for example a product id
//! or an owner): a name and a type, with values checked per type.

use serde::{Deserialize, Serialize};

use crate::i18n::Message;

/// A survey's value of one field (empty where it has none), for the editor
/// and the dashboard.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MetadataEntry {
    pub field: i64,
    pub name: String,
    pub kind: MetadataKind,
    pub value: String,
}

pub const MAX_METADATA_FIELDS: usize = 20;
const MAX_NAME_CHARS: usize = 50;
const MAX_VALUE_CHARS: usize = 300;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MetadataKind {
    Text,
    Number,
    Url,
}

impl MetadataKind {
    pub const ALL: [MetadataKind; 3] =
        [MetadataKind::Text, MetadataKind::Number, MetadataKind::Url];

    pub fn code(self) -> &'static str {
        match self {
            MetadataKind::Text => "text",
            MetadataKind::Number => "number",
            MetadataKind::Url => "url",
        }
    }

    pub fn from_code(code: &str) -> Option<MetadataKind> {
        MetadataKind::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            MetadataKind::Text => "Text",
            MetadataKind::Number => "Number",
            MetadataKind::Url => "Web address (URL)",
        }
    }

    /// `label` in the page's language (`label` itself stays English: exports,
    /// logs and e-mails rely on it).
    pub fn localized_label(self) -> String {
        crate::i18n::texts().get(match self {
            MetadataKind::Text => "label-metadata-kind-text",
            MetadataKind::Number => "label-metadata-kind-number",
            MetadataKind::Url => "label-metadata-kind-url",
        })
    }

    /// A value as stored: trimmed and valid for the type. Empty means "no
    /// value" and is always allowed.
    pub fn check_value(self, value: &str) -> Result<String, String> {
        let value = value.trim();
        if value.is_empty() {
            return Ok(String::new());
        }
        if value.chars().count() > MAX_VALUE_CHARS || value.chars().any(char::is_control) {
            return Err(Message::new("msg-design-metadata-value-too-long")
                .number("max", MAX_VALUE_CHARS)
                .in_page_language());
        }
        match self {
            MetadataKind::Text => Ok(value.to_owned()),
            MetadataKind::Number => match value.parse::<f64>() {
                Ok(n) if n.is_finite() => Ok(value.to_owned()),
                _ => Err(Message::new("msg-design-metadata-number").in_page_language()),
            },
            MetadataKind::Url => {
                let scheme_ok = value.starts_with("https://") || value.starts_with("http://");
                let host = value.split("://").nth(1).unwrap_or_default();
                if scheme_ok && !host.is_empty() && !value.contains(char::is_whitespace) {
                    Ok(value.to_owned())
                } else {
                    Err(Message::new("msg-design-metadata-url").in_page_language())
                }
            }
        }
    }
}

pub fn check_field_name(name: &str) -> Result<String, String> {
    let name = name.trim();
    let count = name.chars().count();
    if count == 0 || count > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(Message::new("msg-design-metadata-field-name")
            .number("max", MAX_NAME_CHARS)
            .in_page_language());
    }
    Ok(name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_checked_by_type() {
        assert_eq!(MetadataKind::Number.check_value(" 42 ").unwrap(), "42");
        assert!(MetadataKind::Number.check_value("forty").is_err());
        assert!(MetadataKind::Number.check_value("NaN").is_err());
        assert!(
            MetadataKind::Url
                .check_value("https://adatum.example/p/1")
                .is_ok()
        );
        assert!(
            MetadataKind::Url
                .check_value("javascript:alert(1)")
                .is_err()
        );
        assert!(MetadataKind::Url.check_value("https://").is_err());
        assert_eq!(MetadataKind::Text.check_value("").unwrap(), "");
        assert!(MetadataKind::Text.check_value(&"x".repeat(301)).is_err());
        assert!(check_field_name("  ").is_err());
        assert_eq!(check_field_name(" Product id ").unwrap(), "Product id");
        for kind in MetadataKind::ALL {
            assert_eq!(MetadataKind::from_code(kind.code()), Some(kind));
        }
    }
}
