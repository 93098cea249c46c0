//! `content/review/`: every key of every translation has its review grade, nothing a review
//! found major is left open, and `content/text/languages.json` summarises the records truly.

use crate::model::SOURCE_LANGUAGE;
use crate::raw::{text_file, RawContent, LANGUAGES_FILE};
use crate::review::{Counts, Grade};
use crate::Problem;

pub(super) fn reviews(raw: &RawContent, problems: &mut Vec<Problem>) {
    for (lang, catalog) in &raw.texts {
        if lang == SOURCE_LANGUAGE {
            continue;
        }
        let file = format!("content/review/{lang}.json");
        let Some(record) = raw.reviews.get(lang) else {
            problems.push(Problem::new(
                &file,
                lang,
                "the translation has no review record (see docs/translating.md)",
            ));
            continue;
        };
        if record.language != *lang {
            problems.push(Problem::new(&file, lang, "names another language"));
        }
        let mut before = Counts::default();
        let mut after = Counts::default();
        for key in catalog.keys() {
            let Some(review) = record.keys.get(key) else {
                problems.push(Problem::new(
                    &file,
                    key,
                    format!(
                        "{} has this key but no review grade: grade it, or mark it unreviewed",
                        text_file(lang)
                    ),
                ));
                continue;
            };
            before.add(review.grade);
            let left = review.after.unwrap_or(review.grade);
            after.add(left);
            if review.grade != Grade::Unreviewed
                && (review.back.as_deref().is_none_or(|b| b.trim().is_empty())
                    || review.after.is_none())
            {
                problems.push(Problem::new(
                    &file,
                    key,
                    "a graded key needs its back-translation and its grade after the review",
                ));
            }
            if review.grade != Grade::Ok
                && review.grade != Grade::Unreviewed
                && review.note.as_deref().is_none_or(|n| n.trim().is_empty())
            {
                problems.push(Problem::new(
                    &file,
                    key,
                    "a minor or major grade needs a note",
                ));
            }
            if left == Grade::Major {
                problems.push(Problem::new(&file, key, "a major finding is still open"));
            }
        }
        for key in record.keys.keys() {
            if !catalog.contains_key(key) {
                problems.push(Problem::new(
                    &file,
                    key,
                    "a review of a key the translation does not have",
                ));
            }
        }
        match raw.language(lang).and_then(|l| l.review.as_ref()) {
            None => problems.push(Problem::new(
                LANGUAGES_FILE,
                lang,
                "the language has a review record but no review summary",
            )),
            Some(summary) => {
                if summary.before != before || summary.after != after {
                    problems.push(Problem::new(
                        LANGUAGES_FILE,
                        lang,
                        format!("the review counts differ from the record: it gives before {before:?}, after {after:?}"),
                    ));
                }
                if summary.method != record.method || summary.date != record.date {
                    problems.push(Problem::new(
                        LANGUAGES_FILE,
                        lang,
                        "the review's method or date differ from the record",
                    ));
                }
            }
        }
    }
}
