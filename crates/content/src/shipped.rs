//! The content files of this repository, compiled into the build.

use std::sync::OnceLock;

#[cfg(not(feature = "compiled-content"))]
use crate::model::LazyCatalog;
use crate::raw::{ContentFiles, RawContent};
use crate::{check, Content, Problem};

// With the compiled content, only the list of text files is read (by the content check).
#[cfg_attr(feature = "compiled-content", allow(dead_code))]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/text_files.rs"));
}

macro_rules! content_file {
    ($path:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../content/",
            $path
        ))
    };
}

impl ContentFiles<'static> {
    /// The files compiled into this build.
    pub fn shipped() -> ContentFiles<'static> {
        ContentFiles {
            questions: content_file!("questions.json"),
            learn: content_file!("learn.json"),
            sources: content_file!("sources.json"),
            hotlines: content_file!("hotlines.json"),
            emergency: content_file!("emergency.json"),
            timezones: content_file!("timezones.json"),
            languages: content_file!("text/languages.json"),
            same_as_english: content_file!("text/same-as-english.json"),
            texts: generated::TEXT_FILES.to_vec(),
        }
    }
}

impl Content {
    /// Parses and checks every file; returns every problem found.
    pub fn parse(files: &ContentFiles<'_>) -> Result<Content, Vec<Problem>> {
        let raw = RawContent::parse(files)?;
        let problems = check::check(&raw);
        if !problems.is_empty() {
            return Err(problems);
        }
        raw.into_content()
    }

    /// The content compiled into this build.
    ///
    /// It is not checked again here: its validity is proven by the content check the build and
    /// the tests run, and keeping the checks out of the widget keeps them out of the wasm.
    pub fn shipped() -> &'static Content {
        static SHIPPED: OnceLock<Content> = OnceLock::new();
        SHIPPED.get_or_init(|| match Content::load_shipped() {
            Ok(content) => content,
            Err(problems) => panic!(
                "the shipped content is invalid:\n{}",
                Problem::list(&problems)
            ),
        })
    }

    /// The content as the build compiled it: decoded, not parsed, so start-up does no JSON work.
    #[cfg(feature = "compiled-content")]
    fn load_shipped() -> Result<Content, Vec<Problem>> {
        static COMPILED: &[u8] = include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../target/content/redflag-content.bin"
        ));
        Content::decode(COMPILED).ok_or_else(|| {
            vec![Problem::new(
                "target/content/redflag-content.bin",
                "",
                "does not decode; rebuild with cargo xtask dist",
            )]
        })
    }

    /// The shipped files, parsed; languages shipped as packs are pending.
    #[cfg(not(feature = "compiled-content"))]
    fn load_shipped() -> Result<Content, Vec<Problem>> {
        let mut content = RawContent::parse(&ContentFiles::shipped())?.into_content()?;
        for lang in generated::PACKED_TEXTS {
            content
                .texts
                .insert((*lang).to_owned(), LazyCatalog::pending());
        }
        Ok(content)
    }
}
