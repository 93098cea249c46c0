//! The host's options, in two stages: [`RawOptions`] as they arrive (attribute strings, any of
//! them missing or wrong), then [`Config`], the typed values the widget runs with. Every
//! problem becomes one [`Warning`] that says what was wrong and what was done instead; a bad
//! option never stops the widget from showing help.

use std::fmt;

use serde::Deserialize;

use super::content::{Content, CountryCode, PathwayId};
use super::locale::{country_from_time_zone, negotiate};

/// Where the quick exit goes when the host does not say: a neutral page with no personal
/// content, as the GOV.UK "Exit this page" component does.
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

/// Options as the host gave them, through attributes or `mount()` options.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
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
}

/// What the browser says about the person's setting, read on the device.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Environment {
    /// `navigator.languages`, most preferred first.
    pub languages: Vec<String>,
    /// The resolved IANA time zone, e.g. `Asia/Bangkok`.
    pub time_zone: Option<String>,
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
    Unknown,
}

/// The validated options the widget runs with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub language: String,
    pub country: Option<CountryCode>,
    pub country_source: CountrySource,
    pub destination: Option<CountryCode>,
    pub pathway: Option<PathwayId>,
    pub variant: Variant,
    pub exit_url: String,
    pub theme: Theme,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    UnknownLanguage(String),
    InvalidCountry {
        attribute: &'static str,
        value: String,
    },
    CountryNotCovered(String),
    UnknownPathway(String),
    PathwayNotShipped(String),
    UnknownVariant(String),
    UnknownTheme(String),
    ExitUrlRefused(String),
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::UnknownLanguage(v) => write!(
                f,
                "lang \"{v}\" is not available; using the browser's languages or English instead"
            ),
            Warning::InvalidCountry { attribute, value } => {
                write!(f, "{attribute} \"{value}\" is not a two-letter ISO 3166-1 country code; ignoring it")
            }
            Warning::CountryNotCovered(v) => {
                write!(f, "country \"{v}\" is not in the hotline directory yet; the person is asked to choose a country")
            }
            Warning::UnknownPathway(v) => {
                write!(f, "pathway \"{v}\" is not one of job-offer, work, online, witness; showing the pathway chooser")
            }
            Warning::PathwayNotShipped(v) => write!(
                f,
                "pathway \"{v}\" is not available in this version; showing the pathway chooser"
            ),
            Warning::UnknownVariant(v) => {
                write!(f, "variant \"{v}\" is not full or compact; using full")
            }
            Warning::UnknownTheme(v) => {
                write!(f, "theme \"{v}\" is not light, dark or auto; using auto")
            }
            Warning::ExitUrlRefused(v) => {
                write!(f, "exit-url \"{v}\" is not an http(s) address; the quick exit goes to {DEFAULT_EXIT_URL} instead")
            }
        }
    }
}

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
        let available = content.languages();

        let requested = present(&raw.lang).and_then(|lang| {
            let found = negotiate(&[lang.to_owned()], &available);
            if found.is_none() {
                warnings.push(Warning::UnknownLanguage(lang.to_owned()));
            }
            found
        });
        let language = requested
            .or_else(|| negotiate(&env.languages, &available))
            .unwrap_or(super::content::SOURCE_LANGUAGE)
            .to_owned();

        let covered = |code: &CountryCode| content.directory.country(code).is_some();
        let mut country = None;
        let mut country_source = CountrySource::Unknown;
        if let Some(value) = present(&raw.country) {
            match CountryCode::parse(value) {
                Some(code) if covered(&code) => {
                    country = Some(code);
                    country_source = CountrySource::Host;
                }
                Some(code) => warnings.push(Warning::CountryNotCovered(code.0)),
                None => warnings.push(Warning::InvalidCountry {
                    attribute: "country",
                    value: value.to_owned(),
                }),
            }
        }
        if country.is_none() {
            if let Some(code) = env
                .time_zone
                .as_deref()
                .and_then(country_from_time_zone)
                .and_then(CountryCode::parse)
                .filter(covered)
            {
                country = Some(code);
                country_source = CountrySource::TimeZone;
            }
        }

        let destination = present(&raw.destination).and_then(|value| {
            let code = CountryCode::parse(value);
            if code.is_none() {
                warnings.push(Warning::InvalidCountry {
                    attribute: "destination",
                    value: value.to_owned(),
                });
            }
            code
        });

        let pathway = present(&raw.pathway).and_then(|value| match PathwayId::parse(value) {
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
            Some("compact") => Variant::Compact,
            Some(other) => {
                warnings.push(Warning::UnknownVariant(other.to_owned()));
                Variant::Full
            }
        };

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

        let config = Config {
            language,
            country,
            country_source,
            destination,
            pathway,
            variant,
            exit_url,
            theme,
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
