//! [`Timestamp`]: a Smithy `timestamp`, read in every form botocore reads and written in
//! the form a member asks for ([`TimestampFormat`]).

use alloc::format;
use alloc::string::String;
use core::fmt;
use core::str::FromStr;

mod arithmetic;
mod calendar;
mod convert;
mod format;
mod parse;
mod wire;
mod write;

pub use format::{FormattedTimestamp, TimestampFormat, TimestampFormatError};

const NANOS_PER_SEC: u32 = 1_000_000_000;
const NANOS_PER_MILLI: u32 = 1_000_000;
/// 0001-01-01T00:00:00Z, the first instant of a four-digit year.
const MIN_SECS: i64 = -62_135_596_800;
/// 9999-12-31T23:59:59Z, the last whole second of a four-digit year.
const MAX_SECS: i64 = 253_402_300_799;

/// An instant, as AWS services carry a `timestamp` member.
///
/// The range is that of a four-digit year, `0001-01-01T00:00:00Z` to
/// `9999-12-31T23:59:59.999999999Z`, the range of RFC 3339 and of Python's `datetime`
/// (botocore fails on instants outside it as well). The value keeps nanoseconds; the wire
/// forms carry milliseconds.
///
/// Reading, in any format (JSON, CBOR, …):
/// - a number of epoch seconds: `1700000000`, `1700000000.123`, `1.700000000123E9`.
///   A fraction is rounded to the microsecond, half to even, as Python's
///   `datetime.fromtimestamp` does (see [`Timestamp::from_fractional_secs`]);
/// - a string holding such a number: `"1700000000.5"`;
/// - an RFC 3339 / ISO 8601 date-time with a zone: `2023-11-14T22:13:20Z`,
///   `2023-11-14T22:13:20.123+05:30` (see [`Timestamp::from_str`] for every accepted form);
/// - an HTTP date (IMF-fixdate): `Tue, 14 Nov 2023 22:13:20 GMT`;
/// - in CBOR, any of these behind a tag: tag 1 (epoch seconds) as the Smithy CBOR protocol
///   sends it, and any other tag is looked through.
///
/// Writing with [`Serialize`](serde_core::Serialize): epoch seconds, to the millisecond (digits
/// below it are dropped, rounding toward the past). In a human-readable format (JSON) a
/// number, `1700000000.123`, and an integer for a whole second, `1700000000`; in a binary
/// format (CBOR) the same number inside tag 1. The other text forms are written with
/// [`Timestamp::fmt_as`].
///
/// Making one: [`Timestamp::now`] (feature `std`), and the constructors named after the unit
/// they count from the epoch, as `std::time::Duration` and aws-smithy-types' `DateTime` name
/// theirs: [`from_secs`](Self::from_secs), [`from_millis`](Self::from_millis),
/// [`from_secs_and_nanos`](Self::from_secs_and_nanos),
/// [`from_fractional_secs`](Self::from_fractional_secs); or by conversion from `SystemTime`,
/// `time::OffsetDateTime` and `chrono::DateTime<Utc>`. Moving one: `+` and `-` a
/// [`Duration`](core::time::Duration) (they panic past the range, as `SystemTime`'s do;
/// [`checked_add`](Self::checked_add) and [`checked_sub`](Self::checked_sub) give `None`), and
/// [`checked_duration_since`](Self::checked_duration_since) for the distance between two.
///
/// Deliberately absent, since an AWS timestamp is an instant and nothing more:
/// - time zones and local time: an instant is written in UTC (`Z`, `GMT`); an offset read
///   from text is applied and not kept;
/// - calendar arithmetic (add a month, start of the day) and calendar fields (year, weekday):
///   they depend on a calendar and a zone; convert to `time` or `chrono` (features of the
///   same names) for them;
/// - `Timestamp - Timestamp`: `core` has no signed duration to give, and saturating at zero
///   would hide which instant is the later; see [`checked_duration_since`](Self::checked_duration_since);
/// - leap seconds (`23:59:60`), as in Python's `datetime`, and custom format strings: the
///   written forms are the three of [`TimestampFormat`].
///
/// ```
/// use aws_union::{Timestamp, TimestampFormat};
///
/// let t: Timestamp = serde_json::from_str("1.700000000123E9")?;
/// assert_eq!(t.epoch_millis(), 1_700_000_000_123);
/// assert_eq!(serde_json::to_string(&t)?, "1700000000.123");
///
/// let iso: Timestamp = serde_json::from_str(r#""2023-11-14T22:13:20.123Z""#)?;
/// assert_eq!(iso, t);
/// assert_eq!(t.fmt_as(TimestampFormat::HttpDate).to_string(), "Tue, 14 Nov 2023 22:13:20 GMT");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Timestamp {
    secs: i64,
    nanos: u32,
}

