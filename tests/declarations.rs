//! Declarations as other crates and code generators write them: each compiles and behaves
//! as the plain declaration does.

use std::borrow::Cow;
use std::collections::BTreeMap;

use aws_union::{AwsEnum, AwsStructure, AwsUnion};

macro_rules! model {
    ($($item:tt)*) => {
        #[derive(Debug, Clone, PartialEq, AwsUnion)]
        $($item)*
    };
}

model! {
    #[aws(rename_all = "camelCase")]
    enum Stamped {
        Text(String),
        Count(i64),
        #[aws(unknown)]
        SdkUnknownMember { name: String },
    }
}

macro_rules! structure {
    ($($item:tt)*) => {
        #[derive(Debug, Clone, PartialEq, AwsStructure)]
        $($item)*
    };
}

structure! {
    #[aws(rename_all = "camelCase")]
    struct StampedStructure {
        #[aws(required)]
        item_name: String,
        item_count: Option<i64>,
    }
}

macro_rules! open_enum {
    ($($item:tt)*) => {
        #[derive(Debug, Clone, PartialEq, AwsEnum)]
        $($item)*
    };
}

open_enum! {
    #[aws(rename_all = "SCREAMING_SNAKE_CASE")]
    enum StampedEnum {
        Started,
        #[aws(unknown)]
        Unknown(String),
    }
}

