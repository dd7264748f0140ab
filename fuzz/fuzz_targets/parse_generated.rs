//! Fuzz target: any status, headers and body as the response of a generated operation (one
//! byte picks which), in the text form of `cleanrooms_fuzz::response_from_bytes`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    cleanrooms_fuzz::generated::check_generated_parsers(data);
});
