//! `cargo xtask release`: the widget as a partner installs it, without Rust. From a built
//! `dist/` it writes, under `target/release-artifacts/`:
//! - `redflag-check-<version>.tgz`, an npm package made by `npm pack` (the widget's files,
//!   `manifest.json`, a `package.json` with no scripts and no dependencies, a README);
//! - `redflag-check-<version>.zip`, the same files under `redflag-check/<version>/`;
//! - `SHA256SUMS` for both.
//!
//! Everything is deterministic (sorted entries, fixed times and modes), so the same commit
//! gives the same bytes.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::json;
use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;

use super::{dist, root, run, Result};

/// The folder the release artifacts go to.
pub fn artifacts_dir() -> PathBuf {
    root().join("target/release-artifacts")
}

/// The files a host serves; the demo pages stay out of the package.
fn is_widget_file(name: &str) -> bool {
    matches!(
        name,
        "redflag.js"
            | "redflag-core.js"
            | "redflag-core_bg.wasm"
            | "redflag-fallback.js"
            | "redflag-data.bin"
            | "redflag-data-witness.bin"
            | "frame.html"
            | "frame.js"
            | "frame.css"
    ) || ((name.starts_with("redflag-text-") || name.starts_with("redflag-stories-"))
        && name.ends_with(".bin"))
}

/// `cargo xtask release`: builds `dist/` and packages it.
pub fn release() -> Result {
    let dist = dist::build()?;
    let out = artifacts_dir();
    for artifact in package(&dist, &out)? {
        let bytes = fs::read(&artifact).map_err(|e| format!("{}: {e}", artifact.display()))?;
        println!(
            "{}  {} bytes  sha256 {}",
            artifact.display(),
            bytes.len(),
            sha256(&bytes)
        );
    }
    Ok(())
}

/// Packages a built `dist/` into `out` (emptied first); returns the tgz and the zip.
pub fn package(dist: &Path, out: &Path) -> Result<Vec<PathBuf>> {
    let version = dist::widget_version()?;
    if out.exists() {
        fs::remove_dir_all(out).map_err(|e| format!("clearing {}: {e}", out.display()))?;
    }
    let staging = out.join("package");
    fs::create_dir_all(&staging).map_err(|e| format!("creating {}: {e}", staging.display()))?;
    let mut files: Vec<String> = fs::read_dir(dist)
        .map_err(|e| format!("reading dist/: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|name| is_widget_file(name))
        .collect();
    files.sort();
    for name in &files {
        fs::copy(dist.join(name), staging.join(name))
            .map_err(|e| format!("copying {name}: {e}"))?;
    }
    dist::write_manifest(&staging, &version)?;
    files.push("manifest.json".into());
    let readme = fs::read_to_string(root().join("www/package/README.md"))
        .map_err(|e| format!("reading www/package/README.md: {e}"))?
        .replace("VERSION", &version);
    write(&staging.join("README.md"), readme.as_bytes())?;
    let package = json!({
        "name": "redflag-check",
        "version": version,
        "description": "A private, in-browser human-trafficking red-flag self-assessment: the files a page serves.",
        "license": "MIT OR Apache-2.0",
        "type": "module",
        "exports": {
            ".": "./redflag.js",
            "./frame.html": "./frame.html",
            "./manifest.json": "./manifest.json"
        },
        "files": files,
    });
    let text = serde_json::to_string_pretty(&package).map_err(|e| e.to_string())? + "\n";
    write(&staging.join("package.json"), text.as_bytes())?;

    run(Command::new("npm")
        .args(["pack", "--silent", "--ignore-scripts", "--pack-destination"])
        .arg(out)
        .arg(&staging))?;
    let tgz = out.join(format!("redflag-check-{version}.tgz"));
    if !tgz.exists() {
        return Err(format!("npm pack did not write {}", tgz.display()));
    }

    let zip = out.join(format!("redflag-check-{version}.zip"));
    let mut names: Vec<String> = files.clone();
    names.extend(["README.md".to_string(), "package.json".to_string()]);
    names.sort();
    write_zip(&zip, &staging, &names, &format!("redflag-check/{version}"))?;
    fs::remove_dir_all(&staging).map_err(|e| format!("removing the staging folder: {e}"))?;

    let mut sums = String::new();
    for artifact in [&tgz, &zip] {
        let bytes = fs::read(artifact).map_err(|e| format!("{}: {e}", artifact.display()))?;
        let name = artifact.file_name().unwrap_or_default().to_string_lossy();
        sums.push_str(&format!("{}  {name}\n", sha256(&bytes)));
    }
    write(&out.join("SHA256SUMS"), sums.as_bytes())?;
    Ok(vec![tgz, zip])
}

/// A zip whose bytes depend only on the files: sorted, one fixed time, one mode.
fn write_zip(path: &Path, from: &Path, names: &[String], folder: &str) -> Result {
    let file = fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut zip = zip::ZipWriter::new(file);
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for name in names {
        let bytes = fs::read(from.join(name)).map_err(|e| format!("{name}: {e}"))?;
        zip.start_file(format!("{folder}/{name}"), options)
            .map_err(|e| format!("zipping {name}: {e}"))?;
        zip.write_all(&bytes)
            .map_err(|e| format!("zipping {name}: {e}"))?;
    }
    zip.finish()
        .map_err(|e| format!("finishing the zip: {e}"))?;
    Ok(())
}

fn write(path: &Path, bytes: &[u8]) -> Result {
    fs::write(path, bytes).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// Lower-case hex SHA-256, as `sha256sum` prints it.
pub fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{is_widget_file, sha256};

    #[test]
    fn sha256_matches_the_known_digest_of_abc() {
        // FIPS 180-2 test vector for "abc".
        assert_eq!(
            sha256(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn the_package_holds_the_widget_and_not_the_demo() {
        for name in [
            "redflag.js",
            "redflag-core_bg.wasm",
            "redflag-data.bin",
            "redflag-text-th.bin",
            "redflag-stories-en.bin",
            "redflag-stories-th.bin",
            "frame.html",
        ] {
            assert!(is_widget_file(name), "{name}");
        }
        for name in ["index.html", "checkout.html", "demo.css", "manifest.json"] {
            assert!(!is_widget_file(name), "{name}");
        }
    }
}
