//! Installs what the build and the tests need, when it is missing: the wasm32 target, the
//! wasm-bindgen CLI of exactly the version in Cargo.lock, the npm tools from the committed
//! lockfile, and (for tests) the three browser engines with fonts for every script: Debian's
//! Chromium and ChromeDriver, Firefox ESR with geckodriver, and WebKitGTK's MiniBrowser with its
//! WebDriver under Xvfb.

use std::path::Path;
use std::process::Command;

use super::{cargo, root, Result};

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
pub const FIREFOX: &str = "/usr/bin/firefox-esr";
pub const WEBKIT_DRIVER: &str = "/usr/bin/WebKitWebDriver";
/// WebKitGTK's own small browser, installed with the library (the engine behind Safari).
pub const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
pub const XVFB_RUN: &str = "/usr/bin/xvfb-run";
const XAUTH: &str = "/usr/bin/xauth";
/// geckodriver comes from crates.io (Debian has no package of it).
const GECKODRIVER_VERSION: &str = "0.37.1";

pub fn ensure(browser: bool) -> Result {
    wasm_target()?;
    wasm_bindgen_cli()?;
    npm_tools()?;
    if browser {
        browsers()?;
        geckodriver()?;
    }
    Ok(())
}

fn output(command: &mut Command) -> Option<String> {
    let out = command.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn wasm_target() -> Result {
    let installed =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    super::run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// The wasm-bindgen version in Cargo.lock; the CLI must match it exactly.
pub fn wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry".into())
}

fn wasm_bindgen_cli() -> Result {
    let wanted = wasm_bindgen_version()?;
    let have = output(Command::new("wasm-bindgen").arg("--version")).unwrap_or_default();
    if have.split_whitespace().nth(1) == Some(wanted.as_str()) {
        return Ok(());
    }
    // Not `--locked`: the CLI's own lockfile pins a crate version the registry no longer has.
    super::run(cargo().args(["install", "wasm-bindgen-cli", "--version", &wanted]))
}

fn npm_tools() -> Result {
    let root = root();
    let modules = root.join("node_modules");
    let ready = dev_dependencies()?
        .iter()
        .all(|p| modules.join(p).join("package.json").exists());
    let lock = root.join("package-lock.json");
    let installed_lock = modules.join(".package-lock.json");
    if ready && modified(&installed_lock) >= modified(&lock) {
        return Ok(());
    }
    super::run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]))
}

/// The npm packages the build and the tests use: `devDependencies` in `package.json`.
fn dev_dependencies() -> Result<Vec<String>> {
    let text = std::fs::read_to_string(root().join("package.json"))
        .map_err(|e| format!("package.json: {e}"))?;
    let manifest: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("package.json: {e}"))?;
    Ok(manifest["devDependencies"]
        .as_object()
        .map(|deps| deps.keys().cloned().collect())
        .unwrap_or_default())
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// A font of each script the widget ships, so screenshots and layout tests show real text
/// (Debian's Chromium has no Thai, Lao, Khmer, Burmese or Chinese fonts of its own).
const FONT_CHECKS: &[&str] = &[
    "/usr/share/fonts/truetype/noto/NotoSansMyanmar-Regular.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
];

/// Where geckodriver is, once installed: cargo's own bin folder.
pub fn geckodriver_path() -> std::path::PathBuf {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
        .unwrap_or_else(|| ".cargo".into());
    cargo_home.join("bin/geckodriver")
}

fn geckodriver() -> Result {
    let have = output(Command::new(geckodriver_path()).arg("--version")).unwrap_or_default();
    if have.split_whitespace().nth(1) == Some(GECKODRIVER_VERSION) {
        return Ok(());
    }
    super::run(cargo().args([
        "install",
        "geckodriver",
        "--locked",
        "--version",
        GECKODRIVER_VERSION,
    ]))
}

/// Each Debian package the browser tests need, with a file that shows it is installed.
const BROWSER_PACKAGES: &[(&str, &str)] = &[
    ("chromium", CHROMIUM),
    ("chromium-driver", CHROMEDRIVER),
    ("firefox-esr", FIREFOX),
    ("webkit2gtk-driver", WEBKIT_DRIVER),
    ("libwebkit2gtk-4.1-0", MINIBROWSER),
    ("xvfb", XVFB_RUN),
    ("xauth", XAUTH),
];

fn browsers() -> Result {
    let mut packages: Vec<&str> = BROWSER_PACKAGES
        .iter()
        .filter(|(_, file)| !Path::new(file).exists())
        .map(|(package, _)| *package)
        .collect();
    if !FONT_CHECKS.iter().all(|f| Path::new(f).exists()) {
        packages.extend(["fonts-noto-core", "fonts-noto-cjk"]);
    }
    if packages.is_empty() {
        return Ok(());
    }
    let root_user = output(Command::new("id").arg("-u")).is_some_and(|id| id.trim() == "0");
    let apt = |args: &[&str]| {
        let mut command = if root_user {
            Command::new("apt-get")
        } else {
            let mut c = Command::new("sudo");
            c.arg("apt-get");
            c
        };
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        command
    };
    super::run(&mut apt(&["update", "-q"]))?;
    let mut install = vec!["install", "-y", "-q"];
    install.extend(&packages);
    super::run(&mut apt(&install))?;
    let missing = FONT_CHECKS
        .iter()
        .copied()
        .chain(BROWSER_PACKAGES.iter().map(|(_, file)| *file))
        .find(|f| !Path::new(f).exists());
    match missing {
        Some(missing) => Err(format!(
            "the browser packages were installed but {missing} is not there"
        )),
        None => Ok(()),
    }
}
