use super::*;

fn raw(pairs: &[(&str, &str)]) -> RawOptions {
    let mut raw = RawOptions::default();
    for (name, value) in pairs {
        let value = Some((*value).to_owned());
        match *name {
            "lang" => raw.lang = value,
            "country" => raw.country = value,
            "destination" => raw.destination = value,
            "pathway" => raw.pathway = value,
            "variant" => raw.variant = value,
            "exit-url" => raw.exit_url = value,
            "theme" => raw.theme = value,
            "languages" => raw.languages = value,
            "learn" => raw.learn = value,
            other => panic!("unknown option {other}"),
        }
    }
    raw
}

fn env(languages: &[&str], zone: Option<&str>) -> Environment {
    Environment {
        languages: languages.iter().map(|s| (*s).to_owned()).collect(),
        time_zone: zone.map(str::to_owned),
        likely_regions: Vec::new(),
    }
}

fn config(options: &[(&str, &str)], environment: &Environment) -> (Config, Vec<Warning>) {
    Config::from_raw(&raw(options), environment, Content::shipped())
}

#[test]
fn defaults() {
    let (c, warnings) = config(&[], &Environment::default());
    assert_eq!(warnings, []);
    assert_eq!(c.language, "en");
    assert_eq!(c.country, None);
    assert_eq!(c.country_source, CountrySource::Unknown);
    assert_eq!(c.pathway, None);
    assert_eq!(c.exit_url, DEFAULT_EXIT_URL);
    assert_eq!((c.variant, c.theme), (Variant::Full, Theme::Auto));
}

#[test]
fn pathway_learn_opens_learn_mode() {
    let (c, warnings) = config(&[("pathway", "learn")], &Environment::default());
    assert_eq!(warnings, []);
    assert_eq!((c.learn, c.pathway), (true, None));
    let (c, _) = config(&[("pathway", "work")], &Environment::default());
    assert_eq!((c.learn, c.pathway), (false, Some(PathwayId::Work)));
}

#[test]
fn learn_mode_is_offered_only_where_the_host_asks_for_it() {
    let offered =
        |options: &[(&str, &str)]| config(options, &Environment::default()).0.learn_offered;
    assert!(
        !offered(&[]),
        "not by default: its stories are a fifth of every language"
    );
    assert!(offered(&[("learn", "")]), "a bare attribute");
    assert!(offered(&[("learn", "true")]));
    assert!(!offered(&[("learn", "false")]));
    assert!(offered(&[("pathway", "learn")]));
    assert!(
        !offered(&[("learn", ""), ("pathway", "work")]),
        "a set pathway offers nothing else"
    );
    assert!(
        !offered(&[("learn", ""), ("variant", "compact")]),
        "the card opens the check"
    );
}

#[test]
fn a_host_can_limit_the_languages_offered() {
    // Offered in the shipped order; the browser's language is used when it is offered.
    let (c, warnings) = config(&[("languages", "my, th en")], &env(&["th-TH"], None));
    assert_eq!(warnings, []);
    assert_eq!(c.languages, ["en", "th", "my"]);
    assert_eq!(c.language, "th");
    // A browser language that is not offered gives way to the first offered one.
    let (c, _) = config(&[("languages", "my km")], &env(&["vi"], None));
    assert_eq!((c.language.as_str(), c.languages.len()), ("km", 2));
    // The host's own lang must be offered too.
    let (c, _) = config(&[("languages", "th"), ("lang", "vi")], &env(&[], None));
    assert_eq!(c.language, "th");
    // Unknown names are reported; with none left, every language is offered.
    let (c, warnings) = config(&[("languages", "xx th")], &env(&[], None));
    assert_eq!(c.languages, ["th"]);
    assert_eq!(warnings, [Warning::UnknownOfferedLanguage("xx".into())]);
    let (c, warnings) = config(&[("languages", "xx")], &env(&[], None));
    assert_eq!(c.languages.len(), Content::shipped().languages().len());
    assert_eq!(
        warnings,
        [
            Warning::UnknownOfferedLanguage("xx".into()),
            Warning::NoOfferedLanguage
        ]
    );
}

