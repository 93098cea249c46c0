//! The record of each translation's review: a grade per key (`content/review/<lang>.json`) and a
//! summary per language in `content/text/languages.json`. Read by the content check only; the
//! widget carries none of it.

use std::collections::BTreeMap;

use serde::Deserialize;

/// How a translated string was graded against the English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Grade {
    /// Same meaning, suitable register.
    Ok,
    /// Meaning kept, but a reader could stumble.
    Minor,
    /// Meaning changed, reversed, incomplete, or leading.
    Major,
    /// Not reviewed yet (a string written after the review).
    Unreviewed,
}

/// One key's review.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyReview {
    /// The reviewer's translation back into English of the string as it was.
    #[serde(default)]
    pub back: Option<String>,
    /// The string as it was.
    pub grade: Grade,
    /// The string as the review left it.
    #[serde(default)]
    pub after: Option<Grade>,
    /// Why, and what was changed; needed for any grade but ok.
    #[serde(default)]
    pub note: Option<String>,
}

/// `content/review/<lang>.json`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewRecord {
    pub language: String,
    pub method: String,
    pub date: String,
    pub keys: BTreeMap<String, KeyReview>,
    /// Conventions the reviewer chose (how the text addresses the reader, terms of art).
    #[serde(default)]
    pub decisions: Vec<String>,
}

/// How many keys had each grade.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    pub ok: usize,
    pub minor: usize,
    pub major: usize,
    #[serde(default)]
    pub unreviewed: usize,
}

impl Counts {
    pub fn add(&mut self, grade: Grade) {
        match grade {
            Grade::Ok => self.ok += 1,
            Grade::Minor => self.minor += 1,
            Grade::Major => self.major += 1,
            Grade::Unreviewed => self.unreviewed += 1,
        }
    }
}

/// A language's review as `content/text/languages.json` summarises it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageReview {
    /// How it was reviewed, in words a partner can read.
    pub method: String,
    pub date: String,
    /// The grades of the strings as they were, and as the review left them.
    pub before: Counts,
    pub after: Counts,
    /// What a native speaker should check, concretely, with keys.
    pub open_questions: Vec<String>,
}
