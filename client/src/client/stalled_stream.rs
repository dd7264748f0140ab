//! Stalled-stream protection, as aws-sdk-rust has it: a transfer that moves fewer bytes than a
//! minimum throughput over a grace period is ended, for response bodies (downloads) and request
//! bodies (uploads). On by default: 1 byte/s over 20 s.
//!
//! The read timeout ends a transfer that stops completely; this ends one that drips: a server
//! that sends one byte every 5 s never trips a 60 s read timeout, and would be read until the
//! size cap (10 MiB: about 600 days).
//!
//! The measure is pure ([`ThroughputMonitor`] is given the time); the transport asks it when to
//! look again and whether the transfer is too slow.

use std::fmt;
use std::time::{Duration, Instant};

/// The grace period unless set: aws-sdk-rust's (`DEFAULT_GRACE_PERIOD`, 20 s).
pub const DEFAULT_STALL_GRACE_PERIOD: Duration = Duration::from_secs(20);
/// The minimum throughput unless set, in bytes per second: aws-sdk-rust's (1 byte/s).
pub const DEFAULT_MINIMUM_THROUGHPUT: u64 = 1;

/// Stalled-stream protection: a body that moves fewer than `minimum throughput × grace period`
/// bytes during the last grace period ends the attempt with a timeout error (retried). It is
/// first judged one grace period after the body starts moving (the response's headers arrive,
/// or the connection takes the first piece of the request body), then every tenth of one.
///
/// On by default, for downloads and uploads, at 1 byte/s over 20 s: a server that drips one
/// byte every 5 s (4 bytes in 20 s) fails the attempt 20 s after its headers.
///
/// ```
/// use aws_union_client::{Config, Credentials, StalledStreamProtection};
/// use std::time::Duration;
///
/// let protection = StalledStreamProtection::enabled()
///     .with_grace_period(Duration::from_secs(5))
///     .with_minimum_throughput(1024);
/// assert!(protection.download_enabled() && protection.upload_enabled());
/// let config = Config::builder()
///     .region("us-east-1")
///     .credentials(Credentials::new("AKIDEXAMPLE", "secret", None, None, "example"))
///     .stalled_stream_protection(protection)
///     .build()?;
/// assert!(!StalledStreamProtection::disabled().is_enabled());
/// # Ok::<(), aws_union_client::BuildError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StalledStreamProtection {
    upload: bool,
    download: bool,
    grace_period: Duration,
    minimum_throughput: u64,
}

impl Default for StalledStreamProtection {
    fn default() -> Self {
        Self::enabled()
    }
}

impl StalledStreamProtection {
    /// On for uploads and downloads, with [`DEFAULT_STALL_GRACE_PERIOD`] and
    /// [`DEFAULT_MINIMUM_THROUGHPUT`].
    pub const fn enabled() -> Self {
        Self {
            upload: true,
            download: true,
            grace_period: DEFAULT_STALL_GRACE_PERIOD,
            minimum_throughput: DEFAULT_MINIMUM_THROUGHPUT,
        }
    }

    /// Off: only the read timeout, the size cap and the attempt and operation timeouts end a
    /// slow transfer.
    pub const fn disabled() -> Self {
        Self::enabled().with_upload(false).with_download(false)
    }

    /// Over how long the throughput is measured, and how long a body may move before it is
    /// first judged (at least 10 ms).
    pub const fn with_grace_period(mut self, grace_period: Duration) -> Self {
        self.grace_period = grace_period;
        self
    }

    /// The fewest bytes per second a body must move, on average over the grace period.
    pub const fn with_minimum_throughput(mut self, bytes_per_second: u64) -> Self {
        self.minimum_throughput = bytes_per_second;
        self
    }

    /// Whether request bodies are watched.
    pub const fn with_upload(mut self, enabled: bool) -> Self {
        self.upload = enabled;
        self
    }

    /// Whether response bodies are watched.
    pub const fn with_download(mut self, enabled: bool) -> Self {
        self.download = enabled;
        self
    }

    /// The grace period.
    pub const fn grace_period(&self) -> Duration {
        self.grace_period
    }

