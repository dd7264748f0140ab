//! `UpdateProtectedQuery` as the service does it, on an in-memory set of protected queries.
//! No I/O: a request's method, path and body in, a status and JSON body out.

use std::collections::{HashMap, HashSet};

use http::{Method, StatusCode};
use percent_encoding::percent_decode_str;
use serde_json::{json, Value};

use crate::model::{ProtectedQuery, ProtectedQueryStatus, UpdateProtectedQueryOutput};
use crate::protocol::validate::{validate_identifier, UUID_PATTERN};
use crate::protocol::InputErrorKind;

/// A response: status, error code (for `x-amzn-errortype`) and JSON body.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Reply {
    pub(crate) status: StatusCode,
    pub(crate) error_code: Option<&'static str>,
    pub(crate) body: Value,
}

impl Reply {
    pub(crate) fn error(status: StatusCode, code: &'static str, body: Value) -> Self {
        Self {
            status,
            error_code: Some(code),
            body,
        }
    }

    pub(crate) fn message(status: StatusCode, code: &'static str, message: &str) -> Self {
        Self::error(status, code, serde_json::json!({ "message": message }))
    }
}

/// The queries and memberships the endpoint knows.
#[derive(Debug, Default)]
pub(crate) struct Store {
    /// Queries by membership id, then query id.
    memberships: HashMap<String, HashMap<String, ProtectedQuery>>,
    /// Memberships whose queries the caller may not cancel.
    denied: HashSet<String>,
}

impl Store {
    pub(crate) fn insert(&mut self, query: ProtectedQuery) {
        self.memberships
            .entry(query.membership_id.clone())
            .or_default()
            .insert(query.id.clone(), query);
    }

    pub(crate) fn deny(&mut self, membership_id: &str) {
        self.denied.insert(membership_id.to_owned());
    }

    /// The query as it is now; looking at a query being cancelled finishes the cancellation
    /// (`CANCELLING` is shown once, then `CANCELLED`).
    pub(crate) fn observe(
        &mut self,
        membership_id: &str,
        query_id: &str,
    ) -> Option<ProtectedQuery> {
        let query = self.memberships.get_mut(membership_id)?.get_mut(query_id)?;
        let seen = query.clone();
        if query.status == ProtectedQueryStatus::Cancelling {
            query.status = ProtectedQueryStatus::Cancelled;
        }
        Some(seen)
    }

    /// Serves one request.
    pub(crate) fn handle(&mut self, method: &Method, path: &str, body: &[u8]) -> Reply {
        let Some((membership_id, query_id)) = route(method, path) else {
            return Reply::message(
                StatusCode::NOT_FOUND,
                "UnknownOperationException",
                "The requested operation is not supported by this endpoint",
            );
        };
        let target_status = match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(mut map)) => map.remove("targetStatus"),
            _ => {
                return Reply::message(
                    StatusCode::BAD_REQUEST,
                    "SerializationException",
                    "The request body is not a JSON object",
                )
            }
        };
        if let Some(reply) = validate(&membership_id, &query_id, target_status.as_ref()) {
            return reply;
        }
        self.cancel(&membership_id, &query_id)
    }

    fn cancel(&mut self, membership_id: &str, query_id: &str) -> Reply {
        if self.denied.contains(membership_id) {
            return Reply::error(
                StatusCode::FORBIDDEN,
                "AccessDeniedException",
                json!({
                    "message": format!(
                        "User is not authorized to perform: cleanrooms:UpdateProtectedQuery on membership {membership_id}"
                    ),
                    "reason": "INSUFFICIENT_PERMISSIONS",
                }),
            );
        }
        let Some(queries) = self.memberships.get_mut(membership_id) else {
            return Reply::error(
                StatusCode::NOT_FOUND,
                "ResourceNotFoundException",
                json!({
                    "message": format!("Membership {membership_id} not found"),
                    "resourceId": membership_id,
                    "resourceType": "MEMBERSHIP",
                }),
            );
        };
        let Some(query) = queries.get_mut(query_id) else {
            return Reply::error(
                StatusCode::NOT_FOUND,
                "ResourceNotFoundException",
                // No `resourceType`: the model's resource types have none for a query.
                json!({
                    "message": format!("Protected query {query_id} not found"),
                    "resourceId": query_id,
                }),
            );
        };
        let shown = match &query.status {
            ProtectedQueryStatus::Submitted | ProtectedQueryStatus::Started => {
                query.status = ProtectedQueryStatus::Cancelling;
                query.clone()
            }
            // Cancelling again is not an error: the operation is idempotent.
            ProtectedQueryStatus::Cancelling => {
                let shown = query.clone();
                query.status = ProtectedQueryStatus::Cancelled;
                shown
            }
            ProtectedQueryStatus::Cancelled => query.clone(),
            finished => {
                return Reply::error(
                    StatusCode::CONFLICT,
                    "ConflictException",
                    json!({
                        "message": format!(
                            "Protected query {query_id} is {finished} and can no longer be cancelled"
                        ),
                        "resourceId": query_id,
                        "reason": "INVALID_STATE",
                    }),
                )
            }
        };
        let output = UpdateProtectedQueryOutput {
            protected_query: shown,
        };
        Reply {
            status: StatusCode::OK,
            error_code: None,
            body: serde_json::to_value(output).unwrap_or(Value::Null),
        }
    }
}

