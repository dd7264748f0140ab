//! The call with aws-sdk-cleanrooms without its HTTP client: build the request, sign it,
//! hand it to an in-memory HTTP client, parse the response into the typed output. No tokio:
//! the future is polled to completion here (the in-memory client answers at once).

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use aws_sdk_cleanrooms::config::{
    AsyncSleep, BehaviorVersion, Credentials, HttpClient, IntoShared, Region, RuntimeComponents,
    Sleep,
};
use aws_sdk_cleanrooms::types::TargetProtectedQueryStatus;
use aws_smithy_runtime_api::client::http::{
    HttpConnector, HttpConnectorFuture, HttpConnectorSettings, SharedHttpConnector,
};
use aws_smithy_runtime_api::client::orchestrator::{HttpRequest, HttpResponse};
use aws_smithy_types::body::SdkBody;

const FIXTURE: &[u8] = include_bytes!("../../../fixture.json");

#[derive(Debug, Clone)]
struct InMemory;

impl HttpConnector for InMemory {
    fn call(&self, request: HttpRequest) -> HttpConnectorFuture {
        assert_eq!(request.method(), "PATCH");
        let response = HttpResponse::new(200.try_into().expect("a status"), SdkBody::from(FIXTURE));
        HttpConnectorFuture::ready(Ok(response))
    }
}

impl HttpClient for InMemory {
    fn http_connector(
        &self,
        _: &HttpConnectorSettings,
        _: &RuntimeComponents,
    ) -> SharedHttpConnector {
        self.clone().into_shared()
    }
}

/// Timeouts need a sleep; the in-memory client answers before any would end.
#[derive(Debug)]
struct NeverWakes;

impl AsyncSleep for NeverWakes {
    fn sleep(&self, _duration: Duration) -> Sleep {
        Sleep::new(std::future::pending())
    }
}

fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = aws_sdk_cleanrooms::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new("us-east-1"))
        .credentials_provider(Credentials::new(
            "AKIDEXAMPLE",
            "secret",
            None,
            None,
            "static",
        ))
        .sleep_impl(NeverWakes)
        .http_client(InMemory)
        .build();
    let client = aws_sdk_cleanrooms::Client::from_conf(config);
    let output = block_on(
        client
            .update_protected_query()
            .membership_identifier("f1e2d3c4-5678-90ab-cdef-000000000000")
            .protected_query_identifier("a1b2c3d4-5678-90ab-cdef-000000000000")
            .target_status(TargetProtectedQueryStatus::Cancelled)
            .send(),
    )?;
    println!("{:?}", output.protected_query().map(|q| q.status()));
    Ok(())
}