    /// The minimum throughput, in bytes per second.
    pub const fn minimum_throughput(&self) -> u64 {
        self.minimum_throughput
    }

    /// Whether request bodies are watched.
    pub const fn upload_enabled(&self) -> bool {
        self.upload
    }

    /// Whether response bodies are watched.
    pub const fn download_enabled(&self) -> bool {
        self.download
    }

    /// Whether any body is watched.
    pub const fn is_enabled(&self) -> bool {
        self.upload || self.download
    }
}

/// The window is kept as this many bins: memory stays fixed however many pieces arrive.
const BINS: usize = 10;
/// The shortest bin: a tiny grace period must not make the transport wake up without end.
const MIN_BIN: Duration = Duration::from_millis(1);

/// Counts the bytes of one body over time, in bins of a tenth of the grace period, and says
/// whether the last grace period moved enough. Pure: every call is given the time.
#[derive(Debug, Clone)]
pub(crate) struct ThroughputMonitor {
    minimum: u64,
    bin: Duration,
    started: Instant,
    /// Bytes per bin: the last `BINS` whole bins and the current one, by bin number modulo.
    bins: [u64; BINS + 1],
    /// The number of the newest bin written or looked at.
    newest: u64,
}

/// A body too slow: what it moved, and what it had to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stall {
    bytes: u64,
    window: Duration,
    minimum: u64,
}

impl fmt::Display for Stall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} bytes in the last {:?}, under the minimum throughput of {} B/s (stalled-stream protection)",
            self.bytes, self.window, self.minimum
        )
    }
}

impl ThroughputMonitor {
    /// Starts measuring at `now`.
    pub(crate) fn new(protection: &StalledStreamProtection, now: Instant) -> Self {
        Self {
            minimum: protection.minimum_throughput,
            bin: (protection.grace_period / BINS as u32).max(MIN_BIN),
            started: now,
            bins: [0; BINS + 1],
            newest: 0,
        }
    }

    /// The measured window: the grace period, as whole bins.
    fn window(&self) -> Duration {
        self.bin * BINS as u32
    }

    fn bin_number(&self, now: Instant) -> u64 {
        let elapsed = now.saturating_duration_since(self.started).as_nanos();
        u64::try_from(elapsed / self.bin.as_nanos()).unwrap_or(u64::MAX)
    }

    /// Moves to the bin of `now`, emptying the bins passed over.
    fn advance(&mut self, now: Instant) {
        let current = self.bin_number(now);
        if current <= self.newest {
            return;
        }
        let passed = (current - self.newest).min(self.bins.len() as u64);
        for step in 1..=passed {
            self.bins[((self.newest + step) % self.bins.len() as u64) as usize] = 0;
        }
        self.newest = current;
    }

    /// `bytes` moved at `now`.
    pub(crate) fn record(&mut self, now: Instant, bytes: usize) {
        self.advance(now);
        let slot = (self.newest % self.bins.len() as u64) as usize;
        self.bins[slot] = self.bins[slot].saturating_add(bytes as u64);
    }

    /// When to call [`check`](Self::check) next: one grace period after the start, then at
    /// each bin's end; `None` if that is past any time the clock can tell (a grace period of
    /// centuries).
    pub(crate) fn next_check(&self, now: Instant) -> Option<Instant> {
        let first = self.started.checked_add(self.window())?;
        let next_bin = u32::try_from(self.bin_number(now).saturating_add(1)).ok()?;
        let next = self.started.checked_add(self.bin.checked_mul(next_bin)?)?;
        Some(first.max(next))
    }

