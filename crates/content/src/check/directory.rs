//! The help directory: `content/emergency.json` and `content/hotlines.json`.

use std::collections::BTreeSet;

use super::{is_date, is_id};
use crate::model::{
    Confidence, Contact, CountryCode, EmergencyNumber, Hotline, Method, Reports, Scope,
};
use crate::raw::{RawContent, EMERGENCY_FILE, HOTLINES_FILE};
use crate::Problem;

pub(super) fn directory(raw: &RawContent, problems: &mut Vec<Problem>) {
    let f = HOTLINES_FILE;
    let dir = &raw.directory;
    let mut codes = BTreeSet::new();
    for c in dir.countries.iter() {
        let code = c.code.as_str();
        if CountryCode::parse(code).as_ref() != Some(&c.code) {
            problems.push(Problem::new(
                f,
                code,
                "country codes are two upper-case letters (ISO 3166-1 alpha-2)",
            ));
        }
        if !codes.insert(code) {
            problems.push(Problem::new(f, code, "country is listed twice"));
        }
        if c.emergency.is_empty() {
            problems.push(Problem::new(
                f,
                code,
                "every country needs at least its emergency number",
            ));
        }
        for e in c.emergency.iter() {
            if e.number.is_empty() || !e.number.bytes().all(|b| b.is_ascii_digit()) {
                problems.push(Problem::new(
                    f,
                    code,
                    format!("emergency number \"{}\" must be digits only", e.number),
                ));
            }
            if let Some(message) = emergency_source_problem(e) {
                problems.push(Problem::new(EMERGENCY_FILE, code, message));
            }
        }
    }
    if !is_date(&dir.emergency_source.checked) {
        problems.push(Problem::new(
            f,
            "emergency_source",
            "checked must be a date (YYYY-MM-DD)",
        ));
    }
    let mut ids = BTreeSet::new();
    let mut dialled = BTreeSet::new();
    for line in dir.lines.iter() {
        let id: &str = &line.id;
        if !is_id(id) {
            problems.push(Problem::new(
                f,
                id,
                "ids use lower-case letters, digits and underscores",
            ));
        }
        if !ids.insert(id) {
            problems.push(Problem::new(f, id, "hotline id is used twice"));
        }
        if dir.country(&line.country).is_none() {
            problems.push(Problem::new(
                f,
                id,
                format!("country {} has no entry in countries", line.country),
            ));
        }
        if line.confidence == Confidence::Low {
            problems.push(Problem::new(
                f,
                id,
                "low-confidence entries are never shipped",
            ));
        }
        if !is_date(&line.checked) {
            problems.push(Problem::new(f, id, "checked must be a date (YYYY-MM-DD)"));
        }
        if line.test_call.as_deref().is_some_and(|d| !is_date(d)) {
            problems.push(Problem::new(
                f,
                id,
                "test_call must be a date (YYYY-MM-DD), or null until a test call has confirmed the number",
            ));
        }
        if line.source.title.trim().is_empty() {
            problems.push(Problem::new(f, id, "cites no source"));
        }
        if line.contacts.is_empty() {
            problems.push(Problem::new(f, id, "has no way to contact it"));
        }
        if line.scope.is_empty() {
            problems.push(Problem::new(f, id, "says nothing about what it helps with"));
        }
        // Never "not open all the time" without the hours from a source.
        if line.always_open == Some(false) && line.hours.is_none() {
            problems.push(Problem::new(
                f,
                id,
                "always_open is false but no hours are given: write the hours the source gives, or null if it does not say",
            ));
        }
        if line.from_abroad && !line.reachable_from_abroad() {
            problems.push(Problem::new(
                f,
                id,
                "from_abroad, but no number works from abroad (an international number that is not domestic_only, or a contact noted from_abroad)",
            ));
        }
        for message in line.reports.iter().flat_map(|r| reports_problems(line, r)) {
            problems.push(Problem::new(f, id, message));
        }
        if line.scope.contains(&Scope::Anonymous)
            && line.reports.as_ref().and_then(|r| r.anonymous) != Some(true)
        {
            problems.push(Problem::new(
                f,
                id,
                "scope says anonymous, but reports.anonymous is not true with a source",
            ));
        }
        for contact in line.contacts.iter() {
            if let Some(message) = contact_problem(contact) {
                problems.push(Problem::new(f, id, message));
            }
            if contact.method != Method::Web
                && !dialled.insert((line.country.clone(), contact.dial.clone(), contact.method))
            {
                problems.push(Problem::new(
                    f,
                    id,
                    format!("{} is listed twice", contact.dial),
                ));
            }
        }
    }
}

