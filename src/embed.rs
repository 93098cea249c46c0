//! The embedding layer: the only code that touches `JsValue`, the host's options and the
//! shadow root. The JS loader (`www/loader/`, bundled into `dist/redflag.js`) defines `<redflag-check>`, attaches the open
//! shadow root and calls [`mount_widget`] with a mount point inside it.
//!
//! Reading the browser's setting (languages, time zone) happens here too, and is handed to the
//! core as plain values; nothing read here ever leaves the device.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, ShadowRoot};
use yew::{AppHandle, Callback};

use redflag_content::SOURCE_LANGUAGE;
use redflag_core::config::language_for;
use redflag_core::text::CountryNames;
use redflag_core::theme::{self, RawTheme, Rgb};
use redflag_core::{Config, Content, Environment, PackFile, Packs, Part, RawOptions, Texts};

use crate::content;
use crate::ui::{App, AppProps, Data, Names, Shared};

/// A mounted widget, returned to the loader.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<AppHandle<App>>,
    host: HostCalls,
    /// The options it runs with now, for re-rendering when a language pack arrives.
    config: Config,
    /// The warnings already logged, so that a problem is reported once, not on every update.
    reported: Vec<String>,
    on_language: Callback<String>,
    /// The language the widget shows now, kept for the loader's messages.
    language: Rc<RefCell<String>>,
}

#[wasm_bindgen]
impl Widget {
    /// New options from the host (an attribute changed). Answers are kept.
    pub fn update(&mut self, options: JsValue) {
        self.config = config_from(options, &mut self.reported);
        self.refresh();
    }

    /// Renders again with the language packs that have arrived since (the loader calls this
    /// after [`provide_text`]).
    pub fn refresh(&mut self) {
        let props = self.props();
        if let Some(handle) = self.handle.as_mut() {
            handle.update(props);
        }
    }

    fn props(&self) -> AppProps {
        props_for(self.config.clone(), &self.host, &self.on_language)
    }

    /// The loader's own texts in the language the widget shows now: `keys` maps each of the
    /// loader's names to a text key (`{ exit: "ui.exit", … }`).
    pub fn messages(&self, keys: &Object) -> JsValue {
        messages_for(&self.language.borrow(), keys)
    }

    /// Unmounts the app; its answers are dropped with it.
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

/// Mounts the widget at `root`, an element inside an open shadow root.
///
/// `on_exit` is the loader's quick-exit routine; the app calls it with the exit address.
/// `on_exit_shown` is told `true` or `false` whenever the app starts or stops showing its Exit
/// (the compact variant's closed card has none), so the loader's Shift key follows it.
/// `on_share` shares the host page's address and calls the function it is given with
/// "shared", "copied" or "failed"; `on_print` prints the sheet of signs and numbers.
/// `early`: what the person did on the first screen the loader drew before the wasm arrived (the
/// compact card's button, or the full variant's first screen), in order: `pathway:<id>`,
/// `learn`, `sources`, `safety`, `language:<code>`. The widget starts where that leads, with
/// focus there, in the language chosen.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(
    root: Element,
    options: JsValue,
    on_exit: Function,
    on_share: Function,
    on_print: Function,
    on_exit_shown: Function,
    early: Vec<String>,
) -> Result<Widget, JsError> {
    let shadow: ShadowRoot = root
        .get_root_node()
        .dyn_into()
        .map_err(|_| JsError::new("redflag-check: the mount point must be inside a shadow root"))?;
    apply_partner_colours(&shadow, &root);
    let host = HostCalls {
        exit: Callback::from(move |url: String| {
            let _ = on_exit.call1(&JsValue::NULL, &JsValue::from_str(&url));
        }),
        share: Callback::from(move |done: Callback<Shared>| {
            let report = Closure::once_into_js(move |outcome: String| {
                done.emit(match outcome.as_str() {
                    "shared" => Shared::Shared,
                    "copied" => Shared::Copied,
                    _ => Shared::Failed,
                })
            });
            let _ = on_share.call1(&JsValue::NULL, &report);
        }),
        print: Callback::from(move |()| {
            let _ = on_print.call0(&JsValue::NULL);
        }),
        exit_shown: Callback::from(move |shown: bool| {
            let _ = on_exit_shown.call1(&JsValue::NULL, &JsValue::from_bool(shown));
        }),
    };
    let language = Rc::new(RefCell::new(String::new()));
    let on_language = {
        let language = language.clone();
        Callback::from(move |code: String| *language.borrow_mut() = code)
    };
    let mut reported = Vec::new();
    let mut config = config_from(options, &mut reported);
    // A language the person chose before the wasm: theirs until the host changes `lang`.
    if let Some(chosen) = early
        .iter()
        .filter_map(|a| a.strip_prefix("language:"))
        .next_back()
        .filter(|l| config.languages.iter().any(|offered| offered == l))
    {
        config.language = chosen.to_owned();
    }
    let mut props = props_for(config.clone(), &host, &on_language);
    props.early = early;
    let handle = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Ok(Widget {
        handle: Some(handle),
        config,
        reported,
        host,
        on_language,
        language,
    })
}

