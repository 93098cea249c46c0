//! What a screen that needs the deferred content shows until it is here: that it is loading (or
//! could not load), and the country's emergency numbers, which the wasm carries itself.

use redflag_content::CountryCode;
use redflag_core::Texts;
use yew::prelude::*;

use super::help::emergency_numbers;
use crate::content;

#[derive(Properties, PartialEq)]
pub struct WaitingProps {
    pub texts: Texts<'static>,
    pub country: Option<CountryCode>,
    /// The data file could not be loaded: say so instead of "Loading".
    pub failed: bool,
}

#[function_component(Waiting)]
pub fn waiting(props: &WaitingProps) -> Html {
    let t = props.texts;
    let emergency = props
        .country
        .as_ref()
        .and_then(|code| content().directory.country(code))
        .map(|country| &country.emergency[..])
        .filter(|numbers| !numbers.is_empty());
    html! {
        <section class="rf-screen rf-waiting" aria-busy={(!props.failed).to_string()}>
            <h2 tabindex="-1" data-focus="">
                { t.get(if props.failed { "ui.data_failed" } else { "ui.loading" }) }
            </h2>
            if let Some(numbers) = emergency {
                <div class="rf-emergency">
                    <h3>{ t.get("help.emergency") }</h3>
                    <ul>{ emergency_numbers(t, numbers) }</ul>
                </div>
            }
        </section>
    }
}
