//! Choosing a language and guessing a country, on the device only.
//!
//! The language comes from the host's `lang`, else the browser's preferred languages, else
//! English. The country comes from the host's `country`, else the browser's time zone. No
//! network look-up of any kind is ever involved.

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

/// IANA time-zone ids, including the legacy spellings Chromium reports (`Asia/Saigon`), for the
/// countries the directory covers.
const ZONES: &[(&str, &str)] = &[
    ("Asia/Bangkok", "TH"),
    ("Asia/Manila", "PH"),
    ("Asia/Ho_Chi_Minh", "VN"),
    ("Asia/Saigon", "VN"),
    ("Europe/London", "GB"),
    ("Europe/Belfast", "GB"),
    ("GB", "GB"),
    ("America/New_York", "US"),
    ("America/Detroit", "US"),
    ("America/Kentucky/Louisville", "US"),
    ("America/Kentucky/Monticello", "US"),
    ("America/Indiana/Indianapolis", "US"),
    ("America/Indiana/Vincennes", "US"),
    ("America/Indiana/Winamac", "US"),
    ("America/Indiana/Marengo", "US"),
    ("America/Indiana/Petersburg", "US"),
    ("America/Indiana/Vevay", "US"),
    ("America/Indianapolis", "US"),
    ("America/Louisville", "US"),
    ("America/Chicago", "US"),
    ("America/Indiana/Tell_City", "US"),
    ("America/Indiana/Knox", "US"),
    ("America/Menominee", "US"),
    ("America/North_Dakota/Center", "US"),
    ("America/North_Dakota/New_Salem", "US"),
    ("America/North_Dakota/Beulah", "US"),
    ("America/Denver", "US"),
    ("America/Boise", "US"),
    ("America/Phoenix", "US"),
    ("America/Los_Angeles", "US"),
    ("America/Anchorage", "US"),
    ("America/Juneau", "US"),
    ("America/Sitka", "US"),
    ("America/Metlakatla", "US"),
    ("America/Yakutat", "US"),
    ("America/Nome", "US"),
    ("America/Adak", "US"),
    ("Pacific/Honolulu", "US"),
    ("US/Eastern", "US"),
    ("US/Central", "US"),
    ("US/Mountain", "US"),
    ("US/Pacific", "US"),
    ("US/Alaska", "US"),
    ("US/Hawaii", "US"),
];

/// The country a time zone belongs to, when it belongs to exactly one we know.
pub fn country_from_time_zone(zone: &str) -> Option<&'static str> {
    ZONES.iter().find(|(z, _)| *z == zone).map(|(_, c)| *c)
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
        let cases = [
            ("Asia/Bangkok", Some("TH")),
            ("Asia/Ho_Chi_Minh", Some("VN")),
            ("Asia/Saigon", Some("VN")),
            ("Asia/Manila", Some("PH")),
            ("Europe/London", Some("GB")),
            ("America/Chicago", Some("US")),
            ("Pacific/Honolulu", Some("US")),
            ("Etc/UTC", None),
            ("", None),
        ];
        for (zone, expected) in cases {
            assert_eq!(country_from_time_zone(zone), expected, "{zone}");
        }
    }
}
