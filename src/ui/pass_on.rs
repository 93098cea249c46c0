//! "Pass it on": share the host page's own address, or print a one-page sheet of the signs and
//! the help for the country shown. The sheet is drawn here but only appears on paper; the
//! embedding layer does the sharing and the printing.

use yew::prelude::*;

use crate::content;

use redflag_core::learn::printed_signs;
use redflag_core::{PathwayId, Texts};

use super::help::HelpContext;

/// How sharing went, as the embedding layer reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// The browser's share sheet took it (or the person closed it).
    Shared,
    /// The address is on the clipboard.
    Copied,
    /// Neither works here: the person is told to copy the address themselves.
    Failed,
}

#[derive(Properties, PartialEq)]
pub struct PassOnProps {
    pub texts: Texts<'static>,
    /// The pathway whose signs the sheet lists; all of them when `None`.
    pub pathway: Option<PathwayId>,
}

#[function_component(PassOn)]
pub fn pass_on(props: &PassOnProps) -> Html {
    let t = props.texts;
    let Some(context) = use_context::<HelpContext>() else {
        return html! {};
    };
    let outcome = use_state(|| None::<Shared>);
    let share = {
        let outcome = outcome.clone();
        let on_share = context.on_share.clone();
        Callback::from(move |_: MouseEvent| {
            let outcome = outcome.clone();
            on_share.emit(Callback::from(move |result| outcome.set(Some(result))));
        })
    };
    let print = context.on_print.reform(|_: MouseEvent| ());
    let message = match *outcome {
        Some(Shared::Copied) => t.get("share.copied"),
        Some(Shared::Failed) => t.get("share.failed"),
        Some(Shared::Shared) | None => "",
    };
    let signs = printed_signs(content(), props.pathway);
    html! {
        <>
            <section class="rf-pass-on">
                <h3>{ t.get("share.title") }</h3>
                <div class="rf-actions">
                    <button type="button" class="rf-button rf-secondary rf-share" onclick={share}>{ t.get("share.button") }</button>
                    <button type="button" class="rf-button rf-secondary rf-print" onclick={print}>{ t.get("print.button") }</button>
                </div>
                <p class="rf-share-status" role="status">{ message }</p>
            </section>
            <section class="rf-print-sheet">
                <h2>{ t.get("print.title") }</h2>
                <h3>{ t.get("print.signs") }</h3>
                <ul>{ for signs.iter().map(|q| html! { <li>{ t.get(&q.flag_key()) }</li> }) }</ul>
                <p>{ t.get("print.note") }</p>
            </section>
        </>
    }
}
