//! What the widget asks of the browser itself rather than carrying in the wasm.

use js_sys::JsString;

/// `text` in lower case by the browser's own Unicode tables (JavaScript's `toLowerCase`, the
/// same default case mapping as Rust's `to_lowercase`), so the wasm carries no case tables of its
/// own for the one place that needs them: the country search.
pub fn lowercase(text: &str) -> String {
    String::from(JsString::from(text).to_lower_case())
}
