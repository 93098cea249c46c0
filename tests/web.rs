//! The widget in headless Chromium, mounted through the same `mountWidget` export the loader
//! uses: rendering, a whole run, live option changes, quick exit and teardown.

#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use redflag::embed::{mount_widget, Widget};

wasm_bindgen_test_configure!(run_in_browser);

/// A mounted widget, what its quick exit was asked to do and what it told of its Exit.
struct Mounted {
    shadow: ShadowRoot,
    point: Element,
    widget: Widget,
    exits: Rc<RefCell<Vec<String>>>,
    _on_exit: Closure<dyn FnMut(String)>,
    shown: Rc<RefCell<Vec<bool>>>,
    _on_exit_shown: Closure<dyn FnMut(bool)>,
}

fn options(pairs: &[(&str, &str)]) -> JsValue {
    let object = Object::new();
    for (name, value) in pairs {
        Reflect::set(&object, &JsValue::from_str(name), &JsValue::from_str(value)).unwrap();
    }
    object.into()
}

async fn mount(pairs: &[(&str, &str)]) -> Mounted {
    // The data file the loader fetches alongside the wasm (once per page; later calls are no-ops).
    redflag::provide_deferred(redflag::BUILT_DEFERRED);
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    let point = document.create_element("div").unwrap();
    shadow.append_child(&point).unwrap();
    let exits = Rc::new(RefCell::new(Vec::new()));
    let seen = exits.clone();
    let on_exit = Closure::<dyn FnMut(String)>::new(move |url: String| seen.borrow_mut().push(url));
    let function: Function = on_exit.as_ref().unchecked_ref::<Function>().clone();
    // Sharing and printing are the loader's; here they do nothing.
    let noop: Function = Closure::<dyn FnMut()>::new(|| {})
        .into_js_value()
        .unchecked_into();
    let shown = Rc::new(RefCell::new(Vec::new()));
    let told = shown.clone();
    let on_exit_shown = Closure::<dyn FnMut(bool)>::new(move |s: bool| told.borrow_mut().push(s));
    let widget = mount_widget(
        point.clone(),
        options(pairs),
        function,
        noop.clone(),
        noop,
        on_exit_shown.as_ref().unchecked_ref::<Function>().clone(),
        Vec::new(),
    )
    .unwrap();
    yew::scheduler::flush().await;
    Mounted {
        shadow,
        point,
        widget,
        exits,
        _on_exit: on_exit,
        shown,
        _on_exit_shown: on_exit_shown,
    }
}

impl Mounted {
    fn find(&self, selector: &str) -> Option<Element> {
        self.shadow.query_selector(selector).unwrap()
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector)
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
            .text_content()
            .unwrap_or_default()
    }

    async fn click(&self, selector: &str) {
        let element = self
            .find(selector)
            .unwrap_or_else(|| panic!("nothing matches {selector}"));
        element.unchecked_into::<HtmlElement>().click();
        yew::scheduler::flush().await;
    }

    /// The id of the question on screen, if any.
    fn question(&self) -> Option<String> {
        self.find(".rf-question input[type=radio]")
            .map(|input| input.unchecked_into::<HtmlInputElement>().name())
    }

    async fn answer(&self, answer: &str) {
        self.click(&format!(".rf-question input[value={answer}]"))
            .await;
        self.click(".rf-question button[type=submit]").await;
    }
}

#[wasm_bindgen_test]
async fn mounts_in_a_shadow_root_without_inline_styles() {
    // The stylesheet is the loader's to adopt (www/loader/dom.js; the end-to-end tests see it).
    let w = mount(&[]).await;
    assert_eq!(w.text(".rf-start h2"), "Red Flag Check");
    assert!(
        w.find(".rf-exit").is_some(),
        "the exit control is on the first screen"
    );
    // No inline style attributes anywhere: a strict host CSP would block them.
    assert!(w.find("[style]").is_none());
}

#[wasm_bindgen_test]
async fn a_whole_run_ends_with_red_flags_and_a_hotline_link() {
    let w = mount(&[("country", "TH"), ("pathway", "work")]).await;
    w.click(".rf-pathway[data-pathway=work]").await;
    assert_eq!(w.text(".rf-progress"), "Question 1 of 20");
    let mut steps = 0;
    while let Some(question) = w.question() {
        let answer = match question.as_str() {
            "documents_held" | "wages_withheld" => "yes",
            "debt_grows" => "unsure",
            _ => "no",
        };
        w.answer(answer).await;
        steps += 1;
        assert!(steps < 40, "the questionnaire never ended");
    }
    assert_eq!(
        w.find(".rf-level")
            .unwrap()
            .get_attribute("data-level")
            .as_deref(),
        Some("serious")
    );
    assert!(w.find(".rf-flag[data-flag=documents_held]").is_some());
    assert!(w.find(".rf-flag[data-flag=wages_withheld]").is_some());
    assert!(w
        .text(".rf-unsure")
        .contains("A debt you can never pay off"));
    assert!(
        w.find("a[href='tel:1300']").is_some(),
        "Thailand's 1300 line is a tel: link"
    );
    assert!(
        w.find("a[href='tel:191']").is_some(),
        "Thailand's police number is shown"
    );
    // Nothing on the result claims a verdict.
    let text = w.text(".rf-result").to_lowercase();
    assert!(!text.contains("you are trafficked") && !text.contains("you are not trafficked"));
}

