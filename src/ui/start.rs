//! The first screen: what this is, that it is private, how to leave, and the pathways.

use yew::prelude::*;

use crate::content;

use redflag_core::{Action, PathwayId, Texts};

#[derive(Properties, PartialEq)]
pub struct StartScreenProps {
    pub texts: Texts<'static>,
    /// A pathway the host chose; then it is the only one offered.
    pub preset: Option<PathwayId>,
    /// The host opened learn mode (`pathway="learn"`): it is the only thing offered.
    pub learn_only: bool,
    /// The host offers learn mode (`learn`), so its stories are loaded.
    pub learn_offered: bool,
    /// The partner offering the check, when it gave its name.
    pub partner_name: Option<String>,
    pub dispatch: Callback<Action>,
}

#[function_component(StartScreen)]
pub fn start_screen(props: &StartScreenProps) -> Html {
    let t = props.texts;
    let pathways = content()
        .pathways
        .iter()
        .filter(|p| !props.learn_only && props.preset.is_none_or(|preset| preset == p.id))
        .map(|p| {
            let id = p.id;
            let onclick = props
                .dispatch
                .reform(move |_: MouseEvent| Action::Choose(id));
            let title = format!("pathway.{}.title", id.as_str());
            let description = format!("pathway.{}.description", id.as_str());
            html! {
                <li>
                    <button type="button" class="rf-pathway" data-pathway={id.as_str()} {onclick}>
                        <span class="rf-pathway-title">{ t.get(&title) }</span>
                        <span class="rf-pathway-description">{ t.get(&description) }</span>
                    </button>
                </li>
            }
        });
    let sources = props.dispatch.reform(|_: MouseEvent| Action::OpenSources);
    let learn = props.dispatch.reform(|_: MouseEvent| Action::OpenLearn);
    let offer_learn = props.learn_offered;
    html! {
        <section class="rf-screen rf-start">
            if let Some(name) = &props.partner_name {
                <p class="rf-partner-name">{ name }</p>
            }
            <h2 class="rf-title" tabindex="-1" data-focus="">{ t.get("ui.title") }</h2>
            <p>{ t.get("ui.intro") }</p>
            <p class="rf-privacy">{ t.get("ui.privacy") }</p>
            <h3>{ t.get("ui.choose_pathway") }</h3>
            <ul class="rf-pathways">
                { for pathways }
                if offer_learn {
                    <li>
                        <button type="button" class="rf-pathway rf-learn-open" data-pathway="learn" onclick={learn}>
                            <span class="rf-pathway-title">{ t.get("learn.start") }</span>
                            <span class="rf-pathway-description">{ t.get("learn.start.description") }</span>
                        </button>
                    </li>
                }
            </ul>
            <button type="button" class="rf-link rf-sources-link" onclick={sources}>{ t.get("ui.sources") }</button>
        </section>
    }
}
