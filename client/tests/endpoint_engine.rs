//! The rules language as the engine evaluates it, rule by rule, on small rule sets.

use aws_union_client::endpoint::{Endpoint, ParamValue, Params, ResolveError, RuleSet, Value};

/// A rule set with these parameters and rules (JSON text of each).
fn rules(parameters: &str, rules: &str) -> RuleSet {
    let json =
        format!(r#"{{"version": "1.0", "parameters": {{{parameters}}}, "rules": [{rules}]}}"#);
    RuleSet::from_json(&json).unwrap_or_else(|e| panic!("{e}\n{json}"))
}

fn endpoint(url: &str) -> String {
    format!(r#"{{"type": "endpoint", "conditions": [], "endpoint": {{"url": "{url}"}}}}"#)
}

fn url(result: Result<Endpoint, ResolveError>) -> String {
    match result {
        Ok(endpoint) => endpoint.url().to_owned(),
        Err(error) => format!("error: {error}"),
    }
}

const REGION: &str = r#""Region": {"type": "string", "builtIn": "AWS::Region"}"#;
const FIPS: &str = r#""UseFIPS": {"type": "boolean", "builtIn": "AWS::UseFIPS", "required": true, "default": false}"#;

#[test]
fn a_parameter_not_set_takes_its_default() {
    let rules = rules(
        FIPS,
        &format!(
            r#"{{"type": "endpoint", "conditions": [{{"fn": "booleanEquals", "argv": [{{"ref": "UseFIPS"}}, false]}}],
                 "endpoint": {{"url": "https://plain"}}}}, {}"#,
            endpoint("https://fips")
        ),
    );
    assert_eq!(url(rules.resolve(&Params::new())), "https://plain");
    assert_eq!(
        url(rules.resolve(&Params::new().with("UseFIPS", true))),
        "https://fips"
    );
}

#[test]
fn a_builtin_value_fills_the_parameter_declaring_it_unless_set_by_name() {
    let rules = rules(REGION, &endpoint("https://{Region}"));
    let builtin = Params::new().with_builtin("AWS::Region", "eu-west-1");
    assert_eq!(url(rules.resolve(&builtin)), "https://eu-west-1");
    assert_eq!(
        url(rules.resolve(&builtin.with("Region", "us-east-2"))),
        "https://us-east-2"
    );
}

#[test]
fn builtin_values_no_parameter_declares_are_ignored() {
    let rules = rules(REGION, &endpoint("https://fixed"));
    let params = Params::new().with_builtin("AWS::S3::Accelerate", true);
    assert_eq!(url(rules.resolve(&params)), "https://fixed");
}

#[test]
fn a_required_parameter_without_a_value_is_an_error_naming_it() {
    let rules = rules(
        r#""Bucket": {"type": "string", "required": true}"#,
        &endpoint("https://x"),
    );
    let error = rules.resolve(&Params::new()).unwrap_err();
    assert_eq!(error, ResolveError::MissingParameter("Bucket".into()));
    assert_eq!(
        error.to_string(),
        "endpoint parameter `Bucket` is required and not set"
    );
}

#[test]
fn a_parameter_of_another_type_than_declared_is_an_error_naming_it() {
    let rules = rules(FIPS, &endpoint("https://x"));
    let error = rules
        .resolve(&Params::new().with("UseFIPS", "yes"))
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "endpoint parameter `UseFIPS` must be a boolean"
    );
    let builtin = rules.resolve(&Params::new().with_builtin("AWS::UseFIPS", "yes"));
    assert_eq!(builtin.unwrap_err(), error);
}

#[test]
fn a_parameter_the_rule_set_does_not_declare_is_an_error_naming_it() {
    let rules = rules(REGION, &endpoint("https://x"));
    let error = rules
        .resolve(&Params::new().with("region", "us-east-1"))
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "endpoint parameter `region` is not a parameter of this rule set"
    );
}

#[test]
fn rules_are_tried_in_order_and_the_first_that_matches_wins() {
    let rules = rules(
        REGION,
        &format!(
            r#"{{"type": "endpoint", "conditions": [{{"fn": "isSet", "argv": [{{"ref": "Region"}}]}}],
                 "endpoint": {{"url": "https://first"}}}}, {}, {}"#,
            endpoint("https://second"),
            endpoint("https://third")
        ),
    );
    assert_eq!(
        url(rules.resolve(&Params::new().with("Region", "r"))),
        "https://first"
    );
    assert_eq!(url(rules.resolve(&Params::new())), "https://second");
}