#[wasm_bindgen_test]
async fn next_without_an_answer_explains_what_to_do() {
    let w = mount(&[]).await;
    w.click(".rf-pathway[data-pathway=work]").await;
    w.click(".rf-question button[type=submit]").await;
    assert_eq!(w.question().as_deref(), Some("under_18"));
    assert!(w.text(".rf-error").contains("Choose Yes, No or Not sure"));
}

#[wasm_bindgen_test]
async fn a_danger_answer_shows_emergency_help_first() {
    let w = mount(&[("country", "PH")]).await;
    w.click(".rf-pathway[data-pathway=work]").await;
    while w.question().as_deref() != Some("violence") {
        w.answer("no").await;
    }
    w.answer("yes").await;
    assert!(w.find(".rf-urgent").is_some());
    assert!(w.find("a[href='tel:911']").is_some());
    assert!(w.find("a[href='tel:1343']").is_some());
}

#[wasm_bindgen_test]
async fn new_options_keep_the_answers() {
    let mut w = mount(&[("country", "TH")]).await;
    w.click(".rf-pathway[data-pathway=work]").await;
    w.answer("no").await;
    w.answer("yes").await;
    let before = w.question();
    w.widget.update(options(&[("country", "GB")]));
    yew::scheduler::flush().await;
    assert_eq!(w.question(), before);
    w.click(".rf-question button.rf-secondary").await;
    let back_on = w
        .find(".rf-question input[value=yes]")
        .unwrap()
        .unchecked_into::<HtmlInputElement>();
    assert!(back_on.checked(), "the earlier answer is still selected");
}

#[wasm_bindgen_test]
async fn exit_hands_the_exit_address_to_the_loader() {
    let w = mount(&[("exit-url", "https://example.org/news")]).await;
    assert_eq!(
        w.find(".rf-exit").unwrap().get_attribute("href").as_deref(),
        Some("https://example.org/news")
    );
    w.click(".rf-exit").await;
    assert_eq!(*w.exits.borrow(), ["https://example.org/news"]);
}

#[wasm_bindgen_test]
async fn the_compact_card_has_no_exit_until_it_is_opened() {
    let w = mount(&[("variant", "compact"), ("destination", "TH")]).await;
    assert!(w.find(".rf-card").is_some());
    assert!(
        w.find(".rf-exit, .rf-skip-exit").is_none(),
        "no exit on the card"
    );
    assert_eq!(*w.shown.borrow(), [false]);
    w.click(".rf-card-start").await;
    assert!(w.find(".rf-question").is_some());
    assert!(
        w.find(".rf-exit").is_some(),
        "the exit comes with the check"
    );
    assert_eq!(*w.shown.borrow(), [false, true]);
    // Back from the first question closes the check again.
    w.click(".rf-question .rf-secondary").await;
    assert!(w.find(".rf-card").is_some());
    assert!(w.find(".rf-exit").is_none());
    assert_eq!(*w.shown.borrow(), [false, true, false]);
    let full = mount(&[]).await;
    assert_eq!(*full.shown.borrow(), [true]);
}

#[wasm_bindgen_test]
async fn bad_options_fall_back_and_still_work() {
    let w = mount(&[
        ("lang", "xx"),
        ("country", "Thailand"),
        ("pathway", "nope"),
        ("exit-url", "javascript:alert(1)"),
    ])
    .await;
    assert_eq!(w.text(".rf-start h2"), "Red Flag Check");
    assert_eq!(
        w.find(".rf-exit").unwrap().get_attribute("href").as_deref(),
        Some("https://www.bbc.co.uk/weather")
    );
    assert!(w.find(".rf-pathway").is_some());
}

#[wasm_bindgen_test]
async fn two_widgets_keep_their_own_answers() {
    let a = mount(&[]).await;
    let b = mount(&[]).await;
    a.click(".rf-pathway[data-pathway=work]").await;
    a.answer("yes").await;
    assert_eq!(a.question().as_deref(), Some("job_differs"));
    assert!(
        b.find(".rf-start").is_some(),
        "the second widget did not move"
    );
}

#[wasm_bindgen_test]
async fn destroy_removes_everything_it_showed() {
    let mut w = mount(&[]).await;
    w.click(".rf-pathway[data-pathway=work]").await;
    w.answer("yes").await;
    w.widget.destroy();
    yew::scheduler::flush().await;
    assert_eq!(w.point.child_element_count(), 0);
}
