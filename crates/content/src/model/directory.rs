//! The help directory: emergency numbers and help lines.

use serde::{Deserialize, Serialize};

use super::{CountryCode, List, Str};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(rename_all = "lowercase")]
pub enum Service {
    Police,
    Ambulance,
    Fire,
    Emergency,
}

impl Service {
    pub fn name_key(self) -> &'static str {
        match self {
            Service::Police => "service.police",
            Service::Ambulance => "service.ambulance",
            Service::Fire => "service.fire",
            Service::Emergency => "service.emergency",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(deny_unknown_fields)]
pub struct EmergencyNumber {
    pub service: Service,
    pub number: Str,
    /// libphonenumber does not call this an emergency number: it was added by hand, from its own
    /// `source`, in the list of additions in `content/emergency_services.json`, which the
    /// generator keeps. The check refuses the mark without a source.
    #[serde(default)]
    pub libphonenumber_unlisted: bool,
    /// Where a number added by hand comes from; `None` for libphonenumber's numbers, whose
    /// source is the file's.
    #[serde(default)]
    pub source: Option<LineSource>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(deny_unknown_fields)]
pub struct CountryHelp {
    pub code: CountryCode,
    pub emergency: List<EmergencyNumber>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(rename_all = "lowercase")]
pub enum OperatorType {
    Government,
    Ngo,
    Police,
    International,
}

impl OperatorType {
    pub fn text_key(self) -> &'static str {
        match self {
            OperatorType::Government => "help.operator.government",
            OperatorType::Ngo => "help.operator.ngo",
            OperatorType::Police => "help.operator.police",
            OperatorType::International => "help.operator.international",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    Trafficking,
    Labour,
    Child,
    Violence,
    Abroad,
    Anonymous,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(rename_all = "lowercase")]
pub enum Method {
    Phone,
    Sms,
    Whatsapp,
    Line,
    Viber,
    Web,
    Email,
}

impl Method {
    pub fn text_key(self) -> &'static str {
        match self {
            Method::Phone => "help.contact.phone",
            Method::Sms => "help.contact.sms",
            Method::Whatsapp => "help.contact.whatsapp",
            Method::Line => "help.contact.line",
            Method::Viber => "help.contact.viber",
            Method::Web => "help.contact.web",
            Method::Email => "help.contact.email",
        }
    }

