//! [`Client::call`]: one operation called through the attempts of the standard retry mode,
//! each signed afresh, within the attempt and operation timeouts.

use std::sync::Arc;
use std::time::SystemTime;

use http::header::{HeaderName, HeaderValue, USER_AGENT};

use super::error::{EndpointError, Error};
use super::service_endpoint::{self, Target};
use super::transport::{TransportError, TransportErrorKind};
use super::Client;
use crate::operation::{IdempotencyTokens as _, Operation, RequestContext, ResponseError};
use crate::retry::{classify_clock_skew, classify_service_error, retry_after, RetryKind};

/// The header that ties the attempts of one call together (as the AWS SDKs send it).
const INVOCATION_ID_HEADER: HeaderName = HeaderName::from_static("amz-sdk-invocation-id");
/// The header that says which attempt this is (as the AWS SDKs send it).
const REQUEST_HEADER: HeaderName = HeaderName::from_static("amz-sdk-request");
/// What the client calls itself unless told otherwise.
pub(crate) const USER_AGENT_VALUE: &str = concat!("aws-union-client/", env!("CARGO_PKG_VERSION"));

impl Client {
    /// Calls operation `Op` of the client's service with `input`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] or [`Error::Endpoint`] (also for an operation of another
    /// service than the client's) before sending; otherwise the last
    /// attempt's error: a [`ServiceError`](crate::operation::ServiceError) with the
    /// operation's typed error, a transport failure or timeout, credentials or signing
    /// failures, or a 2xx body that does not decode. With an operation timeout, a
    /// [`TransportErrorKind::Timeout`] when it runs out.
    pub async fn call<Op: Operation>(
        &self,
        input: &Op::Input,
    ) -> Result<Op::Output, Error<Op::Error>> {
        let service = self.inner.service;
        if Op::SERVICE.service_id != service.service_id {
            return Err(Error::Endpoint(EndpointError::OtherService {
                operation: Op::NAME,
                operation_service: Op::SERVICE.service_id,
                client_service: service.service_id,
            }));
        }
        let own_params = Op::endpoint_params(input);
        let target = if own_params.is_empty() {
            Arc::clone(&self.inner.target)
        } else {
            let inner = &self.inner;
            let target = service_endpoint::resolve_with(
                &inner.resolver,
                &inner.config,
                inner.service,
                own_params,
            )
            .map_err(Error::Endpoint)?;
            Arc::new(target)
        };
        let config = &self.inner.config;
        let context = RequestContext {
            endpoint: target.url(),
            tokens: config.idempotency_tokens(),
            inject_host_prefix: config.inject_host_prefix(),
        };
        let mut unsigned = Op::build_request(input, &context).map_err(Error::InvalidInput)?;
        for (name, value) in target.headers() {
            unsigned.headers_mut().append(name.clone(), value.clone());
        }
        let Some(limit) = config.operation_timeout() else {
            return self.attempts::<Op>(&unsigned, &target).await;
        };
        match tokio::time::timeout(limit, self.attempts::<Op>(&unsigned, &target)).await {
            Ok(result) => result,
            Err(_elapsed) => Err(Error::Transport(TransportError::new(
                TransportErrorKind::Timeout,
                format!("the call did not complete within the operation timeout ({limit:?})"),
            ))),
        }
    }

