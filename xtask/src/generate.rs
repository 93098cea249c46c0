//! Regenerates the content files that are derived from public data sets rather than written by
//! hand. Their output is committed; run these only to refresh the data.
//!
//! - `cargo xtask generate timezones`: `content/timezones.json`, every IANA time-zone id (and
//!   every legacy alias, such as `Asia/Saigon`) mapped to its ISO 3166-1 country, from the tz
//!   database's `zone.tab` and the links (`L` lines) of `tzdata.zi` (public domain) in
//!   `/usr/share/zoneinfo` (Debian's `tzdata`).
//! - `cargo xtask generate emergency`: `content/emergency.json`, the emergency numbers of every
//!   region libphonenumber knows, from its short-number metadata (google-libphonenumber,
//!   Apache-2.0), with the services named in `content/emergency_services.json`.

use std::collections::BTreeMap;
use std::fs;
use std::process::Command;

use super::{root, run, Result};

pub fn run_generator(what: Option<&str>) -> Result {
    match what {
        Some("timezones") => timezones(),
        Some("emergency") => run(Command::new("node").arg(root().join("xtask/emergency.mjs"))),
        _ => Err("usage: cargo xtask generate <timezones | emergency>".into()),
    }
}

const ZONEINFO: &str = "/usr/share/zoneinfo";

fn timezones() -> Result {
    let zone_tab =
        fs::read_to_string(format!("{ZONEINFO}/zone.tab")).map_err(|e| format!("zone.tab: {e}"))?;
    let zi = fs::read_to_string(format!("{ZONEINFO}/tzdata.zi"))
        .map_err(|e| format!("tzdata.zi: {e}"))?;
    let version = zi
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# version "))
        .unwrap_or("unknown")
        .to_owned();
    let map = zone_countries(&zone_tab, &zi);
    let mut out = format!(
        "{{\n  \"source\": \"IANA tz database {version}: zone.tab and the links of tzdata.zi (public domain)\",\n  \"zones\": {{\n"
    );
    let entries: Vec<String> = map
        .iter()
        .map(|(zone, cc)| format!("    \"{zone}\": \"{cc}\""))
        .collect();
    out.push_str(&entries.join(",\n"));
    out.push_str("\n  }\n}\n");
    fs::write(root().join("content/timezones.json"), out)
        .map_err(|e| format!("writing timezones.json: {e}"))?;
    eprintln!(
        "content/timezones.json: {} zones (tzdata {version})",
        map.len()
    );
    Ok(())
}

/// Zone → country from `zone.tab`, then each link's alias → the country of its target.
pub fn zone_countries(zone_tab: &str, zi: &str) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for line in zone_tab.lines().filter(|l| !l.starts_with('#')) {
        let fields: Vec<&str> = line.split('\t').collect();
        if let [cc, _, zone, ..] = fields.as_slice() {
            map.insert((*zone).to_owned(), (*cc).to_owned());
        }
    }
    let canonical = map.clone();
    for line in zi.lines() {
        let mut parts = line.split_whitespace();
        if let (Some("L"), Some(target), Some(alias)) = (parts.next(), parts.next(), parts.next()) {
            if let Some(cc) = canonical.get(target) {
                map.entry(alias.to_owned()).or_insert_with(|| cc.clone());
            }
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::zone_countries;

    #[test]
    fn links_take_the_country_of_their_target() {
        let zone_tab =
            "# comment\nVN\t+1045+10640\tAsia/Ho_Chi_Minh\nTH\t+1345+10031\tAsia/Bangkok\n";
        let zi = "# version x\nL Asia/Ho_Chi_Minh Asia/Saigon\nL Etc/UTC UTC\nL Asia/Bangkok Asia/Ho_Chi_Minh\n";
        let map = zone_countries(zone_tab, zi);
        assert_eq!(map.get("Asia/Saigon").map(String::as_str), Some("VN"));
        assert_eq!(
            map.get("UTC"),
            None,
            "a link to a zone of no country has no country"
        );
        assert_eq!(
            map.get("Asia/Ho_Chi_Minh").map(String::as_str),
            Some("VN"),
            "zone.tab wins over links"
        );
    }
}