/// What a line says about reports: every claim rests on a dated source with the sentence it
/// quotes, and every written channel is one of the line's own contacts (or its report form).
fn reports_problems(line: &Hotline, reports: &Reports) -> Vec<String> {
    let mut problems = Vec::new();
    let claims = [
        ("third_party", reports.third_party),
        ("anonymous", reports.anonymous),
        ("unrecorded", reports.unrecorded),
    ];
    let source_ok = reports.source.as_ref().is_some_and(|s| {
        let web = s.url.starts_with("https://") || s.url.starts_with("http://");
        !s.title.trim().is_empty() && web && !s.published.is_empty()
    });
    if !source_ok {
        let claimed: Vec<&str> = claims
            .iter()
            .filter(|(_, v)| v.is_some())
            .map(|(name, _)| *name)
            .collect();
        problems.push(if claimed.is_empty() {
            "reports cites no source (a title, a web address and a date or \"undated\")".into()
        } else {
            format!(
                "reports.{} claimed without a source (a title, a web address and a date or \"undated\")",
                claimed.join(", reports.")
            )
        });
    }
    if claims.iter().any(|(_, v)| *v == Some(true))
        && reports
            .evidence
            .as_deref()
            .is_none_or(|e| e.trim().is_empty())
    {
        problems.push("reports claims something without quoting its source in evidence".into());
    }
    if reports.unrecorded == Some(false) {
        problems.push("reports.unrecorded is true or null, never false".into());
    }
    if !is_date(&reports.checked) {
        problems.push("reports.checked must be a date (YYYY-MM-DD)".into());
    }
    let mut seen = BTreeSet::new();
    for method in reports.written.iter() {
        if !Reports::WRITTEN.contains(method) {
            problems.push(format!(
                "reports.written: {method:?} does not carry a written report (sms, whatsapp, email or web)"
            ));
        } else if !seen.insert(*method) {
            problems.push(format!("reports.written lists {method:?} twice"));
        } else if line.report_address(*method).is_none() {
            problems.push(format!(
                "reports.written lists {method:?}, but the line has no such contact"
            ));
        }
    }
    if let Some(form) = &reports.form {
        if !form.starts_with("https://") {
            problems.push(format!("reports.form \"{form}\" must start with https://"));
        }
        if !reports.written.contains(&Method::Web) {
            problems.push("reports.form is given, but web is not in reports.written".into());
        }
    }
    problems
}

/// A number added by hand (libphonenumber does not list it) needs a source of its own, and only
/// such a number has one: the others come from libphonenumber, the file's source.
fn emergency_source_problem(e: &EmergencyNumber) -> Option<String> {
    let number = &e.number;
    match (&e.source, e.libphonenumber_unlisted) {
        (None, true) => Some(format!(
            "emergency number {number} is marked libphonenumber_unlisted (added by hand) but cites no source"
        )),
        (Some(_), false) => Some(format!(
            "emergency number {number} has a source of its own but is not marked libphonenumber_unlisted: only numbers added by hand carry one"
        )),
        (Some(source), true) => {
            if source.title.trim().is_empty() || source.published.trim().is_empty() {
                Some(format!(
                    "emergency number {number}: its source needs a title and a date (or \"undated\")"
                ))
            } else if !source.url.starts_with("https://") {
                Some(format!(
                    "emergency number {number}: its source address \"{}\" must start with https://",
                    source.url
                ))
            } else {
                None
            }
        }
        (None, false) => None,
    }
}

/// Format checks of one contact; whether a number is valid for its country is checked with
/// libphonenumber by `tests/numbers.test.mjs`.
pub(super) fn contact_problem(contact: &Contact) -> Option<String> {
    let dial: &str = &contact.dial;
    if contact.domestic_only && !matches!(contact.method, Method::Phone | Method::Sms) {
        return Some("only a phone or SMS number can be domestic_only".into());
    }
    if contact.domestic_only && contact.note.as_deref() == Some("from_abroad") {
        return Some("a domestic_only number cannot be the one to use from abroad".into());
    }
    if contact.display.trim().is_empty() {
        return Some("a contact needs a display form".into());
    }
    let digits_only = |s: &str| {
        let d = s.strip_prefix('+').unwrap_or(s);
        !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())
    };
    match contact.method {
        Method::Web | Method::Line => (!dial.starts_with("https://"))
            .then(|| format!("address \"{dial}\" must start with https://")),
        Method::Email => (!dial.starts_with("mailto:") || !dial.contains('@'))
            .then(|| format!("address \"{dial}\" must be mailto:name@domain")),
        Method::Phone | Method::Sms | Method::Whatsapp | Method::Viber => {
            if !digits_only(dial) {
                return Some(format!(
                    "number \"{dial}\" must be digits, with an optional leading +"
                ));
            }
            if let Some(e164) = &contact.e164 {
                if !e164.starts_with('+') || !digits_only(e164) || !(8..=16).contains(&e164.len()) {
                    return Some(format!("e164 \"{e164}\" must be + and 7 to 15 digits"));
                }
            } else if matches!(contact.method, Method::Whatsapp | Method::Viber) {
                return Some("a WhatsApp or Viber contact needs its e164 form".into());
            }
            let shown: String = contact
                .display
                .chars()
                .filter(char::is_ascii_digit)
                .collect();
            let dialled = dial.trim_start_matches('+');
            let same = |a: &str, b: &str| {
                let (a, b) = (a.trim_start_matches('0'), b.trim_start_matches('0'));
                !a.is_empty() && !b.is_empty() && (a.ends_with(b) || b.ends_with(a))
            };
            if !same(&shown, dialled) {
                return Some(format!(
                    "display \"{}\" and number \"{dial}\" differ",
                    contact.display
                ));
            }
            if let Some(e164) = &contact.e164 {
                if !same(e164.trim_start_matches('+'), dialled) {
                    return Some(format!("e164 \"{e164}\" and number \"{dial}\" differ"));
                }
            }
            None
        }
    }
}
