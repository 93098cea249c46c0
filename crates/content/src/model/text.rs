//! The text of each language and the list of shipped languages.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// One language's strings, keyed by stable ids such as `q.documents_held`.
pub type Catalog = BTreeMap<String, String>;

/// The language every other language is checked against, and the last resort for a missing key.
pub const SOURCE_LANGUAGE: &str = "en";

/// A language's text: here from the start (compiled in), or a pack the loader fetches and
/// hands over once ([`crate::Content::provide`]). Until a pack arrives it reads as empty, so
/// English shows.
#[derive(Debug, Clone, Default)]
pub struct LazyCatalog {
    text: OnceLock<Catalog>,
    /// Shipped as a separate pack, which the loader fetches.
    pack: bool,
}

static NO_TEXT: Catalog = BTreeMap::new();

impl LazyCatalog {
    pub fn parsed(catalog: Catalog) -> LazyCatalog {
        let text = OnceLock::new();
        let _ = text.set(catalog);
        LazyCatalog { text, pack: false }
    }

    pub fn pending() -> LazyCatalog {
        LazyCatalog {
            text: OnceLock::new(),
            pack: true,
        }
    }

    /// Whether the text is here: compiled in, or provided by the loader.
    pub fn is_loaded(&self) -> bool {
        self.text.get().is_some()
    }

    /// Whether it ships as a separate pack.
    pub fn is_pack(&self) -> bool {
        self.pack
    }

    /// The strings; empty until a pack is provided.
    pub fn get(&self) -> &Catalog {
        self.text.get().unwrap_or(&NO_TEXT)
    }

    /// Sets a pending pack's text; false if it was already set.
    pub(crate) fn provide(&self, catalog: Catalog) -> bool {
        self.text.set(catalog).is_ok()
    }
}

impl PartialEq for LazyCatalog {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

/// Which way a language's script runs, for the `dir` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// The tag of its text file and of the `lang` attribute.
    pub code: String,
    /// Its name in itself, for the language picker.
    pub name: String,
    /// The direction of its script: what the widget's `dir` attribute says.
    pub dir: Direction,
    /// Whether a native speaker has reviewed the text.
    pub reviewed: bool,
    /// The browser has no country names in this language (Chromium lacks Burmese, Khmer and
    /// Lao), so the text file carries them for every country with a help line.
    #[serde(default)]
    pub ships_country_names: bool,
}
