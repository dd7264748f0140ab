//! The written forms of a timestamp: RFC 3339, HTTP dates and epoch seconds.

use core::fmt;

use super::calendar::{civil_time, MONTHS, WEEKDAYS};

/// `YYYY-MM-DDTHH:MM:SS[.fff[fff[fff]]]Z`, with as many fraction digits as `nanos` needs.
pub(crate) fn write_rfc3339(f: &mut dyn fmt::Write, secs: i64, nanos: u32) -> fmt::Result {
    write_rfc3339_seconds(f, secs)?;
    if nanos == 0 {
    } else if nanos % 1_000_000 == 0 {
        write!(f, ".{:03}", nanos / 1_000_000)?;
    } else if nanos % 1000 == 0 {
        write!(f, ".{:06}", nanos / 1000)?;
    } else {
        write!(f, ".{nanos:09}")?;
    }
    f.write_str("Z")
}

/// `YYYY-MM-DDTHH:MM:SS[.fff]Z`: the date-time wire form, to the millisecond.
pub(crate) fn write_rfc3339_millis(f: &mut dyn fmt::Write, secs: i64, nanos: u32) -> fmt::Result {
    write_rfc3339_seconds(f, secs)?;
    let millis = nanos / 1_000_000;
    if millis != 0 {
        write!(f, ".{millis:03}")?;
    }
    f.write_str("Z")
}

fn write_rfc3339_seconds(f: &mut dyn fmt::Write, secs: i64) -> fmt::Result {
    let (year, month, day, hour, minute, second) = civil_time(secs);
    write!(
        f,
        "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}"
    )
}

/// IMF-fixdate, `Tue, 14 Nov 2023 22:13:20 GMT` (whole seconds: the form has no fraction).
pub(crate) fn write_http_date(f: &mut dyn fmt::Write, secs: i64) -> fmt::Result {
    let (year, month, day, hour, minute, second) = civil_time(secs);
    // Both names are ASCII, so the conversions cannot fail.
    let weekday = WEEKDAYS[secs.div_euclid(86_400).rem_euclid(7) as usize];
    let weekday = core::str::from_utf8(weekday).unwrap_or("???");
    let month = core::str::from_utf8(MONTHS[month as usize - 1]).unwrap_or("???");
    write!(
        f,
        "{weekday}, {day:02} {month} {year:04} {hour:02}:{minute:02}:{second:02} GMT"
    )
}

/// Epoch seconds to the millisecond, the shortest decimal: `1700000000`, `1700000000.12`,
/// `-1.5`.
pub(crate) fn write_epoch_seconds(f: &mut dyn fmt::Write, millis: i64) -> fmt::Result {
    let sign = if millis < 0 { "-" } else { "" };
    let abs = millis.unsigned_abs();
    let (whole, mut fraction) = (abs / 1000, abs % 1000);
    write!(f, "{sign}{whole}")?;
    if fraction == 0 {
        return Ok(());
    }
    let mut width = 3;
    while fraction % 10 == 0 {
        fraction /= 10;
        width -= 1;
    }
    write!(f, ".{fraction:0width$}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;

    #[test]
    fn writers() {
        let mut out = String::new();
        write_http_date(&mut out, 1_700_000_000).unwrap();
        assert_eq!(out, "Tue, 14 Nov 2023 22:13:20 GMT");
        for (millis, text) in [
            (1_700_000_000_120, "1700000000.12"),
            (-1_500, "-1.5"),
            (0, "0"),
            (5, "0.005"),
        ] {
            out.clear();
            write_epoch_seconds(&mut out, millis).unwrap();
            assert_eq!(out, text);
        }
    }
}
