//! A partner's own configuration: its name and its own help lines, shown first. It arrives as
//! untrusted JSON (a `<script type="application/json">` child of the element, or `mount()`
//! options) and is read in two stages: raw JSON, then these typed values. Every problem becomes
//! one warning saying what was left out; a bad configuration never stops the widget.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use redflag_content::CountryCode;

/// Partner JSON as it arrives, in the shapes the configuration uses: text, lists and objects.
/// Numbers and booleans are kept only as "something else" (their value is never read), which
/// keeps a general JSON value type, and float parsing and formatting, out of the wasm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Text(String),
    List(Vec<Value>),
    /// Its fields in order; a key given twice keeps its first value.
    Object(Vec<(String, Value)>),
    Other,
}

impl Value {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Text(text) => Some(text),
            _ => None,
        }
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Value, E> {
        Ok(Value::Other)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Value, E> {
        Ok(Value::Other)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Value, E> {
        Ok(Value::Other)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Value, E> {
        Ok(Value::Other)
    }
    fn visit_str<E>(self, text: &str) -> Result<Value, E> {
        Ok(Value::Text(text.to_owned()))
    }
    fn visit_string<E>(self, text: String) -> Result<Value, E> {
        Ok(Value::Text(text))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        Value::deserialize(deserializer)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut fields: Vec<(String, Value)> = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Value>()? {
            if !fields.iter().any(|(k, _)| *k == key) {
                fields.push((key, value));
            }
        }
        Ok(Value::Object(fields))
    }
}

/// A help line the partner runs or recommends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerLine {
    pub name: String,
    /// As shown: "1-800-123-456".
    pub display: String,
    /// What the link dials: digits with an optional leading "+".
    pub dial: String,
    /// The country it serves; `None` for every country.
    pub country: Option<CountryCode>,
    /// One sentence on what it helps with, in the partner's words.
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Partner {
    pub name: Option<String>,
    pub lines: Vec<PartnerLine>,
}

impl Partner {
    /// The partner's lines for the country shown, its country-wide lines first.
    pub fn lines_for(&self, country: Option<&CountryCode>) -> Vec<&PartnerLine> {
        self.lines
            .iter()
            .filter(|l| l.country.is_none() || l.country.as_ref() == country)
            .collect()
    }
}

const MAX_TEXT: usize = 120;

fn text(value: Option<&Value>) -> Option<String> {
    value
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| {
            !s.is_empty() && s.chars().count() <= MAX_TEXT && !s.chars().any(char::is_control)
        })
        .map(str::to_owned)
}

/// Validates raw partner JSON. Returns what could be used and one message per problem.
pub fn validate(raw: &Value) -> (Partner, Vec<String>) {
    let mut problems = Vec::new();
    let mut partner = Partner::default();
    let Value::Object(fields) = raw else {
        problems.push("partner configuration must be a JSON object; it is ignored".to_owned());
        return (partner, problems);
    };
    for (key, _) in fields {
        if key != "name" && key != "helplines" {
            problems.push(format!(
                "partner configuration: unknown field \"{key}\" is ignored"
            ));
        }
    }
    if let Some(name) = raw.get("name") {
        partner.name = text(Some(name));
        if partner.name.is_none() {
            problems.push(format!(
                "partner name must be text of 1 to {MAX_TEXT} characters; it is not shown"
            ));
        }
    }
    let lines = match raw.get("helplines") {
        None => &Vec::new(),
        Some(Value::List(lines)) => lines,
        Some(_) => {
            problems.push("partner helplines must be a list; they are not shown".to_owned());
            &Vec::new()
        }
    };
    for (i, line) in lines.iter().enumerate() {
        let n = i + 1;
        let name = text(line.get("name"));
        let number = text(line.get("number"));
        let dial: Option<String> = number.as_ref().map(|n| {
            n.chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect()
        });
        let dial_ok = dial.as_ref().is_some_and(|d| {
            let digits = d.strip_prefix('+').unwrap_or(d);
            (3..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
        }) && number.as_ref().is_some_and(|n| {
            n.chars()
                .all(|c| c.is_ascii_digit() || " +-().".contains(c))
        });
        let country = match line.get("country") {
            None | Some(Value::Null) => Some(None),
            Some(v) => v.as_str().and_then(CountryCode::parse).map(Some),
        };
        match (name, dial_ok, country) {
            (Some(name), true, Some(country)) => partner.lines.push(PartnerLine {
                name,
                display: number.unwrap_or_default(),
                dial: dial.unwrap_or_default(),
                country,
                description: text(line.get("description")),
            }),
            (None, _, _) => problems.push(format!("partner helpline {n}: needs a name of 1 to {MAX_TEXT} characters; it is left out")),
            (_, false, _) => problems.push(format!(
                "partner helpline {n}: \"{}\" is not a phone number (digits, spaces, + - ( ) only); it is left out",
                number.unwrap_or_default()
            )),
            (_, _, None) => {
                problems.push(format!("partner helpline {n}: country must be a two-letter ISO 3166-1 code; it is left out"))
            }
        }
    }
    (partner, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The partner JSON a page would give, through the same deserialiser as the widget's.
    fn json(value: serde_json::Value) -> Value {
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn a_good_configuration() {
        let (partner, problems) = validate(&json(serde_json::json!({
            "name": "Safe Migration Network",
            "helplines": [
                { "name": "Our advice line", "number": "+66 2 123 4567", "country": "th", "description": "Thai and Burmese." },
                { "name": "Our WhatsApp-free line", "number": "1-800-000-111" }
            ]
        })));
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(partner.name.as_deref(), Some("Safe Migration Network"));
        assert_eq!(partner.lines[0].dial, "+6621234567");
        assert_eq!(
            partner.lines[0].country.as_ref().map(CountryCode::as_str),
            Some("TH")
        );
        let th = CountryCode::parse("TH");
        assert_eq!(partner.lines_for(th.as_ref()).len(), 2);
        assert_eq!(
            partner.lines_for(CountryCode::parse("VN").as_ref()).len(),
            1
        );
    }

    #[test]
    fn every_problem_is_reported_and_the_rest_kept() {
        let (partner, problems) = validate(&json(serde_json::json!({
            "name": "",
            "colour": "red",
            "helplines": [
                { "name": "Fine", "number": "1300" },
                { "name": "Bad number", "number": "call us!" },
                { "number": "1300" },
                { "name": "Bad country", "number": "1300", "country": "Thailand" }
            ]
        })));
        assert_eq!(partner.lines.len(), 1);
        assert_eq!(partner.name, None);
        assert_eq!(problems.len(), 5, "{problems:#?}");
        assert!(problems
            .iter()
            .any(|p| p.contains("unknown field \"colour\"")));
        assert!(problems
            .iter()
            .any(|p| p.contains("\"call us!\" is not a phone number")));
    }

    #[test]
    fn numbers_and_booleans_are_read_as_not_text() {
        let value = json(serde_json::json!({ "name": 12, "name2": true, "x": null, "l": [1.5] }));
        assert_eq!(value.get("name"), Some(&Value::Other));
        assert_eq!(value.get("name2"), Some(&Value::Other));
        assert_eq!(value.get("x"), Some(&Value::Null));
        assert_eq!(value.get("l"), Some(&Value::List(vec![Value::Other])));
        let (partner, problems) = validate(&value);
        assert_eq!(partner.name, None);
        assert!(problems
            .iter()
            .any(|p| p.starts_with("partner name must be text")));
    }

    #[test]
    fn not_an_object() {
        let (partner, problems) = validate(&json(serde_json::json!(["x"])));
        assert_eq!(partner, Partner::default());
        assert_eq!(problems.len(), 1);
    }
}
