//! The check against the shipped files with one mistake put in: each problem named with its
//! file and id. Only the problems the mistake adds count, so these tests still say something
//! useful while the shipped content itself has a problem (which `tests/shipped.rs` lists).

use super::directory::contact_problem;
use super::texts::{looks_like_zawgyi, placeholders};
use crate::model::{Contact, CountryCode, Method};
use crate::{Content, ContentFiles};

fn shipped_with(edit: impl FnOnce(&mut Vec<String>)) -> Vec<String> {
    let mut files = ContentFiles::shipped();
    let english = files
        .texts
        .iter()
        .position(|(lang, _)| lang == "en")
        .expect("English ships");
    let mut texts = vec![
        files.questions.clone(),
        files.sources.clone(),
        files.hotlines.clone(),
        files.texts[english].1.clone(),
        files.learn.clone(),
    ];
    edit(&mut texts);
    files.questions = texts[0].clone();
    files.sources = texts[1].clone();
    files.hotlines = texts[2].clone();
    files.texts[english].1 = texts[3].clone();
    files.learn = texts[4].clone();
    let baseline = problems_of(&ContentFiles::shipped());
    problems_of(&files)
        .into_iter()
        .filter(|p| !baseline.contains(p))
        .collect()
}

fn problems_of(files: &ContentFiles) -> Vec<String> {
    match Content::parse(files) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn every_problem_is_listed_with_file_and_id() {
    let problems = shipped_with(|files| {
        files[0] = files[0]
            .replace("\"ohchr_scam_operations_2023\"", "\"no_such_source\"")
            .replace("\"id\": \"wages_withheld\"", "\"id\": \"told_to_lie\"");
        files[2] = files[2].replace("\"dial\": \"1300\"", "\"dial\": \"13OO\"");
        files[3] = files[3].replace("\"q.violence\":", "\"q.violence_old\":");
    });
    let expected = [
        "content/questions.json: told_to_lie: question id is used twice",
        "content/questions.json: forced_tasks: cites unknown source \"no_such_source\"",
        "content/hotlines.json: th_1300: number \"13OO\" must be digits, with an optional leading +",
        "content/text/en.json: q.violence: text is missing",
        "content/text/en.json: q.violence_old: text for content that does not exist",
    ];
    for e in expected {
        assert!(
            problems.iter().any(|p| p == e),
            "missing {e:?} in {problems:#?}"
        );
    }
}

#[test]
fn learn_mode_links_and_texts_are_checked() {
    let problems = shipped_with(|files| {
        files[4] = files[4]
            .replace(
                "\"flag\": \"offer_high_pay\"",
                "\"flag\": \"offer_same_country\"",
            )
            .replace("\"id\": \"office_moved\"", "\"id\": \"chat_offer\"");
        files[3] = files[3].replace(
            "\"scenario.chat_offer.company_website.why\":",
            "\"scenario.chat_offer.website.why\":",
        );
    });
    let expected = [
        "content/learn.json: chat_offer.pay_too_good: links \"offer_same_country\", which is not a red-flag question",
        "content/learn.json: chat_offer: story id is used twice",
        "content/text/en.json: scenario.chat_offer.company_website.why: text is missing",
        "content/text/en.json: scenario.chat_offer.website.why: text for content that does not exist",
    ];
    for e in expected {
        assert!(
            problems.iter().any(|p| p == e),
            "missing {e:?} in {problems:#?}"
        );
    }
}

#[test]
fn syntax_errors_name_the_file_and_line() {
    let problems = shipped_with(|files| files[2].insert(0, '{'));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("content/hotlines.json: line 1"),
        "{problems:?}"
    );
}

#[test]
fn low_confidence_numbers_are_refused() {
    let problems = shipped_with(|files| {
        files[2] = files[2].replacen("\"confidence\": \"high\"", "\"confidence\": \"low\"", 1)
    });
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].ends_with(": low-confidence entries are never shipped"),
        "{problems:?}"
    );
}

#[test]
fn placeholders_must_match_english() {
    assert_eq!(
        placeholders("Question {current} of {total}"),
        ["current", "total"]
    );
    assert_eq!(placeholders("{total}: {current}"), ["current", "total"]);
    assert!(placeholders("no braces").is_empty());
}

