//! Sentences of the catalogue with `<code>` elements inside: the page
//! gives each placeholder a mark, and the marks become the elements, in
//! whatever order the language puts them.

use leptos::prelude::*;

/// Marks where a sentence's `index`th code goes, given to the catalogue in
/// its placeholder's place (`with_codes`).
const CODE_MARK: char = '\u{E001}';

pub fn code_at(index: usize) -> String {
    format!("{CODE_MARK}{index}{CODE_MARK}")
}

/// A sentence of the catalogue whose placeholders, given `code_at(i)`, show
/// `codes[i]` as code, wherever the language puts them.
pub fn with_codes(sentence: String, codes: &'static [&'static str]) -> impl IntoView {
    sentence
        .split(CODE_MARK)
        .enumerate()
        .map(|(place, part)| {
            let code = (place % 2 == 1)
                .then(|| part.parse::<usize>().ok())
                .flatten()
                .and_then(|index| codes.get(index).copied());
            match code {
                Some(code) => view! { <code>{code}</code> }.into_any(),
                None => part.to_owned().into_any(),
            }
        })
        .collect_view()
}