#[test]
fn country_from_host_beats_time_zone() {
    let e = env(&[], Some("Asia/Manila"));
    let (c, _) = config(&[("country", "th")], &e);
    assert_eq!(
        (c.country.unwrap().as_str(), c.country_source),
        ("TH", CountrySource::Host)
    );
    let (c, _) = config(&[], &e);
    assert_eq!(
        (c.country.unwrap().as_str(), c.country_source),
        ("PH", CountrySource::TimeZone)
    );
    let (c, _) = config(&[], &env(&[], Some("Asia/Saigon")));
    assert_eq!(c.country.unwrap().0, "VN");
}

/// The embedding layer skips reading the time zone and the languages' likely regions when the
/// host names a covered country: the configuration must then be the same whatever they are.
#[test]
fn where_the_browser_points_changes_nothing_when_the_host_names_a_covered_country() {
    let cases: &[&[(&str, &str)]] = &[
        &[("country", "TH")],
        &[("country", " gb ")],
        &[("country", "PH"), ("destination", "TH")],
        &[("country", "VN"), ("lang", "en")],
    ];
    for options in cases {
        assert!(
            raw(options).names_covered_country(Content::shipped()),
            "{options:?}"
        );
        for languages in [&[][..], &["my-MM"], &["en-US"], &["th", "en"]] {
            let without = config(options, &env(languages, None));
            for zone in [
                "Asia/Manila",
                "Europe/London",
                "Asia/Yangon",
                "Nowhere/Else",
            ] {
                let mut pointing = env(languages, Some(zone));
                assert_eq!(config(options, &pointing), without, "{options:?} {zone}");
                pointing.likely_regions = vec!["MM".to_owned(), "KH".to_owned()];
                assert_eq!(config(options, &pointing), without, "{options:?} {zone} MM");
            }
        }
    }
    for options in [
        &[][..],
        &[("country", "XX")],
        &[("country", "")],
        &[("destination", "TH")],
    ] {
        assert!(
            !raw(options).names_covered_country(Content::shipped()),
            "{options:?}"
        );
    }
}

#[test]
fn bad_options_warn_once_each_and_fall_back() {
    let e = env(&[], Some("Asia/Bangkok"));
    let cases: &[(&str, &str, Warning)] = &[
        ("lang", "xx", Warning::UnknownLanguage("xx".into())),
        (
            "country",
            "Thailand",
            Warning::InvalidCountry {
                attribute: "country",
                value: "Thailand".into(),
            },
        ),
        ("country", "ZZ", Warning::CountryNotCovered("ZZ".into())),
        (
            "destination",
            "123",
            Warning::InvalidCountry {
                attribute: "destination",
                value: "123".into(),
            },
        ),
        (
            "pathway",
            "tourism",
            Warning::UnknownPathway("tourism".into()),
        ),
        ("variant", "tiny", Warning::UnknownVariant("tiny".into())),
        ("theme", "pink", Warning::UnknownTheme("pink".into())),
        (
            "exit-url",
            "javascript:alert(1)",
            Warning::ExitUrlRefused("javascript:alert(1)".into()),
        ),
    ];
    for (name, value, warning) in cases {
        let (c, warnings) = config(&[(name, value)], &e);
        assert_eq!(warnings, std::slice::from_ref(warning), "{name}={value}");
        // Whatever went wrong, help for the person's country is still there.
        assert_eq!(
            c.country.as_ref().map(CountryCode::as_str),
            Some("TH"),
            "{name}={value}"
        );
        assert!(!warning.to_string().is_empty());
    }
}

#[test]
fn language_from_attribute_then_browser_then_english() {
    let e = env(&["de-DE", "en-GB"], None);
    assert_eq!(config(&[("lang", "en")], &e).0.language, "en");
    assert_eq!(config(&[], &e).0.language, "en");
    assert_eq!(config(&[], &env(&["de"], None)).0.language, "en");
}

