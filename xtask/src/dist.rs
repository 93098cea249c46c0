//! Builds `dist/` as the embedding contract describes: the loader `redflag.js`, the wasm-bindgen
//! glue, the optimised wasm, the demo page and `manifest.json` with each file's size and SRI
//! hash.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine;
use sha2::{Digest, Sha384};

use redflag_content::{content_dir, Content, Part, PathwayId, Problem, SOURCE_LANGUAGE};

use super::{cargo, fallback, root, run, Result};

/// The name of the wasm-bindgen output; the loader imports `./redflag-core.js`.
const CORE: &str = "redflag-core";
/// The demo page, at the top of the repository, copied into `dist/` as it is.
const DEMO_PAGE: &str = "index.html";
/// Files copied from `www/` as they are.
const WWW_FILES: &[&str] = &[
    "demo.css",
    "frame.html",
    "frame.js",
    "frame.css",
    "checkout.html",
    "checkout.css",
];

/// Builds one wasm crate for the web in release mode and runs wasm-bindgen on it: the same
/// pipeline for the widget and for the benchmark's bare yew counter.
pub fn build_wasm(package: &str, out_name: &str, out_dir: &Path) -> Result {
    let mut build = cargo();
    build.args([
        "build",
        "-p",
        package,
        "--release",
        "--target",
        "wasm32-unknown-unknown",
    ]);
    run(&mut build)?;
    run(Command::new("wasm-bindgen")
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--remove-name-section",
            "--remove-producers-section",
        ])
        .arg("--out-name")
        .arg(out_name)
        .arg("--out-dir")
        .arg(out_dir)
        .arg(root().join(format!(
            "target/wasm32-unknown-unknown/release/{package}.wasm"
        ))))
}

/// `wasm-opt`, chosen by the brotli size people download, not the raw size: on this widget,
/// already built with `opt-level = "z"` and LTO, `-Oz` makes the raw file 11 % smaller but the
/// brotli 5 % larger (-O1 2 % larger), so only what is dead, never read or written twice is taken
/// out: functions identical after linking are merged (twice, with the peephole rewrite between,
/// since one merge makes others identical): 1.4 KB brotli less.
/// Debian's binaryen cannot read current wasm-bindgen output; the npm package can.
pub fn optimise(from: &Path, to: &Path) -> Result {
    run(Command::new(root().join("node_modules/.bin/wasm-opt"))
        .args([
            "--strip-debug",
            "--strip-producers",
            "--remove-unused-module-elements",
            "--duplicate-function-elimination",
            "--optimize-instructions",
            "--duplicate-function-elimination",
            "--vacuum",
        ])
        .arg(from)
        .arg("-o")
        .arg(to))
}

pub fn build() -> Result<PathBuf> {
    let root = root();
    let dist = root.join("dist");
    if dist.exists() {
        fs::remove_dir_all(&dist).map_err(|e| format!("clearing dist/: {e}"))?;
    }
    fs::create_dir_all(&dist).map_err(|e| format!("creating dist/: {e}"))?;
    // The same check the widget's build runs; the packs and the fallback come from its result.
    let content = Content::load(&content_dir())
        .map_err(|problems| format!("the content has problems:\n{}", Problem::list(&problems)))?;
    write_packs(&content, &dist)?;
    // What the first screens do not need: fetched alongside the wasm, not on its path.
    let deferred = content.split().1;
    fs::write(dist.join(DATA), deferred.encode()).map_err(|e| format!("writing {DATA}: {e}"))?;
    // The compact card's: the witness check's texts only.
    fs::write(
        dist.join(WITNESS_DATA),
        deferred.only(&content, PathwayId::Witness).encode(),
    )
    .map_err(|e| format!("writing {WITNESS_DATA}: {e}"))?;
    let bindgen_out = root.join("target/wasm-bindgen");
    build_wasm("redflag", CORE, &bindgen_out)?;
    let wasm = format!("{CORE}_bg.wasm");
    optimise(&bindgen_out.join(&wasm), &dist.join(&wasm))?;
    // The glue, minified: 30 % fewer brotli bytes than as wasm-bindgen writes it.
    run(Command::new(root.join("node_modules/.bin/esbuild"))
        .arg(bindgen_out.join(format!("{CORE}.js")))
        .args([
            "--minify",
            "--format=esm",
            "--charset=utf8",
            "--log-level=warning",
        ])
        .arg(format!(
            "--outfile={}",
            dist.join(format!("{CORE}.js")).display()
        )))?;
    let version = widget_version()?;
    copy(&root.join(DEMO_PAGE), &dist.join(DEMO_PAGE))?;
    for file in WWW_FILES {
        copy(&root.join("www").join(file), &dist.join(file))?;
    }
    bundle_loader(&dist, &version, &content)?;
    // What the loader shows when the wasm cannot run.
    fallback::write(&content, &dist)?;
    write_manifest(&dist, &version)?;
    Ok(dist)
}

