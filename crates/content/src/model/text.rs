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

/// Which of a language's strings a pack file carries. Learn mode's stories (`scenario.*`) and
/// the words of its screens (`learn.*`, but for the start screen's way in, `learn.start*`), a
/// fifth of every language's text, are files of their own (English's too), fetched only where
/// the host offers learn mode; the rest of the language is its pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Everything but the stories: the screens of the check, help and report.
    Screens,
    /// Learn mode's stories and screens.
    Stories,
}

impl Part {
    /// The part the text of `key` belongs to.
    pub fn of(key: &str) -> Part {
        if key.starts_with("scenario.")
            || (key.starts_with("learn.") && !key.starts_with("learn.start"))
        {
            Part::Stories
        } else {
            Part::Screens
        }
    }

    /// How many of `keys` (the sorted English keys) are in this part: the strings of its file.
    pub fn count(self, keys: &[(Str, Str)]) -> usize {
        keys.iter().filter(|(key, _)| Part::of(key) == self).count()
    }
}

/// Separates the strings of a pack file; never part of a text (the check refuses control
/// characters).
const PACK_SEPARATOR: char = '\u{0}';

/// In a pack written with a code page, the byte before a character outside the page, which
/// follows in UTF-8. A control character, which no text contains.
const ESCAPE: u8 = 0x01;

/// The header of a pack written in UTF-16 (little-endian).
const UTF16: u16 = 0xFFFF;

/// The header of a pack written with a code page of its own, listed at its start.
const LISTED: u16 = 0xFFFE;

/// How a pack file writes its characters. Its first two bytes (big-endian) say which:
/// - `0`: UTF-8 (Latin scripts with few marks, and any text that fits none of the others);
/// - [`UTF16`]: UTF-16, for a script spread over many blocks of Unicode (Chinese), where it
///   takes two bytes a character instead of three;
/// - [`LISTED`]: a code page of the pack's own commonest characters beyond ASCII, for a Latin
///   script rich in marks spread over several blocks (Vietnamese): one byte giving their number
///   (at most 128), then each in UTF-8, then the text as in a code page below;
/// - any other `n`: the code page of the 128 characters from U+(n × 128), for a script that
///   lives in one block (Thai, Lao, Khmer, Burmese, Arabic): a byte under 0x80 is that ASCII
///   character, a byte from 0x80 up is the page's character `byte − 0x80`, and [`ESCAPE`] comes
///   before any other character, in UTF-8 (mostly quotation marks). One byte a letter instead
///   of two or three, which brotli compresses about an eighth smaller.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Utf16,
    Page(u16),
    Listed(Vec<char>),
}

impl Encoding {
    /// The smallest way to write `text`: a code page when nine in ten of its characters beyond
    /// ASCII are in one block of 128; UTF-16 when most of its characters are beyond ASCII and
    /// spread over many; a listed code page when at least one character in twenty is beyond
    /// ASCII and nine in ten of those are among the 128 commonest; UTF-8 otherwise.
    fn for_text(text: &str) -> Encoding {
        let mut blocks = BTreeMap::<u32, usize>::new();
        let mut chars = BTreeMap::<char, usize>::new();
        let (mut all, mut beyond) = (0, 0);
        for c in text.chars() {
            all += 1;
            if !c.is_ascii() {
                beyond += 1;
                *blocks.entry(u32::from(c) / 128).or_default() += 1;
                *chars.entry(c).or_default() += 1;
            }
        }
        let commonest = blocks.into_iter().max_by_key(|&(_, count)| count);
        match commonest {
            Some((block, count)) if count * 10 >= beyond * 9 && block < u32::from(LISTED) => {
                Encoding::Page(block as u16)
            }
            Some(_) if beyond * 2 > all => Encoding::Utf16,
            Some(_) if beyond * 20 >= all => {
                let mut by_count: Vec<(char, usize)> = chars.into_iter().collect();
                // Commonest first; ties in code point order, so the same text gives the same file.
                by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                by_count.truncate(128);
                let covered: usize = by_count.iter().map(|&(_, n)| n).sum();
                if covered * 10 >= beyond * 9 {
                    Encoding::Listed(by_count.into_iter().map(|(c, _)| c).collect())
                } else {
                    Encoding::Utf8
                }
            }
            _ => Encoding::Utf8,
        }
    }

    fn header(&self) -> u16 {
        match self {
            Encoding::Utf8 => 0,
            Encoding::Utf16 => UTF16,
            Encoding::Listed(_) => LISTED,
            Encoding::Page(block) => *block,
        }
    }

