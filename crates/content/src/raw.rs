//! The content files as their JSON says them, before the check: fields that the check proves
//! present are optional here, and editors' notes are kept for the check to read.
//!
//! [`RawContent::into_content`] turns checked files into the [`Content`] model.

use std::collections::BTreeMap;

use serde::Deserialize;

pub use crate::files::ContentFiles;
use crate::into_model::owned;
use crate::model::{
    self, Answer, Catalog, ChildOverride, Choice, ConcernLevel, CountryCode, CountryHelp,
    Dimension, Direction, Directory, EmergencySource, Hotline, Indicator, Language, Marker,
    PathwayId, Severity, Source, Test, WeightSource, SOURCE_LANGUAGE,
};
use crate::review::{LanguageReview, ReviewRecord};
use crate::Problem;

pub const QUESTIONS_FILE: &str = "content/questions.json";
pub const LEARN_FILE: &str = "content/learn.json";
pub const SOURCES_FILE: &str = "content/sources.json";
pub const HOTLINES_FILE: &str = "content/hotlines.json";
pub const EMERGENCY_FILE: &str = "content/emergency.json";
pub const TIMEZONES_FILE: &str = "content/timezones.json";
pub const LANGUAGES_FILE: &str = "content/text/languages.json";
pub const SAME_AS_ENGLISH_FILE: &str = "content/text/same-as-english.json";

pub fn text_file(lang: &str) -> String {
    format!("content/text/{lang}.json")
}

/// Whether a question is a red flag or only context that steers branching and weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    #[default]
    Flag,
    Context,
}

/// `answer` or `answer_is_not`: exactly one is set in valid content.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub question: String,
    pub answer: Option<Answer>,
    pub answer_is_not: Option<Answer>,
}

impl Condition {
    pub fn is_well_formed(&self) -> bool {
        self.answer.is_some() != self.answer_is_not.is_some()
    }

