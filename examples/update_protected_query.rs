//! Cancels a protected query with `UpdateProtectedQuery` and prints the output as JSON.
//!
//! ```text
//! cargo run --example update_protected_query
//! cargo run --example update_protected_query -- --membership-id ID --protected-query-id ID
//! ```
//!
//! With no arguments it starts a local Clean Rooms endpoint on 127.0.0.1, seeds a running
//! query there, cancels it and prints the returned `ProtectedQuery`: nothing leaves the machine.
//!
//! With both ids it calls Clean Rooms where every AWS SDK would: `AWS_ENDPOINT_URL_CLEANROOMS`,
//! else `AWS_ENDPOINT_URL`, else the regional endpoint of `AWS_REGION`, signed with the
//! credentials in `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`.
//! Built with the runtime's `aws-config` feature, it reads the whole AWS configuration instead
//! (`AWS_PROFILE` and `~/.aws/config`, SSO, `credential_process`, web identity, container and
//! instance credentials), as the AWS CLI and SDKs do:
//!
//! ```text
//! cargo run --example update_protected_query --features cleanrooms-runtime/aws-config -- \
//!     --membership-id ID --protected-query-id ID
//! ```
//! On failure the typed error goes to stderr and the exit status is 1 (2 for bad arguments).

use std::process::ExitCode;

use cleanrooms_runtime::client::{Client, Credentials, Error};
use cleanrooms_runtime::local::LocalEndpoint;
use cleanrooms_runtime::model::{
    TargetProtectedQueryStatus, UpdateProtectedQueryInput, UpdateProtectedQueryOutput,
};

const USAGE: &str = "usage: update_protected_query [--membership-id ID --protected-query-id ID]";

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let ids = match parse_args(&args) {
        Ok(ids) => ids,
        Err(message) => {
            eprintln!("{message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match ids {
        Some((membership, query)) => call_aws(membership, query).await,
        None => call_local().await,
    };
    match result {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// `Some((membership, query))` with both ids, `None` with no arguments.
fn parse_args(args: &[String]) -> Result<Option<(String, String)>, String> {
    let (mut membership, mut query) = (None, None);
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) => (flag, Some(value.to_owned())),
            None => (arg.as_str(), None),
        };
        let slot = match flag {
            "--membership-id" => &mut membership,
            "--protected-query-id" => &mut query,
            "-h" | "--help" => return Err("Cancels a protected query.".to_owned()),
            other => return Err(format!("unknown argument `{other}`")),
        };
        let value = match inline {
            Some(value) => value,
            None => rest
                .next()
                .cloned()
                .ok_or_else(|| format!("`{flag}` needs a value"))?,
        };
        *slot = Some(value);
    }
    match (membership, query) {
        (Some(m), Some(q)) => Ok(Some((m, q))),
        (None, None) => Ok(None),
        (Some(_), None) => Err("`--protected-query-id` is missing".to_owned()),
        (None, Some(_)) => Err("`--membership-id` is missing".to_owned()),
    }
}

async fn call_aws(membership: String, query: String) -> Result<String, String> {
    let client = Client::load_from_env()
        .await
        .map_err(|e| format!("configuration error: {e}"))?;
    eprintln!("calling {}", client.endpoint());
    let output = cancel(&client, membership, query).await?;
    to_json(&output)
}

async fn call_local() -> Result<String, String> {
    let credentials = Credentials::new("AKIDLOCALEXAMPLE", "local-secret", None, None, "example");
    let endpoint = LocalEndpoint::start(credentials.clone())
        .await
        .map_err(|e| format!("the local endpoint could not start: {e}"))?;
    let membership = "f1e2d3c4-5678-90ab-cdef-000000000001".to_owned();
    let query = endpoint.seed_running_query(&membership);
    eprintln!(
        "no ids given: using a local Clean Rooms endpoint at {} with a running query {query} \
         (pass --membership-id and --protected-query-id to call AWS)",
        endpoint.url()
    );
    let client = Client::builder()
        .endpoint_url(endpoint.url())
        .region(endpoint.region())
        .credentials(credentials)
        .build()
        .map_err(|e| format!("configuration error: {e}"))?;
    let output = cancel(&client, membership, query).await?;
    to_json(&output.protected_query)
}

async fn cancel(
    client: &Client,
    membership: String,
    query: String,
) -> Result<UpdateProtectedQueryOutput, String> {
    let input = UpdateProtectedQueryInput::default()
        .membership_identifier(membership)
        .protected_query_identifier(query)
        .target_status(TargetProtectedQueryStatus::Cancelled);
    client
        .update_protected_query(&input)
        .await
        .map_err(describe)
}

fn to_json(value: &impl serde::Serialize) -> Result<String, String> {
    serde_json::to_string_pretty(value).map_err(|e| format!("the output could not be written: {e}"))
}

/// The error with its causes, and for a service error its typed form with the modeled
/// members.
fn describe(error: Error) -> String {
    let mut text = format!("error: {error}");
    let mut cause = std::error::Error::source(&error);
    while let Some(next) = cause {
        text.push_str(&format!("\n  caused by: {next}"));
        cause = next.source();
    }
    if let Error::Service(service) = &error {
        text.push_str(&format!("\n{:#?}", service.kind()));
    }
    text
}