#[test]
fn a_condition_that_is_false_or_unset_stops_its_rule_and_anything_else_passes() {
    let first_condition = |condition: &str| {
        let rules = rules(
            REGION,
            &format!(
                r#"{{"type": "endpoint", "conditions": [{condition}], "endpoint": {{"url": "https://matched"}}}}, {}"#,
                endpoint("https://next")
            ),
        );
        url(rules.resolve(&Params::new().with("Region", "")))
    };
    assert_eq!(
        first_condition(r#"{"fn": "booleanEquals", "argv": [true, false]}"#),
        "https://next"
    );
    assert_eq!(
        first_condition(r#"{"fn": "aws.parseArn", "argv": ["not an arn"]}"#),
        "https://next"
    );
    // An empty string is set: the condition holds.
    assert_eq!(
        first_condition(r#"{"fn": "coalesce", "argv": [{"ref": "Region"}, "x"]}"#),
        "https://matched"
    );
    assert_eq!(
        first_condition(r#"{"fn": "aws.partition", "argv": ["us-east-1"]}"#),
        "https://matched"
    );
}

#[test]
fn an_assignment_is_seen_by_later_conditions_and_sub_rules_but_not_by_the_next_rule() {
    let rules = rules(
        REGION,
        r#"{"type": "tree", "conditions": [{"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"},
                                           {"fn": "stringEquals", "argv": [{"fn": "getAttr", "argv": [{"ref": "P"}, "name"]}, "aws-cn"]}],
            "rules": [{"type": "endpoint", "conditions": [], "endpoint": {"url": "https://{P#name}"}}]},
           {"type": "endpoint", "conditions": [{"fn": "isSet", "argv": [{"ref": "P"}]}], "endpoint": {"url": "https://leaked"}},
           {"type": "endpoint", "conditions": [], "endpoint": {"url": "https://not-assigned"}}"#,
    );
    assert_eq!(
        url(rules.resolve(&Params::new().with("Region", "cn-north-1"))),
        "https://aws-cn"
    );
    assert_eq!(
        url(rules.resolve(&Params::new().with("Region", "us-east-1"))),
        "https://not-assigned"
    );
}

#[test]
fn a_tree_rule_whose_sub_rules_all_fail_falls_through_to_the_next_rule() {
    let rules = rules(
        REGION,
        &format!(
            r#"{{"type": "tree", "conditions": [], "rules": [
                  {{"type": "endpoint", "conditions": [{{"fn": "isSet", "argv": [{{"ref": "Region"}}]}}], "endpoint": {{"url": "https://in-tree"}}}}]}},
               {}"#,
            endpoint("https://after-tree")
        ),
    );
    assert_eq!(url(rules.resolve(&Params::new())), "https://after-tree");
    assert_eq!(
        url(rules.resolve(&Params::new().with("Region", "r"))),
        "https://in-tree"
    );
}

#[test]
fn an_error_rule_gives_its_message_exactly_with_its_templates_filled() {
    let rules = rules(
        REGION,
        r#"{"type": "error", "conditions": [], "error": "Invalid Configuration: region `{Region}` is {{not}} supported"}"#,
    );
    let error = rules
        .resolve(&Params::new().with("Region", "mars"))
        .unwrap_err();
    assert_eq!(
        error,
        ResolveError::RuleSet("Invalid Configuration: region `mars` is {not} supported".into())
    );
}

#[test]
fn no_rule_matching_is_an_error() {
    let rules = rules(
        REGION,
        r#"{"type": "endpoint", "conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]}], "endpoint": {"url": "https://x"}}"#,
    );
    assert_eq!(
        rules.resolve(&Params::new()).unwrap_err(),
        ResolveError::NoRuleMatched
    );
}

#[test]
fn endpoint_urls_headers_and_properties_fill_their_templates() {
    let rules = rules(
        REGION,
        r#"{"type": "endpoint", "conditions": [{"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"}],
            "endpoint": {"url": {"ref": "Region"},
                         "headers": {"x-region": ["{Region}", "fixed", {"fn": "uriEncode", "argv": ["a b"]}]},
                         "properties": {"authSchemes": [{"name": "sigv4", "signingRegion": "{Region}", "disableDoubleEncoding": true}],
                                        "suffix": "{P#dualStackDnsSuffix}", "count": 2, "nothing": null}}}"#,
    );
    let endpoint = rules
        .resolve(&Params::new().with("Region", "cn-north-1"))
        .unwrap();
    assert_eq!(endpoint.url(), "cn-north-1");
    assert_eq!(
        endpoint.headers()["x-region"],
        ["cn-north-1", "fixed", "a%20b"]
    );
    assert_eq!(
        endpoint.auth_schemes(),
        [Value::Object(
            [
                ("name".to_owned(), Value::from("sigv4")),
                ("signingRegion".to_owned(), Value::from("cn-north-1")),
                ("disableDoubleEncoding".to_owned(), Value::from(true)),
            ]
            .into()
        )]
    );
    assert_eq!(
        endpoint.properties()["suffix"],
        Value::from("api.amazonwebservices.com.cn")
    );
    assert_eq!(endpoint.properties()["count"], Value::Integer(2));
    assert_eq!(endpoint.properties()["nothing"], Value::Null);
}

