//! Moving a [`Timestamp`] by a [`Duration`], the distance between two, and (feature `std`) the
//! current instant.
//!
//! The operators follow `std::time::SystemTime`: `+` and `-` panic when the result leaves the
//! range, and `checked_*` give `None` instead. There is no `Timestamp - Timestamp`: `core`
//! has no signed duration, and a result that silently saturates at zero, as `Instant`'s does,
//! would hide which instant is the later one.

use core::ops::{Add, AddAssign, Sub, SubAssign};
use core::time::Duration;

use super::{Timestamp, NANOS_PER_SEC};

impl Timestamp {
    /// The instant now, from the system clock (feature `std`).
    ///
    /// A clock set outside years 0001–9999 gives the nearest end of the range,
    /// [`Timestamp::MIN`] or [`Timestamp::MAX`].
    ///
    /// ```
    /// use aws_union::Timestamp;
    ///
    /// let now = Timestamp::now();
    /// assert!(now > Timestamp::from_secs(1_700_000_000)?);
    /// assert!(now <= Timestamp::now());
    /// # Ok::<(), aws_union::TimestampError>(())
    /// ```
    #[cfg(feature = "std")]
    pub fn now() -> Timestamp {
        let now = std::time::SystemTime::now();
        Timestamp::try_from(now).unwrap_or(if now > std::time::UNIX_EPOCH {
            Timestamp::MAX
        } else {
            Timestamp::MIN
        })
    }

    /// `duration` later, or `None` past [`Timestamp::MAX`]; nanoseconds are kept.
    ///
    /// ```
    /// use core::time::Duration;
    /// use aws_union::Timestamp;
    ///
    /// let t = Timestamp::from_secs(1_700_000_000)?;
    /// let later = t.checked_add(Duration::from_nanos(1_500_000_001)).unwrap();
    /// assert_eq!((later.secs(), later.subsec_nanos()), (1_700_000_001, 500_000_001));
    /// assert_eq!(Timestamp::MAX.checked_add(Duration::from_nanos(1)), None);
    /// # Ok::<(), aws_union::TimestampError>(())
    /// ```
    pub fn checked_add(self, duration: Duration) -> Option<Timestamp> {
        let duration = i128::try_from(duration.as_nanos()).ok()?;
        Self::from_total_nanos(self.total_nanos().checked_add(duration)?)
    }

    /// `duration` earlier, or `None` before [`Timestamp::MIN`]; nanoseconds are kept.
    ///
    /// ```
    /// use core::time::Duration;
    /// use aws_union::Timestamp;
    ///
    /// let before = Timestamp::UNIX_EPOCH.checked_sub(Duration::from_millis(1_500)).unwrap();
    /// assert_eq!(before.epoch_millis(), -1_500);
    /// assert_eq!(Timestamp::MIN.checked_sub(Duration::from_nanos(1)), None);
    /// # Ok::<(), aws_union::TimestampError>(())
    /// ```
    pub fn checked_sub(self, duration: Duration) -> Option<Timestamp> {
        let duration = i128::try_from(duration.as_nanos()).ok()?;
        Self::from_total_nanos(self.total_nanos().checked_sub(duration)?)
    }

    /// How long after `earlier` this instant is, or `None` if `earlier` is in fact later
    /// (swap the two for that distance).
    ///
    /// ```
    /// use core::time::Duration;
    /// use aws_union::Timestamp;
    ///
    /// let start = Timestamp::from_millis(1_700_000_000_000)?;
    /// let end = Timestamp::from_millis(1_700_000_001_250)?;
    /// assert_eq!(end.checked_duration_since(start), Some(Duration::from_millis(1_250)));
    /// assert_eq!(start.checked_duration_since(end), None);
    /// # Ok::<(), aws_union::TimestampError>(())
    /// ```
    pub fn checked_duration_since(self, earlier: Timestamp) -> Option<Duration> {
        let nanos = self.total_nanos().checked_sub(earlier.total_nanos())?;
        let secs = u64::try_from(nanos.div_euclid(NANOS_PER_SEC.into())).ok()?;
        let subsec = u32::try_from(nanos.rem_euclid(NANOS_PER_SEC.into())).ok()?;
        Some(Duration::new(secs, subsec))
    }

    /// Nanoseconds since the epoch; every instant of the range fits.
    fn total_nanos(self) -> i128 {
        i128::from(self.secs) * i128::from(NANOS_PER_SEC) + i128::from(self.nanos)
    }

    fn from_total_nanos(nanos: i128) -> Option<Timestamp> {
        let secs = i64::try_from(nanos.div_euclid(NANOS_PER_SEC.into())).ok()?;
        let subsec = u32::try_from(nanos.rem_euclid(NANOS_PER_SEC.into())).ok()?;
        Timestamp::from_secs_and_nanos(secs, subsec).ok()
    }
}

/// `duration` later; panics past [`Timestamp::MAX`], as `SystemTime + Duration` panics on
/// overflow ([`Timestamp::checked_add`] does not).
///
/// ```
/// use core::time::Duration;
/// use aws_union::Timestamp;
///
/// let t = Timestamp::UNIX_EPOCH + Duration::from_secs(90);
/// assert_eq!(t.to_string(), "1970-01-01T00:01:30Z");
/// ```
impl Add<Duration> for Timestamp {
    type Output = Timestamp;

    fn add(self, duration: Duration) -> Timestamp {
        self.checked_add(duration)
            .expect("overflow when adding a duration to a timestamp (past 9999-12-31)")
    }
}

/// `duration` earlier; panics before [`Timestamp::MIN`], as `SystemTime - Duration` panics on
/// overflow ([`Timestamp::checked_sub`] does not).
///
/// ```
/// use core::time::Duration;
/// use aws_union::Timestamp;
///
/// let t = Timestamp::UNIX_EPOCH - Duration::from_millis(1);
/// assert_eq!(t.to_string(), "1969-12-31T23:59:59.999Z");
/// ```
impl Sub<Duration> for Timestamp {
    type Output = Timestamp;

    fn sub(self, duration: Duration) -> Timestamp {
        self.checked_sub(duration)
            .expect("overflow when subtracting a duration from a timestamp (before 0001-01-01)")
    }
}

/// `+=`, with the panic of `+`.
///
/// ```
/// use core::time::Duration;
/// use aws_union::Timestamp;
///
/// let mut t = Timestamp::UNIX_EPOCH;
/// t += Duration::from_secs(1);
/// assert_eq!(t.secs(), 1);
/// ```
impl AddAssign<Duration> for Timestamp {
    fn add_assign(&mut self, duration: Duration) {
        *self = *self + duration;
    }
}

/// `-=`, with the panic of `-`.
///
/// ```
/// use core::time::Duration;
/// use aws_union::Timestamp;
///
/// let mut t = Timestamp::UNIX_EPOCH;
/// t -= Duration::from_secs(1);
/// assert_eq!(t.secs(), -1);
/// ```
impl SubAssign<Duration> for Timestamp {
    fn sub_assign(&mut self, duration: Duration) {
        *self = *self - duration;
    }
}