/// What the app asks of the loader: leave the page, share its address, print; and what it
/// tells it: whether its Exit is shown.
struct HostCalls {
    exit: Callback<String>,
    share: Callback<Callback<Shared>>,
    print: Callback<()>,
    exit_shown: Callback<bool>,
}

fn props_for(config: Config, host: &HostCalls, on_language: &Callback<String>) -> AppProps {
    AppProps {
        names: NAMES_OF.with(Names::clone),
        packs: packs(),
        config,
        on_exit: host.exit.clone(),
        on_exit_shown: host.exit_shown.clone(),
        on_share: host.share.clone(),
        on_print: host.print.clone(),
        on_language: on_language.clone(),
        early: Vec::new(),
        data: if DATA_FAILED.with(std::cell::Cell::get) {
            Data::Failed
        } else if !content().complete {
            Data::Coming
        } else if content().only.is_some() {
            Data::Part
        } else {
            Data::Whole
        },
    }
}

/// Hands a fetched language pack to the widgets of the page. False when it is not a pack this
/// build expects, or that language's pack is already here; the widget then keeps what it shows.
#[wasm_bindgen(js_name = provideText)]
pub fn provide_text(language: &str, text: &[u8]) -> bool {
    if packs().has(language) {
        return false;
    }
    let Some(file) = PackFile::new(content(), language, Part::Screens, text) else {
        return false;
    };
    insert_file(file);
    true
}

/// Hands the learn mode stories of one language (English too) to the widgets of the page;
/// `None` when they could not be fetched. False when they are not this build's (they then show
/// in English, or if English's failed, learn mode says its stories could not load), or that
/// language's are already here.
#[wasm_bindgen(js_name = provideStories)]
pub fn provide_stories(language: &str, bytes: Option<Box<[u8]>>) -> bool {
    if packs().stories_settled(language) {
        return false;
    }
    let file = bytes.and_then(|bytes| PackFile::new(content(), language, Part::Stories, &bytes));
    let taken = file.is_some();
    match file {
        Some(file) => insert_file(file),
        None => change_packs(&|packs| packs.stories_failed(content(), language)),
    }
    taken
}

/// A file lives as long as the page, like the widget's code: each arrives once. It is decoded
/// when its language is first shown.
fn insert_file(file: PackFile<'static>) {
    let file: &'static PackFile = Box::leak(Box::new(file));
    change_packs(&|packs| packs.insert_file(file));
}

fn change_packs(change: &dyn Fn(&mut Packs<'static>)) {
    PACKS.with(|cell| {
        let mut packs = (*cell.borrow().clone()).clone();
        change(&mut packs);
        *cell.borrow_mut() = Rc::new(packs);
    });
}

/// Hands a data file (the content the first screens do not need) to the widgets of the page.
/// False when it is not this build's. The loader then calls
/// [`Widget::refresh`] on each widget; with `failed`, the screens that wait for it say it could
/// not load.
#[wasm_bindgen(js_name = provideData)]
pub fn provide_data(bytes: Option<Box<[u8]>>) -> bool {
    match bytes {
        Some(bytes) => crate::provide_deferred(&bytes),
        None => {
            DATA_FAILED.with(|failed| failed.set(true));
            true
        }
    }
}

/// The language packs that have arrived.
fn packs() -> Rc<Packs<'static>> {
    PACKS.with(|cell| cell.borrow().clone())
}

/// The loader's own texts (Shift-key messages, fallback) in the language the widget will show,
/// for the text keys the loader names in `keys` (its English copies are for when the wasm cannot
/// run).
#[wasm_bindgen(js_name = exitMessages)]
pub fn exit_messages(options: JsValue, keys: &Object) -> JsValue {
    let raw: RawOptions = serde_wasm_bindgen::from_value(options).unwrap_or_default();
    messages_for(
        &language_for(&raw, &environment(&raw, false), content()),
        keys,
    )
}

