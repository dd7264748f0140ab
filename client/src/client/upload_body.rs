//! The request body as the connection takes it: handed over in pieces, so that how fast the
//! connection takes them is how fast the upload goes (hyper asks for the next piece only when it
//! has room for it), and each piece counts as progress for the read timeout and the
//! stalled-stream check.

use std::convert::Infallible;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::Bytes;
use hyper::body::{Body, Frame, SizeHint};

use super::stalled_stream::StalledStreamProtection;
use super::transfer_watch::{Expired, TransferWatch};

/// The size of a piece: small enough that a stalled connection shows within a few pieces,
/// large enough that a fast one is not slowed.
const PIECE: usize = 64 * 1024;

/// The state of an upload, shared by the body (which the connection polls) and the transport
/// (which waits for the response).
#[derive(Debug)]
pub(super) struct Upload {
    watch: TransferWatch,
    protection: Option<StalledStreamProtection>,
    /// Whether the connection has taken a piece yet.
    started: bool,
    sent: bool,
}

impl Upload {
    /// An upload handed to the connection at `now`: the read timeout runs from then until the
    /// first piece is taken.
    pub(super) fn new(
        now: Instant,
        read_timeout: Option<Duration>,
        protection: StalledStreamProtection,
        empty: bool,
    ) -> Arc<Mutex<Self>> {
        Arc::new(Mutex::new(Self {
            watch: TransferWatch::new(now, read_timeout),
            protection: protection.upload_enabled().then_some(protection),
            started: false,
            sent: empty,
        }))
    }

    /// Whether the whole body has been taken.
    pub(super) fn sent(&self) -> bool {
        self.sent
    }

    /// See [`TransferWatch::deadline`]. Until the first piece is taken, also a tenth of the
    /// grace period from `now`: the throughput check starts with that piece, and the transport
    /// must not sleep past it.
    pub(super) fn deadline(&self, now: Instant) -> Option<Instant> {
        let deadline = self.watch.deadline(now);
        let Some(protection) = self.protection.filter(|_| !self.started && !self.sent) else {
            return deadline;
        };
        let Some(soon) =
            now.checked_add((protection.grace_period() / 10).max(Duration::from_millis(1)))
        else {
            return deadline;
        };
        Some(deadline.map_or(soon, |deadline| deadline.min(soon)))
    }

    /// See [`TransferWatch::check`].
    pub(super) fn check(&mut self, now: Instant) -> Result<(), Expired> {
        self.watch.check(now)
    }

    fn took(&mut self, now: Instant, bytes: usize, last: bool) {
        if let Some(protection) = &self.protection {
            // Measured from the first piece: connecting is the connect timeout's business.
            self.watch.watch_throughput(protection, now);
        }
        self.started = true;
        self.watch.progress(now, bytes);
        if last {
            self.sent = true;
            self.watch.body_done(now);
        }
    }
}

/// A request body handed over in pieces of 64 KiB, telling the [`Upload`] of each.
pub(super) struct UploadBody {
    rest: Bytes,
    upload: Arc<Mutex<Upload>>,
}

impl UploadBody {
    pub(super) fn new(body: Bytes, upload: Arc<Mutex<Upload>>) -> Self {
        Self { rest: body, upload }
    }
}

impl Body for UploadBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        let this = self.get_mut();
        if this.rest.is_empty() {
            return Poll::Ready(None);
        }
        let piece = this.rest.split_to(PIECE.min(this.rest.len()));
        this.upload
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .took(Instant::now(), piece.len(), this.rest.is_empty());
        Poll::Ready(Some(Ok(Frame::data(piece))))
    }

    fn is_end_stream(&self) -> bool {
        self.rest.is_empty()
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.rest.len() as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::BodyExt;

    #[tokio::test]
    async fn the_body_goes_in_pieces_and_the_upload_is_sent_after_the_last() {
        let upload = Upload::new(
            Instant::now(),
            Some(Duration::from_secs(60)),
            StalledStreamProtection::enabled(),
            false,
        );
        let mut body = UploadBody::new(Bytes::from(vec![7u8; 150_000]), upload.clone());
        assert_eq!(body.size_hint().exact(), Some(150_000));
        let mut sizes = Vec::new();
        while let Some(frame) = body.frame().await {
            sizes.push(frame.unwrap().into_data().unwrap().len());
            // Sent once the last piece is taken, not before.
            assert_eq!(upload.lock().unwrap().sent(), sizes.len() == 3);
        }
        assert_eq!(sizes, [65_536, 65_536, 18_928]);
        assert!(body.is_end_stream());
    }
}
