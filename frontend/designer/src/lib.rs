//! The WebAssembly entry point of the survey editor and preview
//! (see app/src/site/area.rs): hydrates them with `app::DesignerApp`, and
//! the document inside the preview's frame with `app::PreviewDocumentApp`,
//! so that the linker keeps only their code.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    let path = leptos::prelude::window()
        .location()
        .pathname()
        .unwrap_or_default();
    if app::Area::of(&path) == app::Area::PreviewDocument {
        leptos::mount::hydrate_body(app::PreviewDocumentApp);
    } else {
        leptos::mount::hydrate_body(app::DesignerApp);
    }
}
