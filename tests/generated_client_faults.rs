//! The default-configuration resilience the Clean Rooms client proves (client_timeouts.rs,
//! client_stalled_streams.rs, client_retries.rs) holds for a generated client too: the same
//! scenarios (`client_support::faults`), run on DynamoDB's `GetItem` from
//! `aws-union-services`, over loopback.

mod client_support;

use std::collections::BTreeMap;

use aws_union_client::{Client, Config, Error};
use aws_union_services::dynamodb::{AttributeValue, GetItem, GetItemError, GetItemInput, SERVICE};
use client_support::canned::Canned;

/// DynamoDB's `GetItem` of one key.
struct DynamoDbGetItem;

impl client_support::faults::FaultTarget for DynamoDbGetItem {
    type Error = GetItemError;

    async fn call(config: Config) -> Result<(), Error<GetItemError>> {
        let client = Client::new(&config, &SERVICE).expect("a client");
        let mut input = GetItemInput::default();
        input.table_name = Some("table".into());
        input.key = Some(BTreeMap::from([(
            "pk".to_owned(),
            AttributeValue::S("a".into()),
        )]));
        let output = client.call::<GetItem>(&input).await?;
        // What the canned success holds: the answer was read, not only received.
        let item = output.item.expect("the item");
        assert_eq!(item["pk"], AttributeValue::S("a".into()));
        Ok(())
    }

    fn success() -> Canned {
        Canned::new(
            200,
            "application/x-amz-json-1.0",
            r#"{"Item":{"pk":{"S":"a"},"n":{"N":"1"}}}"#,
        )
    }

    fn throttling() -> Canned {
        Canned::new(
            400,
            "application/x-amz-json-1.0",
            r#"{"__type":"com.amazonaws.dynamodb.v20120810#ThrottlingException","message":"Rate exceeded"}"#,
        )
    }
}

client_support::faults::timeout_scenarios!(DynamoDbGetItem);
client_support::faults::stalled_stream_scenarios!(DynamoDbGetItem);
client_support::faults::retry_scenarios!(DynamoDbGetItem);
