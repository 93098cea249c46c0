//! Choosing a language and guessing a country, on the device only.
//!
//! The language comes from the host's `lang`, else the browser's preferred languages, else
//! English. The country comes from the host's `country`, else the browser's time zone, else the
//! region of its languages. A home country comes from the languages only where they really
//! name one: never from `en-US`, the default everywhere (see [`home_from_languages`]). No network
//! look-up of any kind is ever involved.

use redflag_content::{Content, CountryCode};

/// Tags that browsers and people use for a language we ship under another tag.
const ALIASES: &[(&str, &str)] = &[
    ("tl", "fil"),
    ("in", "id"),
    ("zh-cn", "zh"),
    ("zh-sg", "zh"),
    ("zh-hans", "zh"),
    ("zh-hans-cn", "zh"),
    ("zsm", "ms"),
    ("mya", "my"),
];

/// The first of `requested` that one of `available` can serve: an exact match, then a known
/// alias, then the same primary language ("th-TH" → "th").
pub fn negotiate<'a>(requested: &[String], available: &[&'a str]) -> Option<&'a str> {
    requested.iter().find_map(|tag| match_one(tag, available))
}

fn match_one<'a>(tag: &str, available: &[&'a str]) -> Option<&'a str> {
    let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
    if tag.is_empty() {
        return None;
    }
    let find = |t: &str| {
        available
            .iter()
            .copied()
            .find(|a| a.eq_ignore_ascii_case(t))
    };
    if let Some(found) = find(&tag) {
        return Some(found);
    }
    if let Some((_, target)) = ALIASES.iter().find(|(alias, _)| *alias == tag) {
        if let Some(found) = find(target) {
            return Some(found);
        }
    }
    // Traditional Chinese must not fall back to the Simplified text.
    if tag.starts_with("zh-hant") || tag == "zh-tw" || tag == "zh-hk" || tag == "zh-mo" {
        return None;
    }
    let primary = tag.split('-').next().unwrap_or_default();
    let primary = ALIASES
        .iter()
        .find(|(alias, _)| *alias == primary)
        .map_or(primary, |(_, target)| target);
    find(primary)
}

/// The country of a time zone, from the shipped tz table (legacy spellings such as
/// `Asia/Saigon` included, since Chromium reports those).
pub fn country_from_time_zone<'c>(content: &'c Content, zone: &str) -> Option<&'c CountryCode> {
    content.zone(zone)
}

/// The country the browser's languages point to: the first explicit region ("my-MM" → MM),
/// else the region the browser's own likely-subtags data gives the first language ("vi" → VN),
/// passed in as `likely_regions` because only the browser has that data.
pub fn country_from_languages(
    languages: &[String],
    likely_regions: &[String],
) -> Option<CountryCode> {
    let explicit = languages.iter().find_map(|tag| {
        tag.split(['-', '_'])
            .skip(1)
            .find(|part| part.len() == 2 && part.bytes().all(|b| b.is_ascii_alphabetic()))
            .and_then(CountryCode::parse)
    });
    explicit.or_else(|| likely_regions.first().and_then(|r| CountryCode::parse(r)))
}

/// Languages spoken mainly in one country, with that country (the region CLDR's likely
/// subtags give them, as browsers do). Without a region of its own, a tag names a home country
/// only if it is one of these: `en` (whose likely region is the US, and which is everyone's
/// second language), `ar` (likely region Egypt, spoken in twenty countries) and the like say
/// nothing about where a person is from. Plain `zh` counts for China, where most who write it
/// live; `zh-Hant` names no region and does not. Malay counts for Malaysia: Bruneians and
/// Singaporeans who use it mostly say so with a region (`ms-BN`, `ms-SG`).
const ONE_COUNTRY_LANGUAGES: &[(&str, &str)] = &[
    ("my", "MM"),
    ("th", "TH"),
    ("lo", "LA"),
    ("km", "KH"),
    ("vi", "VN"),
    ("id", "ID"),
    ("in", "ID"),
    ("fil", "PH"),
    ("tl", "PH"),
    ("ms", "MY"),
    ("zh", "CN"),
    ("ne", "NP"),
    ("si", "LK"),
];

