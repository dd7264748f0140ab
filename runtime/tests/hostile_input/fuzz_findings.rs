//! What the fuzzers found, pinned (`fuzz/FINDINGS.md`).

use super::*;

/// Fuzz finding 1 (`fuzz/FINDINGS.md`, fixed in the derive): boto3's form of an unknown
/// member read into the value-keeping `SdkUnknownMember` (with a `null` value) was written
/// back as `{"<name>": null}`, a union with no member set, so the written output did not read.
#[test]
fn boto3_unknown_member_form_written_back_reads_again() {
    let body = r#"{"protectedQuery":{"resultConfiguration":{"outputConfiguration":{"SDK_UNKNOWN_MEMBER":{"name":"futureMember"}}}}}"#;
    let output = decode(body).expect("boto3's form reads");
    let written = serde_json::to_vec(&output).expect("writes");
    let again = decode(&written)
        .unwrap_or_else(|e| panic!("{e}\nwritten: {}", String::from_utf8_lossy(&written)));
    assert_eq!(again, output);
}
