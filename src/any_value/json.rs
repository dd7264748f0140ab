//! Conversions between [`AnyValue`] and `serde_json::Value` (feature `json`).

use super::AnyValue;

/// A JSON value as the same value; a number becomes `UInt`, `Int` or `Float` as
/// reading JSON gives it.
///
/// ```
/// use aws_union::AnyValue;
///
/// let value = AnyValue::from(serde_json::json!({"n": -1}));
/// assert_eq!(value.get("n"), Some(&AnyValue::Int(-1)));
/// ```
impl From<serde_json::Value> for AnyValue {
    fn from(value: serde_json::Value) -> Self {
        use serde_json::Value;
        match value {
            Value::Null => AnyValue::Null,
            Value::Bool(v) => AnyValue::Bool(v),
            Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
                (Some(v), _, _) => AnyValue::UInt(v),
                (None, Some(v), _) => AnyValue::Int(v),
                (None, None, Some(v)) => AnyValue::Float(v),
                (None, None, None) => AnyValue::Null,
            },
            Value::String(v) => AnyValue::String(v),
            Value::Array(items) => AnyValue::List(items.into_iter().map(Into::into).collect()),
            Value::Object(entries) => AnyValue::Map(
                entries
                    .into_iter()
                    .map(|(k, v)| (AnyValue::String(k), v.into()))
                    .collect(),
            ),
        }
    }
}

/// Writing to a JSON value can fail as writing JSON text does: a map key that JSON
/// cannot hold (a list, a map, a float).
///
/// ```
/// use aws_union::AnyValue;
///
/// let json = serde_json::Value::try_from(AnyValue::from("x"))?;
/// assert_eq!(json, serde_json::json!("x"));
/// # Ok::<(), serde_json::Error>(())
/// ```
impl TryFrom<AnyValue> for serde_json::Value {
    type Error = serde_json::Error;

    fn try_from(value: AnyValue) -> Result<Self, Self::Error> {
        serde_json::to_value(value)
    }
}
