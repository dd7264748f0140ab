//! The standard library, function by function, with botocore's semantics.

use super::*;

fn call(func: Func, args: &[Val]) -> Result<Val, String> {
    func.apply(args, Partitions::builtin())
}

fn s(value: &str) -> Val {
    Val::str(value)
}

fn strings(values: &[&str]) -> Val {
    Val::Array(values.iter().map(|v| s(v)).collect())
}

#[test]
fn every_function_is_found_by_its_rule_set_name() {
    for (name, func) in FUNCTIONS {
        assert_eq!(Func::named(name), Some(*func));
        assert_eq!(func.name(), *name);
    }
    assert_eq!(
        Func::named("getAttr"),
        None,
        "getAttr is an expression of its own"
    );
    assert_eq!(Func::named("isset"), None, "names are case-sensitive");
}

#[test]
fn is_set_is_false_only_for_an_unset_value() {
    assert_eq!(call(Func::IsSet, &[Val::None]), Ok(Val::Bool(false)));
    for value in [Val::Bool(false), s(""), Val::Int(0), strings(&[])] {
        assert_eq!(call(Func::IsSet, &[value]), Ok(Val::Bool(true)));
    }
}

#[test]
fn not_negates_a_boolean_and_takes_unset_as_false() {
    assert_eq!(call(Func::Not, &[Val::Bool(true)]), Ok(Val::Bool(false)));
    assert_eq!(call(Func::Not, &[Val::Bool(false)]), Ok(Val::Bool(true)));
    assert_eq!(call(Func::Not, &[Val::None]), Ok(Val::Bool(true)));
}

#[test]
fn boolean_equals_compares_booleans_and_refuses_anything_else() {
    assert_eq!(
        call(Func::BooleanEquals, &[Val::Bool(true), Val::Bool(true)]),
        Ok(Val::Bool(true))
    );
    assert_eq!(
        call(Func::BooleanEquals, &[Val::Bool(true), Val::Bool(false)]),
        Ok(Val::Bool(false))
    );
    assert_eq!(
        call(Func::BooleanEquals, &[Val::None, Val::Bool(true)]),
        Err("`booleanEquals` takes two booleans, not unset, a boolean".to_owned())
    );
}

#[test]
fn string_equals_compares_strings_and_refuses_an_unset_value() {
    assert_eq!(
        call(Func::StringEquals, &[s("aws"), s("aws")]),
        Ok(Val::Bool(true))
    );
    assert_eq!(
        call(Func::StringEquals, &[s("aws"), s("AWS")]),
        Ok(Val::Bool(false))
    );
    assert_eq!(
        call(Func::StringEquals, &[Val::None, s("aws")]),
        Err("`stringEquals` takes two strings, not unset, a string".to_owned())
    );
}

#[test]
fn substring_counts_from_the_start_or_with_reverse_from_the_end() {
    let substring = |value, start, stop, reverse| {
        call(
            Func::Substring,
            &[
                s(value),
                Val::Int(start),
                Val::Int(stop),
                Val::Bool(reverse),
            ],
        )
    };
    assert_eq!(substring("abcdefg", 0, 4, false), Ok(s("abcd")));
    assert_eq!(substring("abcdefg", 2, 4, false), Ok(s("cd")));
    assert_eq!(substring("abcdefg", 0, 4, true), Ok(s("defg")));
    assert_eq!(substring("abcdefg", 1, 3, true), Ok(s("ef")));
    assert_eq!(substring("abcd", 0, 4, false), Ok(s("abcd")));
}

#[test]
fn substring_is_unset_for_a_short_string_an_empty_range_or_non_ascii() {
    let substring = |value, start, stop| {
        call(
            Func::Substring,
            &[s(value), Val::Int(start), Val::Int(stop), Val::Bool(false)],
        )
    };
    assert_eq!(substring("abc", 0, 4), Ok(Val::None));
    assert_eq!(substring("abcdef", 3, 3), Ok(Val::None));
    assert_eq!(substring("abcdef", 4, 2), Ok(Val::None));
    assert_eq!(substring("abcdef", -1, 2), Ok(Val::None));
    assert_eq!(substring("ab\u{e9}def", 0, 2), Ok(Val::None));
    assert!(call(
        Func::Substring,
        &[Val::None, Val::Int(0), Val::Int(1), Val::Bool(false)]
    )
    .is_err());
}

#[test]
fn a_host_label_is_1_to_63_letters_digits_or_hyphens_not_at_either_end() {
    for valid in ["a", "us-east-1", "A1-b2", &"a".repeat(63)] {
        assert!(is_valid_host_label(valid, false), "{valid}");
    }
    for invalid in [
        "",
        "-a",
        "a-",
        "a_b",
        "a.b",
        "a b",
        "\u{e9}",
        &"a".repeat(64),
    ] {
        assert!(!is_valid_host_label(invalid, false), "{invalid}");
    }
}

