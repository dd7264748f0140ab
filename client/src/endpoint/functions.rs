//! The rules language's standard library and its AWS functions, with botocore's semantics:
//! `isSet`, `not`, `booleanEquals`, `stringEquals`, `substring`, `isValidHostLabel`,
//! `parseURL`, `uriEncode`, `aws.partition`, `aws.parseArn`, `aws.isVirtualHostableS3Bucket`,
//! and the rules language 1.1's `coalesce`, `ite` and `split`. (`getAttr` is an expression of
//! its own: its path is read once, when the rule set is loaded.)

use std::sync::Arc;

use super::partitions::Partitions;
use super::url;
use super::value::Val;
use crate::protocol::encode_query_component;

/// A function of the rules language, by its name in rule sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Func {
    IsSet,
    Not,
    BooleanEquals,
    StringEquals,
    Substring,
    IsValidHostLabel,
    ParseUrl,
    UriEncode,
    Partition,
    ParseArn,
    IsVirtualHostableS3Bucket,
    Split,
    /// Lazy: evaluates its arguments in order up to the first set one (see `eval`).
    Coalesce,
    /// Lazy: evaluates its condition, then one branch (see `eval`).
    Ite,
}

const FUNCTIONS: &[(&str, Func)] = &[
    ("isSet", Func::IsSet),
    ("not", Func::Not),
    ("booleanEquals", Func::BooleanEquals),
    ("stringEquals", Func::StringEquals),
    ("substring", Func::Substring),
    ("isValidHostLabel", Func::IsValidHostLabel),
    ("parseURL", Func::ParseUrl),
    ("uriEncode", Func::UriEncode),
    ("aws.partition", Func::Partition),
    ("aws.parseArn", Func::ParseArn),
    (
        "aws.isVirtualHostableS3Bucket",
        Func::IsVirtualHostableS3Bucket,
    ),
    ("split", Func::Split),
    ("coalesce", Func::Coalesce),
    ("ite", Func::Ite),
];

impl Func {
    pub(crate) fn named(name: &str) -> Option<Self> {
        FUNCTIONS.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
    }

    pub(crate) fn name(self) -> &'static str {
        FUNCTIONS
            .iter()
            .find(|(_, f)| *f == self)
            .map_or("?", |(n, _)| n)
    }

    /// How many arguments it takes: at least, at most.
    pub(crate) fn arity(self) -> (usize, usize) {
        match self {
            Self::IsSet
            | Self::Not
            | Self::ParseUrl
            | Self::UriEncode
            | Self::Partition
            | Self::ParseArn => (1, 1),
            Self::BooleanEquals
            | Self::StringEquals
            | Self::IsValidHostLabel
            | Self::IsVirtualHostableS3Bucket => (2, 2),
            Self::Split | Self::Ite => (3, 3),
            Self::Substring => (4, 4),
            Self::Coalesce => (1, usize::MAX),
        }
    }

    /// Applies a function whose arguments are all evaluated (every one but `coalesce` and `ite`).
    pub(crate) fn apply(self, args: &[Val], partitions: &Partitions) -> Result<Val, String> {
        let arg = |i: usize| args.get(i).unwrap_or(&Val::None);
        Ok(match self {
            Self::IsSet => Val::Bool(arg(0).is_set()),
            Self::Not => Val::Bool(!truthy(arg(0))),
            Self::BooleanEquals => match (arg(0), arg(1)) {
                (Val::Bool(a), Val::Bool(b)) => Val::Bool(a == b),
                (a, b) => return Err(self.wrong_args("two booleans", &[a, b])),
            },
            Self::StringEquals => match (arg(0), arg(1)) {
                (Val::Str(a), Val::Str(b)) => Val::Bool(a == b),
                (a, b) => return Err(self.wrong_args("two strings", &[a, b])),
            },
            Self::Substring => match (arg(0), arg(1), arg(2), arg(3)) {
                (Val::Str(s), Val::Int(start), Val::Int(stop), Val::Bool(reverse)) => {
                    substring(s, *start, *stop, *reverse)
                }
                (s, start, stop, reverse) => {
                    return Err(self.wrong_args(
                        "a string, two integers and a boolean",
                        &[s, start, stop, reverse],
                    ))
                }
            },
            Self::IsValidHostLabel => match (arg(0), arg(1)) {
                (Val::None, _) => Val::Bool(false),
                (Val::Str(s), Val::Bool(subdomains)) => {
                    Val::Bool(is_valid_host_label(s, *subdomains))
                }
                (a, b) => return Err(self.wrong_args("a string and a boolean", &[a, b])),
            },
            Self::IsVirtualHostableS3Bucket => match (arg(0), arg(1)) {
                (Val::None, _) => Val::Bool(false),
                (Val::Str(s), Val::Bool(subdomains)) => {
                    Val::Bool(is_virtual_hostable_s3_bucket(s, *subdomains))
                }
                (a, b) => return Err(self.wrong_args("a string and a boolean", &[a, b])),
            },
            Self::ParseUrl => match arg(0) {
                Val::None => Val::None,
                Val::Str(s) => url::parse_url(s),
                a => return Err(self.wrong_args("a string", &[a])),
            },
            Self::UriEncode => match arg(0) {
                Val::None => Val::None,
                // RFC 3986: all but the unreserved characters, as a query parameter.
                Val::Str(s) => Val::Str(encode_query_component(s).into()),
                a => return Err(self.wrong_args("a string", &[a])),
            },
            // An unset region gets the first partition, as in botocore.
            Self::Partition => match arg(0) {
                Val::None => partitions.lookup(None),
                Val::Str(s) => partitions.lookup(Some(s)),
                a => return Err(self.wrong_args("a string", &[a])),
            },
            Self::ParseArn => match arg(0) {
                Val::Str(s) => parse_arn(s),
                _ => Val::None,
            },
            Self::Split => match (arg(0), arg(1), arg(2)) {
                (Val::Str(s), Val::Str(delimiter), Val::Int(limit))
                    if !delimiter.is_empty() && *limit >= 0 =>
                {
                    split(s, delimiter, *limit)
                }
                (a, b, c) => {
                    return Err(self.wrong_args(
                        "a string, a non-empty delimiter and a limit of 0 or more",
                        &[a, b, c],
                    ))
                }
            },
            Self::Coalesce | Self::Ite => {
                return Err(format!("`{}` is evaluated lazily", self.name()))
            }
        })
    }

    fn wrong_args(self, expected: &str, got: &[&Val]) -> String {
        let got: Vec<&str> = got.iter().map(|v| v.kind()).collect();
        format!("`{}` takes {expected}, not {}", self.name(), got.join(", "))
    }
}

