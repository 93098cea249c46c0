//! Checked content written as Rust: the widget's build script includes it as a static.

use databake::Bake;

use crate::Content;

impl Content {
    /// A Rust expression that builds this content as static data, without its packs (the
    /// widget receives those from its loader). Names `redflag_content` and `alloc`.
    pub fn to_rust(&self) -> String {
        let mut content = self.clone();
        content.packs = Vec::new().into();
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
