//! Nothing here: the benchmark is `benches/json_readers.rs`.
