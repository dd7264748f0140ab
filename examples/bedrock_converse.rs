//! Reads a Bedrock Runtime `Converse` response with types generated from botocore's model,
//! and writes it back unchanged, including a content block the model does not know:
//!
//! ```text
//! cargo run --example bedrock_converse
//! ```
//!
//! The types in `models/bedrock_converse.rs` were generated, not written by hand
//! (`examples/models/regenerate.sh` makes them again from the pinned botocore):
//!
//! ```text
//! cargo run -p aws-union-codegen -- --model …/bedrock-runtime/2023-09-30/service-2.json.gz \
//!     --operation Converse --docs facts --out examples/models/bedrock_converse.rs
//! ```
//!
//! The response (`bodies/converse_response.json`) holds four content blocks: text, a tool use
//! whose `input` is a free-form document, an image with its bytes, and `codeExecution`, a block
//! newer than the model. That last one is kept with its name and value and written back as it
//! came, where aws-sdk-rust keeps only that something unknown was there.

use std::error::Error;

// Generated (prettyplease-formatted): kept byte for byte as the generator writes it.
#[rustfmt::skip]
#[allow(dead_code, clippy::enum_variant_names)]
#[path = "models/bedrock_converse.rs"]
mod bedrock;

use aws_union::AnyValue;
use bedrock::{ContentBlock, ConverseOutput, ConverseResponse, ImageSource};

const BODY: &str = include_str!("bodies/converse_response.json");

fn main() -> Result<(), Box<dyn Error>> {
    let response: ConverseResponse = serde_json::from_str(BODY)?;

    println!("stop reason: {:?}", response.stop_reason);
    println!(
        "tokens: {} in, {} out; latency {} ms",
        response.usage.input_tokens, response.usage.output_tokens, response.metrics.latency_ms
    );

    let ConverseOutput::Message(message) = &response.output else {
        return Err("the response holds no message".into());
    };
    println!(
        "{:?} said, in {} blocks:",
        message.role,
        message.content.len()
    );
    for (index, block) in message.content.iter().enumerate() {
        print!("  [{index}] ");
        describe(block);
    }

    // `Debug` follows the model's `sensitive` marks: the image's source is redacted.
    println!("\nDebug of the image block: {:?}", message.content[2]);

    // Written back, the body is the one that was read: the unknown block included.
    // The unknown block's members come back in the order they were read.
    println!(
        "\nwritten back, block [3]: {}",
        serde_json::to_string(&message.content[3])?
    );
    let written: serde_json::Value = serde_json::from_str(&serde_json::to_string(&response)?)?;
    let original: serde_json::Value = serde_json::from_str(BODY)?;
    assert_eq!(
        written["output"]["message"]["content"][3],
        original["output"]["message"]["content"][3]
    );
    assert_eq!(written, original);
    println!("the whole body written back equals the body read");
    Ok(())
}

/// One line about a content block.
fn describe(block: &ContentBlock) {
    match block {
        ContentBlock::Text(text) => println!("text: {text:?}"),
        ContentBlock::ToolUse(tool_use) => {
            // `input` is a document: any JSON value, here the tool's arguments.
            let city = tool_use.input["city"].as_str().unwrap_or("?");
            let days = tool_use.input["days"].as_u64().unwrap_or(0);
            println!(
                "tool use {} ({}): {city} for {days} days; input {}",
                tool_use.name, tool_use.tool_use_id, tool_use.input
            );
        }
        ContentBlock::Image(image) => match &image.source {
            ImageSource::Bytes(bytes) => {
                let png = bytes.starts_with(b"\x89PNG\r\n\x1a\n");
                println!(
                    "image ({:?}): {} bytes, PNG signature: {png}",
                    image.format,
                    bytes.len()
                );
            }
            other => println!("image ({:?}) from elsewhere: {other:?}", image.format),
        },
        ContentBlock::SdkUnknownMember { name, value } => {
            println!("a block this model does not know: {name:?}");
            if let Some(AnyValue::String(code)) = value.get("code") {
                println!("      its `code` member, read from the kept value: {code:?}");
            }
            println!("      kept value: {value:?}");
        }
        other => println!("{other:?}"),
    }
}