/// Whether these options offer learn mode, so the loader fetches its stories (the core's rule,
/// `RawOptions::offers_learn`).
#[wasm_bindgen(js_name = offersLearn)]
pub fn offers_learn(options: JsValue) -> bool {
    serde_wasm_bindgen::from_value::<RawOptions>(options)
        .unwrap_or_default()
        .offers_learn(content())
}

fn messages_for(language: &str, keys: &Object) -> JsValue {
    let packs = packs();
    let texts = Texts::of(content(), &packs, language);
    let object = Object::new();
    for entry in Object::entries(keys).iter() {
        let entry = Array::from(&entry);
        if let Some(key) = entry.get(1).as_string() {
            let _ = Reflect::set(&object, &entry.get(0), &JsValue::from_str(texts.get(&key)));
        }
    }
    object.into()
}

/// Reads the partner's colours from the host element and resets on the mount point the ones
/// that would be hard to read, with one warning each; the accepted accent gets readable button
/// lettering.
fn apply_partner_colours(shadow: &ShadowRoot, point: &Element) {
    let (Some(window), Ok(style)) = (
        web_sys::window(),
        point
            .clone()
            .dyn_into::<web_sys::HtmlElement>()
            .map(|p| p.style()),
    ) else {
        return;
    };
    let Ok(Some(computed)) = window.get_computed_style(&shadow.host()) else {
        return;
    };
    let read = |name: &str| computed.get_property_value(name).unwrap_or_default();
    let raw = RawTheme {
        accent: read("--redflag-accent"),
        background: read("--redflag-background"),
        text: read("--redflag-text"),
    };
    let refused = theme::refused(&raw);
    for r in &refused {
        warn(&r.to_string());
        // CSSOM, not a style attribute: allowed under a strict CSP.
        let _ = style.set_property(r.property, "initial");
    }
    if let Some(accent) = Rgb::parse(&raw.accent)
        .filter(|_| !refused.iter().any(|r| r.property == "--redflag-accent"))
    {
        let _ = style.set_property("--rf-partner-accent-fg", theme::text_on(accent));
    }
}

/// Validates the host's options, logging one console warning per problem not yet in `reported`.
fn config_from(options: JsValue, reported: &mut Vec<String>) -> Config {
    let mut raw: RawOptions = if options.is_undefined() || options.is_null() {
        RawOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options).unwrap_or_else(|e| {
            warn(&format!(
                "the options could not be read ({e}); using defaults"
            ));
            RawOptions::default()
        })
    };
    // A relative exit address ("/weather") means a page of the host site: the browser resolves
    // it against the page, and the core then checks that it is http(s).
    raw.exit_url = raw.exit_url.map(|url| resolve_against_page(&url));
    let (config, warnings) = Config::from_raw(&raw, &environment(&raw, true), content());
    for warning in warnings {
        let message = warning.to_string();
        if !reported.contains(&message) {
            warn(&message);
            reported.push(message);
        }
    }
    config
}

/// `url` resolved against the page's base address; as it was when it does not resolve.
fn resolve_against_page(url: &str) -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten());
    match base {
        Some(base) if !url.trim().is_empty() => web_sys::Url::new_with_base(url, &base)
            .map(|u| u.href())
            .unwrap_or_else(|_| url.to_owned()),
        _ => url.to_owned(),
    }
}

fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("redflag-check: {message}")));
}

/// The browser's preferred languages; with `place`, also what tells where the person is (its
/// time zone and the regions its languages point to), read only when the host names no country
/// the directory covers: the first `Intl` calls of a page are slow on a slow phone.
fn environment(raw: &RawOptions, place: bool) -> Environment {
    let languages: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default();
    if !place || raw.names_covered_country(content()) {
        return Environment {
            languages,
            ..Environment::default()
        };
    }
    let likely_regions = languages
        .iter()
        .filter_map(|tag: &String| likely_region(tag))
        .collect();
    Environment {
        languages,
        time_zone: time_zone(),
        likely_regions,
    }
}

