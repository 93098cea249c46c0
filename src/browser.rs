//! What the widget asks of the browser itself rather than carrying in the wasm.

use js_sys::JsString;

/// `text` in lower case by the browser's own Unicode tables (JavaScript's `toLowerCase`, the
/// same default case mapping as Rust's `to_lowercase`), so the wasm carries no case tables of its
/// own for the one place that needs them: the country search.
pub fn lowercase(text: &str) -> String {
    String::from(JsString::from(text).to_lower_case())
}

/// Puts `text` on the clipboard when the person presses Copy; `done` hears whether the browser
/// allowed it (a sandboxed frame or an old browser may not).
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        return done(false);
    };
    let promise = window.navigator().clipboard().write_text(text);
    yew::platform::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}
