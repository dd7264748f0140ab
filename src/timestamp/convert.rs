//! Conversions between [`Timestamp`] and `std::time::SystemTime` (feature `std`),
//! `time::OffsetDateTime` (feature `time`) and `chrono::DateTime<Utc>` (feature `chrono`).

#[cfg(feature = "std")]
mod system_time {
    use std::time::{Duration, SystemTime, UNIX_EPOCH};

    use super::super::{Timestamp, TimestampError, NANOS_PER_SEC};

    /// An instant outside years 0001–9999 is an error.
    ///
    /// ```
    /// use std::time::{Duration, UNIX_EPOCH};
    /// use aws_union::Timestamp;
    ///
    /// let t = Timestamp::try_from(UNIX_EPOCH - Duration::from_millis(1_500))?;
    /// assert_eq!(t.epoch_millis(), -1_500);
    /// # Ok::<(), aws_union::TimestampError>(())
    /// ```
    impl TryFrom<SystemTime> for Timestamp {
        type Error = TimestampError;

        fn try_from(time: SystemTime) -> Result<Self, Self::Error> {
            match time.duration_since(UNIX_EPOCH) {
                Ok(after) => {
                    let secs = i64::try_from(after.as_secs())
                        .map_err(|_| TimestampError::out_of_range(format_args!("{after:?}")))?;
                    Self::from_secs_and_nanos(secs, after.subsec_nanos())
                }
                Err(before) => {
                    let before = before.duration();
                    let secs = i64::try_from(before.as_secs())
                        .map_err(|_| TimestampError::out_of_range(format_args!("-{before:?}")))?;
                    match before.subsec_nanos() {
                        0 => Self::from_secs(-secs),
                        nanos => Self::from_secs_and_nanos(-secs - 1, NANOS_PER_SEC - nanos),
                    }
                }
            }
        }
    }

    /// ```
    /// use std::time::{SystemTime, UNIX_EPOCH};
    /// use aws_union::Timestamp;
    ///
    /// let t = Timestamp::from_secs(1_700_000_000)?;
    /// assert_eq!(SystemTime::from(t).duration_since(UNIX_EPOCH).unwrap().as_secs(), 1_700_000_000);
    /// # Ok::<(), aws_union::TimestampError>(())
    /// ```
    impl From<Timestamp> for SystemTime {
        fn from(t: Timestamp) -> Self {
            // Every `Timestamp` is within what `SystemTime` holds on the supported platforms.
            let since = Duration::new(t.secs.unsigned_abs(), 0);
            let whole = if t.secs >= 0 {
                UNIX_EPOCH + since
            } else {
                UNIX_EPOCH - since
            };
            whole + Duration::from_nanos(u64::from(t.nanos))
        }
    }
}

#[cfg(feature = "time")]
mod time_conversions {
    use super::super::{Timestamp, TimestampError};

    /// An instant outside years 0001–9999 is an error.
    impl TryFrom<time::OffsetDateTime> for Timestamp {
        type Error = TimestampError;

        fn try_from(t: time::OffsetDateTime) -> Result<Self, Self::Error> {
            Timestamp::from_secs_and_nanos(t.unix_timestamp(), t.nanosecond())
        }
    }

    /// The instant in UTC.
    impl From<Timestamp> for time::OffsetDateTime {
        fn from(t: Timestamp) -> Self {
            // Years 1..=9999 are within `time`'s default range.
            let nanos = i128::from(t.secs) * 1_000_000_000 + i128::from(t.nanos);
            time::OffsetDateTime::from_unix_timestamp_nanos(nanos)
                .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
        }
    }
}

#[cfg(feature = "chrono")]
mod chrono_conversions {
    use super::super::{Timestamp, TimestampError};

    /// An instant outside years 0001–9999 is an error.
    impl TryFrom<chrono::DateTime<chrono::Utc>> for Timestamp {
        type Error = TimestampError;

        fn try_from(t: chrono::DateTime<chrono::Utc>) -> Result<Self, Self::Error> {
            // chrono keeps a leap second as nanos >= 1e9; it belongs to the second before.
            let nanos = t.timestamp_subsec_nanos().min(999_999_999);
            Timestamp::from_secs_and_nanos(t.timestamp(), nanos)
        }
    }

    impl From<Timestamp> for chrono::DateTime<chrono::Utc> {
        fn from(t: Timestamp) -> Self {
            // Years 1..=9999 are within chrono's range.
            chrono::DateTime::from_timestamp(t.secs, t.nanos).unwrap_or_default()
        }
    }
}
