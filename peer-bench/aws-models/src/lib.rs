//! What the benchmarks share: the generated models, the plain serde ceiling types, the bodies,
//! the readers, the SDK calls, and the checks that each side read the whole body.
//!
//! - [`dynamodb`]: `aws-union-codegen --operation Query --docs facts` on botocore's DynamoDB
//!   model; [`dynamodb_borrowed`]: the same with `--strings borrowed` (strings borrowed from
//!   the body); [`bedrock`] and [`bedrock_borrowed`]: the same for Bedrock Runtime's `Converse`
//!   (`regenerate.sh`);
//! - [`plain`]: the ceiling, plain serde types with no AWS rules;
//! - [`bodies`]: the response bodies, generated at the start of a run;
//! - [`ours`]: DynamoDB's generated operations (`aws-union-services`) called through
//!   `aws_union_client::Client` over an in-memory transport;
//! - [`sdk`]: aws-sdk-dynamodb and aws-sdk-bedrockruntime over an in-memory HTTP client.

#![allow(missing_docs)]

// The examples' generated models (`examples/models/regenerate.sh`), kept as the generator
// writes them.
#[path = "../../../examples/models/bedrock_converse.rs"]
pub mod bedrock;
#[path = "../../../examples/models/bedrock_converse_borrowed.rs"]
pub mod bedrock_borrowed;
pub mod bodies;
#[path = "../../../examples/models/dynamodb_query.rs"]
pub mod dynamodb;
#[path = "../../../examples/models/dynamodb_query_borrowed.rs"]
pub mod dynamodb_borrowed;
pub mod ours;
pub mod plain;
pub mod sdk;

use serde::de::{Deserialize, DeserializeOwned};

/// `serde_json::from_slice`.
pub fn serde_json_read<T: DeserializeOwned>(body: &[u8]) -> T {
    serde_json::from_slice(body).expect("the body reads")
}

/// `sonic_rs::from_slice` (its serde deserializer).
pub fn sonic_read<T: DeserializeOwned>(body: &[u8]) -> T {
    sonic_rs::from_slice(body).expect("the body reads")
}

/// `simd_json::serde::from_slice`, which parses in place: the body is copied into a buffer of
/// its own first (a response body is shared and immutable), and the copy is measured.
pub fn simd_read<T: DeserializeOwned>(body: &[u8]) -> T {
    let mut own = body.to_vec();
    simd_json::serde::from_slice(&mut own).expect("the body reads")
}

/// `serde_json::from_slice` into a type that borrows from the body.
pub fn serde_json_read_borrowed<'a, T: Deserialize<'a>>(body: &'a [u8]) -> T {
    serde_json::from_slice(body).expect("the body reads")
}

/// `sonic_rs::from_slice` into a type that borrows from the body.
pub fn sonic_read_borrowed<'a, T: Deserialize<'a>>(body: &'a [u8]) -> T {
    sonic_rs::from_slice(body).expect("the body reads")
}

