//! The public API of `cleanrooms-runtime` against its checked-in list
//! (`tests/client_support/public-api.txt`): a removed or changed item, or a new variant or
//! field of an exhaustive enum or struct, fails; additions only ask for the list to be
//! updated. After an intended change:
//!
//! ```text
//! UPDATE_PUBLIC_API=1 cargo test -p aws-union --test client_public_api
//! ```

mod client_support;

use std::collections::BTreeSet;
use std::path::Path;

use client_support::public_api::public_api;

const SNAPSHOT: &str = "tests/client_support/public-api.txt";

#[test]
fn the_public_api_has_no_breaking_change() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let current = public_api(&root.join("runtime/src"));
    let snapshot_path = root.join(SNAPSHOT);
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
        "breaking changes to the public API of cleanrooms-runtime:\n\
         removed or changed:\n  {}\n\
         added to an exhaustive type:\n  {}\n\
         if intended: UPDATE_PUBLIC_API=1 cargo test -p aws-union --test client_public_api",
        removed.join("\n  "),
        breaking_additions.join("\n  "),
    );
    if !added.is_empty() {
        println!(
            "public API additions (not breaking), update the list with \
             UPDATE_PUBLIC_API=1:\n  {}",
            added.join("\n  ")
        );
    }
}

#[test]
fn the_public_api_list_sees_items_variants_fields_and_non_exhaustive() {
    let api = client_support::public_api::public_api(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime/src"),
    );
    for expected in [
        "client/mod.rs: impl Client :: pub async fn update_protected_query( &self, input: &UpdateProtectedQueryInput, ) -> Result<UpdateProtectedQueryOutput, Error>",
        "client/error.rs: #[derive(Debug)] #[non_exhaustive] pub enum Error",
        "enum Error variant Transport(TransportError),",
        "protocol/error_shapes.rs: impl std::error::Error for UpdateProtectedQueryError",
    ] {
        assert!(api.lines().any(|l| l.contains(expected)), "{expected}\n---\n{api}");
    }
}
