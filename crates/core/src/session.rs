//! The session: what the person has answered and where they are, and the reducer that is the
//! only way to change it.
//!
//! Only what cannot be derived is stored: the answers, the screen, the language and the
//! country. The path through the questions, the progress and the assessment are computed from
//! the answers every time, so changing an earlier answer can never leave stale state behind.
//! The session lives in memory only; nothing here is ever written anywhere.

use redflag_content::{Answer, Content, CountryCode, Pathway, PathwayId};

use crate::assessment::is_danger_now;
use crate::learn::{stories, Learning};
use crate::questionnaire::{next_after, path, Answers};
use crate::report::{Details, Field};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// Intro and the choice of pathway.
    Start,
    /// One question, by id.
    Question(String),
    /// Emergency help, shown once when an answer means danger now. `after` is that question.
    Urgent {
        after: String,
    },
    Result,
    /// Writing a report of what happened or was seen, from the result.
    Report,
    /// Where every question comes from; `back` is the screen to return to.
    Sources {
        back: Box<Screen>,
    },
    /// What the widget does and cannot do for the person's safety; `back` as above.
    Safety {
        back: Box<Screen>,
    },
    /// Learn mode: the choice of stories.
    LearnChoose,
    /// Learn mode: one story (which one is in [`Session::learning`]).
    Learn,
    /// Learn mode: every chosen story read.
    LearnDone,
}

/// Something the person must fix before going on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// Next was pressed without an answer.
    NoAnswer,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Choose(PathwayId),
    Select {
        question: String,
        answer: Answer,
    },
    Next,
    Skip,
    Back,
    /// From the urgent screen: go on with the questions.
    Continue,
    /// From the urgent screen: straight to the result.
    ShowResult,
    Restart,
    /// From the result: to the report screen.
    OpenReport,
    /// From the report screen: back to the result, keeping what was typed.
    CloseReport,
    /// What the person typed into one of the report's optional fields.
    SetDetail(Field, String),
    OpenSources,
    CloseSources,
    OpenSafety,
    CloseSafety,
    SetLanguage(String),
    SetCountry(Option<CountryCode>),
    /// To learn mode's choice of stories.
    OpenLearn,
    /// Starts reading the stories for one audience, or all of them.
    LearnStart(Option<PathwayId>),
    /// Picks or unpicks a choice in the story being read.
    LearnToggle(String),
    /// Shows the feedback for the story being read.
    LearnCheck,
    /// To the next story, or to the end.
    LearnNext,
    /// Leaves learn mode for the first screen, forgetting what was picked.
    LearnStop,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub pathway: Option<PathwayId>,
    pub answers: Answers,
    pub screen: Screen,
    pub language: String,
    pub country: Option<CountryCode>,
    pub notice: Option<Notice>,
    /// The urgent screen interrupts once; afterwards the result carries the same message.
    pub urgent_shown: bool,
    /// Learn mode's place and picks, while it is open.
    pub learning: Option<Learning>,
    /// The report's optional details, as typed; forgotten with the rest on Restart.
    pub details: Details,
}

impl Session {
    pub fn new(language: String, country: Option<CountryCode>) -> Session {
        Session {
            pathway: None,
            answers: Answers::new(),
            screen: Screen::Start,
            language,
            country,
            notice: None,
            urgent_shown: false,
            learning: None,
            details: Details::new(),
        }
    }

