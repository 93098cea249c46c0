//! The quick-exit control: sticky at the top of the widget, on every screen but the compact
//! variant's closed card.
//!
//! It is a real link to the exit address, so it still leaves the page if a script fails; the
//! click handler only makes it better (content hidden at once, no history entry, no referrer),
//! through the embedding layer's exit routine.

use yew::prelude::*;

use redflag_core::Texts;

#[derive(Properties, PartialEq)]
pub struct ExitBarProps {
    pub texts: Texts<'static>,
    pub exit_url: String,
    pub on_exit: Callback<String>,
    pub on_safety: Callback<()>,
}

#[function_component(ExitBar)]
pub fn exit_bar(props: &ExitBarProps) -> Html {
    let t = props.texts;
    let onclick = {
        let url = props.exit_url.clone();
        let on_exit = props.on_exit.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            on_exit.emit(url.clone());
        })
    };
    let safety = props.on_safety.reform(|_: MouseEvent| ());
    html! {
        <>
            // The secondary exit for assistive technology: the first thing in the widget,
            // hidden until it has focus.
            <a class="rf-skip-exit" href={props.exit_url.clone()} rel="noreferrer nofollow" onclick={onclick.clone()}>
                { t.get("ui.skip_exit") }
            </a>
            <div class="rf-exitbar">
                <span class="rf-exit-hint">
                    { t.get("ui.exit_hint") }{ " " }
                    <button type="button" class="rf-link rf-safety-link" onclick={safety}>{ t.get("ui.safety") }</button>
                </span>
                <a class="rf-exit" href={props.exit_url.clone()} rel="noreferrer nofollow" {onclick}>
                    <span class="rf-visually-hidden">{ t.get("ui.exit.hidden_prefix") }{ " " }</span>
                    { t.get("ui.exit") }
                </a>
            </div>
        </>
    }
}
