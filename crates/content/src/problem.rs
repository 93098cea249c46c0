//! A problem in the content, located well enough to fix.

use std::fmt;

/// The file, the id and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub file: String,
    pub id: String,
    pub message: String,
}

impl Problem {
    pub fn new(file: &str, id: &str, message: impl Into<String>) -> Problem {
        Problem {
            file: file.to_owned(),
            id: id.to_owned(),
            message: message.into(),
        }
    }

    /// Every problem, one per line, for a build or a test that fails on them.
    pub fn list(problems: &[Problem]) -> String {
        let lines: Vec<String> = problems.iter().map(Problem::to_string).collect();
        lines.join("\n")
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.id, self.message)
    }
}
