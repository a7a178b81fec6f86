//! The WebAssembly entry point of the home page, sign-up and the sign-in pages
//! (see app/src/site/area.rs): hydrates them with `app::PublicApp`, so
//! that the linker keeps only their code.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::PublicApp);
}
