//! The content check: the shipped questions, sources, hotlines and text are valid and complete.
//! On failure it lists every problem with its file and id.

use redflag::core::content::{Content, ContentFiles};
use redflag::core::PathwayId;

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
            q.severity.is_some() && !q.sources.is_empty() && !q.indicators.is_empty(),
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
