//! Member types that reach the derive through `macro_rules!` fragments (`$ty:ty`, which the
//! compiler wraps in an invisible group) are read as written, and an `Option` under another
//! name is optional when the member says `#[aws(optional)]`.

use aws_union::{AwsStructure, AwsUnion};

/// Declares a structure with one member whose type is a `$ty:ty` fragment.
macro_rules! structure_of {
    ($name:ident $(<$lt:lifetime>)?, $member:ident: $ty:ty) => {
        #[derive(Debug, Clone, PartialEq, AwsStructure)]
        struct $name $(<$lt>)? {
            $member: $ty,
        }
    };
}

structure_of!(OptionalThroughAMacro, note: Option<String>);

#[test]
fn an_option_member_through_a_macro_type_fragment_may_be_left_out() {
    let read: OptionalThroughAMacro = serde_json::from_str("{}").unwrap();
    assert_eq!(read, OptionalThroughAMacro { note: None });
}

#[test]
fn an_option_member_through_a_macro_type_fragment_is_not_written_when_none() {
    let written = serde_json::to_string(&OptionalThroughAMacro { note: None }).unwrap();
    assert_eq!(written, "{}");
}

structure_of!(BorrowsThroughAMacro<'a>, note: Option<&'a str>);

#[test]
fn an_option_of_a_borrowed_str_through_a_macro_type_fragment_borrows_from_the_input() {
    let body = String::from(r#"{"note": "lent"}"#);
    let read: BorrowsThroughAMacro<'_> = serde_json::from_str(&body).unwrap();
    assert_eq!(read.note, Some("lent"));
}

/// Declares a union with one member whose type is a `$ty:ty` fragment.
macro_rules! union_of {
    ($name:ident<$lt:lifetime>, $variant:ident($ty:ty)) => {
        #[derive(Debug, Clone, PartialEq, AwsUnion)]
        enum $name<$lt> {
            $variant($ty),
            #[aws(unknown)]
            SdkUnknownMember {
                name: String,
            },
        }
    };
}

union_of!(UnionBorrowsThroughAMacro<'a>, Text(&'a str));

#[test]
fn a_borrowed_str_union_member_through_a_macro_type_fragment_borrows_from_the_input() {
    let body = String::from(r#"{"Text": "lent"}"#);
    let read: UnionBorrowsThroughAMacro<'_> = serde_json::from_str(&body).unwrap();
    assert_eq!(read, UnionBorrowsThroughAMacro::Text("lent"));
}

/// An `Option` under another name: the derive cannot see through an alias.
type Maybe<T> = Option<T>;

#[derive(Debug, Clone, PartialEq, AwsStructure)]
struct WithAlias {
    #[aws(optional)]
    note: Maybe<String>,
    #[aws(optional, float)]
    ratio: Maybe<f64>,
}

#[test]
fn a_member_marked_optional_may_be_left_out_or_null() {
    let read: WithAlias = serde_json::from_str(r#"{"ratio": null}"#).unwrap();
    assert_eq!(
        read,
        WithAlias {
            note: None,
            ratio: None
        }
    );
}

#[test]
fn a_member_marked_optional_is_not_written_when_none() {
    let value = WithAlias {
        note: None,
        ratio: Some(f64::INFINITY),
    };
    assert_eq!(
        serde_json::to_string(&value).unwrap(),
        r#"{"ratio":"Infinity"}"#
    );
}

#[derive(Debug, Clone, PartialEq, AwsStructure)]
struct WithUnmarkedAlias {
    note: Maybe<String>,
}

#[test]
fn an_option_alias_without_optional_is_a_member_that_must_be_present() {
    let err = serde_json::from_str::<WithUnmarkedAlias>("{}").unwrap_err();
    assert!(err.to_string().contains("`note`"), "{err}");
}
