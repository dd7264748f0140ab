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

use aws_union_codegen::model::Metadata;

// How the sdist is fetched is the codegen tests' own file, std only, shared here as it is.
#[path = "../../../codegen/tests/common/botocore_sdist.rs"]
mod fetch;

/// The botocore release every oracle is read from.
#[allow(unused_imports)] // not every test binary prints it
pub use fetch::VERSION;

/// The unpacked sdist's root (with `botocore/data` and `tests/`), fetched if needed; panics
/// with what to do when Python, pip or PyPI is missing.
pub use fetch::root as sdist;

/// The protocols of the generated operations: the "JSON/CBOR services" are those botocore
/// sends with one of these.
pub const JSON_AND_CBOR: &[&str] = &["json", "rest-json", "smithy-rpc-v2-cbor"];

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
