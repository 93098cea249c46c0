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
/// Order: lines for trafficking first (child lines first instead when the person is under 18),
/// then lines open around the clock, then the rest in directory order.
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
    lines.sort_by_key(|l| (!l.scope.contains(&first_scope), !l.always_open));
    Some(Help {
        country: help,
        lines,
    })
}

/// The countries a person can choose from, as in the directory.
pub fn countries(directory: &Directory) -> impl Iterator<Item = &CountryCode> {
    directory.countries.iter().map(|c| &c.code)
}
