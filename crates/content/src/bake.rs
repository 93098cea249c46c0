//! Checked content written as Rust: the widget's build script includes it as a static.

use databake::Bake;

use crate::model::{EmergencySource, LineSource, Str};
use crate::Content;

impl Content {
    /// A Rust expression that builds this content as static data, without its packs (the
    /// widget receives those from its loader) and without the records kept for editors (a
    /// help line's source, check dates, notes and operator's name, and the sources of what it
    /// says about reports; the sources of emergency
    /// numbers), which the widget never shows. Names `redflag_content` and `alloc`.
    pub fn to_rust(&self) -> String {
        let mut content = self.clone();
        content.packs = Vec::new().into();
        let empty = || Str::Borrowed("");
        for line in content.directory.lines.to_mut() {
            line.source = LineSource {
                title: empty(),
                url: empty(),
                published: empty(),
            };
            line.checked = empty();
            line.test_call = None;
            line.note = None;
            line.operator = None;
            if let Some(reports) = &mut line.reports {
                reports.source = None;
                reports.evidence = None;
                reports.checked = empty();
            }
        }
        for country in content.directory.countries.to_mut() {
            for number in country.emergency.to_mut() {
                number.source = None;
            }
        }
        content.directory.emergency_source = EmergencySource {
            title: empty(),
            url: empty(),
            published: empty(),
            checked: empty(),
        };
        content.bake(&Default::default()).to_string()
    }
}

#[cfg(test)]
mod tests {
    use crate::Content;

    #[test]
    fn the_baked_content_names_every_question_and_no_editor_note() {
        let content = Content::shipped();
        let rust = content.to_rust();
        for pathway in content.pathways.iter() {
            for question in pathway.questions.iter() {
                assert!(
                    rust.contains(&format!("\"{}\"", question.id)),
                    "{}",
                    question.id
                );
            }
        }
        assert!(rust.contains("alloc :: borrow :: Cow :: Borrowed"));
        assert!(
            !rust.contains("Reference row 1.1"),
            "editors' notes stay out of the widget"
        );
        assert!(rust.contains("packs : alloc :: borrow :: Cow :: Borrowed (& [])"));
    }
}
