//! Reads the HTTP response of `UpdateProtectedQuery`: a 2xx body is the output, anything else
//! is a [`ServiceError`](super::ServiceError).

use aws_union_client::operation::DecodeError;
use http::Response;

use super::error::{parse_error, UpdateProtectedQueryError, OPERATION, REQUEST_ID_HEADER};
use crate::model::{decode_update_protected_query_output, UpdateProtectedQueryOutput};

/// Why a response is not an output: the service's error, or a 2xx body that does not decode
/// (`aws-union-client`'s [`ResponseError`](aws_union_client::operation::ResponseError),
/// shared by every operation).
pub type ResponseError = aws_union_client::operation::ResponseError<UpdateProtectedQueryError>;

/// A 2xx response whose body does not decode: where in the body it went wrong (its wire
/// path) and why, with the status and the request id (`aws-union-client`'s
/// [`DecodeError`]).
pub type OutputDecodeError = DecodeError;

/// Reads a response into the output or a typed error. Pure, and never panics.
///
/// ```
/// use cleanrooms_runtime::model::ProtectedQueryStatus;
/// use cleanrooms_runtime::protocol::{parse_response, ResponseError, UpdateProtectedQueryError};
///
/// let ok = http::Response::builder()
///     .status(200)
///     .body(br#"{"protectedQuery":{"id":"a1b2c3d4-5678-90ab-cdef-000000000000",
///         "membershipId":"f1e2d3c4-5678-90ab-cdef-000000000000",
///         "membershipArn":"arn:aws:cleanrooms:us-east-1:111122223333:membership/f1e2d3c4-5678-90ab-cdef-000000000000",
///         "createTime":1700000000,"status":"CANCELLING"}}"#.to_vec())?;
/// let output = parse_response(&ok)?;
/// assert_eq!(output.protected_query.status, ProtectedQueryStatus::Cancelling);
///
/// let throttled = http::Response::builder()
///     .status(429)
///     .header("x-amzn-errortype", "ThrottlingException")
///     .body(br#"{"message":"Rate exceeded"}"#.to_vec())?;
/// match parse_response(&throttled) {
///     Err(ResponseError::Service(e)) => assert!(matches!(
///         e.kind(),
///         UpdateProtectedQueryError::ThrottlingException(_)
///     )),
///     other => panic!("{other:?}"),
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`ResponseError::Service`] for a non-2xx status, [`ResponseError::Decode`] for a 2xx body
/// that does not decode.
pub fn parse_response<B: AsRef<[u8]>>(
    response: &Response<B>,
) -> Result<UpdateProtectedQueryOutput, ResponseError> {
    let status = response.status();
    let body = response.body().as_ref();
    if !status.is_success() {
        return Err(ResponseError::Service(parse_error(
            status,
            response.headers(),
            body,
        )));
    }
    decode_update_protected_query_output(body).map_err(|error| {
        let request_id = response
            .headers()
            .get(REQUEST_ID_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        ResponseError::Decode(DecodeError::new(
            OPERATION,
            status,
            request_id,
            error.path(),
            error.message(),
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ProtectedQueryStatus;
    use crate::protocol::UpdateProtectedQueryError;

    const FIXTURE: &str = include_str!("../../tests/data/update_protected_query_full.json");

    fn response(status: u16, body: &str) -> Response<Vec<u8>> {
        Response::builder()
            .status(status)
            .header("x-amzn-requestid", "req-42")
            .body(body.as_bytes().to_vec())
            .unwrap()
    }

    #[test]
    fn a_2xx_body_is_the_output() {
        let output = parse_response(&response(200, FIXTURE)).unwrap();
        let query = output.protected_query;
        assert_eq!(query.id, "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111");
        assert_eq!(query.status, ProtectedQueryStatus::Cancelling);
    }

    #[test]
    fn a_non_2xx_status_is_a_service_error() {
        let err = parse_response(&response(
            404,
            r#"{"__type":"ResourceNotFoundException","message":"nope","resourceId":"x","resourceType":"MEMBERSHIP"}"#,
        ))
        .unwrap_err();
        let ResponseError::Service(err) = err else {
            panic!("{err:?}")
        };
        assert!(matches!(
            err.kind(),
            UpdateProtectedQueryError::ResourceNotFoundException(_)
        ));
        assert_eq!(err.request_id(), Some("req-42"));
    }

    #[test]
    fn a_2xx_body_that_does_not_decode_is_a_decode_error_with_its_path() {
        let err = parse_response(&response(
            200,
            r#"{"protectedQuery":{"createTime":"yesterday"}}"#,
        ))
        .unwrap_err();
        let ResponseError::Decode(err) = err else {
            panic!("{err:?}")
        };
        assert_eq!(err.path(), "protectedQuery.createTime");
        assert_eq!(err.request_id(), Some("req-42"));
        assert!(
            err.to_string().contains("protectedQuery.createTime"),
            "{err}"
        );
    }

    #[test]
    fn a_2xx_html_body_is_a_decode_error_not_a_panic() {
        let err = parse_response(&response(200, "<html>oops</html>")).unwrap_err();
        assert!(matches!(err, ResponseError::Decode(_)));
    }
}
