//! botocore's protocol tests (botocore 1.44.8 sdist, `tests/unit/protocols/`) through the
//! generated operations: every case of the `json`, `json_1_0`, `rest-json` and
//! `smithy-rpc-v2-cbor` files (query-compatible variants included) and of the legacy `json` and
//! `rest-json` files, in `cargo test --workspace`. Input cases build the request with the operation's `build_request` and
//! compare method, path, query string (as a multiset), host, headers and body (JSON and CBOR by
//! value); output cases read the response with `parse_response` and compare the whole output,
//! or the error's variant, members, code and message. Only the cases botocore's own
//! `protocol-tests-ignore-list.json` names are skipped; a case whose operation is out of the
//! generator's scope by the spec (an event stream) is reported as not generated.
//!
//! Rules where the generated operations and botocore differ in form, not in substance:
//! - Header names are case-insensitive and arrive lower-cased from `http::HeaderMap` (HTTP/2
//!   always sends them so): a prefix-header map of an output is compared by its keys
//!   case-insensitively.
//! - An error code the operation does not list, which botocore looks up among all the service's
//!   errors, stays `Unhandled` in the operation's error enum (code, message, status, headers and
//!   body kept): its code and message are compared exactly, and each member botocore read with
//!   the raw body's JSON value of that member.
//! - One case fails and must keep failing as it does ([`KNOWN_FAILURE`]): botocore reads a list
//!   that is not sparse as sparse and a string shape as any JSON value, which typed Rust cannot
//!   hold; the generated types refuse such a body with an error naming the path.
//! - An unset restJson1 blob or text payload sends no `Content-Type`, as botocore sends none for
//!   such a payload; a case's non-JSON `Content-Type` for an empty body is not compared.
//!
//! The sdist is fetched on first use (Python 3 with pip; `BOTOCORE_SDIST` names an unpacked
//! copy instead). The generated crate lives under `CARGO_TARGET_TMPDIR` with its own target
//! directory; the report (per file `passed/total`, skipped and failing cases) is printed and
//! written to `protocol-tests/report.md` there.
mod common;
mod protocol;

use std::io::Write as _;
use std::path::PathBuf;

use common::botocore_sdist;
use protocol::{report, Status};

/// The one case that cannot pass, run and required to fail as it does (so that a change in it,
/// or any other failure, fails the test): its file, label and the reason the harness gives.
///
/// botocore parses every list as sparse and every string shape as whatever JSON value came
/// (`_default_handle`): the legacy `Lists` case 3:1 expects `["a", null]` for a list of strings
/// that is not sparse, and `[{}, null, null, {}]` for a list whose items are a *string* shape
/// (`MapType`, a string with a stray `key`/`value`). A typed parser cannot give `{}` as a
/// string without wrong data; the AWS SDKs skip a `null` in a dense list (Smithy's
/// `RestJsonDeserializesDenseSetMapAndSkipsNull`, which botocore's ignore list skips because
/// botocore keeps it), and the generated types refuse it with an error naming its path.
const KNOWN_FAILURE: (&str, &str, &str) = (
    "legacy/output/json.json",
    "3:1 (Lists)",
    "at `ListMember.1`: `null` in a list or map that is not sparse",
);

#[test]
fn botocore_protocol_test_cases_pass_through_the_generated_operations() {
    let root = botocore_sdist::root();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("protocol-tests");
    let results = protocol::run_all(root, &dir);
    let text = report::render(&results);
    std::fs::write(dir.join("report.md"), &text).unwrap();
    // Straight to stderr, past the test's output capture: the table shows on every run.
    let _ = writeln!(std::io::stderr(), "{text}");
    let failed: Vec<(&str, &str, &str)> = results
        .cases
        .iter()
        .filter_map(|r| match &r.status {
            Status::Failed(why) => Some((r.file.as_str(), r.label.as_str(), why.as_str())),
            _ => None,
        })
        .collect();
    assert!(
        results.readme.is_ok(),
        "the README example failed (report above)"
    );
    let (file, label, reason) = KNOWN_FAILURE;
    let unexpected: Vec<_> = failed
        .iter()
        .filter(|(f, l, why)| !(*f == file && *l == label && why.contains(reason)))
        .collect();
    assert!(
        unexpected.is_empty() && failed.len() == 1,
        "protocol-test cases failed other than {file} {label} ({reason}), or that one passed: \
         {failed:?} (report above and in {})",
        dir.join("report.md").display()
    );
}
