//! Which languages a widget offers, and which it shows first.

use redflag_content::Content;

use super::{present, Environment, RawOptions, COMPACT};
use crate::locale::negotiate;

/// The language to show: the host's `lang` if it is offered, else the browser's first offered
/// language, else the first offered one (English when the host does not limit them).
pub fn language_for(raw: &RawOptions, env: &Environment, content: &Content) -> String {
    let available = offered_languages(raw, env, content);
    present(&raw.lang)
        .and_then(|lang| negotiate(&[lang.to_owned()], &available))
        .or_else(|| negotiate(&env.languages, &available))
        .or_else(|| available.first().copied())
        .unwrap_or(redflag_content::SOURCE_LANGUAGE)
        .to_owned()
}

/// The shipped languages the host offers (`languages`), in the shipped order; all of them when
/// the host names none it can have.
///
/// The compact card, on a checkout that most visitors pass without opening it, offers by
/// default only what someone there can be expected to read: English, the host's `lang` and the
/// browser's languages. Its packs are all the card loads besides the widget itself.
pub fn offered_languages<'c>(
    raw: &RawOptions,
    env: &Environment,
    content: &'c Content,
) -> Vec<&'c str> {
    let shipped = content.languages();
    let Some(list) = present(&raw.languages) else {
        if present(&raw.variant) != Some(COMPACT) {
            return shipped;
        }
        let asked: Vec<&str> = present(&raw.lang)
            .into_iter()
            .map(str::to_owned)
            .chain(env.languages.iter().cloned())
            .filter_map(|tag| negotiate(&[tag], &shipped))
            .collect();
        return shipped
            .iter()
            .copied()
            .filter(|l| *l == redflag_content::SOURCE_LANGUAGE || asked.contains(l))
            .collect();
    };
    let named: Vec<&str> = list
        .split([' ', ','])
        .filter(|t| !t.is_empty())
        .filter_map(|tag| negotiate(&[tag.to_owned()], &shipped))
        .collect();
    let offered: Vec<&str> = shipped
        .iter()
        .copied()
        .filter(|l| named.contains(l))
        .collect();
    if offered.is_empty() {
        shipped
    } else {
        offered
    }
}

pub(super) fn list_names_any(list: &str, shipped: &[&str]) -> bool {
    list.split([' ', ','])
        .filter(|t| !t.is_empty())
        .any(|tag| negotiate(&[tag.to_owned()], shipped).is_some())
}
