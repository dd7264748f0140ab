//! `parseURL`, on the rules language's own examples and on botocore's edge cases.

use super::*;

/// `(scheme, authority, path, normalizedPath, isIp)`, or `None` when refused.
fn parts(url: &str) -> Option<(String, String, String, String, bool)> {
    let parsed = parse_url(url);
    if !parsed.is_set() {
        return None;
    }
    let text = |key| match parsed.member(key) {
        Val::Str(s) => s.to_string(),
        other => panic!("{key}: {other:?}"),
    };
    let is_ip = parsed.member("isIp") == Val::Bool(true);
    Some((
        text("scheme"),
        text("authority"),
        text("path"),
        text("normalizedPath"),
        is_ip,
    ))
}

fn expect(url: &str, scheme: &str, authority: &str, path: &str, normalized: &str, is_ip: bool) {
    let want = (
        scheme.into(),
        authority.into(),
        path.into(),
        normalized.into(),
        is_ip,
    );
    assert_eq!(parts(url), Some(want), "{url}");
}

#[test]
fn a_url_gives_scheme_authority_path_and_a_normalized_path_ending_in_a_slash() {
    expect(
        "https://example.com",
        "https",
        "example.com",
        "",
        "/",
        false,
    );
    expect(
        "http://example.com:80/foo/bar",
        "http",
        "example.com:80",
        "/foo/bar",
        "/foo/bar/",
        false,
    );
    expect(
        "https://example.com/",
        "https",
        "example.com",
        "/",
        "/",
        false,
    );
}

#[test]
fn a_url_with_a_query_another_scheme_a_bad_port_or_a_tab_is_refused() {
    for refused in [
        "https://example.com:8443?foo=bar&faz=baz",
        "ftp://example.com",
        "example.com",
        "https://example.com:port",
        "https://example.com:+80",
        "https://example.com:65536",
        "https://[fe80::1",
        "https://exam\tple.com",
    ] {
        assert_eq!(parts(refused), None, "{refused}");
    }
}

#[test]
fn ipv4_and_ipv6_hosts_are_ip_addresses() {
    expect("https://127.0.0.1", "https", "127.0.0.1", "", "/", true);
    expect(
        "https://127.0.0.1:8443/p",
        "https",
        "127.0.0.1:8443",
        "/p",
        "/p/",
        true,
    );
    expect("https://[fe80::1]", "https", "[fe80::1]", "", "/", true);
    expect(
        "https://[fe80::1%25en0]:443",
        "https",
        "[fe80::1%25en0]:443",
        "",
        "/",
        true,
    );
    expect(
        "https://127.0.0.1.example.com",
        "https",
        "127.0.0.1.example.com",
        "",
        "/",
        false,
    );
}

#[test]
fn the_normalized_path_drops_dot_and_empty_segments_and_is_percent_encoded() {
    expect(
        "https://e.com/a/./b/../c//d",
        "https",
        "e.com",
        "/a/./b/../c//d",
        "/a/c/d/",
        false,
    );
    expect(
        "https://e.com/a b/%2F",
        "https",
        "e.com",
        "/a b/%2F",
        "/a%20b/%252F/",
        false,
    );
    expect("https://e.com/..", "https", "e.com", "/..", "/", false);
}

#[test]
fn the_scheme_is_lower_cased_and_params_after_a_semicolon_are_not_part_of_the_path() {
    expect(
        "HTTPS://Example.com/a;v=1",
        "https",
        "Example.com",
        "/a",
        "/a/",
        false,
    );
    expect(
        "https://e.com/a;v=1/b",
        "https",
        "e.com",
        "/a;v=1/b",
        "/a%3Bv%3D1/b/",
        false,
    );
}

#[test]
fn a_fragment_is_not_part_of_the_path() {
    expect("https://e.com/a#frag", "https", "e.com", "/a", "/a/", false);
}
