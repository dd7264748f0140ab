//! Fuzz target: any bytes as the body of a 200 `UpdateProtectedQuery` response.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    cleanrooms_fuzz::check_decode_body(data);
});