/// The content the first screens do not need (`redflag_content::Deferred`).
pub const DATA: &str = "redflag-data.bin";

/// The compact card's data file: the witness check's part of it.
pub const WITNESS_DATA: &str = "redflag-data-witness.bin";

/// Writes every language but English as its own pack, `dist/redflag-text-<lang>.bin`, without
/// learn mode's stories (English is in the wasm, baked by its build script, and in the data
/// file); and every language's stories, English's too, as `dist/redflag-stories-<lang>.bin`,
/// which the loader fetches only where learn mode is offered.
fn write_packs(content: &Content, dist: &Path) -> Result {
    for language in content.languages() {
        for (part, name) in [(Part::Screens, "text"), (Part::Stories, "stories")] {
            if language == SOURCE_LANGUAGE && part == Part::Screens {
                continue;
            }
            let file = content
                .pack_file(language, part)
                .ok_or_else(|| format!("no text for {language}"))?;
            fs::write(dist.join(format!("redflag-{name}-{language}.bin")), file)
                .map_err(|e| format!("writing the {language} {name}: {e}"))?;
        }
    }
    Ok(())
}

/// Bundles the loader's modules (`www/loader/`) into the one `dist/redflag.js` the embed code
/// names, so start-up requests do not grow with the number of modules; the wasm-bindgen glue
/// and the fallback data stay files of their own. Minified, with the widget's stylesheet in it.
/// Writes the version in.
fn bundle_loader(dist: &Path, version: &str, content: &Content) -> Result {
    let loader = dist.join("redflag.js");
    let esbuild = root().join("node_modules/.bin/esbuild");
    // What the loader needs to draw the first screen (www/loader/start.js imports it as
    // `redflag-start-text`).
    let start = root().join("target/loader/start.json");
    fs::create_dir_all(root().join("target/loader")).map_err(|e| format!("target/loader: {e}"))?;
    fs::write(&start, start_text(content)?)
        .map_err(|e| format!("writing {}: {e}", start.display()))?;
    // The widget's stylesheet, minified, which the loader adopts (www/loader/dom.js imports it
    // as `redflag-widget-css`).
    let css = root().join("target/loader/style.css");
    run(Command::new(&esbuild)
        .args(["src/ui/style.css", "--minify", "--log-level=warning"])
        .arg(format!("--outfile={}", css.display())))?;
    run(Command::new(&esbuild)
        .arg("www/loader/index.js")
        .args([
            "--bundle",
            "--format=esm",
            "--charset=utf8",
            "--log-level=warning",
            "--external:./redflag-core.js",
            "--external:./redflag-fallback.js",
            "--loader:.css=text",
            "--minify",
        ])
        .arg(format!("--alias:redflag-widget-css={}", css.display()))
        .arg(format!("--alias:redflag-start-text={}", start.display()))
        .arg(format!("--outfile={}", loader.display())))?;
    let text = fs::read_to_string(&loader).map_err(|e| format!("reading redflag.js: {e}"))?;
    if !text.contains(VERSION_MARK) {
        return Err(format!("www/loader/index.js lost its {VERSION_MARK} line"));
    }
    fs::write(&loader, text.replace(VERSION_MARK, version))
        .map_err(|e| format!("writing redflag.js: {e}"))
}

/// The text keys of the full variant's first screen, which the loader draws before the wasm is
/// there (www/loader/start.js, the same markup as src/ui/start.rs, exit.rs and language.rs).
pub const START_KEYS: [&str; 22] = [
    "ui.title",
    "ui.loading",
    "ui.intro",
    "ui.privacy",
    "ui.choose_pathway",
    "pathway.job-offer.title",
    "pathway.job-offer.description",
    "pathway.work.title",
    "pathway.work.description",
    "pathway.online.title",
    "pathway.online.description",
    "pathway.witness.title",
    "pathway.witness.description",
    "learn.start",
    "learn.start.description",
    "ui.sources",
    "ui.skip_exit",
    "ui.exit_hint",
    "ui.safety",
    "ui.exit.hidden_prefix",
    "ui.exit",
    "ui.language",
];

