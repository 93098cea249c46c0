//! Learn mode's screens: the choice of stories, one story with its choices and then the
//! feedback for every choice, and the end with who can help and a way to pass the check on.

use yew::prelude::*;

use crate::content;

use redflag_core::learn::{feedback, stories, Learning, Verdict};
use redflag_core::{Action, CountryCode, PathwayId, Texts};

use super::help::HelpPanel;
use super::pass_on::PassOn;

#[derive(Properties, PartialEq)]
pub struct LearnChooseProps {
    pub texts: Texts<'static>,
    pub dispatch: Callback<Action>,
}

#[function_component(LearnChooseScreen)]
pub fn learn_choose(props: &LearnChooseProps) -> Html {
    let t = props.texts;
    let content = content();
    let option = |audience: Option<PathwayId>| {
        let count = stories(content, audience).len();
        let title = match audience {
            Some(a) => t.get(&format!("learn.audience.{}", a.as_str())).to_owned(),
            None => t.get("learn.all").to_owned(),
        };
        let onclick = props
            .dispatch
            .reform(move |_: MouseEvent| Action::LearnStart(audience));
        html! {
            <li>
                <button type="button" class="rf-pathway rf-audience"
                    data-audience={audience.map_or("all", PathwayId::as_str)} {onclick}>
                    <span class="rf-pathway-title">{ title }</span>
                    <span class="rf-pathway-description">
                        { t.format("learn.count", &[("count", count.to_string())]) }
                    </span>
                </button>
            </li>
        }
    };
    let stop = props.dispatch.reform(|_: MouseEvent| Action::LearnStop);
    html! {
        <section class="rf-screen rf-learn-choose">
            <h2 tabindex="-1" data-focus="">{ t.get("learn.title") }</h2>
            <p>{ t.get("learn.intro") }</p>
            <h3>{ t.get("learn.choose") }</h3>
            <ul class="rf-pathways">
                { for PathwayId::ALL.into_iter().map(|a| option(Some(a))) }
                { option(None) }
            </ul>
            <button type="button" class="rf-button rf-secondary rf-learn-stop" onclick={stop}>{ t.get("learn.stop") }</button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct LearnStoryProps {
    pub texts: Texts<'static>,
    pub learning: Learning,
    pub dispatch: Callback<Action>,
}

#[function_component(LearnStoryScreen)]
pub fn learn_story(props: &LearnStoryProps) -> Html {
    let t = props.texts;
    let content = content();
    let learning = &props.learning;
    let Some((story, position, total)) = learning.story(content) else {
        return html! {};
    };
    let checked = learning.checked;
    let shown = feedback(content, story, &learning.selected);
    let onsubmit = props.dispatch.reform(|event: SubmitEvent| {
        event.prevent_default();
        Action::LearnCheck
    });
    let next = props.dispatch.reform(|_: MouseEvent| Action::LearnNext);
    let stop = props.dispatch.reform(|_: MouseEvent| Action::LearnStop);
    let choices = shown.iter().enumerate().map(|(i, f)| {
        let id = f.choice.id.clone();
        let toggle = props
            .dispatch
            .reform(move |_: Event| Action::LearnToggle(id.to_string()));
        let chosen = learning.selected.contains_key(f.choice.id.as_ref());
        let (verdict, class) = match f.verdict {
            Verdict::Spotted => ("learn.flag.chosen", "rf-feedback-spotted"),
            Verdict::Missed => ("learn.flag.missed", "rf-feedback-missed"),
            Verdict::NotFlag { .. } => ("learn.not_flag", "rf-feedback-not-flag"),
        };
        html! {
            <li class="rf-choice" data-choice={f.choice.id.clone()}>
                <label class="rf-option">
                    <input type="checkbox" checked={chosen} disabled={checked} onchange={toggle} />
                    <span>{ t.get(&story.choice_key(f.choice)) }</span>
                </label>
                if checked {
                    // Focus goes to the first feedback, so a screen reader reads on from there.
                    <div class={classes!("rf-feedback", class)} data-verdict={class.trim_start_matches("rf-feedback-").to_owned()}
                        tabindex={(i == 0).then_some("-1")} data-focus={(i == 0).then_some("")}>
                        <strong class="rf-verdict">{ t.get(verdict) }</strong>
                        if let Some(flag) = f.flag {
                            <p>{ t.get("learn.sign_called") }{ " " }<strong>{ t.get(&flag.flag_key()) }</strong></p>
                            <p>{ t.get(&flag.why_key()) }</p>
                            <details class="rf-feedback-sources">
                                <summary>{ t.get("ui.sources.sources") }</summary>
                                <ul lang="en">
                                    { for flag.sources.iter().filter_map(|s| content.source(s)).map(|s| html! {
                                        <li>{ s.citation() }</li>
                                    }) }
                                </ul>
                            </details>
                        } else {
                            <p>{ t.get(&story.not_flag_key(f.choice)) }</p>
                        }
                    </div>
                }
            </li>
        }
    });
    let last = position == total;
    html! {
        <section class="rf-screen rf-learn" data-story={story.id.clone()}>
            <p class="rf-progress">{ t.format("learn.progress", &[("current", position.to_string()), ("total", total.to_string())]) }</p>
            <h2 tabindex="-1" data-focus={(!checked).then_some("")}>{ t.get(&story.title_key()) }</h2>
            <p class="rf-story">{ t.get(&story.story_key()) }</p>
            <form class="rf-learn-form" {onsubmit}>
                <fieldset class="rf-fieldset">
                    <legend class="rf-legend rf-learn-question">{ t.get("learn.question") }</legend>
                    <ul class="rf-choices">{ for choices }</ul>
                </fieldset>
                if !checked {
                    <div class="rf-actions">
                        <button type="submit" class="rf-button rf-primary rf-learn-check">{ t.get("learn.check") }</button>
                    </div>
                }
            </form>
            <div class="rf-actions">
                if checked {
                    <button type="button" class="rf-button rf-primary rf-learn-next" onclick={next}>
                        { t.get(if last { "learn.finish" } else { "learn.next" }) }
                    </button>
                }
                <button type="button" class="rf-button rf-secondary rf-learn-stop" onclick={stop}>{ t.get("learn.stop") }</button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct LearnDoneProps {
    pub texts: Texts<'static>,
    pub country: Option<CountryCode>,
    pub dispatch: Callback<Action>,
}

#[function_component(LearnDoneScreen)]
pub fn learn_done(props: &LearnDoneProps) -> Html {
    let t = props.texts;
    let restart = props.dispatch.reform(|_: MouseEvent| Action::Restart);
    html! {
        <section class="rf-screen rf-learn-done">
            <h2 tabindex="-1" data-focus="">{ t.get("learn.done.title") }</h2>
            <p>{ t.get("learn.done.body") }</p>
            <HelpPanel texts={t} country={props.country.clone()} pathway={None::<PathwayId>} under_18={false} dispatch={props.dispatch.clone()} />
            <PassOn texts={t} pathway={None::<PathwayId>} />
            <div class="rf-actions">
                <button type="button" class="rf-button rf-secondary rf-restart" onclick={restart}>{ t.get("ui.restart") }</button>
            </div>
        </section>
    }
}
