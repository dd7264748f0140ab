// `AnyValue` is `#[non_exhaustive]`: a match outside the crate needs a wildcard arm, so a
// later kind of value does not break it.
use aws_union::AnyValue;

fn kind(value: &AnyValue) -> &'static str {
    match value {
        AnyValue::Null => "null",
        AnyValue::Bool(_) => "bool",
        AnyValue::Int(_) | AnyValue::UInt(_) => "integer",
        AnyValue::Float(_) => "float",
        AnyValue::String(_) => "string",
        AnyValue::Bytes(_) => "bytes",
        AnyValue::List(_) => "list",
        AnyValue::Map(_) => "map",
    }
}

fn main() {
    let _ = kind(&AnyValue::Null);
}
