//! [`TimestampFormat`], its names (Smithy's and botocore's), and [`FormattedTimestamp`].

use alloc::string::String;
use core::fmt;
use core::str::FromStr;

use super::{write, Timestamp};

/// How a timestamp member is written: Smithy's `@timestampFormat` values.
///
/// Reading never depends on it: every form is accepted wherever a [`Timestamp`] is read.
/// Binary formats (CBOR) always carry epoch seconds in tag 1, whatever the format, as the
/// Smithy CBOR protocol does.
///
/// It parses from Smithy's names and from botocore's ([`FromStr`]), and displays as Smithy's
/// name ([`Display`](fmt::Display), the same as [`as_str`](Self::as_str)).
///
/// ```
/// use aws_union::{Timestamp, TimestampFormat};
///
/// let t = Timestamp::from_millis(1_700_000_000_123)?;
/// assert_eq!(t.fmt_as(TimestampFormat::EpochSeconds).to_string(), "1700000000.123");
/// assert_eq!(t.fmt_as(TimestampFormat::DateTime).to_string(), "2023-11-14T22:13:20.123Z");
/// assert_eq!(t.fmt_as(TimestampFormat::HttpDate).to_string(), "Tue, 14 Nov 2023 22:13:20 GMT");
/// assert_eq!(TimestampFormat::default(), TimestampFormat::EpochSeconds);
/// # Ok::<(), aws_union::TimestampError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum TimestampFormat {
    /// `epoch-seconds`: a number of seconds, to the millisecond; the JSON protocols' default.
    #[default]
    EpochSeconds,
    /// `date-time`: RFC 3339 in UTC, to the millisecond, `2023-11-14T22:13:20.123Z`.
    DateTime,
    /// `http-date`: IMF-fixdate, whole seconds, `Tue, 14 Nov 2023 22:13:20 GMT`.
    HttpDate,
}

impl TimestampFormat {
    /// The Smithy name of the format, as `#[aws(timestamp = "…")]` spells it.
    ///
    /// ```
    /// use aws_union::TimestampFormat;
    ///
    /// assert_eq!(TimestampFormat::HttpDate.as_str(), "http-date");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Self::EpochSeconds => "epoch-seconds",
            Self::DateTime => "date-time",
            Self::HttpDate => "http-date",
        }
    }
}

impl fmt::Display for TimestampFormat {
    /// The Smithy name, as [`as_str`](Self::as_str) gives it.
    ///
    /// ```
    /// use aws_union::TimestampFormat;
    ///
    /// assert_eq!(TimestampFormat::DateTime.to_string(), "date-time");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for TimestampFormat {
    type Err = TimestampFormatError;

    /// Smithy's names (`epoch-seconds`, `date-time`, `http-date`) and the names botocore's
    /// models give `timestampFormat` (`unixTimestamp`, `iso8601`, `rfc822`), spelled exactly
    /// so; anything else is an error naming the text and the accepted names.
    ///
    /// ```
    /// use aws_union::TimestampFormat;
    ///
    /// assert_eq!("http-date".parse(), Ok(TimestampFormat::HttpDate));
    /// assert_eq!("iso8601".parse(), Ok(TimestampFormat::DateTime));
    /// assert_eq!("unixTimestamp".parse(), Ok(TimestampFormat::EpochSeconds));
    /// let err = "rfc3339".parse::<TimestampFormat>().unwrap_err();
    /// assert!(err.to_string().contains("unknown timestamp format `rfc3339`"), "{err}");
    /// ```
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "epoch-seconds" | "unixTimestamp" => Ok(Self::EpochSeconds),
            "date-time" | "iso8601" => Ok(Self::DateTime),
            "http-date" | "rfc822" => Ok(Self::HttpDate),
            _ => Err(TimestampFormatError { text: text.into() }),
        }
    }
}

/// Why text is not a [`TimestampFormat`] name; made by its [`FromStr`].
///
/// ```
/// use aws_union::{TimestampFormat, TimestampFormatError};
///
/// let err: TimestampFormatError = "epoch".parse::<TimestampFormat>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "unknown timestamp format `epoch`: expected `epoch-seconds`, `date-time` or \
///      `http-date` (Smithy), or `unixTimestamp`, `iso8601` or `rfc822` (botocore)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimestampFormatError {
    text: String,
}

impl fmt::Display for TimestampFormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown timestamp format `{}`: expected `epoch-seconds`, `date-time` or \
             `http-date` (Smithy), or `unixTimestamp`, `iso8601` or `rfc822` (botocore)",
            self.text
        )
    }
}

#[cfg(feature = "std")]
impl std::error::Error for TimestampFormatError {}

/// A [`Timestamp`] written in a [`TimestampFormat`]; made by [`Timestamp::fmt_as`].
///
/// ```
/// use aws_union::{Timestamp, TimestampFormat};
///
/// let text = format!("at {}", Timestamp::UNIX_EPOCH.fmt_as(TimestampFormat::DateTime));
/// assert_eq!(text, "at 1970-01-01T00:00:00Z");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormattedTimestamp {
    pub(super) timestamp: Timestamp,
    pub(super) format: TimestampFormat,
}

impl fmt::Display for FormattedTimestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Timestamp { secs, nanos } = self.timestamp;
        match self.format {
            TimestampFormat::EpochSeconds => {
                write::write_epoch_seconds(f, self.timestamp.epoch_millis())
            }
            TimestampFormat::DateTime => write::write_rfc3339_millis(f, secs, nanos),
            TimestampFormat::HttpDate => write::write_http_date(f, secs),
        }
    }
}