/// `PATCH /memberships/{membershipIdentifier}/protectedQueries/{protectedQueryIdentifier}`,
/// labels percent-decoded.
fn route(method: &Method, path: &str) -> Option<(String, String)> {
    if method != Method::PATCH {
        return None;
    }
    let segments: Vec<&str> = path.split('/').collect();
    let ["", "memberships", membership, "protectedQueries", query] = segments[..] else {
        return None;
    };
    let decode = |label: &str| percent_decode_str(label).decode_utf8_lossy().into_owned();
    Some((decode(membership), decode(query)))
}

/// Every field that breaks the model's constraints, in the service's words.
fn validate(membership_id: &str, query_id: &str, target_status: Option<&Value>) -> Option<Reply> {
    let mut fields = Vec::new();
    for (name, value) in [
        ("membershipIdentifier", membership_id),
        ("protectedQueryIdentifier", query_id),
    ] {
        if let Err(err) = validate_identifier(name, value) {
            let constraint = match err.kind() {
                InputErrorKind::TooShort { .. } => {
                    "Member must have length greater than or equal to 36".to_owned()
                }
                InputErrorKind::TooLong { .. } => {
                    "Member must have length less than or equal to 36".to_owned()
                }
                _ => format!("Member must satisfy regular expression pattern: {UUID_PATTERN}"),
            };
            fields.push((
                name,
                format!("Value '{value}' at '{name}' failed to satisfy constraint: {constraint}"),
            ));
        }
    }
    match target_status {
        Some(Value::String(status)) if status == "CANCELLED" => {}
        None | Some(Value::Null) => fields.push((
            "targetStatus",
            "Value null at 'targetStatus' failed to satisfy constraint: Member must not be null"
                .to_owned(),
        )),
        Some(other) => fields.push((
            "targetStatus",
            format!(
                "Value {other} at 'targetStatus' failed to satisfy constraint: Member must satisfy enum value set: [CANCELLED]"
            ),
        )),
    }
    if fields.is_empty() {
        return None;
    }
    let count = fields.len();
    let plural = if count == 1 { "" } else { "s" };
    let details: Vec<&str> = fields.iter().map(|(_, message)| message.as_str()).collect();
    let field_list: Vec<Value> = fields
        .iter()
        .map(|(name, message)| json!({"name": name, "message": message}))
        .collect();
    Some(Reply::error(
        StatusCode::BAD_REQUEST,
        "ValidationException",
        json!({
            "message": format!(
                "{count} validation error{plural} detected: {}",
                details.join("; ")
            ),
            "reason": "FIELD_VALIDATION_FAILED",
            "fieldList": field_list,
        }),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Timestamp;

    const M: &str = "f1e2d3c4-5678-90ab-cdef-000000000000";
    const Q: &str = "a1b2c3d4-5678-90ab-cdef-000000000000";
    const CANCEL: &[u8] = br#"{"targetStatus":"CANCELLED"}"#;

    fn query(status: ProtectedQueryStatus) -> ProtectedQuery {
        ProtectedQuery {
            id: Q.into(),
            membership_id: M.into(),
            membership_arn: format!("arn:aws:cleanrooms:us-east-1:111122223333:membership/{M}"),
            create_time: Timestamp::from_secs(1_700_000_000).unwrap(),
            sql_parameters: None,
            status,
            result_configuration: None,
            statistics: None,
            result: None,
            error: None,
            differential_privacy: None,
            compute_configuration: None,
            query_compute_payer_account_id: None,
        }
    }

    fn store_with(status: ProtectedQueryStatus) -> Store {
        let mut store = Store::default();
        store.insert(query(status));
        store
    }

    fn path(m: &str, q: &str) -> String {
        format!("/memberships/{m}/protectedQueries/{q}")
    }

    fn status_of(reply: &Reply) -> &str {
        reply.body["protectedQuery"]["status"]
            .as_str()
            .unwrap_or_default()
    }

    #[test]
    fn a_running_query_is_cancelling_in_the_response_and_cancelled_later() {
        for running in [
            ProtectedQueryStatus::Submitted,
            ProtectedQueryStatus::Started,
        ] {
            let mut store = store_with(running);
            let reply = store.handle(&Method::PATCH, &path(M, Q), CANCEL);
            assert_eq!(reply.status, StatusCode::OK);
            assert_eq!(status_of(&reply), "CANCELLING");
            assert_eq!(
                store.observe(M, Q).map(|q| q.status),
                Some(ProtectedQueryStatus::Cancelling)
            );
            assert_eq!(
                store.observe(M, Q).map(|q| q.status),
                Some(ProtectedQueryStatus::Cancelled)
            );
        }
    }

    #[test]
    fn cancelling_again_succeeds() {
        let mut store = store_with(ProtectedQueryStatus::Started);
        store.handle(&Method::PATCH, &path(M, Q), CANCEL);
        let again = store.handle(&Method::PATCH, &path(M, Q), CANCEL);
        assert_eq!(again.status, StatusCode::OK);
        assert_eq!(status_of(&again), "CANCELLING");
        let third = store.handle(&Method::PATCH, &path(M, Q), CANCEL);
        assert_eq!(status_of(&third), "CANCELLED");
    }

    #[test]
    fn a_finished_query_is_a_conflict() {
        for finished in [
            ProtectedQueryStatus::Success,
            ProtectedQueryStatus::Failed,
            ProtectedQueryStatus::TimedOut,
        ] {
            let mut store = store_with(finished);
            let reply = store.handle(&Method::PATCH, &path(M, Q), CANCEL);
            assert_eq!(reply.status, StatusCode::CONFLICT);
            assert_eq!(reply.error_code, Some("ConflictException"));
            assert_eq!(reply.body["reason"], "INVALID_STATE");
            assert_eq!(reply.body["resourceId"], Q);
        }
    }

    #[test]
    fn an_unknown_membership_is_not_found() {
        let mut store = Store::default();
        let reply = store.handle(&Method::PATCH, &path(M, Q), CANCEL);
        assert_eq!(reply.status, StatusCode::NOT_FOUND);
        assert_eq!(reply.body["resourceType"], "MEMBERSHIP");
        assert_eq!(reply.body["resourceId"], M);
    }

    #[test]
    fn an_unknown_query_is_not_found() {
        let mut store = store_with(ProtectedQueryStatus::Started);
        let other = "00000000-0000-4000-8000-000000000000";
        let reply = store.handle(&Method::PATCH, &path(M, other), CANCEL);
        assert_eq!(reply.status, StatusCode::NOT_FOUND);
        assert_eq!(reply.error_code, Some("ResourceNotFoundException"));
        assert_eq!(reply.body["resourceId"], other);
    }

    #[test]
    fn a_denied_membership_is_access_denied() {
        let mut store = store_with(ProtectedQueryStatus::Started);
        store.deny(M);
        let reply = store.handle(&Method::PATCH, &path(M, Q), CANCEL);
        assert_eq!(reply.status, StatusCode::FORBIDDEN);
        assert_eq!(reply.body["reason"], "INSUFFICIENT_PERMISSIONS");
    }

    #[test]
    fn bad_input_is_a_validation_exception_listing_every_field() {
        let mut store = Store::default();
        let reply = store.handle(
            &Method::PATCH,
            &path("not-a-uuid", "A1B2C3D4-5678-90AB-CDEF-000000000000"),
            br#"{"targetStatus":"RUNNING"}"#,
        );
        assert_eq!(reply.status, StatusCode::BAD_REQUEST);
        assert_eq!(reply.error_code, Some("ValidationException"));
        assert_eq!(reply.body["reason"], "FIELD_VALIDATION_FAILED");
        let names: Vec<&str> = reply.body["fieldList"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "membershipIdentifier",
                "protectedQueryIdentifier",
                "targetStatus"
            ]
        );
        assert!(reply.body["message"].as_str().unwrap().starts_with(
            "3 validation errors detected: Value 'not-a-uuid' at 'membershipIdentifier'"
        ));
    }

    #[test]
    fn a_missing_target_status_is_a_validation_exception() {
        let mut store = store_with(ProtectedQueryStatus::Started);
        let reply = store.handle(&Method::PATCH, &path(M, Q), b"{}");
        assert_eq!(reply.body["fieldList"][0]["name"], "targetStatus");
    }

    #[test]
    fn labels_are_percent_decoded_before_validation() {
        let mut store = Store::default();
        let reply = store.handle(&Method::PATCH, &path("%2E%2E%2Fx", Q), CANCEL);
        assert_eq!(
            reply.body["fieldList"][0]["message"],
            "Value '../x' at 'membershipIdentifier' failed to satisfy constraint: Member must have length greater than or equal to 36"
        );
    }

    #[test]
    fn other_routes_and_methods_are_unknown_operations() {
        let mut store = store_with(ProtectedQueryStatus::Started);
        for (method, path) in [
            (Method::GET, path(M, Q)),
            (Method::PATCH, format!("/memberships/{M}")),
            (Method::PATCH, format!("{}/extra", path(M, Q))),
            (Method::PATCH, "/".to_owned()),
        ] {
            let reply = store.handle(&method, &path, CANCEL);
            assert_eq!(
                reply.error_code,
                Some("UnknownOperationException"),
                "{method} {path}"
            );
        }
    }

    #[test]
    fn a_body_that_is_not_json_is_a_serialization_exception() {
        let mut store = store_with(ProtectedQueryStatus::Started);
        let reply = store.handle(&Method::PATCH, &path(M, Q), b"<xml/>");
        assert_eq!(reply.status, StatusCode::BAD_REQUEST);
        assert_eq!(reply.error_code, Some("SerializationException"));
    }
}
