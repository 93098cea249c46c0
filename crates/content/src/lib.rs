//! The content of Red Flag Check: pathways and their questions, the sources and indicators they
//! cite, learn mode's stories, the help directory and the text of every language.
//!
//! Content is data. The JSON files under `content/` are read in two stages: [`raw`] parses them
//! into types that mirror the JSON, and [`check`] proves what a type cannot say (dangling
//! references, missing text, number formats), listing every problem with its file and id.
//! Checked content becomes the [`model`], where nothing the check guarantees is optional.
//!
//! No web crate and no algorithm lives here: the questionnaire, the assessment and the rest of
//! the product's decisions are in `redflag-core`, which reads this model.

#[cfg(feature = "bake")]
mod bake;
pub mod check;
mod content;
mod deferred;
mod files;
mod into_model;
pub mod model;
mod problem;
pub mod raw;
pub mod review;
mod shipped;

pub use content::Content;
pub use deferred::{is_deferred_text, Deferred};
pub use model::*;
pub use problem::Problem;
pub use raw::ContentFiles;
pub use shipped::content_dir;