    /// Applies one action. Actions that make no sense on the current screen change nothing.
    pub fn apply(&mut self, content: &Content, action: Action) {
        let pathway = self.pathway.and_then(|p| content.pathway(p));
        match action {
            Action::Choose(id) => {
                if let Some(first) = content
                    .pathway(id)
                    .and_then(|p| path(p, &self.answers).first().copied())
                {
                    self.pathway = Some(id);
                    self.screen = Screen::Question(first.id.to_string());
                    self.notice = None;
                }
            }
            Action::Select { question, answer } => {
                if self.screen == Screen::Question(question.clone()) {
                    self.answers.insert(question, answer);
                    self.notice = None;
                }
            }
            Action::Next => {
                let (Some(pathway), Screen::Question(current)) = (pathway, &self.screen) else {
                    return;
                };
                let current = current.clone();
                let answer = self.answers.get(&current).copied();
                if answer.is_none() {
                    self.notice = Some(Notice::NoAnswer);
                    return;
                }
                self.notice = None;
                let question = pathway.question(&current);
                if !self.urgent_shown
                    && question.is_some_and(|q| is_danger_now(pathway, q, answer, &self.answers))
                {
                    self.urgent_shown = true;
                    self.screen = Screen::Urgent { after: current };
                } else {
                    self.screen = screen_after(pathway, &self.answers, &current);
                }
            }
            Action::Skip => {
                let (Some(pathway), Screen::Question(current)) = (pathway, &self.screen) else {
                    return;
                };
                let current = current.clone();
                self.answers.remove(&current);
                self.notice = None;
                self.screen = screen_after(pathway, &self.answers, &current);
            }
            Action::Back => {
                self.notice = None;
                let Some(pathway) = pathway else {
                    return;
                };
                let answers = &self.answers;
                self.screen = match &self.screen {
                    Screen::Question(current) => {
                        let steps = path(pathway, answers);
                        match steps.iter().position(|q| &q.id == current) {
                            Some(i) if i > 0 => Screen::Question(steps[i - 1].id.to_string()),
                            _ => Screen::Start,
                        }
                    }
                    Screen::Urgent { after } => Screen::Question(after.clone()),
                    Screen::Report => Screen::Result,
                    Screen::Result => match path(pathway, answers).last() {
                        Some(last) => Screen::Question(last.id.to_string()),
                        None => Screen::Start,
                    },
                    other => other.clone(),
                };
            }
            Action::Continue => {
                if let (Some(pathway), Screen::Urgent { after }) = (pathway, &self.screen) {
                    self.screen = screen_after(pathway, &self.answers, &after.clone());
                }
            }
            Action::ShowResult => {
                if pathway.is_some() {
                    self.screen = Screen::Result;
                }
            }
            Action::OpenReport => {
                if self.screen == Screen::Result {
                    self.screen = Screen::Report;
                }
            }
            Action::CloseReport => {
                if self.screen == Screen::Report {
                    self.screen = Screen::Result;
                }
            }
            Action::SetDetail(field, value) => {
                if self.screen == Screen::Report {
                    self.details.insert(field, value);
                }
            }
            Action::Restart => {
                *self = Session::new(std::mem::take(&mut self.language), self.country.take());
            }
            Action::OpenSources => self.open_page(|back| Screen::Sources { back }),
            Action::OpenSafety => self.open_page(|back| Screen::Safety { back }),
            Action::CloseSources | Action::CloseSafety => {
                if let Screen::Sources { back } | Screen::Safety { back } = &mut self.screen {
                    self.screen = std::mem::replace(back.as_mut(), Screen::Start);
                }
            }
            Action::SetLanguage(language) => self.language = language,
            Action::SetCountry(country) => self.country = country,
            Action::OpenLearn => {
                self.learning = None;
                self.screen = Screen::LearnChoose;
            }
            Action::LearnStart(audience) => {
                if self.screen == Screen::LearnChoose && !stories(content, audience).is_empty() {
                    self.learning = Some(Learning::new(audience));
                    self.screen = Screen::Learn;
                }
            }
            Action::LearnToggle(choice) => {
                if self.screen != Screen::Learn {
                    return;
                }
                let Some(learning) = self.learning.as_mut() else {
                    return;
                };
                let known = learning
                    .story(content)
                    .is_some_and(|(story, _, _)| story.choices.iter().any(|c| c.id == choice));
                if known && !learning.checked && learning.selected.remove(&choice).is_none() {
                    learning.selected.insert(choice, ());
                }
            }
            Action::LearnCheck => {
                if let (Screen::Learn, Some(learning)) = (&self.screen, self.learning.as_mut()) {
                    learning.checked = true;
                }
            }
            Action::LearnNext => {
                let (Screen::Learn, Some(learning)) = (&self.screen, self.learning.as_mut()) else {
                    return;
                };
                if !learning.checked {
                    return;
                }
                let total = stories(content, learning.audience).len();
                if learning.index + 1 < total {
                    *learning = Learning {
                        index: learning.index + 1,
                        ..Learning::new(learning.audience)
                    };
                } else {
                    self.learning = None;
                    self.screen = Screen::LearnDone;
                }
            }
            Action::LearnStop => {
                if matches!(
                    self.screen,
                    Screen::LearnChoose | Screen::Learn | Screen::LearnDone
                ) {
                    self.learning = None;
                    self.screen = Screen::Start;
                }
            }
        }
    }

    /// Opens an information page over the current screen; from another information page it
    /// replaces that page, so Back still returns to the questionnaire.
    fn open_page(&mut self, page: impl FnOnce(Box<Screen>) -> Screen) {
        let back = match std::mem::replace(&mut self.screen, Screen::Start) {
            Screen::Sources { back } | Screen::Safety { back } => back,
            other => Box::new(other),
        };
        self.screen = page(back);
    }

    /// "Question 3 of 12": the position of the current question on the path, counted from 1,
    /// and the length of the path as the answers so far make it.
    pub fn progress(&self, content: &Content) -> Option<(usize, usize)> {
        let Screen::Question(current) = &self.screen else {
            return None;
        };
        let steps = path(content.pathway(self.pathway?)?, &self.answers);
        let i = steps.iter().position(|q| &q.id == current)?;
        Some((i + 1, steps.len()))
    }
}

