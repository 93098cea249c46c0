//! Reporting what happened or what was seen: which lines take a report, the message the person
//! may send, and the addresses that hand it to the app they choose. Nothing here sends anything;
//! the message leaves the device only when the person opens one of those addresses themselves.

use litemap::LiteMap;

use redflag_content::{
    Answer, CountryCode, Directory, Hotline, Method, Pathway, PathwayId, Question, ReportAddress,
    Reports, SOURCE_LANGUAGE,
};

use crate::questionnaire::Answers;
use crate::text::Texts;

/// Whom the report is about, which decides who may receive it and how its message begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum About {
    /// The person themselves (a job offer they got, their work, someone they met online).
    Myself,
    /// A parent's child (the online pathway, answered as a parent).
    Child,
    /// Someone the person saw (the witness pathway).
    Someone,
}

impl About {
    pub fn of(pathway: &Pathway, answers: &Answers) -> About {
        match pathway.id {
            PathwayId::Witness => About::Someone,
            PathwayId::Online if answers.get(PARENT_QUESTION) == Some(&Answer::Yes) => About::Child,
            _ => About::Myself,
        }
    }

    /// Whether the report comes from someone other than the person it is about, so only lines
    /// whose source says they take reports from others may receive it.
    pub fn by_someone_else(self) -> bool {
        self != About::Myself
    }

    /// The first sentence of the message.
    fn intro_key(self, pathway: PathwayId) -> String {
        match self {
            About::Child => "report.draft.intro.online_parent".to_owned(),
            _ => format!("report.draft.intro.{}", pathway.as_str()),
        }
    }
}

/// The online pathway's question that asks whether a parent is answering.
const PARENT_QUESTION: &str = "online_parent_mode";

/// The details a person may add to a report; every one is optional.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    When,
    Where,
    People,
    Ages,
    Description,
}

impl Field {
    pub const ALL: [Field; 5] = [
        Field::When,
        Field::Where,
        Field::People,
        Field::Ages,
        Field::Description,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Field::When => "when",
            Field::Where => "where",
            Field::People => "people",
            Field::Ages => "ages",
            Field::Description => "description",
        }
    }

    /// The label of its input.
    pub fn label_key(self) -> String {
        format!("report.field.{}", self.as_str())
    }

    /// Its label in the message.
    fn draft_key(self) -> String {
        format!("report.draft.{}", self.as_str())
    }

    /// A free description gets a text area; the rest one line each.
    pub fn is_long(self) -> bool {
        self == Field::Description
    }
}

/// What the person typed into the optional fields: in memory only, gone with the session.
pub type Details = LiteMap<Field, String>;

/// The lines of `country` that take this report, those that take anonymous reports first, then
/// those whose source does not say, then those that ask for a name; otherwise in directory
/// order.
pub fn lines_for<'c>(
    directory: &'c Directory,
    country: &CountryCode,
    about: About,
) -> Vec<&'c Hotline> {
    let mut lines: Vec<&Hotline> = directory
        .lines
        .iter()
        .filter(|l| &l.country == country)
        .filter(|l| {
            l.reports
                .as_ref()
                .is_some_and(|r| !about.by_someone_else() || r.third_party == Some(true))
        })
        .collect();
    lines.sort_by_key(|l| match l.reports.as_ref().and_then(|r| r.anonymous) {
        Some(true) => 0,
        None => 1,
        Some(false) => 2,
    });
    lines
}

/// The written channels of a line, in the order the widget offers them.
pub fn channels(line: &Hotline) -> Vec<(Method, ReportAddress<'_>)> {
    Reports::WRITTEN
        .iter()
        .filter_map(|&m| line.report_address(m).map(|a| (m, a)))
        .collect()
}

/// The language a line's operator reads the message in: the person's own when the line lists
/// it, else the first the line lists that the widget can write in, else English.
pub fn line_language<'a>(
    line: &'a Hotline,
    person: &'a str,
    can_write: impl Fn(&str) -> bool,
) -> &'a str {
    let listed = |code: &str| line.languages.iter().any(|l| primary(l) == code);
    if listed(person) {
        return person;
    }
    line.languages
        .iter()
        .map(|l| primary(l))
        .find(|l| can_write(l))
        .unwrap_or(SOURCE_LANGUAGE)
}

