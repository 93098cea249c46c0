//! Red Flag Check: a private, in-browser human-trafficking red-flag self-assessment.
//!
//! The widget crate, on top of two crates that know nothing of the browser:
//! - `redflag-content`: the content model, its check and its compiled form;
//! - `redflag-core`: questionnaire, assessment, help lines, locale, options, session;
//! - [`content()`] (here): the checked content, written as a static by `build.rs`, made whole
//!   by the data file the loader fetches alongside the wasm;
//! - [`ui`] (here): yew components that render what the core computed;
//! - [`embed`] (here): the only code that touches `JsValue`, the options and the shadow root;
//! - `browser` (here): the browser's own string functions the UI borrows (lower case).

// The content build.rs writes names `alloc::borrow::Cow`.
extern crate alloc;

mod browser;
mod content;
pub mod embed;
pub mod ui;

pub use content::{content, provide_deferred, BUILT_DEFERRED};
