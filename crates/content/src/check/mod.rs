//! The content check: everything a type cannot say, such as dangling references, missing text
//! and number formats, split by the file it reads. Every problem is reported with its file and
//! id, all at once, so an editor can fix a whole batch in one go.

mod directory;
mod learn;
mod questions;
mod review;
mod sources;
mod texts;

#[cfg(test)]
mod tests;

use crate::raw::RawContent;
use crate::Problem;

pub use texts::placeholders;

/// Every problem in the content, sorted by file and id.
pub fn check(raw: &RawContent) -> Vec<Problem> {
    let mut problems = Vec::new();
    questions::questions(raw, &mut problems);
    learn::learn(raw, &mut problems);
    sources::sources(raw, &mut problems);
    directory::directory(raw, &mut problems);
    texts::texts(raw, &mut problems);
    review::reviews(raw, &mut problems);
    problems.sort();
    problems.dedup();
    problems
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}
