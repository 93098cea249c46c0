//! The pure core: content, questionnaire and branching, assessment, hotline look-up, locale
//! negotiation, options and the session reducer.
//!
//! Nothing here knows about the browser: no web crates, no IO, no clocks. Errors are values.
//! Everything is unit-tested natively with `cargo test`.

pub mod answer;
pub mod assessment;
pub mod config;
pub mod content;
pub mod hotline;
pub mod learn;
pub mod locale;
pub mod partner;
pub mod session;
pub mod text;
pub mod theme;

pub use answer::Answer;
pub use assessment::{assess, Assessment, ConcernLevel};
pub use config::{Config, Environment, RawOptions, Warning};
pub use content::{Content, CountryCode, PathwayId};
pub use session::{Action, Screen, Session};
pub use text::Texts;
