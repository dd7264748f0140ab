//! The compact form of an endpoint rule set (`endpoint-rule-set-1.json`), as generated code
//! embeds it for `aws-union-client`'s rules engine (`RuleSet::from_compact`) to interpret.
//!
//! The rule set's JSON, without its documentation, as a table of distinct strings and a table
//! of distinct JSON values in which each container refers to earlier values by index. AWS rule
//! sets repeat the same conditions, endpoints and whole subtrees many times (Kinesis's 507 KB
//! of JSON holds 877 distinct values), so each is stored once: the largest rule set of the
//! JSON/CBOR services becomes 13.7 KB, the median 1.5 KB.
//!
//! Layout (`varint` = unsigned LEB128):
//!
//! ```text
//! "AUER" 0x01                           magic and version
//! varint S, S × (varint len, len bytes) strings, UTF-8, in order of first use
//! varint N, N × node                    values, children before parents; the last is the root
//! node = 0x00 null | 0x01 false | 0x02 true
//!      | 0x03 varint (zigzag)            integer
//!      | 0x04 varint                     string (index into the strings)
//!      | 0x05 varint n, n × varint       array (indexes of earlier values)
//!      | 0x06 varint n, n × (varint, varint)  object (key string index, earlier value index)
//! ```
//!
//! ```
//! use aws_union_codegen::endpoint_rules::{compact_rule_set, rule_set_literal};
//!
//! let json = r#"{"version": "1.0", "documentation": "left out",
//!   "parameters": {"Region": {"type": "string", "documentation": "left out"}},
//!   "rules": [
//!     {"type": "endpoint", "conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]}],
//!      "endpoint": {"url": "https://a.{Region}.example.com"}},
//!     {"type": "endpoint", "conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]}],
//!      "endpoint": {"url": "https://b.{Region}.example.com"}}
//!   ]}"#;
//! let compact = compact_rule_set(json, "example")?;
//! assert!(compact.starts_with(b"AUER\x01"));
//! assert!(compact.len() < json.len());
//! // The documentation is left out; the condition both rules share is stored once.
//! assert!(!compact.windows(8).any(|w| w == b"left out"));
//! assert_eq!(compact.windows(5).filter(|w| w == b"isSet").count(), 1);
//!
//! // What generated code embeds: `static RULES: &[u8] = b"AUER\x01...";`
//! let literal = rule_set_literal(json, "example")?.to_string();
//! assert!(literal.starts_with("b\"AUER\\x01"));
//! # Ok::<(), aws_union_codegen::Error>(())
//! ```

use std::collections::HashMap;

use proc_macro2::{Literal, TokenStream};
use quote::ToTokens;
use serde_json::Value;

use crate::Error;

/// The first bytes of every compact rule set (format version 1).
///
/// ```
/// use aws_union_codegen::endpoint_rules::{compact_rule_set, MAGIC};
///
/// let compact = compact_rule_set(r#"{"version": "1.0", "parameters": {}, "rules": []}"#, "empty")?;
/// assert!(compact.starts_with(MAGIC));
/// # Ok::<(), aws_union_codegen::Error>(())
/// ```
pub const MAGIC: &[u8] = b"AUER\x01";

/// The compact form of a rule set's JSON text; `origin` names it in errors.
///
/// ```
/// use aws_union_codegen::endpoint_rules::compact_rule_set;
///
/// let json = r#"{"version": "1.0", "parameters": {}, "rules": [
///     {"type": "error", "conditions": [], "error": "no endpoint", "documentation": "left out"}]}"#;
/// let compact = compact_rule_set(json, "example")?;
/// assert!(compact.len() < json.len());
///
/// let error = compact_rule_set("[]", "example").unwrap_err();
/// assert_eq!(error.to_string(), "example: an endpoint rule set is a JSON object");
/// # Ok::<(), aws_union_codegen::Error>(())
/// ```
///
/// # Errors
///
/// Text that is not JSON, not an object with `parameters` and `rules`, or that holds a number
/// other than a whole number in the range of `i64`.
pub fn compact_rule_set(json: &str, origin: &str) -> Result<Vec<u8>, Error> {
    let error = |message: String| Error::model(origin, None, message);
    let value: Value = serde_json::from_str(json).map_err(|e| error(format!("not JSON: {e}")))?;
    let Value::Object(members) = value else {
        return Err(error("an endpoint rule set is a JSON object".to_owned()));
    };
    for key in ["parameters", "rules"] {
        if !members.contains_key(key) {
            return Err(error(format!("an endpoint rule set has `{key}`")));
        }
    }
    let kept: serde_json::Map<String, Value> = members
        .into_iter()
        .filter(|(key, _)| matches!(key.as_str(), "version" | "parameters" | "rules"))
        .map(|(key, value)| match key.as_str() {
            "parameters" => (key, without_member_docs(value)),
            "rules" => (key, rules_without_docs(value)),
            _ => (key, value),
        })
        .collect();
    let mut encoder = Encoder::default();
    encoder.value(&Value::Object(kept)).map_err(error)?;
    Ok(encoder.finish())
}

