//! The host's options, in two stages: [`RawOptions`] as they arrive (attribute strings, any of
//! them missing or wrong), then [`Config`], the typed values the widget runs with. Every
//! problem becomes one [`Warning`] that says what was wrong and what was done instead; a bad
//! option never stops the widget from showing help.

mod languages;
mod warning;

use languages::list_names_any;
pub use languages::{language_for, offered_languages};

/// The `variant` value of the checkout card.
pub(crate) const COMPACT: &str = "compact";
pub use warning::Warning;

use serde::Deserialize;

use crate::locale::{
    country_from_languages, country_from_time_zone, home_from_languages, negotiate,
};
use crate::partner::{validate as validate_partner, Partner};
use redflag_content::{Content, CountryCode, PathwayId};

/// Where the quick exit goes when the host does not say: a neutral page with no personal
/// content, as the GOV.UK "Exit this page" component does.
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

/// Options as the host gave them, through attributes or `mount()` options.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RawOptions {
    pub lang: Option<String>,
    pub country: Option<String>,
    pub destination: Option<String>,
    pub pathway: Option<String>,
    pub variant: Option<String>,
    #[serde(rename = "exit-url", alias = "exitUrl")]
    pub exit_url: Option<String>,
    pub theme: Option<String>,
    /// The languages the host offers, separated by spaces or commas; all when absent.
    pub languages: Option<String>,
    /// The partner's configuration, as raw JSON; see `partner`.
    pub partner: Option<crate::partner::Value>,
    /// `learn`: present (any value but "false") to offer learn mode on the full variant's start
    /// screen, which loads its stories at start-up.
    pub learn: Option<String>,
}

/// What the browser says about the person's setting, read on the device.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Environment {
    /// `navigator.languages`, most preferred first.
    pub languages: Vec<String>,
    /// The resolved IANA time zone, e.g. `Asia/Bangkok`.
    pub time_zone: Option<String>,
    /// The region the browser's likely-subtags data gives each of `languages`, where it has one
    /// (`Intl.Locale(tag).maximize().region`).
    pub likely_regions: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Variant {
    #[default]
    Full,
    Compact,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    Light,
    Dark,
    #[default]
    Auto,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// How the country was decided, so the UI can say "Showing help for: …" honestly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountrySource {
    Host,
    TimeZone,
    Language,
    Unknown,
}

/// The validated options the widget runs with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub language: String,
    /// The languages the person can choose, in the picker's order.
    pub languages: Vec<String>,
    pub country: Option<CountryCode>,
    pub country_source: CountrySource,
    /// The person's home country, when it differs from where help is shown: where the host or
    /// the time zone says the person is, when the host gives a `destination`; else the country
    /// the browser's languages really point to (`locale::home_from_languages`), when the host or
    /// the time zone says where the person is and it is somewhere else.
    pub home: Option<CountryCode>,
    pub destination: Option<CountryCode>,
    pub pathway: Option<PathwayId>,
    /// `pathway="learn"`: the widget opens in learn mode.
    pub learn: bool,
    /// Whether learn mode is offered, so its stories are loaded: `pathway="learn"`, or the
    /// `learn` option on the full variant's pathway chooser (not when the host sets a pathway,
    /// nor on the compact card).
    pub learn_offered: bool,
    pub variant: Variant,
    pub exit_url: String,
    pub theme: Theme,
    pub partner: Partner,
}

impl RawOptions {
    /// Whether the host names a country the directory covers (`country`): where the person is
    /// is then known, and neither the browser's time zone nor the regions its languages point
    /// to (`Environment`), slow to read on some devices, change anything.
    pub fn names_covered_country(&self, content: &Content) -> bool {
        present(&self.country)
            .and_then(CountryCode::parse)
            .is_some_and(|code| content.directory.country(&code).is_some())
    }

    /// Whether learn mode is offered, so its stories are loaded: `pathway="learn"`, or the
    /// `learn` option (present, and not "false") on the full variant's pathway chooser, not when
    /// the host sets a pathway, nor on the compact card. The loader asks the same, so that it
    /// fetches the stories exactly where they can be read.
    pub fn offers_learn(&self, content: &Content) -> bool {
        let pathway = present(&self.pathway);
        pathway == Some(LEARN)
            || (self.learn.as_deref().is_some_and(|v| v.trim() != "false")
                && pathway
                    .and_then(PathwayId::parse)
                    .and_then(|id| content.pathway(id))
                    .is_none()
                && present(&self.variant) != Some(COMPACT))
    }
}

/// The `pathway` value that opens learn mode.
pub const LEARN: &str = "learn";

