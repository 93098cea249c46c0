//! Looking up the text of one language, with English as the last resort for a missing key (the
//! content check makes sure none is missing in a shipped build).

use std::cell::OnceCell;

use litemap::LiteMap;

use redflag_content::{Content, CountryCode, Direction, Pack, Part, Str, SOURCE_LANGUAGE};

#[derive(Debug, Clone, Copy)]
pub struct Texts<'c> {
    content: &'c Content,
    language: &'c str,
    direction: Direction,
    pack: Option<&'c Pack>,
    /// Learn mode's stories in this language, then in English, where they have arrived.
    stories: [Option<&'c Pack>; 2],
}

/// The same language with the same stories here: what a screen shows can only differ when a
/// pack or a stories file has arrived.
impl PartialEq for Texts<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.language == other.language
            && self.stories.map(|s| s.is_some()) == other.stories.map(|s| s.is_some())
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
                stories: [None; 2],
            },
            None => Texts {
                content,
                language: SOURCE_LANGUAGE,
                direction: Direction::Ltr,
                pack: None,
                stories: [None; 2],
            },
        }
    }

    /// The texts of `language` from the packs and stories that have arrived: English until its
    /// pack is here; learn mode's stories in it where its stories file is here, else in English
    /// where English's is.
    pub fn of(content: &'c Content, packs: &Packs<'c>, language: &str) -> Texts<'c> {
        Texts {
            stories: [packs.stories(language), packs.stories(SOURCE_LANGUAGE)],
            ..Texts::new(content, packs.get(language))
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
        [self.pack, self.stories[0], self.stories[1]]
            .into_iter()
            .flatten()
            .find_map(|pack| pack.values.get(i)?.as_deref())
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

/// A file of one part of a language's text as it arrived, decoded the first time its language
/// is shown: decoding all ten packs as they arrived took about 45 ms of the host page's main
/// thread at 4× CPU, mostly for languages nobody picks.
#[derive(Debug)]
pub struct PackFile<'c> {
    language: String,
    part: Part,
    /// The English keys the file's strings go with.
    keys: &'c [(Str, Str)],
    bytes: Box<[u8]>,
    pack: OnceCell<Option<Pack>>,
}

impl<'c> PackFile<'c> {
    /// The file of `part` of `language` as the loader fetched it; `None` for English's screens
    /// (the wasm and the data file carry them), a language `content` does not ship, or bytes
    /// that are not a file of this build ([`Pack::fits`]: one string per key of the part).
    pub fn new(
        content: &'c Content,
        language: &str,
        part: Part,
        bytes: &[u8],
    ) -> Option<PackFile<'c>> {
        (content.has_file(language, part) && Pack::fits(part.count(&content.english), bytes)).then(
            || PackFile {
                language: language.to_owned(),
                part,
                keys: &content.english,
                bytes: bytes.into(),
                pack: OnceCell::new(),
            },
        )
    }

    /// Its pack (the strings of its part, in place among the English keys), decoded on the
    /// first call; `None` if it does not decode after all (English shows).
    pub fn pack(&self) -> Option<&Pack> {
        self.pack
            .get_or_init(|| Pack::decode_part(&self.language, self.keys, self.part, &self.bytes))
            .as_ref()
    }
}

/// Where a file the screens wait for is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    Coming,
    Here,
    Failed,
}

/// A pack as [`Packs`] holds it: compiled in, a file that arrived, or a file that could not be
/// fetched or read.
#[derive(Debug, Clone, Copy)]
enum Held<'c> {
    Decoded(&'c Pack),
    File(&'c PackFile<'c>),
    Missing,
}

impl<'c> Held<'c> {
    fn pack(self) -> Option<&'c Pack> {
        match self {
            Held::Decoded(pack) => Some(pack),
            Held::File(file) => file.pack(),
            Held::Missing => None,
        }
    }
}

/// Each file lives as long as the page and arrives once, so the same file is the same pack.
impl PartialEq for Held<'_> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Held::Decoded(a), Held::Decoded(b)) => std::ptr::eq(*a, *b),
            (Held::File(a), Held::File(b)) => std::ptr::eq(*a, *b),
            (Held::Missing, Held::Missing) => true,
            _ => false,
        }
    }
}

