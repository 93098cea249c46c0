//! `content/sources.json`: the publications and indicators questions cite.

use std::collections::BTreeSet;

use crate::raw::{RawContent, SOURCES_FILE};
use crate::Problem;

pub(super) fn sources(raw: &RawContent, problems: &mut Vec<Problem>) {
    let f = SOURCES_FILE;
    let mut ids = BTreeSet::new();
    for s in &raw.sources {
        if !ids.insert(s.id.as_ref()) {
            problems.push(Problem::new(f, &s.id, "source id is used twice"));
        }
        if s.title.trim().is_empty() || s.publisher.trim().is_empty() {
            problems.push(Problem::new(
                f,
                &s.id,
                "a source needs a title and a publisher",
            ));
        }
        if !s.url.is_empty() && !s.url.starts_with("https://") && !s.url.starts_with("http://") {
            problems.push(Problem::new(f, &s.id, "url must be http(s) or empty"));
        }
    }
    let mut ids = BTreeSet::new();
    for i in &raw.indicators {
        if !ids.insert(i.id.as_ref()) {
            problems.push(Problem::new(f, &i.id, "indicator id is used twice"));
        }
    }
}
