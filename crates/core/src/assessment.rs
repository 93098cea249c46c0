//! Turning answers into a careful result: which red flags matched, how they combine, and how
//! worried the result may sound. Never a verdict.
//!
//! The rules, also written out in `docs/assessment.md`:
//! - a flag matches when its question is on the person's path and was answered with its
//!   warning answer; "Not sure" never matches but is listed as something to check;
//! - when the person said they are under 18 (the pathway's question marked `under_18`), a
//!   question's `if_under_18` weights apply;
//! - an ILO–EC dimension is positive with 2 strong flags, 1 strong plus 1 medium or weak,
//!   3 medium, or 2 medium plus 1 weak;
//! - the level is `Urgent` if any matched flag means danger now, else `Serious` if any strong
//!   flag matched or any dimension is positive, else `Some` if any flag matched, else `None`.

use litemap::LiteMap;

use redflag_content::{
    Answer, ConcernLevel, Dimension, Flag, Pathway, PathwayId, Question, Severity,
};

use crate::questionnaire::{path, Answers};

#[derive(Debug, Clone, PartialEq)]
pub struct MatchedFlag<'c> {
    pub question: &'c Question,
    /// The weight that applied to this person (child weights included).
    pub severity: Severity,
    pub danger_now: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Assessment<'c> {
    pub pathway: PathwayId,
    pub level: ConcernLevel,
    /// Strongest first, then in question order.
    pub flags: Vec<MatchedFlag<'c>>,
    /// Red-flag questions answered "Not sure".
    pub unsure: Vec<&'c Question>,
    /// Dimensions that reach the ILO–EC threshold.
    pub positive_dimensions: Vec<Dimension>,
    pub under_18: bool,
}

/// The weights that apply to one red flag for this person: (severity, danger now).
pub fn effective(flag: &Flag, under_18: bool) -> (Severity, bool) {
    let child = flag.if_under_18.as_ref().filter(|_| under_18);
    let severity = child.and_then(|c| c.severity).unwrap_or(flag.severity);
    let danger = child.and_then(|c| c.danger_now).unwrap_or(flag.danger_now);
    (severity, danger)
}

/// Does this answer to this question mean "danger now" for this person?
pub fn is_danger_now(
    pathway: &Pathway,
    question: &Question,
    answer: Option<Answer>,
    answers: &Answers,
) -> bool {
    question.flag().is_some_and(|flag| {
        answer == Some(flag.warning_answer) && effective(flag, pathway.is_under_18(answers)).1
    })
}

pub fn assess<'c>(pathway: &'c Pathway, answers: &Answers) -> Assessment<'c> {
    let under_18 = pathway.is_under_18(answers);
    let mut flags = Vec::new();
    let mut unsure = Vec::new();
    for question in path(pathway, answers) {
        let Some(flag) = question.flag() else {
            continue;
        };
        match answers.get(question.id.as_ref()) {
            Some(a) if *a == flag.warning_answer => {
                let (severity, danger_now) = effective(flag, under_18);
                flags.push(MatchedFlag {
                    question,
                    severity,
                    danger_now,
                });
            }
            Some(Answer::Unsure) => unsure.push(question),
            _ => {}
        }
    }
    // A stable sort keeps question order within each severity.
    flags.sort_by_key(|f| std::cmp::Reverse(f.severity));

    let mut by_dimension: LiteMap<Dimension, [u32; 3]> = LiteMap::new();
    for flag in &flags {
        if let Some(weights) = flag.question.flag() {
            by_dimension.entry(weights.dimension).or_default()[flag.severity as usize] += 1;
        }
    }
    let positive_dimensions: Vec<Dimension> = by_dimension
        .into_iter()
        .filter(|(_, [weak, medium, strong])| dimension_positive(*strong, *medium, *weak))
        .map(|(d, _)| d)
        .collect();

    let level = if flags.iter().any(|f| f.danger_now) {
        ConcernLevel::Urgent
    } else if flags.iter().any(|f| f.severity == Severity::Strong)
        || !positive_dimensions.is_empty()
    {
        ConcernLevel::Serious
    } else if !flags.is_empty() {
        ConcernLevel::Some
    } else {
        ConcernLevel::None
    };
    Assessment {
        pathway: pathway.id,
        level,
        flags,
        unsure,
        positive_dimensions,
        under_18,
    }
}

/// The ILO–EC combination rule for one dimension.
pub fn dimension_positive(strong: u32, medium: u32, weak: u32) -> bool {
    strong >= 2 || (strong >= 1 && medium + weak >= 1) || medium >= 3 || (medium >= 2 && weak >= 1)
}