#[test]
fn exit_url_must_be_http() {
    let cases = [
        ("https://example.org/weather", true),
        ("http://example.org", true),
        ("HTTPS://EXAMPLE.ORG/", true),
        ("https://", false),
        ("javascript:alert(1)", false),
        ("data:text/html,hi", false),
        ("//example.org", false),
        ("/relative", false),
        ("https://user@evil.example", false),
        ("https://example.org/a b", false),
        ("ftp://example.org", false),
    ];
    for (url, ok) in cases {
        assert_eq!(is_http_url(url), ok, "{url}");
    }
}

#[test]
fn empty_attributes_count_as_absent() {
    let (c, warnings) = config(
        &[("lang", ""), ("country", " "), ("exit-url", "")],
        &Environment::default(),
    );
    assert_eq!(warnings, []);
    assert_eq!(
        (c.language.as_str(), c.country, c.exit_url.as_str()),
        ("en", None, DEFAULT_EXIT_URL)
    );
}

fn country_and_home(languages: &[&str], zone: Option<&str>) -> (Option<String>, Option<String>) {
    let (c, _) = config(&[], &env(languages, zone));
    let code = |c: Option<CountryCode>| c.map(|c| c.as_str().to_owned());
    (code(c.country), code(c.home))
}

fn codes(country: &str, home: Option<&str>) -> (Option<String>, Option<String>) {
    (Some(country.to_owned()), home.map(str::to_owned))
}

#[test]
fn an_english_browser_abroad_has_no_home_country() {
    // en-US is every browser's default: it says nothing about where the person is from.
    assert_eq!(
        country_and_home(&["en-US", "en"], Some("Asia/Bangkok")),
        codes("TH", None)
    );
    assert_eq!(
        country_and_home(&["en"], Some("Asia/Singapore")),
        codes("SG", None)
    );
}

#[test]
fn an_english_with_another_region_is_a_home_country() {
    assert_eq!(
        country_and_home(&["en-GB"], Some("Asia/Bangkok")),
        codes("TH", Some("GB"))
    );
    assert_eq!(
        country_and_home(&["en-AU", "en"], Some("Asia/Bangkok")),
        codes("TH", Some("AU"))
    );
}

#[test]
fn a_burmese_speaker_in_thailand_has_home_myanmar() {
    for languages in [&["my"][..], &["my-MM"], &["en-US", "my"], &["my", "en-GB"]] {
        assert_eq!(
            country_and_home(languages, Some("Asia/Bangkok")),
            codes("TH", Some("MM")),
            "{languages:?}"
        );
    }
}

#[test]
fn a_local_language_first_means_no_home_country() {
    assert_eq!(
        country_and_home(&["th-TH", "en-US"], Some("Asia/Bangkok")),
        codes("TH", None)
    );
    assert_eq!(
        country_and_home(&["th", "my"], Some("Asia/Bangkok")),
        codes("TH", None)
    );
}

#[test]
fn a_language_of_many_countries_is_no_home_country() {
    assert_eq!(
        country_and_home(&["ar"], Some("Asia/Bangkok")),
        codes("TH", None)
    );
    assert_eq!(
        country_and_home(&["zh-Hant"], Some("Asia/Bangkok")),
        codes("TH", None)
    );
    // A region given with it is a signal.
    assert_eq!(
        country_and_home(&["ar-EG"], Some("Asia/Dubai")),
        codes("AE", Some("EG"))
    );
}

#[test]
fn a_traveller_from_an_english_browser_has_no_home_country() {
    // No time zone country: the location comes from the languages, and there is no home.
    let (c, _) = config(&[("destination", "TH")], &env(&["en-US"], Some("Etc/UTC")));
    assert_eq!((c.country.unwrap().as_str(), c.home), ("TH", None));
    let (c, _) = config(&[("destination", "TH")], &env(&["my"], Some("Etc/UTC")));
    assert_eq!(
        (c.country.unwrap().as_str(), c.home.unwrap().as_str()),
        ("TH", "MM")
    );
    // Where the person is, when the host or the time zone says, stays their home.
    let (c, _) = config(
        &[("destination", "TH")],
        &env(&["en-US"], Some("Asia/Manila")),
    );
    assert_eq!(
        (c.country.unwrap().as_str(), c.home.unwrap().as_str()),
        ("TH", "PH")
    );
}

