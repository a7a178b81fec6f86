//! The WebAssembly entry point of the survey editor and preview: hydrates them with
//! `app::DesignerApp`, so that the linker keeps only their code.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::DesignerApp);
}
