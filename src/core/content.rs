//! The shipped content: pathways and their questions, the sources and indicators they cite, the
//! hotline directory and the text of every language.
//!
//! Content is data. The JSON files under `content/` are compiled into the binary with
//! `include_str!`, parsed here in two stages (raw JSON into these types, then [`Content::check`]
//! for everything a type cannot say, such as dangling references and missing text), and handed to
//! the rest of the core as typed values. Every problem is reported with its file and id, all at
//! once, so an editor can fix a whole batch in one go.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::answer::Answer;
use super::assessment::ConcernLevel;

/// One of the four audiences the questionnaire serves. The ids are part of the embedding
/// contract (`pathway="work"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PathwayId {
    JobOffer,
    Work,
    Online,
    Witness,
}

impl PathwayId {
    pub const ALL: [PathwayId; 4] = [
        PathwayId::JobOffer,
        PathwayId::Work,
        PathwayId::Online,
        PathwayId::Witness,
    ];

    /// The id as it appears in attributes and text keys.
    pub fn as_str(self) -> &'static str {
        match self {
            PathwayId::JobOffer => "job-offer",
            PathwayId::Work => "work",
            PathwayId::Online => "online",
            PathwayId::Witness => "witness",
        }
    }

    pub fn parse(s: &str) -> Option<PathwayId> {
        PathwayId::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// How much one matched red flag weighs, following the ILO–EC operational indicators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Weak,
    Medium,
    Strong,
}

/// Where a severity comes from, kept visible so nobody mistakes a proposed weight for a
/// published one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WeightSource {
    /// The ILO–EC Delphi weight for this indicator.
    IloEc,
    /// A topic of a validated screening instrument (QYIT, RAFT, TVIT), reworded.
    ValidatedTopic,
    /// Assigned by analogy; no source gives a weight.
    Proposed,
}

/// The six ILO–EC dimensions; a dimension is "positive" when its matched flags reach the
/// ILO–EC threshold (see `assessment`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    DeceptiveRecruitment,
    CoerciveRecruitment,
    RecruitmentVulnerability,
    ExploitativeConditions,
    CoercionAtDestination,
    VulnerabilityAtDestination,
    /// Signs in an online contact (proposed grouping; not an ILO–EC dimension).
    OnlineContact,
    /// Signs a witness observed in another person (proposed grouping; not an ILO–EC dimension).
    ObservedSigns,
}

/// Whether a question is a red flag or only context that steers branching and weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    #[default]
    Flag,
    Context,
}

/// "Show this only when question X was answered Y" (`answer`), or "unless it was answered Y"
/// (`answer_is_not`, which also holds when X was skipped). Exactly one of the two is set.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub question: String,
    pub answer: Option<Answer>,
    pub answer_is_not: Option<Answer>,
}

impl Condition {
    pub fn holds(&self, answers: &BTreeMap<String, Answer>) -> bool {
        let given = answers.get(&self.question);
        match (self.answer, self.answer_is_not) {
            (Some(answer), _) => given == Some(&answer),
            (None, Some(not)) => given != Some(&not),
            (None, None) => true,
        }
    }

    fn is_well_formed(&self) -> bool {
        self.answer.is_some() != self.answer_is_not.is_some()
    }
}

/// What a context question tells the core about the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Marker {
    /// "Are you under 18?": a Yes switches on the `if_under_18` weights of the pathway.
    #[serde(rename = "under_18")]
    Under18,
}

/// What changes when the person said they are under 18.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ChildOverride {
    pub severity: Option<Severity>,
    pub danger_now: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    #[serde(default)]
    pub role: Role,
    pub indicators: Vec<String>,
    pub sources: Vec<String>,
    pub severity: Option<Severity>,
    pub weight_source: Option<WeightSource>,
    pub dimension: Option<Dimension>,
    /// A warning answer here means the person may be in danger now: emergency help first.
    #[serde(default)]
    pub danger_now: bool,
    /// The answer that raises the flag; "No" for questions such as "Do you have a contract?".
    #[serde(default = "Answer::yes")]
    pub warning_answer: Answer,
    pub show_if: Option<Condition>,
    /// Set on the context question that asks the reader's age.
    pub marks: Option<Marker>,
    pub if_under_18: Option<ChildOverride>,
    /// An editor's note on why the question is there; never shown.
    pub note: Option<String>,
}

impl Question {
    pub fn is_flag(&self) -> bool {
        self.role == Role::Flag
    }

    pub fn text_key(&self) -> String {
        format!("q.{}", self.id)
    }

    pub fn hint_key(&self) -> String {
        format!("q.{}.hint", self.id)
    }

    pub fn flag_key(&self) -> String {
        format!("flag.{}", self.id)
    }

    pub fn why_key(&self) -> String {
        format!("why.{}", self.id)
    }
}

/// A learn-mode story: a few sentences, then "Which of these are red flags?".
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    /// The pathway whose readers it is written for.
    pub audience: PathwayId,
    pub choices: Vec<Choice>,
    /// An editor's note on what it teaches and where that comes from; never shown.
    pub note: String,
}

/// One thing in a story the reader may pick as a red flag.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    /// The questionnaire's red flag this is, whose explanation and sources the feedback shows;
    /// `None` when it is not a red flag on its own (its own explanation says why).
    pub flag: Option<String>,
}

impl Scenario {
    pub fn title_key(&self) -> String {
        format!("scenario.{}.title", self.id)
    }

    pub fn story_key(&self) -> String {
        format!("scenario.{}.story", self.id)
    }

    pub fn choice_key(&self, choice: &Choice) -> String {
        format!("scenario.{}.{}", self.id, choice.id)
    }

