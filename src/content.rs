//! The checked content, as the build wrote it (`build.rs`): static data the wasm reads in place,
//! with nothing to parse or decode at start-up. It is the part the first screens need; the rest
//! arrives once, at start-up, as the data file the loader fetches alongside the wasm
//! ([`provide_deferred`]). Read-only otherwise; the language packs are the embedding layer's
//! state, not this.

use std::sync::OnceLock;

use redflag_content::{Content, Deferred};

static FIRST: Content = include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The whole content, once the deferred part has arrived. A page's wasm runs on one thread.
static WHOLE: OnceLock<Content> = OnceLock::new();

/// The content every component and the embedding layer read: the whole of it once the data file
/// has arrived ([`Content::complete`]), the first screens' part until then.
pub fn content() -> &'static Content {
    WHOLE.get().unwrap_or(&FIRST)
}

/// Takes the data file's bytes. False when they are not this build's deferred content, or it is
/// already here; what the widget shows then stays as it is.
pub fn provide_deferred(bytes: &[u8]) -> bool {
    if WHOLE.get().is_some() {
        return false;
    }
    let Some(whole) = Deferred::decode(bytes).and_then(|deferred| FIRST.join(deferred)) else {
        return false;
    };
    WHOLE.set(whole).is_ok()
}

/// The deferred content of this build, for the wasm tests: what `cargo xtask dist` writes as
/// `redflag-data.bin`, from the same checked files.
pub const BUILT_DEFERRED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/deferred.bin"));
