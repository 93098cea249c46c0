//! The report screen: safety first, optional details, the message the core wrote from the red
//! flags answered, and the lines that take a report with one link per channel. Nothing is sent
//! from here: each link opens the person's own app with the message in it, and only when they
//! press it.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use redflag_content::{Hotline, Method, Question, ReportAddress};
use redflag_core::report::{self, About, Details, Field};
use redflag_core::{Action, CountryCode, Packs, PathwayId, Texts};

use crate::browser::copy_text;
use crate::content;

use super::help::{emergency_numbers, CountryPicker, HelpContext};

#[derive(Properties, PartialEq)]
pub struct ReportScreenProps {
    pub texts: Texts<'static>,
    pub pathway: PathwayId,
    pub about: About,
    /// The red flags answered, as the assessment found them.
    pub flags: Vec<&'static Question>,
    pub details: Details,
    pub country: Option<CountryCode>,
    /// The languages the widget can write the message in.
    pub packs: Rc<Packs<'static>>,
    pub dispatch: Callback<Action>,
}

/// How the last press of "Copy" went.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    Failed,
}

#[function_component(ReportScreen)]
pub fn report_screen(props: &ReportScreenProps) -> Html {
    let t = props.texts;
    let context = use_context::<HelpContext>();
    let names = context
        .map(|c| c.names)
        .unwrap_or_default()
        .of(t.language());
    let directory = &content().directory;
    let copied = use_state(|| Copied::Not);
    let area = use_node_ref();

    let write = |language: &str| -> (Texts<'static>, String) {
        let texts = Texts::of(content(), &props.packs, language);
        let text = report::draft(
            &texts,
            props.pathway,
            props.about,
            &props.flags,
            &props.details,
        );
        (texts, text)
    };
    let (own_texts, own) = write(t.language());
    let message_for = |line: &Hotline| -> String {
        let language = report::line_language(line, t.language(), |l| props.packs.has(l));
        let (line_texts, theirs) = write(language);
        report::message(&theirs, &line_texts, &own, &own_texts)
    };
    let lines = props
        .country
        .as_ref()
        .map(|c| report::lines_for(directory, c, props.about))
        .unwrap_or_default();
    // The message shown is the one the first line receives; each line's links carry its own.
    let shown = lines
        .first()
        .map_or_else(|| own.clone(), |l| message_for(l));
    let subject = t.get("report.draft.subject");

    let copy = {
        let copied = copied.clone();
        let area = area.clone();
        let text = shown.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let area = area.clone();
            copy_text(&text, move |ok| {
                if !ok {
                    // Leave it selected, for the device's own copy command.
                    if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                        area.select();
                    }
                }
                copied.set(if ok { Copied::Yes } else { Copied::Failed });
            });
        })
    };
    let emergency = props.country.as_ref().and_then(|c| directory.country(c));
    let country_name = props.country.as_ref().map(|c| names.name(&t, c));

    html! {
        <section class="rf-screen rf-report">
            <h2 tabindex="-1" data-focus="">{ t.for_pathway("report.title", props.pathway.as_str()) }</h2>
            <p>{ t.get("report.intro") }</p>
            <div class="rf-report-safety">
                <h3>{ t.get("report.safety.title") }</h3>
                <p>{ t.get("report.safety.danger") }</p>
                if let Some(help) = emergency {
                    <ul class="rf-emergency-numbers">{ emergency_numbers(t, &help.emergency) }</ul>
                }
                <ul>
                    <li>{ t.get("report.safety.confront") }</li>
                    <li>{ t.get("report.safety.photos") }</li>
                    <li>{ t.get("report.safety.name") }</li>
                </ul>
            </div>
            <h3>{ t.get("report.fields.title") }</h3>
            <p class="rf-hint">{ t.get("report.fields.hint") }</p>
            { for Field::ALL.iter().map(|&field| detail(t, field, &props.details, &props.dispatch)) }
            <h3>{ t.get("report.message.title") }</h3>
            <p class="rf-hint" id="rf-report-message-hint">{ t.get("report.message.hint") }</p>
            <label class="rf-field">
                <span>{ t.get("report.message.label") }</span>
                <textarea
                    class="rf-message"
                    readonly=true
                    rows="10"
                    value={shown.clone()}
                    aria-describedby="rf-report-message-hint"
                    ref={area}
                />
            </label>
            <button type="button" class="rf-button rf-copy" onclick={copy}>{ t.get("report.copy") }</button>
            <p class="rf-copied" role="status">
                {
                    match *copied {
                        Copied::Not => "",
                        Copied::Yes => t.get("report.copied"),
                        Copied::Failed => t.get("report.copy_failed"),
                    }
                }
            </p>
            <h3>{ t.get("report.send.title") }</h3>
            <CountryPicker texts={t} country={props.country.clone()} names={names.clone()} dispatch={props.dispatch.clone()} />
            if let Some(name) = country_name {
                if lines.is_empty() {
                    <p class="rf-no-line">{ t.format("report.send.none", &[("country", name)]) }</p>
                } else {
                    <p class="rf-warning">{ t.get("report.send.warning") }</p>
                    <ul class="rf-lines rf-report-lines">
                        { for lines.iter().map(|line| report_line(t, line, subject, &message_for(line))) }
                    </ul>
                }
            } else {
                <p>{ t.get("report.send.choose_country") }</p>
            }
            <div class="rf-actions">
                <button type="button" class="rf-button rf-secondary" onclick={props.dispatch.reform(|_: MouseEvent| Action::CloseReport)}>
                    { t.get("report.back") }
                </button>
            </div>
        </section>
    }
}

