//! Partner colours, checked before they are used: a colour set on the host element
//! (`--redflag-accent`, `--redflag-background`, `--redflag-text`) is refused when it would make
//! text or buttons too faint to read (WCAG 2.2 contrast of at least 4.5:1), and the widget keeps
//! its own colour instead.

use std::fmt;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rgb`, `#rrggbb`, `rgb(r, g, b)` or `rgba(r, g, b, 1)`, as `getComputedStyle` and people
    /// write them. Anything else (named colours, transparency) is not understood.
    pub fn parse(value: &str) -> Option<Rgb> {
        let v = value.trim().to_ascii_lowercase();
        if let Some(hex) = v.strip_prefix('#') {
            let digit = |i: usize, len: usize| u8::from_str_radix(hex.get(i..i + len)?, 16).ok();
            return match hex.len() {
                3 => Some(Rgb(digit(0, 1)? * 17, digit(1, 1)? * 17, digit(2, 1)? * 17)),
                6 => Some(Rgb(digit(0, 2)?, digit(2, 2)?, digit(4, 2)?)),
                _ => None,
            };
        }
        let inner = v
            .strip_prefix("rgba(")
            .or_else(|| v.strip_prefix("rgb("))?
            .strip_suffix(')')?;
        let parts: Vec<&str> = inner
            .split([',', ' ', '/'])
            .filter(|p| !p.is_empty())
            .collect();
        if parts.len() == 4 && !opaque(parts[3].trim())? {
            return None;
        }
        match parts.as_slice() {
            [r, g, b] | [r, g, b, _] => {
                Some(Rgb(r.parse().ok()?, g.parse().ok()?, b.parse().ok()?))
            }
            _ => None,
        }
    }

    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }
}

/// `x` to the power 2.4, for `x` in (0, 1]: `x² · (x²)^(1/5)`, the fifth root by Newton's
/// method, so the wasm carries no general `powf` (about 2 KB of code for this one use).
fn pow_2_4(x: f64) -> f64 {
    let square = x * x;
    // From above, Newton's steps for y⁵ = a fall steadily to the root.
    let mut y: f64 = 1.0;
    for _ in 0..60 {
        let next = y - (y.powi(5) - square) / (5.0 * y.powi(4));
        if next >= y {
            break;
        }
        y = next;
    }
    square * y
}

/// Whether a CSS alpha value (`1`, `1.0`, `100%`, `0.5`, `.5`, `50%`) is fully opaque; `None` if
/// it is not a number. Read without parsing a float, which would bring float parsing into the
/// wasm for this one value.
fn opaque(alpha: &str) -> Option<bool> {
    let (number, whole) = match alpha.strip_suffix('%') {
        Some(percent) => (percent, 100),
        None => (alpha, 1),
    };
    let (int, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && fraction.is_empty()) || !digits(int) || !digits(fraction) {
        return None;
    }
    let int: u32 = if int.is_empty() { 0 } else { int.parse().ok()? };
    Some(int >= whole)
}

/// A contrast ratio as people read it, with one decimal ("3.9"), without float formatting.
fn one_decimal(ratio: f64) -> String {
    let tenths = (ratio * 10.0 + 0.5) as u32;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The lettering for a button filled with `accent`: white or near-black, whichever reads better.
pub fn text_on(accent: Rgb) -> &'static str {
    if contrast(accent, WHITE) >= contrast(accent, DEFAULT_TEXT) {
        "#ffffff"
    } else {
        "#1b1b1f"
    }
}

/// The WCAG contrast ratio of two colours, from 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The partner colours as the host page set them (empty when not set).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawTheme {
    pub accent: String,
    pub background: String,
    pub text: String,
}

/// A colour the widget will not use, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The custom property, e.g. `--redflag-accent`.
    pub property: &'static str,
    pub value: String,
    pub reason: String,
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} \"{}\" is not used: {}; the widget's own colour is kept",
            self.property, self.value, self.reason
        )
    }
}

const MINIMUM: f64 = 4.5;
const WHITE: Rgb = Rgb(255, 255, 255);
const DEFAULT_BACKGROUND: Rgb = WHITE;
const DEFAULT_TEXT: Rgb = Rgb(0x1b, 0x1b, 0x1f);
const DEFAULT_ACCENT: Rgb = Rgb(0x0b, 0x57, 0xa4);

