//! The honest safety page: what the widget does for the person's privacy, what it cannot do,
//! and how to be safer. Reachable from every screen through the exit bar.

use yew::prelude::*;

use redflag_core::{Action, Texts};

#[derive(Properties, PartialEq)]
pub struct SafetyScreenProps {
    pub texts: Texts<'static>,
    pub dispatch: Callback<Action>,
}

/// Each section: its heading and its points, as text keys.
const SECTIONS: &[(&str, &[&str])] = &[
    (
        "safety.does.title",
        &["safety.does.1", "safety.does.2", "safety.does.3"],
    ),
    (
        "safety.cannot.title",
        &[
            "safety.cannot.1",
            "safety.cannot.2",
            "safety.cannot.3",
            "safety.cannot.4",
        ],
    ),
    (
        "safety.advice.title",
        &["safety.advice.1", "safety.advice.2", "safety.advice.3"],
    ),
];

#[function_component(SafetyScreen)]
pub fn safety_screen(props: &SafetyScreenProps) -> Html {
    let t = props.texts;
    let close = props.dispatch.reform(|_: MouseEvent| Action::CloseSafety);
    html! {
        <section class="rf-screen rf-safety">
            <h2 tabindex="-1" data-focus="">{ t.get("safety.title") }</h2>
            { for SECTIONS.iter().map(|(title, points)| html! {
                <>
                    <h3>{ t.get(title) }</h3>
                    <ul>{ for points.iter().map(|p| html! { <li>{ t.get(p) }</li> }) }</ul>
                </>
            }) }
            <button type="button" class="rf-button rf-secondary" onclick={close}>{ t.get("ui.back") }</button>
        </section>
    }
}
