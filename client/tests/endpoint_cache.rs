//! A `Resolver` evaluates each parameter set once, then answers from a bounded cache.

use std::sync::Arc;

use aws_union_client::endpoint::{Params, ResolveError, Resolver, RuleSet};

fn resolver() -> Resolver {
    let rules = RuleSet::from_json(
        r#"{"version": "1.0",
            "parameters": {"Region": {"type": "string", "builtIn": "AWS::Region"}},
            "rules": [{"type": "endpoint", "conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]}],
                       "endpoint": {"url": "https://api.{Region}.example.com"}},
                      {"type": "error", "conditions": [], "error": "no region"}]}"#,
    )
    .unwrap();
    Resolver::new(rules)
}

fn region(name: &str) -> Params {
    Params::new().with("Region", name)
}

#[test]
fn a_second_resolution_with_the_same_parameters_does_not_evaluate_the_rules_again() {
    let resolver = resolver();
    let first = resolver.resolve(&region("us-east-1")).unwrap();
    let second = resolver.resolve(&region("us-east-1")).unwrap();
    assert_eq!(resolver.resolutions(), 1);
    assert!(
        Arc::ptr_eq(&first, &second),
        "the very endpoint resolved first"
    );
    assert_eq!(second.url(), "https://api.us-east-1.example.com");
}

#[test]
fn each_distinct_parameter_set_is_resolved_once() {
    let resolver = resolver();
    for _ in 0..3 {
        resolver.resolve(&region("us-east-1")).unwrap();
        resolver.resolve(&region("eu-west-1")).unwrap();
        resolver
            .resolve(&Params::new().with_builtin("AWS::Region", "us-east-1"))
            .unwrap();
    }
    assert_eq!(resolver.resolutions(), 3);
}

#[test]
fn the_cache_keeps_at_most_its_capacity_dropping_the_oldest() {
    let resolver = resolver().with_capacity(2);
    for name in ["a", "b", "c"] {
        resolver.resolve(&region(name)).unwrap();
    }
    assert_eq!(resolver.resolutions(), 3);
    resolver.resolve(&region("c")).unwrap();
    resolver.resolve(&region("b")).unwrap();
    assert_eq!(resolver.resolutions(), 3, "b and c are kept");
    resolver.resolve(&region("a")).unwrap();
    assert_eq!(
        resolver.resolutions(),
        4,
        "a was dropped to make room for c"
    );
}

#[test]
fn errors_are_not_cached() {
    let resolver = resolver();
    for _ in 0..2 {
        assert_eq!(
            resolver.resolve(&Params::new()).unwrap_err(),
            ResolveError::RuleSet("no region".into())
        );
    }
    assert_eq!(resolver.resolutions(), 2);
}

#[test]
fn one_resolver_serves_many_threads() {
    let resolver = resolver();
    std::thread::scope(|scope| {
        for _ in 0..8 {
            scope.spawn(|| {
                for _ in 0..100 {
                    assert_eq!(
                        resolver.resolve(&region("ap-south-1")).unwrap().url(),
                        "https://api.ap-south-1.example.com"
                    );
                }
            });
        }
    });
    // Threads that miss at the same moment may each resolve once; then all hit the cache.
    assert!(
        (1..=8).contains(&resolver.resolutions()),
        "{}",
        resolver.resolutions()
    );
}
