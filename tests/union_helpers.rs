//! `#[derive(AwsUnion)]`: the generated helpers (`member_name`, `is_unknown`, `as_*`/`is_*`,
//! `MEMBERS`), one test per rule.

mod union_support;

use union_support::{s3, Output, S3Output, Strict};

#[test]
fn member_name_is_the_wire_name_or_the_unknown_members_name() {
    assert_eq!(s3("l").member_name(), "s3");
    assert_eq!(Output::Foo("x".into()).member_name(), "FOO");
    assert_eq!(Output::Quit.member_name(), "quit");
    assert_eq!(
        Output::SdkUnknownMember {
            name: "later".into()
        }
        .member_name(),
        "later"
    );
}

#[test]
fn is_unknown_tells_the_unknown_variant() {
    assert!(Output::SdkUnknownMember {
        name: "later".into()
    }
    .is_unknown());
    assert!(!Output::Quit.is_unknown());
    assert!(!Strict::Int(1).is_unknown());
}

#[test]
fn as_and_is_helpers_exist_for_every_member() {
    let value = s3("l");
    assert_eq!(
        value.as_s3(),
        Some(&S3Output {
            location: "l".into()
        })
    );
    assert!(value.is_s3());
    assert_eq!(value.as_member_list(), None);
    assert!(!value.is_member_list());
    assert_eq!(
        Output::Foo("x".into()).as_foo().map(String::as_str),
        Some("x")
    );
    assert_eq!(Output::Quit.as_quit(), Some(&()));
    assert!(Output::Quit.is_quit());
}

#[test]
fn members_lists_the_wire_names_in_declaration_order() {
    assert_eq!(Output::MEMBERS, ["s3", "memberList", "FOO", "quit"]);
    assert_eq!(Strict::MEMBERS, ["int", "text"]);
}