/// Python's truthiness, which botocore's `not` applies.
fn truthy(value: &Val) -> bool {
    match value {
        Val::None => false,
        Val::Bool(b) => *b,
        Val::Int(i) => *i != 0,
        Val::Str(s) => !s.is_empty(),
        Val::Array(items) => !items.is_empty(),
        Val::Object(members) => !members.is_empty(),
    }
}

/// `stop - start` ASCII characters from the start, or from the end with `reverse`; unset when
/// the string is too short, not ASCII, or the range is empty.
fn substring(s: &str, start: i64, stop: i64, reverse: bool) -> Val {
    let (Ok(start), Ok(stop)) = (usize::try_from(start), usize::try_from(stop)) else {
        return Val::None;
    };
    if start >= stop || s.len() < stop || !s.is_ascii() {
        return Val::None;
    }
    let (from, to) = if reverse {
        (s.len() - stop, s.len() - start)
    } else {
        (start, stop)
    };
    Val::str(&s[from..to])
}

/// An RFC 1123 host label: 1 to 63 letters, digits or `-`, not starting or ending with `-`;
/// with `subdomains`, labels joined by `.`.
pub(crate) fn is_valid_host_label(s: &str, subdomains: bool) -> bool {
    if subdomains {
        return s.split('.').all(|label| is_valid_host_label(label, false));
    }
    (1..=63).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// A bucket name usable as a host name: at least 3 characters, no upper case, not an IPv4
/// address, and valid host labels.
fn is_virtual_hostable_s3_bucket(s: &str, subdomains: bool) -> bool {
    s.chars().count() >= 3
        && !s.chars().any(char::is_uppercase)
        && !url::looks_like_ipv4(s)
        && is_valid_host_label(s, subdomains)
}

/// `arn:partition:service:region:account:resource`, the resource split on `:` and `/`; unset
/// unless partition, service and resource are all present.
fn parse_arn(s: &str) -> Val {
    let Some(rest) = s.strip_prefix("arn:") else {
        return Val::None;
    };
    let parts: Vec<&str> = rest.splitn(5, ':').collect();
    let [partition, service, region, account, resource] = parts[..] else {
        return Val::None;
    };
    if partition.is_empty() || service.is_empty() || resource.is_empty() {
        return Val::None;
    }
    let resource_id: Arc<[Val]> = resource.split([':', '/']).map(Val::str).collect();
    Val::object([
        ("partition", Val::str(partition)),
        ("service", Val::str(service)),
        ("region", Val::str(region)),
        ("accountId", Val::str(account)),
        ("resourceId", Val::Array(resource_id)),
    ])
}

/// Splits on `delimiter`: everywhere with `limit` 0, else into at most `limit` parts.
fn split(s: &str, delimiter: &str, limit: i64) -> Val {
    let parts: Arc<[Val]> = match usize::try_from(limit) {
        Ok(0) | Err(_) => s.split(delimiter).map(Val::str).collect(),
        Ok(limit) => s.splitn(limit, delimiter).map(Val::str).collect(),
    };
    Val::Array(parts)
}

#[cfg(test)]
mod tests;
