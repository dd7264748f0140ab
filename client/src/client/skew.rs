//! Clock-skew correction: the offset between the server's clock (its `Date` header) and ours,
//! measured on every response and applied to the signing time of the next attempts.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, SystemTime};

use http::HeaderMap;

/// A request slower than this says too little about the server's clock.
const MAX_TRUSTED_REQUEST_DURATION: Duration = Duration::from_secs(15 * 60);

/// The last measured skew, server clock minus ours, in milliseconds.
#[derive(Debug, Default)]
pub(crate) struct ClockSkew(AtomicI64);

impl ClockSkew {
    /// `now` as the server's clock would show it.
    pub(crate) fn apply(&self, now: SystemTime) -> SystemTime {
        let skew = self.0.load(Ordering::Relaxed);
        let offset = Duration::from_millis(skew.unsigned_abs());
        if skew >= 0 {
            now.checked_add(offset)
        } else {
            now.checked_sub(offset)
        }
        .unwrap_or(now)
    }

    /// Measures the skew from a response sent at `sent` and received at `received`: its `Date`
    /// against the midpoint. Nothing is measured for a cached response (`Age`), a response
    /// without a readable `Date`, or a slow request. Returns the skew measured, if any.
    pub(crate) fn observe(
        &self,
        headers: &HeaderMap,
        sent: SystemTime,
        received: SystemTime,
    ) -> Option<i64> {
        let skew = measure(headers, sent, received)?;
        self.0.store(skew, Ordering::Relaxed);
        Some(skew)
    }
}

fn measure(headers: &HeaderMap, sent: SystemTime, received: SystemTime) -> Option<i64> {
    if headers.contains_key(http::header::AGE) {
        return None;
    }
    let date = headers.get(http::header::DATE)?.to_str().ok()?;
    let server = httpdate::parse_http_date(date).ok()?;
    let elapsed = received.duration_since(sent).unwrap_or_default();
    if elapsed > MAX_TRUSTED_REQUEST_DURATION {
        return None;
    }
    let midpoint = sent + elapsed / 2;
    let millis = |d: Duration| i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
    Some(match server.duration_since(midpoint) {
        Ok(ahead) => millis(ahead),
        Err(behind) => -millis(behind.duration()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::UNIX_EPOCH;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().unwrap());
        }
        map
    }

    #[test]
    fn skew_is_the_date_header_against_the_midpoint_of_the_request() {
        // Sun, 06 Nov 1994 08:49:37 GMT = 784111777.
        let sent = UNIX_EPOCH + Duration::from_secs(784_111_777 - 600);
        let received = sent + Duration::from_secs(2);
        let date = headers(&[("date", "Sun, 06 Nov 1994 08:49:37 GMT")]);
        let skew = ClockSkew::default();
        assert_eq!(skew.observe(&date, sent, received), Some(599_000));
        assert_eq!(
            skew.apply(sent),
            sent + Duration::from_millis(599_000),
            "later attempts are signed at the server's time"
        );
    }

    #[test]
    fn no_skew_is_measured_from_a_cached_or_dateless_or_slow_response() {
        let sent = UNIX_EPOCH + Duration::from_secs(784_111_777);
        let soon = sent + Duration::from_secs(1);
        let date = "Sun, 06 Nov 1994 08:49:37 GMT";
        assert_eq!(
            measure(&headers(&[("date", date), ("age", "10")]), sent, soon),
            None
        );
        assert_eq!(
            measure(&headers(&[("date", "yesterday")]), sent, soon),
            None
        );
        assert_eq!(measure(&HeaderMap::new(), sent, soon), None);
        let slow = sent + Duration::from_secs(16 * 60);
        assert_eq!(measure(&headers(&[("date", date)]), sent, slow), None);
    }
}
