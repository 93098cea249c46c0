//! Checked content written as Rust: the widget's build script includes it as a static.

use databake::Bake;

use crate::Content;

impl Content {
    /// A Rust expression that builds the part of the widget's content its wasm carries
    /// ([`Content::split`]) as static data. Names `redflag_content` and `alloc`.
    pub fn to_rust(&self) -> String {
        self.split().0.bake(&Default::default()).to_string()
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
        assert!(rust.contains("complete : false"));
        assert!(
            !rust.contains("ILO Indicators of Forced Labour"),
            "the sources come with the deferred content"
        );
    }
}
