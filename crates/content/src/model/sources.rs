//! The publications questions cite and the indicators they name.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub year: String,
    pub reference: String,
    pub url: String,
}

impl Source {
    /// "Title (Publisher, year)", as the sources page and learn mode's feedback cite it.
    pub fn citation(&self) -> String {
        format!("{} ({}, {})", self.title, self.publisher, self.year)
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    pub framework: String,
    pub name: String,
}
