//! A small static file server for `dist/` on 127.0.0.1, for the demo and the end-to-end tests.
//! It sends the correct wasm type (needed for streaming compilation), the same strict
//! Content-Security-Policy as the demo page, `no-store` so a rebuilt file is always seen, and
//! `Access-Control-Allow-Origin: *`, which the isolated mode's sandboxed frame (an opaque origin)
//! needs to load the widget's files.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};

use super::Result;

pub const CSP: &str =
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
connect-src 'self'; img-src 'self' data:; frame-src 'self'; base-uri 'none'; form-action 'none'; \
frame-ancestors 'self'";

pub struct Server {
    listener: TcpListener,
    dir: PathBuf,
}

impl Server {
    /// Port 0 picks a free port.
    pub fn bind(dir: &Path, port: u16) -> Result<Server> {
        let listener = TcpListener::bind(("127.0.0.1", port))
            .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
        Ok(Server {
            listener,
            dir: dir.to_path_buf(),
        })
    }

    pub fn port(&self) -> u16 {
        self.listener.local_addr().map(|a| a.port()).unwrap_or(0)
    }

    pub fn run_forever(self) {
        for stream in self.listener.incoming().flatten() {
            let dir = self.dir.clone();
            std::thread::spawn(move || {
                let _ = respond(stream, &dir);
            });
        }
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("wasm") => "application/wasm",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

/// Maps a request path to a file under `dir`, refusing anything that climbs out of it.
pub fn resolve(dir: &Path, request_path: &str) -> Option<PathBuf> {
    let path = request_path.split(['?', '#']).next().unwrap_or("/");
    let mut file = dir.to_path_buf();
    for part in path.split('/').filter(|p| !p.is_empty()) {
        if part == ".." || part.contains('\\') || part.starts_with('.') {
            return None;
        }
        file.push(part);
    }
    if path.ends_with('/') {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn respond(stream: TcpStream, dir: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line)? == 0 {
            return Ok(());
        }
        let mut header = String::new();
        while reader.read_line(&mut header)? > 2 {
            header.clear();
        }
        let mut parts = request_line.split_whitespace();
        let method = parts.next().unwrap_or_default();
        let target = parts.next().unwrap_or("/");
        let mut out = &stream;
        let found = (method == "GET" || method == "HEAD")
            .then(|| resolve(dir, target))
            .flatten();
        match found.and_then(|f| std::fs::read(&f).ok().map(|body| (f, body))) {
            Some((file, body)) => {
                write!(
                    out,
                    "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n\
                     Content-Security-Policy: {CSP}\r\nX-Content-Type-Options: nosniff\r\n\
                     Access-Control-Allow-Origin: *\r\n\r\n",
                    content_type(&file),
                    body.len()
                )?;
                if method == "GET" {
                    out.write_all(&body)?;
                }
            }
            None => {
                let body = b"not found";
                write!(out, "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n", body.len())?;
                out.write_all(body)?;
            }
        }
        out.flush()?;
    }
}

#[cfg(test)]
mod tests {
    use super::resolve;
    use std::path::Path;

    #[test]
    fn requests_never_leave_the_served_folder() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        assert!(resolve(dir, "/Cargo.toml").is_some());
        assert!(resolve(dir, "/Cargo.toml?x=1").is_some());
        for escape in [
            "/../Cargo.toml",
            "/src/../../Cargo.toml",
            "/.git/config",
            "/nothing-here",
        ] {
            assert!(
                resolve(dir, escape).is_none(),
                "{escape} must not be served"
            );
        }
    }
}
