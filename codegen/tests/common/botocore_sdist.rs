//! The pinned botocore's source distribution, read by the tests that use botocore's own tests as
//! their oracle. Fetched from PyPI on first use (`python3 -m pip download`), unpacked under
//! `<target>/botocore-sdist/botocore-<VERSION>/`, and reused from there; nothing of it is kept
//! in the repository. `BOTOCORE_SDIST=/path/to/botocore-<VERSION>` uses an unpacked copy
//! instead (offline machines).
//!
//! Self-contained (std only), so that every crate's tests can share this one file.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The botocore release the oracles come from.
pub const VERSION: &str = "1.44.8";

/// The unpacked sdist's root (holding `botocore/data/` and `tests/`), fetched when missing.
///
/// Panics with what to do when Python or pip is missing or PyPI cannot be reached: the tests
/// that need the oracle cannot run without it.
pub fn root() -> &'static Path {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| match std::env::var_os("BOTOCORE_SDIST") {
        Some(root) => PathBuf::from(root),
        None => fetch().unwrap_or_else(|why| panic!("botocore {VERSION} sdist: {why}")),
    })
}

/// `<target>/botocore-sdist`: integration tests run from `<target>/<profile>/deps/`.
fn sdist_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test's own path");
    let target = exe
        .ancestors()
        .nth(3)
        .expect("tests run from <target>/<profile>/deps");
    target.join("botocore-sdist")
}

fn fetch() -> Result<PathBuf, String> {
    let dir = sdist_dir();
    let root = dir.join(format!("botocore-{VERSION}"));
    if root.join("PKG-INFO").is_file() {
        return Ok(root);
    }
    // Each process unpacks into a directory of its own and renames it into place, so that
    // test binaries running at the same time never see half a tree.
    let work = dir.join(format!(".fetch-{}", std::process::id()));
    let _ = fs::remove_dir_all(&work);
    fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    let result = download_and_unpack(&work, &root);
    let _ = fs::remove_dir_all(&work);
    result.map(|()| root)
}

fn download_and_unpack(work: &Path, root: &Path) -> Result<(), String> {
    let work_text = work.to_string_lossy();
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
        &work_text,
    ])?;
    let archive = work.join(format!("botocore-{VERSION}.tar.gz"));
    // The `data` filter (where Python has it) refuses members that would land outside `work`.
    python(&[
        "-c",
        "import sys, tarfile\n\
         with tarfile.open(sys.argv[1]) as t:\n\
         \x20   kw = {'filter': 'data'} if hasattr(tarfile, 'data_filter') else {}\n\
         \x20   t.extractall(sys.argv[2], **kw)",
        &archive.to_string_lossy(),
        &work_text,
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
        "`python3 {}` failed ({}): is pip installed and PyPI reachable? Or set BOTOCORE_SDIST.\n{}",
        args[..2].join(" "),
        output.status,
        String::from_utf8_lossy(&output.stderr)
    ))
}
