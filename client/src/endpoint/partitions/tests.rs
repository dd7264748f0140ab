//! The partition table: built in, or read from a `partitions.json`.

use super::*;

fn table(partitions: &str) -> Result<Partitions, LoadError> {
    Partitions::from_json(&format!(
        r#"{{"version": "1.1", "partitions": [{partitions}]}}"#
    ))
}

#[test]
fn every_builtin_region_pattern_compiles() {
    for partition in Partitions::builtin().iter() {
        assert!(
            partition.pattern.is_some(),
            "{}: {}",
            partition.id,
            partition.region_regex
        );
    }
}

#[test]
fn a_region_is_in_the_first_partition_that_lists_it_or_matches_it_in_table_order() {
    let builtin = Partitions::builtin();
    assert_eq!(builtin.partition_of("us-east-1").id(), "aws");
    assert_eq!(builtin.partition_of("us-gov-east-1").id(), "aws-us-gov");
    assert_eq!(builtin.partition_of("us-iso-west-1").id(), "aws-iso");
    assert_eq!(builtin.partition_of("us-isof-south-1").id(), "aws-iso-f");
    assert_eq!(builtin.partition_of("eu-isoe-west-1").id(), "aws-iso-e");
    assert_eq!(builtin.partition_of("aws-us-gov-global").id(), "aws-us-gov");
    // Listed by name beats a later partition's pattern; an earlier pattern beats a later list.
    let both = table(
        r#"{"id": "first", "regionRegex": "^x-", "regions": {}, "outputs": {}},
           {"id": "second", "regionRegex": "^y-", "regions": {"x-1": {}}, "outputs": {}}"#,
    )
    .unwrap();
    assert_eq!(both.partition_of("x-1").id(), "first");
}

#[test]
fn a_region_no_partition_knows_is_in_the_first_partition() {
    assert_eq!(
        Partitions::builtin().partition_of("mars-east-1").id(),
        "aws"
    );
    assert_eq!(Partitions::builtin().partition_of("").id(), "aws");
}

#[test]
fn the_name_output_is_the_partition_id() {
    let renamed = table(r#"{"id": "p", "regionRegex": "^p", "regions": {}, "outputs": {"name": "other", "dnsSuffix": "p.example"}}"#).unwrap();
    let p = renamed.partition_of("p-1");
    assert_eq!(p.output("name"), Some(Value::from("p")));
    assert_eq!(p.output("dnsSuffix"), Some(Value::from("p.example")));
}

#[test]
fn a_table_with_a_pattern_beyond_the_subset_is_refused_naming_it() {
    let error =
        table(r#"{"id": "p", "regionRegex": "^p{2}", "regions": {}, "outputs": {}}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "partitions: at partitions[0].regionRegex: `^p{2}`: a counted repetition `{…}` at character 2 is not supported"
    );
}

#[test]
fn a_table_without_partitions_or_with_a_bad_member_is_refused() {
    assert_eq!(
        table("").unwrap_err().to_string(),
        "partitions: at partitions: no partition"
    );
    assert_eq!(
        Partitions::from_json("{}").unwrap_err().to_string(),
        "partitions: no `partitions` list"
    );
    assert_eq!(
        table(r#"{"id": "p", "regionRegex": "^p", "regions": {}, "outputs": {"supportsFIPS": 1}}"#)
            .unwrap_err()
            .to_string(),
        "partitions: at partitions[0].outputs.supportsFIPS: expected a string or a boolean, found an integer"
    );
    assert_eq!(
        table(r#"{"id": "p", "regions": {}, "outputs": {}}"#)
            .unwrap_err()
            .to_string(),
        "partitions: at partitions[0]: no `regionRegex` string"
    );
}
