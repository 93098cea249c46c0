//! The content check: the shipped questions, sources, hotlines and text are valid and complete.
//! On failure it lists every problem with its file and id.

use redflag_content::PathwayId;
use redflag_content::{Content, ContentFiles};

#[test]
fn shipped_content_is_valid_and_complete() {
    if let Err(problems) = Content::parse(&ContentFiles::shipped()) {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!(
            "{} problem(s) in the content:\n{}",
            problems.len(),
            list.join("\n")
        );
    }
}

#[test]
fn work_pathway_has_at_least_twelve_sourced_red_flags() {
    let work = Content::shipped()
        .pathway(PathwayId::Work)
        .expect("the work pathway ships");
    let flags: Vec<_> = work.questions.iter().filter(|q| q.is_flag()).collect();
    assert!(flags.len() >= 12, "only {} red flags", flags.len());
    for q in flags {
        assert!(
            !q.sources.is_empty() && !q.indicators.is_empty(),
            "{}",
            q.id
        );
    }
}

#[test]
fn directory_covers_the_first_countries_with_sources() {
    let directory = &Content::shipped().directory;
    for code in ["TH", "PH", "VN", "US", "GB"] {
        let lines: Vec<_> = directory
            .lines
            .iter()
            .filter(|l| l.country.as_str() == code)
            .collect();
        assert!(!lines.is_empty(), "{code} has no hotline");
        for line in lines {
            assert!(
                !line.source.title.is_empty() && line.checked.len() == 10,
                "{}",
                line.id
            );
        }
    }
}

/// Codes libphonenumber and CLDR use that ISO 3166-1 has reserved rather than assigned:
/// Ascension Island and Tristan da Cunha (exceptionally reserved) and Kosovo (user-assigned).
/// People there still need their emergency numbers.
const NOT_ISO_BUT_KNOWN: &[&str] = &["AC", "TA", "XK"];

#[test]
fn every_country_code_is_an_iso_3166_code() {
    let iso: Vec<&str> = include_str!("data/iso3166.tab")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .collect();
    assert!(iso.len() >= 249);
    let content = Content::shipped();
    let mut problems = Vec::new();
    let codes = content
        .directory
        .countries
        .iter()
        .map(|c| ("content/emergency.json", c.code.as_str()))
        .chain(
            content
                .directory
                .lines
                .iter()
                .map(|l| ("content/hotlines.json", l.country.as_str())),
        )
        .chain(
            content
                .zones
                .iter()
                .map(|(_, country)| country)
                .map(|c| ("content/timezones.json", c.as_str())),
        );
    for (file, code) in codes {
        if !iso.contains(&code) && !NOT_ISO_BUT_KNOWN.contains(&code) {
            problems.push(format!("{file}: {code}: not an ISO 3166-1 alpha-2 code"));
        }
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_country_of_the_world_has_its_emergency_numbers() {
    let content = Content::shipped();
    let with_emergency = content
        .directory
        .countries
        .iter()
        .filter(|c| !c.emergency.is_empty())
        .count();
    assert!(
        with_emergency >= 235,
        "only {with_emergency} countries have emergency numbers"
    );
    // Every country a time zone can point to has help to show.
    let mut missing: Vec<&str> = content
        .zones
        .iter()
        .map(|(_, country)| country)
        .map(|c| c.as_str())
        .filter(|c| {
            content
                .directory
                .country(&redflag_content::CountryCode(c.to_string().into()))
                .is_none()
        })
        .collect();
    missing.sort();
    missing.dedup();
    // libphonenumber has no emergency numbers for these: uninhabited or research territories,
    // and Guinea, Equatorial Guinea and Tokelau, for which its metadata has none.
    let known_gaps = ["AQ", "GN", "GQ", "GS", "IO", "PN", "TF", "TK", "UM"];
    assert_eq!(
        missing, known_gaps,
        "time zones of countries without emergency numbers"
    );
}

/// Findings of the translation review that no general rule can express, kept fixed.
#[test]
fn translation_review_findings_stay_fixed() {
    let text = |lang: &str, key: &str| -> String {
        let files = ContentFiles::shipped();
        let (_, raw) = files
            .texts
            .iter()
            .find(|(l, _)| l == lang)
            .unwrap_or_else(|| panic!("{lang} ships"));
        let catalog: std::collections::BTreeMap<String, String> =
            serde_json::from_str(raw).expect("valid JSON");
        catalog[key].clone()
    };
    // Khmer: the witness question names the child (កុមារ), in both of its clauses.
    assert_eq!(
        text("km", "q.seen_child_offered").matches("កុមារ").count(),
        2,
        "km q.seen_child_offered"
    );
    // Filipino: a child is never "it" (nito / ito).
    for key in [
        "q.seen_child_offered",
        "why.online_much_older",
        "why.online_child_unexplained_things",
    ] {
        let t = text("fil", key);
        assert!(
            !t.split(|c: char| !c.is_alphanumeric())
                .any(|w| w == "nito" || w == "ito"),
            "fil {key}: {t}"
        );
    }
    // Arabic: the emergency number is that of the country the person is in, not "your country".
    assert!(!text("ar", "fallback.no_country").contains("في بلدك"));
    // Vietnamese: "asked", not "demanded", for images a child may be asked for sweetly.
    assert!(!text("vi", "q.online_asks_images").contains("đòi"));
}
