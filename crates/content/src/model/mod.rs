//! The content model: what the rest of the product reads, after the content check has proved
//! it. Types only, and the look-ups that follow from their shape.

use std::borrow::Cow;

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
    Answers, ChildOverride, ConcernLevel, Condition, Dimension, Flag, Marker, NextStep, Pathway,
    Question, Role, Severity, Test, WeightSource,
};
pub use sources::{Indicator, Source};
pub use text::{Catalog, Direction, Language, Pack, Part, SOURCE_LANGUAGE};

/// Text in the model: borrowed from the build's statics in the widget, owned where the content
/// was parsed at run time (the check, the tests).
pub type Str = Cow<'static, str>;

/// A list in the model, borrowed or owned like [`Str`].
pub type List<T> = Cow<'static, [T]>;
