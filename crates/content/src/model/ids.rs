//! The identifiers other layers and the embedding contract name content by.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Str;

/// One of the four audiences the questionnaire serves. The ids are part of the embedding
/// contract (`pathway="work"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(rename_all = "kebab-case")]
pub enum PathwayId {
    JobOffer,
    Work,
    Online,
    Witness,
}

impl PathwayId {
    pub const ALL: [PathwayId; 4] = [
        PathwayId::JobOffer,
        PathwayId::Work,
        PathwayId::Online,
        PathwayId::Witness,
    ];

    /// The id as it appears in attributes and text keys.
    pub fn as_str(self) -> &'static str {
        match self {
            PathwayId::JobOffer => "job-offer",
            PathwayId::Work => "work",
            PathwayId::Online => "online",
            PathwayId::Witness => "witness",
        }
    }

    pub fn parse(s: &str) -> Option<PathwayId> {
        PathwayId::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// An ISO 3166-1 alpha-2 code, upper case.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(transparent)]
pub struct CountryCode(pub Str);

impl CountryCode {
    /// Accepts "th" or "TH"; rejects anything that is not two ASCII letters.
    pub fn parse(s: &str) -> Option<CountryCode> {
        let s = s.trim();
        (s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()))
            .then(|| CountryCode(s.to_ascii_uppercase().into()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn name_key(&self) -> String {
        format!("country.{}", self.0)
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