/// The browser's IANA time zone, read once per page: from `Temporal` where the browser has it,
/// else from a new `Intl.DateTimeFormat`, whose first construction loads the browser's date
/// formatting data (about 100 ms on a slow phone).
fn time_zone() -> Option<String> {
    thread_local! {
        static ZONE: std::cell::OnceCell<Option<String>> = const { std::cell::OnceCell::new() };
    }
    ZONE.with(|zone| {
        zone.get_or_init(|| {
            temporal_time_zone()
                .ok()
                .and_then(|z| z.as_string())
                .or_else(|| {
                    Reflect::get(
                        &Intl::DateTimeFormat::new(&Array::new(), &Object::new())
                            .resolved_options(),
                        &JsValue::from_str("timeZone"),
                    )
                    .ok()
                    .and_then(|z| z.as_string())
                })
        })
        .clone()
    })
}

#[wasm_bindgen]
extern "C" {
    /// `Temporal.Now.timeZoneId()`; throws where the browser has no `Temporal`.
    #[wasm_bindgen(js_namespace = ["Temporal", "Now"], js_name = timeZoneId, catch)]
    fn temporal_time_zone() -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_namespace = Intl, js_name = Locale)]
    type IntlLocale;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "Locale", catch)]
    fn new(tag: &str) -> Result<IntlLocale, JsValue>;
    #[wasm_bindgen(method, js_class = "Locale")]
    fn maximize(this: &IntlLocale) -> IntlLocale;
    #[wasm_bindgen(method, getter, js_class = "Locale")]
    fn region(this: &IntlLocale) -> Option<String>;

    #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
    type IntlDisplayNames;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DisplayNames", catch)]
    fn new(locales: &Array, options: &Object) -> Result<IntlDisplayNames, JsValue>;
    #[wasm_bindgen(method, js_class = "DisplayNames", catch)]
    fn of(this: &IntlDisplayNames, code: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(static_method_of = IntlDisplayNames, js_namespace = Intl, js_class = "DisplayNames", js_name = supportedLocalesOf)]
    fn supported_locales_of(locales: &Array) -> Array;
}

/// The region the browser's likely-subtags data gives a language tag ("vi" → "VN").
fn likely_region(tag: &str) -> Option<String> {
    IntlLocale::new(tag).ok()?.maximize().region()
}

/// Country names from the browser in one language, when it has data for it. Chromium has none
/// for Burmese, Khmer or Lao; the widget's own names are used there.
fn browser_country_names(content: &Content, language: &str, names: &mut CountryNames) {
    let options = Object::new();
    let _ = Reflect::set(
        &options,
        &JsValue::from_str("type"),
        &JsValue::from_str("region"),
    );
    let _ = Reflect::set(
        &options,
        &JsValue::from_str("fallback"),
        &JsValue::from_str("none"),
    );
    let locales = Array::of1(&JsValue::from_str(language));
    if IntlDisplayNames::supported_locales_of(&locales).length() == 0 {
        return;
    }
    let Ok(display) = IntlDisplayNames::new(&locales, &options) else {
        return;
    };
    for country in content.directory.countries.iter() {
        if let Some(name) = display
            .of(country.code.as_str())
            .ok()
            .and_then(|n| n.as_string())
        {
            names.insert(language, &country.code, name);
        }
    }
}

/// The browser's country names known after reading those of `language` (once per page; English
/// has its own, in the content, `country.XX`, so the browser is not asked for them). Called by the
/// screens that show country names, when they first render in a language ([`Names`]).
fn country_names(language: &str) -> Rc<CountryNames> {
    NAMES_READ.with(|read| {
        let mut read = read.borrow_mut();
        if language == SOURCE_LANGUAGE || read.iter().any(|r| r == language) {
            return;
        }
        NAMES.with(|cell| {
            let mut names = (*cell.borrow().clone()).clone();
            browser_country_names(content(), language, &mut names);
            read.push(language.to_owned());
            *cell.borrow_mut() = Rc::new(names);
        });
    });
    NAMES.with(|cell| cell.borrow().clone())
}

thread_local! {
    /// The language packs the loader has handed over, shared by every widget on the page.
    static PACKS: RefCell<Rc<Packs<'static>>> = RefCell::new(Rc::new(Packs::default()));
    static NAMES: RefCell<Rc<CountryNames>> = RefCell::new(Rc::new(CountryNames::default()));
    /// How the screens ask for them: one for the page, so the widget's props stay equal.
    static NAMES_OF: Names = Names::new(country_names);
    /// The data file could not be fetched or read: the screens that need it say so.
    static DATA_FAILED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The languages whose names [`NAMES`] holds (or the browser has none for).
    static NAMES_READ: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}
