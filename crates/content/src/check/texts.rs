//! `content/text/`: every language's strings against English and against the content they name.

use std::collections::BTreeSet;

use crate::model::{keys, SOURCE_LANGUAGE};
use crate::raw::{text_file, RawContent, LANGUAGES_FILE};
use crate::Problem;

pub(super) fn texts(raw: &RawContent, problems: &mut Vec<Problem>) {
    let Some(source) = raw.texts.get(SOURCE_LANGUAGE) else {
        return;
    };
    let required = required_keys(raw);
    for key in &required {
        if !source.contains_key(key) {
            problems.push(Problem::new(
                &text_file(SOURCE_LANGUAGE),
                key,
                "text is missing",
            ));
        }
    }
    // Keys that name content must name content that exists; a stale key is a sign of a
    // renamed question whose new text was never written.
    let content_prefixes = [
        "q.",
        "flag.",
        "why.",
        "report.flag.",
        "line.",
        "country.",
        "pathway.",
        "next.",
        "scenario.",
    ];
    let optional = optional_keys(raw);
    for key in source.keys() {
        if content_prefixes.iter().any(|p| key.starts_with(p))
            && !required.contains(key)
            && !optional.contains(key)
        {
            problems.push(Problem::new(
                &text_file(SOURCE_LANGUAGE),
                key,
                "text for content that does not exist",
            ));
        }
    }
    for (lang, catalog) in &raw.texts {
        let file = text_file(lang);
        for (key, value) in catalog {
            if value.trim().is_empty() {
                problems.push(Problem::new(&file, key, "text is empty"));
            }
            if value.chars().any(|c| c.is_control() && c != '\n') {
                problems.push(Problem::new(
                    &file,
                    key,
                    "text holds a control character (only line breaks are allowed)",
                ));
            }
            if let Some(message) = leading_question(lang, key, value) {
                problems.push(Problem::new(&file, key, message));
            }
            if lang == "my" && looks_like_zawgyi(value) {
                problems.push(Problem::new(
                    &file,
                    key,
                    "looks like Zawgyi; Burmese must be written in Unicode",
                ));
            }
            if let Some(original) = source.get(key) {
                if placeholders(original) != placeholders(value) {
                    problems.push(Problem::new(
                        &file,
                        key,
                        "placeholders such as {total} differ from English",
                    ));
                }
            } else {
                problems.push(Problem::new(&file, key, "key does not exist in English"));
            }
        }
        if lang == SOURCE_LANGUAGE {
            continue;
        }
        let allowed: Vec<&String> = ["*", lang.as_str()]
            .iter()
            .filter_map(|l| raw.same_as_english.get(*l))
            .flatten()
            .collect();
        let ships_names = raw.language(lang).is_some_and(|l| l.ships_country_names);
        let line_countries: BTreeSet<String> = raw
            .directory
            .lines
            .iter()
            .map(|l| l.country.name_key())
            .collect();
        for (key, english) in source {
            // Country names come from the browser where it has them; a language whose
            // names the browser lacks ships them for every country with a help line.
            let needed =
                !key.starts_with("country.") || (ships_names && line_countries.contains(key));
            match catalog.get(key) {
                None if needed => problems.push(Problem::new(&file, key, "translation is missing")),
                Some(value)
                    if value == english
                        && english.chars().any(|c| c.is_ascii_alphabetic())
                        && !allowed.contains(&key) =>
                {
                    problems.push(Problem::new(
                        &file,
                        key,
                        "identical to English: translate it, or list the key for this language in content/text/same-as-english.json",
                    ))
                }
                _ => {}
            }
        }
    }
    for language in &raw.language_list {
        if !raw.texts.contains_key(&language.code) {
            problems.push(Problem::new(
                LANGUAGES_FILE,
                &language.code,
                "listed, but it has no text file",
            ));
        }
    }
    for lang in raw.texts.keys() {
        if raw.language(lang).is_none() {
            problems.push(Problem::new(
                &text_file(lang),
                lang,
                "the language is not listed in content/text/languages.json",
            ));
        }
    }
}

