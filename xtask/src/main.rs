//! The project's build and test commands, in Rust so they run the same everywhere:
//!
//! - `cargo xtask serve [--port N]`: set up, build `dist/` and serve the demo on 127.0.0.1;
//! - `cargo xtask test`: set up and run every test (native, content, wasm in Chromium, end to end
//!   in Chromium, and the cross-engine suite on Chromium, Firefox and WebKit);
//! - `cargo xtask dist`: build `dist/` only;
//! - `cargo xtask release`: build `dist/` and package it as a partner installs it (npm package,
//!   zip, SHA256SUMS) under `target/release-artifacts/`;
//! - `cargo xtask setup [--browser]`: install what is missing;
//! - `cargo xtask generate <timezones | emergency>`: refresh data derived from public data sets;
//! - `cargo xtask bench`: measure sizes and speed against two references; rewrites the measured part of BENCHMARKS.md.
//!
//! Set-up installs only what is missing, so a warm machine skips it.

mod dist;
mod fallback;
mod generate;
mod release;
mod serve;
mod setup;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::ensure(args.iter().any(|a| a == "--browser")),
        Some("dist") => setup::ensure(false)
            .and_then(|()| dist::build())
            .map(|_| ()),
        Some("release") => setup::ensure(false).and_then(|()| release::release()),
        Some("serve") => serve_command(&args[1..]),
        Some("test") => test_command(),
        Some("generate") => generate::run_generator(args.get(1).map(String::as_str)),
        Some("bench") => bench_command(),
        _ => Err("usage: cargo xtask <serve [--port N] | test | dist | release | bench | setup [--browser] | generate <what>>".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root (the parent of this crate).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the repository")
        .to_path_buf()
}

/// Runs a command in the repository root, echoing it, and fails if it fails.
fn run(command: &mut Command) -> Result {
    eprintln!("$ {}", describe(command));
    let status = command
        .current_dir(root())
        .status()
        .map_err(|e| format!("could not start {}: {e}", describe(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} failed ({status})", describe(command)))
    }
}

fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn serve_command(args: &[String]) -> Result {
    let port = match args {
        [] => 8080,
        [flag, value] if flag == "--port" => {
            value.parse().map_err(|_| format!("not a port: {value}"))?
        }
        _ => return Err("usage: cargo xtask serve [--port N]".into()),
    };
    setup::ensure(false)?;
    let dist = dist::build()?;
    let server = serve::Server::bind(&dist, port)?;
    println!(
        "Red Flag Check demo: http://127.0.0.1:{}/  (Ctrl+C to stop)",
        server.port()
    );
    server.run_forever();
    Ok(())
}

/// Builds the widget and the two references, serves them side by side and runs bench/run.mjs.
fn bench_command() -> Result {
    setup::ensure(true)?;
    let dist = dist::build()?;
    let root = root();
    let site = root.join("target/bench-site");
    if site.exists() {
        std::fs::remove_dir_all(&site).map_err(|e| format!("clearing {}: {e}", site.display()))?;
    }
    copy_dir(&root.join("bench/site"), &site)?;
    copy_dir(&dist, &site.join("widget"))?;
    // The framework floor: a bare yew counter through the same pipeline.
    let counter = site.join("counter");
    dist::build_wasm("counter", "counter", &counter)?;
    let wasm = counter.join("counter_bg.wasm");
    dist::optimise(&wasm, &wasm)?;
    let server = serve::Server::bind(&site, 0)?;
    let base = format!("http://127.0.0.1:{}/", server.port());
    std::thread::spawn(move || server.run_forever());
    run(Command::new("node")
        .arg(root.join("bench/run.mjs"))
        .env("REDFLAG_BENCH_URL", &base)
        .env("REDFLAG_BENCH_DIR", &site)
        .env("REDFLAG_CHROMIUM", setup::CHROMIUM))
}

fn copy_dir(from: &Path, to: &Path) -> Result {
    std::fs::create_dir_all(to).map_err(|e| format!("creating {}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from)
        .map_err(|e| format!("{}: {e}", from.display()))?
        .flatten()
    {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)
                .map_err(|e| format!("copying {}: {e}", entry.path().display()))?;
        }
    }
    Ok(())
}

fn test_command() -> Result {
    let started = std::time::Instant::now();
    setup::ensure(true)?;
    run(cargo().args(["fmt", "--all", "--check"]))?;
    run(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    // The widget and the crates under it as they build for the browser.
    run(cargo().args([
        "clippy",
        "-p",
        "redflag",
        "-p",
        "redflag-core",
        "-p",
        "redflag-content",
        "--all-targets",
        "--target",
        "wasm32-unknown-unknown",
        "--",
        "-D",
        "warnings",
    ]))?;
    // Native: the content check, the core's unit and property tests, and xtask's own tests.
    run(cargo().args(["test", "--workspace"]))?;
    // The components and the embedding layer in headless Chromium.
    run(cargo()
        .args([
            "test",
            "-p",
            "redflag",
            "--target",
            "wasm32-unknown-unknown",
            "--test",
            "web",
        ])
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
            "wasm-bindgen-test-runner",
        )
        .env("CHROMEDRIVER", setup::CHROMEDRIVER)
        // The runner's defaults (5 s for ChromeDriver to start, 20 s for the tests) are too
        // short on a busy two-core machine; it once killed a driver still starting.
        .env("WASM_BINDGEN_TEST_DRIVER_TIMEOUT", "60")
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
        .env(
            "WASM_BINDGEN_TEST_WEBDRIVER_JSON",
            root().join("webdriver.json"),
        ))?;
    // The built dist/ as a host page uses it, and packaged as a release, twice, to show the
    // packaging gives the same bytes.
    let dist = dist::build()?;
    let artifacts = release::artifacts_dir();
    let again = root().join("target/release-artifacts-again");
    release::package(&dist, &artifacts)?;
    release::package(&dist, &again)?;
    let server = serve::Server::bind(&dist, 0)?;
    let base = format!("http://127.0.0.1:{}/", server.port());
    std::thread::spawn(move || server.run_forever());
    // The number check (libphonenumber), the end-to-end tests in Chromium, and the same person's
    // paths on Chromium, Firefox and WebKit through WebDriver.
    let mut files = Vec::new();
    for dir in ["tests", "tests/e2e", "tests/engines"] {
        let entries = std::fs::read_dir(root().join(dir)).map_err(|e| format!("{dir}: {e}"))?;
        files.extend(
            entries
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| p.to_string_lossy().ends_with(".test.mjs")),
        );
    }
    files.sort();
    run(Command::new("node")
        .arg("--test")
        .arg("--test-concurrency=1")
        .args(&files)
        .env("REDFLAG_BASE_URL", &base)
        .env("REDFLAG_RELEASE_DIR", &artifacts)
        .env("REDFLAG_RELEASE_DIR_AGAIN", &again)
        .env("REDFLAG_CHROMIUM", setup::CHROMIUM)
        .env("REDFLAG_GECKODRIVER", setup::geckodriver_path())
        .env("REDFLAG_MINIBROWSER", setup::MINIBROWSER))?;
    eprintln!(
        "xtask: all tests passed in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
