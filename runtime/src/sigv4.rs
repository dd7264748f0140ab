//! SigV4 for Clean Rooms: `aws-union-client`'s signer with Clean Rooms's signing name,
//! `cleanrooms`. What the client does to every attempt, and what the local endpoint checks.
//!
//! ```
//! use cleanrooms_runtime::sigv4::{sign_request, Credentials};
//! use std::time::{Duration, UNIX_EPOCH};
//!
//! let mut request = http::Request::patch("https://cleanrooms.us-east-1.amazonaws.com/memberships/m/protectedQueries/q")
//!     .header("content-type", "application/json")
//!     .body(br#"{"targetStatus":"CANCELLED"}"#.to_vec())?;
//! let credentials = Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None, None, "example");
//! let time = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
//! sign_request(&mut request, &credentials, "us-east-1", time)?;
//!
//! let authorization = request.headers()["authorization"].to_str()?;
//! assert!(authorization.starts_with(
//!     "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20231114/us-east-1/cleanrooms/aws4_request, "
//! ));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::time::SystemTime;

pub use aws_union_client::sigv4::{Credentials, Signer, SigningError};

/// The signing name of Clean Rooms.
pub const SIGNING_NAME: &str = "cleanrooms";

/// Signs `request` in place with SigV4 for Clean Rooms in `region` at `time`: see
/// [`aws_union_client::sigv4::sign_request`].
///
/// # Errors
///
/// If the URI is not absolute or a header value is not visible ASCII.
pub fn sign_request<B: AsRef<[u8]>>(
    request: &mut http::Request<B>,
    credentials: &Credentials,
    region: &str,
    time: SystemTime,
) -> Result<(), SigningError> {
    aws_union_client::sigv4::sign_request(request, credentials, region, SIGNING_NAME, time)
}
