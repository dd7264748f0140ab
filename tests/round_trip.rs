//! Property tests: any value round-trips through JSON and CBOR, and the noise AWS may add to
//! a union object (`__type`, null members) never changes what is read.

use std::collections::BTreeMap;

use aws_union::{AwsEnum, AwsUnion};
use proptest::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    bucket: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    key_prefix: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, AwsEnum)]
#[aws(rename_all = "SCREAMING_SNAKE_CASE")]
enum Format {
    Csv,
    Parquet,
    #[aws(unknown)]
    Unknown(String),
}

#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
enum Inner {
    Text(String),
    #[aws(unknown)]
    SdkUnknownMember {
        name: String,
    },
}

#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
enum Config {
    S3(Location),
    MemberList(Vec<String>),
    Count(i64),
    Flag(bool),
    Format(Format),
    Spark(BTreeMap<String, String>),
    Nested(Inner),
    Quit,
    #[aws(unknown)]
    SdkUnknownMember {
        name: String,
    },
}

#[derive(Debug, Clone, PartialEq, AwsUnion)]
enum Keeping {
    Known(i64),
    #[aws(unknown)]
    Unknown {
        name: String,
        value: Value,
    },
}

const KNOWN: &[&str] = &[
    "s3",
    "memberList",
    "count",
    "flag",
    "format",
    "spark",
    "nested",
    "quit",
];

/// A member name this model does not know, nor reserved.
fn unknown_name() -> impl Strategy<Value = String> {
    "[a-zA-Z_][a-zA-Z0-9_]{0,12}".prop_filter("not a known or reserved name", |name| {
        !KNOWN.contains(&name.as_str()) && name != "__type" && name != "SDK_UNKNOWN_MEMBER"
    })
}

fn format() -> impl Strategy<Value = Format> {
    prop_oneof![
        Just(Format::Csv),
        Just(Format::Parquet),
        "[A-Z_]{1,10}".prop_map(|s| s.parse::<Format>().unwrap()),
    ]
}

fn config() -> impl Strategy<Value = Config> {
    prop_oneof![
        (any::<String>(), proptest::option::of(any::<String>()))
            .prop_map(|(bucket, key_prefix)| Config::S3(Location { bucket, key_prefix })),
        proptest::collection::vec(any::<String>(), 0..4).prop_map(Config::MemberList),
        any::<i64>().prop_map(Config::Count),
        any::<bool>().prop_map(Config::Flag),
        format().prop_map(Config::Format),
        proptest::collection::btree_map(any::<String>(), any::<String>(), 0..4)
            .prop_map(Config::Spark),
        prop_oneof![
            any::<String>().prop_map(Inner::Text),
            unknown_name().prop_map(|name| Inner::SdkUnknownMember { name }),
        ]
        .prop_map(Config::Nested),
        Just(Config::Quit),
        unknown_name().prop_map(|name| Config::SdkUnknownMember { name }),
    ]
}

/// Any JSON value without floats (whose text form is not the point here).
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<String>().prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 32, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map(any::<String>(), inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn any_union_value_round_trips_through_json(value in config()) {
        let text = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<Config>(&text).unwrap(), value);
    }

    #[test]
    fn any_union_value_round_trips_through_cbor(value in config()) {
        let mut bytes = Vec::new();
        ciborium::into_writer(&value, &mut bytes).unwrap();
        prop_assert_eq!(ciborium::from_reader::<Config, _>(bytes.as_slice()).unwrap(), value);
    }

    #[test]
    fn type_keys_and_null_members_never_change_what_is_read(
        value in config(),
        type_value in json_value(),
        nulls in proptest::collection::vec(prop_oneof![unknown_name(), proptest::sample::select(KNOWN).prop_map(String::from)], 0..4),
        type_first in any::<bool>(),
    ) {
        let written = serde_json::to_value(&value).unwrap();
        let (member, member_value) = written.as_object().unwrap().iter().next().unwrap();
        let mut noisy = serde_json::Map::new();
        if type_first {
            noisy.insert("__type".into(), type_value.clone());
        }
        for name in nulls.iter().filter(|n| *n != member) {
            noisy.insert(name.clone(), Value::Null);
        }
        noisy.insert(member.clone(), member_value.clone());
        if !type_first {
            noisy.insert("__type".into(), type_value);
        }
        let text = Value::Object(noisy).to_string();
        prop_assert_eq!(serde_json::from_str::<Config>(&text).unwrap(), value);
    }

    #[test]
    fn a_kept_unknown_value_round_trips_through_json(name in "[a-z][a-zA-Z0-9]{0,8}", value in json_value()) {
        prop_assume!(name != "Known");
        let kept = Keeping::Unknown { name, value };
        let text = serde_json::to_string(&kept).unwrap();
        prop_assert_eq!(serde_json::from_str::<Keeping>(&text).unwrap(), kept);
    }

    #[test]
    fn any_open_enum_value_round_trips_through_json_and_cbor(value in format()) {
        let text = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<Format>(&text).unwrap(), value.clone());
        let mut bytes = Vec::new();
        ciborium::into_writer(&value, &mut bytes).unwrap();
        prop_assert_eq!(ciborium::from_reader::<Format, _>(bytes.as_slice()).unwrap(), value);
    }
}
