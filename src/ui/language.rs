//! The language picker: always there, each language named in itself. Changing the language
//! keeps every answer and the current screen.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::content;

use redflag_core::Texts;

#[derive(Properties, PartialEq)]
pub struct LanguagePickerProps {
    pub texts: Texts<'static>,
    /// The languages offered whose text is here, in the picker's order.
    pub languages: Vec<String>,
    pub on_change: Callback<String>,
}

#[function_component(LanguagePicker)]
pub fn language_picker(props: &LanguagePickerProps) -> Html {
    let t = props.texts;
    let content = content();
    let current = t.language();
    let onchange = props.on_change.reform(|event: Event| {
        event
            .target_dyn_into::<HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default()
    });
    let options = props
        .languages
        .iter()
        .filter_map(|code| content.language(code))
        .map(|language| {
            html! {
                <option key={&*language.code} value={language.code.clone()} lang={language.code.clone()} selected={language.code == current}>
                    { &*language.name }
                </option>
            }
        });
    html! {
        <div class="rf-language">
            <label class="rf-language-picker">
                <span>{ t.get("ui.language") }</span>
                <select {onchange}>{ for options }</select>
            </label>
        </div>
    }
}
