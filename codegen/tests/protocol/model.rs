//! A suite as a botocore service model: the suite's metadata and shapes, and an operation per
//! case's `given`. Cases of one suite that give different operations under the same name (the
//! legacy files call every operation `OperationName`) go to models of their own.
//!
//! The legacy files predate today's model format; what they write differently is rewritten as a
//! service model says it, the way botocore reads it:
//! - `location` / `locationName` on a shape (every member referring to it has them, as
//!   botocore's shape resolver merges them) move to those members;
//! - a case without `http` (output-only legacy cases) gets `POST /`;
//! - keys beside `shape` on an operation's `input` or `output` (`payload`) belong to that
//!   shape (botocore merges a reference's keys into the shape it refers to);
//! - metadata a service model always has (`serviceId`, `serviceFullName`, `apiVersion`,
//!   `endpointPrefix`, `targetPrefix`) is added where the suite leaves it out (the suites give
//!   only what their side reads).

use serde_json::{json, Map, Value};

use super::suite::Suite;

/// The cases of one suite that share one model.
#[derive(Debug, Clone)]
pub struct Group {
    /// Positions of the cases in the suite.
    pub cases: Vec<usize>,
    /// The model, as botocore's JSON.
    pub model: Value,
}

/// The suite's cases grouped so that each group's operations have distinct names.
pub fn groups(suite: &Suite) -> Vec<Group> {
    // Per group: operation name → its `given`.
    let mut ops: Vec<Map<String, Value>> = Vec::new();
    let mut cases: Vec<Vec<usize>> = Vec::new();
    for case in &suite.cases {
        let given = Value::Object(case.given.clone());
        let name = case.operation().to_owned();
        let fits = ops
            .iter()
            .position(|g| g.get(&name).is_none_or(|existing| *existing == given));
        let at = fits.unwrap_or_else(|| {
            ops.push(Map::new());
            cases.push(Vec::new());
            ops.len() - 1
        });
        ops[at].insert(name, given);
        cases[at].push(case.index);
    }
    ops.into_iter()
        .zip(cases)
        .map(|(operations, cases)| Group {
            cases,
            model: model(suite, operations),
        })
        .collect()
}

fn model(suite: &Suite, operations: Map<String, Value>) -> Value {
    let mut metadata = suite.metadata.clone();
    let protocol = metadata
        .get("protocol")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let defaults = [
        ("serviceId", "Protocol Tests"),
        ("serviceFullName", "Protocol Tests"),
        ("apiVersion", "2014-01-01"),
        ("endpointPrefix", "protocoltests"),
    ];
    for (key, value) in defaults {
        metadata.entry(key).or_insert_with(|| json!(value));
    }
    if protocol != "rest-json" {
        metadata
            .entry("targetPrefix")
            .or_insert_with(|| json!("ProtocolTests"));
    }
    let operations: Map<String, Value> = operations
        .into_iter()
        .map(|(name, mut given)| {
            let given_map = given.as_object_mut().expect("`given` is an object");
            given_map.entry("name").or_insert_with(|| json!(name));
            given_map
                .entry("http")
                .or_insert_with(|| json!({"method": "POST", "requestUri": "/"}));
            (name, given)
        })
        .collect();
    let mut shapes = suite.shapes.clone();
    for given in operations.values() {
        for side in ["input", "output"] {
            let Some(Value::Object(reference)) = given.get(side) else {
                continue;
            };
            let target = reference.get("shape").and_then(Value::as_str).unwrap_or("");
            if let Some(Value::Object(shape)) = shapes.get_mut(target) {
                for (key, value) in reference.iter().filter(|(k, _)| *k != "shape") {
                    shape.insert(key.clone(), value.clone());
                }
            }
        }
    }
    json!({
        "metadata": metadata,
        "operations": operations,
        "shapes": legacy_shapes(&shapes),
    })
}

/// The shapes with the legacy spellings rewritten (see the module docs).
fn legacy_shapes(shapes: &Map<String, Value>) -> Map<String, Value> {
    let mut shapes = shapes.clone();
    let mut located: Map<String, Value> = Map::new();
    for (name, shape) in shapes.iter_mut() {
        let Some(shape) = shape.as_object_mut() else {
            continue;
        };
        let mut keys = Map::new();
        for key in ["location", "locationName"] {
            if let Some(value) = shape.remove(key) {
                keys.insert(key.into(), value);
            }
        }
        if !keys.is_empty() {
            located.insert(name.clone(), Value::Object(keys));
        }
    }
    for shape in shapes.values_mut() {
        let members = shape.get_mut("members").and_then(Value::as_object_mut);
        for member in members.into_iter().flat_map(|m| m.values_mut()) {
            let Some(member) = member.as_object_mut() else {
                continue;
            };
            let target = member.get("shape").and_then(Value::as_str).unwrap_or("");
            if let Some(Value::Object(keys)) = located.get(target) {
                for (key, value) in keys {
                    member.entry(key.clone()).or_insert_with(|| value.clone());
                }
            }
        }
    }
    shapes
}
