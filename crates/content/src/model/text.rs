//! The text of each language and the list of shipped languages.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{List, Str};

/// One language's strings as its file has them, keyed by stable ids such as
/// `q.documents_held`.
pub type Catalog = BTreeMap<String, String>;

/// The language every other language is checked against, and the last resort for a missing key.
pub const SOURCE_LANGUAGE: &str = "en";

/// Which way a language's script runs, for the `dir` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A shipped language, as `content/text/languages.json` describes it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// The tag of its text file and of the `lang` attribute.
    pub code: Str,
    /// Its name in itself, for the language picker.
    pub name: Str,
    /// The direction of its script: what the widget's `dir` attribute says.
    pub dir: Direction,
    /// Whether a native speaker has reviewed the text.
    pub reviewed: bool,
    /// Whether someone who did not write it has reviewed it by translating it back into English
    /// (`content/review/<code>.json`).
    #[serde(skip)]
    pub back_translated: bool,
    /// The browser has no country names in this language (Chromium lacks Burmese, Khmer and
    /// Lao), so the text file carries them for every country with a help line.
    #[serde(default)]
    pub ships_country_names: bool,
}

/// The text of one language other than English: its strings in the order of the English keys,
/// `None` where it has none (English shows there). The widget receives packs from its loader
/// at start-up ([`Pack::decode`]); native builds have every language compiled in.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
pub struct Pack {
    pub language: Str,
    pub values: List<Option<Str>>,
}

/// Separates the strings of a pack file; never part of a text (the check refuses control
/// characters).
const PACK_SEPARATOR: char = '\u{0}';

impl Pack {
    /// A language's pack from its catalog, aligned with the English keys.
    pub fn from_catalog(language: &str, english: &[(Str, Str)], catalog: &Catalog) -> Pack {
        Pack {
            language: Str::Owned(language.to_owned()),
            values: english
                .iter()
                .map(|(key, _)| catalog.get(key.as_ref()).map(|v| Str::Owned(v.clone())))
                .collect(),
        }
    }

    /// The file the loader fetches: the strings joined by a NUL, an empty one where the
    /// language has none. Decoding it is a split, so the wasm carries no decoder.
    pub fn encode(&self) -> Vec<u8> {
        let values: Vec<&str> = self
            .values
            .iter()
            .map(|v| v.as_deref().unwrap_or(""))
            .collect();
        values.join(&PACK_SEPARATOR.to_string()).into_bytes()
    }

    /// Reads what [`Pack::encode`] wrote; `None` unless it is UTF-8 with one string per English
    /// key of this build.
    pub fn decode(language: &str, key_count: usize, bytes: &[u8]) -> Option<Pack> {
        let text = std::str::from_utf8(bytes).ok()?;
        let values: Vec<Option<Str>> = text
            .split(PACK_SEPARATOR)
            .map(|v| (!v.is_empty()).then(|| Str::Owned(v.to_owned())))
            .collect();
        (values.len() == key_count).then(|| Pack {
            language: Str::Owned(language.to_owned()),
            values: List::Owned(values),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> Vec<(Str, Str)> {
        [("a", "One"), ("b", "Two"), ("c", "Three")]
            .into_iter()
            .map(|(k, v)| (Str::Borrowed(k), Str::Borrowed(v)))
            .collect()
    }

    #[test]
    fn a_pack_reads_back_what_was_written_with_gaps_where_english_shows() {
        let catalog: Catalog = [("a", "Un"), ("c", "Trois")]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        let pack = Pack::from_catalog("fr", &english(), &catalog);
        let bytes = pack.encode();
        assert_eq!(bytes, b"Un\0\0Trois");
        let read = Pack::decode("fr", 3, &bytes).expect("decodes");
        assert_eq!(read, pack);
        assert_eq!(read.values[1], None);
    }

    #[test]
    fn a_pack_for_other_keys_or_not_utf8_is_refused() {
        assert_eq!(Pack::decode("fr", 4, b"Un\0\0Trois"), None, "one key short");
        assert_eq!(Pack::decode("fr", 3, b"Un\0\xff\0Trois"), None, "not UTF-8");
    }
}
