//! Which help to show: the lines of one country, in the order a person most likely needs them.

use redflag_content::{CountryCode, CountryHelp, Directory, Hotline, PathwayId, Scope};

/// The help shown for one country.
#[derive(Debug, Clone, PartialEq)]
pub struct Help<'c> {
    pub country: &'c CountryHelp,
    /// Best first. Empty when no dedicated line is known: the UI says so honestly.
    pub lines: Vec<&'c Hotline>,
}

/// What a person most likely needs first, by pathway: the trafficking line, the child helpline
/// for young people online (and for anyone under 18), the labour line high for workers and job
/// seekers. Lines for a country's own nationals abroad come last where the person is.
fn preference(pathway: Option<PathwayId>, under_18: bool) -> [Scope; 6] {
    use Scope::*;
    if under_18 || pathway == Some(PathwayId::Online) {
        return [Child, Trafficking, Violence, Anonymous, Labour, Abroad];
    }
    match pathway {
        Some(PathwayId::Work | PathwayId::JobOffer) => {
            [Trafficking, Labour, Violence, Child, Anonymous, Abroad]
        }
        Some(PathwayId::Witness) => [Trafficking, Child, Anonymous, Violence, Labour, Abroad],
        _ => [Trafficking, Child, Labour, Violence, Anonymous, Abroad],
    }
}

/// The help for `country`, best line first, or `None` when the directory does not cover it.
pub fn help_for<'c>(
    directory: &'c Directory,
    country: &CountryCode,
    pathway: Option<PathwayId>,
    under_18: bool,
) -> Option<Help<'c>> {
    let help = directory.country(country)?;
    let order = preference(pathway, under_18);
    let rank = |scope: &Scope| order.iter().position(|s| s == scope).unwrap_or(order.len());
    let mut lines: Vec<&Hotline> = directory
        .lines
        .iter()
        .filter(|l| &l.country == country)
        .collect();
    lines.sort_by_key(|l| {
        let main = l.scope.first().map_or(order.len(), rank);
        let best = l.scope.iter().map(rank).min().unwrap_or(order.len());
        (main, best, l.always_open != Some(true))
    });
    Some(Help {
        country: help,
        lines,
    })
}

/// The lines of a home country that a person can reach from abroad.
pub fn reachable_from_abroad<'c>(directory: &'c Directory, home: &CountryCode) -> Vec<&'c Hotline> {
    directory
        .lines
        .iter()
        .filter(|l| {
            &l.country == home
                && (l.from_abroad
                    || l.contacts
                        .iter()
                        .any(|c| c.note.as_deref() == Some("from_abroad")))
        })
        .collect()
}

/// The countries a person can choose from, as in the directory.
pub fn countries(directory: &Directory) -> impl Iterator<Item = &CountryCode> {
    directory.countries.iter().map(|c| &c.code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use redflag_content::Content;

    fn ids(country: &str, pathway: Option<PathwayId>, under_18: bool) -> Vec<String> {
        let directory = &Content::shipped().directory;
        let help = help_for(
            directory,
            &CountryCode::parse(country).unwrap(),
            pathway,
            under_18,
        )
        .unwrap();
        help.lines.iter().map(|l| l.id.to_string()).collect()
    }

    #[test]
    fn order_follows_the_pathway() {
        use PathwayId::*;
        assert_eq!(
            ids("TH", Some(Work), false),
            ["th_1300", "th_1694", "th_1387", "th_1300_abroad"]
        );
        assert_eq!(
            ids("TH", Some(Online), false),
            ["th_1387", "th_1300", "th_1694", "th_1300_abroad"]
        );
        assert_eq!(
            ids("TH", Some(Work), true),
            ["th_1387", "th_1300", "th_1694", "th_1300_abroad"]
        );
        assert_eq!(
            ids("GB", Some(Witness), false),
            ["gb_modern_slavery", "gb_missing_people", "gb_crimestoppers"]
        );
    }

    #[test]
    fn home_lines_are_those_reachable_from_abroad() {
        let directory = &Content::shipped().directory;
        let ids = |cc: &str| -> Vec<String> {
            reachable_from_abroad(directory, &CountryCode::parse(cc).unwrap())
                .iter()
                .map(|l| l.id.to_string())
                .collect()
        };
        assert_eq!(ids("TH"), ["th_1300_abroad"]);
        assert_eq!(ids("US"), ["us_hsi_tips"]);
        assert!(ids("VN").is_empty());
    }

    #[test]
    fn every_country_in_the_directory_has_emergency_help() {
        let directory = &Content::shipped().directory;
        for code in countries(directory) {
            let help = help_for(directory, code, None, false).unwrap();
            assert!(!help.country.emergency.is_empty(), "{code}");
        }
        assert!(help_for(directory, &CountryCode::parse("ZZ").unwrap(), None, false).is_none());
    }
}