/// One optional detail: a labelled input whose every change goes to the session (in memory).
fn detail(t: Texts<'static>, field: Field, details: &Details, dispatch: &Callback<Action>) -> Html {
    let value = details.get(&field).cloned().unwrap_or_default();
    let oninput = dispatch.reform(move |event: InputEvent| {
        let value = event
            .target_dyn_into::<HtmlInputElement>()
            .map(|i| i.value())
            .or_else(|| {
                event
                    .target_dyn_into::<HtmlTextAreaElement>()
                    .map(|a| a.value())
            })
            .unwrap_or_default();
        Action::SetDetail(field, value)
    });
    html! {
        <label class="rf-field rf-detail" data-detail={field.as_str()}>
            <span>{ t.get(&field.label_key()) }</span>
            if field.is_long() {
                <textarea rows="3" {value} {oninput} autocomplete="off" />
            } else {
                <input type="text" {value} {oninput} autocomplete="off" />
            }
        </label>
    }
}

fn report_line(t: Texts<'static>, line: &Hotline, subject: &str, message: &str) -> Html {
    let Some(reports) = &line.reports else {
        return html! {};
    };
    let anonymity = match reports.anonymous {
        Some(true) => "report.anonymous.yes",
        Some(false) => "report.anonymous.no",
        None => "report.anonymous.unknown",
    };
    let via = |method: Method| match method {
        Method::Sms => ("sms", "report.via.sms"),
        Method::Whatsapp => ("whatsapp", "report.via.whatsapp"),
        Method::Email => ("email", "report.via.email"),
        _ => ("web", "report.via.web"),
    };
    let phones = line.contacts.iter().filter(|c| c.method == Method::Phone);
    html! {
        <li class="rf-line rf-report-line" data-line={line.id.clone()} data-anonymous={reports.anonymous.map(|a| a.to_string())}>
            <h4 lang="en">{ &*line.name }</h4>
            <p class="rf-anonymity">
                { t.get(anonymity) }
                if reports.unrecorded == Some(true) {
                    { " " }{ t.get("report.unrecorded") }
                }
            </p>
            <ul class="rf-contacts">
                { for report::channels(line).into_iter().map(|(method, address)| {
                    let href = report::handover(method, address, subject, message);
                    // A web page opens beside the widget; the person pastes the message there.
                    let new_tab = matches!(address, ReportAddress::Form(_)) || matches!(method, Method::Web | Method::Whatsapp);
                    let (name, label) = via(method);
                    html! {
                        <li>
                            <a
                                class="rf-number rf-handover"
                                data-via={name}
                                {href}
                                target={new_tab.then_some("_blank")}
                                rel="noopener noreferrer"
                            >{ t.get(label) }</a>
                        </li>
                    }
                }) }
                { for phones.map(|c| html! {
                    <li>
                        <a class="rf-number rf-handover" data-via="phone" href={c.href()} rel="noreferrer">
                            { t.get("report.via.phone") }{ " " }<span dir="ltr">{ &*c.display }</span>
                        </a>
                    </li>
                }) }
            </ul>
        </li>
    }
}
