//! Checked raw content into the model: what the check proved present stops being optional.

use crate::model::{self, Pack, Str, SOURCE_LANGUAGE};
use crate::raw::{RawContent, QUESTIONS_FILE};
use crate::{Content, Problem};

impl RawContent {
    /// The model of content that passed the check. Fails only where the check would have
    /// reported a problem (a red flag without its weight, a malformed condition).
    pub fn into_content(self) -> Result<Content, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut pathways = Vec::new();
        for pathway in &self.pathways {
            match pathway.checked() {
                Some(p) => pathways.push(p),
                None => problems.push(Problem::new(
                    QUESTIONS_FILE,
                    pathway.id.as_str(),
                    "a red flag lacks its weight, or a condition is malformed",
                )),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let scenarios: Vec<model::Scenario> = self
            .scenarios
            .into_iter()
            .map(|s| model::Scenario {
                id: s.id.into(),
                audience: s.audience,
                choices: s.choices.into(),
            })
            .collect();
        let english: Vec<(Str, Str)> = self
            .texts
            .get(SOURCE_LANGUAGE)
            .map(|catalog| {
                catalog
                    .iter()
                    .map(|(k, v)| (Str::Owned(k.clone()), Str::Owned(v.clone())))
                    .collect()
            })
            .unwrap_or_default();
        let packs: Vec<Pack> = self
            .texts
            .iter()
            .filter(|(lang, _)| lang.as_str() != SOURCE_LANGUAGE)
            .map(|(lang, catalog)| Pack::from_catalog(lang, &english, catalog))
            .collect();
        Ok(Content {
            pathways: pathways.into(),
            scenarios: scenarios.into(),
            sources: self.sources.into(),
            indicators: self.indicators.into(),
            directory: self.directory,
            // A BTreeMap iterates in key order: the look-up's binary search needs it sorted.
            zones: self
                .zones
                .into_iter()
                .map(|(zone, country)| (Str::Owned(zone), country))
                .collect(),
            language_list: self.language_list.iter().map(|l| l.to_model()).collect(),
            english: english.into(),
            packs: packs.into(),
            complete: true,
            only: None,
        })
    }
}

/// Owned model strings from a raw list.
pub(crate) fn owned(list: &[String]) -> model::List<Str> {
    list.iter().map(|s| Str::Owned(s.clone())).collect()
}
