//! Who can help: the emergency numbers and help lines of the country shown, the lines of the
//! person's home country that work from abroad, and a searchable control to change the country.
//! Numbers are links the person presses to call or text; nothing is opened or fetched unless
//! they press it.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::browser::lowercase;
use crate::content;

use redflag_content::{Confidence, Contact, EmergencyNumber, Hotline, Opening};
use redflag_core::hotline::{countries, help_for, reachable_from_abroad};
use redflag_core::partner::Partner;
use redflag_core::text::CountryNames;
use redflag_core::{Action, CountryCode, PathwayId, Texts};

/// What every help panel of one widget shares: the browser's country names and the person's
/// home country, when it differs from where help is shown.
#[derive(Clone, PartialEq)]
pub struct HelpContext {
    pub names: super::Names,
    pub home: Option<CountryCode>,
    /// The partner's own lines, shown first.
    pub partner: Rc<Partner>,
    /// Shares the host page's address; the callback it is given hears how that went.
    pub on_share: Callback<Callback<super::Shared>>,
    /// Prints the sheet of signs and numbers.
    pub on_print: Callback<()>,
}

#[derive(Properties, PartialEq)]
pub struct HelpPanelProps {
    pub texts: Texts<'static>,
    pub country: Option<CountryCode>,
    pub pathway: Option<PathwayId>,
    pub under_18: bool,
    pub dispatch: Callback<Action>,
}

#[function_component(HelpPanel)]
pub fn help_panel(props: &HelpPanelProps) -> Html {
    let t = props.texts;
    let context = use_context::<HelpContext>().unwrap_or_else(|| HelpContext {
        names: super::Names::default(),
        home: None,
        partner: Rc::default(),
        on_share: Callback::noop(),
        on_print: Callback::noop(),
    });
    let directory = &content().directory;
    let help = props
        .country
        .as_ref()
        .and_then(|c| help_for(directory, c, props.pathway, props.under_18));
    let names = context.names.of(t.language());
    let name = |code: &CountryCode| names.name(&t, code);

    let home = context
        .home
        .as_ref()
        .filter(|h| Some(*h) != props.country.as_ref());
    let home_lines = home.map(|h| reachable_from_abroad(directory, h));

    html! {
        <section class="rf-help" aria-labelledby="rf-help-title">
            <h3 id="rf-help-title">{ t.get("help.title") }</h3>
            <CountryPicker texts={t} country={props.country.clone()} names={names.clone()} dispatch={props.dispatch.clone()} />
            if let Some(help) = help {
                <div class="rf-emergency">
                    <h4>{ t.get("help.emergency") }</h4>
                    <ul>{ emergency_numbers(t, &help.country.emergency) }</ul>
                </div>
                { partner_lines(&context.partner, props.country.as_ref()) }
                if help.lines.is_empty() {
                    <p class="rf-no-line">{ t.get("help.no_dedicated_line") }</p>
                } else {
                    <ul class="rf-lines">
                        { for help.lines.iter().map(|line| hotline(t, line)) }
                    </ul>
                }
            } else {
                <p>{ t.get("help.choose_country") }</p>
            }
            if let (Some(home), Some(lines)) = (home, home_lines) {
                <div class="rf-home" data-home={home.as_str().to_owned()}>
                    <h4>{ t.format("help.home_title", &[("country", name(home))]) }</h4>
                    if lines.is_empty() {
                        <p>{ t.get("help.home_none") }</p>
                    } else {
                        <ul class="rf-lines">{ for lines.iter().map(|line| hotline(t, line)) }</ul>
                    }
                </div>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct CountryPickerProps {
    pub texts: Texts<'static>,
    pub country: Option<CountryCode>,
    pub names: Rc<CountryNames>,
    pub dispatch: Callback<Action>,
}

/// "Showing help for: Thailand", a search box and the list it filters.
#[function_component(CountryPicker)]
pub(super) fn country_picker(props: &CountryPickerProps) -> Html {
    let t = props.texts;
    let filter = use_state(String::new);
    let directory = &content().directory;
    let mut all: Vec<(String, &CountryCode)> = countries(directory)
        .map(|code| (props.names.name(&t, code), code))
        .collect();
    all.sort();
    let needle = lowercase(&filter);
    let shown: Vec<&(String, &CountryCode)> = all
        .iter()
        .filter(|(name, code)| {
            needle.is_empty()
                || lowercase(name).contains(&needle)
                || code.as_str().eq_ignore_ascii_case(&needle)
                || Some(*code) == props.country.as_ref()
        })
        .collect();
    let selected = props
        .country
        .as_ref()
        .map(CountryCode::as_str)
        .unwrap_or_default();
    let current = props.country.as_ref().map(|c| props.names.name(&t, c));

    let onchange = props.dispatch.reform(|event: Event| {
        let value = event
            .target_dyn_into::<HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default();
        Action::SetCountry(CountryCode::parse(&value))
    });
    let oninput = {
        let filter = filter.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                filter.set(input.value());
            }
        })
    };
    html! {
        <div class="rf-country">
            if let Some(name) = current {
                <p class="rf-showing">{ t.get("help.showing_for") }{ " " }<strong>{ name }</strong></p>
            }
            <label class="rf-field">
                <span>{ t.get("help.search_country") }</span>
                <input type="search" class="rf-search" value={(*filter).clone()} {oninput} autocomplete="off" />
            </label>
            <label class="rf-field rf-country-picker">
                <span>{ t.get("help.change_country") }</span>
                <select {onchange}>
                    if props.country.is_none() {
                        <option value="" selected=true>{ "—" }</option>
                    }
                    { for shown.iter().map(|(name, code)| html! {
                        <option value={code.as_str().to_owned()} selected={code.as_str() == selected}>{ name.clone() }</option>
                    }) }
                </select>
            </label>
        </div>
    }
}

