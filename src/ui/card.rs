//! The compact variant's first screen, for travel checkouts: a small card ("Travelling to
//! Thailand? Know the signs") that opens the witness pathway in place.

use yew::prelude::*;

use redflag_core::{Action, CountryCode, PathwayId, Texts};

#[derive(Properties, PartialEq)]
pub struct CompactCardProps {
    pub texts: Texts<'static>,
    pub destination: Option<CountryCode>,
    pub names: super::Names,
    pub dispatch: Callback<Action>,
}

#[function_component(CompactCard)]
pub fn compact_card(props: &CompactCardProps) -> Html {
    let t = props.texts;
    let title = match &props.destination {
        Some(code) => t.format(
            "card.title_to",
            &[("country", props.names.of(t.language()).name(&t, code))],
        ),
        None => t.get("card.title").to_owned(),
    };
    let start = props
        .dispatch
        .reform(|_: MouseEvent| Action::Choose(PathwayId::Witness));
    html! {
        <section class="rf-screen rf-card">
            <h2 class="rf-card-title" tabindex="-1" data-focus="">{ title }</h2>
            <p>{ t.get("card.body") }</p>
            <button type="button" class="rf-button rf-primary rf-card-start" onclick={start}>{ t.get("card.start") }</button>
        </section>
    }
}
