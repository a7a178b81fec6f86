//! Decoding of `application/x-www-form-urlencoded` bodies that keeps track of
//! values that are not valid UTF-8 instead of silently replacing them.

use percent_encoding::percent_decode;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct FormBody {
    pub fields: Vec<(String, String)>,
    /// Names of fields whose value was not valid UTF-8.
    pub unreadable: Vec<String>,
}

pub fn parse_form_body(body: &[u8]) -> FormBody {
    let mut form = FormBody::default();
    for pair in body.split(|&b| b == b'&').filter(|p| !p.is_empty()) {
        let (name, value) = match pair.iter().position(|&b| b == b'=') {
            Some(at) => (&pair[..at], &pair[at + 1..]),
            None => (pair, &[][..]),
        };
        let name = decode(name).unwrap_or_else(|raw| String::from_utf8_lossy(&raw).into_owned());
        match decode(value) {
            Ok(value) => form.fields.push((name, value)),
            Err(_) => form.unreadable.push(name),
        }
    }
    form
}

fn decode(raw: &[u8]) -> Result<String, Vec<u8>> {
    let plus_as_space: Vec<u8> = raw
        .iter()
        .map(|&b| if b == b'+' { b' ' } else { b })
        .collect();
    let bytes: Vec<u8> = percent_decode(&plus_as_space).collect();
    String::from_utf8(bytes).map_err(|e| e.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_fields_in_order() {
        let form = parse_form_body(b"q-1=4&q-3=caf%C3%A9+au+lait&empty=&flag");
        assert_eq!(
            form.fields,
            vec![
                ("q-1".into(), "4".into()),
                ("q-3".into(), "café au lait".into()),
                ("empty".into(), "".into()),
                ("flag".into(), "".into()),
            ]
        );
        assert!(form.unreadable.is_empty());
    }

    #[test]
    fn reports_values_that_are_not_utf8() {
        let form = parse_form_body(b"q-1=4&q-3=%FF%FE");
        assert_eq!(form.fields, vec![("q-1".into(), "4".into())]);
        assert_eq!(form.unreadable, vec!["q-3".to_string()]);
    }

    #[test]
    fn a_literal_plus_is_percent_encoded() {
        let form = parse_form_body(b"q-3=1%2B1");
        assert_eq!(form.fields, vec![("q-3".into(), "1+1".into())]);
    }
}