/// The first screen's text for the loader, as JSON: each key's position in the language packs
/// (which the loader reads itself, for a language other than English), its English text, the
/// shipped languages with their names and directions, and the English names of the countries
/// with help lines.
fn start_text(content: &Content) -> Result<String> {
    let mut index = serde_json::Map::new();
    let mut english = serde_json::Map::new();
    for key in START_KEYS {
        let i = content
            .key_index(key)
            .ok_or_else(|| format!("the first screen's key {key} is not in en.json"))?;
        // Its place among the strings of the pack file, which has no stories.
        let place = Part::Screens.count(&content.english[..i]);
        index.insert(key.into(), place.into());
        english.insert(key.into(), content.english[i].1.as_ref().into());
    }
    let languages: Vec<serde_json::Value> = content
        .languages()
        .iter()
        .filter_map(|code| content.language(code))
        .map(|l| serde_json::json!({ "code": l.code, "name": l.name, "dir": l.dir.as_str() }))
        .collect();
    // The English names of the countries with help lines (the content's own, as the widget
    // shows them in English), for the compact card's title without asking the browser; the
    // card asks the browser for the others.
    let mut countries = serde_json::Map::new();
    for country in content
        .directory
        .countries
        .iter()
        .filter(|c| content.directory.lines.iter().any(|l| l.country == c.code))
    {
        let key = country.code.name_key();
        let i = content
            .key_index(&key)
            .ok_or_else(|| format!("the country name {key} is not in en.json"))?;
        countries.insert(
            country.code.as_str().into(),
            content.english[i].1.as_ref().into(),
        );
    }
    Ok(serde_json::json!({
        "index": index,
        "en": english,
        "languages": languages,
        "countries": countries,
    })
    .to_string())
}

/// Replaced in the built loader by the widget's version.
const VERSION_MARK: &str = "0.0.0-unbuilt";

/// The version of the `redflag` package, from the root `Cargo.toml`.
pub fn widget_version() -> Result<String> {
    let manifest = fs::read_to_string(root().join("Cargo.toml"))
        .map_err(|e| format!("reading Cargo.toml: {e}"))?;
    manifest
        .lines()
        .find_map(|line| {
            let value = line
                .strip_prefix("version")?
                .trim_start()
                .strip_prefix('=')?;
            Some(value.trim().trim_matches('"').to_string())
        })
        .ok_or_else(|| "Cargo.toml has no package version".to_string())
}

fn copy(from: &std::path::Path, to: &std::path::Path) -> Result {
    fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("copying {}: {e}", from.display()))
}

/// `sha384-…`, as an `integrity` attribute wants it.
pub fn sri(bytes: &[u8]) -> String {
    let digest = Sha384::digest(bytes);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

pub fn write_manifest(dist: &std::path::Path, version: &str) -> Result {
    let mut names: Vec<String> = fs::read_dir(dist)
        .map_err(|e| format!("reading dist/: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n != "manifest.json")
        .collect();
    names.sort();
    let mut entries = Vec::new();
    for name in &names {
        let bytes = fs::read(dist.join(name)).map_err(|e| format!("{name}: {e}"))?;
        entries.push(format!(
            "    {{ \"path\": \"{name}\", \"bytes\": {}, \"integrity\": \"{}\" }}",
            bytes.len(),
            sri(&bytes)
        ));
    }
    let manifest = format!(
        "{{\n  \"name\": \"redflag-check\",\n  \"version\": \"{}\",\n  \"files\": [\n{}\n  ]\n}}\n",
        version,
        entries.join(",\n")
    );
    fs::write(dist.join("manifest.json"), manifest)
        .map_err(|e| format!("writing manifest.json: {e}"))
}

#[cfg(test)]
mod tests {
    use super::sri;

    #[test]
    fn sri_matches_the_known_sha384_of_abc() {
        // FIPS 180-2 test vector for "abc".
        assert_eq!(
            sri(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
