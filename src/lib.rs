//! Red Flag Check: a private, in-browser human-trafficking red-flag self-assessment.
//!
//! Layers, each depending only on the ones before it:
//! - [`core`]: content, questionnaire, assessment, hotlines, locale, session (pure Rust);
//! - [`ui`]: yew components that render what the core computed;
//! - [`embed`]: the only code that touches `JsValue`, the options and the shadow root.

pub mod core;
pub mod embed;
pub mod ui;
