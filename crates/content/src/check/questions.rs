//! `content/questions.json`: pathways, their questions and next steps.

use std::collections::BTreeSet;

use super::is_id;
use crate::model::{Answer, Marker};
use crate::raw::{Question, RawContent, Role, QUESTIONS_FILE};
use crate::Problem;

pub(super) fn questions(raw: &RawContent, problems: &mut Vec<Problem>) {
    let f = QUESTIONS_FILE;
    let mut pathways = BTreeSet::new();
    let mut ids = BTreeSet::new();
    for pathway in &raw.pathways {
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
                if raw.source(s).is_none() {
                    problems.push(Problem::new(f, id, format!("cites unknown source \"{s}\"")));
                }
            }
            for i in &q.indicators {
                if raw.indicator(i).is_none() {
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
                        problems.push(Problem::new(f, id, "the warning answer must be yes or no"));
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
    if raw.pathways.is_empty() {
        problems.push(Problem::new(f, "pathways", "no pathway is defined"));
    }
}
