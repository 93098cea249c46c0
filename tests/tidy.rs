//! Repository rules that must never break, checked on the source itself: the widget's code never
//! touches storage, cookies or the network, never injects raw HTML or inline styles, and the
//! core knows nothing of the browser.

use std::fs;
use std::path::{Path, PathBuf};

fn files(dir: &str, extensions: &[&str]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)];
    while let Some(path) = stack.pop() {
        for entry in fs::read_dir(&path).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if extensions
                .iter()
                .any(|e| p.extension().is_some_and(|x| x == *e))
            {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Every line of every file that contains one of `needles`, as "file:line: text".
fn find(paths: &[PathBuf], needles: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut hits = Vec::new();
    for path in paths {
        let text = fs::read_to_string(path).unwrap();
        for (n, line) in text.lines().enumerate() {
            if needles.iter().any(|needle| line.contains(needle)) {
                let name = path.strip_prefix(root).unwrap_or(path).display();
                hits.push(format!("{name}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    hits
}

#[test]
fn the_widget_never_stores_or_sends_anything() {
    let sources: Vec<PathBuf> = files("src", &["rs"])
        .into_iter()
        .chain(files("crates", &["rs"]))
        .chain(files("www", &["js", "html"]))
        .chain([Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html")])
        .collect();
    let hits = find(
        &sources,
        &[
            "localStorage",
            "sessionStorage",
            "document.cookie",
            "indexedDB",
            "caches.open",
            "serviceWorker",
            "XMLHttpRequest",
            "sendBeacon",
            "WebSocket",
            "EventSource",
            "fetch(",
            "geolocation",
            "import(",
            "gloo_net",
            "gloo_storage",
        ],
    );
    // The three requests of the widget's own: the loader fetching the wasm, a language pack (or
    // learn mode's stories) and a data file from its own folder, at start-up (the end-to-end tests check when requests
    // happen).
    let pack_fetch = "www/loader/packs.js:";
    let data_fetch = "www/loader/data.js:";
    let wasm_fetch = "www/loader/core.js:";
    // And three imports of the widget's own files from its own folder: the wasm's glue (at once,
    // or after the host page's load for the compact card), the isolated-mode frame's loader, once
    // the frame has set its policy, and the fallback's help lines, when it shows.
    let own_imports = [
        (
            "www/loader/core.js:",
            "= () => import('./redflag-core.js');",
        ),
        ("www/frame.js:", "= await import('./redflag.js');"),
        ("www/loader/fallback.js:", "import('./redflag-fallback.js')"),
    ];
    let hits: Vec<String> = hits
        .into_iter()
        .filter(|hit| {
            !own_imports
                .iter()
                .any(|(file, line)| hit.starts_with(file) && hit.trim_end().ends_with(line))
        })
        .collect();
    let (fetches, others): (Vec<String>, Vec<String>) = hits.into_iter().partition(|hit| {
        (hit.starts_with(pack_fetch)
            && hit.contains("fetch(new URL(`./redflag-${part}-${language}.bin`, import.meta.url))"))
            || (hit.starts_with(data_fetch)
                && hit.contains("fetch(new URL(`./${name}`, import.meta.url))"))
            || (hit.starts_with(wasm_fetch)
                && hit.contains("fetch(new URL('./redflag-core_bg.wasm', import.meta.url))"))
    });
    assert!(
        others.is_empty(),
        "storage or network APIs in the widget's source:\n{}",
        others.join("\n")
    );
    assert_eq!(
        fetches.len(),
        3,
        "three fetches, of the wasm, language packs and the data files: {fetches:?}"
    );
}

#[test]
fn no_raw_html_and_no_inline_styles() {
    let sources: Vec<PathBuf> = files("src", &["rs"])
        .into_iter()
        .chain(files("www", &["js"]))
        .collect();
    let hits = find(
        &sources,
        &[
            "from_html_unchecked",
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "style=\"",
        ],
    );
    assert!(
        hits.is_empty(),
        "raw HTML or inline styles break under a strict CSP or Trusted Types:\n{}",
        hits.join("\n")
    );
}

/// The crates under the widget depend on no web crate, directly or through another crate: the
/// compiler enforces the layers, and this makes sure nobody adds a web dependency to them.
#[test]
fn content_and_core_depend_on_no_web_crate() {
    for package in ["redflag-content", "redflag-core"] {
        let output = std::process::Command::new(env!("CARGO"))
            .args([
                "tree",
                "--offline",
                "-e",
                "normal",
                "--prefix",
                "none",
                "-p",
                package,
            ])
            .output()
            .expect("cargo tree runs");
        assert!(output.status.success(), "cargo tree -p {package} failed");
        let tree = String::from_utf8_lossy(&output.stdout);
        let web: Vec<&str> = tree
            .lines()
            .filter(|line| {
                ["yew", "web-sys", "js-sys", "wasm-bindgen", "gloo"]
                    .iter()
                    .any(|web| {
                        line.starts_with(&format!("{web} ")) || line.starts_with(&format!("{web}-"))
                    })
            })
            .collect();
        assert!(
            web.is_empty(),
            "{package} depends on web crates:\n{}",
            web.join("\n")
        );
        assert!(
            tree.lines().count() > 1,
            "cargo tree printed nothing for {package}"
        );
    }
}
