//! A case's `params` or `result` (botocore's Python values, as JSON) as a Rust expression of the
//! generated types. Every name and type comes from the generator's plan: the Rust type of each
//! member, whether it is `Option`, the variant of each enum value and union member.

use aws_union_codegen::plan::{Binding, Field, ItemKind, Plan, Ty};
use serde_json::{Map, Value};

/// Renders values of one generated module, whose path in the test crate is `module`.
pub struct Renderer<'a> {
    /// The module's plan.
    pub plan: &'a Plan,
    /// The model's shapes.
    pub shapes: &'a Map<String, Value>,
    /// Path of the generated module, e.g. `crate::input_json_03::model`.
    pub module: &'a str,
    /// The response body, for the value of an unknown union member (botocore's result names
    /// the member only).
    pub body: Option<&'a Value>,
    /// Writing a response's output: a prefix-header map's keys are lower-cased. Header names
    /// are case-insensitive and `http::HeaderMap` gives them lower-cased (HTTP/2 always sends
    /// them so), so the keys are compared case-insensitively.
    pub header_keys_lower_case: bool,
}

type Rendered = Result<String, String>;

impl Renderer<'_> {
    /// The structure generated for `shape`, holding `value`'s members.
    pub fn structure(&self, shape: &str, value: &Value) -> Rendered {
        let item = self
            .plan
            .item(shape)
            .ok_or_else(|| format!("the plan has no type for shape `{shape}`"))?;
        self.named(&item.name, value, &mut Vec::new())
    }

    /// The Rust path of a generated type.
    pub fn path(&self, name: &str) -> String {
        format!("{}::{}", self.module, name.trim_start_matches("r#"))
    }

    fn named(&self, name: &str, value: &Value, at: &mut Vec<String>) -> Rendered {
        let item = self
            .plan
            .item_named(name)
            .ok_or_else(|| format!("the plan has no type `{name}`"))?;
        let path = self.path(&item.name);
        match &item.kind {
            ItemKind::Enum(values) => {
                let text = value
                    .as_str()
                    .ok_or_else(|| format!("{}: an enum value that is not a string", show(at)))?;
                Ok(match values.iter().find(|v| v.wire == text) {
                    Some(v) => format!("{path}::{}", v.name),
                    None => format!("{path}::Unknown({})", string(text)),
                })
            }
            ItemKind::Union(variants) => {
                let object = value
                    .as_object()
                    .filter(|o| o.len() == 1)
                    .ok_or_else(|| format!("{}: a union value with one member", show(at)))?;
                let (member, inner) = object.iter().next().expect("one member");
                if member == "SDK_UNKNOWN_MEMBER" {
                    return self.unknown_member(&path, inner, at);
                }
                let field = self.field(&item.shape, variants, member, at)?;
                at.push(field.wire.clone());
                let inner = self.value(&field.ty, inner, at)?;
                at.pop();
                Ok(format!("{path}::{}({inner})", field.name))
            }
            ItemKind::Structure(fields) => {
                let object = value.as_object().ok_or_else(|| {
                    format!("{}: a structure value that is not an object", show(at))
                })?;
                let mut assignments = String::new();
                for (member, inner) in object {
                    let field = self.field(&item.shape, fields, member, at)?;
                    if inner.is_null() && !field.required {
                        continue;
                    }
                    at.push(field.wire.clone());
                    let mut rendered = match (&field.binding, inner) {
                        // botocore takes any JSON value for a `jsonvalue` header; the generated
                        // field holds its JSON text.
                        (Binding::JsonHeader(_), Value::Object(_) | Value::Array(_)) => {
                            string(&inner.to_string())
                        }
                        (Binding::PrefixHeaders(_), Value::Object(map))
                            if self.header_keys_lower_case =>
                        {
                            let lowered: Map<String, Value> = map
                                .iter()
                                .map(|(k, v)| (k.to_ascii_lowercase(), v.clone()))
                                .collect();
                            self.value(&field.ty, &Value::Object(lowered), at)?
                        }
                        _ => self.value(&field.ty, inner, at)?,
                    };
                    at.pop();
                    if !field.required {
                        rendered = format!("::core::option::Option::Some({rendered})");
                    }
                    assignments.push_str(&format!(" value.{} = {rendered};", field.name));
                }
                if assignments.is_empty() {
                    return Ok(format!("{path}::default()"));
                }
                Ok(format!(
                    "{{ let mut value = {path}::default();{assignments} value }}"
                ))
            }
        }
    }

    /// botocore's `{"SDK_UNKNOWN_MEMBER": {"name": …}}`: the unknown member keeps its value,
    /// read from the response body at the same place.
    fn unknown_member(&self, path: &str, inner: &Value, at: &[String]) -> Rendered {
        let name = inner
            .get("name")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("{}: SDK_UNKNOWN_MEMBER without a name", show(at)))?;
        let mut body = self
            .body
            .ok_or_else(|| format!("{}: an unknown member needs a JSON body", show(at)))?;
        for key in at.iter().chain([&name.to_owned()]) {
            body = body
                .get(key)
                .ok_or_else(|| format!("{}: the body has no `{key}`", show(at)))?;
        }
        Ok(format!(
            "{path}::SdkUnknownMember {{ name: {}, value: ::std::boxed::Box::new(\
             ::serde_json::from_str::<::aws_union::AnyValue>({}).unwrap()) }}",
            string(name),
            raw_string(&body.to_string())
        ))
    }

    /// The field or variant of `shape` for the model member `member`.
    fn field<'f>(
        &self,
        shape: &str,
        fields: &'f [Field],
        member: &str,
        at: &[String],
    ) -> Result<&'f Field, String> {
        let members = self.shapes.get(shape).and_then(|s| s.get("members"));
        if members.and_then(|m| m.get(member)).is_none() {
            return Err(format!(
                "{}: shape `{shape}` has no member `{member}`",
                show(at)
            ));
        }
        fields.iter().find(|f| f.member == member).ok_or_else(|| {
            format!(
                "{}: the generated type of `{shape}` has no field for member `{member}`",
                show(at)
            )
        })
    }

    fn value(&self, ty: &Ty, value: &Value, at: &mut Vec<String>) -> Rendered {
        let mismatch = || format!("{}: {value} is not a {ty:?}", show(at));
        Ok(match ty {
            Ty::String => string(value.as_str().ok_or_else(mismatch)?),
            Ty::Bool => value.as_bool().ok_or_else(mismatch)?.to_string(),
            Ty::I32 => format!("{}_i32", value.as_i64().ok_or_else(mismatch)?),
            Ty::I64 => format!("{}_i64", value.as_i64().ok_or_else(mismatch)?),
            Ty::F32 => float(value, "f32").ok_or_else(mismatch)?,
            Ty::F64 => float(value, "f64").ok_or_else(mismatch)?,
            Ty::Blob => format!(
                "::aws_union::Blob::from({}.as_bytes())",
                string(value.as_str().ok_or_else(mismatch)?)
            ),
            Ty::Timestamp => timestamp(value).ok_or_else(mismatch)?,
            Ty::Document => format!(
                "::serde_json::from_str::<::aws_union::Document>({}).unwrap()",
                raw_string(&value.to_string())
            ),
            Ty::Named(name) => self.named(name, value, at)?,
            Ty::Boxed(inner) => {
                format!("::std::boxed::Box::new({})", self.value(inner, value, at)?)
            }
            Ty::List(item, sparse) => {
                let items = value.as_array().ok_or_else(mismatch)?;
                let mut out = Vec::new();
                for (i, v) in items.iter().enumerate() {
                    at.push(i.to_string());
                    out.push(self.optional(item, *sparse, v, at)?);
                    at.pop();
                }
                format!("::std::vec![{}]", out.join(", "))
            }
            Ty::Map(key, item, sparse) => {
                let entries = value.as_object().ok_or_else(mismatch)?;
                let mut out = Vec::new();
                for (k, v) in entries {
                    let key = self.value(key, &Value::String(k.clone()), at)?;
                    at.push(k.clone());
                    out.push(format!("({key}, {})", self.optional(item, *sparse, v, at)?));
                    at.pop();
                }
                format!("::std::collections::BTreeMap::from([{}])", out.join(", "))
            }
            other => {
                return Err(format!(
                    "{}: the harness does not render {other:?}",
                    show(at)
                ))
            }
        })
    }

    /// An item of a list or map: `Option` when sparse; a `null` in a dense one cannot be held.
    fn optional(&self, ty: &Ty, sparse: bool, value: &Value, at: &mut Vec<String>) -> Rendered {
        match (sparse, value.is_null()) {
            (true, true) => Ok("::core::option::Option::None".into()),
            (true, false) => Ok(format!(
                "::core::option::Option::Some({})",
                self.value(ty, value, at)?
            )),
            (false, true) => Err(format!(
                "{}: `null` in a list or map that is not sparse (the generated type cannot hold it)",
                show(at)
            )),
            (false, false) => self.value(ty, value, at),
        }
    }
}