/// Every text key the content needs.
fn required_keys(raw: &RawContent) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for p in &raw.pathways {
        keys.insert(format!("pathway.{}.title", p.id.as_str()));
        keys.insert(format!("pathway.{}.description", p.id.as_str()));
        for step in &p.next_steps {
            keys.insert(format!("next.{}.{}", p.id.as_str(), step.id));
        }
        for q in &p.questions {
            keys.insert(keys::question(&q.id));
            if q.is_flag() {
                keys.insert(keys::flag(&q.id));
                keys.insert(keys::why(&q.id));
                keys.insert(keys::report(&q.id));
            }
        }
    }
    for s in &raw.scenarios {
        keys.insert(scenario_key(&s.id, "title"));
        keys.insert(scenario_key(&s.id, "story"));
        for c in &s.choices {
            keys.insert(scenario_key(&s.id, &c.id));
            if c.flag.is_none() {
                keys.insert(format!("{}.why", scenario_key(&s.id, &c.id)));
            }
        }
    }
    for c in raw.directory.countries.iter() {
        keys.insert(c.code.name_key());
        for e in c.emergency.iter() {
            keys.insert(e.service.name_key().to_owned());
        }
    }
    for line in raw.directory.lines.iter() {
        keys.insert(line.description_key());
        if let Some(operator) = line.operator_type {
            keys.insert(operator.text_key().to_owned());
        }
        for c in line.contacts.iter() {
            keys.insert(c.method.text_key().to_owned());
            if let Some(note) = &c.note {
                keys.insert(format!("help.contact_note.{note}"));
            }
        }
    }
    keys
}

/// Text keys the content may have but does not need, such as hints.
fn optional_keys(raw: &RawContent) -> BTreeSet<String> {
    raw.pathways
        .iter()
        .flat_map(|p| &p.questions)
        .map(|q| keys::hint(&q.id))
        .collect()
}

/// A learn-mode story's text key: `scenario.<story>.<part>`.
fn scenario_key(story: &str, part: &str) -> String {
    format!("scenario.{story}.{part}")
}

/// Zawgyi, the legacy Burmese encoding, stores the vowel sign E (U+1031) before the consonant
/// it is written in front of; Unicode stores it after the consonant (and its medials). A U+1031
/// that does not follow a consonant or a medial is the tell-tale.
pub(super) fn looks_like_zawgyi(text: &str) -> bool {
    let mut previous: Option<char> = None;
    for c in text.chars() {
        if c == '\u{1031}' {
            let follows_letter = previous.is_some_and(|p| {
                ('\u{1000}'..='\u{102A}').contains(&p) || ('\u{103B}'..='\u{103E}').contains(&p)
            });
            if !follows_letter {
                return true;
            }
        }
        previous = Some(c);
    }
    false
}

/// `{name}` placeholders in a string, in order.
pub fn placeholders(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                out.push(&after[..end]);
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    out.sort_unstable();
    out
}

/// A question worded so that it leads the answer, or that its Yes / No buttons cannot answer.
/// Questions are `q.<id>` keys (not their hints).
pub(super) fn leading_question(lang: &str, key: &str, text: &str) -> Option<&'static str> {
    if !key.starts_with("q.") || key.ends_with(".hint") {
        return None;
    }
    let text = text.trim_end_matches(['?', ' ', '\u{FF1F}']);
    match lang {
        // "…, right?": asks the reader to confirm, and on some questions accuses.
        "th" if ["ใช่ไหม", "ใช่มั้ย", "ใช่มั๊ย"].iter().any(|tag| text.ends_with(tag)) => Some(
            "a Thai question must not end in the confirming tag ใช่ไหม: ask with หรือไม่ or หรือเปล่า",
        ),
        // "đã … chưa?" expects Rồi / Chưa, not the Có / Không of the buttons.
        "vi" if text.ends_with("chưa") => Some(
            "a Vietnamese question must not end in chưa: the buttons say Có / Không, so ask with có … không",
        ),
        _ => None,
    }
}
