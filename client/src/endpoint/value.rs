//! The values of endpoint resolution: [`Value`], the JSON-like value of an endpoint's properties,
//! and `Val`, the engine's own cheaply cloned form of it.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

/// A JSON-like value: what an endpoint's properties (such as `authSchemes`) hold.
///
/// ```
/// use aws_union_client::endpoint::Value;
///
/// let scheme = Value::Object(
///     [("name".to_owned(), Value::from("sigv4")), ("disableDoubleEncoding".to_owned(), Value::from(true))]
///         .into_iter()
///         .collect(),
/// );
/// assert_eq!(scheme.get("name").and_then(Value::as_str), Some("sigv4"));
/// assert_eq!(scheme.to_string(), r#"{"disableDoubleEncoding":true,"name":"sigv4"}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// JSON `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number.
    Integer(i64),
    /// A string.
    String(String),
    /// A list of values.
    Array(Vec<Value>),
    /// Named values, in name order.
    Object(BTreeMap<String, Value>),
}

impl Value {
    /// The string, if this is one.
    ///
    /// ```
    /// use aws_union_client::endpoint::Value;
    ///
    /// assert_eq!(Value::from("sigv4").as_str(), Some("sigv4"));
    /// assert_eq!(Value::from(true).as_str(), None);
    /// ```
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::String(s) => Some(s),
            _ => None,
        }
    }

    /// The boolean, if this is one.
    ///
    /// ```
    /// use aws_union_client::endpoint::Value;
    ///
    /// assert_eq!(Value::from(true).as_bool(), Some(true));
    /// ```
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Self::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The items, if this is a list.
    ///
    /// ```
    /// use aws_union_client::endpoint::Value;
    ///
    /// let list = Value::Array(vec![Value::from("us-east-1")]);
    /// assert_eq!(list.as_array().map(<[Value]>::len), Some(1));
    /// ```
    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Self::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The member `name`, if this is an object that has it.
    ///
    /// ```
    /// use aws_union_client::endpoint::Value;
    ///
    /// let object = Value::Object([("signingName".to_owned(), Value::from("kinesis"))].into());
    /// assert_eq!(object.get("signingName"), Some(&Value::from("kinesis")));
    /// assert_eq!(object.get("signingRegion"), None);
    /// ```
    pub fn get(&self, name: &str) -> Option<&Value> {
        match self {
            Self::Object(members) => members.get(name),
            _ => None,
        }
    }
}

impl From<&str> for Value {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

impl From<String> for Value {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<bool> for Value {
    fn from(value: bool) -> Self {
        Self::Bool(value)
    }
}

impl From<i64> for Value {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

/// Compact JSON.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Null => f.write_str("null"),
            Self::Bool(b) => write!(f, "{b}"),
            Self::Integer(i) => write!(f, "{i}"),
            Self::String(s) => write_json_string(f, s),
            Self::Array(items) => {
                f.write_str("[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
            Self::Object(members) => {
                f.write_str("{")?;
                for (i, (name, value)) in members.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write_json_string(f, name)?;
                    write!(f, ":{value}")?;
                }
                f.write_str("}")
            }
        }
    }
}

fn write_json_string(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    // serde_json writes the escapes JSON needs; a `String` always serializes.
    f.write_str(&serde_json::to_string(s).map_err(|_| fmt::Error)?)
}

/// A value during evaluation: parameters, literals, function results. Clones are reference
/// counts, so a scope can hand out partitions and parsed ARNs without copying them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Val {
    /// Not set (an unset parameter, or a function's empty result).
    None,
    Bool(bool),
    Int(i64),
    Str(Arc<str>),
    Array(Arc<[Val]>),
    Object(Arc<[(Arc<str>, Val)]>),
}

impl Val {
    pub(crate) fn str(s: &str) -> Self {
        Self::Str(Arc::from(s))
    }

    pub(crate) fn object<'a>(members: impl IntoIterator<Item = (&'a str, Val)>) -> Self {
        Self::Object(
            members
                .into_iter()
                .map(|(k, v)| (Arc::from(k), v))
                .collect(),
        )
    }

    pub(crate) fn is_set(&self) -> bool {
        !matches!(self, Self::None)
    }

    /// The member `name` of an object; [`Val::None`] for anything else.
    pub(crate) fn member(&self, name: &str) -> Val {
        match self {
            Self::Object(members) => members
                .iter()
                .find(|(key, _)| &**key == name)
                .map_or(Val::None, |(_, value)| value.clone()),
            _ => Val::None,
        }
    }

    /// The item at `index` of a list; [`Val::None`] past its end or for anything else.
    pub(crate) fn item(&self, index: usize) -> Val {
        match self {
            Self::Array(items) => items.get(index).cloned().unwrap_or(Val::None),
            _ => Val::None,
        }
    }

    /// What the value is, for error messages.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Self::None => "unset",
            Self::Bool(_) => "a boolean",
            Self::Int(_) => "an integer",
            Self::Str(_) => "a string",
            Self::Array(_) => "a list",
            Self::Object(_) => "an object",
        }
    }

    pub(crate) fn to_value(&self) -> Value {
        match self {
            Self::None => Value::Null,
            Self::Bool(b) => Value::Bool(*b),
            Self::Int(i) => Value::Integer(*i),
            Self::Str(s) => Value::String(s.to_string()),
            Self::Array(items) => Value::Array(items.iter().map(Val::to_value).collect()),
            Self::Object(members) => Value::Object(
                members
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_value()))
                    .collect(),
            ),
        }
    }
}