    fn checked(&self) -> Option<model::Condition> {
        let test = match (self.answer, self.answer_is_not) {
            (Some(answer), None) => Test::Is(answer),
            (None, Some(answer)) => Test::IsNot(answer),
            _ => return None,
        };
        Some(model::Condition {
            question: self.question.clone().into(),
            test,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
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
    #[serde(default)]
    pub danger_now: bool,
    #[serde(default = "Answer::yes")]
    pub warning_answer: Answer,
    pub show_if: Option<Condition>,
    pub marks: Option<Marker>,
    pub if_under_18: Option<ChildOverride>,
    /// An editor's note on why the question is there; never shown.
    pub note: Option<String>,
}

impl Question {
    pub fn is_flag(&self) -> bool {
        self.role == Role::Flag
    }

    /// The model's question; `None` when a red flag lacks a weight or a condition is
    /// malformed (the check names which).
    fn checked(&self) -> Option<model::Question> {
        let role = match self.role {
            Role::Flag => model::Role::Flag(model::Flag {
                severity: self.severity?,
                weight_source: self.weight_source?,
                dimension: self.dimension?,
                danger_now: self.danger_now,
                warning_answer: self.warning_answer,
                if_under_18: self.if_under_18,
            }),
            Role::Context => model::Role::Context { marks: self.marks },
        };
        let show_if = match &self.show_if {
            Some(condition) => Some(condition.checked()?),
            None => None,
        };
        Some(model::Question {
            id: self.id.clone().into(),
            role,
            indicators: owned(&self.indicators),
            sources: owned(&self.sources),
            show_if,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NextStep {
    pub id: String,
    pub show_if: Option<Condition>,
    pub when_level: Option<Vec<ConcernLevel>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
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

    pub(crate) fn checked(&self) -> Option<model::Pathway> {
        let next_steps = self
            .next_steps
            .iter()
            .map(|step| {
                Some(model::NextStep {
                    id: step.id.clone().into(),
                    show_if: match &step.show_if {
                        Some(condition) => Some(condition.checked()?),
                        None => None,
                    },
                    when_level: step.when_level.clone().map(Into::into),
                })
            })
            .collect::<Option<Vec<_>>>()?;
        let questions = self
            .questions
            .iter()
            .map(Question::checked)
            .collect::<Option<Vec<_>>>()?;
        Some(model::Pathway {
            id: self.id,
            next_steps: next_steps.into(),
            questions: questions.into(),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub audience: PathwayId,
    pub choices: Vec<Choice>,
    /// An editor's note on what it teaches and where that comes from; never shown.
    pub note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionsFile {
    pathways: Vec<Pathway>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LearnFile {
    scenarios: Vec<Scenario>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    sources: Vec<Source>,
    indicators: Vec<Indicator>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HotlinesFile {
    lines: Vec<Hotline>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EmergencyFile {
    source: EmergencySource,
    countries: Vec<CountryHelp>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TimeZonesFile {
    #[allow(dead_code)]
    source: String,
    zones: BTreeMap<String, CountryCode>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguagesFile {
    languages: Vec<LanguageEntry>,
}

/// A line of `content/text/languages.json`: the model's [`Language`] and its review summary.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageEntry {
    pub code: String,
    pub name: String,
    pub dir: Direction,
    pub reviewed: bool,
    #[serde(default)]
    pub ships_country_names: bool,
    /// The independent review, where there was one.
    #[serde(default)]
    pub review: Option<LanguageReview>,
}

impl LanguageEntry {
    pub(crate) fn to_model(&self) -> Language {
        Language {
            code: self.code.clone().into(),
            name: self.name.clone().into(),
            dir: self.dir,
            reviewed: self.reviewed,
            back_translated: self.review.is_some(),
            ships_country_names: self.ships_country_names,
        }
    }
}

/// Every content file parsed, not yet checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RawContent {
    pub pathways: Vec<Pathway>,
    pub scenarios: Vec<Scenario>,
    pub sources: Vec<Source>,
    pub indicators: Vec<Indicator>,
    pub directory: Directory,
    pub zones: BTreeMap<String, CountryCode>,
    /// Language tag → its strings. Holds [`SOURCE_LANGUAGE`] after a successful parse.
    pub texts: BTreeMap<String, Catalog>,
    pub language_list: Vec<LanguageEntry>,
    /// Language tag → the review record of its translation.
    pub reviews: BTreeMap<String, ReviewRecord>,
    /// Keys each language may leave identical to English.
    pub same_as_english: BTreeMap<String, Vec<String>>,
}

impl RawContent {
    /// Parses every file into typed values; only syntax and type errors are reported.
    pub fn parse(files: &ContentFiles) -> Result<RawContent, Vec<Problem>> {
        let mut problems = Vec::new();
        let questions: Option<QuestionsFile> =
            parse_json(QUESTIONS_FILE, &files.questions, &mut problems);
        let learn: Option<LearnFile> = parse_json(LEARN_FILE, &files.learn, &mut problems);
        let sources: Option<SourcesFile> = parse_json(SOURCES_FILE, &files.sources, &mut problems);
        let hotlines: Option<HotlinesFile> =
            parse_json(HOTLINES_FILE, &files.hotlines, &mut problems);
        let emergency: Option<EmergencyFile> =
            parse_json(EMERGENCY_FILE, &files.emergency, &mut problems);
        let zones: Option<TimeZonesFile> =
            parse_json(TIMEZONES_FILE, &files.timezones, &mut problems);
        let languages: Option<LanguagesFile> =
            parse_json(LANGUAGES_FILE, &files.languages, &mut problems);
        let same_as_english: Option<BTreeMap<String, Vec<String>>> =
            parse_json(SAME_AS_ENGLISH_FILE, &files.same_as_english, &mut problems);
        let mut texts = BTreeMap::new();
        for (lang, text) in &files.texts {
            if let Some(catalog) = parse_json::<Catalog>(&text_file(lang), text, &mut problems) {
                texts.insert(lang.clone(), catalog);
            }
        }
        let mut reviews = BTreeMap::new();
        for (lang, text) in &files.reviews {
            let file = format!("content/review/{lang}.json");
            if let Some(record) = parse_json::<ReviewRecord>(&file, text, &mut problems) {
                reviews.insert(lang.clone(), record);
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
            ) if problems.is_empty() => Ok(RawContent {
                pathways: questions.pathways,
                scenarios: learn.scenarios,
                sources: sources.sources,
                indicators: sources.indicators,
                directory: Directory {
                    countries: emergency.countries.into(),
                    emergency_source: emergency.source,
                    lines: hotlines.lines.into(),
                },
                zones: zones.zones,
                texts,
                language_list: languages.languages,
                reviews,
                same_as_english,
            }),
            _ => Err(problems),
        }
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
            .flat_map(|p| &p.questions)
            .find(|q| q.id == id && q.is_flag())
    }

    pub fn language(&self, code: &str) -> Option<&LanguageEntry> {
        self.language_list.iter().find(|l| l.code == code)
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
