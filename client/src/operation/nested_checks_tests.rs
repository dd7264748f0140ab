use super::*;

struct Statement {
    name: String,
    kind: Option<String>,
}

impl Validate for Statement {
    fn validate(&self, at: &At<'_>) -> Result<(), InputError> {
        required_at(at, "Kind", &self.kind)?;
        min_len_at(at, "Name", &self.name, 1)
    }
}

fn root() -> At<'static> {
    At::root("ExecuteTransaction")
}

#[test]
fn a_nested_error_names_the_member_by_its_path_through_lists() {
    let statements = vec![
        Statement {
            name: "a".into(),
            kind: Some("k".into()),
        },
        Statement {
            name: String::new(),
            kind: Some("k".into()),
        },
    ];
    let error = nested(&root(), "Statements", &statements).unwrap_err();
    assert_eq!(error.member(), "Statements[1].Name");
    assert_eq!(error.operation(), "ExecuteTransaction");
    assert_eq!(error.kind(), &InputErrorKind::TooShort { min: 1, len: 0 });
}

#[test]
fn a_map_entry_is_named_by_its_quoted_key() {
    let map = BTreeMap::from([(
        "pk \"1\"".to_string(),
        Statement {
            name: "n".into(),
            kind: None,
        },
    )]);
    let error = nested(&root(), "Item", &Some(map)).unwrap_err();
    assert_eq!(error.member(), r#"Item["pk \"1\""].Kind"#);
    assert_eq!(error.kind(), &InputErrorKind::Missing);
}

#[test]
fn an_unset_enum_or_union_of_a_nested_structure_is_missing() {
    let unset = UNSET_ENUM_VALUE.to_string();
    let error = enum_set(&root(), "KeyType", &unset).unwrap_err();
    assert_eq!(
        (error.member(), error.kind()),
        ("KeyType", &InputErrorKind::Missing)
    );
    assert!(enum_set(&root(), "KeyType", &"HASH".to_string()).is_ok());
    assert!(union_set(&root(), "Value", "").is_err());
    assert!(union_set(&root(), "Value", "S").is_ok());
}

#[test]
fn list_items_and_map_values_and_keys_are_checked_one_by_one() {
    let names = Some(vec!["a".to_string(), String::new()]);
    let error = items_min_len(&root(), "Names", &names, 1).unwrap_err();
    assert_eq!(error.member(), "Names[1]");
    let sparse: Vec<Option<String>> = vec![None, Some("ab".into())];
    assert!(items_min_len(&root(), "Names", &sparse, 2).is_ok());
    let limits = BTreeMap::from([("x".to_string(), 0i32)]);
    let error = items_min_value(&root(), "Limits", &limits, 1.0).unwrap_err();
    assert_eq!(error.member(), r#"Limits["x"]"#);
    assert_eq!(
        error.kind(),
        &InputErrorKind::TooSmall {
            min: 1.0,
            value: 0.0
        }
    );
    let error = keys_min_len(&root(), "Tags", &limits, 2).unwrap_err();
    assert_eq!(error.member(), r#"Tags["x"]"#);
}

#[test]
fn an_unset_nested_member_passes_its_length_and_value_checks() {
    let nothing: Option<Vec<String>> = None;
    assert!(min_len_at(&root(), "Names", &nothing, 1).is_ok());
    assert!(items_min_len(&root(), "Names", &nothing, 1).is_ok());
    assert!(min_value_at(&root(), "Limit", &None::<i64>, 1.0).is_ok());
    assert!(nested(&root(), "Statements", &None::<Vec<Statement>>).is_ok());
}
