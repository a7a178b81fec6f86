//! The WebAssembly entry point: hydrates the server-rendered page.

// Release builds lay out the app's deeply nested view types here too.
#![recursion_limit = "256"]

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}
