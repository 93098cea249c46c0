//! Small content for the logic tests of the session and the assessment: a work pathway whose
//! weights, branching and danger are fixed here, so those tests do not change when the shipped
//! questions do (the shipped content has its own tests in `redflag-content`).

use std::sync::OnceLock;

use redflag_content::raw::{ContentFiles, RawContent};
use redflag_content::Content;

/// One question of the fixture, as its JSON.
fn flag(id: &str, severity: &str, dimension: &str, extra: &str) -> String {
    format!(
        r#"{{ "id": "{id}", "indicators": [], "sources": [], "severity": "{severity}",
            "weight_source": "proposed", "dimension": "{dimension}"{extra} }}"#
    )
}

fn context(id: &str, extra: &str) -> String {
    format!(r#"{{ "id": "{id}", "role": "context", "indicators": [], "sources": []{extra} }}"#)
}

fn questions() -> String {
    let coercion = "coercion_at_destination";
    let conditions = "exploitative_conditions";
    let work = [
        context("under_18", r#", "marks": "under_18""#),
        flag("job_differs", "medium", "deceptive_recruitment", ""),
        flag("documents_held", "strong", coercion, ""),
        flag("wages_withheld", "medium", coercion, ""),
        flag("threat_of_sale", "medium", coercion, ""),
        flag("told_to_lie", "medium", coercion, ""),
        flag("pay_deductions", "weak", conditions, ""),
        flag("debt_grows", "medium", "coercive_recruitment", ""),
        context("employer_housing", ""),
        flag(
            "bad_housing",
            "weak",
            conditions,
            r#", "show_if": { "question": "employer_housing", "answer": "yes" }"#,
        ),
        flag("confined", "strong", coercion, r#", "danger_now": true"#),
        flag("phone_controlled", "medium", coercion, ""),
        flag("violence", "strong", coercion, r#", "danger_now": true"#),
        flag("afraid_to_leave", "medium", coercion, ""),
        flag(
            "sex_exchange",
            "weak",
            conditions,
            r#", "if_under_18": { "severity": "strong", "danger_now": true }"#,
        ),
        flag(
            "forced_tasks",
            "medium",
            conditions,
            r#", "if_under_18": { "severity": "strong" }"#,
        ),
        flag(
            "no_contract",
            "weak",
            "deceptive_recruitment",
            r#", "warning_answer": "no""#,
        ),
    ];
    format!(
        r#"{{ "pathways": [{{ "id": "work", "next_steps": [
            {{ "id": "danger", "when_level": ["urgent"] }},
            {{ "id": "housing", "show_if": {{ "question": "employer_housing", "answer": "yes" }} }},
            {{ "id": "talk" }}
        ], "questions": [{}] }}] }}"#,
        work.join(",\n")
    )
}

fn story(id: &str, audience: &str) -> String {
    format!(
        r#"{{ "id": "{id}", "audience": "{audience}", "note": "fixture", "choices": [
            {{ "id": "first", "flag": "documents_held" }},
            {{ "id": "second", "flag": "violence" }},
            {{ "id": "third", "flag": null }}
        ] }}"#
    )
}

/// The fixture content, parsed once; not run through the content check, which asks far more
/// (twelve red flags a pathway, sources, every text) than these tests need.
pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| {
        let files = ContentFiles {
            questions: questions(),
            learn: format!(
                r#"{{ "scenarios": [{}, {}, {}] }}"#,
                story("chat_one", "online"),
                story("shop", "work"),
                story("chat_two", "online")
            ),
            sources: r#"{ "sources": [], "indicators": [] }"#.into(),
            hotlines: r#"{ "lines": [] }"#.into(),
            emergency: r#"{ "source": { "title": "t", "url": "", "published": "", "checked": "2026-01-01" }, "countries": [] }"#.into(),
            timezones: r#"{ "source": "fixture", "zones": {} }"#.into(),
            languages: r#"{ "languages": [{ "code": "en", "name": "English", "dir": "ltr", "reviewed": false }] }"#.into(),
            same_as_english: "{}".into(),
            texts: vec![("en".into(), "{}".into())],
            reviews: Vec::new(),
        };
        let raw = RawContent::parse(&files).expect("the fixture parses");
        raw.into_content().expect("the fixture is complete")
    })
}
