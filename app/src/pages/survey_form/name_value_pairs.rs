//! (name, value) pairs out of the browser's `FormData` and
//! `URLSearchParams`, both iterables of two-element arrays.

use leptos::wasm_bindgen::{JsCast, JsValue};

pub(super) fn name_value_pairs(iterable: &JsValue) -> Vec<(String, String)> {
    let Ok(Some(entries)) = js_sys::try_iter(iterable) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| {
            let pair: js_sys::Array = entry.unchecked_into();
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}
