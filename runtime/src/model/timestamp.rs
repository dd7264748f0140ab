//! [`Timestamp`]: a restJson1 `timestamp`, read in every form botocore reads and written
//! as epoch seconds.

use std::fmt;
use std::str::FromStr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use super::text_time;

const NANOS_PER_SEC: u32 = 1_000_000_000;
const NANOS_PER_MILLI: u32 = 1_000_000;
/// 0001-01-01T00:00:00Z, the first instant of a four-digit year.
const MIN_SECS: i64 = -62_135_596_800;
/// 9999-12-31T23:59:59Z, the last whole second of a four-digit year.
const MAX_SECS: i64 = 253_402_300_799;

/// An instant, as the Clean Rooms API carries `createTime`.
///
/// The range is that of a four-digit year, `0001-01-01T00:00:00Z` to
/// `9999-12-31T23:59:59.999999999Z`, the range of RFC 3339 and of Python's `datetime`
/// (botocore fails on instants outside it as well). The precision is a nanosecond.
///
/// Reading (restJson1, and what botocore's `parse_timestamp` accepts beyond it):
/// - a JSON number of epoch seconds: `1700000000`, `1700000000.123`, `1.700000000123E9`.
///   A fraction is rounded to the microsecond, half to even, as Python's
///   `datetime.fromtimestamp` does (see [`Timestamp::from_fractional_secs`]);
/// - a string holding such a number: `"1700000000.5"`;
/// - an RFC 3339 / ISO 8601 date-time with a zone: `2023-11-14T22:13:20Z`,
///   `2023-11-14T22:13:20.123+05:30` (see [`Timestamp::from_str`] for every accepted form);
/// - an HTTP date (IMF-fixdate): `Tue, 14 Nov 2023 22:13:20 GMT`.
///
/// Writing: epoch seconds as a JSON number with millisecond precision, `1700000000.123`, and
/// a whole second as an integer, `1700000000`. Digits below the millisecond are dropped
/// (rounded toward the past).
///
/// ```
/// use cleanrooms_runtime::model::Timestamp;
///
/// let t: Timestamp = serde_json::from_str("1.700000000123E9")?;
/// assert_eq!(t.epoch_millis(), 1_700_000_000_123);
/// assert_eq!(serde_json::to_string(&t)?, "1700000000.123");
///
/// let iso: Timestamp = serde_json::from_str(r#""2023-11-14T22:13:20.123Z""#)?;
/// assert_eq!(iso, t);
/// assert_eq!(iso.to_string(), "2023-11-14T22:13:20.123Z");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Timestamp {
    secs: i64,
    nanos: u32,
}

/// Why a value is not a [`Timestamp`]: out of range, or text in no accepted form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimestampError {
    message: String,
}

impl TimestampError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }

    fn out_of_range(what: impl fmt::Display) -> Self {
        Self::new(format!(
            "timestamp {what} is out of range (years 0001 to 9999)"
        ))
    }
}

impl fmt::Display for TimestampError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for TimestampError {}

impl Timestamp {
    /// 1970-01-01T00:00:00Z, also the value a missing required timestamp gets.
    pub const UNIX_EPOCH: Timestamp = Timestamp { secs: 0, nanos: 0 };
    /// The earliest instant: 0001-01-01T00:00:00Z.
    pub const MIN: Timestamp = Timestamp {
        secs: MIN_SECS,
        nanos: 0,
    };
    /// The latest instant: 9999-12-31T23:59:59.999999999Z.
    pub const MAX: Timestamp = Timestamp {
        secs: MAX_SECS,
        nanos: NANOS_PER_SEC - 1,
    };

    /// The instant `secs` seconds and `nanos` nanoseconds after the epoch (`secs` may be
    /// negative; `nanos` always counts forward and must be below one second).
    ///
    /// ```
    /// # use cleanrooms_runtime::model::Timestamp;
    /// let t = Timestamp::from_secs_and_nanos(-2, 500_000_000)?;
    /// assert_eq!(t.epoch_millis(), -1_500);
    /// assert!(Timestamp::from_secs_and_nanos(0, 1_000_000_000).is_err());
    /// # Ok::<(), cleanrooms_runtime::model::TimestampError>(())
    /// ```
    pub fn from_secs_and_nanos(secs: i64, nanos: u32) -> Result<Self, TimestampError> {
        if nanos >= NANOS_PER_SEC {
            return Err(TimestampError::new(format!(
                "{nanos} nanoseconds is not below one second"
            )));
        }
        if !(MIN_SECS..=MAX_SECS).contains(&secs) {
            return Err(TimestampError::out_of_range(format_args!("{secs}s")));
        }
        Ok(Self { secs, nanos })
    }

