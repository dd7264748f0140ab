//! The response bodies, generated deterministically at the start of a run (no fixture files):
//! a DynamoDB `Query` response of about 1 MB and a Bedrock Runtime `Converse` response with 200
//! content blocks, each with a tiny body of the same operation.

use aws_union::Blob;
use serde_json::{json, Value};

/// Items in the large `Query` response.
pub const ITEMS: usize = 2_000;
/// Content blocks in the large `Converse` response.
pub const BLOCKS: usize = 200;

/// A small deterministic generator (xorshift), so every run reads the same bytes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }

    fn word(&mut self) -> &'static str {
        const WORDS: [&str; 16] = [
            "table",
            "stream",
            "region",
            "shard",
            "index",
            "capacity",
            "backup",
            "replica",
            "partition",
            "throughput",
            "export",
            "import",
            "global",
            "local",
            "secondary",
            "key",
        ];
        WORDS[self.below(16) as usize]
    }

    fn words(&mut self, n: usize) -> String {
        (0..n).map(|_| self.word()).collect::<Vec<_>>().join(" ")
    }
}

fn b64(bytes: Vec<u8>) -> Value {
    serde_json::to_value(Blob::from(bytes)).expect("a blob writes as base64 text")
}

/// One item of ten attributes, every `AttributeValue` kind (`S`, `N`, `B`, `SS`, `NS`, `BS`,
/// `M`, `L`, `NULL`, `BOOL`) among them, `M` and `L` nested two levels.
fn item(i: usize, rng: &mut Rng) -> Value {
    json!({
        "pk": { "S": format!("cust#{:06}", i / 20) },
        "sk": { "N": format!("{}", 1_700_000_000_000u64 + i as u64 * 37) },
        "title": { "S": rng.words(1) },
        "active": { "BOOL": i % 3 != 0 },
        "tags": { "SS": [rng.word(), format!("t{}", rng.below(100)), format!("g{}", i % 7)] },
        "scores": { "NS": [format!("{}", rng.below(1000)), format!("{}.{}", rng.below(100), rng.below(100)), "-17.25"] },
        "thumbnail": { "B": b64(rng.bytes(24)) },
        "keys": { "BS": [b64(rng.bytes(6)), b64(rng.bytes(6))] },
        "profile": { "M": {
            "visits": { "N": format!("{}", rng.below(10_000)) },
            "address": { "M": {
                "street": { "S": rng.word() },
                "zip": { "N": format!("{:05}", rng.below(100_000)) },
            } },
            "langs": { "L": [ { "S": "en" }, { "N": "2" } ] },
        } },
        "history": { "L": [
            { "M": { "at": { "N": format!("{}", 1_690_000_000 + rng.below(10_000_000)) }, "event": { "S": rng.word() } } },
            { "L": [ { "N": "1" }, { "S": rng.word() }, { "NULL": true } ] },
        ] },
    })
}

/// A `Query` response with [`ITEMS`] items (1,057,242 bytes).
pub fn query_large() -> Vec<u8> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let items: Vec<Value> = (0..ITEMS).map(|i| item(i, &mut rng)).collect();
    let body = json!({
        "Count": ITEMS,
        "ScannedCount": ITEMS,
        "Items": items,
        "LastEvaluatedKey": { "pk": { "S": "cust#000099" }, "sk": { "N": "1700000073963" } },
        "ConsumedCapacity": { "TableName": "bench", "CapacityUnits": 128.5 },
    });
    serde_json::to_vec(&body).expect("writes")
}

/// A `Query` response with no items.
pub fn query_tiny() -> Vec<u8> {
    br#"{"Count":0,"ScannedCount":0,"Items":[]}"#.to_vec()
}

/// One content block: text, tool use (with a JSON document as input), reasoning, an image and
/// a tool result, in turn.
fn block(i: usize, rng: &mut Rng) -> Value {
    match i % 5 {
        0 => json!({ "text": rng.words(80) }),
        1 => json!({ "toolUse": {
            "toolUseId": format!("tooluse_{i:08}"),
            "name": "lookup_table",
            "input": {
                "table": rng.word(),
                "limit": rng.below(100),
                "ratio": 0.25,
                "filters": [ { "attribute": rng.word(), "equals": rng.words(3) }, { "attribute": "active", "equals": true } ],
                "cursor": null,
            },
        } }),
        2 => json!({ "reasoningContent": { "reasoningText": {
            "text": rng.words(60),
            "signature": b64(rng.bytes(64)),
        } } }),
        3 => json!({ "image": { "format": "png", "source": { "bytes": b64(rng.bytes(384)) } } }),
        _ => json!({ "toolResult": {
            "toolUseId": format!("tooluse_{:08}", i - 3),
            "content": [ { "text": rng.words(20) }, { "json": { "rows": rng.below(1000), "next": rng.word() } } ],
            "status": "success",
        } }),
    }
}

fn converse(content: Vec<Value>) -> Vec<u8> {
    let body = json!({
        "output": { "message": { "role": "assistant", "content": content } },
        "stopReason": "tool_use",
        "usage": { "inputTokens": 1_234, "outputTokens": 56_789, "totalTokens": 58_023 },
        "metrics": { "latencyMs": 4_321 },
        "additionalModelResponseFields": { "stop_sequence": null, "model": "bench" },
    });
    serde_json::to_vec(&body).expect("writes")
}

/// A `Converse` response with [`BLOCKS`] content blocks.
pub fn converse_large() -> Vec<u8> {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    converse((0..BLOCKS).map(|i| block(i, &mut rng)).collect())
}

/// A `Converse` response with one short text block.
pub fn converse_tiny() -> Vec<u8> {
    converse(vec![json!({ "text": "ok" })])
}

/// A `GetItem` response: one item of the same shape as a `Query` item (10 attributes, every
/// kind), and the consumed capacity.
pub fn get_item() -> Vec<u8> {
    let mut rng = Rng(0x5851_F42D_4C95_7F2D);
    let body = json!({
        "Item": item(7, &mut rng),
        "ConsumedCapacity": { "TableName": "bench", "CapacityUnits": 0.5 },
    });
    serde_json::to_vec(&body).expect("writes")
}
