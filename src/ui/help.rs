//! Who can help: the emergency numbers and hotlines of the chosen country, and the control to
//! change that country. Numbers are links the person can press to call or text.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::core::content::{Confidence, Contact};
use crate::core::hotline::{countries, help_for};
use crate::core::{Action, Content, CountryCode, Texts};

#[derive(Properties, PartialEq)]
pub struct HelpPanelProps {
    pub texts: Texts<'static>,
    pub country: Option<CountryCode>,
    pub under_18: bool,
    pub dispatch: Callback<Action>,
}

#[function_component(HelpPanel)]
pub fn help_panel(props: &HelpPanelProps) -> Html {
    let t = props.texts;
    let directory = &Content::shipped().directory;
    let help = props
        .country
        .as_ref()
        .and_then(|c| help_for(directory, c, props.under_18));

    let onchange = props.dispatch.reform(|event: Event| {
        let value = event
            .target_dyn_into::<HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default();
        Action::SetCountry(CountryCode::parse(&value))
    });
    let selected = props
        .country
        .as_ref()
        .map(CountryCode::as_str)
        .unwrap_or_default();
    let options = countries(directory).map(|code| {
        html! {
            <option value={code.as_str().to_owned()} selected={code.as_str() == selected}>
                { t.get(&code.name_key()) }
            </option>
        }
    });
    let country_name = props
        .country
        .as_ref()
        .map(|c| t.get(&c.name_key()).to_owned());

    html! {
        <section class="rf-help" aria-labelledby="rf-help-title">
            <h3 id="rf-help-title">{ t.get("help.title") }</h3>
            <div class="rf-country">
                if let Some(name) = country_name {
                    <p>{ t.get("help.showing_for") }{ " " }<strong>{ name }</strong></p>
                }
                <label class="rf-country-picker">
                    <span>{ t.get("help.change_country") }</span>
                    <select {onchange}>
                        if props.country.is_none() {
                            <option value="" selected=true>{ "—" }</option>
                        }
                        { for options }
                    </select>
                </label>
            </div>
            if let Some(help) = help {
                <div class="rf-emergency">
                    <h4>{ t.get("help.emergency") }</h4>
                    <ul>
                        { for help.country.emergency.iter().map(|e| html! {
                            <li>
                                { t.get(e.service.name_key()) }{ ": " }
                                <a class="rf-number" href={format!("tel:{}", e.number)}>{ &e.number }</a>
                            </li>
                        }) }
                    </ul>
                </div>
                if help.lines.is_empty() {
                    <p>{ t.get("help.no_dedicated_line") }</p>
                }
                <ul class="rf-lines">
                    { for help.lines.iter().map(|line| html! {
                        <li class="rf-line" data-line={line.id.clone()}>
                            <h4 lang="en">{ &line.name }</h4>
                            <p>{ t.get(&line.description_key()) }</p>
                            <ul class="rf-contacts">
                                { for line.contacts.iter().map(|c| contact(t, c)) }
                            </ul>
                            <p class="rf-facts">
                                { t.get(line.operator_type.text_key()) }
                                { " · " }
                                { t.get(if line.always_open { "help.always_open" } else { "help.limited_hours" }) }
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
                    }) }
                </ul>
            }
        </section>
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
                { t.get(c.method.text_key()) }{ " " }<span dir="ltr">{ &c.display }</span>
            </a>
            if let Some(note) = note {
                { " " }<span class="rf-note">{ note }</span>
            }
        </li>
    }
}
