//! Which help to show: the lines of one country, in the order a person most likely needs them.

use super::content::{CountryCode, CountryHelp, Directory, Hotline, Scope};

/// The help shown for one country.
#[derive(Debug, Clone, PartialEq)]
pub struct Help<'c> {
    pub country: &'c CountryHelp,
    /// Best first. Empty when no dedicated line is known: the UI says so honestly.
    pub lines: Vec<&'c Hotline>,
}

/// The help for `country`, or `None` when the directory does not cover it.
///
/// Order: lines whose main purpose is trafficking first (child lines instead when the person is
/// under 18), then lines that also cover it, then lines open around the clock, then the rest in
/// directory order.
pub fn help_for<'c>(
    directory: &'c Directory,
    country: &CountryCode,
    under_18: bool,
) -> Option<Help<'c>> {
    let help = directory.country(country)?;
    let mut lines: Vec<&Hotline> = directory
        .lines
        .iter()
        .filter(|l| &l.country == country)
        .collect();
    let first_scope = if under_18 {
        Scope::Child
    } else {
        Scope::Trafficking
    };
    lines.sort_by_key(|l| {
        (
            l.scope.first() != Some(&first_scope),
            !l.scope.contains(&first_scope),
            !l.always_open,
        )
    });
    Some(Help {
        country: help,
        lines,
    })
}

/// The countries a person can choose from, as in the directory.
pub fn countries(directory: &Directory) -> impl Iterator<Item = &CountryCode> {
    directory.countries.iter().map(|c| &c.code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::Content;

    fn ids(country: &str, under_18: bool) -> Vec<String> {
        let directory = &Content::shipped().directory;
        let help = help_for(directory, &CountryCode::parse(country).unwrap(), under_18).unwrap();
        help.lines.iter().map(|l| l.id.clone()).collect()
    }

    #[test]
    fn trafficking_lines_first_and_child_lines_first_for_children() {
        assert_eq!(
            ids("TH", false),
            ["th_1300", "th_1300_abroad", "th_1387", "th_1694"]
        );
        assert_eq!(
            ids("TH", true),
            ["th_1387", "th_1300", "th_1300_abroad", "th_1694"]
        );
        assert_eq!(ids("GB", false), ["gb_modern_slavery", "gb_crimestoppers"]);
    }

    #[test]
    fn every_country_in_the_directory_has_emergency_help() {
        let directory = &Content::shipped().directory;
        for code in countries(directory) {
            let help = help_for(directory, code, false).unwrap();
            assert!(!help.country.emergency.is_empty(), "{code}");
        }
        assert!(help_for(directory, &CountryCode::parse("ZZ").unwrap(), false).is_none());
    }
}