/// `simd_json::serde::from_slice` into the borrowed `QueryOutput`: the body is copied into a
/// buffer of its own (simd-json parses in place and the output borrows from that buffer), the
/// output is handed to `f`, then output and buffer are dropped. All of it is measured.
pub fn simd_read_borrowed_query<R>(
    body: &[u8],
    f: impl FnOnce(&dynamodb_borrowed::QueryOutput<'_>) -> R,
) -> R {
    let mut own = body.to_vec();
    let output: dynamodb_borrowed::QueryOutput<'_> =
        simd_json::serde::from_slice(&mut own).expect("the body reads");
    f(&output)
}

/// [`simd_read_borrowed_query`] for the borrowed `ConverseResponse`.
pub fn simd_read_borrowed_converse<R>(
    body: &[u8],
    f: impl FnOnce(&bedrock_borrowed::ConverseResponse<'_>) -> R,
) -> R {
    let mut own = body.to_vec();
    let output: bedrock_borrowed::ConverseResponse<'_> =
        simd_json::serde::from_slice(&mut own).expect("the body reads");
    f(&output)
}
/// Checks a borrowed `QueryOutput` against the large body as [`check_query`] does, and that
/// its strings (item keys, `S`, `N`, `SS` and `NS` values) are borrowed from the body, which
/// has no escapes.
pub fn check_borrowed_query(output: &dynamodb_borrowed::QueryOutput<'_>) {
    use dynamodb_borrowed::AttributeValue as A;
    let items = output.items.as_ref().expect("Items");
    assert_eq!(items.len(), bodies::ITEMS);
    assert_eq!(output.count, Some(bodies::ITEMS as i32));
    for item in items {
        assert_eq!(item.len(), 10);
        assert!(item.keys().all(|k| k.is_borrowed()));
        assert!(matches!(item.get("pk"), Some(A::S(s)) if s.is_borrowed()));
        assert!(matches!(item.get("sk"), Some(A::N(n)) if n.is_borrowed()));
        assert!(matches!(item.get("thumbnail"), Some(A::B(b)) if b.len() == 24));
        assert!(matches!(item.get("keys"), Some(A::Bs(b)) if b.len() == 2));
        assert!(
            matches!(item.get("tags"), Some(A::Ss(s)) if s.len() == 3 && s.iter().all(|t| t.is_borrowed()))
        );
        assert!(
            matches!(item.get("scores"), Some(A::Ns(n)) if n.len() == 3 && n.iter().all(|t| t.is_borrowed()))
        );
        assert!(matches!(item.get("active"), Some(A::Bool(_))));
        assert!(
            matches!(item.get("profile"), Some(A::M(m)) if matches!(m.get("address"), Some(A::M(a)) if a.len() == 2))
        );
        assert!(
            matches!(item.get("history"), Some(A::L(l)) if matches!(l.get(1), Some(A::L(x)) if matches!(x.get(2), Some(A::Null(true)))))
        );
    }
}

/// Checks a generated `QueryOutput` against the large body: every item, every kind.
pub fn check_query(output: &dynamodb::QueryOutput) {
    use dynamodb::AttributeValue as A;
    let items = output.items.as_ref().expect("Items");
    assert_eq!(items.len(), bodies::ITEMS);
    assert_eq!(output.count, Some(bodies::ITEMS as i32));
    for item in items {
        assert_eq!(item.len(), 10);
        assert!(matches!(item.get("thumbnail"), Some(A::B(b)) if b.len() == 24));
        assert!(matches!(item.get("keys"), Some(A::Bs(b)) if b.len() == 2));
        assert!(matches!(item.get("tags"), Some(A::Ss(s)) if s.len() == 3));
        assert!(matches!(item.get("scores"), Some(A::Ns(n)) if n.len() == 3));
        assert!(matches!(item.get("active"), Some(A::Bool(_))));
        assert!(
            matches!(item.get("profile"), Some(A::M(m)) if matches!(m.get("address"), Some(A::M(a)) if a.len() == 2))
        );
        assert!(
            matches!(item.get("history"), Some(A::L(l)) if matches!(l.get(1), Some(A::L(x)) if matches!(x.get(2), Some(A::Null(true)))))
        );
    }
}

/// Checks the `QueryOutput` of `aws-union-services`'s generated `Query` against the large body.
pub fn check_services_query(output: &aws_union_services::dynamodb::QueryOutput) {
    use aws_union_services::dynamodb::AttributeValue as A;
    let items = output.items.as_ref().expect("Items");
    assert_eq!(items.len(), bodies::ITEMS);
    assert_eq!(output.count, Some(bodies::ITEMS as i32));
    for item in items {
        assert_eq!(item.len(), 10);
        assert!(matches!(item.get("thumbnail"), Some(A::B(b)) if b.len() == 24));
        assert!(
            matches!(item.get("history"), Some(A::L(l)) if matches!(l.get(1), Some(A::L(x)) if matches!(x.get(2), Some(A::Null(true)))))
        );
    }
}

/// Checks the generated `GetItemOutput` against [`bodies::get_item`].
pub fn check_get_item(output: &aws_union_services::dynamodb::GetItemOutput) {
    use aws_union_services::dynamodb::AttributeValue as A;
    let item = output.item.as_ref().expect("Item");
    assert_eq!(item.len(), 10);
    assert!(matches!(item.get("thumbnail"), Some(A::B(b)) if b.len() == 24));
    assert!(matches!(item.get("tags"), Some(A::Ss(s)) if s.len() == 3));
    let capacity = output.consumed_capacity.as_ref().expect("ConsumedCapacity");
    assert_eq!(capacity.capacity_units, Some(0.5));
}

/// Checks the SDK's `GetItemOutput` against [`bodies::get_item`].
pub fn check_sdk_get_item(output: &aws_sdk_dynamodb::operation::get_item::GetItemOutput) {
    let item = output.item().expect("Item");
    assert_eq!(item.len(), 10);
    assert_eq!(item["thumbnail"].as_b().expect("B").as_ref().len(), 24);
    assert_eq!(item["tags"].as_ss().expect("SS").len(), 3);
    let capacity = output.consumed_capacity().expect("ConsumedCapacity");
    assert_eq!(capacity.capacity_units(), Some(0.5));
}

/// Checks the ceiling's `QueryOutput` against the large body.
pub fn check_plain_query(output: &plain::QueryOutput) {
    let items = output.items.as_ref().expect("Items");
    assert_eq!(items.len(), bodies::ITEMS);
    assert!(items.iter().all(|item| item.len() == 10));
}

/// Checks the SDK's `QueryOutput` against the large body.
pub fn check_sdk_query(output: &aws_sdk_dynamodb::operation::query::QueryOutput) {
    let items = output.items();
    assert_eq!(items.len(), bodies::ITEMS);
    for item in items {
        assert_eq!(item.len(), 10);
        assert_eq!(item["thumbnail"].as_b().expect("B").as_ref().len(), 24);
        assert!(item["history"].as_l().expect("L")[1].as_l().is_ok());
    }
}

/// Checks a generated `ConverseResponse` against the large body.
pub fn check_converse(output: &bedrock::ConverseResponse) {
    use bedrock::{ContentBlock as C, ConverseOutput};
    let ConverseOutput::Message(message) = &output.output else {
        panic!("a message");
    };
    assert_eq!(message.content.len(), bodies::BLOCKS);
    for (i, block) in message.content.iter().enumerate() {
        let kind_ok = match (i % 5, block) {
            (0, C::Text(_)) | (1, C::ToolUse(_)) | (2, C::ReasoningContent(_)) => true,
            (3, C::Image(image)) => {
                matches!(&image.source, bedrock::ImageSource::Bytes(b) if b.len() == 384)
            }
            (4, C::ToolResult(result)) => result.content.len() == 2,
            _ => false,
        };
        assert!(kind_ok, "block {i}");
    }
}

/// Checks a borrowed `ConverseResponse` as [`check_converse`] does, and that the text of its
/// text blocks is borrowed from the body.
pub fn check_borrowed_converse(output: &bedrock_borrowed::ConverseResponse<'_>) {
    use bedrock_borrowed::{ContentBlock as C, ConverseOutput};
    let ConverseOutput::Message(message) = &output.output else {
        panic!("a message");
    };
    assert_eq!(message.content.len(), bodies::BLOCKS);
    for (i, block) in message.content.iter().enumerate() {
        let kind_ok = match (i % 5, block) {
            (0, C::Text(text)) => text.is_borrowed(),
            (1, C::ToolUse(_)) | (2, C::ReasoningContent(_)) => true,
            (3, C::Image(image)) => {
                matches!(&image.source, bedrock_borrowed::ImageSource::Bytes(b) if b.len() == 384)
            }
            (4, C::ToolResult(result)) => result.content.len() == 2,
            _ => false,
        };
        assert!(kind_ok, "block {i}");
    }
}

/// Checks the ceiling's `ConverseResponse` against the large body.
pub fn check_plain_converse(output: &plain::ConverseResponse) {
    let plain::ConverseOutput::Message(message) = &output.output;
    assert_eq!(message.content.len(), bodies::BLOCKS);
}

/// Checks the SDK's `ConverseOutput` against the large body.
pub fn check_sdk_converse(output: &aws_sdk_bedrockruntime::operation::converse::ConverseOutput) {
    let message = output
        .output()
        .and_then(|o| o.as_message().ok())
        .expect("a message");
    assert_eq!(message.content().len(), bodies::BLOCKS);
    let image = message.content()[3].as_image().expect("an image");
    let bytes = image
        .source()
        .and_then(|s| s.as_bytes().ok())
        .expect("bytes");
    assert_eq!(bytes.as_ref().len(), 384);
}
