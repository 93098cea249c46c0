//! The publications questions cite and the indicators they name.

use serde::{Deserialize, Serialize};

use super::Str;

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Str,
    pub title: Str,
    pub publisher: Str,
    pub year: Str,
    pub reference: Str,
    pub url: Str,
}

impl Source {
    /// "Title (Publisher, year)", as the sources page and learn mode's feedback cite it.
    pub fn citation(&self) -> String {
        format!("{} ({}, {})", self.title, self.publisher, self.year)
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: Str,
    pub framework: Str,
    pub name: Str,
}
