//! The derives' contract with the crates that use them: which impls they emit, decided by the
//! compiler from the member types as written, never from a type's name.

use aws_union::{AwsStructure, AwsUnion, ErrorCorrection};
use serde_json::Value as Json;

/// A union keeping unknown values under an alias of `serde_json::Value`.
#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
enum KeepsAlias {
    Text(String),
    #[aws(unknown)]
    Other {
        name: String,
        value: Json,
    },
}

/// A structure in which that union is required.
#[derive(Debug, Clone, PartialEq, AwsStructure)]
#[aws(rename_all = "camelCase")]
struct HoldsAlias {
    #[aws(required)]
    output: KeepsAlias,
}

#[test]
fn a_kept_value_is_corrected_by_its_type_whatever_the_type_is_called() {
    let corrected: HoldsAlias = serde_json::from_str("{}").unwrap();
    let expected = KeepsAlias::Other {
        name: String::new(),
        value: Json::Null,
    };
    assert_eq!(corrected.output, expected);
    assert_eq!(KeepsAlias::error_correction(), expected);
}

/// A type of this crate named `Document`, with a zero value of its own.
#[derive(Debug, Clone, PartialEq, AwsStructure)]
struct Document {
    #[aws(required)]
    body: String,
}

#[derive(Debug, Clone, PartialEq, AwsUnion)]
enum KeepsDocument {
    Text(String),
    #[aws(unknown)]
    Other {
        name: String,
        value: Document,
    },
}

#[test]
fn a_kept_value_of_a_type_named_document_is_corrected_by_that_type() {
    assert_eq!(
        KeepsDocument::error_correction(),
        KeepsDocument::Other {
            name: String::new(),
            value: Document {
                body: String::new()
            },
        }
    );
}

/// A type family: the member holds `T::Out`, and `T` itself is not serde.
trait Shape {
    type Out;
}

#[derive(Debug, Clone, PartialEq)]
struct TextShape;

impl Shape for TextShape {
    type Out = String;
}

#[derive(Debug, Clone, PartialEq, AwsUnion)]
enum Projected<T: Shape> {
    Value(T::Out),
    #[aws(unknown)]
    SdkUnknownMember {
        name: String,
    },
}

#[derive(AwsStructure)]
struct ProjectedStructure<T: Shape> {
    value: Option<<T as Shape>::Out>,
}

#[test]
fn a_member_of_an_associated_type_bounds_that_type_not_its_parameter() {
    let read: Projected<TextShape> = serde_json::from_str(r#"{"Value": "v"}"#).unwrap();
    assert_eq!(read, Projected::Value("v".to_owned()));
    assert_eq!(serde_json::to_string(&read).unwrap(), r#"{"Value":"v"}"#);
    let read: ProjectedStructure<TextShape> = serde_json::from_str(r#"{"value": "v"}"#).unwrap();
    assert_eq!(read.value.as_deref(), Some("v"));
    assert_eq!(serde_json::to_string(&read).unwrap(), r#"{"value":"v"}"#);
}

/// The facade re-exported under another path, as a crate wrapping it would.
mod facade {
    pub use aws_union::*;
}

#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(crate = crate::facade)]
enum ThroughAPath {
    Text(String),
    #[aws(unknown)]
    SdkUnknownMember {
        name: String,
    },
}

macro_rules! through_dollar_crate {
    ($($item:tt)*) => {
        #[derive(Debug, Clone, PartialEq, AwsUnion)]
        #[aws(crate = $crate::facade)]
        $($item)*
    };
}

through_dollar_crate! {
    enum ThroughDollarCrate {
        Text(String),
        #[aws(unknown)]
        SdkUnknownMember { name: String },
    }
}

#[test]
fn the_crate_attribute_takes_a_path_as_well_as_a_string() {
    let read: ThroughAPath = serde_json::from_str(r#"{"Text": "t"}"#).unwrap();
    assert_eq!(read, ThroughAPath::Text("t".into()));
    let read: ThroughDollarCrate = serde_json::from_str(r#"{"Text": "t"}"#).unwrap();
    assert_eq!(read, ThroughDollarCrate::Text("t".into()));
}

#[derive(Clone, PartialEq, AwsUnion)]
#[aws(debug)]
enum RawNames {
    r#Type(String),
    r#Quit,
    #[aws(unknown)]
    r#Other {
        name: String,
    },
}

#[test]
fn a_variant_named_with_a_raw_identifier_prints_its_name_in_debug() {
    assert_eq!(
        format!("{:?}", RawNames::r#Type("t".into())),
        r#"Type("t")"#
    );
    assert_eq!(format!("{:?}", RawNames::r#Quit), "Quit");
    let other = RawNames::r#Other { name: "n".into() };
    assert_eq!(format!("{other:?}"), r#"Other { name: "n" }"#);
    let read: RawNames = serde_json::from_str(r#"{"Type": "t"}"#).unwrap();
    assert_eq!(read, RawNames::r#Type("t".into()));
}

#[derive(Debug, Clone, PartialEq, aws_union::AwsEnum)]
#[aws(rename_all = "SCREAMING_SNAKE_CASE", deny_unknown_members)]
enum Direction {
    Inbound,
    Outbound,
}

#[test]
fn a_closed_enum_parse_error_is_the_facades_unknown_enum_value() {
    let error: aws_union::UnknownEnumValue = "SIDEWAYS".parse::<Direction>().unwrap_err();
    assert_eq!(error.value(), "SIDEWAYS");
    assert_eq!(error.enum_name(), "Direction");
    assert_eq!(error.expected(), ["INBOUND", "OUTBOUND"]);
    let error: Box<dyn std::error::Error> = Box::new(error);
    assert_eq!(
        error.to_string(),
        "unknown value `SIDEWAYS` for enum `Direction`, expected one of `INBOUND`, `OUTBOUND`"
    );
}
