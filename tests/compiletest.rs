//! Compile errors of the derives and of misuse of the facade's types, one case a mistake
//! (`tests/ui/*.rs` with its `.stderr`).

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