    /// The attempts of one call, with the standard retry mode between them.
    async fn attempts<Op: Operation>(
        &self,
        unsigned: &http::Request<Vec<u8>>,
        target: &Target,
    ) -> Result<Op::Output, Error<Op::Error>> {
        let config = self.inner.config.retry_config();
        let invocation_id = invocation_id();
        let max_attempts = config.max_attempts();
        // The tokens of the last retry: given back if the call succeeds (earlier retries'
        // tokens are not).
        let mut last_retry_cost = None;
        let mut attempt = 1;
        loop {
            let (result, skew) = self
                .attempt::<Op>(unsigned, target, &invocation_id, attempt, max_attempts)
                .await;
            let error = match result {
                Ok(output) => {
                    self.inner.retry_partition.on_success(last_retry_cost);
                    return Ok(output);
                }
                Err(error) => error,
            };
            let Some(kind) = retry_kind(&error, skew) else {
                return Err(error);
            };
            if attempt >= max_attempts {
                return Err(error);
            }
            let wish = error
                .as_service_error()
                .and_then(|e| retry_after(e.headers()));
            let delay = config.delay(kind, attempt, fastrand::f64(), wish);
            let cost = config.retry_cost(kind);
            if !self.inner.retry_partition.acquire(cost) {
                return Err(error);
            }
            last_retry_cost = Some(cost);
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    /// One attempt: credentials, a fresh signature at the corrected time, the attempt
    /// timeout. Also returns the clock skew the response's `Date` header shows, if any.
    async fn attempt<Op: Operation>(
        &self,
        unsigned: &http::Request<Vec<u8>>,
        target: &Target,
        invocation_id: &HeaderValue,
        attempt: u32,
        max_attempts: u32,
    ) -> (Result<Op::Output, Error<Op::Error>>, Option<i64>) {
        let inner = &self.inner;
        let mut request = unsigned.clone();
        let headers = request.headers_mut();
        headers.insert(INVOCATION_ID_HEADER, invocation_id.clone());
        let attempt_info = format!("attempt={attempt}; max={max_attempts}");
        if let Ok(value) = HeaderValue::from_str(&attempt_info) {
            headers.insert(REQUEST_HEADER, value);
        }
        headers.insert(USER_AGENT, inner.user_agent.clone());
        if Op::SIGNED {
            let credentials = match inner.config.identity().credentials().await {
                Ok(credentials) => credentials,
                Err(e) => return (Err(Error::Credentials(e)), None),
            };
            let signing_time = inner.clock_skew.apply(SystemTime::now());
            let signed = inner.signer.sign(
                &mut request,
                &credentials,
                target.signing_region(),
                target.signing_name(),
                signing_time,
            );
            if let Err(e) = signed {
                return (Err(Error::Signing(e)), None);
            }
        }

        let sent = SystemTime::now();
        let send = inner.config.transport().send(request);
        let response = match inner.config.attempt_timeout() {
            Some(limit) => match tokio::time::timeout(limit, send).await {
                Ok(response) => response,
                Err(_elapsed) => Err(TransportError::new(
                    TransportErrorKind::Timeout,
                    format!("no complete response within the attempt timeout ({limit:?})"),
                )),
            },
            None => send.await,
        };
        let response = match response {
            Ok(response) => response,
            Err(e) => return (Err(Error::Transport(e)), None),
        };
        let skew = inner
            .clock_skew
            .observe(response.headers(), sent, SystemTime::now());
        let response = response.map(Vec::from);
        let result = Op::parse_response(&response).map_err(|error| match error {
            ResponseError::Service(e) => Error::Service(e),
            ResponseError::Decode(e) => Error::Decode(e),
        });
        (result, skew)
    }
}

/// Whether a failed attempt may be retried, and why; `skew` is the clock skew its response
/// showed, in milliseconds.
pub(crate) fn retry_kind<E>(error: &Error<E>, skew: Option<i64>) -> Option<RetryKind> {
    match error {
        Error::Service(e) => {
            classify_service_error(e).or_else(|| classify_clock_skew(e.code(), skew))
        }
        Error::Transport(e) => e.is_retryable().then_some(RetryKind::Transient),
        _ => None,
    }
}

/// A random UUID (version 4), the form the AWS SDKs use.
pub(crate) fn invocation_id() -> HeaderValue {
    let uuid = crate::operation::RandomTokens.next_token();
    HeaderValue::from_str(&uuid).unwrap_or_else(|_| HeaderValue::from_static("unknown"))
}