/// The cases of a table in `tests/data/` that the Rust and the JavaScript tests share.
fn shared_cases(json: &str) -> Vec<serde_json::Value> {
    let mut table: serde_json::Value = serde_json::from_str(json).expect("the table is JSON");
    let cases: Vec<serde_json::Value> =
        serde_json::from_value(table["cases"].take()).expect("a list of cases");
    assert!(cases.len() >= 10);
    cases
}

/// A JSON list of strings.
fn strings(list: &serde_json::Value) -> Vec<String> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|l| l.as_str().expect("a string").to_owned())
        .collect()
}

/// The table the loader's fallback is tested against too (`tests/guess.test.mjs`).
#[test]
fn the_shared_country_guess_cases() {
    for case in shared_cases(include_str!("../../../../tests/data/country-guess.json")) {
        let text = |name: &str| case[name].as_str().map(str::to_owned);
        let languages = strings(&case["languages"]);
        let environment = Environment {
            likely_regions: languages
                .iter()
                .filter_map(|l| case["likely"][l].as_str().map(str::to_owned))
                .collect(),
            languages,
            time_zone: text("timeZone"),
        };
        let options = RawOptions {
            country: text("country"),
            destination: text("destination"),
            ..RawOptions::default()
        };
        let (config, _) = Config::from_raw(&options, &environment, Content::shipped());
        assert_eq!(
            config.country.as_ref().map(CountryCode::as_str),
            case["expected"].as_str(),
            "{}",
            case["name"]
        );
        // The fallback shows no home lines, so only the widget is held to `home`.
        assert_eq!(
            config.home.as_ref().map(CountryCode::as_str),
            case["home"].as_str(),
            "home: {}",
            case["name"]
        );
    }
}

#[test]
fn the_compact_card_offers_english_the_hosts_language_and_the_browsers() {
    let content = Content::shipped();
    let offered = |options: &[(&str, &str)], browser: &[&str]| {
        offered_languages(&raw(options), &env(browser, None), content)
    };
    let card = [("variant", "compact")];
    assert_eq!(offered(&card, &["th-TH", "en-US"]), ["en", "th"]);
    assert_eq!(offered(&card, &["en-GB"]), ["en"]);
    assert_eq!(offered(&card, &["de-DE", "my"]), ["en", "my"]);
    // The host's page language too, in the shipped order.
    assert_eq!(
        offered(&[("variant", "compact"), ("lang", "vi")], &["th"]),
        ["en", "th", "vi"]
    );
    // The host may still offer more, and the full variant offers all eleven.
    assert_eq!(
        offered(
            &[("variant", "compact"), ("languages", "en th my km")],
            &["th"]
        ),
        ["en", "th", "km", "my"]
    );
    assert_eq!(offered(&[], &["th"]).len(), content.languages().len());
    // The card starts in the browser's language, and its picker offers the same.
    let (c, _) = config(&card, &env(&["th-TH", "en-US"], Some("Asia/Bangkok")));
    assert_eq!(c.language, "th");
    assert_eq!(c.languages, ["en", "th"]);
}

/// The table the loader's language choice is tested against too (`tests/guess.test.mjs`): the
/// card it draws before the wasm arrives speaks the language the widget then shows.
#[test]
fn the_shared_language_choice_cases() {
    for case in shared_cases(include_str!("../../../../tests/data/language-choice.json")) {
        let option = |name: &str| case["options"][name].as_str().map(str::to_owned);
        let options = RawOptions {
            lang: option("lang"),
            languages: option("languages"),
            variant: option("variant"),
            ..RawOptions::default()
        };
        let environment = Environment {
            languages: strings(&case["browser"]),
            ..Environment::default()
        };
        let content = Content::shipped();
        assert_eq!(
            language_for(&options, &environment, content),
            case["expected"].as_str().unwrap(),
            "{}",
            case["name"]
        );
        assert_eq!(
            offered_languages(&options, &environment, content),
            strings(&case["offered"]),
            "offered: {}",
            case["name"]
        );
    }
}