#[test]
fn get_attr_reads_keys_and_indexes_and_is_unset_off_the_path() {
    let rules = rules(
        r#""Arn": {"type": "string"}, "List": {"type": "stringArray"}"#,
        r#"{"type": "endpoint", "conditions": [
              {"fn": "aws.parseArn", "argv": [{"ref": "Arn"}], "assign": "arn"},
              {"fn": "getAttr", "argv": [{"ref": "arn"}, "resourceId[1]"], "assign": "name"},
              {"fn": "getAttr", "argv": [{"ref": "List"}, "[0]"], "assign": "first"}],
            "endpoint": {"url": "https://{name}.{first}.{arn#region}"}},
           {"type": "error", "conditions": [], "error": "off the path"}"#,
    );
    let params = Params::new()
        .with("Arn", "arn:aws:kinesis:us-east-1:123:stream/orders")
        .with("List", vec!["a", "b"]);
    assert_eq!(url(rules.resolve(&params)), "https://orders.a.us-east-1");
    let short_arn = params
        .clone()
        .with("Arn", "arn:aws:kinesis:us-east-1:123:stream");
    assert_eq!(url(rules.resolve(&short_arn)), "error: off the path");
    let empty_list = params.with("List", ParamValue::StringArray(vec![]));
    assert_eq!(url(rules.resolve(&empty_list)), "error: off the path");
}

#[test]
fn coalesce_gives_the_first_set_value() {
    let rules = rules(
        r#""A": {"type": "string"}, "B": {"type": "string"}"#,
        r#"{"type": "endpoint", "conditions": [{"fn": "coalesce", "argv": [{"ref": "A"}, {"ref": "B"}, "default"], "assign": "v"}],
            "endpoint": {"url": "https://{v}"}}"#,
    );
    assert_eq!(url(rules.resolve(&Params::new())), "https://default");
    assert_eq!(
        url(rules.resolve(&Params::new().with("B", "b"))),
        "https://b"
    );
    assert_eq!(
        url(rules.resolve(&Params::new().with("A", "a").with("B", "b"))),
        "https://a"
    );
}

#[test]
fn ite_gives_one_branch_by_its_condition() {
    let rules = rules(
        FIPS,
        r#"{"type": "endpoint", "conditions": [{"fn": "ite", "argv": [{"ref": "UseFIPS"}, "-fips", ""], "assign": "suffix"}],
            "endpoint": {"url": "https://svc{suffix}.example.com"}}"#,
    );
    assert_eq!(
        url(rules.resolve(&Params::new())),
        "https://svc.example.com"
    );
    assert_eq!(
        url(rules.resolve(&Params::new().with("UseFIPS", true))),
        "https://svc-fips.example.com"
    );
}

#[test]
fn comparing_an_unset_value_as_a_string_is_an_evaluation_error() {
    let rules = rules(
        REGION,
        r#"{"type": "endpoint", "conditions": [{"fn": "stringEquals", "argv": [{"ref": "Region"}, "us-east-1"]}], "endpoint": {"url": "https://x"}}"#,
    );
    assert_eq!(
        rules.resolve(&Params::new()).unwrap_err().to_string(),
        "endpoint rules: `stringEquals` takes two strings, not unset, a string"
    );
}

#[test]
fn a_template_field_that_is_not_a_string_is_an_evaluation_error() {
    let rules = rules(FIPS, &endpoint("https://{UseFIPS}"));
    assert_eq!(
        rules.resolve(&Params::new()).unwrap_err().to_string(),
        "endpoint rules: the template field `UseFIPS` is a boolean, not a string"
    );
}

#[test]
fn assigning_a_name_already_in_scope_is_an_evaluation_error() {
    let rules = rules(
        REGION,
        r#"{"type": "endpoint", "conditions": [{"fn": "aws.partition", "argv": ["us-east-1"], "assign": "Region"}], "endpoint": {"url": "https://x"}}"#,
    );
    assert_eq!(
        rules
            .resolve(&Params::new().with("Region", "r"))
            .unwrap_err()
            .to_string(),
        "endpoint rules: `Region` is assigned where it is already set"
    );
    // An unset parameter is not in scope: assigning its name is allowed, as in botocore.
    assert_eq!(url(rules.resolve(&Params::new())), "https://x");
}
