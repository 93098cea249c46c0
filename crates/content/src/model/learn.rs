//! Learn mode's stories.

use serde::Deserialize;

use super::{List, PathwayId, Str};

/// A learn-mode story: a few sentences, then "Which of these are red flags?".
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
pub struct Scenario {
    pub id: Str,
    /// The pathway whose readers it is written for.
    pub audience: PathwayId,
    pub choices: List<Choice>,
}

/// One thing in a story the reader may pick as a red flag.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: Str,
    /// The questionnaire's red flag this is, whose explanation and sources the feedback shows;
    /// `None` when it is not a red flag on its own (its own explanation says why).
    pub flag: Option<Str>,
}

impl Scenario {
    pub fn title_key(&self) -> String {
        format!("scenario.{}.title", self.id)
    }

    pub fn story_key(&self) -> String {
        format!("scenario.{}.story", self.id)
    }

    pub fn choice_key(&self, choice: &Choice) -> String {
        format!("scenario.{}.{}", self.id, choice.id)
    }

    /// Why a choice that is not a red flag is not one.
    pub fn not_flag_key(&self, choice: &Choice) -> String {
        format!("scenario.{}.{}.why", self.id, choice.id)
    }
}