/// A country's emergency numbers, one list item each: the service and its number to call.
pub(super) fn emergency_numbers(t: Texts<'static>, numbers: &[EmergencyNumber]) -> Html {
    numbers
        .iter()
        .map(|e| {
            html! {
                <li>
                    { t.get(e.service.name_key()) }{ ": " }
                    <a class="rf-number" href={format!("tel:{}", e.number)}>{ &*e.number }</a>
                </li>
            }
        })
        .collect()
}

/// The partner's lines for this country, first, under the partner's own name.
fn partner_lines(partner: &Partner, country: Option<&CountryCode>) -> Html {
    let lines = partner.lines_for(country);
    if lines.is_empty() {
        return html! {};
    }
    html! {
        <div class="rf-partner">
            if let Some(name) = &partner.name {
                <h4>{ name }</h4>
            }
            <ul class="rf-lines">
                { for lines.iter().map(|line| html! {
                    <li class="rf-line rf-partner-line">
                        <h4>{ &*line.name }</h4>
                        if let Some(description) = &line.description {
                            <p>{ description }</p>
                        }
                        <a class="rf-number" href={format!("tel:{}", line.dial)}><span dir="ltr">{ &line.display }</span></a>
                    </li>
                }) }
            </ul>
        </div>
    }
}

fn hotline(t: Texts<'static>, line: &Hotline) -> Html {
    html! {
        <li class="rf-line" data-line={line.id.clone()}>
            <h4 lang="en">{ &*line.name }</h4>
            if let Some(local) = line.local_name.as_ref().filter(|l| **l != line.name) {
                // In the country's own language, where the source says which one it is.
                <p class="rf-local-name" lang={line.languages.first().cloned()}>{ &**local }</p>
            }
            <p>{ t.get(&line.description_key()) }</p>
            <ul class="rf-contacts">
                { for line.contacts.iter().map(|c| contact(t, c)) }
            </ul>
            <p class="rf-facts">
                if let Some(operator) = line.operator_type {
                    { t.get(operator.text_key()) }{ " · " }
                }
                {
                    match line.opening() {
                        Opening::Always => html! { t.get("help.always_open") },
                        Opening::Hours(hours) => html! {
                            <>{ t.get("help.hours") }{ " " }<span lang="en">{ hours }</span></>
                        },
                        // The source does not say: no claim either way.
                        Opening::Unknown => html! { t.get("help.hours_unknown") },
                    }
                }
                if line.free == Some(true) {
                    { " · " }{ t.get("help.free") }
                }
                if line.from_abroad {
                    { " · " }{ t.get("help.from_abroad") }
                }
            </p>
            if line.confidence == Confidence::Medium {
                <p class="rf-caution">{ t.get("help.medium_confidence") }</p>
            }
        </li>
    }
}

fn contact(t: Texts<'static>, c: &Contact) -> Html {
    let note = c
        .note
        .as_ref()
        .map(|n| t.get(&format!("help.contact_note.{n}")).to_owned());
    html! {
        <li>
            <a class="rf-number" href={c.href()} rel="noreferrer">
                { t.get(c.method.text_key()) }{ " " }<span dir="ltr">{ &*c.display }</span>
            </a>
            if let Some(note) = note {
                { " " }<span class="rf-note">{ note }</span>
            }
        </li>
    }
}
