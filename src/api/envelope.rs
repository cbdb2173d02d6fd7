//! The `{succeeded, status, data, errors}` envelope every endpoint answers with.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::error::{ApiError, ApiErrorCode, Endpoint};

/// Pagination block of list endpoints (its `pageCount` meaning is unclear in
/// the documents, so it is shown as sent).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Pagination {
    pub page_number: Option<i64>,
    pub page_count: Option<i64>,
    pub total_count: Option<i64>,
}

#[derive(Debug, Deserialize)]
struct RawEnvelope {
    #[serde(default)]
    succeeded: Option<Value>,
    #[serde(default)]
    status: Option<Value>,
    #[serde(default)]
    data: Option<Value>,
    #[serde(default)]
    errors: Option<Value>,
    #[serde(default)]
    pagination: Option<Value>,
}

/// A successful answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Success<T> {
    pub data: T,
    pub pagination: Option<Pagination>,
}

/// Reads error codes from `errors`, whose item shape the documents never show:
/// plain strings, or objects with a code-like field.
pub fn error_codes(errors: &Value) -> Vec<ApiErrorCode> {
    fn from_item(v: &Value) -> Option<ApiErrorCode> {
        match v {
            Value::String(s) if !s.trim().is_empty() => Some(ApiErrorCode::parse(s)),
            Value::Object(map) => [
                "code",
                "errorCode",
                "error",
                "key",
                "message",
                "description",
            ]
            .iter()
            .find_map(|k| map.get(*k).and_then(Value::as_str))
            .filter(|s| !s.trim().is_empty())
            .map(ApiErrorCode::parse),
            _ => None,
        }
    }
    match errors {
        Value::Array(items) => items.iter().filter_map(from_item).collect(),
        other => from_item(other).into_iter().collect(),
    }
}

fn truthy(v: &Option<Value>) -> Option<bool> {
    match v.as_ref()? {
        Value::Bool(b) => Some(*b),
        Value::String(s) => Some(s.eq_ignore_ascii_case("true")),
        _ => None,
    }
}

/// Parses a whole response body. `http_status` is kept for error reports.
pub fn parse<T: DeserializeOwned>(
    endpoint: Endpoint,
    http_status: u16,
    body: &[u8],
) -> Result<Success<T>, ApiError> {
    let raw: RawEnvelope = serde_json::from_slice(body).map_err(|e| ApiError::Malformed {
        path: "(response)".into(),
        detail: if e.is_eof() {
            "the answer stops in the middle (truncated)".into()
        } else {
            format!("not the expected JSON envelope ({e})")
        },
    })?;
    let status_ok = raw
        .status
        .as_ref()
        .and_then(Value::as_str)
        .map(|s| s.eq_ignore_ascii_case("SUCCESS"));
    let codes = raw.errors.as_ref().map(error_codes).unwrap_or_default();
    // `succeeded` is the documented flag; fall back on `status` when it is missing.
    let succeeded = truthy(&raw.succeeded).or(status_ok).unwrap_or(false);
    if !succeeded || (!codes.is_empty() && raw.data.as_ref().is_none_or(Value::is_null)) {
        let mut codes = codes;
        if codes.is_empty() {
            // A failure with no code: use the status text when it is a code.
            let status = raw.status.as_ref().and_then(Value::as_str).unwrap_or("");
            codes.push(
                if status.is_empty() || status.eq_ignore_ascii_case("ERROR") {
                    ApiErrorCode::Failed
                } else {
                    ApiErrorCode::parse(status)
                },
            );
        }
        return Err(ApiError::Api {
            endpoint,
            codes,
            http_status,
        });
    }
    let data = match raw.data {
        None | Some(Value::Null) => {
            // Success with no data: the documents' "data: null when no match".
            return Err(ApiError::Api {
                endpoint,
                codes: vec![ApiErrorCode::NoRecordsFound],
                http_status,
            });
        }
        Some(v) => v,
    };
    let data = serde_path_to_error::deserialize(data).map_err(|e| {
        let path = e.path().to_string();
        ApiError::Malformed {
            path: if path == "." {
                "data".into()
            } else {
                format!("data.{path}")
            },
            detail: e.into_inner().to_string(),
        }
    })?;
    let pagination = raw
        .pagination
        .and_then(|p| serde_json::from_value::<Pagination>(p).ok());
    Ok(Success { data, pagination })
}

/// Builds an envelope, as the sandbox and the tests send it.
pub fn success_body(data: Value) -> Value {
    serde_json::json!({"data": data, "succeeded": true, "status": "SUCCESS", "errors": null})
}

/// Builds an error envelope with the documented shape.
pub fn error_body(code: &str) -> Value {
    serde_json::json!({"data": null, "succeeded": false, "status": "ERROR", "errors": [code]})
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::models::Quotation;

    #[test]
    fn failure_envelope_gives_the_codes() {
        let body =
            br#"{"data":null,"succeeded":false,"status":"ERROR","errors":["NO_RECORDS_FOUND"]}"#;
        let e = parse::<Quotation>(Endpoint::Quotation, 200, body).unwrap_err();
        assert!(e.is_not_found());
        assert_eq!(e.to_string(), "No booking with this id.");
    }

    #[test]
    fn error_items_may_be_objects() {
        let body = br#"{"data":null,"succeeded":false,"errors":[{"code":"INVALID_PARAM_SIGNATURE","message":"bad"}]}"#;
        let e = parse::<String>(Endpoint::SaveSignature, 400, body).unwrap_err();
        assert_eq!(e.codes(), &[ApiErrorCode::InvalidParamSignature]);
    }

    #[test]
    fn failure_without_codes_is_failed() {
        let e = parse::<String>(Endpoint::Quotation, 200, br#"{"succeeded":false}"#).unwrap_err();
        assert_eq!(e.codes(), &[ApiErrorCode::Failed]);
    }

    #[test]
    fn success_with_null_data_is_not_found() {
        let e = parse::<Quotation>(
            Endpoint::Properties,
            200,
            br#"{"succeeded":true,"data":null}"#,
        )
        .unwrap_err();
        assert!(e.is_not_found());
    }

    #[test]
    fn malformed_field_is_named() {
        let body = br#"{"succeeded":true,"data":{"client":{"name":["x"]}}}"#;
        let e = parse::<Quotation>(Endpoint::Quotation, 200, body).unwrap_err();
        match e {
            ApiError::Malformed { path, .. } => assert_eq!(path, "data.client.name"),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn truncated_json_is_reported() {
        let e = parse::<Quotation>(
            Endpoint::Quotation,
            200,
            br#"{"succeeded":true,"data":{"id":"#,
        )
        .unwrap_err();
        assert!(e.to_string().contains("truncated"), "{e}");
    }

    #[test]
    fn string_data_parses() {
        let body = br#"{"data":"4AF3E793-9BF1-4BB5-B555-B19861A86437","succeeded":true,"status":"SUCCESS","errors":null}"#;
        let ok = parse::<String>(Endpoint::SaveSignature, 200, body).unwrap();
        assert_eq!(ok.data, "4AF3E793-9BF1-4BB5-B555-B19861A86437");
    }
}
