//! The questionnaire: which questions a person sees, in which order, given their answers so far.

use redflag_content::{Pathway, Question};

/// Question id → the answer given. Skipped questions have none.
pub use redflag_content::Answers;

/// The questions this person sees, in order: those whose condition holds for the answers given.
pub fn path<'c>(pathway: &'c Pathway, answers: &Answers) -> Vec<&'c Question> {
    pathway
        .questions
        .iter()
        .filter(|q| q.show_if.as_ref().is_none_or(|c| c.holds(answers)))
        .collect()
}

/// The question after `current` on the path; `None` when the path ends there.
pub fn next_after<'c>(
    pathway: &'c Pathway,
    answers: &Answers,
    current: &str,
) -> Option<&'c Question> {
    let steps = path(pathway, answers);
    match steps.iter().position(|q| q.id == current) {
        Some(i) => steps.get(i + 1).copied(),
        // The current question left the path (its condition no longer holds): go on from the
        // first question after it in the pathway's own order.
        None => {
            let order = |id: &str| pathway.questions.iter().position(|q| q.id == id);
            let here = order(current);
            steps.into_iter().find(|q| order(&q.id) > here)
        }
    }
}
