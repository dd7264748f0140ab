//! Tells the facade whether the compiler knows `#[diagnostic::on_unimplemented]` (Rust 1.78),
//! which turns the errors of a misused attribute into messages in the attribute's terms. Older
//! compilers (the facade supports 1.71) reject the attribute, so it is behind this cfg.

use std::env;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let minor = rustc_minor_version().unwrap_or(0);
    if minor >= 80 {
        println!("cargo:rustc-check-cfg=cfg(aws_union_diagnostic)");
    }
    if minor >= 78 {
        println!("cargo:rustc-cfg=aws_union_diagnostic");
    }
}

/// `78` of `rustc 1.78.0 (…)`; `None` when the compiler cannot be asked.
fn rustc_minor_version() -> Option<u32> {
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let output = Command::new(rustc).arg("--version").output().ok()?;
    let version = String::from_utf8(output.stdout).ok()?;
    let mut parts = version.split_whitespace().nth(1)?.split('.');
    match (parts.next(), parts.next()) {
        (Some("1"), Some(minor)) => minor.parse().ok(),
        _ => None,
    }
}