fn primary(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

/// The message in one language: why the person writes, the red flags answered, each as one
/// sentence from the content, and the details they added. Never anything they did not answer
/// or type.
pub fn draft(
    texts: &Texts,
    pathway: PathwayId,
    about: About,
    flags: &[&Question],
    details: &Details,
) -> String {
    let mut lines = vec![
        texts.get(&about.intro_key(pathway)).to_owned(),
        String::new(),
    ];
    if flags.is_empty() {
        lines.push(texts.get("report.draft.no_signs").to_owned());
    } else {
        lines.push(texts.get("report.draft.signs").to_owned());
        lines.extend(
            flags
                .iter()
                .map(|q| format!("- {}", texts.get(&q.report_key()))),
        );
    }
    let filled: Vec<(Field, &str)> = Field::ALL
        .iter()
        .filter_map(|&f| {
            let value = details.get(&f)?.trim();
            (!value.is_empty()).then_some((f, value))
        })
        .collect();
    if !filled.is_empty() {
        lines.push(String::new());
        lines.push(texts.get("report.draft.details").to_owned());
        for (field, value) in filled {
            lines.push(format!("{} {value}", texts.get(&field.draft_key())));
        }
    }
    lines.join("\n")
}

/// What is sent: the message in the line's language, and after it the same message in the
/// person's own language when that is another.
pub fn message(for_line: &str, line_texts: &Texts, own: &str, own_texts: &Texts) -> String {
    if line_texts.language() == own_texts.language() {
        return own.to_owned();
    }
    format!(
        "{for_line}\n\n{}\n{own}",
        line_texts.get("report.draft.translation")
    )
}

/// The address that opens the person's own app with the message in it: `sms:` with a body,
/// WhatsApp's `wa.me` with a text, `mailto:` with a subject and a body, or the line's web page
/// (which cannot carry a message: the person pastes it).
pub fn handover(method: Method, address: ReportAddress<'_>, subject: &str, body: &str) -> String {
    match (method, address) {
        (_, ReportAddress::Form(url)) => url.to_owned(),
        (Method::Sms, ReportAddress::Contact(c)) => {
            format!("{}?body={}", c.href(), encode(body, "%0A"))
        }
        (Method::Whatsapp, ReportAddress::Contact(c)) => {
            format!("{}?text={}", c.href(), encode(body, "%0A"))
        }
        // RFC 6068: line breaks in a mailto body are written as CRLF.
        (Method::Email, ReportAddress::Contact(c)) => format!(
            "{}?subject={}&body={}",
            c.href(),
            encode(subject, "%0A"),
            encode(body, "%0D%0A")
        ),
        (_, ReportAddress::Contact(c)) => c.href(),
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters, with `newline` for "\n".
fn encode(text: &str, newline: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(byte as char)
            }
            b'\n' => out.push_str(newline),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(HEX[usize::from(byte >> 4)] as char);
                out.push(HEX[usize::from(byte & 15)] as char);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assess;
    use crate::text::Packs;
    use redflag_content::Content;

    fn shipped() -> &'static Content {
        Content::shipped()
    }

    fn answers(pairs: &[(&str, Answer)]) -> Answers {
        pairs.iter().map(|(q, a)| (q.to_string(), *a)).collect()
    }

    #[test]
    fn a_witness_message_lists_exactly_the_flags_answered_and_the_details_given() {
        let content = shipped();
        let witness = content.pathway(PathwayId::Witness).unwrap();
        let given = answers(&[
            ("seen_documents_held", Answer::Yes),
            ("seen_watched", Answer::Yes),
            ("seen_fearful", Answer::No),
            ("seen_confused", Answer::Unsure),
        ]);
        let assessment = assess(witness, &given);
        let flags: Vec<&Question> = assessment.flags.iter().map(|f| f.question).collect();
        let mut details = Details::new();
        details.insert(Field::Where, "Hotel Riverside, room 214".into());
        details.insert(Field::People, "  ".into());
        let texts = Texts::new(content, None);
        let about = About::of(witness, &given);
        assert_eq!(about, About::Someone);
        let text = draft(&texts, PathwayId::Witness, about, &flags, &details);
        assert!(text.starts_with("I want to report something I saw"));
        assert!(
            text.contains("- Someone else was holding the person's passport, ID or boarding pass.")
        );
        assert!(text.contains("- The person seemed to be watched, or not free to move around."));
        assert_eq!(text.matches("\n- ").count(), 2, "{text}");
        assert!(!text.contains("scared"), "an answer of No is no red flag");
        assert!(text.contains("Where: Hotel Riverside, room 214"));
        assert!(
            !text.contains("How many people"),
            "an empty detail is left out"
        );
    }

    #[test]
    fn the_message_comes_in_the_line_language_then_the_persons_own() {
        let content = shipped();
        let packs = Packs::compiled_in(content);
        let th = Texts::new(content, packs.get("th"));
        let my = Texts::new(content, packs.get("my"));
        let work = content.pathway(PathwayId::Work).unwrap();
        let q = [work.question("documents_held").unwrap()];
        let details = Details::new();
        let own = draft(&my, PathwayId::Work, About::Myself, &q, &details);
        let theirs = draft(&th, PathwayId::Work, About::Myself, &q, &details);
        let sent = message(&theirs, &th, &own, &my);
        assert!(sent.starts_with(&theirs));
        assert!(sent.ends_with(&own));
        assert!(sent.contains(th.get("report.draft.translation")));
        assert_eq!(
            message(&own, &my, &own, &my),
            own,
            "one language, one message"
        );
    }

    #[test]
    fn a_line_that_lists_the_persons_language_reads_it_else_its_own_else_english() {
        let content = shipped();
        let line = |id: &str| content.directory.lines.iter().find(|l| l.id == id).unwrap();
        let any = |_: &str| true;
        let th_1300 = line("th_1300");
        assert_eq!(line_language(th_1300, "th", any), "th");
        let first = line_language(th_1300, "my", any);
        assert!(th_1300.languages.iter().any(|l| l == first) || first == "en");
        let none = |_: &str| false;
        let no_languages = content
            .directory
            .lines
            .iter()
            .find(|l| l.languages.is_empty())
            .unwrap();
        assert_eq!(line_language(no_languages, "my", none), "en");
    }

    #[test]
    fn someone_elses_report_goes_only_to_lines_that_take_reports_from_others() {
        let content = shipped();
        for country in content.directory.countries.iter().map(|c| &c.code) {
            for line in lines_for(&content.directory, country, About::Someone) {
                assert_eq!(
                    line.reports.as_ref().unwrap().third_party,
                    Some(true),
                    "{}",
                    line.id
                );
            }
            let own = lines_for(&content.directory, country, About::Myself);
            let anonymity: Vec<u8> = own
                .iter()
                .map(|l| match l.reports.as_ref().unwrap().anonymous {
                    Some(true) => 0,
                    None => 1,
                    Some(false) => 2,
                })
                .collect();
            assert!(
                anonymity.windows(2).all(|w| w[0] <= w[1]),
                "anonymous lines first in {country}"
            );
        }
    }

    #[test]
    fn handover_addresses_carry_the_message_in_the_scheme_of_each_app() {
        let content = shipped();
        let body = "Line one & more\nAusweis: ä";
        let mut seen = Vec::new();
        for line in content.directory.lines.iter() {
            for (method, address) in channels(line) {
                let href = handover(method, address, "Subject here", body);
                match method {
                    Method::Sms => {
                        assert!(href.starts_with("sms:"), "{href}");
                        assert!(
                            href.ends_with("?body=Line%20one%20%26%20more%0AAusweis%3A%20%C3%A4"),
                            "{href}"
                        );
                    }
                    Method::Whatsapp => {
                        assert!(href.starts_with("https://wa.me/"), "{href}");
                        assert!(href.contains("?text=Line%20one"), "{href}");
                    }
                    Method::Email => {
                        assert!(href.starts_with("mailto:"), "{href}");
                        assert!(
                            href.contains(
                                "?subject=Subject%20here&body=Line%20one%20%26%20more%0D%0AAusweis"
                            ),
                            "{href}"
                        );
                    }
                    _ => assert!(href.starts_with("https://"), "{href}"),
                }
                seen.push(method);
            }
        }
        assert!(seen.contains(&Method::Sms) && seen.contains(&Method::Email));
    }
}