/// [`compact_rule_set`] as a byte string literal, `b"AUER\x01…"`, for generated code.
///
/// ```
/// use aws_union_codegen::endpoint_rules::rule_set_literal;
/// use quote::quote;
///
/// let rules = rule_set_literal(r#"{"version": "1.0", "parameters": {}, "rules": []}"#, "empty")?;
/// let item = quote!(static ENDPOINT_RULES: &[u8] = #rules;);
/// assert!(item.to_string().starts_with("static ENDPOINT_RULES : & [u8] = b\"AUER\\x01"));
/// # Ok::<(), aws_union_codegen::Error>(())
/// ```
///
/// # Errors
///
/// As [`compact_rule_set`].
pub fn rule_set_literal(json: &str, origin: &str) -> Result<TokenStream, Error> {
    let bytes = compact_rule_set(json, origin)?;
    Ok(Literal::byte_string(&bytes).into_token_stream())
}

/// Each parameter without its `documentation`.
fn without_member_docs(parameters: Value) -> Value {
    match parameters {
        Value::Object(members) => members
            .into_iter()
            .map(|(name, spec)| (name, without_key(spec, "documentation")))
            .collect(),
        other => other,
    }
}

/// Each rule, and the rules of each tree rule, without `documentation`; endpoints and
/// conditions as they are.
fn rules_without_docs(rules: Value) -> Value {
    match rules {
        Value::Array(rules) => Value::Array(
            rules
                .into_iter()
                .map(|rule| match without_key(rule, "documentation") {
                    Value::Object(mut rule) => {
                        if let Some(children) = rule.remove("rules") {
                            rule.insert("rules".to_owned(), rules_without_docs(children));
                        }
                        Value::Object(rule)
                    }
                    other => other,
                })
                .collect(),
        ),
        other => other,
    }
}

fn without_key(value: Value, key: &str) -> Value {
    match value {
        Value::Object(mut members) => {
            members.remove(key);
            Value::Object(members)
        }
        other => other,
    }
}

/// A distinct value: its kind and the indexes of what it holds.
#[derive(Debug, PartialEq, Eq, Hash)]
enum Key {
    Null,
    Bool(bool),
    Int(i64),
    Str(u32),
    Array(Vec<u32>),
    Object(Vec<(u32, u32)>),
}

#[derive(Default)]
struct Encoder {
    strings: HashMap<String, u32>,
    string_bytes: Vec<u8>,
    values: HashMap<Key, u32>,
    value_bytes: Vec<u8>,
}

impl Encoder {
    fn string(&mut self, s: &str) -> u32 {
        if let Some(&index) = self.strings.get(s) {
            return index;
        }
        let index = self.strings.len() as u32;
        varint(&mut self.string_bytes, s.len() as u64);
        self.string_bytes.extend_from_slice(s.as_bytes());
        self.strings.insert(s.to_owned(), index);
        index
    }

    /// The index of `value`, written after its children if it is new.
    fn value(&mut self, value: &Value) -> Result<u32, String> {
        let key = match value {
            Value::Null => Key::Null,
            Value::Bool(b) => Key::Bool(*b),
            Value::Number(n) => Key::Int(n.as_i64().ok_or_else(|| {
                format!("the number {n} is not a whole number in the range of i64")
            })?),
            Value::String(s) => Key::Str(self.string(s)),
            Value::Array(items) => Key::Array(
                items
                    .iter()
                    .map(|item| self.value(item))
                    .collect::<Result<_, _>>()?,
            ),
            Value::Object(members) => Key::Object(
                members
                    .iter()
                    .map(|(key, value)| Ok((self.string(key), self.value(value)?)))
                    .collect::<Result<_, String>>()?,
            ),
        };
        if let Some(&index) = self.values.get(&key) {
            return Ok(index);
        }
        let out = &mut self.value_bytes;
        match &key {
            Key::Null => out.push(0),
            Key::Bool(b) => out.push(1 + u8::from(*b)),
            Key::Int(i) => {
                out.push(3);
                varint(out, ((i << 1) ^ (i >> 63)) as u64);
            }
            Key::Str(s) => {
                out.push(4);
                varint(out, u64::from(*s));
            }
            Key::Array(items) => {
                out.push(5);
                varint(out, items.len() as u64);
                for item in items {
                    varint(out, u64::from(*item));
                }
            }
            Key::Object(members) => {
                out.push(6);
                varint(out, members.len() as u64);
                for (key, value) in members {
                    varint(out, u64::from(*key));
                    varint(out, u64::from(*value));
                }
            }
        }
        let index = self.values.len() as u32;
        self.values.insert(key, index);
        Ok(index)
    }

    fn finish(self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        varint(&mut out, self.strings.len() as u64);
        out.extend_from_slice(&self.string_bytes);
        varint(&mut out, self.values.len() as u64);
        out.extend_from_slice(&self.value_bytes);
        out
    }
}

/// Unsigned LEB128.
fn varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8 & 0x7f) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}
