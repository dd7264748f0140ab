//! What ends a transfer that stopped moving, for one phase of an attempt (sending the request
//! and waiting for the headers, then reading the body): the read timeout, counted from the last
//! progress, and the stalled-stream check while a body moves. Pure: every call is given the
//! time, and the transport sleeps until [`TransferWatch::deadline`].

use std::time::{Duration, Instant};

use super::stalled_stream::{Stall, StalledStreamProtection, ThroughputMonitor};

/// Why a phase ended without finishing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expired {
    /// Nothing moved for the read timeout.
    Silent(Duration),
    /// The body moved, too slowly.
    Stalled(Stall),
}

/// The read timeout and the throughput of one phase.
#[derive(Debug, Clone)]
pub(crate) struct TransferWatch {
    read_timeout: Option<Duration>,
    last_progress: Instant,
    throughput: Option<ThroughputMonitor>,
}

impl TransferWatch {
    /// A phase starting at `now`, with nothing moved yet.
    pub(crate) fn new(now: Instant, read_timeout: Option<Duration>) -> Self {
        Self {
            read_timeout,
            last_progress: now,
            throughput: None,
        }
    }

    /// From `now` on, the throughput is judged too (once: a second call changes nothing).
    pub(crate) fn watch_throughput(&mut self, protection: &StalledStreamProtection, now: Instant) {
        if self.throughput.is_none() {
            self.throughput = Some(ThroughputMonitor::new(protection, now));
        }
    }

    /// The body is all moved: from `now` on only the read timeout counts.
    pub(crate) fn body_done(&mut self, now: Instant) {
        self.throughput = None;
        self.last_progress = now;
    }

    /// `bytes` moved at `now`.
    pub(crate) fn progress(&mut self, now: Instant, bytes: usize) {
        self.last_progress = now;
        if let Some(monitor) = &mut self.throughput {
            monitor.record(now, bytes);
        }
    }

    /// When to look again if nothing happens before: the read timeout's end or the next
    /// throughput check, whichever comes first; `None` when nothing is limited.
    pub(crate) fn deadline(&self, now: Instant) -> Option<Instant> {
        let silent = self.silent_from();
        let check = self.throughput.as_ref().and_then(|m| m.next_check(now));
        match (silent, check) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// When the read timeout runs out, if it does within what the clock can tell.
    fn silent_from(&self) -> Option<Instant> {
        self.last_progress.checked_add(self.read_timeout?)
    }

    /// Whether the phase may go on at `now`.
    ///
    /// # Errors
    ///
    /// Why it may not: silent for the read timeout, or too slow.
    pub(crate) fn check(&mut self, now: Instant) -> Result<(), Expired> {
        if let (Some(limit), Some(silent_from)) = (self.read_timeout, self.silent_from()) {
            if now >= silent_from {
                return Err(Expired::Silent(limit));
            }
        }
        match &mut self.throughput {
            Some(monitor) => monitor.check(now).map_err(Expired::Stalled),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECOND: Duration = Duration::from_secs(1);

    fn protection() -> StalledStreamProtection {
        StalledStreamProtection::enabled().with_grace_period(20 * SECOND)
    }

    #[test]
    fn the_read_timeout_counts_from_the_last_progress() {
        let start = Instant::now();
        let mut watch = TransferWatch::new(start, Some(60 * SECOND));
        assert_eq!(watch.deadline(start), Some(start + 60 * SECOND));
        watch.progress(start + 50 * SECOND, 1);
        assert_eq!(watch.check(start + 100 * SECOND), Ok(()));
        assert_eq!(
            watch.check(start + 110 * SECOND),
            Err(Expired::Silent(60 * SECOND))
        );
    }

    #[test]
    fn a_drip_under_the_read_timeout_is_ended_by_the_throughput_check() {
        let start = Instant::now();
        let mut watch = TransferWatch::new(start, Some(60 * SECOND));
        watch.watch_throughput(&protection(), start);
        assert_eq!(watch.deadline(start), Some(start + 20 * SECOND));
        for second in [0, 5, 10, 15] {
            watch.progress(start + second * SECOND, 1);
        }
        assert!(matches!(
            watch.check(start + 20 * SECOND),
            Err(Expired::Stalled(_))
        ));
    }

    #[test]
    fn once_the_body_is_done_only_the_read_timeout_counts() {
        let start = Instant::now();
        let mut watch = TransferWatch::new(start, Some(60 * SECOND));
        watch.watch_throughput(&protection(), start);
        watch.body_done(start + SECOND);
        assert_eq!(watch.deadline(start + SECOND), Some(start + 61 * SECOND));
        assert_eq!(watch.check(start + 30 * SECOND), Ok(()));
    }

    #[test]
    fn limits_past_what_the_clock_can_tell_are_no_limits_and_never_panic() {
        let start = Instant::now();
        let mut watch = TransferWatch::new(start, Some(Duration::MAX));
        watch.watch_throughput(&protection().with_grace_period(Duration::MAX), start);
        assert_eq!(watch.deadline(start), None);
        assert_eq!(watch.check(start + 1000 * SECOND), Ok(()));
    }

    #[test]
    fn without_limits_there_is_no_deadline() {
        let start = Instant::now();
        let mut watch = TransferWatch::new(start, None);
        assert_eq!(watch.deadline(start), None);
        assert_eq!(watch.check(start + 1000 * SECOND), Ok(()));
    }
}
