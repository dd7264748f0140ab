//! Reading the text forms of a timestamp: epoch seconds in a string, RFC 3339 / ISO 8601
//! date-times and HTTP dates, by hand on a small cursor.

use alloc::borrow::ToOwned;
use alloc::format;
use alloc::string::String;

use super::calendar::{civil_seconds, MONTHS, WEEKDAYS};
use super::TimestampError;

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

#[cfg(test)]
mod tests {
    use super::*;

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
