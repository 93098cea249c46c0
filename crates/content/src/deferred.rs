//! The content the widget's first screens do not need, kept out of the wasm.
//!
//! The wasm carries what the first screens show (the start screen, the compact card, the
//! language list, the safety page and learn mode's first screen), the structure of the
//! questionnaire and the look-ups made when it mounts (time zones, the countries with emergency
//! numbers). The rest, [`Deferred`], is a data file the loader fetches alongside the wasm at
//! start-up, so it is off the path to the first screen but never fetched on a person's action:
//! the help lines, the sources and indicators, and the English text of the screens that show
//! them (the questions, the result, the danger-now screen, the report). Until it is here, those
//! screens say they are loading. The compact card's data file has only its own check's texts
//! ([`Deferred::only`]). Learn mode's stories are in neither: they are files of their own in
//! every language, English included ([`crate::Part::Stories`]), fetched where learn mode is
//! offered.

use serde::{Deserialize, Serialize};

use crate::model::{
    Directory, EmergencySource, Hotline, Indicator, LineSource, List, Part, PathwayId, Source, Str,
};
use crate::Content;

/// The text keys whose English is deferred, by prefix: the screens that show them wait for the
/// deferred content anyway, because they also show help lines or sources.
const DEFERRED_TEXT: [&str; 11] = [
    "flag.",
    "line.",
    "next.",
    "print.",
    "q.",
    "report.",
    "result.",
    "scenario.",
    "share.",
    "urgent.",
    "why.",
];

/// Whether the English text of `key` is not in the wasm: it comes with the deferred content, or
/// with learn mode's stories ([`Part::Stories`]).
pub fn is_deferred_text(key: &str) -> bool {
    DEFERRED_TEXT.iter().any(|prefix| key.starts_with(prefix)) || Part::of(key) == Part::Stories
}

/// Whether the deferred English text of `key` is shown by the check of `pathway` alone (as the
/// compact card's check is): not learn mode's stories, nor another pathway's explanations and
/// next steps.
fn shown_by(content: &Content, key: &str, pathway: PathwayId) -> bool {
    if key.starts_with("scenario.") {
        return false;
    }
    if let Some(steps) = key.strip_prefix("next.") {
        return steps.split('.').next() == Some(pathway.as_str());
    }
    let question = ["report.flag.", "why.", "flag.", "q."]
        .iter()
        .find_map(|prefix| key.strip_prefix(prefix))
        .map(|id| id.strip_suffix(".hint").unwrap_or(id));
    match question {
        Some(id) => content
            .pathway(pathway)
            .is_some_and(|p| p.questions.iter().any(|q| q.id == id)),
        None => true,
    }
}

/// The deferred part of the content, as its data file carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deferred {
    /// The one pathway whose check this file serves (the compact card's), its other texts left
    /// empty; `None` for the whole.
    only: Option<PathwayId>,
    lines: List<Hotline>,
    sources: List<Source>,
    indicators: List<Indicator>,
    /// How many English keys the content it belongs to has: a file of another build is refused.
    key_count: u32,
    /// The English text of the deferred keys, in the order of the English keys.
    english: List<Str>,
}

impl Deferred {
    /// This deferred content for the check of `pathway` alone: the texts it never shows are
    /// left empty (`content` is the content it was split from).
    pub fn only(&self, content: &Content, pathway: PathwayId) -> Deferred {
        let mut texts = self.english.iter();
        let english = content
            .english
            .iter()
            .filter(|(key, _)| is_deferred_text(key))
            .map(|(key, _)| {
                let text = texts.next().cloned().unwrap_or_default();
                if shown_by(content, key, pathway) {
                    text
                } else {
                    Str::Borrowed("")
                }
            })
            .collect();
        // The sources and indicators its questions cite: the sources screen of this check lists
        // only its own questions.
        let questions = || {
            content
                .pathway(pathway)
                .into_iter()
                .flat_map(|p| p.questions.iter())
        };
        Deferred {
            only: Some(pathway),
            english,
            sources: self
                .sources
                .iter()
                .filter(|s| questions().any(|q| q.sources.contains(&s.id)))
                .cloned()
                .collect(),
            indicators: self
                .indicators
                .iter()
                .filter(|i| questions().any(|q| q.indicators.contains(&i.id)))
                .cloned()
                .collect(),
            ..self.clone()
        }
    }

    /// The data file (postcard): the strings as they are, each with its length.
    pub fn encode(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("the content serialises")
    }

    /// Reads what [`Deferred::encode`] wrote; `None` for anything else.
    pub fn decode(bytes: &[u8]) -> Option<Deferred> {
        postcard::from_bytes(bytes).ok()
    }
}

impl Content {
    /// The content as the widget has it: without its packs (the loader fetches them) and
    /// without the records kept for editors, which the widget never shows (a help line's source,
    /// check dates, notes and operator's name, the sources of what it says about reports, the
    /// sources of emergency numbers).
    pub fn for_widget(&self) -> Content {
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
        content
    }

    /// The widget's content split in two: what the wasm carries (not [`Content::complete`]: no
    /// help lines, sources or indicators, and an empty English text for every deferred key) and
    /// the [`Deferred`] rest.
    pub fn split(&self) -> (Content, Deferred) {
        let mut first = self.for_widget();
        let deferred = Deferred {
            only: None,
            lines: std::mem::take(first.directory.lines.to_mut()).into(),
            sources: std::mem::take(first.sources.to_mut()).into(),
            indicators: std::mem::take(first.indicators.to_mut()).into(),
            key_count: first.english.len() as u32,
            // Learn mode's stories are files of their own, English's too (`Part::Stories`).
            english: first
                .english
                .to_mut()
                .iter_mut()
                .filter(|(key, _)| is_deferred_text(key))
                .map(|(key, text)| {
                    let text = std::mem::replace(text, Str::Borrowed(""));
                    if Part::of(key) == Part::Stories {
                        Str::Borrowed("")
                    } else {
                        text
                    }
                })
                .collect(),
        };
        first.complete = false;
        first.only = None;
        (first, deferred)
    }

