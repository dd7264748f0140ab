extern crate aws_union_edition_2015_check as models;
extern crate serde_json;

use models::{Holder, Output, Query, Status};

#[test]
fn the_derives_read_and_write_in_an_edition_2015_crate() {
    let query: Query =
        serde_json::from_str(r#"{"id": "q", "ratio": "NaN", "output": {"quit": {}}}"#).unwrap();
    assert_eq!(query.status, Status::Unknown("no value was set".into()));
    assert!(query.ratio.is_some_and(f64::is_nan));
    assert_eq!(query.output, Some(Output::Quit));
    assert!(format!("{:?}", query).contains("*** Sensitive Data Redacted ***"));
    let holder: Holder<u8> = serde_json::from_str(r#"{"value": 1}"#).unwrap();
    assert_eq!(serde_json::to_string(&holder).unwrap(), r#"{"value":1}"#);
    assert_eq!(
        "One".parse::<models::Closed>().ok(),
        Some(models::Closed::One)
    );
}