/// Which partner colours must be refused. Text and accent are checked against the background
/// actually used (the partner's if it is accepted); the main button's lettering follows the
/// accent (see [`text_on`]).
pub fn refused(raw: &RawTheme) -> Vec<Refused> {
    let mut out = Vec::new();
    let mut check = |property: &'static str, value: &str| -> Option<Rgb> {
        if value.trim().is_empty() {
            return None;
        }
        match Rgb::parse(value) {
            Some(colour) => Some(colour),
            None => {
                out.push(Refused {
                    property,
                    value: value.trim().to_owned(),
                    reason: "not a colour the widget understands (use #rrggbb or rgb())".into(),
                });
                None
            }
        }
    };
    let background = check("--redflag-background", &raw.background);
    let text = check("--redflag-text", &raw.text);
    let accent = check("--redflag-accent", &raw.accent);
    let mut background_used = background.unwrap_or(DEFAULT_BACKGROUND);
    if let Some(bg) = background {
        // Against the text and links that will be drawn on it, the partner's or the widget's.
        let ratio = contrast(bg, text.unwrap_or(DEFAULT_TEXT))
            .min(contrast(bg, accent.unwrap_or(DEFAULT_ACCENT)));
        if ratio < MINIMUM {
            out.push(Refused {
                property: "--redflag-background",
                value: raw.background.trim().to_owned(),
                reason: format!(
                    "text or links on it would have a contrast of {}:1, below 4.5:1",
                    one_decimal(ratio)
                ),
            });
            background_used = DEFAULT_BACKGROUND;
        }
    }
    if let Some(fg) = text {
        let ratio = contrast(fg, background_used);
        if ratio < MINIMUM {
            out.push(Refused {
                property: "--redflag-text",
                value: raw.text.trim().to_owned(),
                reason: format!(
                    "its contrast with the background is {}:1, below 4.5:1",
                    one_decimal(ratio)
                ),
            });
        }
    }
    if let Some(accent) = accent {
        let ratio = contrast(accent, background_used);
        if ratio < MINIMUM {
            out.push(Refused {
                property: "--redflag-accent",
                value: raw.accent.trim().to_owned(),
                reason: format!(
                    "links in it would have a contrast of {}:1 with the background, below 4.5:1",
                    one_decimal(ratio)
                ),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_power_of_2_4_is_the_one_the_standard_library_gives() {
        for c in 11..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let (ours, std) = (super::pow_2_4(x), x.powf(2.4));
            assert!((ours - std).abs() <= 1e-12 * std, "{c}: {ours} vs {std}");
        }
    }

    use super::*;

    #[test]
    fn parses_the_usual_forms() {
        assert_eq!(Rgb::parse("#fff"), Some(Rgb(255, 255, 255)));
        assert_eq!(Rgb::parse(" #0B57A4 "), Some(Rgb(11, 87, 164)));
        assert_eq!(Rgb::parse("rgb(11, 87, 164)"), Some(Rgb(11, 87, 164)));
        assert_eq!(Rgb::parse("rgba(11, 87, 164, 1)"), Some(Rgb(11, 87, 164)));
        assert_eq!(Rgb::parse("rgba(11, 87, 164, 0.5)"), None);
        assert_eq!(Rgb::parse("rgba(11, 87, 164, 1.0)"), Some(Rgb(11, 87, 164)));
        assert_eq!(Rgb::parse("rgb(11 87 164 / 100%)"), Some(Rgb(11, 87, 164)));
        assert_eq!(Rgb::parse("rgb(11 87 164 / 50%)"), None);
        assert_eq!(Rgb::parse("rgba(11, 87, 164, .99)"), None);
        assert_eq!(Rgb::parse("rgba(11, 87, 164, x)"), None);
        assert_eq!(Rgb::parse("rgba(11, 87, 164, .)"), None);
        assert_eq!(Rgb::parse("hotpink"), None);
        assert_eq!(Rgb::parse("#12345"), None);
    }

    #[test]
    fn button_lettering_follows_the_accent() {
        assert_eq!(text_on(Rgb(11, 87, 164)), "#ffffff");
        assert_eq!(text_on(Rgb(138, 180, 248)), "#1b1b1f");
    }

    #[test]
    fn contrast_ratios() {
        assert!((contrast(Rgb(0, 0, 0), WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(WHITE, WHITE) - 1.0).abs() < 0.01);
        // The widget's own accent on white.
        assert!(contrast(Rgb(11, 87, 164), WHITE) > 4.5);
    }

    #[test]
    fn ratios_are_told_with_one_decimal() {
        assert_eq!(one_decimal(21.0), "21.0");
        assert_eq!(one_decimal(3.94), "3.9");
        assert_eq!(one_decimal(3.96), "4.0");
        assert_eq!(one_decimal(1.0), "1.0");
        // As the warning says it, for a pale accent.
        let reasons = refused(&RawTheme {
            accent: "#999999".into(),
            background: String::new(),
            text: String::new(),
        });
        assert_eq!(
            reasons
                .iter()
                .map(|r| r.reason.as_str())
                .collect::<Vec<_>>(),
            ["links in it would have a contrast of 2.8:1 with the background, below 4.5:1"]
        );
    }

    fn check(accent: &str, background: &str, text: &str) -> Vec<&'static str> {
        refused(&RawTheme {
            accent: accent.into(),
            background: background.into(),
            text: text.into(),
        })
        .iter()
        .map(|r| r.property)
        .collect()
    }

    #[test]
    fn faint_colours_are_refused_and_good_ones_kept() {
        assert!(check("", "", "").is_empty());
        assert!(
            check("#21443b", "", "").is_empty(),
            "a dark green accent is fine"
        );
        assert_eq!(
            check("#ffd700", "", ""),
            ["--redflag-accent"],
            "gold on white is unreadable"
        );
        assert_eq!(check("", "", "#999999"), ["--redflag-text"]);
        assert_eq!(
            check("", "#222222", ""),
            ["--redflag-background"],
            "dark background under dark text"
        );
        assert!(
            check("#8ab4f8", "#222222", "#f5f5f5").is_empty(),
            "a complete dark theme is fine"
        );
        // A dark background alone would put the widget's blue links on it: refused, and then
        // light text on the widget's white background is refused too.
        assert_eq!(
            check("", "#222222", "#f5f5f5"),
            ["--redflag-background", "--redflag-text"]
        );
        assert_eq!(check("chartreuse", "", ""), ["--redflag-accent"]);
    }
}