    /// This content with its deferred part: complete, borrowing everything else from this
    /// static (no list is copied). `None` when `deferred` belongs to another build (another
    /// number of keys or of deferred texts).
    pub fn join(&'static self, deferred: Deferred) -> Option<Content> {
        if deferred.key_count as usize != self.english.len() {
            return None;
        }
        let mut texts = deferred.english.into_owned().into_iter();
        let mut english = Vec::with_capacity(self.english.len());
        for (key, text) in self.english.iter() {
            let text = if is_deferred_text(key) {
                texts.next()?
            } else {
                Str::Borrowed(text)
            };
            english.push((Str::Borrowed(key), text));
        }
        if texts.next().is_some() {
            return None;
        }
        Some(Content {
            pathways: List::Borrowed(&self.pathways),
            scenarios: List::Borrowed(&self.scenarios),
            sources: deferred.sources,
            indicators: deferred.indicators,
            directory: Directory {
                countries: List::Borrowed(&self.directory.countries),
                emergency_source: self.directory.emergency_source.clone(),
                lines: deferred.lines,
            },
            zones: List::Borrowed(&self.zones),
            language_list: List::Borrowed(&self.language_list),
            english: english.into(),
            packs: List::Borrowed(&self.packs),
            complete: true,
            only: deferred.only,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_part_and_the_data_file_join_into_the_widgets_whole_content() {
        let content = Content::shipped();
        let (first, deferred) = content.split();
        let first: &'static Content = Box::leak(Box::new(first));
        assert!(!first.complete && first.directory.lines.is_empty());
        assert!(first.sources.is_empty() && first.indicators.is_empty());
        assert_eq!(first.english("why.documents_held"), Some(""));
        assert_eq!(first.english("q.documents_held"), Some(""));
        assert_eq!(first.english("ui.title"), content.english("ui.title"));

        let read = Deferred::decode(&deferred.encode()).expect("the data file reads back");
        assert_eq!(read, deferred);
        let joined = first.join(read).expect("the parts belong together");
        assert!(joined.complete);
        // The whole, but for learn mode's stories, which come as files of their own.
        let mut whole = content.for_widget();
        for (key, text) in whole.english.to_mut() {
            if Part::of(key) == Part::Stories {
                *text = Str::Borrowed("");
            }
        }
        assert_eq!(joined, whole);
        assert_eq!(joined.english("scenario.chat_offer.title"), Some(""));
    }

    #[test]
    fn the_compact_cards_data_file_has_the_witness_checks_text_only() {
        let content = Content::shipped();
        let (first, deferred) = content.split();
        let first: &'static Content = Box::leak(Box::new(first));
        let witness = deferred.only(content, PathwayId::Witness);
        assert!(
            witness.encode().len() * 4 < deferred.encode().len() * 3,
            "a quarter smaller"
        );
        let joined = first
            .join(Deferred::decode(&witness.encode()).expect("reads back"))
            .expect("the parts belong together");
        assert_eq!(joined.only, Some(PathwayId::Witness));
        let text = |key: &str| joined.english(key).unwrap_or("no such key");
        let whole = |key: &str| content.english(key).unwrap_or("no such key");
        for key in [
            "why.seen_documents_held",
            "flag.seen_documents_held",
            "report.flag.seen_documents_held",
            "next.witness.do_not_confront",
            "q.seen_documents_held",
            "result.title",
            "line.th_1300",
        ] {
            assert_eq!(text(key), whole(key), "{key}");
        }
        for key in [
            "why.documents_held",
            "q.documents_held",
            "q.confined.hint",
            "next.work.talk",
            "scenario.chat_offer.title",
        ] {
            assert_eq!(text(key), "", "{key}");
        }
        assert_eq!(joined.directory.lines, content.for_widget().directory.lines);
        // Every source and indicator the witness questions cite, and no other.
        let witness = content.pathway(PathwayId::Witness).unwrap();
        for q in witness.questions.iter() {
            for id in q.sources.iter() {
                assert!(joined.source(id).is_some(), "{}: source {id}", q.id);
            }
            for id in q.indicators.iter() {
                assert!(joined.indicator(id).is_some(), "{}: indicator {id}", q.id);
            }
        }
        assert!(joined.sources.len() < content.sources.len());
        assert!(joined.indicators.len() < content.indicators.len());
        assert!(
            joined.indicator("dhs.instant_love").is_none(),
            "cited by the online check only"
        );
    }

    #[test]
    fn a_data_file_of_another_build_is_refused() {
        let content = Content::shipped();
        let (first, deferred) = content.split();
        let mut other = first.clone();
        other.english.to_mut().pop();
        let other: &'static Content = Box::leak(Box::new(other));
        let first: &'static Content = Box::leak(Box::new(first));
        assert_eq!(other.join(deferred.clone()), None, "one key fewer");
        let mut shorter = deferred.clone();
        shorter.english.to_mut().pop();
        assert_eq!(first.join(shorter), None, "one text fewer");
        assert_eq!(Deferred::decode(b"\x05not content"), None);
    }
}
