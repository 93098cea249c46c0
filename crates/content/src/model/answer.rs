//! The three answers every question offers.

use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(rename_all = "lowercase")]
pub enum Answer {
    Yes,
    No,
    /// "Not sure" is never counted as a warning; the result lists it as something to check.
    Unsure,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::Unsure];

    /// serde's `default = ...` needs a function.
    pub fn yes() -> Answer {
        Answer::Yes
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Unsure => "unsure",
        }
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Answer::Yes => "ui.answer.yes",
            Answer::No => "ui.answer.no",
            Answer::Unsure => "ui.answer.unsure",
        }
    }
}
