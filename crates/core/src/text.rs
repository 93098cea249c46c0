//! Looking up the text of one language, with English as the last resort for a missing key (the
//! content check makes sure none is missing in a shipped build).

use std::cell::OnceCell;

use litemap::LiteMap;

use redflag_content::{Content, CountryCode, Direction, Pack, SOURCE_LANGUAGE};

#[derive(Debug, Clone, Copy)]
pub struct Texts<'c> {
    content: &'c Content,
    language: &'c str,
    direction: Direction,
    pack: Option<&'c Pack>,
}

impl PartialEq for Texts<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.language == other.language
    }
}

impl<'c> Texts<'c> {
    /// The texts of the language of `pack`; English without one (the widget's loader has not
    /// delivered it yet, or the language is English).
    pub fn new(content: &'c Content, pack: Option<&'c Pack>) -> Texts<'c> {
        match pack {
            Some(pack) => Texts {
                content,
                language: &pack.language,
                direction: content
                    .language(&pack.language)
                    .map(|l| l.dir)
                    .unwrap_or_default(),
                pack: Some(pack),
            },
            None => Texts {
                content,
                language: SOURCE_LANGUAGE,
                direction: Direction::Ltr,
                pack: None,
            },
        }
    }

    pub fn language(&self) -> &'c str {
        self.language
    }

    /// What the widget says about how its text in this language was checked (the same words
    /// as the README's); nothing for English, the source.
    pub fn review_note(&self) -> Option<&'c str> {
        let language = self.content.language(self.language)?;
        let key = if self.language == SOURCE_LANGUAGE {
            return None;
        } else if language.reviewed {
            "translation.native_reviewed"
        } else if language.back_translated {
            "translation.back_translated"
        } else {
            return None;
        };
        Some(self.get(key))
    }

    /// "rtl" or "ltr", for the `dir` attribute, as `content/text/languages.json` says.
    pub fn direction(&self) -> &'static str {
        self.direction.as_str()
    }

    pub fn has(&self, key: &str) -> bool {
        self.content.key_index(key).is_some()
    }

    /// The text for `key`; the key itself if even English lacks it, so a gap is visible rather
    /// than blank.
    pub fn get<'k>(&self, key: &'k str) -> &'k str
    where
        'c: 'k,
    {
        let Some(i) = self.content.key_index(key) else {
            return key;
        };
        self.pack
            .and_then(|pack| pack.values.get(i)?.as_deref())
            .unwrap_or(&self.content.english[i].1)
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

/// A language pack file as it arrived, decoded the first time its language is shown: decoding
/// all ten as they arrived took about 45 ms of the host page's main thread at 4× CPU, mostly for
/// languages nobody picks.
#[derive(Debug)]
pub struct PackFile {
    language: String,
    key_count: usize,
    bytes: Box<[u8]>,
    pack: OnceCell<Option<Pack>>,
}

impl PackFile {
    /// The file of `language` as the loader fetched it; `None` for English (which has no pack),
    /// a language `content` does not ship, or bytes that are not a pack of this build
    /// ([`Pack::fits`]).
    pub fn new(content: &Content, language: &str, bytes: &[u8]) -> Option<PackFile> {
        let key_count = content.english.len();
        (language != SOURCE_LANGUAGE
            && content.language(language).is_some()
            && Pack::fits(key_count, bytes))
        .then(|| PackFile {
            language: language.to_owned(),
            key_count,
            bytes: bytes.into(),
            pack: OnceCell::new(),
        })
    }

    /// Its pack, decoded on the first call; `None` if it does not decode after all (English
    /// shows).
    pub fn pack(&self) -> Option<&Pack> {
        self.pack
            .get_or_init(|| Pack::decode(&self.language, self.key_count, &self.bytes))
            .as_ref()
    }
}

/// A pack as [`Packs`] holds it: compiled in, or a file that arrived.
#[derive(Debug, Clone, Copy)]
enum Held<'c> {
    Decoded(&'c Pack),
    File(&'c PackFile),
}

/// Each file lives as long as the page and arrives once, so the same file is the same pack.
impl PartialEq for Held<'_> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Held::Decoded(a), Held::Decoded(b)) => std::ptr::eq(*a, *b),
            (Held::File(a), Held::File(b)) => std::ptr::eq(*a, *b),
            _ => false,
        }
    }
}

impl Eq for Held<'_> {}

/// The language packs the widget has: none at first, each added as the loader delivers it.
/// Owned by the embedding layer, passed down to the components.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Packs<'c>(LiteMap<&'c str, Held<'c>>);

impl<'c> Packs<'c> {
    /// Every language compiled into `content` (native builds have them all).
    pub fn compiled_in(content: &'c Content) -> Packs<'c> {
        Packs(
            content
                .packs
                .iter()
                .map(|p| (&*p.language, Held::Decoded(p)))
                .collect(),
        )
    }

    pub fn insert(&mut self, pack: &'c Pack) {
        self.0.insert(&pack.language, Held::Decoded(pack));
    }

    /// Adds a file that arrived; it is decoded when its language is first read.
    pub fn insert_file(&mut self, file: &'c PackFile) {
        self.0.insert(&file.language, Held::File(file));
    }

    /// The pack of `language`, if it is here (a file is decoded on the first call).
    pub fn get(&self, language: &str) -> Option<&'c Pack> {
        match *self.0.get(language)? {
            Held::Decoded(pack) => Some(pack),
            Held::File(file) => file.pack(),
        }
    }