    /// Why a choice that is not a red flag is not one.
    pub fn not_flag_key(&self, choice: &Choice) -> String {
        format!("scenario.{}.{}.why", self.id, choice.id)
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NextStep {
    pub id: String,
    pub show_if: Option<Condition>,
    pub when_level: Option<Vec<ConcernLevel>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Pathway {
    pub id: PathwayId,
    pub next_steps: Vec<NextStep>,
    pub questions: Vec<Question>,
}

impl Pathway {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// Did the reader say they are under 18?
    pub fn is_under_18(&self, answers: &BTreeMap<String, Answer>) -> bool {
        self.questions
            .iter()
            .any(|q| q.marks == Some(Marker::Under18) && answers.get(&q.id) == Some(&Answer::Yes))
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub year: String,
    pub reference: String,
    pub url: String,
}

impl Source {
    /// "Title (Publisher, year)", as the sources page and learn mode's feedback cite it.
    pub fn citation(&self) -> String {
        format!("{} ({}, {})", self.title, self.publisher, self.year)
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    pub framework: String,
    pub name: String,
}

/// An ISO 3166-1 alpha-2 code, upper case.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(transparent)]
pub struct CountryCode(pub String);

impl CountryCode {
    /// Accepts "th" or "TH"; rejects anything that is not two ASCII letters.
    pub fn parse(s: &str) -> Option<CountryCode> {
        let s = s.trim();
        (s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()))
            .then(|| CountryCode(s.to_ascii_uppercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn name_key(&self) -> String {
        format!("country.{}", self.0)
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Service {
    Police,
    Ambulance,
    Fire,
    Emergency,
}

impl Service {
    pub fn name_key(self) -> &'static str {
        match self {
            Service::Police => "service.police",
            Service::Ambulance => "service.ambulance",
            Service::Fire => "service.fire",
            Service::Emergency => "service.emergency",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EmergencyNumber {
    pub service: Service,
    pub number: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CountryHelp {
    pub code: CountryCode,
    pub emergency: Vec<EmergencyNumber>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OperatorType {
    Government,
    Ngo,
    Police,
    International,
}

impl OperatorType {
    pub fn text_key(self) -> &'static str {
        match self {
            OperatorType::Government => "help.operator.government",
            OperatorType::Ngo => "help.operator.ngo",
            OperatorType::Police => "help.operator.police",
            OperatorType::International => "help.operator.international",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    Trafficking,
    Labour,
    Child,
    Violence,
    Abroad,
    Anonymous,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Method {
    Phone,
    Sms,
    Whatsapp,
    Line,
    Viber,
    Web,
    Email,
}

impl Method {
    pub fn text_key(self) -> &'static str {
        match self {
            Method::Phone => "help.contact.phone",
            Method::Sms => "help.contact.sms",
            Method::Whatsapp => "help.contact.whatsapp",
            Method::Line => "help.contact.line",
            Method::Viber => "help.contact.viber",
            Method::Web => "help.contact.web",
            Method::Email => "help.contact.email",
        }
    }

    /// Methods reached by dialling a number (as opposed to opening an address).
    pub fn is_number(self) -> bool {
        matches!(
            self,
            Method::Phone | Method::Sms | Method::Whatsapp | Method::Viber
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub method: Method,
    /// As people write it locally: "08000 121 700", "(02) 1343".
    pub display: String,
    /// For numbers: the digits dialled inside the country (a leading "+" only for numbers meant
    /// to be dialled from abroad). For other methods: the https or mailto address.
    pub dial: String,
    /// The international form ("+448000121700"); `None` for short codes, which only work inside
    /// the country.
    #[serde(default)]
    pub e164: Option<String>,
    /// A text key under `help.contact_note.` saying when to use this contact.
    pub note: Option<String>,
    /// libphonenumber does not list this number (many help-line short codes are missing from
    /// its short-number metadata); it is sourced from the operator or the press. The number test
    /// fails if this is set on a number libphonenumber does know.
    #[serde(default)]
    pub libphonenumber_unlisted: bool,
}

impl Contact {
    /// The address a link opens: `tel:`, `sms:`, WhatsApp or Viber chat, `https:` or `mailto:`.
    /// Numbers use their international form where they have one, so they also work from a phone
    /// with a foreign SIM.
    pub fn href(&self) -> String {
        let number = self.e164.as_deref().unwrap_or(&self.dial);
        match self.method {
            Method::Phone => format!("tel:{number}"),
            Method::Sms => format!("sms:{number}"),
            Method::Whatsapp => format!("https://wa.me/{}", number.trim_start_matches('+')),
            Method::Viber => format!("viber://chat?number=%2B{}", number.trim_start_matches('+')),
            Method::Line | Method::Web | Method::Email => self.dial.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LineSource {
    pub title: String,
    pub url: String,
    pub published: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    High,
    Medium,
    Low,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Hotline {
    pub id: String,
    pub country: CountryCode,
    /// In English or romanised, as the operator names it.
    pub name: String,
    /// In the local script, where the source gives it.
    pub local_name: Option<String>,
    /// Who runs it; `None` where the source does not say.
    pub operator: Option<String>,
    pub operator_type: Option<OperatorType>,
    pub scope: Vec<Scope>,
    pub contacts: Vec<Contact>,
    pub always_open: bool,
    /// Opening hours as the source gives them, when not always open.
    pub hours: Option<String>,
    /// `None` when no source says whether calls are free.
    pub free: Option<bool>,
    /// BCP 47 codes of the languages the source says it answers in.
    #[serde(default)]
    pub languages: Vec<String>,
    pub from_abroad: bool,
    pub source: LineSource,
    /// The day the entry was compared with its source (YYYY-MM-DD). Nothing was test-dialled.
    pub checked: String,
    pub confidence: Confidence,
    /// An editor's note: a conflict between sources, a carrier limit, a doubt about hours.
    pub note: Option<String>,
}

impl Hotline {
    pub fn description_key(&self) -> String {
        format!("line.{}", self.id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EmergencySource {
    pub title: String,
    pub url: String,
    pub published: String,
    pub checked: String,
}

/// The help directory: emergency numbers for every country and territory, and the help lines.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Directory {
    pub countries: Vec<CountryHelp>,
    pub emergency_source: EmergencySource,
    pub lines: Vec<Hotline>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct HotlinesFile {
    lines: Vec<Hotline>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct EmergencyFile {
    source: EmergencySource,
    countries: Vec<CountryHelp>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct TimeZonesFile {
    #[allow(dead_code)]
    source: String,
    zones: BTreeMap<String, CountryCode>,
}

impl Directory {
    pub fn country(&self, code: &CountryCode) -> Option<&CountryHelp> {
        self.countries.iter().find(|c| &c.code == code)
    }
}

/// One language's strings, keyed by stable ids such as `q.documents_held`.
pub type Catalog = BTreeMap<String, String>;

/// A language's text, parsed on first use: the widget parses only the languages it shows, not
/// all eleven at start-up. A language shipped as a separate pack is pending until the loader
/// provides its text ([`Content::provide`]); until then it reads as empty, so English shows.
#[derive(Debug, Clone)]
pub struct LazyCatalog {
    source: Option<&'static str>,
    parsed: OnceLock<Catalog>,
    /// Shipped as a separate pack, which the loader fetches and [`Content::provide`] takes.
    pack: bool,
}

static NO_TEXT: Catalog = BTreeMap::new();

impl LazyCatalog {
    fn parsed(catalog: Catalog) -> LazyCatalog {
        let parsed = OnceLock::new();
        let _ = parsed.set(catalog);
        LazyCatalog {
            source: None,
            parsed,
            pack: false,
        }
    }

    fn lazy(source: &'static str) -> LazyCatalog {
        LazyCatalog {
            source: Some(source),
            parsed: OnceLock::new(),
            pack: false,
        }
    }

    fn pending() -> LazyCatalog {
        LazyCatalog {
            source: None,
            parsed: OnceLock::new(),
            pack: true,
        }
    }

    /// Whether the text is here: compiled in, or provided by the loader.
    pub fn is_loaded(&self) -> bool {
        self.source.is_some() || self.parsed.get().is_some()
    }

    /// The strings; a shipped file that does not parse (which the content check rules out)
    /// reads as empty, so English fills in; so does a pack not provided yet.
    pub fn get(&self) -> &Catalog {
        if !self.is_loaded() {
            return &NO_TEXT;
        }
        self.parsed.get_or_init(|| {
            self.source
                .and_then(|raw| serde_json::from_str(raw).ok())
                .unwrap_or_default()
        })
    }
}

impl PartialEq for LazyCatalog {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
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
    /// "ltr" or "rtl".
    pub dir: String,
    /// Whether a native speaker has reviewed the text.
    pub reviewed: bool,
    /// The browser has no country names in this language (Chromium lacks Burmese, Khmer and
    /// Lao), so the text file carries them for every country with a help line.
    #[serde(default)]
    pub ships_country_names: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct LanguagesFile {
    languages: Vec<Language>,
}

mod generated {
    include!(concat!(env!("OUT_DIR"), "/text_files.rs"));
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct QuestionsFile {
    pathways: Vec<Pathway>,
}

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

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct LearnFile {
    scenarios: Vec<Scenario>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    sources: Vec<Source>,
    indicators: Vec<Indicator>,
}

/// The raw text of every content file, named as they are in the repository.
pub struct ContentFiles<'a> {
    pub questions: &'a str,
    pub learn: &'a str,
    pub sources: &'a str,
    pub hotlines: &'a str,
    pub emergency: &'a str,
    pub timezones: &'a str,
    pub languages: &'a str,
    /// Keys each language may leave identical to English, by language.
    pub same_as_english: &'a str,
    /// (language tag, JSON text)
    pub texts: Vec<(&'a str, &'a str)>,
}

impl ContentFiles<'static> {
    /// The files compiled into this build.
    pub fn shipped() -> ContentFiles<'static> {
        ContentFiles {
            questions: include_str!("../../content/questions.json"),
            learn: include_str!("../../content/learn.json"),
            sources: include_str!("../../content/sources.json"),
            hotlines: include_str!("../../content/hotlines.json"),
            emergency: include_str!("../../content/emergency.json"),
            timezones: include_str!("../../content/timezones.json"),
            languages: include_str!("../../content/text/languages.json"),
            same_as_english: include_str!("../../content/text/same-as-english.json"),
            texts: generated::TEXT_FILES.to_vec(),
        }
    }
}

/// The language every other language is checked against, and the last resort for a missing key.
pub const SOURCE_LANGUAGE: &str = "en";

/// A problem in the content, located well enough to fix: the file, the id and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub file: String,
    pub id: String,
    pub message: String,
}

impl Problem {
    fn new(file: &str, id: &str, message: impl Into<String>) -> Problem {
        Problem {
            file: file.to_owned(),
            id: id.to_owned(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.id, self.message)
    }
}

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
    /// Keys each language may leave identical to English.
    pub same_as_english: BTreeMap<String, Vec<String>>,
}

const QUESTIONS_FILE: &str = "content/questions.json";
const LEARN_FILE: &str = "content/learn.json";
const SOURCES_FILE: &str = "content/sources.json";
const HOTLINES_FILE: &str = "content/hotlines.json";
const EMERGENCY_FILE: &str = "content/emergency.json";
const TIMEZONES_FILE: &str = "content/timezones.json";
const LANGUAGES_FILE: &str = "content/text/languages.json";
const SAME_AS_ENGLISH_FILE: &str = "content/text/same-as-english.json";

fn text_file(lang: &str) -> String {
    format!("content/text/{lang}.json")
}

impl Content {
    /// The content compiled into this build.
    ///
    /// It is parsed but not checked again here: its validity is proven by the content check in
    /// `tests/content.rs`, and keeping the checks out of the widget keeps them out of the wasm.
    pub fn shipped() -> &'static Content {
        static SHIPPED: OnceLock<Content> = OnceLock::new();
        SHIPPED.get_or_init(|| match Content::parse_shipped() {
            Ok(content) => content,
            Err(problems) => {
                let list: Vec<String> = problems.iter().map(Problem::to_string).collect();
                panic!("the shipped content is invalid:\n{}", list.join("\n"))
            }
        })
    }

    /// The content as the build compiled it: decoded, not parsed, so start-up does no JSON work.
    #[cfg(feature = "compiled-content")]
    fn parse_shipped() -> Result<Content, Vec<Problem>> {
        static COMPILED: &[u8] = include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/target/content/redflag-content.bin"
        ));
        Content::decode(COMPILED).ok_or_else(|| {
            vec![Problem::new(
                "target/content/redflag-content.bin",
                "",
                "does not decode; rebuild with cargo xtask dist",
            )]
        })
    }

    /// The shipped files with each language's text left to parse on first use.
    #[cfg(not(feature = "compiled-content"))]
    fn parse_shipped() -> Result<Content, Vec<Problem>> {
        let mut files = ContentFiles::shipped();
        let texts = std::mem::replace(&mut files.texts, vec![(SOURCE_LANGUAGE, "{}")]);
        let mut content = Content::parse_unchecked(&files)?;
        content.texts = texts
            .into_iter()
            .map(|(lang, raw)| (lang.to_owned(), LazyCatalog::lazy(raw)))
            .chain(
                generated::PACKED_TEXTS
                    .iter()
                    .map(|lang| ((*lang).to_owned(), LazyCatalog::pending())),
            )
            .collect();
        Ok(content)
    }

    /// The content in the compact form the wasm reads (postcard): everything but the text of
    /// languages other than English, which travel as packs ([`Content::encode_pack`]).
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
            same_as_english: BTreeMap::new(),
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
        catalog.parsed.set(parsed).is_ok()
    }

    /// Whether `language`'s text is here (English always is).
    pub fn is_loaded(&self, language: &str) -> bool {
        self.texts.get(language).is_some_and(LazyCatalog::is_loaded)
    }

    /// The shipped languages that come as separate packs, not compiled in.
    pub fn packed_languages(&self) -> Vec<&str> {
        self.languages()
            .into_iter()
            .filter(|l| self.texts.get(*l).is_some_and(|c| c.pack))
            .collect()
    }

    /// The text of one language, if it ships.
    pub fn catalog(&self, language: &str) -> Option<&Catalog> {
        self.texts.get(language).map(LazyCatalog::get)
    }

    /// Parses and checks every file; returns every problem found.
    pub fn parse(files: &ContentFiles<'_>) -> Result<Content, Vec<Problem>> {
        let content = Content::parse_unchecked(files)?;
        let problems = content.check();
        if problems.is_empty() {
            Ok(content)
        } else {
            Err(problems)
        }
    }

    /// Parses every file into typed values; only syntax and type errors are reported.
    fn parse_unchecked(files: &ContentFiles<'_>) -> Result<Content, Vec<Problem>> {
        let mut problems = Vec::new();
        let questions: Option<QuestionsFile> =
            parse_json(QUESTIONS_FILE, files.questions, &mut problems);
        let learn: Option<LearnFile> = parse_json(LEARN_FILE, files.learn, &mut problems);
        let sources: Option<SourcesFile> = parse_json(SOURCES_FILE, files.sources, &mut problems);
        let hotlines: Option<HotlinesFile> =
            parse_json(HOTLINES_FILE, files.hotlines, &mut problems);
        let emergency: Option<EmergencyFile> =
            parse_json(EMERGENCY_FILE, files.emergency, &mut problems);
        let zones: Option<TimeZonesFile> =
            parse_json(TIMEZONES_FILE, files.timezones, &mut problems);
        let languages: Option<LanguagesFile> =
            parse_json(LANGUAGES_FILE, files.languages, &mut problems);
        let same_as_english: Option<BTreeMap<String, Vec<String>>> =
            parse_json(SAME_AS_ENGLISH_FILE, files.same_as_english, &mut problems);
        let mut texts = BTreeMap::new();
        for (lang, text) in &files.texts {
            if let Some(catalog) = parse_json::<Catalog>(&text_file(lang), text, &mut problems) {
                texts.insert((*lang).to_owned(), LazyCatalog::parsed(catalog));
            }
        }
        if !texts.contains_key(SOURCE_LANGUAGE) && problems.is_empty() {
            problems.push(Problem::new(
                &text_file(SOURCE_LANGUAGE),
                SOURCE_LANGUAGE,
                "the source language is missing",
            ));
        }
        match (
            questions,
            learn,
            sources,
            hotlines,
            emergency,
            zones,
            languages,
            same_as_english,
        ) {
            (
                Some(questions),
                Some(learn),
                Some(sources),
                Some(hotlines),
                Some(emergency),
                Some(zones),
                Some(languages),
                Some(same_as_english),
            ) if problems.is_empty() => Ok(Content {
                pathways: questions.pathways,
                scenarios: learn.scenarios,
                sources: sources.sources,
                indicators: sources.indicators,
                directory: Directory {
                    countries: emergency.countries,
                    emergency_source: emergency.source,
                    lines: hotlines.lines,
                },
                zones: zones.zones,
                texts,
                language_list: languages.languages,
                same_as_english,
            }),
            _ => Err(problems),
        }
    }

    pub fn pathway(&self, id: PathwayId) -> Option<&Pathway> {
        self.pathways.iter().find(|p| p.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
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

    /// Everything a type cannot say: references, uniqueness, completeness of text, number
    /// formats. Returns every problem, sorted by file and id.
    pub fn check(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        self.check_questions(&mut problems);
        self.check_learn(&mut problems);
        self.check_sources(&mut problems);
        self.check_directory(&mut problems);
        self.check_texts(&mut problems);
        problems.sort();
        problems.dedup();
        problems
    }

    fn check_questions(&self, problems: &mut Vec<Problem>) {
        let f = QUESTIONS_FILE;
        let mut pathways = BTreeSet::new();
        let mut ids = BTreeSet::new();
        for pathway in &self.pathways {
            let pid = pathway.id.as_str();
            if !pathways.insert(pathway.id) {
                problems.push(Problem::new(f, pid, "pathway is listed twice"));
            }
            if pathway.questions.iter().filter(|q| q.is_flag()).count() < 12 {
                problems.push(Problem::new(
                    f,
                    pid,
                    "a pathway needs at least 12 red-flag questions",
                ));
            }
            let mut earlier: Vec<&Question> = Vec::new();
            for q in &pathway.questions {
                let id = q.id.as_str();
                if !is_id(id) {
                    problems.push(Problem::new(
                        f,
                        id,
                        "ids use lower-case letters, digits and underscores",
                    ));
                }
                if !ids.insert(id) {
                    problems.push(Problem::new(f, id, "question id is used twice"));
                }
                if q.sources.is_empty() {
                    problems.push(Problem::new(f, id, "cites no source"));
                }
                if q.indicators.is_empty() {
                    problems.push(Problem::new(f, id, "names no indicator"));
                }
                for s in &q.sources {
                    if self.source(s).is_none() {
                        problems.push(Problem::new(f, id, format!("cites unknown source \"{s}\"")));
                    }
                }
                for i in &q.indicators {
                    if self.indicator(i).is_none() {
                        problems.push(Problem::new(
                            f,
                            id,
                            format!("names unknown indicator \"{i}\""),
                        ));
                    }
                }
                match q.role {
                    Role::Flag => {
                        if q.severity.is_none() {
                            problems.push(Problem::new(f, id, "a red flag needs a severity"));
                        }
                        if q.weight_source.is_none() {
                            problems.push(Problem::new(f, id, "a red flag needs a weight_source"));
                        }
                        if q.dimension.is_none() {
                            problems.push(Problem::new(f, id, "a red flag needs a dimension"));
                        }
                        if q.warning_answer == Answer::Unsure {
                            problems.push(Problem::new(
                                f,
                                id,
                                "the warning answer must be yes or no",
                            ));
                        }
                    }
                    Role::Context => {
                        if q.severity.is_some()
                            || q.dimension.is_some()
                            || q.danger_now
                            || q.if_under_18.is_some()
                        {
                            problems.push(Problem::new(
                                f,
                                id,
                                "a context question carries no severity, dimension or danger",
                            ));
                        }
                    }
                }
                if q.marks.is_some() && q.is_flag() {
                    problems.push(Problem::new(
                        f,
                        id,
                        "only a context question can carry a marker",
                    ));
                }
                if q.if_under_18.is_some()
                    && !pathway
                        .questions
                        .iter()
                        .any(|m| m.marks == Some(Marker::Under18))
                {
                    problems.push(Problem::new(
                        f,
                        id,
                        "if_under_18 needs a question marked under_18 in this pathway",
                    ));
                }
                if let Some(cond) = &q.show_if {
                    if !cond.is_well_formed() {
                        problems.push(Problem::new(
                            f,
                            id,
                            "show_if needs exactly one of answer and answer_is_not",
                        ));
                    }
                    if !earlier.iter().any(|e| e.id == cond.question) {
                        problems.push(Problem::new(
                            f,
                            id,
                            format!("show_if refers to \"{}\", which is not an earlier question of this pathway", cond.question),
                        ));
                    }
                }
                earlier.push(q);
            }
            if pathway
                .questions
                .iter()
                .filter(|q| q.marks == Some(Marker::Under18))
                .count()
                > 1
            {
                problems.push(Problem::new(
                    f,
                    pid,
                    "only one question per pathway can be marked under_18",
                ));
            }
            let mut steps = BTreeSet::new();
            for step in &pathway.next_steps {
                if !steps.insert(step.id.as_str()) {
                    problems.push(Problem::new(
                        f,
                        &format!("{pid}.{}", step.id),
                        "next step is listed twice",
                    ));
                }
                if let Some(cond) = &step.show_if {
                    if !cond.is_well_formed() {
                        problems.push(Problem::new(
                            f,
                            &format!("{pid}.{}", step.id),
                            "show_if needs exactly one of answer and answer_is_not",
                        ));
                    }
                    if pathway.question(&cond.question).is_none() {
                        problems.push(Problem::new(
                            f,
                            &format!("{pid}.{}", step.id),
                            format!("show_if refers to unknown question \"{}\"", cond.question),
                        ));
                    }
                }
            }
        }
        if self.pathways.is_empty() {
            problems.push(Problem::new(f, "pathways", "no pathway is defined"));
        }
    }

    /// The red-flag question with this id, in whichever pathway asks it.
    pub fn flag(&self, id: &str) -> Option<&Question> {
        self.pathways
            .iter()
            .flat_map(|p| &p.questions)
            .find(|q| q.id == id && q.is_flag())
    }

    fn check_learn(&self, problems: &mut Vec<Problem>) {
        let f = LEARN_FILE;
        if self.scenarios.len() < 12 {
            problems.push(Problem::new(
                f,
                "scenarios",
                "learn mode needs at least 12 stories",
            ));
        }
        for pathway in PathwayId::ALL {
            if !self.scenarios.iter().any(|s| s.audience == pathway) {
                problems.push(Problem::new(
                    f,
                    pathway.as_str(),
                    "no story is written for this pathway's readers",
                ));
            }
        }
        let mut ids = BTreeSet::new();
        for scenario in &self.scenarios {
            let id = scenario.id.as_str();
            if !is_id(id) {
                problems.push(Problem::new(
                    f,
                    id,
                    "ids use lower-case letters, digits and underscores",
                ));
            }
            if !ids.insert(id) {
                problems.push(Problem::new(f, id, "story id is used twice"));
            }
            let flags = scenario.choices.iter().filter(|c| c.flag.is_some()).count();
            if flags < 2 || flags == scenario.choices.len() || scenario.choices.len() < 4 {
                problems.push(Problem::new(
                    f,
                    id,
                    "a story needs at least 4 choices: 2 or more red flags and 1 or more that are not",
                ));
            }
            let mut choices = BTreeSet::new();
            for choice in &scenario.choices {
                let cid = format!("{id}.{}", choice.id);
                if !is_id(&choice.id) || matches!(choice.id.as_str(), "title" | "story") {
                    problems.push(Problem::new(
                        f,
                        &cid,
                        "choice ids use lower-case letters, digits and underscores, and are not title or story",
                    ));
                }
                if !choices.insert(choice.id.as_str()) {
                    problems.push(Problem::new(f, &cid, "choice id is used twice"));
                }
                if let Some(flag) = &choice.flag {
                    if self.flag(flag).is_none() {
                        problems.push(Problem::new(
                            f,
                            &cid,
                            format!("links \"{flag}\", which is not a red-flag question"),
                        ));
                    }
                }
            }
            if scenario.note.trim().is_empty() {
                problems.push(Problem::new(f, id, "says nothing of what it teaches"));
            }
        }
    }

    fn check_sources(&self, problems: &mut Vec<Problem>) {
        let f = SOURCES_FILE;
        let mut ids = BTreeSet::new();
        for s in &self.sources {
            if !ids.insert(s.id.as_str()) {
                problems.push(Problem::new(f, &s.id, "source id is used twice"));
            }
            if s.title.trim().is_empty() || s.publisher.trim().is_empty() {
                problems.push(Problem::new(
                    f,
                    &s.id,
                    "a source needs a title and a publisher",
                ));
            }
            if !s.url.is_empty() && !s.url.starts_with("https://") && !s.url.starts_with("http://")
            {
                problems.push(Problem::new(f, &s.id, "url must be http(s) or empty"));
            }
        }
        let mut ids = BTreeSet::new();
        for i in &self.indicators {
            if !ids.insert(i.id.as_str()) {
                problems.push(Problem::new(f, &i.id, "indicator id is used twice"));
            }
        }
    }

    fn check_directory(&self, problems: &mut Vec<Problem>) {
        let f = HOTLINES_FILE;
        let dir = &self.directory;
        let mut codes = BTreeSet::new();
        for c in &dir.countries {
            let code = c.code.as_str();
            if CountryCode::parse(code).as_ref() != Some(&c.code) {
                problems.push(Problem::new(
                    f,
                    code,
                    "country codes are two upper-case letters (ISO 3166-1 alpha-2)",
                ));
            }
            if !codes.insert(code) {
                problems.push(Problem::new(f, code, "country is listed twice"));
            }
            if c.emergency.is_empty() {
                problems.push(Problem::new(
                    f,
                    code,
                    "every country needs at least its emergency number",
                ));
            }
            for e in &c.emergency {
                if e.number.is_empty() || !e.number.bytes().all(|b| b.is_ascii_digit()) {
                    problems.push(Problem::new(
                        f,
                        code,
                        format!("emergency number \"{}\" must be digits only", e.number),
                    ));
                }
            }
        }
        if !is_date(&dir.emergency_source.checked) {
            problems.push(Problem::new(
                f,
                "emergency_source",
                "checked must be a date (YYYY-MM-DD)",
            ));
        }
        let mut ids = BTreeSet::new();
        let mut dialled = BTreeSet::new();
        for line in &dir.lines {
            let id = line.id.as_str();
            if !is_id(id) {
                problems.push(Problem::new(
                    f,
                    id,
                    "ids use lower-case letters, digits and underscores",
                ));
            }
            if !ids.insert(id) {
                problems.push(Problem::new(f, id, "hotline id is used twice"));
            }
            if dir.country(&line.country).is_none() {
                problems.push(Problem::new(
                    f,
                    id,
                    format!("country {} has no entry in countries", line.country),
                ));
            }
            if line.confidence == Confidence::Low {
                problems.push(Problem::new(
                    f,
                    id,
                    "low-confidence entries are never shipped",
                ));
            }
            if !is_date(&line.checked) {
                problems.push(Problem::new(f, id, "checked must be a date (YYYY-MM-DD)"));
            }
            if line.source.title.trim().is_empty() {
                problems.push(Problem::new(f, id, "cites no source"));
            }
            if line.contacts.is_empty() {
                problems.push(Problem::new(f, id, "has no way to contact it"));
            }
            if line.scope.is_empty() {
                problems.push(Problem::new(f, id, "says nothing about what it helps with"));
            }
            for contact in &line.contacts {
                if let Some(message) = contact_problem(contact) {
                    problems.push(Problem::new(f, id, message));
                }
                if contact.method != Method::Web
                    && !dialled.insert((line.country.clone(), contact.dial.clone(), contact.method))
                {
                    problems.push(Problem::new(
                        f,
                        id,
                        format!("{} is listed twice", contact.dial),
                    ));
                }
            }
        }
    }

    fn check_texts(&self, problems: &mut Vec<Problem>) {
        let Some(source) = self.catalog(SOURCE_LANGUAGE) else {
            return;
        };
        let required = self.required_keys();
        for key in &required {
            if !source.contains_key(key) {
                problems.push(Problem::new(
                    &text_file(SOURCE_LANGUAGE),
                    key,
                    "text is missing",
                ));
            }
        }
        // Keys that name content must name content that exists; a stale key is a sign of a
        // renamed question whose new text was never written.
        let content_prefixes = [
            "q.",
            "flag.",
            "why.",
            "line.",
            "country.",
            "pathway.",
            "next.",
            "scenario.",
        ];
        let optional = self.optional_keys();
        for key in source.keys() {
            if content_prefixes.iter().any(|p| key.starts_with(p))
                && !required.contains(key)
                && !optional.contains(key)
            {
                problems.push(Problem::new(
                    &text_file(SOURCE_LANGUAGE),
                    key,
                    "text for content that does not exist",
                ));
            }
        }
        for (lang, catalog) in self.texts.iter().map(|(lang, lazy)| (lang, lazy.get())) {
            let file = text_file(lang);
            for (key, value) in catalog {
                if value.trim().is_empty() {
                    problems.push(Problem::new(&file, key, "text is empty"));
                }
                if lang == "my" && looks_like_zawgyi(value) {
                    problems.push(Problem::new(
                        &file,
                        key,
                        "looks like Zawgyi; Burmese must be written in Unicode",
                    ));
                }
                if let Some(original) = source.get(key) {
                    if placeholders(original) != placeholders(value) {
                        problems.push(Problem::new(
                            &file,
                            key,
                            "placeholders such as {total} differ from English",
                        ));
                    }
                } else {
                    problems.push(Problem::new(&file, key, "key does not exist in English"));
                }
            }
            if lang == SOURCE_LANGUAGE {
                continue;
            }
            let allowed: Vec<&String> = ["*", lang.as_str()]
                .iter()
                .filter_map(|l| self.same_as_english.get(*l))
                .flatten()
                .collect();
            let ships_names = self.language(lang).is_some_and(|l| l.ships_country_names);
            let line_countries: BTreeSet<String> = self
                .directory
                .lines
                .iter()
                .map(|l| l.country.name_key())
                .collect();
            for (key, english) in source {
                // Country names come from the browser where it has them; a language whose
                // names the browser lacks ships them for every country with a help line.
                let needed =
                    !key.starts_with("country.") || (ships_names && line_countries.contains(key));
                match catalog.get(key) {
                    None if needed => problems.push(Problem::new(&file, key, "translation is missing")),
                    Some(value)
                        if value == english
                            && english.chars().any(|c| c.is_ascii_alphabetic())
                            && !allowed.contains(&key) =>
                    {
                        problems.push(Problem::new(
                            &file,
                            key,
                            "identical to English: translate it, or list the key for this language in content/text/same-as-english.json",
                        ))
                    }
                    _ => {}
                }
            }
        }
        for language in &self.language_list {
            if !self.texts.contains_key(&language.code) {
                problems.push(Problem::new(
                    LANGUAGES_FILE,
                    &language.code,
                    "listed, but it has no text file",
                ));
            }
            if language.dir != "ltr" && language.dir != "rtl" {
                problems.push(Problem::new(
                    LANGUAGES_FILE,
                    &language.code,
                    "dir must be ltr or rtl",
                ));
            }
        }
        for lang in self.texts.keys() {
            if self.language(lang).is_none() {
                problems.push(Problem::new(
                    &text_file(lang),
                    lang,
                    "the language is not listed in content/text/languages.json",
                ));
            }
        }
    }

    /// Every text key the content needs.
    fn required_keys(&self) -> BTreeSet<String> {
        let mut keys = BTreeSet::new();
        for p in &self.pathways {
            keys.insert(format!("pathway.{}.title", p.id.as_str()));
            keys.insert(format!("pathway.{}.description", p.id.as_str()));
            for step in &p.next_steps {
                keys.insert(format!("next.{}.{}", p.id.as_str(), step.id));
            }
            for q in &p.questions {
                keys.insert(q.text_key());
                if q.is_flag() {
                    keys.insert(q.flag_key());
                    keys.insert(q.why_key());
                }
            }
        }
        for s in &self.scenarios {
            keys.insert(s.title_key());
            keys.insert(s.story_key());
            for c in &s.choices {
                keys.insert(s.choice_key(c));
                if c.flag.is_none() {
                    keys.insert(s.not_flag_key(c));
                }
            }
        }
        for c in &self.directory.countries {
            keys.insert(c.code.name_key());
            for e in &c.emergency {
                keys.insert(e.service.name_key().to_owned());
            }
        }
        for line in &self.directory.lines {
            keys.insert(line.description_key());
            if let Some(operator) = line.operator_type {
                keys.insert(operator.text_key().to_owned());
            }
            for c in &line.contacts {
                keys.insert(c.method.text_key().to_owned());
                if let Some(note) = &c.note {
                    keys.insert(format!("help.contact_note.{note}"));
                }
            }
        }
        keys
    }

    /// Text keys the content may have but does not need, such as hints.
    fn optional_keys(&self) -> BTreeSet<String> {
        self.pathways
            .iter()
            .flat_map(|p| &p.questions)
            .map(Question::hint_key)
            .collect()
    }
}

fn parse_json<T: for<'de> Deserialize<'de>>(
    file: &str,
    text: &str,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    match serde_json::from_str(text) {
        Ok(value) => Some(value),
        Err(e) => {
            problems.push(Problem::new(
                file,
                &format!("line {}", e.line()),
                e.to_string(),
            ));
            None
        }
    }
}

/// Zawgyi, the legacy Burmese encoding, stores the vowel sign E (U+1031) before the consonant
/// it is written in front of; Unicode stores it after the consonant (and its medials). A U+1031
/// that does not follow a consonant or a medial is the tell-tale.
fn looks_like_zawgyi(text: &str) -> bool {
    let mut previous: Option<char> = None;
    for c in text.chars() {
        if c == '\u{1031}' {
            let follows_letter = previous.is_some_and(|p| {
                ('\u{1000}'..='\u{102A}').contains(&p) || ('\u{103B}'..='\u{103E}').contains(&p)
            });
            if !follows_letter {
                return true;
            }
        }
        previous = Some(c);
    }
    false
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// `{name}` placeholders in a string, in order.
pub fn placeholders(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                out.push(&after[..end]);
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    out.sort_unstable();
    out
}

/// Format checks of one contact; whether a number is valid for its country is checked with
/// libphonenumber by `tests/numbers.test.mjs`.
fn contact_problem(contact: &Contact) -> Option<String> {
    let dial = contact.dial.as_str();
    if contact.display.trim().is_empty() {
        return Some("a contact needs a display form".into());
    }
    let digits_only = |s: &str| {
        let d = s.strip_prefix('+').unwrap_or(s);
        !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())
    };
    match contact.method {
        Method::Web | Method::Line => (!dial.starts_with("https://"))
            .then(|| format!("address \"{dial}\" must start with https://")),
        Method::Email => (!dial.starts_with("mailto:") || !dial.contains('@'))
            .then(|| format!("address \"{dial}\" must be mailto:name@domain")),
        Method::Phone | Method::Sms | Method::Whatsapp | Method::Viber => {
            if !digits_only(dial) {
                return Some(format!(
                    "number \"{dial}\" must be digits, with an optional leading +"
                ));
            }
            if let Some(e164) = &contact.e164 {
                if !e164.starts_with('+') || !digits_only(e164) || !(8..=16).contains(&e164.len()) {
                    return Some(format!("e164 \"{e164}\" must be + and 7 to 15 digits"));
                }
            } else if matches!(contact.method, Method::Whatsapp | Method::Viber) {
                return Some("a WhatsApp or Viber contact needs its e164 form".into());
            }
            let shown: String = contact
                .display
                .chars()
                .filter(char::is_ascii_digit)
                .collect();
            let dialled = dial.trim_start_matches('+');
            let same = |a: &str, b: &str| {
                let (a, b) = (a.trim_start_matches('0'), b.trim_start_matches('0'));
                !a.is_empty() && !b.is_empty() && (a.ends_with(b) || b.ends_with(a))
            };
            if !same(&shown, dialled) {
                return Some(format!(
                    "display \"{}\" and number \"{dial}\" differ",
                    contact.display
                ));
            }
            if let Some(e164) = &contact.e164 {
                if !same(e164.trim_start_matches('+'), dialled) {
                    return Some(format!("e164 \"{e164}\" and number \"{dial}\" differ"));
                }
            }
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::Texts;

    /// A pack as the build writes it.
    fn pack_of(language: &str) -> Vec<u8> {
        Content::shipped().encode_pack(language).unwrap()
    }

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
        assert!(decoded.provide("th", &pack_of("th")));
        assert_eq!(decoded.catalog("th"), shipped.catalog("th"));
        assert!(Content::decode(b"not content").is_none());
    }

    #[test]
    fn a_pack_language_reads_as_english_until_its_text_is_provided() {
        let mut content = Content::shipped().clone();
        content
            .texts
            .insert("th".to_owned(), LazyCatalog::pending());
        assert!(!content.is_loaded("th"));
        assert_eq!(
            Texts::new(&content, "th").get("ui.start"),
            "Start",
            "English while the pack is on its way"
        );
        // Not a pack of this build (too short), or not a pending language: refused.
        assert!(!content.provide("th", &postcard::to_allocvec(&[Some("only one")]).unwrap()));
        assert!(!content.provide("en", &pack_of("th")));
        assert!(!content.is_loaded("th"));
        assert!(content.provide("th", &pack_of("th")));
        assert!(content.is_loaded("th"));
        assert_eq!(
            content.catalog("th"),
            Content::shipped().catalog("th"),
            "the pack gives back every string"
        );
        assert!(!content.provide("th", &pack_of("th")), "only once");
    }

    fn shipped_with(edit: impl FnOnce(&mut Vec<String>)) -> Vec<String> {
        let base = ContentFiles::shipped();
        let mut texts = vec![
            base.questions.to_owned(),
            base.sources.to_owned(),
            base.hotlines.to_owned(),
            base.texts
                .iter()
                .find(|(lang, _)| *lang == "en")
                .expect("English ships")
                .1
                .to_owned(),
            base.learn.to_owned(),
        ];
        edit(&mut texts);
        let files = ContentFiles {
            questions: &texts[0],
            learn: &texts[4],
            sources: &texts[1],
            hotlines: &texts[2],
            emergency: base.emergency,
            timezones: base.timezones,
            languages: base.languages,
            same_as_english: base.same_as_english,
            texts: base
                .texts
                .iter()
                .map(|(lang, text)| {
                    (
                        *lang,
                        if *lang == "en" {
                            texts[3].as_str()
                        } else {
                            text
                        },
                    )
                })
                .collect(),
        };
        match Content::parse(&files) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn every_problem_is_listed_with_file_and_id() {
        let problems = shipped_with(|files| {
            files[0] = files[0]
                .replace("\"ohchr_scam_operations_2023\"", "\"no_such_source\"")
                .replace("\"id\": \"wages_withheld\"", "\"id\": \"told_to_lie\"");
            files[2] = files[2].replace("\"dial\": \"1300\"", "\"dial\": \"13OO\"");
            files[3] = files[3].replace("\"q.violence\":", "\"q.violence_old\":");
        });
        let expected = [
            "content/questions.json: told_to_lie: question id is used twice",
            "content/questions.json: forced_tasks: cites unknown source \"no_such_source\"",
            "content/hotlines.json: th_1300: number \"13OO\" must be digits, with an optional leading +",
            "content/text/en.json: q.violence: text is missing",
            "content/text/en.json: q.violence_old: text for content that does not exist",
        ];
        for e in expected {
            assert!(
                problems.iter().any(|p| p == e),
                "missing {e:?} in {problems:#?}"
            );
        }
    }

    #[test]
    fn learn_mode_links_and_texts_are_checked() {
        let problems = shipped_with(|files| {
            files[4] = files[4]
                .replace(
                    "\"flag\": \"offer_high_pay\"",
                    "\"flag\": \"offer_same_country\"",
                )
                .replace("\"id\": \"office_moved\"", "\"id\": \"chat_offer\"");
            files[3] = files[3].replace(
                "\"scenario.chat_offer.company_website.why\":",
                "\"scenario.chat_offer.website.why\":",
            );
        });
        let expected = [
            "content/learn.json: chat_offer.pay_too_good: links \"offer_same_country\", which is not a red-flag question",
            "content/learn.json: chat_offer: story id is used twice",
            "content/text/en.json: scenario.chat_offer.company_website.why: text is missing",
            "content/text/en.json: scenario.chat_offer.website.why: text for content that does not exist",
        ];
        for e in expected {
            assert!(
                problems.iter().any(|p| p == e),
                "missing {e:?} in {problems:#?}"
            );
        }
    }

    #[test]
    fn syntax_errors_name_the_file_and_line() {
        let problems = shipped_with(|files| files[2].insert(0, '{'));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].starts_with("content/hotlines.json: line 1"),
            "{problems:?}"
        );
    }

    #[test]
    fn low_confidence_numbers_are_refused() {
        let problems = shipped_with(|files| {
            files[2] = files[2].replacen("\"confidence\": \"high\"", "\"confidence\": \"low\"", 1)
        });
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].ends_with(": low-confidence entries are never shipped"),
            "{problems:?}"
        );
    }

    #[test]
    fn placeholders_must_match_english() {
        assert_eq!(
            placeholders("Question {current} of {total}"),
            ["current", "total"]
        );
        assert_eq!(placeholders("{total}: {current}"), ["current", "total"]);
        assert!(placeholders("no braces").is_empty());
    }

    fn contact(method: Method, display: &str, dial: &str, e164: Option<&str>) -> Contact {
        Contact {
            method,
            display: display.into(),
            dial: dial.into(),
            e164: e164.map(Into::into),
            note: None,
            libphonenumber_unlisted: false,
        }
    }

    #[test]
    fn contact_formats() {
        use Method::*;
        let ok = [
            contact(Phone, "1300", "1300", None),
            contact(
                Phone,
                "+66 99 130 1300",
                "+66991301300",
                Some("+66991301300"),
            ),
            contact(Phone, "08000 121 700", "08000121700", Some("+448000121700")),
            contact(Phone, "(02) 1343", "021343", None),
            contact(
                Whatsapp,
                "0811-1129-129",
                "08111129129",
                Some("+628111129129"),
            ),
            contact(Web, "example.org", "https://example.org/", None),
            contact(Email, "help@example.org", "mailto:help@example.org", None),
        ];
        for c in ok {
            assert_eq!(contact_problem(&c), None, "{c:?}");
        }
        let bad = [
            contact(Phone, "1-300", "1-300", None),
            contact(Phone, "1300", "1387", None),
            contact(Phone, "08000 121 700", "08000121700", Some("+448000121799")),
            contact(Phone, "08000 121 700", "08000121700", Some("448000121700")),
            contact(Whatsapp, "0811-1129-129", "08111129129", None),
            contact(Web, "example.org", "http://example.org/", None),
            contact(Email, "help", "help@example.org", None),
        ];
        for c in bad {
            assert!(contact_problem(&c).is_some(), "{c:?} should be refused");
        }
    }

    #[test]
    fn links_use_the_international_form_where_there_is_one() {
        use Method::*;
        assert_eq!(contact(Phone, "1300", "1300", None).href(), "tel:1300");
        assert_eq!(
            contact(Phone, "08000 121 700", "08000121700", Some("+448000121700")).href(),
            "tel:+448000121700"
        );
        assert_eq!(
            contact(Whatsapp, "0811", "08111129129", Some("+628111129129")).href(),
            "https://wa.me/628111129129"
        );
        assert_eq!(contact(Sms, "233733", "233733", None).href(), "sms:233733");
    }

    #[test]
    fn zawgyi_is_recognised() {
        // "မေး" (ask) in Unicode order, and the same word as Zawgyi stores it.
        assert!(!looks_like_zawgyi("\u{1019}\u{1031}\u{1038}"));
        assert!(looks_like_zawgyi("\u{1031}\u{1019}\u{1038}"));
        assert!(!looks_like_zawgyi("ပတ်စ်ပို့"));
    }

    #[test]
    fn country_codes() {
        assert_eq!(
            CountryCode::parse(" th ").map(|c| c.0),
            Some("TH".to_owned())
        );
        for bad in ["", "T", "THA", "1H", "T-"] {
            assert_eq!(CountryCode::parse(bad), None, "{bad}");
        }
    }
}
