//! Fuzz target: any status, headers and body as an `UpdateProtectedQuery` response, in the
//! text form of `cleanrooms_fuzz::response_from_bytes`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    cleanrooms_fuzz::check_parse_response(data);
});