    /// Whether the last grace period moved at least the minimum throughput. Before one grace
    /// period has passed, it has.
    ///
    /// # Errors
    ///
    /// The [`Stall`] when it did not.
    pub(crate) fn check(&mut self, now: Instant) -> Result<(), Stall> {
        let window = self.window();
        match self.started.checked_add(window) {
            Some(judged_from) if now >= judged_from => {}
            _ => return Ok(()),
        }
        self.advance(now);
        // The whole window, and what has come in the current bin (which can only help).
        let bytes: u64 = self.bins.iter().sum();
        let required = u128::from(self.minimum) * window.as_nanos();
        if u128::from(bytes) * 1_000_000_000 >= required {
            return Ok(());
        }
        Err(Stall {
            bytes,
            window,
            minimum: self.minimum,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn monitor(grace_secs: u64, minimum: u64) -> (ThroughputMonitor, Instant) {
        let start = Instant::now();
        let protection = StalledStreamProtection::enabled()
            .with_grace_period(Duration::from_secs(grace_secs))
            .with_minimum_throughput(minimum);
        (ThroughputMonitor::new(&protection, start), start)
    }

    fn at(start: Instant, millis: u64) -> Instant {
        start + Duration::from_millis(millis)
    }

    #[test]
    fn protection_is_on_by_default_at_1_byte_per_second_over_20_s() {
        let protection = StalledStreamProtection::default();
        assert!(protection.upload_enabled() && protection.download_enabled());
        assert_eq!(protection.grace_period(), Duration::from_secs(20));
        assert_eq!(protection.minimum_throughput(), 1);
    }

    #[test]
    fn a_body_is_not_judged_before_one_grace_period() {
        let (mut monitor, start) = monitor(20, 1);
        assert_eq!(monitor.check(at(start, 19_999)), Ok(()));
        assert_eq!(monitor.next_check(at(start, 100)), Some(at(start, 20_000)));
    }

    #[test]
    fn a_drip_of_one_byte_every_5_s_stalls_at_the_end_of_the_first_grace_period() {
        let (mut monitor, start) = monitor(20, 1);
        for second in (0..20).step_by(5) {
            monitor.record(at(start, second * 1000), 1);
        }
        let stall = monitor.check(at(start, 20_000)).unwrap_err();
        assert_eq!(
            stall.to_string(),
            "4 bytes in the last 20s, under the minimum throughput of 1 B/s (stalled-stream protection)"
        );
    }

    #[test]
    fn a_body_at_the_minimum_throughput_is_not_a_stall() {
        let (mut monitor, start) = monitor(20, 1);
        for second in 0..60 {
            monitor.record(at(start, second * 1000), 1);
            assert_eq!(
                monitor.check(at(start, second * 1000 + 1)),
                Ok(()),
                "{second}"
            );
        }
    }

    #[test]
    fn a_body_that_stops_after_a_burst_stalls_once_the_burst_leaves_the_window() {
        let (mut monitor, start) = monitor(20, 1);
        monitor.record(at(start, 0), 1 << 20);
        assert_eq!(monitor.check(at(start, 20_000)), Ok(()));
        // The burst was in the first bin: two seconds later it is out of the window.
        let stall = monitor.check(at(start, 22_000)).unwrap_err();
        assert_eq!(stall.bytes, 0);
    }

    #[test]
    fn checks_come_every_tenth_of_the_grace_period_after_the_first() {
        let (monitor, start) = monitor(20, 1);
        assert_eq!(
            monitor.next_check(at(start, 20_000)),
            Some(at(start, 22_000))
        );
        assert_eq!(
            monitor.next_check(at(start, 21_999)),
            Some(at(start, 22_000))
        );
    }

    #[test]
    fn a_grace_period_past_what_the_clock_can_tell_never_judges_and_never_panics() {
        let start = Instant::now();
        let protection = StalledStreamProtection::enabled().with_grace_period(Duration::MAX);
        let mut monitor = ThroughputMonitor::new(&protection, start);
        monitor.record(at(start, 1), 1);
        assert_eq!(monitor.next_check(at(start, 1)), None);
        assert_eq!(monitor.check(at(start, 1_000_000)), Ok(()));
    }

    #[test]
    fn a_long_silence_empties_every_bin() {
        let (mut monitor, start) = monitor(1, 1000);
        monitor.record(at(start, 0), 5000);
        monitor.record(at(start, 10_000_000), 1);
        assert_eq!(monitor.check(at(start, 10_000_001)).unwrap_err().bytes, 1);
    }
}
