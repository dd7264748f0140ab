//! `parseURL`: an endpoint URL taken apart as the rules language wants it, the way botocore
//! does with Python's `urlparse` (scheme lower-cased, authority as written, the path's dot
//! segments and repeated `/` removed for `normalizedPath`, IPv4 and IPv6 hosts recognised).

use std::net::Ipv6Addr;

use super::value::Val;
use crate::protocol::encode_greedy_label;

/// The URL's `scheme`, `authority`, `path`, `normalizedPath` and `isIp`; unset unless the
/// scheme is `http` or `https`, there is no query, and the port (if any) is a number up to 65535.
pub(crate) fn parse_url(input: &str) -> Val {
    let Some(url) = split_url(input) else {
        return Val::None;
    };
    if !matches!(url.scheme.as_str(), "http" | "https") || !url.query.is_empty() {
        return Val::None;
    }
    let Some(host) = host_of(url.authority) else {
        return Val::None;
    };
    // Once dot segments are gone, this is a greedy label's encoding: `/` kept, each segment
    // encoded but for the unreserved characters.
    let mut normalized = encode_greedy_label(&remove_dot_segments(url.path));
    if !normalized.ends_with('/') {
        normalized.push('/');
    }
    let is_ip = looks_like_ipv4(&host) || (!input.contains(['\t', '\r', '\n']) && is_ipv6(&host));
    Val::object([
        ("scheme", Val::str(&url.scheme)),
        ("authority", Val::str(url.authority)),
        ("path", Val::str(url.path)),
        ("normalizedPath", Val::Str(normalized.into())),
        ("isIp", Val::Bool(is_ip)),
    ])
}

/// `d.d.d.d` with one to three digits each (not checked against 255, as botocore does not).
pub(crate) fn looks_like_ipv4(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4
        && parts
            .iter()
            .all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// An IPv6 address, maybe with a zone (`fe80::1%25en0`, `fe80::1%en0`).
fn is_ipv6(host: &str) -> bool {
    let (address, zone) = match host.split_once('%') {
        Some((address, zone)) => (address, Some(zone)),
        None => (host, None),
    };
    zone.map_or(true, |zone| {
        is_zone_id(zone.strip_prefix("25").unwrap_or(zone))
    }) && address.parse::<Ipv6Addr>().is_ok()
}

/// RFC 6874: unreserved characters and `%hh` escapes, at least one.
fn is_zone_id(zone: &str) -> bool {
    let bytes = zone.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            let escape = bytes.get(i + 1..i + 3);
            if !escape.is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit)) {
                return false;
            }
            i += 3;
        } else if b.is_ascii_alphanumeric() || b"._!-~".contains(&b) {
            i += 1;
        } else {
            return false;
        }
    }
    !zone.is_empty()
}

struct Url<'a> {
    scheme: String,
    authority: &'a str,
    path: &'a str,
    query: &'a str,
}

/// Splits as `urlparse` does: scheme, `//` authority, path (without `;params`), query.
/// `None` where `urlparse` raises.
fn split_url(input: &str) -> Option<Url<'_>> {
    // Leading control characters and spaces are dropped; tabs and newlines inside are not
    // kept by urlparse either, but a URL that has them is refused here instead.
    let url = input.trim_start_matches(|c: char| c <= ' ');
    if url.contains(['\t', '\r', '\n']) {
        return None;
    }
    let (scheme, rest) = match url.split_once(':') {
        Some((scheme, rest))
            if scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b)) =>
        {
            (scheme.to_ascii_lowercase(), rest)
        }
        _ => (String::new(), url),
    };
    let (authority, rest) = match rest.strip_prefix("//") {
        Some(after) => {
            let end = after.find(['/', '?', '#']).unwrap_or(after.len());
            (&after[..end], &after[end..])
        }
        None => ("", rest),
    };
    if authority.contains('[') != authority.contains(']') {
        return None;
    }
    let rest = rest.split_once('#').map_or(rest, |(before, _)| before);
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    // `;params` of the last segment are not part of the path.
    let last_segment = path.rfind('/').map_or(0, |slash| slash);
    let path = match path[last_segment..].find(';') {
        Some(semicolon) => &path[..last_segment + semicolon],
        None => path,
    };
    Some(Url {
        scheme,
        authority,
        path,
        query,
    })
}

/// The host of an authority (user info, brackets and port removed, lower-cased before any
/// zone), or `None` if the port is not a number up to 65535.
fn host_of(authority: &str) -> Option<String> {
    let host_port = authority
        .rsplit_once('@')
        .map_or(authority, |(_, after)| after);
    let (host, port) = match host_port.strip_prefix('[') {
        Some(bracketed) => {
            let (host, after) = bracketed.split_once(']').unwrap_or((bracketed, ""));
            (host, after.split_once(':').map_or("", |(_, port)| port))
        }
        None => host_port.split_once(':').unwrap_or((host_port, "")),
    };
    // Digits only (`u16::from_str` would also take a `+`).
    let port_ok = port.is_empty()
        || (port.bytes().all(|b| b.is_ascii_digit()) && port.parse::<u16>().is_ok());
    if !port_ok {
        return None;
    }
    Some(match host.split_once('%') {
        Some((address, zone)) => format!("{}%{zone}", address.to_lowercase()),
        None => host.to_lowercase(),
    })
}

/// RFC 3986 dot-segment removal, with empty segments dropped too (AWS paths never keep `//`).
fn remove_dot_segments(path: &str) -> String {
    if path.is_empty() {
        return "/".to_owned();
    }
    let mut segments: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            _ => segments.push(segment),
        }
    }
    let mut out = String::new();
    if path.starts_with('/') {
        out.push('/');
    }
    out.push_str(&segments.join("/"));
    if path.ends_with('/') && !segments.is_empty() {
        out.push('/');
    }
    out
}

#[cfg(test)]
mod tests;
