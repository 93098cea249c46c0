//! The content check: the shipped questions, sources, hotlines and text are valid and complete.
//! On failure it lists every problem with its file and id.

use redflag_content::PathwayId;
use redflag_content::{Content, ContentFiles, Part, Str};

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

/// `docs/reports.md`, the list of which lines take reports and how anonymously, written from
/// `content/hotlines.json`. `REDFLAG_WRITE_DOCS=1 cargo test -p redflag-content` rewrites it.
#[test]
fn the_list_of_lines_that_take_reports_is_current() {
    let rendered = reports_doc(&Content::shipped().directory);
    let path = redflag_content::content_dir().join("../docs/reports.md");
    if std::env::var_os("REDFLAG_WRITE_DOCS").is_some() {
        std::fs::write(&path, &rendered).expect("docs/reports.md is writable");
    }
    let written = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        written == rendered,
        "docs/reports.md is out of date: run REDFLAG_WRITE_DOCS=1 cargo test -p redflag-content"
    );
}

fn reports_doc(directory: &redflag_content::Directory) -> String {
    use std::collections::BTreeMap;
    use std::fmt::Write;

    let yes_no = |v: Option<bool>| match v {
        Some(true) => "yes",
        Some(false) => "no",
        None => "not said",
    };
    let mut by_country: BTreeMap<&str, Vec<&redflag_content::Hotline>> = BTreeMap::new();
    for line in directory.lines.iter() {
        by_country
            .entry(line.country.as_str())
            .or_default()
            .push(line);
    }
    let anonymous = |line: &&redflag_content::Hotline| {
        line.reports.as_ref().and_then(|r| r.anonymous) == Some(true)
    };
    let with_anonymous = by_country
        .values()
        .filter(|lines| lines.iter().any(anonymous))
        .count();
    let with_reports = by_country
        .values()
        .filter(|lines| lines.iter().any(|l| l.reports.is_some()))
        .count();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Which help lines take reports\n\n\
         Written from `content/hotlines.json` by `crates/content/tests/shipped.rs`; do not edit by hand.\n\
         A claim is only made where its source says so: \"not said\" means no source we read says\n\
         either way, and the widget then promises nothing. The report screen offers a line for a\n\
         report about someone else only when it takes reports from others.\n\n\
         {} of {} countries have a line that takes reports; {} have one that takes anonymous\n\
         reports ({} lines).\n",
        with_reports,
        by_country.len(),
        with_anonymous,
        directory.lines.iter().filter(anonymous).count(),
    );
    let _ = writeln!(
        out,
        "| country | line | from others | anonymous | not recorded | written | source |\n|---|---|---|---|---|---|---|"
    );
    for (country, lines) in &by_country {
        for line in lines {
            let Some(r) = &line.reports else {
                let _ = writeln!(
                    out,
                    "| {country} | {} | — | — | — | — | no source says it takes reports |",
                    line.name
                );
                continue;
            };
            let written: Vec<String> = r
                .written
                .iter()
                .map(|m| format!("{m:?}").to_lowercase())
                .collect();
            let source = r
                .source
                .as_ref()
                .map(|s| {
                    format!(
                        "[{}]({}) ({})",
                        s.title.replace('|', "/"),
                        s.url,
                        s.published
                    )
                })
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "| {country} | {} | {} | {} | {} | {} | {source} |",
                line.name,
                yes_no(r.third_party),
                yes_no(r.anonymous),
                if r.unrecorded == Some(true) {
                    "yes"
                } else {
                    "not said"
                },
                if written.is_empty() {
                    "—".to_owned()
                } else {
                    written.join(", ")
                },
            );
        }
    }
    out
}

#[test]
fn every_language_pack_reads_back_and_single_block_scripts_take_a_byte_a_letter() {
    let content = Content::shipped();
    let mut problems = Vec::new();
    // English's stories are a file too; the rest of English is not.
    let english = content
        .pack_file("en", Part::Stories)
        .and_then(|file| content.decode_pack("en", Part::Stories, &file));
    for (i, (key, text)) in content.english.iter().enumerate() {
        let read = english.as_ref().and_then(|p| p.values[i].as_deref());
        let expected = (Part::of(key) == Part::Stories).then_some(text.as_ref());
        if read != expected {
            problems.push(format!("en: {key} reads back as {read:?}"));
        }
    }
    if content.pack_file("en", Part::Screens).is_some() {
        problems.push("en: a file of its screens, which the wasm and data file carry".into());
    }
    for pack in content.packs.iter() {
        let file = pack.encode();
        for part in [Part::Screens, Part::Stories] {
            let read = content
                .pack_file(&pack.language, part)
                .and_then(|file| content.decode_pack(&pack.language, part, &file));
            let in_part = |values: &[Option<Str>]| -> Vec<Option<Str>> {
                content
                    .english
                    .iter()
                    .zip(values)
                    .map(|((key, _), v)| v.clone().filter(|_| Part::of(key) == part))
                    .collect()
            };
            if read.as_ref().map(|r| in_part(&r.values)) != Some(in_part(&pack.values)) {
                problems.push(format!(
                    "{}: its {part:?} file does not read back",
                    pack.language
                ));
            }
        }
        let utf8: usize = pack
            .values
            .iter()
            .map(|v| v.as_deref().unwrap_or("").len() + 1)
            .sum();
        // Thai, Lao, Khmer, Burmese and Arabic each live in one block of Unicode.
        let one_block = ["th", "lo", "km", "my", "ar"].contains(&pack.language.as_ref());
        if one_block && file.len() * 3 > utf8 * 2 {
            problems.push(format!(
                "{}: {} bytes, not under two thirds of its {utf8} in UTF-8",
                pack.language,
                file.len()
            ));
        }
        if !one_block && file.len() > utf8 + 2 {
            problems.push(format!("{}: larger than UTF-8", pack.language));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