fn screen_after(pathway: &Pathway, answers: &Answers, current: &str) -> Screen {
    match next_after(pathway, answers, current) {
        Some(q) => Screen::Question(q.id.to_string()),
        None => Screen::Result,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> &'static Content {
        crate::fixture::content()
    }

    #[test]
    fn learn_mode_reads_every_story_then_ends_and_forgets_the_picks() {
        let mut s = Session::new("en".into(), None);
        s.apply(content(), Action::LearnStart(None));
        assert_eq!(s.screen, Screen::Start, "only from the choice of stories");
        s.apply(content(), Action::OpenLearn);
        s.apply(content(), Action::LearnStart(Some(PathwayId::Online)));
        assert_eq!(s.screen, Screen::Learn);
        let total = stories(content(), Some(PathwayId::Online)).len();
        for n in 1..=total {
            let (story, position, of) = s.learning.as_ref().unwrap().story(content()).unwrap();
            assert_eq!((position, of), (n, total));
            let first = story.choices[0].id.to_string();
            s.apply(content(), Action::LearnToggle(first.clone()));
            s.apply(content(), Action::LearnToggle("no_such_choice".into()));
            // Next does nothing until the feedback has been shown.
            s.apply(content(), Action::LearnNext);
            assert_eq!(s.learning.as_ref().unwrap().index, n - 1);
            s.apply(content(), Action::LearnCheck);
            let learning = s.learning.as_ref().unwrap();
            assert!(learning.checked);
            assert_eq!(learning.selected.keys().collect::<Vec<_>>(), [&first]);
            // Picks are fixed once checked.
            s.apply(content(), Action::LearnToggle(first));
            assert_eq!(s.learning.as_ref().unwrap().selected.len(), 1);
            s.apply(content(), Action::LearnNext);
        }
        assert_eq!((&s.screen, &s.learning), (&Screen::LearnDone, &None));
        s.apply(content(), Action::LearnStop);
        assert_eq!(s.screen, Screen::Start);

        // Stopping half-way forgets the picks; so does Restart.
        s.apply(content(), Action::OpenLearn);
        s.apply(content(), Action::LearnStart(None));
        s.apply(
            content(),
            Action::LearnToggle(content().scenarios[0].choices[1].id.to_string()),
        );
        s.apply(content(), Action::Restart);
        assert_eq!(s, Session::new("en".into(), None));
    }

    #[test]
    fn the_report_opens_from_the_result_keeps_its_details_until_restart() {
        let mut s = started();
        s.apply(content(), Action::OpenReport);
        assert_ne!(s.screen, Screen::Report, "only from the result");
        s.apply(content(), Action::SetDetail(Field::Where, "Pier 3".into()));
        assert!(s.details.is_empty(), "details only on the report screen");
        s.apply(content(), Action::ShowResult);
        s.apply(content(), Action::OpenReport);
        assert_eq!(s.screen, Screen::Report);
        s.apply(content(), Action::SetDetail(Field::Where, "Pier 3".into()));
        s.apply(content(), Action::CloseReport);
        assert_eq!(s.screen, Screen::Result);
        s.apply(content(), Action::OpenReport);
        assert_eq!(
            s.details.get(&Field::Where).map(String::as_str),
            Some("Pier 3")
        );
        s.apply(content(), Action::Back);
        assert_eq!(s.screen, Screen::Result);
        s.apply(content(), Action::Restart);
        assert!(s.details.is_empty());
        assert_eq!(s.screen, Screen::Start);
    }

    fn started() -> Session {
        let mut s = Session::new("en".into(), None);
        s.apply(content(), Action::Choose(PathwayId::Work));
        s
    }

    fn answer(s: &mut Session, a: Answer) {
        let Screen::Question(q) = s.screen.clone() else {
            panic!("not on a question: {:?}", s.screen)
        };
        s.apply(
            content(),
            Action::Select {
                question: q,
                answer: a,
            },
        );
        s.apply(content(), Action::Next);
    }

    fn on(s: &Session) -> &str {
        match &s.screen {
            Screen::Question(q) => q,
            Screen::Start => "<start>",
            Screen::Result => "<result>",
            Screen::Report => "<report>",
            Screen::Urgent { .. } => "<urgent>",
            Screen::Sources { .. } => "<sources>",
            Screen::Safety { .. } => "<safety>",
            Screen::LearnChoose | Screen::Learn | Screen::LearnDone => "<learn>",
        }
    }

    #[test]
    fn choosing_a_pathway_opens_its_first_question() {
        let s = started();
        assert_eq!(on(&s), "under_18");
        assert_eq!(s.progress(content()), Some((1, 16)));
    }

    #[test]
    fn next_without_an_answer_asks_for_one() {
        let mut s = started();
        s.apply(content(), Action::Next);
        assert_eq!((on(&s), s.notice), ("under_18", Some(Notice::NoAnswer)));
        s.apply(
            content(),
            Action::Select {
                question: "under_18".into(),
                answer: Answer::No,
            },
        );
        assert_eq!(s.notice, None);
    }

    #[test]
    fn answering_no_to_everything_reaches_the_result() {
        let mut s = started();
        let mut seen = Vec::new();
        while let Screen::Question(q) = &s.screen {
            seen.push(q.clone());
            answer(&mut s, Answer::No);
        }
        assert_eq!(on(&s), "<result>");
        // bad_housing is skipped: the boss does not provide housing.
        assert_eq!(seen.len(), 16);
        assert!(!seen.contains(&"bad_housing".to_owned()));
    }

    #[test]
    fn branching_adds_a_question_and_back_walks_the_same_path() {
        let mut s = started();
        while on(&s) != "employer_housing" {
            answer(&mut s, Answer::No);
        }
        let before = s.progress(content()).unwrap();
        answer(&mut s, Answer::Yes);
        assert_eq!(on(&s), "bad_housing");
        assert_eq!(s.progress(content()), Some((before.0 + 1, before.1 + 1)));
        s.apply(content(), Action::Back);
        assert_eq!(on(&s), "employer_housing");
        assert_eq!(
            s.answers.get("employer_housing"),
            Some(&Answer::Yes),
            "Back keeps the answer"
        );
    }

    #[test]
    fn back_from_the_first_question_returns_to_start() {
        let mut s = started();
        s.apply(content(), Action::Back);
        assert_eq!(on(&s), "<start>");
    }

    #[test]
    fn skip_moves_on_and_forgets_the_answer() {
        let mut s = started();
        s.apply(
            content(),
            Action::Select {
                question: "under_18".into(),
                answer: Answer::Yes,
            },
        );
        s.apply(content(), Action::Skip);
        assert_eq!(on(&s), "job_differs");
        assert!(s.answers.is_empty());
    }

    #[test]
    fn danger_now_interrupts_once_with_emergency_help() {
        let mut s = started();
        while on(&s) != "confined" {
            answer(&mut s, Answer::No);
        }
        answer(&mut s, Answer::Yes);
        assert_eq!(on(&s), "<urgent>");
        s.apply(content(), Action::Continue);
        assert_eq!(on(&s), "phone_controlled");
        // A second danger answer does not interrupt again; the result carries it.
        answer(&mut s, Answer::No);
        answer(&mut s, Answer::Yes);
        assert_eq!(on(&s), "afraid_to_leave");
    }

    #[test]
    fn urgent_screen_can_go_straight_to_results() {
        let mut s = started();
        while on(&s) != "violence" {
            answer(&mut s, Answer::No);
        }
        answer(&mut s, Answer::Yes);
        s.apply(content(), Action::ShowResult);
        assert_eq!(on(&s), "<result>");
    }

    #[test]
    fn restart_forgets_everything_but_language_and_country() {
        let mut s = started();
        s.apply(content(), Action::SetCountry(CountryCode::parse("TH")));
        answer(&mut s, Answer::Yes);
        answer(&mut s, Answer::Yes);
        s.apply(content(), Action::Restart);
        assert_eq!(s, Session::new("en".into(), CountryCode::parse("TH")));
    }

    #[test]
    fn sources_return_to_the_same_screen() {
        let mut s = started();
        answer(&mut s, Answer::No);
        s.apply(content(), Action::OpenSources);
        assert_eq!(on(&s), "<sources>");
        s.apply(content(), Action::CloseSources);
        assert_eq!(on(&s), "job_differs");
    }

    #[test]
    fn the_safety_page_opens_from_anywhere_and_returns() {
        let mut s = started();
        answer(&mut s, Answer::No);
        s.apply(content(), Action::OpenSafety);
        assert_eq!(on(&s), "<safety>");
        s.apply(content(), Action::OpenSources);
        assert_eq!(on(&s), "<sources>");
        s.apply(content(), Action::CloseSources);
        assert_eq!(
            on(&s),
            "job_differs",
            "back to the question, not to the safety page"
        );
        assert_eq!(s.answers.len(), 1);
    }

    #[test]
    fn language_and_country_changes_keep_answers_and_place() {
        let mut s = started();
        answer(&mut s, Answer::Yes);
        let before = (s.answers.clone(), s.screen.clone());
        s.apply(content(), Action::SetLanguage("th".into()));
        s.apply(content(), Action::SetCountry(CountryCode::parse("PH")));
        assert_eq!((s.answers.clone(), s.screen.clone()), before);
    }

    #[test]
    fn selecting_for_another_question_changes_nothing() {
        let mut s = started();
        s.apply(
            content(),
            Action::Select {
                question: "violence".into(),
                answer: Answer::Yes,
            },
        );
        assert!(s.answers.is_empty());
    }
}
