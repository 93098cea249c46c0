//! The content of this repository, read and checked.

use std::path::{Path, PathBuf};

use crate::raw::{ContentFiles, RawContent};
use crate::{check, Content, Problem};

impl Content {
    /// Parses and checks every file; returns every problem found.
    pub fn parse(files: &ContentFiles) -> Result<Content, Vec<Problem>> {
        let raw = RawContent::parse(files)?;
        let problems = check::check(&raw);
        if !problems.is_empty() {
            return Err(problems);
        }
        raw.into_content()
    }

    /// Reads, parses and checks a `content/` folder: what the widget's build, xtask and the
    /// tests do.
    pub fn load(dir: &Path) -> Result<Content, Vec<Problem>> {
        Content::parse(&ContentFiles::read(dir).map_err(|problem| vec![problem])?)
    }

    /// The repository's own content, checked, with every language compiled in: for native
    /// tests and tools. (The widget has the same content as a static its build wrote.)
    pub fn shipped() -> &'static Content {
        static SHIPPED: std::sync::OnceLock<Content> = std::sync::OnceLock::new();
        SHIPPED.get_or_init(|| match Content::load(&content_dir()) {
            Ok(content) => content,
            Err(problems) => panic!(
                "the shipped content is invalid:\n{}",
                Problem::list(&problems)
            ),
        })
    }
}

impl ContentFiles {
    /// The repository's own files.
    pub fn shipped() -> ContentFiles {
        match ContentFiles::read(&content_dir()) {
            Ok(files) => files,
            Err(problem) => panic!("{problem}"),
        }
    }
}

/// The repository's `content/` folder.
pub fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}
