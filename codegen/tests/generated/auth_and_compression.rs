//! Generated operations that the model marks unsigned (`authtype: none`,
//! `auth: ["smithy.api#noAuth"]`), compressed (`requestcompression`) or checksummed
//! (`httpChecksum`, `httpChecksumRequired`). This file is copied into the crate that
//! `tests/compile.rs` generates, and runs there.

use std::io::Read as _;

use base64::Engine as _;

use aws_union_client::operation::compression::MIN_COMPRESSION_SIZE;
use aws_union_client::operation::{EndpointUrl, Operation, RequestContext};
use generated_models::operations_json as json;

fn note_request(len: usize) -> aws_union_client::http::Request<Vec<u8>> {
    let endpoint = EndpointUrl::parse("https://ledger.example.com").unwrap();
    let mut input = json::PutNoteInput::default();
    input.note = Some("n".repeat(len));
    json::PutNote::build_request(&input, &RequestContext::new(&endpoint)).unwrap()
}

#[test]
fn an_operation_marked_no_auth_is_unsigned_and_others_are_signed() {
    // The client sends an operation with `SIGNED == false` without credentials or signature
    // (aws-union-client's `an_unsigned_operation_is_sent_without_credentials_or_signature`).
    const { assert!(!<json::Ping as Operation>::SIGNED) };
    const { assert!(<json::CreateEntry as Operation>::SIGNED) };
}

#[test]
fn a_compressed_operation_gzips_a_body_of_at_least_the_minimum_size() {
    let request = note_request(MIN_COMPRESSION_SIZE);
    assert_eq!(request.headers()["content-encoding"], "gzip");
    assert_eq!(
        request.headers()["content-length"],
        request.body().len().to_string().as_str()
    );
    assert!(request.body().len() < MIN_COMPRESSION_SIZE / 10);
    let mut unzipped = Vec::new();
    flate2::read::GzDecoder::new(&request.body()[..])
        .read_to_end(&mut unzipped)
        .unwrap();
    let body: serde_json::Value = serde_json::from_slice(&unzipped).unwrap();
    assert_eq!(
        body["note"].as_str().map(str::len),
        Some(MIN_COMPRESSION_SIZE)
    );
}

#[test]
fn a_compressed_operation_sends_a_smaller_body_as_it_is() {
    let request = note_request(100);
    assert!(request.headers().get("content-encoding").is_none());
    let body: serde_json::Value = serde_json::from_slice(request.body()).unwrap();
    assert_eq!(body["note"].as_str().map(str::len), Some(100));
}

fn checked_request(
    algorithm: Option<json::ChecksumAlgorithm>,
) -> Result<aws_union_client::http::Request<Vec<u8>>, aws_union_client::operation::InputError> {
    let endpoint = EndpointUrl::parse("https://ledger.example.com").unwrap();
    let mut input = json::PutCheckedInput::default();
    input.note = Some("Hello".into());
    input.algorithm = algorithm;
    json::PutChecked::build_request(&input, &RequestContext::new(&endpoint))
}

#[test]
fn a_required_checksum_is_crc32_of_the_body_sent() {
    let request = checked_request(None).unwrap();
    let crc = aws_union_client::operation::checksum::crc32(request.body());
    let expected = base64::engine::general_purpose::STANDARD.encode(crc.to_be_bytes());
    assert_eq!(request.headers()["x-amz-checksum-crc32"], expected.as_str());
}

#[test]
fn the_algorithm_member_picks_the_checksum_and_one_not_computed_is_refused_naming_it() {
    let request = checked_request(Some(json::ChecksumAlgorithm::Crc32)).unwrap();
    assert!(request.headers().contains_key("x-amz-checksum-crc32"));
    let error = checked_request(Some(json::ChecksumAlgorithm::Sha256)).unwrap_err();
    assert_eq!(error.member(), "algorithm");
}

#[test]
fn a_compressed_and_checksummed_body_has_the_checksum_of_the_gzipped_bytes() {
    let endpoint = EndpointUrl::parse("https://ledger.example.com").unwrap();
    let mut input = json::PutNoteInput::default();
    input.note = Some("n".repeat(MIN_COMPRESSION_SIZE));
    let request =
        json::PutLegacyChecked::build_request(&input, &RequestContext::new(&endpoint)).unwrap();
    assert_eq!(request.headers()["content-encoding"], "gzip");
    let crc = aws_union_client::operation::checksum::crc32(request.body());
    let expected = base64::engine::general_purpose::STANDARD.encode(crc.to_be_bytes());
    assert_eq!(request.headers()["x-amz-checksum-crc32"], expected.as_str());
}
