//! [`Content`]: everything the product shows and decides with, and its look-ups.

use std::collections::BTreeMap;

use crate::model::{
    Catalog, CountryCode, Directory, Indicator, Language, LazyCatalog, Pathway, PathwayId,
    Question, Scenario, Source, SOURCE_LANGUAGE,
};

#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub pathways: Vec<Pathway>,
    /// Learn mode's stories, in the order they are read.
    pub scenarios: Vec<Scenario>,
    pub sources: Vec<Source>,
    pub indicators: Vec<Indicator>,
    pub directory: Directory,
    /// IANA time-zone id (legacy aliases included) → country.
    pub zones: BTreeMap<String, CountryCode>,
    /// Language tag → catalog. Always holds [`SOURCE_LANGUAGE`].
    pub texts: BTreeMap<String, LazyCatalog>,
    /// The shipped languages, in the order the picker shows them.
    pub language_list: Vec<Language>,
}

impl Content {
    pub fn pathway(&self, id: PathwayId) -> Option<&Pathway> {
        self.pathways.iter().find(|p| p.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// The red-flag question with this id, in whichever pathway asks it.
    pub fn flag(&self, id: &str) -> Option<&Question> {
        self.pathways
            .iter()
            .flat_map(|p| &p.questions)
            .find(|q| q.id == id && q.is_flag())
    }

    /// The shipped language tags, in the order of `languages.json` (source language first).
    pub fn languages(&self) -> Vec<&str> {
        let mut langs: Vec<&str> = vec![SOURCE_LANGUAGE];
        langs.extend(
            self.language_list
                .iter()
                .map(|l| l.code.as_str())
                .filter(|l| *l != SOURCE_LANGUAGE && self.texts.contains_key(*l)),
        );
        langs
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.language_list.iter().find(|l| l.code == code)
    }

    /// The text of one language, if it ships (empty while its pack has not arrived).
    pub fn catalog(&self, language: &str) -> Option<&Catalog> {
        self.texts.get(language).map(LazyCatalog::get)
    }

    /// Whether `language`'s text is here (English always is).
    pub fn is_loaded(&self, language: &str) -> bool {
        self.texts.get(language).is_some_and(LazyCatalog::is_loaded)
    }

    /// The shipped languages that come as separate packs, not compiled in.
    pub fn packed_languages(&self) -> Vec<&str> {
        self.languages()
            .into_iter()
            .filter(|l| self.texts.get(*l).is_some_and(LazyCatalog::is_pack))
            .collect()
    }

    /// Gives a pack language its text, as fetched by the loader ([`Content::encode_pack`]).
    /// Returns false, changing nothing, for a language that is not a pending pack, or a pack
    /// that does not decode or does not match this build's keys.
    pub fn provide(&self, language: &str, raw: &[u8]) -> bool {
        let Some(catalog) = self.texts.get(language).filter(|c| !c.is_loaded()) else {
            return false;
        };
        let Some(english) = self.catalog(SOURCE_LANGUAGE) else {
            return false;
        };
        let Ok(values) = postcard::from_bytes::<Vec<Option<String>>>(raw) else {
            return false;
        };
        if values.len() != english.len() {
            return false;
        }
        let parsed: Catalog = english
            .keys()
            .zip(values)
            .filter_map(|(key, value)| Some((key.clone(), value?)))
            .collect();
        catalog.provide(parsed)
    }
}
