//! The pinned botocore's source distribution, the oracle of the endpoint (and protocol) tests:
//! fetched from PyPI on first use with `python3 -m pip download`, unpacked under
//! `target/botocore-sdist/`, and reused from there. Nothing of it is kept in the repository.
//!
//! `BOTOCORE_SDIST=/path/to/botocore-1.44.8` uses an already unpacked copy instead (offline).
//!
//! ```text
//! let root = botocore::sdist();                    // …/target/botocore-sdist/botocore-1.44.8
//! for service in botocore::services(&root) { … }   // latest api version of each service
//! ```

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use aws_union_codegen::model::Metadata;

/// The botocore release every oracle is read from.
pub const VERSION: &str = "1.44.8";

/// The protocols of the generated operations: the "JSON/CBOR services" are those botocore
/// sends with one of these.
pub const JSON_AND_CBOR: &[&str] = &["json", "rest-json", "smithy-rpc-v2-cbor"];

/// The unpacked sdist's root (with `botocore/data` and `tests/`), fetched if needed.
///
/// Panics with what to do when Python or pip is missing or PyPI cannot be reached: the tests
/// that need the oracle cannot run without it.
pub fn sdist() -> &'static Path {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| match std::env::var_os("BOTOCORE_SDIST") {
        Some(root) => PathBuf::from(root),
        None => fetch().unwrap_or_else(|why| panic!("botocore {VERSION} sdist: {why}")),
    })
}

fn target_dir() -> PathBuf {
    // Test and bench executables live in <target>/<profile>/deps/.
    std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.parent()?.to_path_buf()))
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"))
}

fn fetch() -> Result<PathBuf, String> {
    let dir = target_dir().join("botocore-sdist");
    let root = dir.join(format!("botocore-{VERSION}"));
    if root.join("PKG-INFO").is_file() {
        return Ok(root);
    }
    // Each process unpacks into its own directory and renames it into place, so concurrent
    // test binaries never see half a tree.
    let work = dir.join(format!(".fetch-{}", std::process::id()));
    let _ = fs::remove_dir_all(&work);
    fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    let result = download_and_unpack(&work, &root);
    let _ = fs::remove_dir_all(&work);
    result.map(|()| root)
}

fn download_and_unpack(work: &Path, root: &Path) -> Result<(), String> {
    python(&[
        "-m",
        "pip",
        "download",
        "--quiet",
        "--disable-pip-version-check",
        "--no-binary",
        ":all:",
        "--no-deps",
        &format!("botocore=={VERSION}"),
        "-d",
        &work.to_string_lossy(),
    ])?;
    let archive = work.join(format!("botocore-{VERSION}.tar.gz"));
    python(&[
        "-c",
        "import sys, tarfile\n\
         with tarfile.open(sys.argv[1]) as t:\n\
         \x20   t.extractall(sys.argv[2], **({'filter': 'data'} if hasattr(tarfile, 'data_filter') else {}))",
        &archive.to_string_lossy(),
        &work.to_string_lossy(),
    ])?;
    match fs::rename(work.join(format!("botocore-{VERSION}")), root) {
        Ok(()) => Ok(()),
        // Another test binary got there first.
        Err(_) if root.join("PKG-INFO").is_file() => Ok(()),
        Err(e) => Err(format!(
            "cannot move the unpacked sdist to {}: {e}",
            root.display()
        )),
    }
}

fn python(args: &[&str]) -> Result<(), String> {
    let output = Command::new("python3").args(args).output().map_err(|e| {
        format!(
            "cannot run python3 ({e}); install Python 3 with pip, or set BOTOCORE_SDIST to an \
             unpacked botocore-{VERSION} sdist"
        )
    })?;
    if output.status.success() {
        return Ok(());
    }
    Err(format!(
        "`python3 {}` failed ({}); is pip installed and PyPI reachable? Or set BOTOCORE_SDIST.\n{}",
        args[..2].join(" "),
        output.status,
        String::from_utf8_lossy(&output.stderr)
    ))
}

/// A service of the sdist: its latest api version that has a `service-2.json` (the one
/// botocore's loader picks).
#[derive(Debug, Clone)]
pub struct Service {
    /// The directory name, e.g. `dynamodb`.
    pub name: String,
    /// `botocore/data/<name>/<latest api version>`.
    pub dir: PathBuf,
    /// The protocol botocore sends with (`metadata.protocols` by botocore's priority, else
    /// `metadata.protocol`), as the code generator resolves it.
    pub protocol: String,
    /// The model's own `metadata.protocol` (`smithy-rpc-v2-cbor` for the services that offer
    /// CBOR, though botocore sends most of them as JSON).
    pub model_protocol: String,
}

/// Every service of the sdist, by name.
pub fn services(root: &Path) -> Vec<Service> {
    let data = root.join("botocore/data");
    let mut names: Vec<String> = read_dir_names(&data)
        .into_iter()
        .filter(|name| data.join(name).is_dir())
        .collect();
    names.sort();
    names
        .into_iter()
        .filter_map(|name| {
            let mut versions = read_dir_names(&data.join(&name));
            versions.sort();
            let dir = versions
                .iter()
                .rev()
                .map(|v| data.join(&name).join(v))
                .find(|dir| dir.join("service-2.json").is_file())?;
            let metadata = metadata(&dir.join("service-2.json"));
            let protocol = metadata.resolved_protocol().to_owned();
            let model_protocol = metadata.protocol;
            Some(Service {
                name,
                dir,
                protocol,
                model_protocol,
            })
        })
        .collect()
}

fn read_dir_names(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect()
}

/// A model's `metadata`, read without parsing the whole model: it is the first `"metadata"`
/// member of botocore's files, ahead of the operations and shapes.
fn metadata(model: &Path) -> Metadata {
    let text = fs::read_to_string(model)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", model.display()));
    let start = text
        .find("\"metadata\"")
        .and_then(|at| Some(at + text[at..].find('{')?))
        .unwrap_or_else(|| panic!("{}: no metadata", model.display()));
    let mut values = serde_json::Deserializer::from_str(&text[start..]).into_iter::<Metadata>();
    match values.next() {
        Some(Ok(metadata)) => metadata,
        other => panic!("{}: unreadable metadata: {other:?}", model.display()),
    }
}
