//! The root component: owns the session through one reducer and picks the screen to show.

use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use redflag_core::assessment::next_steps;
use redflag_core::config::Variant;
use redflag_core::report::About;
use redflag_core::{assess, Action, Arrival, Config, Packs, PathwayId, Screen, Session, Texts};

use crate::content;

use super::card::CompactCard;
use super::exit::ExitBar;
use super::help::HelpContext;
use super::language::LanguagePicker;
use super::learn::{LearnChooseScreen, LearnDoneScreen, LearnStoryScreen};
use super::question::QuestionScreen;
use super::report::ReportScreen;
use super::result::ResultScreen;
use super::safety::SafetyScreen;
use super::sources::SourcesScreen;
use super::start::StartScreen;
use super::urgent::UrgentScreen;
use super::waiting::Waiting;

#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    pub config: Config,
    /// Country names the browser knows, read per language when first shown.
    pub names: super::Names,
    /// Called with the exit address when the person presses Exit; the embedding layer hides
    /// everything and leaves the page.
    pub on_exit: Callback<String>,
    /// Told whether the Exit is shown, whenever that changes: always, except on the compact
    /// variant's closed card. The loader's Shift key and Exit links follow it.
    pub on_exit_shown: Callback<bool>,
    /// Told the language shown whenever it changes, so the loader's own messages follow it.
    pub on_language: Callback<String>,
    /// Shares the host page's address (see [`super::pass_on`]).
    pub on_share: Callback<Callback<super::Shared>>,
    /// Prints the sheet of signs and numbers.
    pub on_print: Callback<()>,
    /// The language packs that have arrived; each one that arrives renders the widget again.
    pub packs: Rc<Packs<'static>>,
    /// What the person did on the first screen the loader drew before the widget mounted (its
    /// compact card, or the full variant's first screen), done now in order, with focus on the
    /// screen it leads to: `pathway:<id>`, `learn`, `sources`, `safety`.
    #[prop_or_default]
    pub early: Vec<String>,
    /// Whether the content the first screens do not need (the help lines, sources and the
    /// result's text) is here; the screens that show it wait for it.
    pub data: Data,
}

/// Where the deferred content is (see `redflag_content::Deferred`); each change renders the
/// widget again.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Data {
    /// Fetched alongside the wasm, not here yet.
    Coming,
    /// The compact card's: the texts of its one pathway's check.
    Part,
    Whole,
    /// A data file could not be fetched or read.
    Failed,
}