/// Empty attributes count as absent.
fn present(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

impl Config {
    pub fn from_raw(
        raw: &RawOptions,
        env: &Environment,
        content: &Content,
    ) -> (Config, Vec<Warning>) {
        let mut warnings = Vec::new();
        let available = offered_languages(raw, env, content);
        if let Some(list) = present(&raw.languages) {
            let shipped = content.languages();
            for tag in list.split([' ', ',']).filter(|t| !t.is_empty()) {
                if negotiate(&[tag.to_owned()], &shipped).is_none() {
                    warnings.push(Warning::UnknownOfferedLanguage(tag.to_owned()));
                }
            }
            if available.len() == shipped.len() && !list_names_any(list, &shipped) {
                warnings.push(Warning::NoOfferedLanguage);
            }
        }

        if let Some(lang) =
            present(&raw.lang).filter(|lang| negotiate(&[(*lang).to_owned()], &available).is_none())
        {
            warnings.push(Warning::UnknownLanguage(lang.to_owned()));
        }
        let language = language_for(raw, env, content);

        let covered = |code: &CountryCode| content.directory.country(code).is_some();
        let mut host_country = |attribute: &'static str, value: Option<&str>| {
            let value = value?;
            match CountryCode::parse(value) {
                Some(code) if covered(&code) => Some(code),
                Some(code) => {
                    warnings.push(Warning::CountryNotCovered(code.0.to_string()));
                    None
                }
                None => {
                    warnings.push(Warning::InvalidCountry {
                        attribute,
                        value: value.to_owned(),
                    });
                    None
                }
            }
        };
        let given = host_country("country", present(&raw.country));
        let destination = host_country("destination", present(&raw.destination));

        let from_zone = env
            .time_zone
            .as_deref()
            .and_then(|zone| country_from_time_zone(content, zone))
            .filter(|c| covered(c))
            .cloned();
        let from_languages =
            country_from_languages(&env.languages, &env.likely_regions).filter(covered);
        // Where the person is: the host's word, else the time zone, else the languages.
        let (location, country_source) = if let Some(code) = given {
            (Some(code), CountrySource::Host)
        } else if let Some(code) = from_zone {
            (Some(code), CountrySource::TimeZone)
        } else if let Some(code) = from_languages {
            (Some(code), CountrySource::Language)
        } else {
            (None, CountrySource::Unknown)
        };
        // The home country the languages tell, only where they really tell one (a language of
        // one country, or a region other than the default en-US; see `home_from_languages`).
        let from_languages_home = home_from_languages(&env.languages).filter(covered);
        // Where the person is, when the host or the time zone said so rather than the languages.
        let known_location = matches!(
            country_source,
            CountrySource::Host | CountrySource::TimeZone
        )
        .then(|| location.clone())
        .flatten();
        // A traveller sees the destination first and home second; anyone whose languages point
        // to another country than where the host or time zone says they are (a Burmese speaker
        // in Thailand) is offered the lines of that home country too. A browser in English
        // (en-US) points nowhere: an English browser in Thailand is no sign of an American.
        let (country, country_source, home) = match destination.clone() {
            Some(dest) => {
                let home = known_location
                    .or(from_languages_home)
                    .filter(|h| *h != dest);
                (Some(dest), CountrySource::Host, home)
            }
            None => {
                let home =
                    known_location.and_then(|known| from_languages_home.filter(|h| *h != known));
                (location, country_source, home)
            }
        };

        let learn = present(&raw.pathway) == Some(LEARN);
        let pathway = present(&raw.pathway)
            .filter(|value| *value != LEARN)
            .and_then(|value| match PathwayId::parse(value) {
                Some(id) if content.pathway(id).is_some() => Some(id),
                Some(_) => {
                    warnings.push(Warning::PathwayNotShipped(value.to_owned()));
                    None
                }
                None => {
                    warnings.push(Warning::UnknownPathway(value.to_owned()));
                    None
                }
            });

        let variant = match present(&raw.variant) {
            None | Some("full") => Variant::Full,
            Some(COMPACT) => Variant::Compact,
            Some(other) => {
                warnings.push(Warning::UnknownVariant(other.to_owned()));
                Variant::Full
            }
        };

        let learn_offered = raw.offers_learn(content);

        let theme = match present(&raw.theme) {
            None | Some("auto") => Theme::Auto,
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            Some(other) => {
                warnings.push(Warning::UnknownTheme(other.to_owned()));
                Theme::Auto
            }
        };

        let exit_url = match present(&raw.exit_url) {
            None => DEFAULT_EXIT_URL.to_owned(),
            Some(url) if is_http_url(url) => url.to_owned(),
            Some(url) => {
                warnings.push(Warning::ExitUrlRefused(url.to_owned()));
                DEFAULT_EXIT_URL.to_owned()
            }
        };

        let partner = match &raw.partner {
            None => Partner::default(),
            Some(value) => {
                let (partner, problems) = validate_partner(value);
                warnings.extend(problems.into_iter().map(Warning::Partner));
                partner
            }
        };

        let config = Config {
            language,
            languages: available.iter().map(|l| (*l).to_owned()).collect(),
            country,
            country_source,
            home,
            destination,
            pathway,
            learn,
            learn_offered,
            variant,
            exit_url,
            theme,
            partner,
        };
        (config, warnings)
    }
}

/// An absolute http(s) address with a host and nothing that could smuggle in another scheme.
pub fn is_http_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let Some(rest) = rest else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    !host.is_empty()
        && !host.contains('@')
        && url.chars().all(|c| {
            !c.is_whitespace() && !c.is_control() && c != '\\' && c != '"' && c != '<' && c != '>'
        })
}

#[cfg(test)]
mod tests;
