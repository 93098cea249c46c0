//! The result: a careful concern level, every matched red flag with why it matters, what was
//! unsure, next steps and who can help. Never a verdict.

use yew::prelude::*;

use redflag_core::assessment::next_steps;
use redflag_core::{assess, Action, ConcernLevel, Content, Session, Texts};

use super::help::HelpPanel;
use super::pass_on::PassOn;

#[derive(Properties, PartialEq)]
pub struct ResultScreenProps {
    pub texts: Texts<'static>,
    pub session: Session,
    pub dispatch: Callback<Action>,
}

#[function_component(ResultScreen)]
pub fn result_screen(props: &ResultScreenProps) -> Html {
    let t = props.texts;
    let session = &props.session;
    let Some(pathway) = session.pathway.and_then(|p| Content::shipped().pathway(p)) else {
        return html! {};
    };
    let assessment = assess(pathway, &session.answers);
    let level = assessment.level.as_str();
    let level_key = format!("result.level.{level}");
    let level_body_key = format!("result.level.{level}.body");
    let steps = next_steps(pathway, &assessment, &session.answers);

    let urgent = assessment.level == ConcernLevel::Urgent;
    let help = html! {
        <HelpPanel
            texts={t}
                pathway={Some(pathway.id)}
            country={session.country.clone()}
            under_18={assessment.under_18}
            dispatch={props.dispatch.clone()}
        />
    };
    let back = props.dispatch.reform(|_: MouseEvent| Action::Back);
    let restart = props.dispatch.reform(|_: MouseEvent| Action::Restart);
    let sources = props.dispatch.reform(|_: MouseEvent| Action::OpenSources);

    html! {
        <section class="rf-screen rf-result">
            <h2 tabindex="-1" data-focus="">{ t.get("result.title") }</h2>
            <div class={classes!("rf-level", format!("rf-level-{level}"))} data-level={level}>
                <h3>{ t.for_pathway(&level_key, pathway.id.as_str()) }</h3>
                <p>{ t.for_pathway(&level_body_key, pathway.id.as_str()) }</p>
            </div>
            // In danger, who can help comes before everything else.
            if urgent {
                { help.clone() }
            }
            if !assessment.flags.is_empty() {
                <h3>{ t.get("result.flags") }</h3>
                <ul class="rf-flags">
                    { for assessment.flags.iter().map(|flag| html! {
                        <li class="rf-flag" data-flag={flag.question.id.clone()}>
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
            if !urgent {
                { help.clone() }
            }
            <PassOn texts={t} pathway={Some(pathway.id)} />
            <div class="rf-actions">
                <button type="button" class="rf-button rf-secondary" onclick={back}>{ t.get("ui.back") }</button>
                <button type="button" class="rf-button rf-secondary rf-restart" onclick={restart}>{ t.get("ui.restart") }</button>
            </div>
            <button type="button" class="rf-link rf-sources-link" onclick={sources}>{ t.get("ui.sources") }</button>
        </section>
    }
}
