//! botocore's protocol-test files, read as they are: suites (a model's metadata and shapes)
//! holding cases (an operation given, and the request or response expected), and botocore's own
//! ignore list.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::{Map, Value};

/// The protocol files the oracle covers, by name prefix (query-compatible variants included).
const PROTOCOLS: [&str; 4] = ["json", "json_1_0", "rest-json", "smithy-rpc-v2-cbor"];

/// The legacy files the oracle covers.
const LEGACY: [&str; 4] = [
    "legacy/input/json.json",
    "legacy/input/rest-json.json",
    "legacy/output/json.json",
    "legacy/output/rest-json.json",
];

/// Which side of the call a file tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Direction {
    /// Params → the request.
    Input,
    /// A response → the output or the error.
    Output,
}

/// One file of cases, e.g. `input/rest-json.json`.
#[derive(Debug, Clone)]
pub struct File {
    /// Path under `tests/unit/protocols/`.
    pub path: String,
    /// The file name without `.json`: the protocol key of botocore's ignore list.
    pub protocol_key: String,
    /// Input or output.
    pub direction: Direction,
    /// The suites in file order.
    pub suites: Vec<Suite>,
}

/// One suite: a model (metadata and shapes) and its cases.
#[derive(Debug, Clone)]
pub struct Suite {
    /// Position in the file (botocore's `suite_id`).
    pub index: usize,
    /// The suite's description (the ignore list names suites by it).
    pub description: String,
    /// The model's `metadata`.
    pub metadata: Map<String, Value>,
    /// The model's `shapes`.
    pub shapes: Map<String, Value>,
    /// The endpoint requests go to, when the suite names one.
    pub client_endpoint: Option<String>,
    /// The cases in order.
    pub cases: Vec<Case>,
}

/// One case.
#[derive(Debug, Clone)]
pub struct Case {
    /// Position in the suite (botocore's `test_id`).
    pub index: usize,
    /// The case's id; legacy cases have none.
    pub id: Option<String>,
    /// The operation (`name`, `http`, `input`, `output`, `errors`, `endpoint`, …).
    pub given: Map<String, Value>,
    /// The whole case as written.
    pub raw: Map<String, Value>,
}

impl Case {
    /// The operation's name (botocore's default for a case that gives none).
    pub fn operation(&self) -> &str {
        self.given
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("OperationName")
    }
}

/// Every file the oracle covers, read from the sdist at `root`, in a stable order.
pub fn read_all(root: &Path) -> Result<Vec<File>, String> {
    let dir = root.join("tests/unit/protocols");
    let mut paths: Vec<String> = Vec::new();
    for side in ["input", "output"] {
        let entries = std::fs::read_dir(dir.join(side))
            .map_err(|e| format!("{}: {e}", dir.join(side).display()))?;
        for entry in entries {
            let name = entry.map_err(|e| e.to_string())?.file_name();
            let name = name.to_string_lossy();
            let stem = name.trim_end_matches(".json");
            let covered = PROTOCOLS
                .iter()
                .any(|p| stem == *p || stem.starts_with(&format!("{p}-")));
            if covered && name.ends_with(".json") {
                paths.push(format!("{side}/{name}"));
            }
        }
    }
    paths.sort();
    paths.extend(LEGACY.iter().map(|p| (*p).to_owned()));
    paths.iter().map(|p| read_file(&dir, p)).collect()
}

fn read_file(dir: &Path, path: &str) -> Result<File, String> {
    let text = std::fs::read_to_string(dir.join(path)).map_err(|e| format!("{path}: {e}"))?;
    let value: Value = serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
    let suites = value
        .as_array()
        .ok_or_else(|| format!("{path}: not a list of suites"))?
        .iter()
        .enumerate()
        .map(|(index, suite)| read_suite(index, suite).map_err(|e| format!("{path}: {e}")))
        .collect::<Result<_, _>>()?;
    let direction = if path.contains("input/") {
        Direction::Input
    } else {
        Direction::Output
    };
    let name = path.rsplit('/').next().unwrap_or(path);
    Ok(File {
        path: path.to_owned(),
        protocol_key: name.trim_end_matches(".json").to_owned(),
        direction,
        suites,
    })
}

