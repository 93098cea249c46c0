//! The questionnaire as the content check proved it: every red flag has its weight, every
//! condition its one test. Nothing here is optional that the check guarantees.

use litemap::LiteMap;

/// A person's answers by question id: a map sorted by key in one vector (far less code in
/// the wasm than a `BTreeMap`, and a questionnaire has a few dozen answers at most).
pub type Answers = LiteMap<String, Answer>;

use serde::Deserialize;

use super::{Answer, List, PathwayId, Str};

/// How much one matched red flag weighs, following the ILO–EC operational indicators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Weak,
    Medium,
    Strong,
}

/// Where a severity comes from, kept visible so nobody mistakes a proposed weight for a
/// published one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
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

/// How worried a result may sound, from least to most. The content names levels (a next step
/// shown only for `urgent`); the core's assessment computes one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(rename_all = "lowercase")]
pub enum ConcernLevel {
    None,
    Some,
    Serious,
    Urgent,
}

impl ConcernLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            ConcernLevel::None => "none",
            ConcernLevel::Some => "some",
            ConcernLevel::Serious => "serious",
            ConcernLevel::Urgent => "urgent",
        }
    }
}

/// What a context question tells the core about the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(rename_all = "snake_case")]
pub enum Marker {
    /// "Are you under 18?": a Yes switches on the `if_under_18` weights of the pathway.
    #[serde(rename = "under_18")]
    Under18,
}

/// What changes when the person said they are under 18; `None` keeps the adult weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(deny_unknown_fields)]
pub struct ChildOverride {
    pub severity: Option<Severity>,
    pub danger_now: Option<bool>,
}

/// How a [`Condition`] tests the earlier answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
pub enum Test {
    /// The question was answered this way.
    Is(Answer),
    /// The question was not answered this way (skipped counts as not).
    IsNot(Answer),
}

/// "Show this only when question X was answered Y", or "unless it was answered Y".
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
pub struct Condition {
    pub question: Str,
    pub test: Test,
}

impl Condition {
    pub fn holds(&self, answers: &Answers) -> bool {
        let given = answers.get(self.question.as_ref());
        match self.test {
            Test::Is(answer) => given == Some(&answer),
            Test::IsNot(answer) => given != Some(&answer),
        }
    }
}

/// What makes a question a red flag: its weight, where the weight comes from, and the answer
/// that raises it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
pub struct Flag {
    pub severity: Severity,
    pub weight_source: WeightSource,
    pub dimension: Dimension,
    /// A warning answer here means the person may be in danger now: emergency help first.
    pub danger_now: bool,
    /// The answer that raises the flag; "No" for questions such as "Do you have a contract?".
    pub warning_answer: Answer,
    pub if_under_18: Option<ChildOverride>,
}

/// A red flag, or context that steers branching and weights.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
pub enum Role {
    Flag(Flag),
    Context { marks: Option<Marker> },
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
pub struct Question {
    pub id: Str,
    pub role: Role,
    pub indicators: List<Str>,
    pub sources: List<Str>,
    pub show_if: Option<Condition>,
}

impl Question {
    pub fn is_flag(&self) -> bool {
        matches!(self.role, Role::Flag(_))
    }

    /// The red flag's weights; `None` for a context question.
    pub fn flag(&self) -> Option<&Flag> {
        match &self.role {
            Role::Flag(flag) => Some(flag),
            Role::Context { .. } => None,
        }
    }

    pub fn marks(&self) -> Option<Marker> {
        match self.role {
            Role::Context { marks } => marks,
            Role::Flag(_) => None,
        }
    }

    pub fn text_key(&self) -> String {
        keys::question(&self.id)
    }

    pub fn hint_key(&self) -> String {
        keys::hint(&self.id)
    }

    pub fn flag_key(&self) -> String {
        keys::flag(&self.id)
    }

    pub fn why_key(&self) -> String {
        keys::why(&self.id)
    }

    /// The red flag as one plain sentence for a report to a help line.
    pub fn report_key(&self) -> String {
        keys::report(&self.id)
    }
}

/// The text keys of a question, shared by the checked model and the raw files the check reads.
pub(crate) mod keys {
    pub fn question(id: &str) -> String {
        format!("q.{id}")
    }

    pub fn hint(id: &str) -> String {
        format!("q.{id}.hint")
    }

    pub fn flag(id: &str) -> String {
        format!("flag.{id}")
    }

    pub fn why(id: &str) -> String {
        format!("why.{id}")
    }

    pub fn report(id: &str) -> String {
        format!("report.flag.{id}")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
pub struct NextStep {
    pub id: Str,
    pub show_if: Option<Condition>,
    /// The levels it is shown at; `None` for every level.
    pub when_level: Option<List<ConcernLevel>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
pub struct Pathway {
    pub id: PathwayId,
    pub next_steps: List<NextStep>,
    pub questions: List<Question>,
}

impl Pathway {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// Did the reader say they are under 18?
    pub fn is_under_18(&self, answers: &Answers) -> bool {
        self.questions.iter().any(|q| {
            q.marks() == Some(Marker::Under18) && answers.get(q.id.as_ref()) == Some(&Answer::Yes)
        })
    }

    /// The key of one of its next steps.
    pub fn next_step_key(&self, step: &NextStep) -> String {
        format!("next.{}.{}", self.id.as_str(), step.id)
    }
}
