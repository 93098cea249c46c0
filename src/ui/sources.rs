//! Where each question comes from: its indicators and its sources.

use yew::prelude::*;

use crate::content;

use redflag_core::{Action, Texts};

#[derive(Properties, PartialEq)]
pub struct SourcesScreenProps {
    pub texts: Texts<'static>,
    pub dispatch: Callback<Action>,
}

#[function_component(SourcesScreen)]
pub fn sources_screen(props: &SourcesScreenProps) -> Html {
    let t = props.texts;
    let content = content();
    let close = props.dispatch.reform(|_: MouseEvent| Action::CloseSources);
    // Joined with the compact card's data file, only its own check's questions (and their
    // sources) are here.
    let shown = content
        .pathways
        .iter()
        .filter(|p| content.only.is_none_or(|only| only == p.id));
    let pathways = shown.map(|p| {
        let title = format!("pathway.{}.title", p.id.as_str());
        html! {
            <section class="rf-sources-pathway">
                <h3>{ t.get(&title) }</h3>
                <ol class="rf-sources-list">
                    { for p.questions.iter().map(|q| html! {
                        <li data-question={q.id.clone()}>
                            <p class="rf-sources-question">{ t.get(&q.text_key()) }</p>
                            <p class="rf-sources-label">{ t.get("ui.sources.indicators") }</p>
                            <ul lang="en">
                                { for q.indicators.iter().filter_map(|i| content.indicator(i)).map(|i| html! {
                                    <li>{ format!("{}: {}", i.framework, i.name) }</li>
                                }) }
                            </ul>
                            <p class="rf-sources-label">{ t.get("ui.sources.sources") }</p>
                            <ul lang="en">
                                { for q.sources.iter().filter_map(|s| content.source(s)).map(|s| html! {
                                    <li>
                                        { s.citation() }
                                        if !s.url.is_empty() {
                                            { " " }
                                            <a href={s.url.clone()} rel="noreferrer" target="_blank">{ &*s.url }</a>
                                        }
                                    </li>
                                }) }
                            </ul>
                        </li>
                    }) }
                </ol>
            </section>
        }
    });
    html! {
        <section class="rf-screen rf-sources">
            <h2 tabindex="-1" data-focus="">{ t.get("ui.sources") }</h2>
            <p>{ t.get("ui.sources.intro") }</p>
            { for pathways }
            if let Some(note) = t.review_note() {
                <p class="rf-translation-note">{ note }</p>
            }
            <button type="button" class="rf-button rf-secondary" onclick={close}>{ t.get("ui.sources.close") }</button>
        </section>
    }
}