    /// The instant `secs` whole seconds after the epoch.
    pub fn from_secs(secs: i64) -> Result<Self, TimestampError> {
        Self::from_secs_and_nanos(secs, 0)
    }

    /// The instant `millis` milliseconds after the epoch.
    pub fn from_epoch_millis(millis: i64) -> Result<Self, TimestampError> {
        let nanos = millis.rem_euclid(1000) as u32 * NANOS_PER_MILLI;
        Self::from_secs_and_nanos(millis.div_euclid(1000), nanos)
    }

    /// The instant `secs` seconds after the epoch, rounded to the microsecond, half to even,
    /// as Python's `datetime.fromtimestamp` rounds; but from the number's shortest decimal
    /// form (the digits that were sent), not from its binary approximation. The two agree
    /// wherever a double resolves microseconds (until about the year 2242); past that,
    /// `113169685717.39` is `.390` here and `.389992` in Python.
    ///
    /// ```
    /// # use cleanrooms_runtime::model::Timestamp;
    /// let t = Timestamp::from_fractional_secs(1.700000000123E9)?;
    /// assert_eq!((t.secs(), t.subsec_nanos()), (1_700_000_000, 123_000_000));
    /// let far = Timestamp::from_fractional_secs(113169685717.39)?;
    /// assert_eq!(far.subsec_nanos(), 390_000_000);
    /// assert!(Timestamp::from_fractional_secs(f64::NAN).is_err());
    /// # Ok::<(), cleanrooms_runtime::model::TimestampError>(())
    /// ```
    pub fn from_fractional_secs(secs: f64) -> Result<Self, TimestampError> {
        if !secs.is_finite() {
            return Err(TimestampError::new(format!(
                "{secs} is not a number of seconds"
            )));
        }
        // Outside this the value is out of range anyway; checking first keeps the digits few.
        if !(MIN_SECS as f64 - 1.0..=MAX_SECS as f64 + 1.0).contains(&secs) {
            return Err(TimestampError::out_of_range(secs));
        }
        // `Display` writes the shortest decimal that reads back as `secs`, without exponent.
        let text = secs.abs().to_string();
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let Ok(whole) = whole.parse::<i64>() else {
            return Err(TimestampError::out_of_range(secs));
        };
        let (whole, micros) = round_micros_half_even(whole, fraction.as_bytes());
        let (whole, nanos) = match (secs < 0.0, micros) {
            (false, _) => (whole, micros * 1000),
            (true, 0) => (-whole, 0),
            (true, _) => (-whole - 1, (1_000_000 - micros) * 1000),
        };
        Self::from_secs_and_nanos(whole, nanos)
    }

    /// Whole seconds since the epoch (rounded toward the past).
    pub fn secs(&self) -> i64 {
        self.secs
    }

    /// Nanoseconds past [`secs`](Self::secs), below one second.
    pub fn subsec_nanos(&self) -> u32 {
        self.nanos
    }

    /// Milliseconds since the epoch (rounded toward the past), the precision this type is
    /// written with.
    pub fn epoch_millis(&self) -> i64 {
        self.secs * 1000 + i64::from(self.nanos / NANOS_PER_MILLI)
    }

    /// Parses every text form this type accepts; the same as [`Timestamp::from_str`].
    pub fn parse(text: &str) -> Result<Self, TimestampError> {
        text.parse()
    }
}

impl FromStr for Timestamp {
    type Err = TimestampError;

