//! Looking up the text of one language, with English as the last resort for a missing key (the
//! content check makes sure none is missing in a shipped build).

use super::content::{Catalog, Content, SOURCE_LANGUAGE};

#[derive(Debug, Clone, Copy)]
pub struct Texts<'c> {
    language: &'c str,
    catalog: &'c Catalog,
    fallback: &'c Catalog,
}

impl PartialEq for Texts<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.language == other.language
    }
}

/// Languages written right to left.
const RTL: &[&str] = &["ar", "fa", "he", "ur"];

impl<'c> Texts<'c> {
    /// The texts of `language`, or of the source language when it is not shipped.
    pub fn new(content: &'c Content, language: &str) -> Texts<'c> {
        let fallback = &content.texts[SOURCE_LANGUAGE];
        match content.texts.get_key_value(language) {
            Some((language, catalog)) => Texts {
                language,
                catalog,
                fallback,
            },
            None => Texts {
                language: SOURCE_LANGUAGE,
                catalog: fallback,
                fallback,
            },
        }
    }

    pub fn language(&self) -> &'c str {
        self.language
    }

    /// "rtl" or "ltr", for the `dir` attribute.
    pub fn direction(&self) -> &'static str {
        let primary = self.language.split('-').next().unwrap_or_default();
        if RTL.contains(&primary) {
            "rtl"
        } else {
            "ltr"
        }
    }

    pub fn has(&self, key: &str) -> bool {
        self.catalog.contains_key(key) || self.fallback.contains_key(key)
    }

    /// The text for `key`; the key itself if even English lacks it, so a gap is visible rather
    /// than blank.
    pub fn get<'k>(&self, key: &'k str) -> &'k str
    where
        'c: 'k,
    {
        self.catalog
            .get(key)
            .or_else(|| self.fallback.get(key))
            .map_or(key, String::as_str)
    }

    /// The text of `key` worded for one pathway (`<key>.<pathway>`) when the content has such a
    /// variant, else the general text: "you may be in danger" must read differently to a witness.
    pub fn for_pathway(&self, key: &str, pathway: &str) -> String {
        let variant = format!("{key}.{pathway}");
        if self.has(&variant) {
            self.get(&variant).to_owned()
        } else {
            self.get(key).to_owned()
        }
    }

    /// The text for `key` with `{name}` placeholders filled in.
    pub fn format(&self, key: &str, args: &[(&str, String)]) -> String {
        let mut text = self.get(key).to_owned();
        for (name, value) in args {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pathway_variants_fall_back_to_the_general_text() {
        let t = Texts::new(Content::shipped(), "en");
        assert_eq!(
            t.for_pathway("urgent.title", "witness"),
            "Someone may be in danger now"
        );
        assert_eq!(
            t.for_pathway("urgent.title", "work"),
            "Your safety comes first"
        );
        assert_eq!(
            t.for_pathway("result.level.urgent", "witness"),
            "The person you saw may be in danger now"
        );
    }

    #[test]
    fn unknown_languages_read_as_english_and_placeholders_fill() {
        let t = Texts::new(Content::shipped(), "xx");
        assert_eq!((t.language(), t.direction()), ("en", "ltr"));
        let progress = t.format(
            "ui.progress",
            &[("current", "3".into()), ("total", "12".into())],
        );
        assert_eq!(progress, "Question 3 of 12");
        assert_eq!(t.get("no.such.key"), "no.such.key");
    }
}