    fn encode(&self, text: &str) -> Vec<u8> {
        let mut out = self.header().to_be_bytes().to_vec();
        // A code page's character for `c`, if it has one.
        let paged = |out: &mut Vec<u8>, page: &dyn Fn(char) -> Option<u8>| {
            for c in text.chars() {
                if c.is_ascii() && c != char::from(ESCAPE) {
                    out.push(c as u8);
                } else if let Some(index) = page(c) {
                    out.push(0x80 + index);
                } else {
                    out.push(ESCAPE);
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
            }
        };
        match self {
            Encoding::Utf8 => out.extend_from_slice(text.as_bytes()),
            Encoding::Utf16 => out.extend(text.encode_utf16().flat_map(u16::to_le_bytes)),
            Encoding::Page(block) => {
                let start = u32::from(*block) * 128;
                paged(&mut out, &|c| {
                    let code = u32::from(c);
                    (start..start + 128)
                        .contains(&code)
                        .then(|| (code - start) as u8)
                });
            }
            Encoding::Listed(list) => {
                out.push(list.len() as u8);
                for c in list {
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                paged(&mut out, &|c| {
                    list.iter().position(|&l| l == c).map(|i| i as u8)
                });
            }
        }
        out
    }

    /// Reads what [`Encoding::encode`] wrote, whichever encoding its header names; `None` for
    /// bytes that are not a well-formed text in it.
    fn decode(bytes: &[u8]) -> Option<String> {
        let (header, body) = bytes.split_first_chunk::<2>()?;
        match u16::from_be_bytes(*header) {
            0 => String::from_utf8(body.to_vec()).ok(),
            UTF16 => {
                let units = body.chunks_exact(2);
                if !units.remainder().is_empty() {
                    return None;
                }
                char::decode_utf16(units.map(|u| u16::from_le_bytes([u[0], u[1]])))
                    .collect::<Result<String, _>>()
                    .ok()
            }
            LISTED => {
                let (&count, mut rest) = body.split_first()?;
                let mut list = Vec::with_capacity(usize::from(count));
                for _ in 0..count {
                    let (c, after) = utf8_char(rest)?;
                    list.push(c);
                    rest = after;
                }
                decode_paged(rest, |index| list.get(usize::from(index)).copied())
            }
            block if u32::from(block) * 128 <= u32::from(char::MAX) => {
                let start = u32::from(block) * 128;
                decode_paged(body, |index| char::from_u32(start + u32::from(index)))
            }
            _ => None,
        }
    }
}

/// The character `bytes` start with in UTF-8, and what follows it.
fn utf8_char(bytes: &[u8]) -> Option<(char, &[u8])> {
    let len = match bytes.first()? {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    };
    let (c, after) = bytes.split_at_checked(len)?;
    let c = std::str::from_utf8(c).ok()?.chars().next()?;
    Some((c, after))
}

/// A text written with a code page: ASCII as itself, `0x80 + i` for the page's character `i`
/// (`page`), [`ESCAPE`] before any other character in UTF-8.
fn decode_paged(body: &[u8], page: impl Fn(u8) -> Option<char>) -> Option<String> {
    let mut out = String::with_capacity(body.len() * 3);
    let mut rest = body;
    while let Some((&byte, after)) = rest.split_first() {
        rest = after;
        if byte == ESCAPE {
            let (c, after) = utf8_char(rest)?;
            out.push(c);
            rest = after;
        } else if byte < 0x80 {
            out.push(char::from(byte));
        } else {
            out.push(page(byte - 0x80)?);
        }
    }
    Some(out)
}

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
    /// language has none, written in the smallest of the encodings [`Encoding`] lists.
    /// Decoding it is a loop over its bytes and a split, so the wasm carries no decoder.
    pub fn encode(&self) -> Vec<u8> {
        let values: Vec<&str> = self
            .values
            .iter()
            .map(|v| v.as_deref().unwrap_or(""))
            .collect();
        let text = values.join(&PACK_SEPARATOR.to_string());
        Encoding::for_text(&text).encode(&text)
    }

    /// The file of one [`Part`] of this pack: its strings for the keys of that part, in the order
    /// of `keys` (the sorted English keys it is aligned with), written as [`Pack::encode`] does.
    pub fn encode_part(&self, keys: &[(Str, Str)], part: Part) -> Vec<u8> {
        Pack {
            language: self.language.clone(),
            values: keys
                .iter()
                .zip(self.values.iter())
                .filter(|((key, _), _)| Part::of(key) == part)
                .map(|(_, value)| value.clone())
                .collect(),
        }
        .encode()
    }

    /// Reads what [`Pack::encode_part`] wrote: a pack aligned with `keys`, with the strings of
    /// `part` and `None` for every other key. `None` unless it has one string per key of `part`.
    pub fn decode_part(
        language: &str,
        keys: &[(Str, Str)],
        part: Part,
        bytes: &[u8],
    ) -> Option<Pack> {
        Pack::read(
            language,
            keys.iter().map(|(key, _)| Part::of(key) == part),
            bytes,
        )
    }

    /// A pack of `language` from a file with one string for each `true` of `slots`, in order,
    /// `None` (English shows) for each `false`; `None` unless the file has exactly that many.
    fn read(language: &str, slots: impl Iterator<Item = bool>, bytes: &[u8]) -> Option<Pack> {
        let text = Encoding::decode(bytes)?;
        let mut strings = text.split(PACK_SEPARATOR);
        let mut values = Vec::new();
        for filled in slots {
            let value = if filled { Some(strings.next()?) } else { None };
            values.push(
                value
                    .filter(|v| !v.is_empty())
                    .map(|v| Str::Owned(v.to_owned())),
            );
        }
        strings.next().is_none().then(|| Pack {
            language: Str::Owned(language.to_owned()),
            values: List::Owned(values),
        })
    }

    /// Whether `bytes` look like a pack file of a build with `key_count` English keys: a header
    /// this build reads and one string per key. A count of separators, without decoding, so a
    /// file can be taken when it arrives and decoded only when its language is first shown (a
    /// file that passes this and then does not decode shows English).
    pub fn fits(key_count: usize, bytes: &[u8]) -> bool {
        let Some((header, body)) = bytes.split_first_chunk::<2>() else {
            return false;
        };
        let separators = match u16::from_be_bytes(*header) {
            UTF16 if body.len() % 2 == 0 => {
                body.chunks_exact(2).filter(|unit| unit == &[0, 0]).count()
            }
            UTF16 => return false,
            block if block != LISTED && u32::from(block) * 128 > u32::from(char::MAX) => {
                return false
            }
            _ => body.iter().filter(|&&byte| byte == 0).count(),
        };
        separators + 1 == key_count
    }

    /// Reads what [`Pack::encode`] wrote; `None` unless it is a well-formed text with one string
    /// per English key of this build.
    pub fn decode(language: &str, key_count: usize, bytes: &[u8]) -> Option<Pack> {
        Pack::read(language, std::iter::repeat_n(true, key_count), bytes)
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
        assert_eq!(bytes, b"\0\0Un\0\0Trois", "UTF-8 for a Latin script");
        let read = Pack::decode("fr", 3, &bytes).expect("decodes");
        assert_eq!(read, pack);
        assert_eq!(read.values[1], None);
    }

    #[test]
    fn the_stories_and_the_rest_are_files_of_their_own_that_read_back_into_place() {
        let keys: Vec<(Str, Str)> = ["q.a", "scenario.x.title", "scenario.y.title", "ui.b"]
            .into_iter()
            .map(|k| (Str::Borrowed(k), Str::Borrowed("English")))
            .collect();
        assert_eq!(Part::of("scenario.x.title"), Part::Stories);
        assert_eq!(Part::of("q.a"), Part::Screens);
        assert_eq!(Part::of("learn.intro"), Part::Stories);
        assert_eq!(
            Part::of("learn.start.description"),
            Part::Screens,
            "the way in"
        );
        assert_eq!(
            (Part::Stories.count(&keys), Part::Screens.count(&keys)),
            (2, 2)
        );
        let pack = pack_of(&["Question", "Histoire", "", "Bouton"]);
        let screens = pack.encode_part(&keys, Part::Screens);
        let stories = pack.encode_part(&keys, Part::Stories);
        assert_eq!(screens, b"\0\0Question\0Bouton");
        assert_eq!(stories, b"\0\0Histoire\0");
        let read = Pack::decode_part("xx", &keys, Part::Screens, &screens).unwrap();
        assert_eq!(read.values, pack_of(&["Question", "", "", "Bouton"]).values);
        let read = Pack::decode_part("xx", &keys, Part::Stories, &stories).unwrap();
        assert_eq!(read.values, pack_of(&["", "Histoire", "", ""]).values);
        assert!(Pack::fits(2, &stories) && !Pack::fits(4, &stories));
        assert_eq!(
            Pack::decode_part("xx", &keys[..3], Part::Screens, &screens),
            None,
            "one key short"
        );
    }

    #[test]
    fn a_pack_for_other_keys_or_not_utf8_is_refused() {
        assert_eq!(
            Pack::decode("fr", 4, b"\0\0Un\0\0Trois"),
            None,
            "one key short"
        );
        assert_eq!(
            Pack::decode("fr", 3, b"\0\0Un\0\xff\0Trois"),
            None,
            "not UTF-8"
        );
        assert_eq!(Pack::decode("fr", 3, b"Un\0\0Trois"), None, "no header");
        assert_eq!(
            Pack::decode("fr", 1, b"\xff\xffU"),
            None,
            "half a UTF-16 unit"
        );
        assert_eq!(
            Pack::decode("th", 1, b"\0\x1c\x01"),
            None,
            "an escape with nothing after"
        );
        assert_eq!(
            Pack::decode("th", 1, b"\0\x1c\x01\xe2\x80"),
            None,
            "a cut character"
        );
    }

    fn pack_of(values: &[&str]) -> Pack {
        Pack {
            language: Str::Borrowed("xx"),
            values: values
                .iter()
                .map(|v| (!v.is_empty()).then(|| Str::Owned((*v).to_owned())))
                .collect(),
        }
    }

    #[test]
    fn a_script_of_one_block_is_written_a_byte_a_letter() {
        // Thai with quotation marks, a digit, a Lao letter outside its page and the escape byte.
        let thai = "ถ้ามีคนเก็บหนังสือเดินทางของคุณไว้ “เพื่อความปลอดภัย” 1";
        let pack = pack_of(&[thai, "", "ລ\u{1}"]);
        let bytes = pack.encode();
        assert_eq!(&bytes[..2], &[0, (0x0E00 / 128) as u8], "the Thai page");
        let text_bytes = thai.len() + "\0\0ລ\u{1}".len();
        assert!(
            bytes.len() < text_bytes * 2 / 3,
            "{} of {text_bytes}",
            bytes.len()
        );
        assert_eq!(Pack::decode("xx", 3, &bytes), Some(pack));
    }

    #[test]
    fn a_script_spread_over_many_blocks_is_written_in_utf16() {
        let pack = pack_of(&["你好，世界", "", "红旗检查 A"]);
        let bytes = pack.encode();
        assert_eq!(&bytes[..2], &[0xFF, 0xFF]);
        assert_eq!(Pack::decode("xx", 3, &bytes), Some(pack));
    }

    #[test]
    fn a_latin_script_rich_in_marks_lists_its_own_code_page() {
        // Vietnamese: its letters with marks are in three blocks; a Chinese quotation, outside
        // the list, is escaped; the escape byte itself too.
        let vietnamese =
            "Xin chào, thế giới! Người lao động có quyền giữ hộ chiếu của mình. ".repeat(4);
        let pack = pack_of(&[&vietnamese, "", "“工作” \u{1}"]);
        let bytes = pack.encode();
        assert_eq!(&bytes[..2], &[0xFF, 0xFE], "a listed page");
        let listed = usize::from(bytes[2]);
        assert!(listed > 10 && listed <= 128, "{listed} characters listed");
        let text_bytes = vietnamese.len() + "\0\0“工作” \u{1}".len();
        assert!(bytes.len() < text_bytes, "{} of {text_bytes}", bytes.len());
        assert_eq!(Pack::decode("xx", 3, &bytes), Some(pack));
        assert_eq!(
            Pack::decode("xx", 1, b"\xff\xfe\x02a"),
            None,
            "a list cut short"
        );
        assert_eq!(
            Pack::decode("xx", 1, b"\xff\xfe\x01\xc3\xa0\x81"),
            None,
            "a byte past the list"
        );
    }

    #[test]
    fn a_pack_fits_a_build_with_one_key_per_string_whatever_its_encoding() {
        let vietnamese = "Người lao động có quyền giữ hộ chiếu của mình. ".repeat(4);
        for values in [
            ["Un", "", "Trois"],
            ["ถ้ามีคน", "", "“ปลอดภัย”"],
            ["你好", "", "红旗 A"],
            [vietnamese.as_str(), "", "“工作”"],
        ] {
            let bytes = pack_of(&values).encode();
            assert!(Pack::fits(3, &bytes), "{values:?}");
            assert!(
                !Pack::fits(2, &bytes) && !Pack::fits(4, &bytes),
                "{values:?}"
            );
        }
        assert!(!Pack::fits(3, b"Un\0\0Trois"), "no header");
        assert!(!Pack::fits(1, b"\xff\xffU"), "half a UTF-16 unit");
        assert!(!Pack::fits(1, b"\0"), "too short");
    }
}
