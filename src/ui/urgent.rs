//! Emergency help first: shown once, as soon as an answer means the person may be in danger now.

use yew::prelude::*;

use redflag_core::{Action, Content, Session, Texts};

use super::help::HelpPanel;

#[derive(Properties, PartialEq)]
pub struct UrgentScreenProps {
    pub texts: Texts<'static>,
    pub session: Session,
    pub dispatch: Callback<Action>,
}

#[function_component(UrgentScreen)]
pub fn urgent_screen(props: &UrgentScreenProps) -> Html {
    let t = props.texts;
    let under_18 = props
        .session
        .pathway
        .and_then(|p| Content::shipped().pathway(p))
        .is_some_and(|p| p.is_under_18(&props.session.answers));
    let pathway = props
        .session
        .pathway
        .map(|p| p.as_str())
        .unwrap_or_default();
    let go_on = props.dispatch.reform(|_: MouseEvent| Action::Continue);
    let results = props.dispatch.reform(|_: MouseEvent| Action::ShowResult);
    html! {
        <section class="rf-screen rf-urgent">
            <h2 tabindex="-1" data-focus="">{ t.for_pathway("urgent.title", pathway) }</h2>
            <p>{ t.for_pathway("urgent.body", pathway) }</p>
            <HelpPanel
                texts={t}
                pathway={props.session.pathway}
                country={props.session.country.clone()}
                {under_18}
                dispatch={props.dispatch.clone()}
            />
            <div class="rf-actions">
                <button type="button" class="rf-button rf-secondary" onclick={go_on}>{ t.get("urgent.continue") }</button>
                <button type="button" class="rf-button rf-primary" onclick={results}>{ t.get("urgent.results") }</button>
            </div>
        </section>
    }
}