/// The person's home country as their languages tell it, or `None` when they tell nothing real.
///
/// The first of `languages`, in the person's order, that is a real signal decides:
/// - a tag with an explicit region (`en-AU`, `fil-PH`, `zh-CN`, `my-MM`) names that region,
///   except `en-US`, the default language of most browsers and phones everywhere, which
///   names nothing;
/// - a tag without a region names a country only if it is one of the languages spoken mainly
///   in one country ([`ONE_COUNTRY_LANGUAGES`]: `my` → Myanmar, `km` → Cambodia, `th` →
///   Thailand…); plain `en`, `ar`, `es`, `zh-Hant` and the like are passed over.
///
/// Unlike [`country_from_languages`] (where the person may be, when nothing better is known),
/// this needs no likely-subtags data from the browser.
pub fn home_from_languages(languages: &[String]) -> Option<CountryCode> {
    languages.iter().find_map(|tag| home_from_tag(tag))
}

fn home_from_tag(tag: &str) -> Option<CountryCode> {
    let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    // The region follows the language and an optional script; extensions (`-u-…`) end it.
    let region = parts
        .take_while(|part| part.len() > 1)
        .find(|part| part.len() == 2 && part.bytes().all(|b| b.is_ascii_alphabetic()));
    match region {
        Some("us") if language == "en" => None,
        Some(region) => CountryCode::parse(region),
        None if tag == language => ONE_COUNTRY_LANGUAGES
            .iter()
            .find(|(one, _)| *one == language)
            .and_then(|(_, country)| CountryCode::parse(country)),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(requested: &[&str], available: &[&str], expected: Option<&str>) {
        let requested: Vec<String> = requested.iter().map(|s| (*s).to_owned()).collect();
        assert_eq!(
            negotiate(&requested, available),
            expected,
            "{requested:?} against {available:?}"
        );
    }

    #[test]
    fn negotiation() {
        let shipped = [
            "en", "th", "vi", "id", "ms", "fil", "km", "lo", "my", "zh", "ar",
        ];
        check(&["th-TH"], &shipped, Some("th"));
        check(&["TH"], &shipped, Some("th"));
        check(&["tl-PH"], &shipped, Some("fil"));
        check(&["fil"], &shipped, Some("fil"));
        check(&["in"], &shipped, Some("id"));
        check(&["zh-CN"], &shipped, Some("zh"));
        check(&["zh-Hans-SG"], &shipped, Some("zh"));
        check(&["zh-TW", "en-US"], &shipped, Some("en"));
        check(&["zh-Hant"], &shipped, None);
        check(&["ms_MY"], &shipped, Some("ms"));
        check(&["my-MM"], &shipped, Some("my"));
        check(&["de-DE", "vi"], &shipped, Some("vi"));
        check(&["de"], &shipped, None);
        check(&[""], &shipped, None);
        check(&[], &shipped, None);
        check(&["th"], &["en"], None);
    }

    #[test]
    fn time_zones_including_legacy_names() {
        let zones = redflag_content::Content::shipped();
        let cases = [
            ("Asia/Bangkok", Some("TH")),
            ("Asia/Ho_Chi_Minh", Some("VN")),
            ("Asia/Saigon", Some("VN")),
            ("Asia/Calcutta", Some("IN")),
            ("Asia/Kolkata", Some("IN")),
            ("Asia/Rangoon", Some("MM")),
            ("Asia/Yangon", Some("MM")),
            ("Asia/Katmandu", Some("NP")),
            ("Asia/Phnom_Penh", Some("KH")),
            ("Asia/Vientiane", Some("LA")),
            ("Asia/Dili", Some("TL")),
            ("Asia/Kuala_Lumpur", Some("MY")),
            ("Asia/Kuching", Some("MY")),
            ("Asia/Jakarta", Some("ID")),
            ("Asia/Makassar", Some("ID")),
            ("Asia/Brunei", Some("BN")),
            ("Asia/Singapore", Some("SG")),
            ("Asia/Manila", Some("PH")),
            ("Asia/Dubai", Some("AE")),
            ("Asia/Muscat", Some("OM")),
            ("Asia/Qatar", Some("QA")),
            ("Asia/Bahrain", Some("BH")),
            ("Asia/Kuwait", Some("KW")),
            ("Asia/Riyadh", Some("SA")),
            ("Asia/Hong_Kong", Some("HK")),
            ("Asia/Taipei", Some("TW")),
            ("Asia/Shanghai", Some("CN")),
            ("Asia/Tokyo", Some("JP")),
            ("Asia/Seoul", Some("KR")),
            ("Asia/Dhaka", Some("BD")),
            ("Asia/Dacca", Some("BD")),
            ("Asia/Colombo", Some("LK")),
            ("Asia/Karachi", Some("PK")),
            ("Australia/Sydney", Some("AU")),
            ("Pacific/Auckland", Some("NZ")),
            ("America/Chicago", Some("US")),
            ("US/Pacific", Some("US")),
            ("America/Toronto", Some("CA")),
            ("Europe/London", Some("GB")),
            ("GB", Some("GB")),
            ("Europe/Dublin", Some("IE")),
            ("Europe/Berlin", Some("DE")),
            ("Europe/Kiev", Some("UA")),
            ("Etc/UTC", None),
            ("UTC", None),
            ("", None),
        ];
        for (zone, expected) in cases {
            assert_eq!(
                country_from_time_zone(zones, zone).map(CountryCode::as_str),
                expected,
                "{zone}"
            );
        }
    }

    #[test]
    fn languages_to_country() {
        let v = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let cases: &[(&[&str], &[&str], Option<&str>)] = &[
            (&["my-MM"], &["MM"], Some("MM")),
            (&["th"], &["TH"], Some("TH")),
            (&["en-US", "th-TH"], &["US", "TH"], Some("US")),
            (&["zh-Hans-SG"], &["SG"], Some("SG")),
            (&["es-419"], &["MX"], Some("MX")),
            (&["vi"], &["VN"], Some("VN")),
            (&["fil", "en-PH"], &["PH", "PH"], Some("PH")),
            (&["km"], &[], None),
            (&[], &[], None),
        ];
        for (languages, likely, expected) in cases {
            assert_eq!(
                country_from_languages(&v(languages), &v(likely))
                    .as_ref()
                    .map(CountryCode::as_str),
                *expected,
                "{languages:?}"
            );
        }
    }

    #[test]
    fn languages_to_home_country() {
        let v = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let cases: &[(&[&str], Option<&str>)] = &[
            (&["en-US", "en"], None),
            (&["en"], None),
            (&["EN_us"], None),
            (&["en-Latn-US"], None),
            (&["en-US-u-ca-buddhist"], None),
            (&["en-GB"], Some("GB")),
            (&["en-US", "en-AU"], Some("AU")),
            (&["my"], Some("MM")),
            (&["my-MM"], Some("MM")),
            (&["en-US", "my"], Some("MM")),
            (&["my", "en-GB"], Some("MM")),
            (&["km"], Some("KH")),
            (&["lo"], Some("LA")),
            (&["th-TH", "en-US"], Some("TH")),
            (&["tl"], Some("PH")),
            (&["fil-PH"], Some("PH")),
            (&["in"], Some("ID")),
            (&["ms_MY"], Some("MY")),
            (&["zh"], Some("CN")),
            (&["zh-Hans-SG"], Some("SG")),
            (&["zh-Hant"], None),
            (&["zh-Hant-TW"], Some("TW")),
            (&["ar"], None),
            (&["ar-SA"], Some("SA")),
            (&["es-419"], None),
            (&["es-US"], Some("US")),
            (&["de", "en"], None),
            (&[""], None),
            (&[], None),
        ];
        for (languages, expected) in cases {
            assert_eq!(
                home_from_languages(&v(languages))
                    .as_ref()
                    .map(CountryCode::as_str),
                *expected,
                "{languages:?}"
            );
        }
    }
}
