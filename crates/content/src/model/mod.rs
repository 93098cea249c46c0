//! The content model: what the rest of the product reads, after the content check has proved
//! it. Types only, and the look-ups that follow from their shape.

mod answer;
mod directory;
mod ids;
mod learn;
mod questionnaire;
mod sources;
mod text;

pub use answer::Answer;
pub use directory::*;
pub use ids::{CountryCode, PathwayId};
pub use learn::{Choice, Scenario};
pub(crate) use questionnaire::keys;
pub use questionnaire::{
    ChildOverride, ConcernLevel, Condition, Dimension, Flag, Marker, NextStep, Pathway, Question,
    Role, Severity, Test, WeightSource,
};
pub use sources::{Indicator, Source};
pub use text::{Catalog, Direction, Language, LazyCatalog, SOURCE_LANGUAGE};
