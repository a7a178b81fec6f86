//! Save and resume with JavaScript: the answers to a survey of several
//! pages are kept in this browser's storage as they change, and put back
//! into the form when the page is opened again; sending them clears it.
//! The server receives nothing before the final post.

use leptos::wasm_bindgen::JsCast;

fn key(tenant: &str, slug: &str) -> String {
    format!("tailspin-answers:{tenant}/{slug}")
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Keeps `fields` (answers only) for the survey.
pub(super) fn keep(tenant: &str, slug: &str, fields: &[(String, String)]) {
    let (Some(storage), Ok(params)) = (storage(), web_sys::UrlSearchParams::new()) else {
        return;
    };
    for (name, value) in fields {
        params.append(name, value);
    }
    // Full storage or private browsing: the answers stay in the page only.
    let _ = storage.set_item(&key(tenant, slug), &String::from(params.to_string()));
}

pub(super) fn forget(tenant: &str, slug: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&key(tenant, slug));
    }
}

fn kept(tenant: &str, slug: &str) -> Vec<(String, String)> {
    let Some(text) = storage().and_then(|s| s.get_item(&key(tenant, slug)).ok().flatten()) else {
        return Vec::new();
    };
    match web_sys::UrlSearchParams::new_with_str(&text) {
        Ok(params) => super::name_value_pairs::name_value_pairs(&params),
        Err(_) => Vec::new(),
    }
}

/// The answers kept for the survey, put back into `form`'s controls;
/// returns them (empty when none were kept).
pub(super) fn restore(
    tenant: &str,
    slug: &str,
    form: &web_sys::HtmlFormElement,
) -> Vec<(String, String)> {
    let kept = kept(tenant, slug);
    if kept.is_empty() {
        return kept;
    }
    let first = |name: &str| kept.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
    let has = |name: &str, value: &str| kept.iter().any(|(n, v)| n == name && v == value);
    let elements = form.elements();
    for index in 0..elements.length() {
        let Some(element) = elements.item(index) else {
            continue;
        };
        if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            match input.type_().as_str() {
                "radio" | "checkbox" => {
                    let value = input.value();
                    input.set_checked(has(&input.name(), &value));
                }
                "hidden" | "submit" | "button" => {}
                _ => {
                    if let Some(value) = first(&input.name()) {
                        input.set_value(&value);
                    }
                }
            }
        } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            if let Some(value) = first(&area.name()) {
                area.set_value(&value);
            }
        } else if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>()
            && let Some(value) = first(&select.name())
        {
            select.set_value(&value);
        }
    }
    kept
}
