//! The compact forms the build writes and the wasm reads (postcard): the content with English,
//! and one pack per other language.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{
    Catalog, CountryCode, Directory, Indicator, Language, LazyCatalog, Pathway, Scenario, Source,
    SOURCE_LANGUAGE,
};
use crate::Content;

/// What [`Content::encode`] writes.
#[derive(Deserialize, Serialize)]
struct Compiled {
    pathways: Vec<Pathway>,
    scenarios: Vec<Scenario>,
    sources: Vec<Source>,
    indicators: Vec<Indicator>,
    directory: Directory,
    zones: BTreeMap<String, CountryCode>,
    language_list: Vec<Language>,
    english: Catalog,
}

impl Content {
    /// Everything but the text of languages other than English, which travel as packs
    /// ([`Content::encode_pack`]).
    pub fn encode(&self) -> Vec<u8> {
        let compiled = Compiled {
            pathways: self.pathways.clone(),
            scenarios: self.scenarios.clone(),
            sources: self.sources.clone(),
            indicators: self.indicators.clone(),
            directory: self.directory.clone(),
            zones: self.zones.clone(),
            language_list: self.language_list.clone(),
            english: self.catalog(SOURCE_LANGUAGE).cloned().unwrap_or_default(),
        };
        postcard::to_allocvec(&compiled).unwrap_or_default()
    }

    /// Reads what [`Content::encode`] wrote; the other languages are pending packs.
    pub fn decode(bytes: &[u8]) -> Option<Content> {
        let compiled: Compiled = postcard::from_bytes(bytes).ok()?;
        let mut texts = BTreeMap::new();
        texts.insert(
            SOURCE_LANGUAGE.to_owned(),
            LazyCatalog::parsed(compiled.english),
        );
        for language in &compiled.language_list {
            if language.code != SOURCE_LANGUAGE {
                texts.insert(language.code.clone(), LazyCatalog::pending());
            }
        }
        Some(Content {
            pathways: compiled.pathways,
            scenarios: compiled.scenarios,
            sources: compiled.sources,
            indicators: compiled.indicators,
            directory: compiled.directory,
            zones: compiled.zones,
            texts,
            language_list: compiled.language_list,
        })
    }

    /// One language's pack: its strings in the order of the sorted English keys, `None` where
    /// one is missing, as postcard. The keys are in the wasm once, not in every pack.
    pub fn encode_pack(&self, language: &str) -> Option<Vec<u8>> {
        let english = self.catalog(SOURCE_LANGUAGE)?;
        let text = self.catalog(language)?;
        let values: Vec<Option<&String>> = english.keys().map(|key| text.get(key)).collect();
        postcard::to_allocvec(&values).ok()
    }
}

#[cfg(test)]
mod tests {
    use crate::Content;

    #[test]
    fn the_compiled_content_decodes_to_what_was_parsed() {
        let shipped = Content::shipped();
        let decoded = Content::decode(&shipped.encode()).expect("decodes");
        assert_eq!(decoded.pathways, shipped.pathways);
        assert_eq!(decoded.scenarios, shipped.scenarios);
        assert_eq!(decoded.sources, shipped.sources);
        assert_eq!(decoded.directory, shipped.directory);
        assert_eq!(decoded.zones, shipped.zones);
        assert_eq!(decoded.catalog("en"), shipped.catalog("en"));
        // Every other language waits for its pack, and takes it.
        assert!(!decoded.is_loaded("th"));
        assert!(decoded.provide("th", &shipped.encode_pack("th").unwrap()));
        assert_eq!(decoded.catalog("th"), shipped.catalog("th"));
        assert!(Content::decode(b"not content").is_none());
    }
}
