//! The checked content, as the build wrote it (`build.rs`): static data the wasm reads in place,
//! with nothing to parse or decode at start-up. Read-only; the language packs that arrive later
//! are the embedding layer's state, not this.

use redflag_content::Content;

static CONTENT: Content = include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The content every component and the embedding layer read.
pub fn content() -> &'static Content {
    &CONTENT
}
