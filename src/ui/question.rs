//! One question per screen: a fieldset whose legend is the question, three answers, Back, Next
//! and Skip.

use yew::prelude::*;

use redflag_core::session::Notice;
use redflag_core::{Answer, Texts};

#[derive(Properties, PartialEq)]
pub struct QuestionScreenProps {
    pub texts: Texts<'static>,
    pub question: String,
    pub answer: Option<Answer>,
    /// "Question 3 of 12", already formatted.
    pub progress: String,
    pub notice: Option<Notice>,
    /// An answer was picked (not yet confirmed).
    pub on_answer: Callback<Answer>,
    pub on_next: Callback<()>,
    pub on_back: Callback<()>,
    pub on_skip: Callback<()>,
}

#[function_component(QuestionScreen)]
pub fn question_screen(props: &QuestionScreenProps) -> Html {
    let t = props.texts;
    let id = &props.question;
    let hint_key = format!("q.{id}.hint");
    let hint_id = format!("rf-hint-{id}");
    let error_id = format!("rf-error-{id}");
    let has_hint = t.has(&hint_key);
    let has_error = props.notice == Some(Notice::NoAnswer);
    let described_by = [(has_hint, hint_id.as_str()), (has_error, error_id.as_str())]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, id)| *id)
        .collect::<Vec<_>>()
        .join(" ");

    let options = Answer::ALL.into_iter().map(|answer| {
        let onchange = props.on_answer.reform(move |_: Event| answer);
        html! {
            <label class="rf-option">
                <input
                    type="radio"
                    name={id.clone()}
                    value={answer.as_str()}
                    checked={props.answer == Some(answer)}
                    {onchange}
                />
                <span>{ t.get(answer.label_key()) }</span>
            </label>
        }
    });

    let onsubmit = props
        .on_next
        .reform(|event: SubmitEvent| event.prevent_default());
    let back = props.on_back.reform(|_: MouseEvent| ());
    let skip = props.on_skip.reform(|_: MouseEvent| ());

    html! {
        <form class="rf-screen rf-question" {onsubmit} novalidate=true>
            <p class="rf-progress" aria-hidden="true">{ &props.progress }</p>
            <fieldset
                class={classes!("rf-fieldset", has_error.then_some("rf-has-error"))}
                aria-describedby={(!described_by.is_empty()).then_some(described_by)}
            >
                <legend class="rf-legend">
                    <h2 tabindex="-1" data-focus="">{ t.get(&format!("q.{id}")) }</h2>
                </legend>
                if has_hint {
                    <p class="rf-hint" id={hint_id.clone()}>{ t.get(&hint_key) }</p>
                }
                if has_error {
                    <p class="rf-error" id={error_id.clone()} role="alert">{ t.get("ui.error.no_answer") }</p>
                }
                <div class="rf-options">{ for options }</div>
            </fieldset>
            <div class="rf-actions">
                <button type="button" class="rf-button rf-secondary" onclick={back}>{ t.get("ui.back") }</button>
                <button type="submit" class="rf-button rf-primary">{ t.get("ui.next") }</button>
            </div>
            <button type="button" class="rf-link" onclick={skip}>{ t.get("ui.skip") }</button>
        </form>
    }
}