#[test]
fn host_labels_with_subdomains_are_checked_label_by_label() {
    assert!(is_valid_host_label("a.b-c.d1", true));
    assert!(!is_valid_host_label("a..b", true));
    assert!(!is_valid_host_label("a.-b", true));
    assert!(!is_valid_host_label("a.", true));
    assert_eq!(
        call(Func::IsValidHostLabel, &[Val::None, Val::Bool(true)]),
        Ok(Val::Bool(false))
    );
}

#[test]
fn a_virtual_hostable_bucket_is_lower_case_not_an_ip_and_at_least_3_long() {
    let hostable = |bucket, subdomains| {
        call(
            Func::IsVirtualHostableS3Bucket,
            &[s(bucket), Val::Bool(subdomains)],
        )
    };
    assert_eq!(hostable("my-bucket", false), Ok(Val::Bool(true)));
    assert_eq!(hostable("my.bucket", true), Ok(Val::Bool(true)));
    assert_eq!(hostable("my.bucket", false), Ok(Val::Bool(false)));
    assert_eq!(hostable("ab", false), Ok(Val::Bool(false)));
    assert_eq!(hostable("My-Bucket", false), Ok(Val::Bool(false)));
    assert_eq!(hostable("192.168.5.4", true), Ok(Val::Bool(false)));
}

#[test]
fn uri_encode_keeps_only_unreserved_characters_with_upper_case_hex() {
    let encode = |value| call(Func::UriEncode, &[s(value)]);
    assert_eq!(encode("aZ09-._~"), Ok(s("aZ09-._~")));
    assert_eq!(
        encode("/:,?#[]{}|@! $&'()*+;=%<>\"^`\\"),
        Ok(s("%2F%3A%2C%3F%23%5B%5D%7B%7D%7C%40%21%20%24%26%27%28%29%2A%2B%3B%3D%25%3C%3E%22%5E%60%5C"))
    );
    assert_eq!(encode("\u{e9}"), Ok(s("%C3%A9")));
    assert_eq!(call(Func::UriEncode, &[Val::None]), Ok(Val::None));
}

#[test]
fn parse_arn_splits_the_resource_on_colons_and_slashes() {
    let arn = call(
        Func::ParseArn,
        &[s("arn:aws:kinesis:us-east-1:123:stream/name:consumer/c1")],
    )
    .unwrap();
    assert_eq!(arn.member("partition"), s("aws"));
    assert_eq!(arn.member("service"), s("kinesis"));
    assert_eq!(arn.member("region"), s("us-east-1"));
    assert_eq!(arn.member("accountId"), s("123"));
    assert_eq!(
        arn.member("resourceId"),
        strings(&["stream", "name", "consumer", "c1"])
    );
    // Region and account may be empty.
    let global = call(Func::ParseArn, &[s("arn:aws:iam:::role/r")]).unwrap();
    assert_eq!(global.member("region"), s(""));
    assert_eq!(global.member("resourceId"), strings(&["role", "r"]));
}

#[test]
fn parse_arn_is_unset_without_partition_service_or_resource() {
    for not_an_arn in [
        "arn::s3:r:a:res",
        "arn:aws::r:a:res",
        "arn:aws:s3:r:a:",
        "arn:aws:s3:r",
        "aws:s3:r:a:res",
        "",
    ] {
        assert_eq!(
            call(Func::ParseArn, &[s(not_an_arn)]),
            Ok(Val::None),
            "{not_an_arn}"
        );
    }
    assert_eq!(call(Func::ParseArn, &[Val::None]), Ok(Val::None));
}

#[test]
fn split_with_limit_0_splits_everywhere_and_n_splits_into_at_most_n_parts() {
    let split = |value, limit| call(Func::Split, &[s(value), s("--"), Val::Int(limit)]);
    assert_eq!(split("a--b--c", 0), Ok(strings(&["a", "b", "c"])));
    assert_eq!(split("a--b--c", 2), Ok(strings(&["a", "b--c"])));
    assert_eq!(split("a--b--c", 1), Ok(strings(&["a--b--c"])));
    assert_eq!(split("", 0), Ok(strings(&[""])));
    assert_eq!(split("----", 0), Ok(strings(&["", "", ""])));
    assert_eq!(
        split("--x-s3--azid--suffix", 2),
        Ok(strings(&["", "x-s3--azid--suffix"]))
    );
}

#[test]
fn split_refuses_an_empty_delimiter_or_a_negative_limit() {
    assert!(call(Func::Split, &[s("abc"), s(""), Val::Int(0)]).is_err());
    assert!(call(Func::Split, &[s("abc"), s("b"), Val::Int(-1)]).is_err());
}

#[test]
fn the_partition_of_an_unset_region_is_the_first_partition() {
    assert_eq!(
        call(Func::Partition, &[Val::None]).unwrap().member("name"),
        s("aws")
    );
    assert_eq!(
        call(Func::Partition, &[s("cn-north-1")])
            .unwrap()
            .member("name"),
        s("aws-cn")
    );
}
