//! The respondent's WebAssembly entry point: hydrates the pages under `/s/`
//! with `app::RespondentApp`, so that the linker keeps only their code.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::RespondentApp);
}
