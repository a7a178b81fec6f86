//! A button that copies a text to the clipboard and says so. It shows once
//! the page is interactive; without JavaScript the text beside it can be
//! selected and copied by hand.

use leptos::prelude::*;

#[component]
pub fn CopyButton(text: String, #[prop(into)] label: String, described: String) -> impl IntoView {
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let _ = window().navigator().clipboard().write_text(&text);
        copied.set(true);
    };
    view! {
        <button type="button" class="secondary small" hidden=move || !hydrated.get() on:click=copy
            aria-describedby=described>
            {label}
        </button>
        <span role="status" class="hint">{move || copied.get().then(|| crate::i18n::tr!("copy-button-copied"))}</span>
    }
}