/// The session plus the reducer glue yew needs.
#[derive(Clone, PartialEq)]
struct State(Session);

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut session = self.0.clone();
        session.apply(content(), action);
        Rc::new(State(session))
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let content = content();
    let config = &props.config;
    let state = {
        let config = config.clone();
        let early: Vec<Action> = props
            .early
            .iter()
            .filter_map(|a| early_action(a, &config))
            .collect();
        use_reducer(move || {
            let mut session = Session::new(config.language, config.country);
            if config.learn {
                session.apply(content, Action::OpenLearn);
            }
            for action in early {
                session.apply(content, action);
            }
            State(session)
        })
    };
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };

    // The host changed an attribute: follow it without touching the answers.
    {
        let dispatch = dispatch.clone();
        use_effect_with(
            (config.language.clone(), config.country.clone()),
            move |(language, country)| {
                dispatch.emit(Action::SetLanguage(language.clone()));
                if country.is_some() {
                    dispatch.emit(Action::SetCountry(country.clone()));
                }
            },
        );
    }

    let session = &state.0;
    // The screens that show the questions, help lines, sources or the stories wait for the
    // deferred content.
    let needs_data = matches!(
        session.screen,
        Screen::Question(_)
            | Screen::Urgent { .. }
            | Screen::Result
            | Screen::Report
            | Screen::Sources { .. }
            | Screen::Learn
            | Screen::LearnDone
    );
    // Joined with the compact card's data file, only its own pathway's screens can show (the
    // whole comes if the host turns the card into the full widget).
    let ready = content.complete
        && content.only.is_none_or(|only| match session.screen {
            Screen::Learn | Screen::LearnDone => false,
            Screen::Sources { .. } => true,
            _ => session.pathway == Some(only),
        });
    // Learn mode's stories and the words of its screens come as files of their own: in the
    // language shown, or where its file could not load, in English; without English's (the last
    // resort for every word), learn mode says it could not load.
    let stories = matches!(
        session.screen,
        Screen::LearnChoose | Screen::Learn | Screen::LearnDone
    )
    .then(|| props.packs.stories_for(&session.language));
    let waiting = (needs_data && !ready) || stories.is_some_and(|s| s != Arrival::Here);
    let failed = props.data == Data::Failed || stories == Some(Arrival::Failed);
    let texts = Texts::of(content, &props.packs, &session.language);
    {
        let on_language = props.on_language.clone();
        use_effect_with(session.language.clone(), move |language| {
            on_language.emit(language.clone())
        });
    }

    // Move focus to the new screen's heading, so keyboard and screen-reader users start reading
    // there. Not on the first render: the widget must not pull focus when a page loads.
    let root = use_node_ref();
    let shown = use_mut_ref(|| None::<(Screen, Option<(usize, bool)>, bool)>);
    {
        let root = root.clone();
        let opened = props
            .early
            .iter()
            .any(|a| early_action(a, config).is_some());
        // A screen that waited for the deferred content gets the focus again when it shows.
        let place = (
            session.screen.clone(),
            session.learning.as_ref().map(|l| (l.index, l.checked)),
            waiting,
        );
        use_effect_with(place, move |place| {
            let first = shown.borrow().is_none();
            *shown.borrow_mut() = Some(place.clone());
            if !first || opened {
                let heading = root
                    .cast::<HtmlElement>()
                    .and_then(|r| r.query_selector("[data-focus]").ok().flatten())
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(e).ok());
                if let Some(heading) = heading {
                    let _ = heading.focus();
                }
            }
        });
    }

    // The compact variant's closed card is a small teaser on a checkout: no quick exit there,
    // so that one stray tap or Shift key does not take the person away from their booking. It
    // comes with the check, once the card is opened.
    let card_only = config.variant == Variant::Compact && session.screen == Screen::Start;
    {
        let on_exit_shown = props.on_exit_shown.clone();
        use_effect_with(!card_only, move |shown| on_exit_shown.emit(*shown));
    }

    let progress = session.progress(content);
    let status = progress
        .map(|(current, total)| {
            texts.format(
                "ui.progress",
                &[
                    ("current", current.to_string()),
                    ("total", total.to_string()),
                ],
            )
        })
        .unwrap_or_default();

    let pathway = session.pathway.and_then(|p| content.pathway(p));
    let screen = match &session.screen {
        _ if waiting => html! {
            <Waiting texts={texts} country={session.country.clone()} failed={failed} />
        },
        Screen::Start if config.variant == Variant::Compact => html! {
            <CompactCard
                texts={texts}
                destination={config.destination.clone().or_else(|| config.country.clone())}
                names={props.names.clone()}
                dispatch={dispatch.clone()}
            />
        },
        Screen::Start => html! {
            <StartScreen
                texts={texts}
                preset={config.pathway}
                learn_only={config.learn}
                learn_offered={config.learn_offered}
                partner_name={config.partner.name.clone()}
                dispatch={dispatch.clone()}
            />
        },
        Screen::Question(id) => match pathway.and_then(|p| p.question(id)) {
            Some(question) => {
                let question_id = question.id.to_string();
                html! {
                    <QuestionScreen
                        texts={texts}
                        question={question_id.clone()}
                        answer={session.answers.get(id).copied()}
                        progress={status.clone()}
                        notice={session.notice}
                        on_answer={dispatch.reform(move |answer| Action::Select {
                            question: question_id.clone(),
                            answer,
                        })}
                        on_next={dispatch.reform(|()| Action::Next)}
                        on_back={dispatch.reform(|()| Action::Back)}
                        on_skip={dispatch.reform(|()| Action::Skip)}
                    />
                }
            }
            None => html! {},
        },
        Screen::Urgent { .. } => html! {
            <UrgentScreen
                texts={texts}
                pathway={session.pathway}
                under_18={pathway.is_some_and(|p| p.is_under_18(&session.answers))}
                country={session.country.clone()}
                on_continue={dispatch.reform(|()| Action::Continue)}
                on_results={dispatch.reform(|()| Action::ShowResult)}
                dispatch={dispatch.clone()}
            />
        },
        Screen::Result => match pathway {
            Some(pathway) => {
                let assessment = assess(pathway, &session.answers);
                let steps = next_steps(pathway, &assessment, &session.answers);
                html! {
                    <ResultScreen
                        texts={texts}
                        {assessment}
                        {steps}
                        country={session.country.clone()}
                        dispatch={dispatch.clone()}
                    />
                }
            }
            None => html! {},
        },
        Screen::Report => match pathway {
            Some(pathway) => {
                let assessment = assess(pathway, &session.answers);
                html! {
                    <ReportScreen
                        texts={texts}
                        pathway={pathway.id}
                        about={About::of(pathway, &session.answers)}
                        flags={assessment.flags.iter().map(|f| f.question).collect::<Vec<_>>()}
                        details={session.details.clone()}
                        country={session.country.clone()}
                        packs={props.packs.clone()}
                        dispatch={dispatch.clone()}
                    />
                }
            }
            None => html! {},
        },
        Screen::Safety { .. } => html! {
            <SafetyScreen texts={texts} dispatch={dispatch.clone()} />
        },
        Screen::Sources { .. } => html! {
            <SourcesScreen texts={texts} dispatch={dispatch.clone()} />
        },
        Screen::LearnChoose => html! {
            <LearnChooseScreen texts={texts} dispatch={dispatch.clone()} />
        },
        Screen::Learn => match &session.learning {
            Some(learning) => html! {
                <LearnStoryScreen texts={texts} learning={learning.clone()} dispatch={dispatch.clone()} />
            },
            None => html! {},
        },
        Screen::LearnDone => html! {
            <LearnDoneScreen texts={texts} country={session.country.clone()} dispatch={dispatch.clone()} />
        },
    };

    let help_context = HelpContext {
        names: props.names.clone(),
        home: config.home.clone(),
        partner: Rc::new(config.partner.clone()),
        on_share: props.on_share.clone(),
        on_print: props.on_print.clone(),
    };

    html! {
        <ContextProvider<HelpContext> context={help_context}>
        <div
            class={classes!(
                "rf-app",
                (config.variant == Variant::Compact).then_some("rf-compact"),
                card_only.then_some("rf-card-only"),
            )}
            lang={texts.language()}
            dir={texts.direction()}
            data-theme={config.theme.as_str()}
            ref={root}
        >
            if !card_only {
                <ExitBar
                    texts={texts}
                    exit_url={config.exit_url.clone()}
                    on_exit={props.on_exit.clone()}
                    on_safety={dispatch.reform(|_| Action::OpenSafety)}
                />
            }
            <LanguagePicker
                texts={texts}
                languages={config.languages.iter().filter(|l| props.packs.has(l)).cloned().collect::<Vec<_>>()}
                on_change={dispatch.reform(Action::SetLanguage)}
            />
            <p class="rf-visually-hidden" role="status">{ status }</p>
            <main class="rf-main">{ screen }</main>
        </div>
        </ContextProvider<HelpContext>>
    }
}

/// One thing the person did on the first screen the loader drew, as the session's action; `None`
/// for anything that first screen could not have offered with this configuration.
fn early_action(action: &str, config: &Config) -> Option<Action> {
    let compact = config.variant == Variant::Compact;
    match action.split_once(':') {
        Some(("pathway", id)) => {
            let id = PathwayId::parse(id)?;
            let offered = if compact {
                id == PathwayId::Witness
            } else {
                !config.learn && config.pathway.is_none_or(|p| p == id)
            };
            offered.then_some(Action::Choose(id))
        }
        None if compact => None,
        None => match action {
            "learn" if !config.learn && config.learn_offered => Some(Action::OpenLearn),
            "sources" => Some(Action::OpenSources),
            "safety" => Some(Action::OpenSafety),
            _ => None,
        },
        Some(_) => None,
    }
}
