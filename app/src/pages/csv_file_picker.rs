//! Choosing a CSV file for a text field (the contacts to invite): the
//! browser reads the file into the field, where it can be looked over
//! before it is sent, and the field's own checks apply. It needs
//! JavaScript, so it shows once the page is interactive; without it the
//! field takes pasted text.

use leptos::html;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::wasm_bindgen::closure::Closure;

/// A request body larger than this is refused by the server.
const MAX_FILE_BYTES: f64 = 1_900_000.0;

#[component]
pub(super) fn CsvFilePicker(
    /// The field the file's text goes into.
    target: NodeRef<html::Textarea>,
    /// The id of the file input.
    id: &'static str,
) -> impl IntoView {
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let status = RwSignal::new(None::<String>);
    let on_change = move |event: web_sys::Event| {
        let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        if file.size() > MAX_FILE_BYTES {
            status.set(Some(crate::i18n::tr!(
                "csv-file-picker-too-large",
                name = file.name()
            )));
            return;
        }
        read_into(file, target, status);
    };
    view! {
        <div class="file-picker" hidden=move || !hydrated.get()>
            <label for=id>{crate::i18n::tr!("csv-file-picker-label")}</label>
            <input id=id type="file" accept=".csv,text/csv,text/plain" on:change=on_change />
            <p class="hint" role="status">{move || status.get()}</p>
        </div>
    }
}

fn read_into(
    file: web_sys::File,
    target: NodeRef<html::Textarea>,
    status: RwSignal<Option<String>>,
) {
    let Ok(reader) = web_sys::FileReader::new() else {
        return;
    };
    let name = file.name();
    let (read, read_name) = (reader.clone(), name.clone());
    let on_load = Closure::once_into_js(move |_: web_sys::ProgressEvent| {
        let name = read_name;
        let text = read.result().ok().and_then(|r| r.as_string());
        match (text, target.get_untracked()) {
            (Some(text), Some(field)) => {
                field.set_value(&text);
                let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
                status.set(Some(crate::i18n::tr!(
                    "csv-file-picker-loaded",
                    name = name.as_str(),
                    lines = lines
                )));
            }
            _ => status.set(Some(crate::i18n::tr!(
                "csv-file-picker-unreadable-text",
                name = name.as_str()
            ))),
        }
    });
    reader.set_onload(Some(on_load.unchecked_ref()));
    if reader.read_as_text(&file).is_err() {
        status.set(Some(crate::i18n::tr!(
            "csv-file-picker-unreadable",
            name = name.as_str()
        )));
    }
}
