//! The result: a careful concern level, every matched red flag with why it matters, what was
//! unsure, next steps and who can help. Never a verdict.

use yew::prelude::*;

use redflag_core::{Action, Assessment, ConcernLevel, CountryCode, Texts};

use super::help::HelpPanel;
use super::pass_on::PassOn;

#[derive(Properties, PartialEq)]
pub struct ResultScreenProps {
    pub texts: Texts<'static>,
    pub assessment: Assessment<'static>,
    /// The text keys of the next steps that apply.
    pub steps: Vec<String>,
    /// Whose help lines to show.
    pub country: Option<CountryCode>,
    pub dispatch: Callback<Action>,
}

#[function_component(ResultScreen)]
pub fn result_screen(props: &ResultScreenProps) -> Html {
    let t = props.texts;
    let assessment = &props.assessment;
    let pathway = assessment.pathway;
    let level = assessment.level.as_str();
    let level_key = format!("result.level.{level}");
    let level_body_key = format!("result.level.{level}.body");
    let steps = &props.steps;

    let urgent = assessment.level == ConcernLevel::Urgent;
    let help = html! {
        <HelpPanel
            texts={t}
            pathway={Some(pathway)}
            country={props.country.clone()}
            under_18={assessment.under_18}
            dispatch={props.dispatch.clone()}
        />
    };
    let back = props.dispatch.reform(|_: MouseEvent| Action::Back);
    let restart = props.dispatch.reform(|_: MouseEvent| Action::Restart);
    let sources = props.dispatch.reform(|_: MouseEvent| Action::OpenSources);
    let report = props.dispatch.reform(|_: MouseEvent| Action::OpenReport);

    html! {
        <section class="rf-screen rf-result">
            <h2 tabindex="-1" data-focus="">{ t.get("result.title") }</h2>
            <div class={classes!("rf-level", format!("rf-level-{level}"))} data-level={level}>
                <h3>{ t.for_pathway(&level_key, pathway.as_str()) }</h3>
                <p>{ t.for_pathway(&level_body_key, pathway.as_str()) }</p>
            </div>
            // In danger, who can help comes before everything else.
            if urgent {
                { help.clone() }
            }
            if !assessment.flags.is_empty() {
                <h3>{ t.get("result.flags") }</h3>
                <ul class="rf-flags">
                    { for assessment.flags.iter().map(|flag| html! {
                        <li class="rf-flag" data-flag={flag.question.id.to_string()}>
                            <strong>{ t.get(&flag.question.flag_key()) }</strong>
                            <p>{ t.get(&flag.question.why_key()) }</p>
                        </li>
                    }) }
                </ul>
            }
            if !assessment.unsure.is_empty() {
                <h3>{ t.get("result.unsure") }</h3>
                <p>{ t.get("result.unsure.body") }</p>
                <ul class="rf-unsure">
                    { for assessment.unsure.iter().map(|q| html! {
                        <li>{ t.get(&q.flag_key()) }</li>
                    }) }
                </ul>
            }
            <h3>{ t.get("result.next_steps") }</h3>
            <ul class="rf-steps">
                { for steps.iter().map(|key| html! { <li>{ t.get(key) }</li> }) }
            </ul>
            <p class="rf-reassure">{ t.get("result.not_your_fault") }</p>
            <div class="rf-report-offer">
                <button type="button" class="rf-button rf-report-open" onclick={report} aria-describedby="rf-report-hint">
                    { t.get("report.open") }
                </button>
                <p class="rf-hint" id="rf-report-hint">{ t.get("report.open.hint") }</p>
            </div>
            if !urgent {
                { help.clone() }
            }
            <PassOn texts={t} pathway={Some(pathway)} />
            <div class="rf-actions">
                <button type="button" class="rf-button rf-secondary" onclick={back}>{ t.get("ui.back") }</button>
                <button type="button" class="rf-button rf-secondary rf-restart" onclick={restart}>{ t.get("ui.restart") }</button>
            </div>
            <button type="button" class="rf-link rf-sources-link" onclick={sources}>{ t.get("ui.sources") }</button>
        </section>
    }
}
