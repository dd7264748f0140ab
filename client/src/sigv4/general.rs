//! The general signer: the `aws-sigv4` crate's, for the requests this module's own writer
//! leaves alone (a query string, a path to normalize, a time before 1970).

use std::time::SystemTime;

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;

use super::{Scope, SigningError};

/// Signs `request` with `aws-sigv4`, deriving the signing key for this request.
pub(super) fn sign_request<B: AsRef<[u8]>>(
    request: &mut http::Request<B>,
    credentials: &Credentials,
    scope: Scope<'_>,
    time: SystemTime,
) -> Result<(), SigningError> {
    let identity: Identity = credentials.clone().into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(scope.region)
        .name(scope.service)
        .time(time)
        .settings(SigningSettings::default())
        .build()
        .map_err(|e| SigningError(e.to_string()))?
        .into();
    let mut headers = Vec::with_capacity(request.headers().len());
    for (name, value) in request.headers() {
        let value = value.to_str().map_err(|_| {
            SigningError(format!("the value of header `{name}` is not visible ASCII"))
        })?;
        headers.push((name.as_str(), value));
    }
    let uri = request.uri().to_string();
    let signable = SignableRequest::new(
        request.method().as_str(),
        uri,
        headers.into_iter(),
        SignableBody::Bytes(request.body().as_ref()),
    )
    .map_err(|e| SigningError(e.to_string()))?;
    let (instructions, _signature) = sign(signable, &params)
        .map_err(|e| SigningError(e.to_string()))?
        .into_parts();
    instructions.apply_to_request_http1x(request);
    Ok(())
}
