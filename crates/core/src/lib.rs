//! The pure core of Red Flag Check: the questionnaire and its branching, the assessment, the
//! choice of help lines, locale negotiation, the embedding options, learn mode and the session
//! reducer.
//!
//! Nothing here knows about the browser: no web crates, no IO, no clocks. Errors are values.
//! Everything is unit-tested natively with `cargo test`. The modules read from the bottom up:
//! `questionnaire`, `assessment`, `hotline`, `locale`, `text`, `theme`, `partner`, `config` and
//! `learn` depend only on the content model; `report` (what a report says and where it can go)
//! reads `text` for its sentences; `session`, the reducer, imports the others.

pub mod assessment;
pub mod config;
#[cfg(test)]
mod fixture;
pub mod hotline;
pub mod learn;
pub mod locale;
pub mod partner;
pub mod questionnaire;
pub mod report;
pub mod session;
pub mod text;
pub mod theme;

pub use assessment::{assess, Assessment};
pub use config::{Config, Environment, RawOptions, Warning};
pub use questionnaire::Answers;
pub use redflag_content::{Answer, ConcernLevel, Content, CountryCode, Part, PathwayId};
pub use session::{Action, Screen, Session};
pub use text::{Arrival, PackFile, Packs, Texts};