/// The next steps of a pathway that apply to this result.
pub fn next_steps(
    pathway: &Pathway,
    assessment: &Assessment<'_>,
    answers: &Answers,
) -> Vec<String> {
    pathway
        .next_steps
        .iter()
        .filter(|s| s.show_if.as_ref().is_none_or(|c| c.holds(answers)))
        .filter(|s| {
            s.when_level
                .as_ref()
                .is_none_or(|levels| levels.contains(&assessment.level))
        })
        .map(|s| pathway.next_step_key(s))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    fn work() -> &'static Pathway {
        fixture::content().pathway(PathwayId::Work).unwrap()
    }

    fn answers(pairs: &[(&str, Answer)]) -> Answers {
        pairs.iter().map(|(q, a)| ((*q).to_owned(), *a)).collect()
    }

    /// One case: the answers given, the level expected and the flags expected (strongest first).
    fn check(given: &[(&str, Answer)], level: ConcernLevel, flags: &[&str]) {
        let result = assess(work(), &answers(given));
        let got: Vec<&str> = result
            .flags
            .iter()
            .map(|f| f.question.id.as_ref())
            .collect();
        assert_eq!(
            (result.level, got.as_slice()),
            (level, flags),
            "answers: {given:?}"
        );
    }

    #[test]
    fn ilo_ec_dimension_threshold() {
        // (strong, medium, weak) → positive?
        let cases = [
            ((0, 0, 0), false),
            ((1, 0, 0), false),
            ((2, 0, 0), true),
            ((1, 1, 0), true),
            ((1, 0, 1), true),
            ((0, 2, 0), false),
            ((0, 3, 0), true),
            ((0, 2, 1), true),
            ((0, 1, 2), false),
            ((0, 0, 5), false),
        ];
        for ((s, m, w), expected) in cases {
            assert_eq!(
                dimension_positive(s, m, w),
                expected,
                "{s} strong, {m} medium, {w} weak"
            );
        }
    }

    #[test]
    fn levels_and_matched_flags() {
        use Answer::*;
        check(&[], ConcernLevel::None, &[]);
        check(
            &[("job_differs", No), ("documents_held", No)],
            ConcernLevel::None,
            &[],
        );
        // "Not sure" never counts as a warning.
        check(&[("documents_held", Unsure)], ConcernLevel::None, &[]);
        // One medium flag: some signs.
        check(
            &[("wages_withheld", Yes)],
            ConcernLevel::Some,
            &["wages_withheld"],
        );
        // Two medium flags in one dimension do not reach the threshold...
        check(
            &[("wages_withheld", Yes), ("told_to_lie", Yes)],
            ConcernLevel::Some,
            &["wages_withheld", "told_to_lie"],
        );
        // ...three do.
        check(
            &[
                ("wages_withheld", Yes),
                ("told_to_lie", Yes),
                ("threat_of_sale", Yes),
            ],
            ConcernLevel::Serious,
            &["wages_withheld", "threat_of_sale", "told_to_lie"],
        );
        // A single strong flag is serious on its own; strongest flags come first.
        check(
            &[("pay_deductions", Yes), ("documents_held", Yes)],
            ConcernLevel::Serious,
            &["documents_held", "pay_deductions"],
        );
        // Violence means danger now.
        check(&[("violence", Yes)], ConcernLevel::Urgent, &["violence"]);
        // Context questions are never flags.
        check(&[("employer_housing", Yes)], ConcernLevel::None, &[]);
    }

    #[test]
    fn child_weights_apply_only_under_18() {
        use Answer::*;
        check(
            &[("sex_exchange", Yes)],
            ConcernLevel::Some,
            &["sex_exchange"],
        );
        check(
            &[("under_18", No), ("sex_exchange", Yes)],
            ConcernLevel::Some,
            &["sex_exchange"],
        );
        check(
            &[("under_18", Yes), ("sex_exchange", Yes)],
            ConcernLevel::Urgent,
            &["sex_exchange"],
        );
        check(
            &[("under_18", Yes), ("forced_tasks", Yes)],
            ConcernLevel::Serious,
            &["forced_tasks"],
        );
        check(
            &[("under_18", Unsure), ("forced_tasks", Yes)],
            ConcernLevel::Some,
            &["forced_tasks"],
        );
    }

    #[test]
    fn answers_off_the_path_are_ignored() {
        use Answer::*;
        // bad_housing only applies when the boss provides the housing.
        check(
            &[("employer_housing", No), ("bad_housing", Yes)],
            ConcernLevel::None,
            &[],
        );
        check(
            &[("employer_housing", Yes), ("bad_housing", Yes)],
            ConcernLevel::Some,
            &["bad_housing"],
        );
    }

    #[test]
    fn unsure_answers_are_listed_to_check() {
        let given = answers(&[
            ("documents_held", Answer::Unsure),
            ("debt_grows", Answer::Unsure),
        ]);
        let result = assess(work(), &given);
        let unsure: Vec<&str> = result.unsure.iter().map(|q| q.id.as_ref()).collect();
        assert_eq!(unsure, ["documents_held", "debt_grows"]);
    }

    #[test]
    fn no_is_the_warning_where_the_content_says_so() {
        use Answer::*;
        check(&[("no_contract", Yes)], ConcernLevel::None, &[]);
        check(&[("no_contract", No)], ConcernLevel::Some, &["no_contract"]);
    }

    #[test]
    fn next_steps_follow_level_and_answers() {
        use Answer::*;
        let steps = |given: &[(&str, Answer)]| {
            let given = answers(given);
            next_steps(work(), &assess(work(), &given), &given)
        };
        assert_eq!(steps(&[]), ["next.work.talk"]);
        assert_eq!(
            steps(&[("violence", Yes), ("employer_housing", Yes)]),
            ["next.work.danger", "next.work.housing", "next.work.talk"]
        );
    }
}
