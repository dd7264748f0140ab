//! The generated test crate on disk: written (files rewritten only when they change, so that a
//! second run builds nothing), built with the compiler's errors located by module and line, and
//! run with each test's outcome read from libtest's output.

use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A compiler error located in the crate's sources.
#[derive(Debug, Clone)]
pub struct CompileError {
    /// The file, relative to the crate's `src/`.
    pub file: String,
    /// The line of the error's primary span.
    pub line: usize,
    /// The compiler's rendered message.
    pub rendered: String,
}

/// Writes `contents` to `path` unless it already holds it.
pub fn write_if_changed(path: &Path, contents: &str) {
    if std::fs::read_to_string(path).ok().as_deref() == Some(contents) {
        return;
    }
    std::fs::create_dir_all(path.parent().expect("a file in a directory")).unwrap();
    std::fs::write(path, contents).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// The test crate's manifest: the workspace's facade and client by path.
pub fn manifest(workspace: &Path) -> String {
    format!(
        r#"[package]
name = "botocore-protocol-tests"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
aws-union = {{ path = "{root}", features = ["json"] }}
aws-union-client = {{ path = "{root}/client", features = ["cbor"] }}
base64 = "0.22"
ciborium = "0.2"
http = "1.1"
serde_json = "1"

[workspace]
"#,
        root = workspace.display()
    )
}

fn cargo(dir: &Path, args: &[&str]) -> Command {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env_remove("RUSTFLAGS")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// Waits for `child` at most `limit`, reading its stdout and stderr; a child still running
/// then is killed (a hang is reported, never waited for).
fn finish(mut child: Child, limit: Duration, what: &str) -> (bool, String, String) {
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    let out = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    let err = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for cargo") {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what} did not finish within {limit:?}: killed");
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    (
        status.success(),
        out.join().unwrap_or_default(),
        err.join().unwrap_or_default(),
    )
}

/// Builds the crate's tests; `Err` with every error the compiler located in `src/`.
pub fn build(dir: &Path) -> Result<(), Vec<CompileError>> {
    let child = cargo(dir, &["test", "--no-run", "--lib", "--message-format=json"])
        .spawn()
        .expect("running cargo");
    // Generous: the first build compiles the dependencies too.
    let (ok, stdout, stderr) = finish(
        child,
        Duration::from_secs(30 * 60),
        "building the test crate",
    );
    if ok {
        return Ok(());
    }
    let mut errors = Vec::new();
    for line in stdout.lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let message = &message["message"];
        if message["level"] != "error" {
            continue;
        }
        let spans = message["spans"].as_array().into_iter().flatten();
        let primary = spans
            .clone()
            .find(|s| s["is_primary"] == true)
            .or(spans.clone().next());
        let Some(span) = primary else { continue };
        let file = span["file_name"].as_str().unwrap_or_default();
        errors.push(CompileError {
            file: file.strip_prefix("src/").unwrap_or(file).to_owned(),
            line: span["line_start"].as_u64().unwrap_or(0) as usize,
            rendered: message["rendered"].as_str().unwrap_or_default().to_owned(),
        });
    }
    assert!(
        !errors.is_empty(),
        "the test crate in {} does not build, with no error located:\n{stderr}",
        dir.display()
    );
    Err(errors)
}

/// The outcome of one test: `Ok` when it passed, else its panic message.
pub type Outcome = Result<(), String>;

/// Runs the crate's tests; their outcomes by full test name (`module::function`).
pub fn run(dir: &Path) -> BTreeMap<String, Outcome> {
    let child = cargo(dir, &["test", "--lib", "--", "--test-threads=2"])
        .spawn()
        .expect("running cargo");
    let (_, stdout, stderr) = finish(
        child,
        Duration::from_secs(10 * 60),
        "running the test crate",
    );
    assert!(
        stdout.contains("test result:"),
        "the test crate did not report its results:\n{stdout}\n{stderr}"
    );
    parse_libtest(&stdout)
}

/// Reads libtest's `test NAME ... ok|FAILED` lines and the `---- NAME stdout ----` sections.
pub fn parse_libtest(stdout: &str) -> BTreeMap<String, Outcome> {
    let mut outcomes = BTreeMap::new();
    for line in stdout.lines() {
        let Some(rest) = line.strip_prefix("test ") else {
            continue;
        };
        if let Some(name) = rest.strip_suffix(" ... ok") {
            outcomes.insert(name.to_owned(), Ok(()));
        } else if let Some(name) = rest.strip_suffix(" ... FAILED") {
            outcomes.insert(name.to_owned(), Err(String::new()));
        }
    }
    let mut current: Option<(String, String)> = None;
    for line in stdout.lines().chain(["failures:"]) {
        let header = line
            .strip_prefix("---- ")
            .and_then(|l| l.strip_suffix(" stdout ----"));
        if header.is_some() || line == "failures:" {
            if let Some((name, text)) = current.take() {
                outcomes.insert(name, Err(text.trim().to_owned()));
            }
        }
        if let Some(name) = header {
            current = Some((name.to_owned(), String::new()));
        } else if let Some((_, text)) = current.as_mut() {
            let noise = line.starts_with("note: run with `RUST_BACKTRACE")
                || (line.starts_with("thread '") && line.contains("panicked at"));
            if !noise {
                text.push_str(line);
                text.push('\n');
            }
        }
    }
    outcomes
}

/// The workspace root (the parent of the codegen crate).
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("codegen is in the workspace")
        .to_owned()
}
