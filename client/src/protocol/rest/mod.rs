//! restJson1's bindings: members bound to the URI, the query string, headers, the status code
//! or the whole body, written into a request and read from a response. A generated operation
//! calls one function per bound member; the protocol's rules live here once.
//!
//! | binding | request | response |
//! |---|---|---|
//! | URI label `{Name}`, greedy `{Name+}` | [`label`], [`greedy_label`] (an empty label is an error) | — |
//! | query string | [`query`], [`query_list`] (repeated keys), [`query_map`], [`query_map_lists`] (each key a parameter, never replacing one bound by name) | — |
//! | header | [`header`], [`header_list`] (`, `-joined, strings quoted when needed), [`json_header`] (base64 JSON) | [`read_header`], [`read_header_list`], [`read_json_header`] |
//! | prefix headers | [`prefix_headers`] | [`read_prefix_headers`] |
//! | status code | — | [`status_code`] |
//! | payload | [`blob_payload`], [`text_payload`], [`structure_payload`], [`json_payload`] | [`payload_blob`], [`payload_text`], [`payload_json`] |
//! | body members | [`json_body`] | [`body_json`] |
//!
//! Timestamps go into labels and query strings as date-times and into headers as HTTP dates,
//! unless the member names another format (the `_as` functions).

mod request;
mod response;
mod values;

pub use request::{
    blob_payload, greedy_label, header, header_as, header_list, header_list_as, json_body,
    json_header, json_payload, label, label_as, literal_query, path, prefix_headers, query,
    query_as, query_list, query_list_as, query_map, query_map_lists, request, structure_payload,
    text_payload,
};
pub use response::{
    body_json, payload_blob, payload_json, payload_text, read_error, read_header, read_header_list,
    read_json_header, read_output, read_prefix_headers, status_code, FromRestResponse,
    RestResponse,
};
pub use values::{FromHeader, ParamText, TextValue};
