//! The text forms of a timestamp: epoch seconds in a string, RFC 3339 / ISO 8601
//! date-times and HTTP dates, read by hand on a small cursor, and RFC 3339 written back.

use std::fmt;

use super::timestamp::TimestampError;

/// `Some(seconds)` when `text` is a plain decimal number: `[+-]digits[.digits][e[+-]digits]`
/// (a side of the point may be empty, not both).
pub(crate) fn parse_epoch_seconds(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut i = usize::from(matches!(bytes.first(), Some(b'+' | b'-')));
    let int_digits = count_digits(&bytes[i..]);
    i += int_digits;
    let mut frac_digits = 0;
    if bytes.get(i) == Some(&b'.') {
        frac_digits = count_digits(&bytes[i + 1..]);
        i += 1 + frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        i += 1;
        i += usize::from(matches!(bytes.get(i), Some(b'+' | b'-')));
        let exp_digits = count_digits(&bytes[i..]);
        if exp_digits == 0 {
            return None;
        }
        i += exp_digits;
    }
    if i != bytes.len() {
        return None;
    }
    text.parse().ok()
}

fn count_digits(bytes: &[u8]) -> usize {
    bytes.iter().take_while(|b| b.is_ascii_digit()).count()
}

/// Seconds since the epoch and nanoseconds of an RFC 3339 / ISO 8601 date-time or an HTTP
/// date, in the forms documented on `Timestamp::from_str`.
pub(crate) fn parse_date_time(text: &str) -> Result<(i64, u32), TimestampError> {
    let bytes = text.as_bytes();
    let parsed = if bytes.get(..3).is_some_and(|day| WEEKDAYS.contains(&day)) {
        parse_http_date(text)
    } else if bytes.len() >= 5 && bytes[..4].iter().all(u8::is_ascii_digit) && bytes[4] == b'-' {
        parse_rfc3339(text)
    } else {
        Err("not in any accepted form".to_owned())
    };
    parsed.map_err(|why| {
        TimestampError::new(format!(
            "invalid timestamp {text:?}: {why} (expected epoch seconds, an RFC 3339 date-time \
             such as 2023-11-14T22:13:20Z, or an HTTP date such as Tue, 14 Nov 2023 22:13:20 GMT)"
        ))
    })
}

/// A cursor over ASCII text; every reader says what it expected when it fails.
struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            bytes: text.as_bytes(),
            pos: 0,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.pos += usize::from(found);
        found
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<(), String> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(format!("expected {what} at offset {}", self.pos))
        }
    }

    /// Exactly `n` digits, as a number.
    fn digits(&mut self, n: usize, what: &str) -> Result<u32, String> {
        let end = self.pos + n;
        match self.bytes.get(self.pos..end) {
            Some(digits) if digits.iter().all(u8::is_ascii_digit) => {
                self.pos = end;
                Ok(digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
            }
            _ => Err(format!(
                "expected {n} digits of {what} at offset {}",
                self.pos
            )),
        }
    }

    /// A run of one or more digits, as nanoseconds (digits past the ninth are dropped).
    fn fraction(&mut self) -> Result<u32, String> {
        let digits = count_digits(&self.bytes[self.pos..]);
        if digits == 0 {
            return Err(format!(
                "expected digits of a fraction of a second at offset {}",
                self.pos
            ));
        }
        let mut nanos = 0;
        for (i, d) in self.bytes[self.pos..self.pos + digits].iter().enumerate() {
            if i < 9 {
                nanos = nanos * 10 + u32::from(d - b'0');
            }
        }
        for _ in digits..9 {
            nanos *= 10;
        }
        self.pos += digits;
        Ok(nanos)
    }

    fn word(&mut self, n: usize) -> &'a [u8] {
        let end = (self.pos + n).min(self.bytes.len());
        let word = &self.bytes[self.pos..end];
        self.pos = end;
        word
    }

    fn finish(&self) -> Result<(), String> {
        if self.pos == self.bytes.len() {
            Ok(())
        } else {
            Err(format!("unexpected text at offset {}", self.pos))
        }
    }
}

/// `YYYY-MM-DD(T|t| )HH:MM[:SS[(.|,)fraction]](Z|z|±HH[[:]MM])`
fn parse_rfc3339(text: &str) -> Result<(i64, u32), String> {
    let mut c = Cursor::new(text);
    let year = c.digits(4, "the year")?;
    c.expect(b'-', "`-` after the year")?;
    let month = c.digits(2, "the month")?;
    c.expect(b'-', "`-` after the month")?;
    let day = c.digits(2, "the day")?;
    if !(c.eat(b'T') || c.eat(b't') || c.eat(b' ')) {
        return Err(match c.peek() {
            None => "a date without a time and zone names no instant".to_owned(),
            Some(_) => format!("expected `T` after the date at offset {}", c.pos),
        });
    }
    let hour = c.digits(2, "the hour")?;
    c.expect(b':', "`:` after the hour")?;
    let minute = c.digits(2, "the minute")?;
    let (mut second, mut nanos) = (0, 0);
    if c.eat(b':') {
        second = c.digits(2, "the second")?;
        if c.eat(b'.') || c.eat(b',') {
            nanos = c.fraction()?;
        }
    }
    let offset = match c.peek() {
        Some(b'Z' | b'z') => {
            c.pos += 1;
            0
        }
        Some(sign @ (b'+' | b'-')) => {
            c.pos += 1;
            let hours = c.digits(2, "the offset's hours")?;
            let minutes = if c.eat(b':') || c.peek().is_some_and(|b| b.is_ascii_digit()) {
                c.digits(2, "the offset's minutes")?
            } else {
                0
            };
            if hours > 23 || minutes > 59 {
                return Err(format!(
                    "offset {hours:02}:{minutes:02} is not below 24 hours"
                ));
            }
            let offset = i64::from(hours * 3600 + minutes * 60);
            if sign == b'-' {
                -offset
            } else {
                offset
            }
        }
        None => {
            return Err("a date-time without a zone (`Z` or an offset) names no instant".into())
        }
        Some(_) => {
            return Err(format!(
                "expected a zone (`Z` or an offset) at offset {}",
                c.pos
            ))
        }
    };
    c.finish()?;
    let local = civil_seconds(year, month, day, hour, minute, second)?;
    Ok((local - offset, nanos))
}

