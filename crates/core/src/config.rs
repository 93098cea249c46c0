//! The host's options, in two stages: [`RawOptions`] as they arrive (attribute strings, any of
//! them missing or wrong), then [`Config`], the typed values the widget runs with. Every
//! problem becomes one [`Warning`] that says what was wrong and what was done instead; a bad
//! option never stops the widget from showing help.

use std::fmt;

use serde::Deserialize;

use crate::locale::{country_from_languages, country_from_time_zone, negotiate};
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
    pub partner: Option<serde_json::Value>,
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
    /// The person's home country, when it differs from where help is shown.
    pub home: Option<CountryCode>,
    pub destination: Option<CountryCode>,
    pub pathway: Option<PathwayId>,
    /// `pathway="learn"`: the widget opens in learn mode.
    pub learn: bool,
    pub variant: Variant,
    pub exit_url: String,
    pub theme: Theme,
    pub partner: Partner,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    UnknownLanguage(String),
    UnknownOfferedLanguage(String),
    NoOfferedLanguage,
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
    Partner(String),
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::UnknownLanguage(v) => write!(
                f,
                "lang \"{v}\" is not available; using the browser's languages or English instead"
            ),
            Warning::UnknownOfferedLanguage(v) => write!(
                f,
                "languages: \"{v}\" is not available; it is left out of the language picker"
            ),
            Warning::NoOfferedLanguage => write!(
                f,
                "languages names no available language; offering all of them"
            ),
            Warning::InvalidCountry { attribute, value } => {
                write!(f, "{attribute} \"{value}\" is not a two-letter ISO 3166-1 country code; ignoring it")
            }
            Warning::CountryNotCovered(v) => {
                write!(f, "country \"{v}\" is not in the hotline directory yet; the person is asked to choose a country")
            }
            Warning::UnknownPathway(v) => {
                write!(f, "pathway \"{v}\" is not one of job-offer, work, online, witness, learn; showing the pathway chooser")
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
            Warning::Partner(message) => f.write_str(message),
            Warning::ExitUrlRefused(v) => {
                write!(f, "exit-url \"{v}\" is not an http(s) address; the quick exit goes to {DEFAULT_EXIT_URL} instead")
            }
        }
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
        let available = offered_languages(raw, content);
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
        } else if let Some(code) = from_languages.clone() {
            (Some(code), CountrySource::Language)
        } else {
            (None, CountrySource::Unknown)
        };
        // A traveller sees the destination first and home second; anyone whose languages point
        // to another country than where they are (a Burmese speaker in Thailand) is offered the
        // lines of that home country too.
        let (country, country_source, home) = match destination.clone() {
            Some(dest) => {
                let home = location.filter(|l| *l != dest);
                (Some(dest), CountrySource::Host, home)
            }
            None => {
                let home = from_languages.filter(|h| Some(h) != location.as_ref());
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
            variant,
            exit_url,
            theme,
            partner,
        };
        (config, warnings)
    }
}

/// The language to show: the host's `lang` if it is offered, else the browser's first offered
/// language, else the first offered one (English when the host does not limit them).
pub fn language_for(raw: &RawOptions, env: &Environment, content: &Content) -> String {
    let available = offered_languages(raw, content);
    present(&raw.lang)
        .and_then(|lang| negotiate(&[lang.to_owned()], &available))
        .or_else(|| negotiate(&env.languages, &available))
        .or_else(|| available.first().copied())
        .unwrap_or(redflag_content::SOURCE_LANGUAGE)
        .to_owned()
}

/// The shipped languages the host offers (`languages`), in the shipped order; all of them when
/// the host names none it can have.
pub fn offered_languages<'c>(raw: &RawOptions, content: &'c Content) -> Vec<&'c str> {
    let shipped = content.languages();
    let Some(list) = present(&raw.languages) else {
        return shipped;
    };
    let named: Vec<&str> = list
        .split([' ', ','])
        .filter(|t| !t.is_empty())
        .filter_map(|tag| negotiate(&[tag.to_owned()], &shipped))
        .collect();
    let offered: Vec<&str> = shipped
        .iter()
        .copied()
        .filter(|l| named.contains(l))
        .collect();
    if offered.is_empty() {
        shipped
    } else {
        offered
    }
}