    /// Whether `language` can be shown in itself: English, or a language whose pack is here.
    pub fn has(&self, language: &str) -> bool {
        language == SOURCE_LANGUAGE || self.0.contains_key(language)
    }
}

/// Country names the browser knows, per language (from `Intl.DisplayNames`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CountryNames(LiteMap<String, LiteMap<String, String>>);

impl CountryNames {
    pub fn insert(&mut self, language: &str, code: &CountryCode, name: String) {
        self.0
            .entry(language.to_owned())
            .or_default()
            .insert(code.0.to_string(), name);
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
            code.0.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pathway_variants_fall_back_to_the_general_text() {
        let t = Texts::new(Content::shipped(), None);
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
        let t = Texts::new(Content::shipped(), None);
        let th = CountryCode::parse("TH").unwrap();
        let mut names = CountryNames::default();
        assert_eq!(names.name(&t, &th), "Thailand");
        names.insert("en", &th, "Kingdom of Thailand".into());
        assert_eq!(names.name(&t, &th), "Kingdom of Thailand");
        assert_eq!(names.name(&t, &CountryCode::parse("QQ").unwrap()), "QQ");
    }

    #[test]
    fn unknown_languages_read_as_english_and_placeholders_fill() {
        let t = Texts::new(Content::shipped(), None);
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
        assert_eq!(Texts::new(content, content.pack("ar")).direction(), "rtl");
        assert_eq!(Texts::new(content, content.pack("th")).direction(), "ltr");
    }

    #[test]
    fn a_language_reads_as_english_until_its_pack_is_here() {
        let content = Content::shipped();
        let mut packs = Packs::default();
        assert!(packs.has("en") && !packs.has("th"));
        let english = Texts::new(content, packs.get("th"));
        assert_eq!(
            (english.language(), english.get("ui.start")),
            ("en", "Start")
        );
        let file = content
            .pack("th")
            .expect("Thai is compiled in natively")
            .encode();
        let pack = content
            .decode_pack("th", &file)
            .expect("the pack file reads back");
        packs.insert(&pack);
        let thai = Texts::new(content, packs.get("th"));
        assert_eq!(thai.language(), "th");
        assert_ne!(thai.get("ui.start"), "Start");
        // Every Thai string comes back from the pack file.
        for (i, (key, _)) in content.english.iter().enumerate() {
            let expected = content.pack("th").unwrap().values[i].as_deref();
            assert_eq!(
                Some(thai.get(key)).filter(|_| expected.is_some()),
                expected,
                "{key}"
            );
        }
        assert_eq!(Packs::compiled_in(content).get("th"), content.pack("th"));
        assert_eq!(
            content.decode_pack("en", &file),
            None,
            "English has no pack"
        );
        assert_eq!(content.decode_pack("th", b"too short"), None);
    }

    #[test]
    fn a_pack_file_is_taken_when_it_arrives_and_read_when_its_language_is_shown() {
        let content = Content::shipped();
        let thai = content.pack("th").expect("Thai is compiled in natively");
        let bytes = thai.encode();
        let file = PackFile::new(content, "th", &bytes).expect("a Thai pack of this build");
        assert!(file.pack.get().is_none(), "not decoded on arrival");
        let mut packs = Packs::default();
        packs.insert_file(&file);
        assert!(packs.has("th"));
        assert_eq!(packs.get("th"), Some(thai), "decoded when read");
        assert_eq!(
            packs.get("th").map(|p| p as *const Pack),
            file.pack().map(|p| p as *const Pack),
            "once"
        );
        assert_eq!(Texts::new(content, packs.get("th")).language(), "th");

        assert!(
            PackFile::new(content, "en", &bytes).is_none(),
            "English has no pack"
        );
        assert!(
            PackFile::new(content, "xx", &bytes).is_none(),
            "not a shipped language"
        );
        assert!(PackFile::new(content, "th", b"too short").is_none());
        // One string per key, but not a text in its encoding (a cut escape at the end): taken
        // on arrival, and the language reads as English when shown.
        let mut broken = bytes.clone();
        broken.extend_from_slice(&[0x01, 0xE0]);
        let broken = PackFile::new(content, "th", &broken).expect("the right number of strings");
        let mut packs = Packs::default();
        packs.insert_file(&broken);
        assert_eq!(packs.get("th"), None);
        assert_eq!(Texts::new(content, packs.get("th")).language(), "en");
    }

    #[test]
    fn the_review_of_each_translation_is_said_in_its_language() {
        let content = Content::shipped();
        assert_eq!(
            Texts::new(content, None).review_note(),
            None,
            "English is the source"
        );
        let thai = Texts::new(content, content.pack("th"))
            .review_note()
            .unwrap();
        assert_eq!(
            thai,
            content.pack("th").unwrap().values
                [content.key_index("translation.back_translated").unwrap()]
            .as_deref()
            .unwrap()
        );
    }
}
