//! The session: what the person has answered and where they are, and the reducer that is the
//! only way to change it.
//!
//! Only what cannot be derived is stored: the answers, the screen, the language and the
//! country. The path through the questions, the progress and the assessment are computed from
//! the answers every time, so changing an earlier answer can never leave stale state behind.
//! The session lives in memory only; nothing here is ever written anywhere.

use std::collections::BTreeMap;

use super::answer::Answer;
use super::assessment::is_danger_now;
use super::content::{Content, CountryCode, Pathway, PathwayId, Question};

pub type Answers = BTreeMap<String, Answer>;

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
    /// Where every question comes from; `back` is the screen to return to.
    Sources {
        back: Box<Screen>,
    },
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
    OpenSources,
    CloseSources,
    SetLanguage(String),
    SetCountry(Option<CountryCode>),
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
                    self.screen = Screen::Question(first.id.clone());
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
                    && question.is_some_and(|q| is_danger_now(q, answer, &self.answers))
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
                            Some(i) if i > 0 => Screen::Question(steps[i - 1].id.clone()),
                            _ => Screen::Start,
                        }
                    }
                    Screen::Urgent { after } => Screen::Question(after.clone()),
                    Screen::Result => match path(pathway, answers).last() {
                        Some(last) => Screen::Question(last.id.clone()),
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
            Action::Restart => {
                *self = Session::new(std::mem::take(&mut self.language), self.country.take());
            }
            Action::OpenSources => {
                if !matches!(self.screen, Screen::Sources { .. }) {
                    let back = std::mem::replace(&mut self.screen, Screen::Start);
                    self.screen = Screen::Sources {
                        back: Box::new(back),
                    };
                }
            }
            Action::CloseSources => {
                if let Screen::Sources { back } = &mut self.screen {
                    self.screen = std::mem::replace(back.as_mut(), Screen::Start);
                }
            }
            Action::SetLanguage(language) => self.language = language,
            Action::SetCountry(country) => self.country = country,
        }
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

/// The questions this person sees, in order: those whose condition holds for the answers given.
pub fn path<'c>(pathway: &'c Pathway, answers: &Answers) -> Vec<&'c Question> {
    pathway
        .questions
        .iter()
        .filter(|q| q.show_if.as_ref().is_none_or(|c| c.holds(answers)))
        .collect()
}

fn screen_after(pathway: &Pathway, answers: &Answers, current: &str) -> Screen {
    let steps = path(pathway, answers);
    let next = match steps.iter().position(|q| q.id == current) {
        Some(i) => steps.get(i + 1),
        // The current question left the path (its condition no longer holds): go on from the
        // first question after it in the pathway's own order.
        None => {
            let order = |id: &str| pathway.questions.iter().position(|q| q.id == id);
            let here = order(current);
            steps.iter().find(|q| order(&q.id) > here)
        }
    };
    match next {
        Some(q) => Screen::Question(q.id.clone()),
        None => Screen::Result,
    }
}