fn list_names_any(list: &str, shipped: &[&str]) -> bool {
    list.split([' ', ','])
        .filter(|t| !t.is_empty())
        .any(|tag| negotiate(&[tag.to_owned()], shipped).is_some())
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
mod tests {
    use super::*;

    fn raw(pairs: &[(&str, &str)]) -> RawOptions {
        let mut raw = RawOptions::default();
        for (name, value) in pairs {
            let value = Some((*value).to_owned());
            match *name {
                "lang" => raw.lang = value,
                "country" => raw.country = value,
                "destination" => raw.destination = value,
                "pathway" => raw.pathway = value,
                "variant" => raw.variant = value,
                "exit-url" => raw.exit_url = value,
                "theme" => raw.theme = value,
                "languages" => raw.languages = value,
                other => panic!("unknown option {other}"),
            }
        }
        raw
    }

    fn env(languages: &[&str], zone: Option<&str>) -> Environment {
        Environment {
            languages: languages.iter().map(|s| (*s).to_owned()).collect(),
            time_zone: zone.map(str::to_owned),
            likely_regions: Vec::new(),
        }
    }

    fn config(options: &[(&str, &str)], environment: &Environment) -> (Config, Vec<Warning>) {
        Config::from_raw(&raw(options), environment, Content::shipped())
    }

    #[test]
    fn defaults() {
        let (c, warnings) = config(&[], &Environment::default());
        assert_eq!(warnings, []);
        assert_eq!(c.language, "en");
        assert_eq!(c.country, None);
        assert_eq!(c.country_source, CountrySource::Unknown);
        assert_eq!(c.pathway, None);
        assert_eq!(c.exit_url, DEFAULT_EXIT_URL);
        assert_eq!((c.variant, c.theme), (Variant::Full, Theme::Auto));
    }

    #[test]
    fn pathway_learn_opens_learn_mode() {
        let (c, warnings) = config(&[("pathway", "learn")], &Environment::default());
        assert_eq!(warnings, []);
        assert_eq!((c.learn, c.pathway), (true, None));
        let (c, _) = config(&[("pathway", "work")], &Environment::default());
        assert_eq!((c.learn, c.pathway), (false, Some(PathwayId::Work)));
    }

    #[test]
    fn a_host_can_limit_the_languages_offered() {
        // Offered in the shipped order; the browser's language is used when it is offered.
        let (c, warnings) = config(&[("languages", "my, th en")], &env(&["th-TH"], None));
        assert_eq!(warnings, []);
        assert_eq!(c.languages, ["en", "th", "my"]);
        assert_eq!(c.language, "th");
        // A browser language that is not offered gives way to the first offered one.
        let (c, _) = config(&[("languages", "my km")], &env(&["vi"], None));
        assert_eq!((c.language.as_str(), c.languages.len()), ("km", 2));
        // The host's own lang must be offered too.
        let (c, _) = config(&[("languages", "th"), ("lang", "vi")], &env(&[], None));
        assert_eq!(c.language, "th");
        // Unknown names are reported; with none left, every language is offered.
        let (c, warnings) = config(&[("languages", "xx th")], &env(&[], None));
        assert_eq!(c.languages, ["th"]);
        assert_eq!(warnings, [Warning::UnknownOfferedLanguage("xx".into())]);
        let (c, warnings) = config(&[("languages", "xx")], &env(&[], None));
        assert_eq!(c.languages.len(), Content::shipped().languages().len());
        assert_eq!(
            warnings,
            [
                Warning::UnknownOfferedLanguage("xx".into()),
                Warning::NoOfferedLanguage
            ]
        );
    }

    #[test]
    fn country_from_host_beats_time_zone() {
        let e = env(&[], Some("Asia/Manila"));
        let (c, _) = config(&[("country", "th")], &e);
        assert_eq!(
            (c.country.unwrap().as_str(), c.country_source),
            ("TH", CountrySource::Host)
        );
        let (c, _) = config(&[], &e);
        assert_eq!(
            (c.country.unwrap().as_str(), c.country_source),
            ("PH", CountrySource::TimeZone)
        );
        let (c, _) = config(&[], &env(&[], Some("Asia/Saigon")));
        assert_eq!(c.country.unwrap().0, "VN");
    }

    #[test]
    fn bad_options_warn_once_each_and_fall_back() {
        let e = env(&[], Some("Asia/Bangkok"));
        let cases: &[(&str, &str, Warning)] = &[
            ("lang", "xx", Warning::UnknownLanguage("xx".into())),
            (
                "country",
                "Thailand",
                Warning::InvalidCountry {
                    attribute: "country",
                    value: "Thailand".into(),
                },
            ),
            ("country", "ZZ", Warning::CountryNotCovered("ZZ".into())),
            (
                "destination",
                "123",
                Warning::InvalidCountry {
                    attribute: "destination",
                    value: "123".into(),
                },
            ),
            (
                "pathway",
                "tourism",
                Warning::UnknownPathway("tourism".into()),
            ),
            ("variant", "tiny", Warning::UnknownVariant("tiny".into())),
            ("theme", "pink", Warning::UnknownTheme("pink".into())),
            (
                "exit-url",
                "javascript:alert(1)",
                Warning::ExitUrlRefused("javascript:alert(1)".into()),
            ),
        ];
        for (name, value, warning) in cases {
            let (c, warnings) = config(&[(name, value)], &e);
            assert_eq!(warnings, std::slice::from_ref(warning), "{name}={value}");
            // Whatever went wrong, help for the person's country is still there.
            assert_eq!(
                c.country.as_ref().map(CountryCode::as_str),
                Some("TH"),
                "{name}={value}"
            );
            assert!(!warning.to_string().is_empty());
        }
    }

    #[test]
    fn language_from_attribute_then_browser_then_english() {
        let e = env(&["de-DE", "en-GB"], None);
        assert_eq!(config(&[("lang", "en")], &e).0.language, "en");
        assert_eq!(config(&[], &e).0.language, "en");
        assert_eq!(config(&[], &env(&["de"], None)).0.language, "en");
    }

    #[test]
    fn exit_url_must_be_http() {
        let cases = [
            ("https://example.org/weather", true),
            ("http://example.org", true),
            ("HTTPS://EXAMPLE.ORG/", true),
            ("https://", false),
            ("javascript:alert(1)", false),
            ("data:text/html,hi", false),
            ("//example.org", false),
            ("/relative", false),
            ("https://user@evil.example", false),
            ("https://example.org/a b", false),
            ("ftp://example.org", false),
        ];
        for (url, ok) in cases {
            assert_eq!(is_http_url(url), ok, "{url}");
        }
    }

    #[test]
    fn empty_attributes_count_as_absent() {
        let (c, warnings) = config(
            &[("lang", ""), ("country", " "), ("exit-url", "")],
            &Environment::default(),
        );
        assert_eq!(warnings, []);
        assert_eq!(
            (c.language.as_str(), c.country, c.exit_url.as_str()),
            ("en", None, DEFAULT_EXIT_URL)
        );
    }

    /// The table the loader's fallback is tested against too (`tests/guess.test.mjs`).
    #[test]
    fn the_shared_country_guess_cases() {
        let table: serde_json::Value =
            serde_json::from_str(include_str!("../../../tests/data/country-guess.json"))
                .expect("the table is JSON");
        let cases = table["cases"].as_array().expect("a list of cases");
        assert!(cases.len() >= 10);
        for case in cases {
            let text = |name: &str| case[name].as_str().map(str::to_owned);
            let languages: Vec<String> = case["languages"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l.as_str().unwrap().to_owned())
                .collect();
            let environment = Environment {
                likely_regions: languages
                    .iter()
                    .filter_map(|l| case["likely"][l].as_str().map(str::to_owned))
                    .collect(),
                languages,
                time_zone: text("timeZone"),
            };
            let options = RawOptions {
                country: text("country"),
                destination: text("destination"),
                ..RawOptions::default()
            };
            let (config, _) = Config::from_raw(&options, &environment, Content::shipped());
            assert_eq!(
                config.country.as_ref().map(CountryCode::as_str),
                case["expected"].as_str(),
                "{}",
                case["name"]
            );
        }
    }
}
