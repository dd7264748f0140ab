//! What bounds the local endpoint's time and memory, whatever its clients send (the table is
//! in the `local` module's docs).

use std::time::Duration;

/// How long a connection may take to send a request's headers (and a kept-alive connection
/// may stay idle), then its body, unless set.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// The largest request body read.
pub const MAX_BODY_SIZE: usize = 1 << 20;
/// The most a connection buffers while reading a request's headers.
pub const MAX_HEADER_BUFFER: usize = 64 << 10;
/// The most connections served at once.
pub const MAX_CONNECTIONS: usize = 256;
/// The most request bodies read at once.
pub const MAX_BODIES_IN_FLIGHT: usize = 32;
/// How many received requests the endpoint keeps (the oldest go first).
pub const MAX_KEPT_REQUESTS: usize = 1000;
/// How many bytes of received requests (headers and bodies) the endpoint keeps (the oldest go
/// first).
pub const MAX_KEPT_BYTES: usize = 16 << 20;
