//! A rule set that cannot be evaluated is refused when it is loaded, saying where and why.

use aws_union_client::endpoint::RuleSet;

/// The load error of a rule set with these rules, as displayed.
fn error(parameters: &str, rules: &str) -> String {
    let json =
        format!(r#"{{"version": "1.0", "parameters": {{{parameters}}}, "rules": [{rules}]}}"#);
    RuleSet::from_json(&json).expect_err("refused").to_string()
}

fn condition_error(condition: &str) -> String {
    error(
        "",
        &format!(
            r#"{{"type": "endpoint", "conditions": [{condition}], "endpoint": {{"url": "https://x"}}}}"#
        ),
    )
}

#[test]
fn text_that_is_not_json_is_refused() {
    let error = RuleSet::from_json("{\"version\": ").unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("endpoint rule set: EOF while parsing"),
        "{error}"
    );
}

#[test]
fn a_missing_version_parameters_or_rules_is_refused_naming_it() {
    assert_eq!(
        RuleSet::from_json(r#"{"parameters": {}, "rules": []}"#)
            .unwrap_err()
            .to_string(),
        "endpoint rule set: no `version`"
    );
    assert_eq!(
        RuleSet::from_json(r#"{"version": "1.0", "rules": []}"#)
            .unwrap_err()
            .to_string(),
        "endpoint rule set: no `parameters`"
    );
}

#[test]
fn an_unknown_function_is_refused_naming_it_and_its_path() {
    assert_eq!(
        condition_error(r#"{"fn": "isSet", "argv": [{"fn": "aws.isEven", "argv": [1]}]}"#),
        "endpoint rule set: at rules[0].conditions[0].argv[0]: unknown function `aws.isEven`"
    );
}

#[test]
fn a_function_with_the_wrong_number_of_arguments_is_refused() {
    assert_eq!(
        condition_error(r#"{"fn": "booleanEquals", "argv": [true]}"#),
        "endpoint rule set: at rules[0].conditions[0]: `booleanEquals` takes 2 arguments, not 1"
    );
    assert_eq!(
        condition_error(r#"{"fn": "coalesce", "argv": []}"#),
        "endpoint rule set: at rules[0].conditions[0]: `coalesce` takes 1 or more arguments, not 0"
    );
    assert_eq!(
        condition_error(r#"{"fn": "getAttr", "argv": [{"ref": "x"}]}"#),
        "endpoint rule set: at rules[0].conditions[0]: `getAttr` takes 2 arguments, not 1"
    );
}

#[test]
fn a_get_attr_path_that_is_not_a_literal_path_is_refused() {
    assert_eq!(
        condition_error(r#"{"fn": "getAttr", "argv": [{"ref": "x"}, "a[b]"]}"#),
        "endpoint rule set: at rules[0].conditions[0].argv[1]: `a[b]` is not a path (`key`, `key.key`, `key[0]`, `[0]`)"
    );
    assert_eq!(
        condition_error(r#"{"fn": "getAttr", "argv": [{"ref": "x"}, {"ref": "path"}]}"#),
        "endpoint rule set: at rules[0].conditions[0].argv[1]: expected a string, found an object"
    );
}

#[test]
fn a_condition_that_is_not_a_function_call_is_refused() {
    assert_eq!(
        condition_error(r#"{"ref": "Region"}"#),
        "endpoint rule set: at rules[0].conditions[0]: a condition must be a function call (`fn`)"
    );
}

#[test]
fn an_assignment_outside_a_condition_is_refused() {
    assert_eq!(
        condition_error(r#"{"fn": "isSet", "argv": [{"fn": "aws.partition", "argv": ["r"], "assign": "p"}]}"#),
        "endpoint rule set: at rules[0].conditions[0].argv[0]: `assign` is only allowed on a condition"
    );
}

#[test]
fn an_unknown_rule_type_is_refused() {
    assert_eq!(
        error("", r#"{"type": "redirect", "conditions": []}"#),
        "endpoint rule set: at rules[0].type: unknown rule type `redirect` (not tree, endpoint or error)"
    );
}

#[test]
fn a_rule_missing_a_member_of_its_type_is_refused_naming_it() {
    assert_eq!(
        error(
            "",
            r#"{"type": "tree", "conditions": [], "rules": [{"type": "endpoint", "conditions": []}]}"#
        ),
        "endpoint rule set: at rules[0].rules[0]: no `endpoint`"
    );
    assert_eq!(
        error("", r#"{"type": "error", "error": "e"}"#),
        "endpoint rule set: at rules[0]: no `conditions`"
    );
    assert_eq!(
        error(
            "",
            r#"{"type": "endpoint", "conditions": [], "endpoint": {"headers": {}}}"#
        ),
        "endpoint rule set: at rules[0].endpoint: no `url`"
    );
}

#[test]
fn a_malformed_template_is_refused_naming_its_path() {
    assert_eq!(
        error(
            "",
            r#"{"type": "endpoint", "conditions": [], "endpoint": {"url": "https://{Region}.{x"}}"#
        ),
        "endpoint rule set: at rules[0].endpoint.url: an unclosed `{` (write `{{` for a brace)"
    );
    assert_eq!(
        error("", r#"{"type": "endpoint", "conditions": [], "endpoint": {"url": "x", "properties": {"a": ["{Region}}"]}}}"#),
        "endpoint rule set: at rules[0].endpoint.properties.a[0]: a single `}` (write `}}` for a brace)"
    );
}

#[test]
fn a_parameter_of_unknown_type_or_with_a_default_of_another_type_is_refused() {
    assert_eq!(
        error(r#""Region": {"type": "region"}"#, ""),
        "endpoint rule set: at parameters.Region.type: unknown parameter type `region` (not string, boolean or stringArray)"
    );
    assert_eq!(
        error(r#""UseFIPS": {"type": "boolean", "default": "false"}"#, ""),
        "endpoint rule set: at parameters.UseFIPS.default: expected a boolean default, found a string"
    );
    assert_eq!(
        error(r#""Arns": {"type": "stringArray", "default": ["a", 1]}"#, ""),
        "endpoint rule set: at parameters.Arns.default: expected a stringArray default, found a list"
    );
}

#[test]
fn a_number_that_is_not_a_whole_number_is_refused() {
    assert_eq!(
        condition_error(r#"{"fn": "substring", "argv": ["abc", 0.5, 2, false]}"#),
        "endpoint rule set: at rules[0].conditions[0].argv[1]: the number 0.5 is not a whole number in the range of i64"
    );
}
