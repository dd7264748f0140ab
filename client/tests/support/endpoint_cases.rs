//! botocore's endpoint tests (`tests/functional/endpoint-rules/<service>/endpoint-tests-1.json`)
//! as data: each service's rule set text and its cases, and how a result is checked against a
//! case, as botocore's `test_endpoint_rulesets.py` checks it (URL, headers and properties
//! equal; an error's message equal).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;

use aws_union_client::endpoint::{Endpoint, ParamValue, Params, ResolveError, Value};

use super::botocore::{self, Service};

/// One service: its rule set's JSON text and its test cases.
pub struct ServiceCases {
    pub service: Service,
    pub rule_set: String,
    pub cases: Vec<Case>,
}

/// One test case.
pub struct Case {
    pub documentation: String,
    pub params: serde_json::Value,
    pub expect: serde_json::Value,
}

/// The services botocore sends with one of `protocols`, with their rule sets and cases.
pub fn load(protocols: &[&str], include: bool) -> Vec<ServiceCases> {
    let root = botocore::sdist();
    botocore::services(root)
        .into_iter()
        .filter(|s| protocols.contains(&s.protocol.as_str()) == include)
        .map(|service| {
            let rule_set = read(&service.dir.join("endpoint-rule-set-1.json"));
            let tests_path = root
                .join("tests/functional/endpoint-rules")
                .join(&service.name)
                .join("endpoint-tests-1.json");
            let tests: serde_json::Value = serde_json::from_str(&read(&tests_path))
                .unwrap_or_else(|e| panic!("{}: {e}", tests_path.display()));
            let cases = tests["testCases"]
                .as_array()
                .unwrap_or_else(|| panic!("{}: no testCases", tests_path.display()))
                .iter()
                .map(Case::from_json)
                .collect();
            ServiceCases {
                service,
                rule_set,
                cases,
            }
        })
        .collect()
}

fn read(path: &std::path::Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

impl Case {
    /// A case of an `endpoint-tests-1.json` (`documentation`, `params`, `expect`).
    pub fn from_json(case: &serde_json::Value) -> Self {
        Case {
            documentation: case["documentation"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
            params: case
                .get("params")
                .cloned()
                .unwrap_or_else(|| serde_json::json!({})),
            expect: case["expect"].clone(),
        }
    }

    /// The case's parameters.
    pub fn params(&self) -> Params {
        let mut params = Params::new();
        for (name, value) in self.params.as_object().into_iter().flatten() {
            let value = match value {
                serde_json::Value::String(s) => ParamValue::String(s.clone()),
                serde_json::Value::Bool(b) => ParamValue::Boolean(*b),
                serde_json::Value::Array(items) => ParamValue::StringArray(
                    items
                        .iter()
                        .map(|i| i.as_str().unwrap_or_default().to_owned())
                        .collect(),
                ),
                other => panic!("{}: parameter {name} = {other}", self.documentation),
            };
            params.set(name.clone(), value);
        }
        params
    }

    /// `Ok` if `result` is what the case expects, else what differs.
    pub fn check(&self, result: &Result<Endpoint, ResolveError>) -> Result<(), String> {
        let expected = &self.expect;
        match (
            result,
            expected.get("endpoint"),
            expected.get("error").and_then(|e| e.as_str()),
        ) {
            (Ok(got), Some(want), _) => {
                let headers: BTreeMap<String, Vec<String>> = want
                    .get("headers")
                    .map(|h| serde_json::from_value(h.clone()).expect("headers"))
                    .unwrap_or_default();
                let properties: BTreeMap<String, Value> = want
                    .get("properties")
                    .and_then(|p| p.as_object())
                    .map(|p| p.iter().map(|(k, v)| (k.clone(), to_value(v))).collect())
                    .unwrap_or_default();
                let url_ok = want["url"].as_str() == Some(got.url());
                if url_ok && *got.headers() == headers && *got.properties() == properties {
                    Ok(())
                } else {
                    Err(describe(result))
                }
            }
            (Err(ResolveError::RuleSet(message)), _, Some(want)) if message == want => Ok(()),
            _ => Err(describe(result)),
        }
    }

    /// One line of a failure report.
    pub fn report(&self, service: &str, got: &str) -> String {
        format!(
            "{service}: {}\n    params:   {}\n    expected: {}\n    got:      {got}",
            self.documentation, self.params, self.expect
        )
    }
}

fn describe(result: &Result<Endpoint, ResolveError>) -> String {
    match result {
        Ok(endpoint) => {
            let mut out = format!("endpoint {}", endpoint.url());
            if !endpoint.headers().is_empty() {
                let _ = write!(out, " headers {:?}", endpoint.headers());
            }
            for (name, value) in endpoint.properties() {
                let _ = write!(out, " {name}={value}");
            }
            out
        }
        Err(error) => format!("error {error:?}"),
    }
}

/// JSON as an endpoint property value.
pub fn to_value(json: &serde_json::Value) -> Value {
    match json {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => Value::Integer(n.as_i64().expect("whole numbers only")),
        serde_json::Value::String(s) => Value::String(s.clone()),
        serde_json::Value::Array(items) => Value::Array(items.iter().map(to_value).collect()),
        serde_json::Value::Object(members) => Value::Object(
            members
                .iter()
                .map(|(k, v)| (k.clone(), to_value(v)))
                .collect(),
        ),
    }
}

/// Passed and run cases per protocol, and the failures.
#[derive(Default)]
pub struct Tally {
    pub per_protocol: BTreeMap<String, (usize, usize)>,
    pub failures: Vec<String>,
}

impl Tally {
    pub fn record(&mut self, protocol: &str, outcome: Result<(), String>) {
        let entry = self.per_protocol.entry(protocol.to_owned()).or_default();
        entry.1 += 1;
        match outcome {
            Ok(()) => entry.0 += 1,
            Err(failure) => self.failures.push(failure),
        }
    }

    pub fn total(&self) -> (usize, usize) {
        self.per_protocol
            .values()
            .fold((0, 0), |(p, t), (passed, total)| (p + passed, t + total))
    }

    /// `protocol  passed/total` lines and the total.
    pub fn table(&self, title: &str) -> String {
        let mut out = format!("{title}\n");
        for (protocol, (passed, total)) in &self.per_protocol {
            let _ = writeln!(out, "  {protocol:<20} {passed}/{total}");
        }
        let (passed, total) = self.total();
        let _ = writeln!(out, "  {:<20} {passed}/{total}", "total");
        out
    }

    /// Panics listing the first failures, if any.
    pub fn assert_all_passed(&self) {
        if self.failures.is_empty() {
            return;
        }
        let shown: Vec<&str> = self.failures.iter().take(20).map(String::as_str).collect();
        panic!(
            "{} endpoint test cases failed; the first {}:\n{}",
            self.failures.len(),
            shown.len(),
            shown.join("\n")
        );
    }
}