    /// Reads the text forms botocore reads, on a well-defined subset of what its
    /// `dateutil` fallback guesses at:
    ///
    /// - epoch seconds: `1700000000`, `-1.5`, `1.7E9` (digits, optional sign, fraction and
    ///   exponent; no spaces, no `NaN` or `inf`);
    /// - RFC 3339 date-times, with ISO 8601's common variants: `2023-11-14T22:13:20Z`, a
    ///   fraction of any length after `.` or `,` (digits past the nanosecond are dropped),
    ///   `t`, `z` or a space in place of `T` and `Z`, seconds left out (`22:13Z`), and offsets
    ///   `+05:30`, `+0530` or `+05` (below 24 hours);
    /// - an HTTP date, IMF-fixdate: `Tue, 14 Nov 2023 22:13:20 GMT` (the weekday must match).
    ///
    /// A date-time without a zone names no instant and is rejected (botocore would hand back
    /// a naive local time); so are leap seconds (`23:59:60`) and `24:00`, as Python rejects
    /// them, and any year outside 0001–9999.
    ///
    /// ```
    /// # use cleanrooms_runtime::model::Timestamp;
    /// let forms = [
    ///     "1700000000",
    ///     "2023-11-14T22:13:20Z",
    ///     "2023-11-15 03:43:20+05:30",
    ///     "2023-11-14t14:13:20-0800",
    ///     "Tue, 14 Nov 2023 22:13:20 GMT",
    /// ];
    /// for form in forms {
    ///     assert_eq!(form.parse::<Timestamp>()?.secs(), 1_700_000_000, "{form}");
    /// }
    /// let err = "2023-11-14T22:13:20".parse::<Timestamp>().unwrap_err();
    /// assert!(err.to_string().contains("zone"), "{err}");
    /// # Ok::<(), cleanrooms_runtime::model::TimestampError>(())
    /// ```
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if let Some(secs) = text_time::parse_epoch_seconds(text) {
            return Self::from_fractional_secs(secs);
        }
        let (secs, nanos) = text_time::parse_date_time(text)?;
        Self::from_secs_and_nanos(secs, nanos)
    }
}

impl fmt::Display for Timestamp {
    /// RFC 3339 in UTC, with as many fraction digits as needed (none, 3, 6 or 9).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        text_time::write_rfc3339(f, self.secs, self.nanos)
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Timestamp({self})")
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let millis = self.epoch_millis();
        if millis % 1000 == 0 {
            return serializer.serialize_i64(self.secs);
        }
        // Going through the decimal text gives the double nearest to `secs.mmm`, which prints
        // back as exactly those digits (at most 15 significant ones in this range).
        let sign = if millis < 0 { "-" } else { "" };
        let abs = millis.unsigned_abs();
        let text = format!("{sign}{}.{:03}", abs / 1000, abs % 1000);
        match text.parse::<f64>() {
            Ok(secs) => serializer.serialize_f64(secs),
            Err(_) => Err(serde::ser::Error::custom("unrepresentable timestamp")),
        }
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TimestampVisitor)
    }
}

/// `whole` seconds and a fraction's decimal digits, rounded to whole microseconds (half to
/// even, carrying into the seconds).
fn round_micros_half_even(whole: i64, digits: &[u8]) -> (i64, u32) {
    let digit = |i: usize| digits.get(i).map_or(0, |d| u32::from(d - b'0'));
    let mut micros = (0..6).fold(0, |n, i| n * 10 + digit(i));
    let rest_nonzero = digits.iter().skip(7).any(|d| *d != b'0');
    let round_up = match digit(6) {
        0..=4 => false,
        5 if !rest_nonzero => micros % 2 == 1,
        _ => true,
    };
    if round_up {
        micros += 1;
    }
    if micros == 1_000_000 {
        (whole + 1, 0)
    } else {
        (whole, micros)
    }
}

struct TimestampVisitor;

impl Visitor<'_> for TimestampVisitor {
    type Value = Timestamp;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a timestamp: epoch seconds, or an RFC 3339 or HTTP date string")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Timestamp, E> {
        Timestamp::from_secs(v).map_err(E::custom)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Timestamp, E> {
        let secs = i64::try_from(v).map_err(|_| E::custom(TimestampError::out_of_range(v)))?;
        self.visit_i64(secs)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Timestamp, E> {
        Timestamp::from_fractional_secs(v).map_err(E::custom)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Timestamp, E> {
        v.parse().map_err(E::custom)
    }
}

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

#[cfg(feature = "time")]
mod time_conversions {
    use super::{Timestamp, TimestampError};

    impl TryFrom<time::OffsetDateTime> for Timestamp {
        type Error = TimestampError;

        fn try_from(t: time::OffsetDateTime) -> Result<Self, Self::Error> {
            Timestamp::from_secs_and_nanos(t.unix_timestamp(), t.nanosecond())
        }
    }

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
    use super::{Timestamp, TimestampError};

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
