//! The browser's country names, asked for in a language only when a screen that shows country
//! names first renders in it. The first `Intl.DisplayNames` of a page costs a slow phone about a
//! tenth of a second; asked for every language as its pack arrived, that fell on the host page's
//! start-up, for names most people never see.

use std::rc::Rc;

use yew::Callback;

use redflag_core::text::CountryNames;

/// Reads (once per language, the embedding layer keeps them) and returns the names known so far.
#[derive(Clone, PartialEq)]
pub struct Names(Callback<String, Rc<CountryNames>>);

impl Names {
    pub fn new(read: impl Fn(&str) -> Rc<CountryNames> + 'static) -> Names {
        Names(Callback::from(move |language: String| read(&language)))
    }

    /// The names known for `language` (and every language asked for before).
    pub fn of(&self, language: &str) -> Rc<CountryNames> {
        self.0.emit(language.to_owned())
    }
}

/// No names from the browser: the widget's own names show.
impl Default for Names {
    fn default() -> Names {
        Names::new(|_| Rc::default())
    }
}
