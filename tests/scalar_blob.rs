//! `Blob` on the wire: base64 text in JSON, a byte string in CBOR; one test per rule.

use aws_union::Blob;

fn to_cbor<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    ciborium::into_writer(value, &mut out).unwrap();
    out
}

fn cbor(bytes: &[u8]) -> Result<Blob, ciborium::de::Error<std::io::Error>> {
    ciborium::from_reader(bytes)
}

#[test]
fn blob_is_padded_base64_text_in_json() {
    let blob = Blob::from(b"hello".to_vec());
    assert_eq!(serde_json::to_string(&blob).unwrap(), r#""aGVsbG8=""#);
    let back: Blob = serde_json::from_str(r#""aGVsbG8=""#).unwrap();
    assert_eq!(back, blob);
}

#[test]
fn blob_is_a_byte_string_in_cbor() {
    let blob = Blob::from(b"hi!".to_vec());
    // 0x43: a byte string of three bytes.
    assert_eq!(to_cbor(&blob), [0x43, b'h', b'i', b'!']);
    assert_eq!(cbor(&to_cbor(&blob)).unwrap(), blob);
}

#[test]
fn blob_reads_base64_text_in_cbor() {
    assert_eq!(cbor(&to_cbor(&"aGkh")).unwrap().as_bytes(), b"hi!");
}

#[test]
fn blob_reads_base64_without_padding() {
    let blob: Blob = serde_json::from_str(r#""aGVsbG8""#).unwrap();
    assert_eq!(blob.as_bytes(), b"hello");
}

#[test]
fn invalid_base64_is_an_error() {
    for text in [
        r#""not base64!""#,
        r#""aGVsbG8==""#,
        r#""a""#,
        r#""aGVs bG8=""#,
    ] {
        let err = serde_json::from_str::<Blob>(text).unwrap_err();
        assert!(err.to_string().contains("invalid base64"), "{text}: {err}");
    }
    assert!(cbor(&to_cbor(&"%%%%")).is_err());
}

#[test]
fn empty_blob_is_empty_text_and_an_empty_byte_string() {
    let empty = Blob::default();
    assert_eq!(serde_json::to_string(&empty).unwrap(), r#""""#);
    assert_eq!(to_cbor(&empty), [0x40]);
    assert_eq!(serde_json::from_str::<Blob>(r#""""#).unwrap(), empty);
    assert_eq!(cbor(&[0x40]).unwrap(), empty);
}

#[test]
fn blob_behind_a_cbor_tag_reads() {
    // Tag 24 (encoded CBOR data item) around a byte string.
    assert_eq!(cbor(&[0xd8, 0x18, 0x41, 0x07]).unwrap().as_bytes(), [7]);
}

#[test]
fn a_value_that_is_neither_text_nor_bytes_is_an_error() {
    for text in ["1", "null", "[1, 2]", "{}"] {
        let err = serde_json::from_str::<Blob>(text).unwrap_err();
        assert!(err.to_string().contains("base64"), "{text}: {err}");
    }
}

#[test]
fn blob_derefs_to_its_bytes_and_gives_them_back() {
    let blob = Blob::new(vec![1, 2, 3]);
    assert_eq!(blob.len(), 3);
    assert_eq!(&blob[..2], [1, 2]);
    assert_eq!(blob.into_inner(), vec![1, 2, 3]);
}
