//! Properties of the questionnaire and the assessment that must hold for every shipped pathway
//! and every way of answering it.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

use redflag_content::{Content, Pathway};
use redflag_core::Answers;
use redflag_core::{assess, Action, Answer, PathwayId, Screen, Session};

fn content() -> &'static Content {
    Content::shipped()
}

fn pathways() -> Vec<&'static Pathway> {
    content().pathways.iter().collect()
}

/// For each question of a pathway, an answer or nothing (skipped).
fn answer_choices() -> impl Strategy<Value = Vec<Option<Answer>>> {
    let longest = pathways()
        .iter()
        .map(|p| p.questions.len())
        .max()
        .unwrap_or(0);
    prop::collection::vec(
        prop::option::of(prop_oneof![
            Just(Answer::Yes),
            Just(Answer::No),
            Just(Answer::Unsure)
        ]),
        longest,
    )
}

fn answers_for(pathway: &Pathway, choices: &[Option<Answer>]) -> Answers {
    pathway
        .questions
        .iter()
        .zip(choices)
        .filter_map(|(q, a)| a.map(|a| (q.id.to_string(), a)))
        .collect()
}

/// Answers whatever is on screen from `answers` (skipping what has none) until the result, and
/// returns how many steps it took, or `None` if it never got there.
fn answer_through(session: &mut Session, answers: &Answers, limit: usize) -> Option<usize> {
    for step in 0..limit {
        match session.screen.clone() {
            Screen::Result => return Some(step),
            Screen::Urgent { .. } => session.apply(content(), Action::Continue),
            Screen::Question(q) => match answers.get(&q) {
                Some(a) => {
                    session.apply(
                        content(),
                        Action::Select {
                            question: q,
                            answer: *a,
                        },
                    );
                    session.apply(content(), Action::Next);
                }
                None => session.apply(content(), Action::Skip),
            },
            other => panic!("unexpected screen {other:?}"),
        }
    }
    None
}

fn start(id: PathwayId) -> Session {
    let mut session = Session::new("en".into(), None);
    session.apply(content(), Action::Choose(id));
    session
}

proptest! {
    #[test]
    fn every_way_of_answering_ends_at_a_result(which in 0usize..4, choices in answer_choices()) {
        let all = pathways();
        let pathway = all[which % all.len()];
        let answers = answers_for(pathway, &choices);
        let mut session = start(pathway.id);
        // Each question is seen at most once, plus one urgent screen.
        let steps = answer_through(&mut session, &answers, pathway.questions.len() + 2);
        prop_assert!(steps.is_some(), "{:?} never reached the result", pathway.id);
    }

    #[test]
    fn a_warning_answer_never_lowers_the_concern(which in 0usize..4, choices in answer_choices(), pick in any::<prop::sample::Index>()) {
        let all = pathways();
        let pathway = all[which % all.len()];
        let flags: Vec<_> = pathway.questions.iter().filter(|q| q.is_flag()).collect();
        let question = flags[pick.index(flags.len())];
        let warning = question.flag().expect("a red flag").warning_answer;
        let safe = if warning == Answer::Yes { Answer::No } else { Answer::Yes };
        let mut answers = answers_for(pathway, &choices);
        answers.insert(question.id.to_string(), safe);
        let before = assess(pathway, &answers).level;
        answers.insert(question.id.to_string(), warning);
        let after = assess(pathway, &answers).level;
        prop_assert!(after >= before, "{}: {:?} → {:?}", question.id, before, after);
    }

    #[test]
    fn going_back_and_answering_again_changes_nothing(which in 0usize..4, choices in answer_choices(), back in 1usize..30) {
        let all = pathways();
        let pathway = all[which % all.len()];
        let answers = answers_for(pathway, &choices);
        let limit = pathway.questions.len() + 2;

        let mut direct = start(pathway.id);
        answer_through(&mut direct, &answers, limit).unwrap();

        let mut again = start(pathway.id);
        answer_through(&mut again, &answers, limit).unwrap();
        for _ in 0..back {
            again.apply(content(), Action::Back);
        }
        if again.screen == Screen::Start {
            again.apply(content(), Action::Choose(pathway.id));
        }
        answer_through(&mut again, &answers, limit).unwrap();

        let ids = |s: &Session| {
            let a = assess(pathway, &s.answers);
            (a.level, a.flags.iter().map(|f| f.question.id.clone()).collect::<Vec<_>>())
        };
        prop_assert_eq!(ids(&again), ids(&direct));
    }
}
