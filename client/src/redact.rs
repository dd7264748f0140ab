//! Secrets kept out of what the crate prints: a URL is shown without its user info
//! (`https://user:password@host`) or its query (which may carry a presigned token).

use std::borrow::Cow;

/// What stands in for a hidden part of a URL.
const HIDDEN: &str = "***";

/// `url` with its user info and its query replaced by `***`; unchanged when it has neither.
/// Works on any text, URL or not, since it is used on the URLs that fail to parse.
pub(crate) fn redact_url(url: &str) -> Cow<'_, str> {
    let authority_start = url.find("://").map_or(0, |i| i + 3);
    // Up to the path; a `?` or `#` before an `@` counts as user info here, so that a password
    // holding one (not valid in a URL, but this text may be anything) is hidden all the same.
    let authority_end = url[authority_start..]
        .find('/')
        .map_or(url.len(), |i| authority_start + i);
    let user_info_end = url[authority_start..authority_end]
        .rfind('@')
        .map(|i| authority_start + i);
    let rest = user_info_end.unwrap_or(0);
    let query = url[rest..].find('?').map(|i| {
        let start = rest + i;
        let end = url[start..].find('#').map_or(url.len(), |i| start + i);
        (start, end)
    });
    if user_info_end.is_none() && query.is_none() {
        return Cow::Borrowed(url);
    }
    let mut shown = String::with_capacity(url.len());
    if user_info_end.is_some() {
        shown.push_str(&url[..authority_start]);
        shown.push_str(HIDDEN);
    }
    match query {
        Some((start, end)) => {
            shown.push_str(&url[rest..=start]);
            shown.push_str(HIDDEN);
            shown.push_str(&url[end..]);
        }
        None => shown.push_str(&url[rest..]),
    }
    Cow::Owned(shown)
}

#[cfg(test)]
mod tests {
    use super::redact_url;

    #[test]
    fn user_info_is_hidden() {
        assert_eq!(
            redact_url("https://user:hunter2@example.com:8443/base"),
            "https://***@example.com:8443/base"
        );
        assert_eq!(redact_url("http://token@host"), "http://***@host");
        // `@` past the authority is not user info.
        assert_eq!(redact_url("http://host/a@b"), "http://host/a@b");
        // Not even a URL: what looks like user info still goes.
        assert_eq!(redact_url("user:hunter2@host"), "***@host");
    }

    #[test]
    fn the_query_is_hidden_and_the_fragment_kept() {
        assert_eq!(
            redact_url("https://host/p?X-Amz-Security-Token=abc&x=1#frag"),
            "https://host/p?***#frag"
        );
        assert_eq!(redact_url("https://u:p@host?t=1"), "https://***@host?***");
        assert_eq!(
            redact_url("https://u:p?w#d@host/p?t=1"),
            "https://***@host/p?***"
        );
    }

    #[test]
    fn a_url_without_secrets_is_unchanged() {
        assert!(matches!(
            redact_url("https://cleanrooms.us-east-1.amazonaws.com"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
