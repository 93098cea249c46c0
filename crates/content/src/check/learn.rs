//! `content/learn.json`: learn mode's stories and the red flags their choices link.

use std::collections::BTreeSet;

use super::is_id;
use crate::model::PathwayId;
use crate::raw::{RawContent, LEARN_FILE};
use crate::Problem;

pub(super) fn learn(raw: &RawContent, problems: &mut Vec<Problem>) {
    let f = LEARN_FILE;
    if raw.scenarios.len() < 12 {
        problems.push(Problem::new(
            f,
            "scenarios",
            "learn mode needs at least 12 stories",
        ));
    }
    for pathway in PathwayId::ALL {
        if !raw.scenarios.iter().any(|s| s.audience == pathway) {
            problems.push(Problem::new(
                f,
                pathway.as_str(),
                "no story is written for this pathway's readers",
            ));
        }
    }
    let mut ids = BTreeSet::new();
    for scenario in &raw.scenarios {
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
            if !is_id(&choice.id) || matches!(choice.id.as_ref(), "title" | "story") {
                problems.push(Problem::new(
                    f,
                    &cid,
                    "choice ids use lower-case letters, digits and underscores, and are not title or story",
                ));
            }
            if !choices.insert(choice.id.as_ref()) {
                problems.push(Problem::new(f, &cid, "choice id is used twice"));
            }
            if let Some(flag) = &choice.flag {
                if raw.flag(flag).is_none() {
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