#[test]
fn a_derive_stamped_from_macro_rules_behaves_as_written_out() {
    let union: Stamped = serde_json::from_str(r#"{"__type":"x","count":3}"#).unwrap();
    assert_eq!(union, Stamped::Count(3));
    let structure: StampedStructure = serde_json::from_str(r#"{"itemName":"a"}"#).unwrap();
    assert_eq!(structure.item_name, "a");
    assert_eq!(
        serde_json::to_string(&structure).unwrap(),
        r#"{"itemName":"a"}"#
    );
    let value: StampedEnum = serde_json::from_str(r#""STARTED""#).unwrap();
    assert_eq!(value.as_str(), "STARTED");
}

/// DynamoDB's `AttributeValue`, declared exactly as a user writes it.
#[derive(Debug, Clone, PartialEq, AwsUnion)]
enum AttributeValue {
    S(String),
    N(String),
    B(aws_union::Blob),
    #[aws(rename = "SS")]
    Ss(Vec<String>),
    #[aws(rename = "NS")]
    Ns(Vec<String>),
    #[aws(rename = "BS")]
    Bs(Vec<aws_union::Blob>),
    M(BTreeMap<String, Self>),
    L(Vec<Self>),
    #[aws(rename = "NULL")]
    Null(bool),
    #[aws(rename = "BOOL")]
    Bool(bool),
    #[aws(unknown)]
    SdkUnknownMember {
        name: String,
    },
}

#[test]
fn self_in_a_member_type_means_the_union() {
    let body = r#"{"M":{"ok":{"BOOL":true},"tags":{"L":[{"S":"a"},{"N":"1"},{"NULL":true}]}}}"#;
    let value: AttributeValue = serde_json::from_str(body).unwrap();
    let AttributeValue::M(map) = &value else {
        panic!("not a map: {value:?}")
    };
    assert_eq!(
        map["tags"],
        AttributeValue::L(vec![
            AttributeValue::S("a".into()),
            AttributeValue::N("1".into()),
            AttributeValue::Null(true),
        ])
    );
    assert_eq!(serde_json::to_string(&value).unwrap(), body);
}

#[derive(Debug, PartialEq, AwsUnion)]
enum Tree {
    Leaf(u32),
    Node(Box<Self>),
    #[aws(unknown)]
    Unknown {
        name: String,
    },
}

#[test]
fn self_in_a_box_means_the_union() {
    let tree: Tree = serde_json::from_str(r#"{"Node":{"Node":{"Leaf":7}}}"#).unwrap();
    assert_eq!(
        tree,
        Tree::Node(Box::new(Tree::Node(Box::new(Tree::Leaf(7)))))
    );
}

#[derive(Debug, PartialEq, AwsUnion)]
enum Recursive<T> {
    A(T),
    L(Vec<Recursive<T>>),
    #[aws(unknown)]
    Unknown {
        name: String,
    },
}

#[test]
fn a_recursive_generic_union_is_usable() {
    let value: Recursive<u8> = serde_json::from_str(r#"{"L":[{"A":1},{"L":[{"A":2}]}]}"#).unwrap();
    assert_eq!(
        value,
        Recursive::L(vec![Recursive::A(1), Recursive::L(vec![Recursive::A(2)])])
    );
    assert_eq!(
        serde_json::to_string(&value).unwrap(),
        r#"{"L":[{"A":1},{"L":[{"A":2}]}]}"#
    );
}

/// A wrapper that is serde only for the `T` the bound below names.
#[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct Wrapped<T>(T);

#[derive(Debug, PartialEq, AwsUnion)]
#[aws(bound = "T: std::fmt::Display")]
#[aws(deny_unknown_members)]
enum Custom<T> {
    Text(Wrapped<String>),
    #[allow(dead_code)]
    Marker(std::marker::PhantomData<T>),
}

#[test]
fn a_bound_attribute_replaces_the_inferred_bounds() {
    // `T = u8` satisfies the custom bound; no serde bound is asked of it.
    let value: Custom<u8> = serde_json::from_str(r#"{"Text":"x"}"#).unwrap();
    assert_eq!(value, Custom::Text(Wrapped("x".into())));
}

#[derive(Debug, PartialEq, AwsUnion)]
enum Borrowing<'a> {
    S(&'a str),
    #[aws(borrow)]
    C(Cow<'a, str>),
    #[aws(unknown)]
    Unknown {
        name: String,
    },
}

#[test]
fn a_borrowed_member_borrows_from_the_input() {
    let body = String::from(r#"{"S":"lent"}"#);
    let value: Borrowing<'_> = serde_json::from_str(&body).unwrap();
    assert_eq!(value, Borrowing::S("lent"));
    let body = String::from(r#"{"C":"lent"}"#);
    let value: Borrowing<'_> = serde_json::from_str(&body).unwrap();
    assert!(matches!(value, Borrowing::C(Cow::Borrowed("lent"))));
}

#[derive(Debug, PartialEq, AwsStructure)]
#[aws(rename_all = "camelCase")]
struct BorrowingStructure<'a> {
    #[aws(required)]
    name: &'a str,
    #[aws(borrow)]
    note: Option<Cow<'a, str>>,
}

#[test]
fn a_borrowed_structure_member_borrows_from_the_input() {
    let body = String::from(r#"{"name":"n","note":"lent"}"#);
    let value: BorrowingStructure<'_> = serde_json::from_str(&body).unwrap();
    assert_eq!(value.name, "n");
    assert!(matches!(value.note, Some(Cow::Borrowed("lent"))));
}

mod facade {
    pub use ::aws_union as reexported;
}

#[derive(Debug, PartialEq, AwsUnion)]
#[aws(crate = "facade::reexported")]
enum ThroughReexport {
    A(u8),
    #[aws(unknown)]
    Unknown {
        name: String,
    },
}

#[test]
fn the_crate_attribute_points_generated_code_at_a_reexported_facade() {
    let value: ThroughReexport = serde_json::from_str(r#"{"A":1}"#).unwrap();
    assert_eq!(value, ThroughReexport::A(1));
}

#[test]
fn a_union_value_that_is_not_a_map_is_named_in_cbor_as_in_json() {
    let mut cbor = Vec::new();
    ciborium::into_writer(&"text", &mut cbor).unwrap();
    let err = ciborium::from_reader::<Stamped, _>(cbor.as_slice()).unwrap_err();
    assert!(
        err.to_string().contains("union `Stamped`"),
        "CBOR error: {err}"
    );
    let err = serde_json::from_str::<Stamped>(r#""text""#).unwrap_err();
    assert!(
        err.to_string().contains("union `Stamped`"),
        "JSON error: {err}"
    );
}

#[test]
fn a_structure_value_that_is_not_a_map_is_named_in_cbor_as_in_json() {
    let mut cbor = Vec::new();
    ciborium::into_writer(&vec!["a"], &mut cbor).unwrap();
    let err = ciborium::from_reader::<StampedStructure, _>(cbor.as_slice()).unwrap_err();
    assert!(
        err.to_string().contains("structure `StampedStructure`"),
        "CBOR error: {err}"
    );
}
