//! The content files as text: read from a `content/` folder, or put together by a test.

use std::fs;
use std::path::{Path, PathBuf};

use crate::Problem;

/// The raw text of every content file, named as they are in the repository.
#[derive(Debug, Clone)]
pub struct ContentFiles {
    pub questions: String,
    pub learn: String,
    pub sources: String,
    pub hotlines: String,
    pub emergency: String,
    pub timezones: String,
    pub languages: String,
    /// Keys each language may leave identical to English, by language.
    pub same_as_english: String,
    /// (language tag, JSON text), one per file in `content/text/` but `languages.json` and
    /// `same-as-english.json`.
    pub texts: Vec<(String, String)>,
    /// (language tag, JSON text) of `content/review/<lang>.json`, the review records.
    pub reviews: Vec<(String, String)>,
}

impl ContentFiles {
    /// Reads the files of a `content/` folder, naming the file that could not be read.
    pub fn read(dir: &Path) -> Result<ContentFiles, Problem> {
        let read = |name: &str| {
            fs::read_to_string(dir.join(name)).map_err(|e| {
                Problem::new(
                    &format!("content/{name}"),
                    "",
                    format!("cannot be read: {e}"),
                )
            })
        };
        let mut texts = Vec::new();
        let entries = fs::read_dir(dir.join("text"))
            .map_err(|e| Problem::new("content/text", "", format!("cannot be read: {e}")))?;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(lang) = name.strip_suffix(".json") {
                if lang != "languages" && lang != "same-as-english" {
                    texts.push((lang.to_owned(), read(&format!("text/{name}"))?));
                }
            }
        }
        texts.sort();
        let mut reviews = Vec::new();
        if let Ok(entries) = fs::read_dir(dir.join("review")) {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if let Some(lang) = name.strip_suffix(".json") {
                    reviews.push((lang.to_owned(), read(&format!("review/{name}"))?));
                }
            }
        }
        reviews.sort();
        Ok(ContentFiles {
            questions: read("questions.json")?,
            learn: read("learn.json")?,
            sources: read("sources.json")?,
            hotlines: read("hotlines.json")?,
            emergency: read("emergency.json")?,
            timezones: read("timezones.json")?,
            languages: read("text/languages.json")?,
            same_as_english: read("text/same-as-english.json")?,
            texts,
            reviews,
        })
    }

    /// The files of `content/` a build script is reading, each named for `cargo:rerun-if-changed`.
    pub fn paths(dir: &Path) -> Vec<PathBuf> {
        let mut paths = vec![dir.to_path_buf(), dir.join("text"), dir.join("review")];
        for folder in [dir.to_path_buf(), dir.join("text"), dir.join("review")] {
            if let Ok(entries) = fs::read_dir(&folder) {
                paths.extend(entries.flatten().map(|e| e.path()).filter(|p| p.is_file()));
            }
        }
        paths.sort();
        paths
    }
}
