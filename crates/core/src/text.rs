//! Looking up the text of one language, with English as the last resort for a missing key (the
//! content check makes sure none is missing in a shipped build).

use std::collections::BTreeMap;

use redflag_content::{Catalog, Content, CountryCode, Direction, SOURCE_LANGUAGE};

#[derive(Debug, Clone, Copy)]
pub struct Texts<'c> {
    language: &'c str,
    direction: Direction,
    catalog: &'c Catalog,
    fallback: &'c Catalog,
}

impl PartialEq for Texts<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.language == other.language
    }
}

impl<'c> Texts<'c> {
    /// The texts of `language`, or of the source language when it is not shipped or its pack
    /// has not arrived yet.
    pub fn new(content: &'c Content, language: &str) -> Texts<'c> {
        let fallback = content
            .catalog(SOURCE_LANGUAGE)
            .expect("the source language always ships");
        match content
            .texts
            .get_key_value(language)
            .filter(|(_, catalog)| catalog.is_loaded())
        {
            Some((language, catalog)) => Texts {
                language,
                direction: content
                    .language(language)
                    .map(|l| l.dir)
                    .unwrap_or_default(),
                catalog: catalog.get(),
                fallback,
            },
            None => Texts {
                language: SOURCE_LANGUAGE,
                direction: Direction::Ltr,
                catalog: fallback,
                fallback,
            },
        }
    }

    pub fn language(&self) -> &'c str {
        self.language
    }

    /// "rtl" or "ltr", for the `dir` attribute, as `content/text/languages.json` says.
    pub fn direction(&self) -> &'static str {
        self.direction.as_str()
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

/// Country names the browser knows, per language (from `Intl.DisplayNames`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CountryNames(BTreeMap<String, BTreeMap<String, String>>);

impl CountryNames {
    pub fn insert(&mut self, language: &str, code: &CountryCode, name: String) {
        self.0
            .entry(language.to_owned())
            .or_default()
            .insert(code.0.clone(), name);
    }

    /// The name of `code` in the language of `texts`: the browser's where it has one, else the
    /// widget's own (`country.XX`, with English as the last resort), else the code itself.
    pub fn name(&self, texts: &Texts<'_>, code: &CountryCode) -> String {
        if let Some(name) = self
            .0
            .get(texts.language())
            .and_then(|m| m.get(code.as_str()))
        {
            return name.clone();
        }
        let key = code.name_key();
        if texts.has(&key) {
            texts.get(&key).to_owned()
        } else {
            code.0.clone()
        }
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
    fn country_names_prefer_the_browser_then_the_shipped_names() {
        let t = Texts::new(Content::shipped(), "en");
        let th = CountryCode::parse("TH").unwrap();
        let mut names = CountryNames::default();
        assert_eq!(names.name(&t, &th), "Thailand");
        names.insert("en", &th, "Kingdom of Thailand".into());
        assert_eq!(names.name(&t, &th), "Kingdom of Thailand");
        assert_eq!(names.name(&t, &CountryCode::parse("QQ").unwrap()), "QQ");
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

    #[test]
    fn direction_comes_from_the_language_list() {
        let content = Content::shipped();
        assert_eq!(Texts::new(content, "ar").direction(), "rtl");
        assert_eq!(Texts::new(content, "th").direction(), "ltr");
    }

    #[test]
    fn a_pack_language_reads_as_english_until_its_text_is_provided() {
        let shipped = Content::shipped();
        let pack = shipped.encode_pack("th").unwrap();
        let mut content = shipped.clone();
        content
            .texts
            .insert("th".to_owned(), redflag_content::LazyCatalog::pending());
        assert!(!content.is_loaded("th"));
        assert_eq!(
            Texts::new(&content, "th").get("ui.start"),
            "Start",
            "English while the pack is on its way"
        );
        // Not a pack of this build (too short), or not a pending language: refused.
        assert!(!content.provide("th", b"\x01\x01\x01x"));
        assert!(!content.provide("en", &pack));
        assert!(!content.is_loaded("th"));
        assert!(content.provide("th", &pack));
        assert!(content.is_loaded("th"));
        assert_eq!(
            content.catalog("th"),
            shipped.catalog("th"),
            "the pack gives back every string"
        );
        assert_ne!(Texts::new(&content, "th").get("ui.start"), "Start");
        assert!(!content.provide("th", &pack), "only once");
    }
}