/// Where in the value, for messages: `at Foo.bar.0`.
fn show(at: &[String]) -> String {
    if at.is_empty() {
        "at the top".into()
    } else {
        format!("at `{}`", at.join("."))
    }
}

/// A Rust `String` expression.
pub fn string(text: &str) -> String {
    // `Debug` of a `str` is a valid Rust string literal.
    format!("::std::string::String::from({text:?})")
}

/// A raw string literal holding `text`.
pub fn raw_string(text: &str) -> String {
    let mut hashes = String::from("#");
    while text.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    format!("r{hashes}\"{text}\"{hashes}")
}

/// A float literal; botocore's tests write the special values as strings.
fn float(value: &Value, ty: &str) -> Option<String> {
    match value {
        Value::Number(n) => Some(format!("{n}_{ty}")),
        Value::String(s) => match s.as_str() {
            "NaN" => Some(format!("{ty}::NAN")),
            "Infinity" => Some(format!("{ty}::INFINITY")),
            "-Infinity" => Some(format!("{ty}::NEG_INFINITY")),
            _ => None,
        },
        _ => None,
    }
}

/// A timestamp from epoch seconds, exact to the nanosecond of the decimal written.
fn timestamp(value: &Value) -> Option<String> {
    let Value::Number(n) = value else {
        return None;
    };
    let text = n.to_string();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    if digits.contains(['e', 'E']) {
        return None;
    }
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let fraction: String = fraction
        .chars()
        .chain("000000000".chars())
        .take(9)
        .collect();
    let whole: i64 = whole.parse().ok()?;
    let nanos: u32 = fraction.parse().ok()?;
    let (secs, nanos) = match (negative, nanos) {
        (false, _) => (whole, nanos),
        (true, 0) => (-whole, 0),
        (true, _) => (-whole - 1, 1_000_000_000 - nanos),
    };
    Some(format!(
        "::aws_union::Timestamp::from_secs_and_nanos({secs}_i64, {nanos}_u32).unwrap()"
    ))
}