fn object(value: Option<&Value>, what: &str) -> Result<Map<String, Value>, String> {
    match value {
        Some(Value::Object(map)) => Ok(map.clone()),
        None => Ok(Map::new()),
        Some(_) => Err(format!("`{what}` is not an object")),
    }
}

fn read_suite(index: usize, suite: &Value) -> Result<Suite, String> {
    let at = |e: String| format!("suite {index}: {e}");
    let description = suite
        .get("description")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let cases = suite
        .get("cases")
        .and_then(Value::as_array)
        .ok_or_else(|| at("no `cases` list".into()))?
        .iter()
        .enumerate()
        .map(|(i, case)| {
            let raw = object(Some(case), "case").map_err(|e| at(format!("case {i}: {e}")))?;
            Ok(Case {
                index: i,
                id: raw.get("id").and_then(Value::as_str).map(str::to_owned),
                given: object(raw.get("given"), "given")
                    .map_err(|e| at(format!("case {i}: {e}")))?,
                raw,
            })
        })
        .collect::<Result<_, String>>()?;
    Ok(Suite {
        index,
        description,
        metadata: object(suite.get("metadata"), "metadata").map_err(at)?,
        shapes: object(suite.get("shapes"), "shapes").map_err(at)?,
        client_endpoint: suite
            .get("clientEndpoint")
            .and_then(Value::as_str)
            .map(str::to_owned),
        cases,
    })
}

/// botocore's `protocol-tests-ignore-list.json`: suites and cases botocore itself skips, for
/// every protocol (`general`) or one protocol file.
#[derive(Debug, Default)]
pub struct IgnoreList {
    entries: BTreeSet<(String, &'static str, &'static str, String)>,
}

impl IgnoreList {
    /// Reads the list from the sdist at `root`.
    pub fn read(root: &Path) -> Result<Self, String> {
        let path = root.join("tests/unit/protocols/protocol-tests-ignore-list.json");
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let value: Value =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut list = IgnoreList::default();
        let mut add = |scope: &str, lists: Option<&Value>| {
            for direction in ["input", "output"] {
                for kind in ["suites", "cases"] {
                    let names = lists
                        .and_then(|l| l.get(direction))
                        .and_then(|d| d.get(kind))
                        .and_then(Value::as_array);
                    for name in names.into_iter().flatten().filter_map(Value::as_str) {
                        list.entries
                            .insert((scope.to_owned(), direction, kind, name.to_owned()));
                    }
                }
            }
        };
        add("general", value.get("general"));
        if let Some(Value::Object(protocols)) = value.get("protocols") {
            for (protocol, lists) in protocols {
                add(protocol, Some(lists));
            }
        }
        Ok(list)
    }

    /// Why botocore skips this case, as the list says it (the entry that names it), or `None`:
    /// the suite's description or the case's id, listed for every protocol or for the file's.
    pub fn entry(&self, file: &File, suite: &Suite, case: &Case) -> Option<String> {
        let direction = match file.direction {
            Direction::Input => "input",
            Direction::Output => "output",
        };
        for scope in ["general", file.protocol_key.as_str()] {
            let listed = |kind: &'static str, name: &str| {
                self.entries
                    .contains(&(scope.to_owned(), direction, kind, name.to_owned()))
            };
            if listed("suites", &suite.description) {
                return Some(format!(
                    "{scope} {direction} suite \"{}\"",
                    suite.description
                ));
            }
            if let Some(id) = case.id.as_deref().filter(|id| listed("cases", id)) {
                return Some(format!("{scope} {direction} case {id}"));
            }
        }
        None
    }
}