impl Eq for Held<'_> {}

/// The language packs the widget has: none at first, each added as the loader delivers it; and
/// learn mode's stories, per language (English's too), where the host offers learn mode.
/// Owned by the embedding layer, passed down to the components.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Packs<'c> {
    screens: LiteMap<&'c str, Held<'c>>,
    /// Every stories file that settled, arrived or missing.
    stories: LiteMap<&'c str, Held<'c>>,
}

impl<'c> Packs<'c> {
    /// Every language compiled into `content` (native builds have them all, stories included).
    pub fn compiled_in(content: &'c Content) -> Packs<'c> {
        Packs {
            screens: content
                .packs
                .iter()
                .map(|p| (&*p.language, Held::Decoded(p)))
                .collect(),
            stories: LiteMap::new(),
        }
    }

    /// Adds a file that arrived, of either part; it is decoded when its language is first read.
    pub fn insert_file(&mut self, file: &'c PackFile<'c>) {
        let files = match file.part {
            Part::Screens => &mut self.screens,
            Part::Stories => &mut self.stories,
        };
        files.insert(&file.language, Held::File(file));
    }

    /// The stories of `language` (one `content` ships) could not be fetched or read: they show
    /// in English, or if English's are missing too, learn mode says its stories could not load.
    pub fn stories_failed(&mut self, content: &'c Content, language: &str) {
        if let Some(language) = content.language(language) {
            self.stories.insert(&language.code, Held::Missing);
        }
    }

    /// The pack of `language`, if it is here (a file is decoded on the first call).
    pub fn get(&self, language: &str) -> Option<&'c Pack> {
        self.screens.get(language)?.pack()
    }

