//! The region patterns: the subset partition tables use, matched as Python's `re.match`.

use super::*;

fn matches(pattern: &str, input: &str) -> bool {
    Pattern::new(pattern)
        .unwrap_or_else(|e| panic!("{pattern}: {e}"))
        .is_match(input)
}

#[test]
fn the_aws_partition_pattern_matches_its_regions_and_no_other() {
    let aws = r"^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$";
    for region in [
        "us-east-1",
        "eu-central-2",
        "mx-central-1",
        "ap-southeast-10",
    ] {
        assert!(matches(aws, region), "{region}");
    }
    for region in [
        "us-gov-west-1",
        "cn-north-1",
        "us-east",
        "us-east-1a",
        "xus-east-1",
        "us--1",
    ] {
        assert!(!matches(aws, region), "{region}");
    }
}

#[test]
fn a_group_holding_one_word_matches_that_word() {
    assert!(matches(r"^eusc\-(de)\-\w+\-\d+$", "eusc-de-east-1"));
    assert!(!matches(r"^eusc\-(de)\-\w+\-\d+$", "eusc-fr-east-1"));
}

#[test]
fn quantifiers_classes_and_alternatives_combine() {
    assert!(matches(r"^a(b|cd)*e?[x-z0-9]+$", "abcdbz9"));
    assert!(matches(r"^a(b|cd)*e?[x-z0-9]+$", "aex"));
    assert!(!matches(r"^a(b|cd)*e?[x-z0-9]+$", "acex"));
    assert!(matches(r"^[^-]+(?:-\w+)*$", "abc-d_e-f"));
    assert!(!matches(r"^[^-]+$", "a-b"));
    assert!(matches(r"^a.c\s\.$", "abc ."));
    assert!(matches(r"^[a-]+$", "a-a"));
}

#[test]
fn a_match_starts_at_the_start_but_need_not_reach_the_end_without_a_dollar() {
    assert!(matches(r"^us\-", "us-east-1"));
    assert!(
        matches(r"us\-", "us-east-1"),
        "re.match anchors at the start anyway"
    );
    assert!(!matches(r"east", "us-east-1"));
}

#[test]
fn a_dollar_also_matches_before_a_final_newline() {
    assert!(matches(r"^us\-\w+\-\d+$", "us-east-1\n"));
    assert!(!matches(r"^us\-\w+\-\d+$", "us-east-1\n\n"));
}

#[test]
fn word_and_digit_classes_take_unicode_letters_and_digits_as_python_does() {
    assert!(matches(r"^\w+$", "r\u{e9}gion_1"));
    assert!(matches(r"^\d+$", "\u{661}\u{662}"));
    assert!(!matches(r"^\w+$", "a-b"));
}

#[test]
fn syntax_beyond_the_subset_is_refused_naming_it() {
    for (pattern, why) in [
        (
            r"^a{2}$",
            "a counted repetition `{…}` at character 2 is not supported",
        ),
        (
            r"^(?=a)",
            "a group extension `(?…)` at character 2 is not supported",
        ),
        (r"^\bus", "the escape `\\b` at character 3 is not supported"),
        (r"^(a", "an unclosed group at character 3 is not supported"),
        (
            r"^a+?",
            "a lazy or possessive quantifier at character 3 is not supported",
        ),
        (r"^[a", "an unclosed `[` at character 3 is not supported"),
        (
            r"^a$b",
            "`$` before the end at character 3 is not supported",
        ),
        (r"^*", "`*` here at character 1 is not supported"),
    ] {
        assert_eq!(Pattern::new(pattern), Err(why.to_owned()), "{pattern}");
    }
    let deep = "(".repeat(100_000);
    assert_eq!(
        Pattern::new(&deep),
        Err("a group nested deeper than 16 at character 17 is not supported".to_owned())
    );
    let sixteen = format!("^{}a{}$", "(".repeat(16), ")".repeat(16));
    assert!(matches(&sixteen, "a"));
}

#[test]
fn nested_repetition_does_not_backtrack_on_a_long_input() {
    // A backtracking engine needs 2^n steps here; the thread set needs n. The thread and its
    // generous timeout only detect a hang.
    let (done, wait) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let input = "a".repeat(10_000) + "!";
        let _ = done.send(matches(r"^(a|a)*(a*)*$", &input));
    });
    let result = wait.recv_timeout(std::time::Duration::from_secs(60));
    assert_eq!(result, Ok(false));
}
