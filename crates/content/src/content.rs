//! [`Content`]: everything the product shows and decides with, and its look-ups.

use crate::model::{
    CountryCode, Directory, Indicator, Language, List, Pack, Part, Pathway, PathwayId, Question,
    Scenario, Source, Str, SOURCE_LANGUAGE,
};

/// The checked content. The widget has it as a static its build wrote (nothing is decoded at
/// start-up); the content check and the native tests parse it from the files.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
pub struct Content {
    pub pathways: List<Pathway>,
    /// Learn mode's stories, in the order they are read.
    pub scenarios: List<Scenario>,
    pub sources: List<Source>,
    pub indicators: List<Indicator>,
    pub directory: Directory,
    /// IANA time-zone id (legacy aliases included) → country, sorted by id.
    pub zones: List<(Str, CountryCode)>,
    /// The shipped languages, in the order the picker shows them.
    pub language_list: List<Language>,
    /// The source language's strings, sorted by key: the last resort for every key.
    pub english: List<(Str, Str)>,
    /// The other languages compiled in: every one in native builds, none in the widget (it
    /// receives them as packs from its loader).
    pub packs: List<Pack>,
    /// Whether the help lines, the sources and the English text of the screens that show them
    /// are here: always in native builds; in the widget once its data file has arrived
    /// ([`crate::Deferred`]).
    pub complete: bool,
    /// When the deferred part came from the compact card's data file: the one pathway whose
    /// texts it has ([`crate::Deferred::only`]). `None` for the whole.
    pub only: Option<PathwayId>,
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
            .flat_map(|p| p.questions.iter())
            .find(|q| q.id == id && q.is_flag())
    }

    /// The country of an IANA time-zone id.
    pub fn zone(&self, id: &str) -> Option<&CountryCode> {
        self.zones
            .binary_search_by(|(zone, _)| zone.as_ref().cmp(id))
            .ok()
            .map(|i| &self.zones[i].1)
    }

    /// The position of a text key among the English keys, which packs follow.
    pub fn key_index(&self, key: &str) -> Option<usize> {
        self.english
            .binary_search_by(|(k, _)| k.as_ref().cmp(key))
            .ok()
    }

    /// The English text of a key.
    pub fn english(&self, key: &str) -> Option<&str> {
        self.key_index(key).map(|i| self.english[i].1.as_ref())
    }

    /// The shipped language tags, in the order of `languages.json` (source language first).
    pub fn languages(&self) -> Vec<&str> {
        let mut langs: Vec<&str> = vec![SOURCE_LANGUAGE];
        langs.extend(
            self.language_list
                .iter()
                .map(|l| l.code.as_ref())
                .filter(|l| *l != SOURCE_LANGUAGE),
        );
        langs
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.language_list.iter().find(|l| l.code == code)
    }

    /// A language compiled in (native builds only; the widget's come from its loader).
    pub fn pack(&self, language: &str) -> Option<&Pack> {
        self.packs.iter().find(|p| p.language == language)
    }

    /// The file the build writes for one [`Part`] of `language`'s text: that part of its pack,
    /// or for English its stories (the rest of English is in the wasm and the data file). `None`
    /// for English's screens, or a language not compiled in.
    pub fn pack_file(&self, language: &str, part: Part) -> Option<Vec<u8>> {
        if language == SOURCE_LANGUAGE {
            let english = Pack {
                language: Str::Borrowed(SOURCE_LANGUAGE),
                values: self
                    .english
                    .iter()
                    .map(|(_, text)| Some(text.clone()))
                    .collect(),
            };
            return (part == Part::Stories).then(|| english.encode_part(&self.english, part));
        }
        Some(self.pack(language)?.encode_part(&self.english, part))
    }

    /// Whether a shipped `language` has a file of `part`: every one has its stories; every one
    /// but English its screens (English's are in the wasm and the data file).
    pub fn has_file(&self, language: &str, part: Part) -> bool {
        self.language(language).is_some() && !(language == SOURCE_LANGUAGE && part == Part::Screens)
    }

    /// Reads a file of one part of `language`'s text for this content (see
    /// [`Content::pack_file`]); `None` where [`Content::has_file`] says there is none, or for a
    /// file that does not match this build's keys.
    pub fn decode_pack(&self, language: &str, part: Part, bytes: &[u8]) -> Option<Pack> {
        if !self.has_file(language, part) {
            return None;
        }
        Pack::decode_part(language, &self.english, part, bytes)
    }
}