const WEEKDAYS: [&[u8]; 7] = [b"Thu", b"Fri", b"Sat", b"Sun", b"Mon", b"Tue", b"Wed"];
const MONTHS: [&[u8]; 12] = [
    b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
];

/// IMF-fixdate: `Tue, 14 Nov 2023 22:13:20 GMT`.
fn parse_http_date(text: &str) -> Result<(i64, u32), String> {
    let mut c = Cursor::new(text);
    let weekday = c.word(3);
    let weekday = WEEKDAYS
        .iter()
        .position(|w| *w == weekday)
        .ok_or("expected a weekday name such as `Tue`")?;
    c.expect(b',', "`,` after the weekday")?;
    c.expect(b' ', "a space")?;
    let day = c.digits(2, "the day")?;
    c.expect(b' ', "a space")?;
    let month = c.word(3);
    let month = MONTHS
        .iter()
        .position(|m| *m == month)
        .ok_or("expected a month name such as `Nov`")?;
    c.expect(b' ', "a space")?;
    let year = c.digits(4, "the year")?;
    c.expect(b' ', "a space")?;
    let hour = c.digits(2, "the hour")?;
    c.expect(b':', "`:` after the hour")?;
    let minute = c.digits(2, "the minute")?;
    c.expect(b':', "`:` after the minute")?;
    let second = c.digits(2, "the second")?;
    if c.word(4) != b" GMT" {
        return Err("expected ` GMT` after the time".into());
    }
    c.finish()?;
    let secs = civil_seconds(year, month as u32 + 1, day, hour, minute, second)?;
    let actual = secs.div_euclid(86_400).rem_euclid(7) as usize;
    if actual != weekday {
        return Err(format!(
            "the weekday does not match the date (it is a {})",
            String::from_utf8_lossy(WEEKDAYS[actual])
        ));
    }
    Ok((secs, 0))
}

/// Seconds since the epoch of a UTC civil date-time, after checking every field.
fn civil_seconds(
    year: u32,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
) -> Result<i64, String> {
    if year == 0 {
        return Err("year 0000 is out of range (years 0001 to 9999)".into());
    }
    if !(1..=12).contains(&month) {
        return Err(format!("month {month} is not in 1..12"));
    }
    let last_day = days_in_month(year, month);
    if !(1..=last_day).contains(&day) {
        return Err(format!(
            "day {day} is not in 1..{last_day} for {year:04}-{month:02}"
        ));
    }
    if hour > 23 || minute > 59 || second > 59 {
        return Err(format!(
            "time {hour:02}:{minute:02}:{second:02} is out of range (no leap seconds, no 24:00)"
        ));
    }
    let days = days_from_civil(i64::from(year), month, day);
    Ok(days * 86_400 + i64::from(hour * 3600 + minute * 60 + second))
}

fn is_leap(year: u32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year.rem_euclid(400);
    let month_from_march = i64::from((month + 9) % 12);
    let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (`civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_from_march + 2) / 5 + 1) as u32;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// `YYYY-MM-DDTHH:MM:SS[.fff[fff[fff]]]Z`
pub(crate) fn write_rfc3339(f: &mut fmt::Formatter<'_>, secs: i64, nanos: u32) -> fmt::Result {
    let (year, month, day) = civil_from_days(secs.div_euclid(86_400));
    let in_day = secs.rem_euclid(86_400);
    write!(
        f,
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}",
        in_day / 3600,
        in_day / 60 % 60,
        in_day % 60
    )?;
    if nanos % 1_000_000 == 0 && nanos != 0 {
        write!(f, ".{:03}", nanos / 1_000_000)?;
    } else if nanos % 1000 == 0 && nanos != 0 {
        write!(f, ".{:06}", nanos / 1000)?;
    } else if nanos != 0 {
        write!(f, ".{nanos:09}")?;
    }
    f.write_str("Z")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip_over_the_whole_range() {
        // Every 97th day from 0001-01-01 to 9999-12-31.
        let first = days_from_civil(1, 1, 1);
        let last = days_from_civil(9999, 12, 31);
        let mut day = first;
        while day <= last {
            let (y, m, d) = civil_from_days(day);
            assert_eq!(days_from_civil(y, m, d), day);
            day += 97;
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(19_675), (2023, 11, 14));
    }

    #[test]
    fn epoch_second_strings() {
        assert_eq!(parse_epoch_seconds("1700000000"), Some(1.7e9));
        assert_eq!(parse_epoch_seconds("-1.5"), Some(-1.5));
        assert_eq!(parse_epoch_seconds(".5"), Some(0.5));
        assert_eq!(parse_epoch_seconds("1.7E+9"), Some(1.7e9));
        for bad in ["", ".", "-", "1e", "NaN", "inf", " 1", "1 ", "0x10", "1_0"] {
            assert_eq!(parse_epoch_seconds(bad), None, "{bad:?}");
        }
    }
}
