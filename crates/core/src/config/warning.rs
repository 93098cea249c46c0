//! What the core tells the host about options it could not use: one warning per problem.

use std::fmt;

use super::DEFAULT_EXIT_URL;

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