fn contact(
    method: Method,
    display: &'static str,
    dial: &'static str,
    e164: Option<&'static str>,
) -> Contact {
    Contact {
        method,
        display: display.into(),
        dial: dial.into(),
        e164: e164.map(Into::into),
        note: None,
        libphonenumber_unlisted: false,
        domestic_only: false,
    }
}

#[test]
fn contact_formats() {
    use Method::*;
    let ok = [
        contact(Phone, "1300", "1300", None),
        contact(
            Phone,
            "+66 99 130 1300",
            "+66991301300",
            Some("+66991301300"),
        ),
        contact(Phone, "08000 121 700", "08000121700", Some("+448000121700")),
        contact(Phone, "(02) 1343", "021343", None),
        contact(
            Whatsapp,
            "0811-1129-129",
            "08111129129",
            Some("+628111129129"),
        ),
        contact(Web, "example.org", "https://example.org/", None),
        contact(Email, "help@example.org", "mailto:help@example.org", None),
    ];
    for c in ok {
        assert_eq!(contact_problem(&c), None, "{c:?}");
    }
    let bad = [
        contact(Phone, "1-300", "1-300", None),
        contact(Phone, "1300", "1387", None),
        contact(Phone, "08000 121 700", "08000121700", Some("+448000121799")),
        contact(Phone, "08000 121 700", "08000121700", Some("448000121700")),
        contact(Whatsapp, "0811-1129-129", "08111129129", None),
        contact(Web, "example.org", "http://example.org/", None),
        contact(Email, "help", "help@example.org", None),
    ];
    for c in bad {
        assert!(contact_problem(&c).is_some(), "{c:?} should be refused");
    }
}

#[test]
fn links_use_the_international_form_where_it_connects() {
    use Method::*;
    assert_eq!(contact(Phone, "1300", "1300", None).href(), "tel:1300");
    assert_eq!(
        contact(Phone, "08000 121 700", "08000121700", Some("+448000121700")).href(),
        "tel:+448000121700"
    );
    assert_eq!(
        contact(Whatsapp, "0811", "08111129129", Some("+628111129129")).href(),
        "https://wa.me/628111129129"
    );
    assert_eq!(contact(Sms, "233733", "233733", None).href(), "sms:233733");
    let freephone = Contact {
        domestic_only: true,
        ..contact(Phone, "0120-99-7777", "0120997777", Some("+81120997777"))
    };
    assert_eq!(
        freephone.href(),
        "tel:0120997777",
        "the local form, the one that connects"
    );
    assert_eq!(contact_problem(&freephone), None);
    let whatsapp = Contact {
        domestic_only: true,
        ..contact(Whatsapp, "0811", "08111129129", Some("+628111129129"))
    };
    assert!(contact_problem(&whatsapp).is_some());
}

#[test]
fn zawgyi_is_recognised() {
    // "မေး" (ask) in Unicode order, and the same word as Zawgyi stores it.
    assert!(!looks_like_zawgyi("\u{1019}\u{1031}\u{1038}"));
    assert!(looks_like_zawgyi("\u{1031}\u{1019}\u{1038}"));
    assert!(!looks_like_zawgyi("ပတ်စ်ပို့"));
}

#[test]
fn country_codes() {
    assert_eq!(CountryCode::parse(" th ").map(|c| c.0), Some("TH".into()));
    for bad in ["", "T", "THA", "1H", "T-"] {
        assert_eq!(CountryCode::parse(bad), None, "{bad}");
    }
}

#[test]
fn leading_questions_are_refused() {
    use super::texts::leading_question;
    let confirm = "คุณเคยได้รับเงินเพื่อแลกกับการมีเพศสัมพันธ์ใช่ไหม?";
    assert!(leading_question("th", "q.sex_exchange", confirm).is_some());
    assert!(
        leading_question("th", "q.sex_exchange.hint", confirm).is_none(),
        "hints are not questions"
    );
    let neutral = "คุณเคยได้รับเงินเพื่อแลกกับการมีเพศสัมพันธ์หรือไม่?";
    assert!(leading_question("th", "q.sex_exchange", neutral).is_none());
    let expects_roi = "Bạn đã nhận được hợp đồng chưa?";
    assert!(leading_question("vi", "q.offer_contract", expects_roi).is_some());
    assert!(
        leading_question("vi", "q.offer_contract", "Bạn có nhận được hợp đồng không?").is_none()
    );
}
