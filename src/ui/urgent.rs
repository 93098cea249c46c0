//! Emergency help first: shown once, as soon as an answer means the person may be in danger now.

use yew::prelude::*;

use redflag_core::{Action, CountryCode, PathwayId, Texts};

use super::help::HelpPanel;

#[derive(Properties, PartialEq)]
pub struct UrgentScreenProps {
    pub texts: Texts<'static>,
    pub pathway: Option<PathwayId>,
    /// The person said they are under 18: child lines come first.
    pub under_18: bool,
    /// Whose help lines to show.
    pub country: Option<CountryCode>,
    pub on_continue: Callback<()>,
    pub on_results: Callback<()>,
    /// For the help panel's own actions.
    pub dispatch: Callback<Action>,
}

#[function_component(UrgentScreen)]
pub fn urgent_screen(props: &UrgentScreenProps) -> Html {
    let t = props.texts;
    let pathway = props.pathway.map(|p| p.as_str()).unwrap_or_default();
    let go_on = props.on_continue.reform(|_: MouseEvent| ());
    let results = props.on_results.reform(|_: MouseEvent| ());
    html! {
        <section class="rf-screen rf-urgent">
            <h2 tabindex="-1" data-focus="">{ t.for_pathway("urgent.title", pathway) }</h2>
            <p>{ t.for_pathway("urgent.body", pathway) }</p>
            <HelpPanel
                texts={t}
                pathway={props.pathway}
                country={props.country.clone()}
                under_18={props.under_18}
                dispatch={props.dispatch.clone()}
            />
            <div class="rf-actions">
                <button type="button" class="rf-button rf-secondary" onclick={go_on}>{ t.get("urgent.continue") }</button>
                <button type="button" class="rf-button rf-primary" onclick={results}>{ t.get("urgent.results") }</button>
            </div>
        </section>
    }
}
