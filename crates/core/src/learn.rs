//! Learn mode: short stories, each followed by "Which of these are red flags?". The person picks
//! any number of choices, then sees every choice explained: a red flag with the questionnaire's
//! own explanation and sources, anything else with why it is not a red flag on its own.
//!
//! Like the answers, what the person picks lives only in the session, in memory.

use litemap::LiteMap;

use redflag_content::{Choice, Content, PathwayId, Question, Scenario, Severity};

/// Where the person is in learn mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Learning {
    /// The readers whose stories were chosen; `None` for all of them.
    pub audience: Option<PathwayId>,
    /// The story being read, in `stories(audience)`.
    pub index: usize,
    /// The choices picked in this story.
    pub selected: LiteMap<String, ()>,
    /// Whether the feedback for this story is showing.
    pub checked: bool,
}

impl Learning {
    pub fn new(audience: Option<PathwayId>) -> Learning {
        Learning {
            audience,
            index: 0,
            selected: LiteMap::new(),
            checked: false,
        }
    }

    /// The story being read, its position counted from 1 and how many there are.
    pub fn story<'c>(&self, content: &'c Content) -> Option<(&'c Scenario, usize, usize)> {
        let list = stories(content, self.audience);
        let story = list.get(self.index)?;
        Some((story, self.index + 1, list.len()))
    }
}

/// The stories for one audience (all of them for `None`), in the order they are read.
pub fn stories(content: &Content, audience: Option<PathwayId>) -> Vec<&Scenario> {
    content
        .scenarios
        .iter()
        .filter(|s| audience.is_none_or(|a| s.audience == a))
        .collect()
}

/// The signs on the printable sheet: the strong red flags of one pathway, or of all of them
/// (each once) when the sheet is printed from learn mode.
pub fn printed_signs(content: &Content, pathway: Option<PathwayId>) -> Vec<&Question> {
    let mut seen = LiteMap::new_vec();
    content
        .pathways
        .iter()
        .filter(|p| pathway.is_none_or(|id| p.id == id))
        .flat_map(|p| p.questions.iter())
        .filter(|q| q.flag().is_some_and(|f| f.severity == Severity::Strong))
        .filter(|q| seen.insert(q.id.as_ref(), ()).is_none())
        .collect()
}

/// What the feedback says about one choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// A red flag, and the person picked it.
    Spotted,
    /// A red flag the person did not pick.
    Missed,
    /// Not a red flag on its own (whether picked or not, the same explanation follows).
    NotFlag { chosen: bool },
}

/// The feedback for one choice: its verdict and, for a red flag, the questionnaire's question
/// whose flag title, explanation and sources are shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Feedback<'c> {
    pub choice: &'c Choice,
    pub verdict: Verdict,
    pub flag: Option<&'c Question>,
}

/// The feedback for every choice of a story, in the story's order.
pub fn feedback<'c>(
    content: &'c Content,
    story: &'c Scenario,
    selected: &LiteMap<String, ()>,
) -> Vec<Feedback<'c>> {
    story
        .choices
        .iter()
        .map(|choice| {
            let chosen = selected.contains_key(choice.id.as_ref());
            let flag = choice.flag.as_deref().and_then(|id| content.flag(id));
            let verdict = match (flag.is_some(), chosen) {
                (true, true) => Verdict::Spotted,
                (true, false) => Verdict::Missed,
                (false, chosen) => Verdict::NotFlag { chosen },
            };
            Feedback {
                choice,
                verdict,
                flag,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_audience_has_stories_and_all_means_every_story() {
        let content = Content::shipped();
        let all = stories(content, None);
        assert_eq!(all.len(), content.scenarios.len());
        let per_audience: usize = PathwayId::ALL
            .iter()
            .map(|a| stories(content, Some(*a)).len())
            .sum();
        assert_eq!(per_audience, all.len());
        let work = stories(content, Some(PathwayId::Work));
        assert!(work.iter().all(|s| s.audience == PathwayId::Work));
        let learning = Learning {
            index: work.len() - 1,
            ..Learning::new(Some(PathwayId::Work))
        };
        let (story, position, total) = learning.story(content).unwrap();
        assert_eq!(
            (story.id.as_ref(), position, total),
            (work[work.len() - 1].id.as_ref(), work.len(), work.len())
        );
    }

    #[test]
    fn the_printed_sheet_lists_strong_flags_only() {
        let content = Content::shipped();
        let work = printed_signs(content, Some(PathwayId::Work));
        assert!(work.iter().any(|q| q.id == "documents_held"));
        assert!(work
            .iter()
            .all(|q| q.flag().is_some_and(|f| f.severity == Severity::Strong)));
        let all = printed_signs(content, None);
        assert!(
            all.len() > work.len() && all.len() <= 30,
            "{} signs fit one page",
            all.len()
        );
    }

    #[test]
    fn feedback_tells_spotted_missed_and_not_a_flag_apart() {
        let content = Content::shipped();
        let story = content
            .scenarios
            .iter()
            .find(|s| s.id == "chat_offer")
            .unwrap();
        let picked: LiteMap<String, ()> = ["pay_too_good", "company_website"]
            .into_iter()
            .map(|c| (c.to_owned(), ()))
            .collect();
        let shown = feedback(content, story, &picked);
        let verdict = |id: &str| shown.iter().find(|f| f.choice.id == id).unwrap();
        assert_eq!(verdict("pay_too_good").verdict, Verdict::Spotted);
        assert_eq!(verdict("pay_too_good").flag.unwrap().id, "offer_high_pay");
        assert_eq!(verdict("stranger_chat").verdict, Verdict::Missed);
        assert_eq!(
            verdict("company_website").verdict,
            Verdict::NotFlag { chosen: true }
        );
        assert!(verdict("company_website").flag.is_none());
        // Every choice gets feedback, in the story's order.
        assert_eq!(shown.len(), story.choices.len());
    }
}
