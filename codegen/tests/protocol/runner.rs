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
# Doubles read exactly, as botocore reads them (and as the harness writes the expected ones).
serde_json = {{ version = "1", features = ["float_roundtrip"] }}

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
        .env("RUST_BACKTRACE", "0")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// Waits for `child` at most `limit`, reading its stdout and stderr; a child still running
/// then is killed (a hang is reported, never waited for). Returns whether it succeeded, and
/// whether it was killed.
fn finish(mut child: Child, limit: Duration) -> (bool, bool, String, String) {
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
    let (status, killed) = loop {
        if let Some(status) = child.try_wait().expect("waiting for a child process") {
            break (status, false);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            break (child.wait().expect("waiting for a killed process"), true);
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    (
        status.success(),
        killed,
        out.join().unwrap_or_default(),
        err.join().unwrap_or_default(),
    )
}

/// A built test crate.
#[derive(Debug)]
pub struct Built {
    /// The test executable.
    pub executable: PathBuf,
    /// The compiler's warnings in generated code (the `model.rs` files).
    pub warnings: Vec<CompileError>,
}

/// Builds the crate's tests: the test executable, or every error the compiler located in
/// `src/`.
pub fn build(dir: &Path) -> Result<Built, Vec<CompileError>> {
    let child = cargo(dir, &["test", "--no-run", "--lib", "--message-format=json"])
        .spawn()
        .expect("running cargo");
    // Generous: the first build compiles the dependencies too.
    let limit = Duration::from_secs(30 * 60);
    let (ok, killed, stdout, stderr) = finish(child, limit);
    assert!(!killed, "building the test crate took more than {limit:?}");
    let messages: Vec<serde_json::Value> = stdout
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect();
    if ok {
        let executable = messages
            .iter()
            .filter_map(|m| m["executable"].as_str().map(PathBuf::from))
            .next_back();
        let warnings = diagnostics(&messages, "warning");
        return Ok(Built {
            executable: executable.expect("cargo names the test executable"),
            warnings: warnings
                .into_iter()
                .filter(|w| w.file.ends_with("/model.rs"))
                .collect(),
        });
    }
    let errors = diagnostics(&messages, "error");
    assert!(
        !errors.is_empty(),
        "the test crate in {} does not build, with no error located:\n{stderr}",
        dir.display()
    );
    Err(errors)
}

/// The compiler's diagnostics of `level` with a place in the sources.
fn diagnostics(messages: &[serde_json::Value], level: &str) -> Vec<CompileError> {
    let mut out = Vec::new();
    for message in messages {
        let message = &message["message"];
        if message["level"] != level {
            continue;
        }
        let spans = message["spans"].as_array().into_iter().flatten();
        let primary = spans
            .clone()
            .find(|s| s["is_primary"] == true)
            .or(spans.clone().next());
        let Some(span) = primary else { continue };
        let file = span["file_name"].as_str().unwrap_or_default();
        out.push(CompileError {
            file: file.strip_prefix("src/").unwrap_or(file).to_owned(),
            line: span["line_start"].as_u64().unwrap_or(0) as usize,
            rendered: message["rendered"].as_str().unwrap_or_default().to_owned(),
        });
    }
    out
}

/// The outcome of one test: `Ok` when it passed, else its panic message.
pub type Outcome = Result<(), String>;

/// How long the tests may run before the run is taken for a hang and stopped.
const RUN_LIMIT: Duration = Duration::from_secs(10 * 60);

/// Runs the test executable; the outcomes by full test name (`module::function`). Tests still
/// running when the run is stopped have no outcome.
pub fn run(executable: &Path) -> BTreeMap<String, Outcome> {
    let child = Command::new(executable)
        .arg("--test-threads=2")
        .env("RUST_BACKTRACE", "0")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("running {}: {e}", executable.display()));
    let (_, killed, stdout, stderr) = finish(child, RUN_LIMIT);
    assert!(
        killed || stdout.contains("test result:"),
        "the test crate did not report its results:\n{stdout}\n{stderr}"
    );
    parse_libtest(&stdout)
}

/// Runs the crate's doctests (the README example): `Ok`, or the failure with rustdoc's
/// output.
pub fn run_doc(dir: &Path) -> Outcome {
    let child = cargo(dir, &["test", "--doc"])
        .spawn()
        .expect("running cargo");
    let (ok, killed, stdout, stderr) = finish(child, RUN_LIMIT);
    match (ok, killed) {
        (true, _) => Ok(()),
        (false, true) => Err(format!("stopped after {RUN_LIMIT:?}")),
        (false, false) => Err(format!("{stdout}\n{stderr}")),
    }
}

/// What a test without an outcome is reported with.
pub fn no_outcome() -> String {
    format!("no outcome: the run was stopped after {RUN_LIMIT:?} (a hang?) or the test did not run")
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