    /// Methods reached by dialling a number (as opposed to opening an address).
    pub fn is_number(self) -> bool {
        matches!(
            self,
            Method::Phone | Method::Sms | Method::Whatsapp | Method::Viber
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub method: Method,
    /// As people write it locally: "08000 121 700", "(02) 1343".
    pub display: Str,
    /// For numbers: the digits dialled inside the country (a leading "+" only for numbers meant
    /// to be dialled from abroad). For other methods: the https or mailto address.
    pub dial: Str,
    /// The international form ("+448000121700"); `None` for short codes, which only work inside
    /// the country.
    #[serde(default)]
    pub e164: Option<Str>,
    /// A text key under `help.contact_note.` saying when to use this contact.
    pub note: Option<Str>,
    /// libphonenumber does not list this number (many help-line short codes are missing from
    /// its short-number metadata); it is sourced from the operator or the press. The number test
    /// fails if this is set on a number libphonenumber does know.
    #[serde(default)]
    pub libphonenumber_unlisted: bool,
    /// A freephone, shared-cost or other non-geographic number that only connects when dialled
    /// in its local form from inside the country (many networks do not connect "+81 120…").
    /// The number test derives it from libphonenumber's number type and fails if it is wrong.
    #[serde(default)]
    pub domestic_only: bool,
}

impl Contact {
    /// The address a link opens: `tel:`, `sms:`, WhatsApp or Viber chat, `https:` or `mailto:`.
    /// Numbers use their international form where they have one, so they also work from a phone
    /// with a foreign SIM; a domestic-only number uses its local form, the only one that
    /// connects.
    pub fn href(&self) -> String {
        let number = match &self.e164 {
            Some(e164) if !self.domestic_only => e164,
            _ => &self.dial,
        };
        match self.method {
            Method::Phone => format!("tel:{number}"),
            Method::Sms => format!("sms:{number}"),
            Method::Whatsapp => format!("https://wa.me/{}", number.trim_start_matches('+')),
            Method::Viber => format!("viber://chat?number=%2B{}", number.trim_start_matches('+')),
            Method::Line | Method::Web | Method::Email => self.dial.to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(deny_unknown_fields)]
pub struct LineSource {
    pub title: Str,
    pub url: Str,
    pub published: Str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    High,
    Medium,
    Low,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(deny_unknown_fields)]
pub struct Hotline {
    pub id: Str,
    pub country: CountryCode,
    /// In English or romanised, as the operator names it.
    pub name: Str,
    /// In the local script, where the source gives it.
    pub local_name: Option<Str>,
    /// Who runs it; `None` where the source does not say.
    pub operator: Option<Str>,
    pub operator_type: Option<OperatorType>,
    pub scope: List<Scope>,
    pub contacts: List<Contact>,
    /// `true`: open 24 hours; `false`: not, with `hours` as the source gives them; `None`
    /// (`null` in the file): the source does not say, and the widget says the hours are not
    /// known rather than claim anything.
    pub always_open: Option<bool>,
    /// Opening hours as the source gives them, when not always open.
    pub hours: Option<Str>,
    /// `None` when no source says whether calls are free.
    pub free: Option<bool>,
    /// BCP 47 codes of the languages the source says it answers in.
    #[serde(default)]
    pub languages: List<Str>,
    pub from_abroad: bool,
    pub source: LineSource,
    /// The day the entry was compared with its source and its number checked with
    /// libphonenumber (YYYY-MM-DD); nothing was test-dialled.
    pub checked: Str,
    /// The day a test call confirmed that the number reaches this service (YYYY-MM-DD); `None`
    /// (`null` in the file) until one has been made.
    #[serde(default)]
    pub test_call: Option<Str>,
    pub confidence: Confidence,
    /// An editor's note: a conflict between sources, a carrier limit, a doubt about hours.
    pub note: Option<Str>,
    /// Whether it takes reports, from whom, how anonymously and through which written channels;
    /// `None` where no source says it takes reports.
    #[serde(default)]
    pub reports: Option<Reports>,
}

/// What a source says about a line taking reports. Every `Some(true)` rests on `source`; the
/// content check refuses a claim without one.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(deny_unknown_fields)]
pub struct Reports {
    /// It takes reports from people other than the person it is about (a witness, a parent).
    /// `None`: the source does not say.
    pub third_party: Option<bool>,
    /// A report may be made without giving a name. `None`: the source does not say, and the
    /// widget says so rather than promise anything.
    pub anonymous: Option<bool>,
    /// Calls are not recorded or traced, as the source says.
    #[serde(default)]
    pub unrecorded: Option<bool>,
    /// The line's own contacts (by method) that take a written report: SMS, WhatsApp, e-mail
    /// or its web site.
    #[serde(default)]
    pub written: List<Method>,
    /// The line's online report form, where it is another page than its web contact.
    #[serde(default)]
    pub form: Option<Str>,
    /// Where the claims come from (kept out of the widget, like the line's own source).
    pub source: Option<LineSource>,
    /// The sentence of the source the claims rest on, quoted for editors; never shown.
    #[serde(default)]
    pub evidence: Option<Str>,
    /// The day the claims were compared with the source (YYYY-MM-DD).
    pub checked: Str,
}

impl Reports {
    /// Methods that carry a written report, in the order the widget offers them.
    pub const WRITTEN: [Method; 4] = [Method::Sms, Method::Whatsapp, Method::Email, Method::Web];
}

/// Where a written report goes: one of the line's contacts, or its report form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportAddress<'c> {
    Contact(&'c Contact),
    Form(&'c str),
}

/// What the widget may say about when a line is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening<'c> {
    Always,
    Hours(&'c str),
    Unknown,
}

impl Hotline {
    /// When it is open, as far as its source says.
    pub fn opening(&self) -> Opening<'_> {
        match (self.always_open, self.hours.as_deref()) {
            (Some(true), _) => Opening::Always,
            (Some(false), Some(hours)) => Opening::Hours(hours),
            _ => Opening::Unknown,
        }
    }

    /// Whether a person in another country can call or message it: a number in its
    /// international form that is not domestic-only, or a contact noted for use from abroad.
    /// (A web form alone does not make "can be reached from abroad" true beside phone numbers
    /// that only work inside the country.)
    pub fn reachable_from_abroad(&self) -> bool {
        self.contacts.iter().any(|c| {
            (c.method.is_number() && c.e164.is_some() && !c.domestic_only)
                || c.note.as_deref() == Some("from_abroad")
        })
    }

    /// The contact a written report goes through by `method`: the report form for the web,
    /// where there is one, else the line's own contact of that method.
    pub fn report_address(&self, method: Method) -> Option<ReportAddress<'_>> {
        let reports = self.reports.as_ref()?;
        if !reports.written.contains(&method) {
            return None;
        }
        if let (Method::Web, Some(form)) = (method, reports.form.as_deref()) {
            return Some(ReportAddress::Form(form));
        }
        self.contacts
            .iter()
            .find(|c| c.method == method)
            .map(ReportAddress::Contact)
    }

    pub fn description_key(&self) -> String {
        format!("line.{}", self.id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
#[serde(deny_unknown_fields)]
pub struct EmergencySource {
    pub title: Str,
    pub url: Str,
    pub published: Str,
    pub checked: Str,
}

/// The help directory: emergency numbers for every country and territory, and the help lines.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = redflag_content))]
pub struct Directory {
    pub countries: List<CountryHelp>,
    pub emergency_source: EmergencySource,
    pub lines: List<Hotline>,
}

impl Directory {
    pub fn country(&self, code: &CountryCode) -> Option<&CountryHelp> {
        self.countries.iter().find(|c| &c.code == code)
    }
}
