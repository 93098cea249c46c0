//! A bare yew counter: the smallest yew app, built and measured exactly like the widget, so the
//! benchmark can say how much of the widget's start-up is the framework's own.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[function_component(Counter)]
fn counter() -> Html {
    let count = use_state(|| 0);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <div>
            <h2 id="ready">{ "Counter" }</h2>
            <button id="inc" {onclick}>{ "Increment" }</button>
            <p id="count">{ format!("Count: {}", *count) }</p>
        </div>
    }
}

#[wasm_bindgen(start)]
pub fn start() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    {
        yew::Renderer::<Counter>::with_root(root).render();
    }
}
