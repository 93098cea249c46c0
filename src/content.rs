//! The checked content, as the build wrote it (`build.rs`): static data the wasm reads in place,
//! with nothing to parse or decode at start-up. It is the part the first screens need; the rest
//! arrives once, at start-up, as the data file the loader fetches alongside the wasm
//! ([`provide_deferred`]). Read-only otherwise; the language packs are the embedding layer's
//! state, not this.

use std::cell::Cell;

use redflag_content::{Content, Deferred};

static FIRST: Content = include!(concat!(env!("OUT_DIR"), "/content.rs"));

thread_local! {
    /// The content joined with the data file, once it has arrived: the compact card's (one
    /// pathway's texts), then perhaps the whole, if the host turns the card into the full widget.
    /// Each lives as long as the page, like the widget's code.
    static JOINED: Cell<Option<&'static Content>> = const { Cell::new(None) };
}

/// The content every component and the embedding layer read: joined with the data file once it
/// has arrived ([`Content::complete`]), the first screens' part until then.
pub fn content() -> &'static Content {
    JOINED.with(Cell::get).unwrap_or(&FIRST)
}

/// Takes a data file's bytes. False when they are not this build's deferred content. The whole
/// replaces the compact card's part; a part arriving after the whole changes nothing.
pub fn provide_deferred(bytes: &[u8]) -> bool {
    let Some(joined) = Deferred::decode(bytes).and_then(|deferred| FIRST.join(deferred)) else {
        return false;
    };
    let here = content();
    if !here.complete || (here.only.is_some() && joined.only.is_none()) {
        JOINED.with(|cell| cell.set(Some(Box::leak(Box::new(joined)))));
    }
    true
}

/// The deferred content of this build, for the wasm tests: what `cargo xtask dist` writes as
/// `redflag-data.bin`, from the same checked files.
pub const BUILT_DEFERRED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/deferred.bin"));
