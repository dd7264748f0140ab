//! The public APIs of `cleanrooms-runtime` and of `aws-union-client` (which the runtime's
//! client is built on) against their checked-in lists (`tests/client_support/public-api.txt`,
//! `tests/client_support/client-public-api.txt`): a removed or changed item, or a new variant
//! or field of an exhaustive enum or struct, fails; additions only ask for the list to be
//! updated. After an intended change:
//!
//! ```text
//! UPDATE_PUBLIC_API=1 cargo test -p aws-union --test client_public_api
//! ```

mod client_support;

use std::collections::BTreeSet;
use std::path::Path;

use client_support::public_api::public_api;

/// Each crate: its name, its sources, its list.
const CRATES: [(&str, &str, &str); 2] = [
    (
        "cleanrooms-runtime",
        "runtime/src",
        "tests/client_support/public-api.txt",
    ),
    (
        "aws-union-client",
        "client/src",
        "tests/client_support/client-public-api.txt",
    ),
];

fn check(name: &str, src: &str, snapshot: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let current = public_api(&root.join(src));
    let snapshot_path = root.join(snapshot);
    if std::env::var_os("UPDATE_PUBLIC_API").is_some() {
        std::fs::write(&snapshot_path, &current).expect("the snapshot is writable");
        return;
    }
    let snapshot = std::fs::read_to_string(&snapshot_path).unwrap_or_default();
    let before: BTreeSet<&str> = snapshot.lines().collect();
    let now: BTreeSet<&str> = current.lines().collect();
    let removed: Vec<&str> = before.difference(&now).copied().collect();
    let added: Vec<&str> = now.difference(&before).copied().collect();
    let breaking_additions: Vec<&str> = added
        .iter()
        .copied()
        .filter(|item| item.contains("(exhaustive) variant") || item.contains("(exhaustive) field"))
        .collect();
    assert!(
        removed.is_empty() && breaking_additions.is_empty(),
        "breaking changes to the public API of {name}:\n\
         removed or changed:\n  {}\n\
         added to an exhaustive type:\n  {}\n\
         if intended: UPDATE_PUBLIC_API=1 cargo test -p aws-union --test client_public_api",
        removed.join("\n  "),
        breaking_additions.join("\n  "),
    );
    if !added.is_empty() {
        println!(
            "public API additions to {name} (not breaking), update the list with \
             UPDATE_PUBLIC_API=1:\n  {}",
            added.join("\n  ")
        );
    }
}

#[test]
fn the_public_api_of_cleanrooms_runtime_has_no_breaking_change() {
    let (name, src, snapshot) = CRATES[0];
    check(name, src, snapshot);
}

#[test]
fn the_public_api_of_aws_union_client_has_no_breaking_change() {
    let (name, src, snapshot) = CRATES[1];
    check(name, src, snapshot);
}

#[test]
fn the_public_api_list_sees_items_variants_fields_and_non_exhaustive() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let runtime = public_api(&root.join("runtime/src"));
    let client = public_api(&root.join("client/src"));
    for (api, expected) in [
        (&runtime, "client.rs: impl Client :: pub async fn update_protected_query( &self, input: &UpdateProtectedQueryInput, ) -> Result<UpdateProtectedQueryOutput, Error>"),
        (&runtime, "client.rs: pub type Error = aws_union_client::Error<UpdateProtectedQueryError>"),
        (&runtime, "model/generated.rs: impl ::std::error::Error for UpdateProtectedQueryError"),
        (&client, "client/error.rs: #[derive(Debug)] #[non_exhaustive] pub enum Error<E>"),
        (&client, "enum Error variant Transport(TransportError),"),
    ] {
        assert!(api.lines().any(|l| l.contains(expected)), "{expected}\n---\n{api}");
    }
}