/// Why a value is not a [`Timestamp`]: out of range, or text in no accepted form.
///
/// ```
/// use aws_union::Timestamp;
///
/// let err = Timestamp::from_secs(i64::MAX).unwrap_err();
/// assert!(err.to_string().contains("out of range"), "{err}");
/// ```
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

    pub(crate) fn out_of_range(what: impl fmt::Display) -> Self {
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

#[cfg(feature = "std")]
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
    /// # use aws_union::Timestamp;
    /// let t = Timestamp::from_secs_and_nanos(-2, 500_000_000)?;
    /// assert_eq!(t.epoch_millis(), -1_500);
    /// assert!(Timestamp::from_secs_and_nanos(0, 1_000_000_000).is_err());
    /// # Ok::<(), aws_union::TimestampError>(())
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
    ///
    /// ```
    /// # use aws_union::Timestamp;
    /// assert_eq!(Timestamp::from_secs(1_700_000_000)?.to_string(), "2023-11-14T22:13:20Z");
    /// assert!(Timestamp::from_secs(300_000_000_000).is_err());
    /// # Ok::<(), aws_union::TimestampError>(())
    /// ```
    pub fn from_secs(secs: i64) -> Result<Self, TimestampError> {
        Self::from_secs_and_nanos(secs, 0)
    }

    /// The instant `millis` milliseconds after the epoch; [`epoch_millis`](Self::epoch_millis)
    /// gives them back.
    ///
    /// ```
    /// # use aws_union::Timestamp;
    /// let t = Timestamp::from_millis(-1)?;
    /// assert_eq!((t.secs(), t.subsec_nanos()), (-1, 999_000_000));
    /// assert_eq!(t.epoch_millis(), -1);
    /// # Ok::<(), aws_union::TimestampError>(())
    /// ```
    pub fn from_millis(millis: i64) -> Result<Self, TimestampError> {
        // Below 1000, so the cast is exact.
        let nanos = millis.rem_euclid(1000) as u32 * NANOS_PER_MILLI;
        Self::from_secs_and_nanos(millis.div_euclid(1000), nanos)
    }

    /// The former name of [`from_millis`](Self::from_millis).
    ///
    /// ```
    /// # #![allow(deprecated)]
    /// # use aws_union::Timestamp;
    /// assert_eq!(Timestamp::from_epoch_millis(1)?, Timestamp::from_millis(1)?);
    /// # Ok::<(), aws_union::TimestampError>(())
    /// ```
    #[deprecated(note = "use `Timestamp::from_millis`: constructors are named after their unit")]
    pub fn from_epoch_millis(millis: i64) -> Result<Self, TimestampError> {
        Self::from_millis(millis)
    }

    /// The instant `secs` seconds after the epoch, rounded to the microsecond, half to even,
    /// as Python's `datetime.fromtimestamp` rounds; but from the number's shortest decimal
    /// form (the digits that were sent), not from its binary approximation. The two agree
    /// wherever a double resolves microseconds (until about the year 2242); past that,
    /// `113169685717.39` is `.390` here and `.389992` in Python.
    ///
    /// ```
    /// # use aws_union::Timestamp;
    /// let t = Timestamp::from_fractional_secs(1.700000000123E9)?;
    /// assert_eq!((t.secs(), t.subsec_nanos()), (1_700_000_000, 123_000_000));
    /// let far = Timestamp::from_fractional_secs(113169685717.39)?;
    /// assert_eq!(far.subsec_nanos(), 390_000_000);
    /// assert!(Timestamp::from_fractional_secs(f64::NAN).is_err());
    /// # Ok::<(), aws_union::TimestampError>(())
    /// ```
    pub fn from_fractional_secs(secs: f64) -> Result<Self, TimestampError> {
        if secs.is_nan() {
            return Err(TimestampError::new("NaN is not a number of seconds"));
        }
        // Outside this the value is out of range anyway; checking first keeps the digits few.
        if !(MIN_SECS as f64 - 1.0..=MAX_SECS as f64 + 1.0).contains(&secs) {
            return Err(TimestampError::out_of_range(secs));
        }
        // `Display` writes the shortest decimal that reads back as `secs`, without exponent.
        let text = format!("{}", secs.abs());
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
    ///
    /// ```
    /// # use aws_union::Timestamp;
    /// assert_eq!(Timestamp::from_millis(-1_500)?.secs(), -2);
    /// # Ok::<(), aws_union::TimestampError>(())
    /// ```
    pub fn secs(&self) -> i64 {
        self.secs
    }

    /// Nanoseconds past [`secs`](Self::secs), below one second.
    ///
    /// ```
    /// # use aws_union::Timestamp;
    /// assert_eq!(Timestamp::from_millis(-1_500)?.subsec_nanos(), 500_000_000);
    /// # Ok::<(), aws_union::TimestampError>(())
    /// ```
    pub fn subsec_nanos(&self) -> u32 {
        self.nanos
    }

    /// Milliseconds since the epoch (rounded toward the past), the precision this type is
    /// written with.
    ///
    /// ```
    /// # use aws_union::Timestamp;
    /// let t = Timestamp::from_secs_and_nanos(1, 999_999_999)?;
    /// assert_eq!(t.epoch_millis(), 1_999);
    /// # Ok::<(), aws_union::TimestampError>(())
    /// ```
    pub fn epoch_millis(&self) -> i64 {
        self.secs * 1000 + i64::from(self.nanos / NANOS_PER_MILLI)
    }

    /// Parses every text form this type accepts; the same as [`Timestamp::from_str`].
    ///
    /// ```
    /// # use aws_union::Timestamp;
    /// assert_eq!(Timestamp::parse("1970-01-01T00:00:01Z")?.secs(), 1);
    /// # Ok::<(), aws_union::TimestampError>(())
    /// ```
    pub fn parse(text: &str) -> Result<Self, TimestampError> {
        text.parse()
    }

    /// The instant written in `format`, as a [`Display`](fmt::Display) value; to the
    /// millisecond for epoch seconds and date-times, to the second for HTTP dates.
    ///
    /// ```
    /// use aws_union::{Timestamp, TimestampFormat};
    ///
    /// let t = Timestamp::from_secs_and_nanos(1_700_000_000, 120_500_000)?;
    /// assert_eq!(t.fmt_as(TimestampFormat::EpochSeconds).to_string(), "1700000000.12");
    /// assert_eq!(t.fmt_as(TimestampFormat::DateTime).to_string(), "2023-11-14T22:13:20.120Z");
    /// # Ok::<(), aws_union::TimestampError>(())
    /// ```
    pub fn fmt_as(self, format: TimestampFormat) -> FormattedTimestamp {
        FormattedTimestamp {
            timestamp: self,
            format,
        }
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
    /// # use aws_union::Timestamp;
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
    /// # Ok::<(), aws_union::TimestampError>(())
    /// ```
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if let Some(secs) = parse::parse_epoch_seconds(text) {
            return Self::from_fractional_secs(secs);
        }
        let (secs, nanos) = parse::parse_date_time(text)?;
        Self::from_secs_and_nanos(secs, nanos)
    }
}

impl fmt::Display for Timestamp {
    /// RFC 3339 in UTC, with as many fraction digits as needed (none, 3, 6 or 9).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write::write_rfc3339(f, self.secs, self.nanos)
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Timestamp({self})")
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