    /// Learn mode's stories in `language`, if they are here (decoded on the first call).
    pub fn stories(&self, language: &str) -> Option<&'c Pack> {
        self.stories.get(language)?.pack()
    }

    /// Whether the stories of `language` have settled: arrived, or failed.
    pub fn stories_settled(&self, language: &str) -> bool {
        self.stories.contains_key(language)
    }

    /// Whether learn mode can show its stories in `language`: once that language's file and
    /// English's have settled (a language's that failed shows English); never without English's,
    /// the last resort for every word.
    pub fn stories_for(&self, language: &str) -> Arrival {
        if !self.stories_settled(SOURCE_LANGUAGE) || !self.stories_settled(language) {
            Arrival::Coming
        } else if self.stories(SOURCE_LANGUAGE).is_none() {
            Arrival::Failed
        } else {
            Arrival::Here
        }
    }

    /// Whether `language` can be shown in itself: English, or a language whose pack is here.
    pub fn has(&self, language: &str) -> bool {
        language == SOURCE_LANGUAGE || self.screens.contains_key(language)
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
        let english = Texts::of(content, &packs, "th");
        assert_eq!(
            (english.language(), english.get("ui.start")),
            ("en", "Start")
        );
        let bytes = content.pack_file("th", Part::Screens).unwrap();
        let file = PackFile::new(content, "th", Part::Screens, &bytes).expect("a Thai pack");
        packs.insert_file(&file);
        let thai = Texts::of(content, &packs, "th");
        assert_eq!(thai.language(), "th");
        assert_ne!(thai.get("ui.start"), "Start");
        // Every Thai string but the stories comes back from the pack file.
        let compiled = content.pack("th").expect("Thai is compiled in natively");
        for (i, (key, english)) in content.english.iter().enumerate() {
            let expected = match Part::of(key) {
                Part::Screens => compiled.values[i].as_deref().unwrap_or(english),
                Part::Stories => english,
            };
            assert_eq!(thai.get(key), expected, "{key}");
        }
        assert_eq!(Packs::compiled_in(content).get("th"), Some(compiled));
    }

    #[test]
    fn the_stories_show_in_the_language_where_its_file_is_here_else_in_english() {
        // As in the widget: English's stories come as a file too, not with the rest.
        let first = content_without_stories();
        let key = "scenario.chat_offer.title";
        let english_title = Content::shipped().english(key).unwrap();
        let thai_title = Content::shipped().pack("th").unwrap().values
            [first.key_index(key).unwrap()]
        .as_deref()
        .unwrap();
        let mut packs = Packs::default();
        let screens = PackFile::new(
            first,
            "th",
            Part::Screens,
            &Content::shipped().pack_file("th", Part::Screens).unwrap(),
        )
        .unwrap();
        packs.insert_file(Box::leak(Box::new(screens)));
        assert_eq!(
            Texts::of(first, &packs, "th").get(key),
            "",
            "no stories yet"
        );
        assert!(!packs.stories_settled("en"));

        let english = Content::shipped().pack_file("en", Part::Stories).unwrap();
        let english = PackFile::new(first, "en", Part::Stories, &english).expect("English stories");
        packs.insert_file(Box::leak(Box::new(english)));
        let before = Texts::of(first, &packs, "th");
        assert_eq!(before.get(key), english_title);
        assert_eq!(Texts::of(first, &packs, "en").get(key), english_title);

        let thai = Content::shipped().pack_file("th", Part::Stories).unwrap();
        assert!(
            PackFile::new(first, "th", Part::Screens, &thai).is_none(),
            "a stories file is not a pack"
        );
        let thai = PackFile::new(first, "th", Part::Stories, &thai).expect("Thai stories");
        packs.insert_file(Box::leak(Box::new(thai)));
        let after = Texts::of(first, &packs, "th");
        assert_eq!(after.get(key), thai_title);
        assert_ne!(after, before, "a screen showing the story renders again");
        assert!(packs.stories_settled("th"));

        assert_eq!(packs.stories_for("th"), Arrival::Here);
        assert_eq!(
            packs.stories_for("vi"),
            Arrival::Coming,
            "its file not settled yet"
        );
        packs.stories_failed(first, "vi");
        assert_eq!(packs.stories_for("vi"), Arrival::Here, "shown in English");

        let mut failed = Packs::default();
        assert_eq!(failed.stories_for("en"), Arrival::Coming);
        failed.stories_failed(first, "en");
        assert!(failed.stories_settled("en") && failed.stories("en").is_none());
        assert_eq!(failed.stories_for("en"), Arrival::Failed);
    }

    /// The content as the widget has it once its data file is here: everything but the stories'
    /// English.
    fn content_without_stories() -> &'static Content {
        let content = Content::shipped();
        let (first, deferred) = content.split();
        let first: &'static Content = Box::leak(Box::new(first));
        let joined = first.join(deferred).expect("the parts belong together");
        Box::leak(Box::new(joined))
    }

    #[test]
    fn a_pack_file_is_taken_when_it_arrives_and_read_when_its_language_is_shown() {
        let content = Content::shipped();
        let thai = content.pack("th").expect("Thai is compiled in natively");
        let bytes = content.pack_file("th", Part::Screens).unwrap();
        let file =
            PackFile::new(content, "th", Part::Screens, &bytes).expect("a Thai pack of this build");
        assert!(file.pack.get().is_none(), "not decoded on arrival");
        let mut packs = Packs::default();
        packs.insert_file(&file);
        assert!(packs.has("th"));
        let read = packs.get("th").expect("decoded when read");
        assert_eq!(
            read.values[content.key_index("ui.start").unwrap()],
            thai.values[content.key_index("ui.start").unwrap()]
        );
        assert_eq!(
            packs.get("th").map(|p| p as *const Pack),
            file.pack().map(|p| p as *const Pack),
            "once"
        );
        assert_eq!(Texts::new(content, packs.get("th")).language(), "th");

        assert!(
            PackFile::new(content, "en", Part::Screens, &bytes).is_none(),
            "English has no pack"
        );
        assert!(
            PackFile::new(content, "xx", Part::Screens, &bytes).is_none(),
            "not a shipped language"
        );
        assert!(PackFile::new(content, "th", Part::Screens, b"too short").is_none());
        // One string per key, but not a text in its encoding (a cut escape at the end): taken
        // on arrival, and the language reads as English when shown.
        let mut broken = bytes.clone();
        broken.extend_from_slice(&[0x01, 0xE0]);
        let broken = PackFile::new(content, "th", Part::Screens, &broken)
            .expect("the right number of strings");
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
