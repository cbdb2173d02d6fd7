//! The `{succeeded, status, data, errors}` envelope every endpoint answers with.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_json::value::RawValue;

use super::error::{ApiError, ApiErrorCode, Endpoint};
use super::lenient::ValueListsMode;

/// Pagination block of list endpoints (its `pageCount` meaning is unclear in
/// the documents, so it is shown as sent).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Pagination {
    pub page_number: Option<i64>,
    pub page_count: Option<i64>,
    pub total_count: Option<i64>,
}

/// The envelope as the fast path reads it: `data` straight into the model,
/// in the one pass over the body (a model that does not fit sends the body
/// to the reference path, as a failed verdict does).
#[derive(Deserialize)]
struct FastEnvelope<'a, T> {
    #[serde(default)]
    succeeded: Option<Value>,
    #[serde(default)]
    status: Option<Value>,
    #[serde(default = "Option::default")]
    data: Option<T>,
    #[serde(default)]
    errors: Option<Value>,
    #[serde(default, borrow)]
    pagination: Option<&'a RawValue>,
}

/// The envelope as the reference path reads it: the whole body as
/// `serde_json::Value`s.
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

/// What the envelope's flags say, before `data` is read: `Err` for an API
/// failure (codes, or success with no data), else go on.
fn verdict(
    endpoint: Endpoint,
    http_status: u16,
    succeeded: &Option<Value>,
    status: &Option<Value>,
    errors: &Option<Value>,
    has_data: bool,
) -> Result<(), ApiError> {
    let status_ok = status
        .as_ref()
        .and_then(Value::as_str)
        .map(|s| s.eq_ignore_ascii_case("SUCCESS"));
    let codes = errors.as_ref().map(error_codes).unwrap_or_default();
    // No flag, no status text and no code: not the envelope at all (reporting
    // FAILED would show a code the server never sent).
    if truthy(succeeded).is_none() && status_ok.is_none() && codes.is_empty() {
        return Err(ApiError::NotEnvelope);
    }
    // `succeeded` is the documented flag; fall back on `status` when it is missing.
    let succeeded = truthy(succeeded).or(status_ok).unwrap_or(false);
    if !succeeded || (!codes.is_empty() && !has_data) {
        let mut codes = codes;
        if codes.is_empty() {
            // A failure with no code: use the status text when it is a code.
            let status = status.as_ref().and_then(Value::as_str).unwrap_or("");
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
    if !has_data {
        // Success with no data: the documents' "data: null when no match".
        return Err(ApiError::Api {
            endpoint,
            codes: vec![ApiErrorCode::NoRecordsFound],
            http_status,
        });
    }
    Ok(())
}

fn malformed_envelope(e: serde_json::Error, body: &[u8]) -> ApiError {
    // serde_json stops at 128 levels and says so only in its message.
    if e.to_string().starts_with("recursion limit exceeded") {
        return ApiError::TooDeep;
    }
    // Well-formed JSON that is no object (a string, a number): not the envelope.
    if e.is_data() && serde_json::from_slice::<Value>(body).is_ok_and(|v| !v.is_object()) {
        return ApiError::NotEnvelope;
    }
    ApiError::Malformed {
        path: "(response)".into(),
        detail: if e.is_eof() {
            "the answer stops in the middle (truncated)".into()
        } else {
            format!("not the expected JSON envelope ({e})")
        },
    }
}

fn malformed_data(e: serde_path_to_error::Error<serde_json::Error>) -> ApiError {
    let path = e.path().to_string();
    ApiError::Malformed {
        path: if path == "." {
            "data".into()
        } else {
            format!("data.{path}")
        },
        detail: e.into_inner().to_string(),
    }
}

fn pagination_of(p: Value) -> Option<Pagination> {
    serde_json::from_value::<Pagination>(p).ok()
}

/// Parses a whole response body. `http_status` is kept for error reports.
///
/// A successful, well-formed answer takes the fast path: one scan of the
/// body, `data` parsed straight into `T`. Anything else (an API failure, a
/// malformed body or field, an answer the fast path cannot read, such as an
/// object with a repeated key) is parsed again by [`parse_via_value`], so
/// what is accepted and every error (its path, its message) are those of the
/// `Value`-based parser. One difference remains: values the models ignore
/// (unknown fields) are skipped unread by the fast path, so a number out of
/// `f64` range or a broken `\u` escape there no longer refuses the answer.
pub fn parse<T: DeserializeOwned>(
    endpoint: Endpoint,
    http_status: u16,
    body: &[u8],
) -> Result<Success<T>, ApiError> {
    let Ok(raw) = serde_json::from_slice::<FastEnvelope<T>>(body) else {
        return parse_via_value(endpoint, http_status, body);
    };
    let go_on = verdict(
        endpoint,
        http_status,
        &raw.succeeded,
        &raw.status,
        &raw.errors,
        raw.data.is_some(),
    );
    // API failures are small: the reference path reports them.
    let (Ok(()), Some(data)) = (go_on, raw.data) else {
        return parse_via_value(endpoint, http_status, body);
    };
    // Small and rare: read as the reference path reads it.
    let pagination = raw
        .pagination
        .and_then(|p| serde_json::from_str::<Value>(p.get()).ok())
        .and_then(pagination_of);
    Ok(Success { data, pagination })
}

/// The reference parser: the whole body as `serde_json::Value`, then `data`
/// into `T` with the path of a bad field. About twice as slow as [`parse`],
/// which falls back on it for everything but a clean success; public for the
/// benchmarks and the equivalence tests.
pub fn parse_via_value<T: DeserializeOwned>(
    endpoint: Endpoint,
    http_status: u16,
    body: &[u8],
) -> Result<Success<T>, ApiError> {
    let _lists = ValueListsMode::enter();
    let raw: RawEnvelope = serde_json::from_slice(body).map_err(|e| malformed_envelope(e, body))?;
    let has_data = raw.data.as_ref().is_some_and(|d| !d.is_null());
    verdict(
        endpoint,
        http_status,
        &raw.succeeded,
        &raw.status,
        &raw.errors,
        has_data,
    )?;
    let data = raw.data.unwrap_or_default();
    let data = serde_path_to_error::deserialize(data).map_err(malformed_data)?;
    let pagination = raw.pagination.and_then(pagination_of);
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
    fn json_that_is_not_the_envelope_says_so_without_a_made_up_code() {
        for body in [&br#"{"hello":"world"}"#[..], b"[1,2]", b"\"text\"", b"{}"] {
            let e = parse::<Quotation>(Endpoint::Quotation, 200, body).unwrap_err();
            assert_eq!(
                e,
                ApiError::NotEnvelope,
                "{}",
                String::from_utf8_lossy(body)
            );
            assert!(e.codes().is_empty());
            assert!(e.to_string().contains("not in the expected form"), "{e}");
        }
    }

    #[test]
    fn json_nested_past_the_parser_depth_is_refused_as_too_deep() {
        for open in ["[", "{\"a\":"] {
            let body = format!("{{\"data\":{}", open.repeat(200));
            let e = parse::<Quotation>(Endpoint::Quotation, 200, body.as_bytes()).unwrap_err();
            assert_eq!(e, ApiError::TooDeep, "{open}");
            assert!(e.to_string().contains("nested too deeply"), "{e}");
            assert!(!e.to_string().contains("web page"), "{e}");
        }
    }

    #[test]
    fn an_empty_property_list_is_not_blamed_on_an_id() {
        let body =
            br#"{"data":null,"succeeded":false,"status":"ERROR","errors":["NO_RECORDS_FOUND"]}"#;
        let e = parse::<Vec<String>>(Endpoint::Properties, 404, body).unwrap_err();
        assert!(e.is_not_found());
        assert_eq!(
            e.to_string(),
            "The server found no properties for this API key."
        );
        assert!(!e.to_string().contains(" id"), "{e}");
        assert!(!e.next_step().contains(" id"), "{}", e.next_step());
    }

    #[test]
    fn string_data_parses() {
        let body = br#"{"data":"4AF3E793-9BF1-4BB5-B555-B19861A86437","succeeded":true,"status":"SUCCESS","errors":null}"#;
        let ok = parse::<String>(Endpoint::SaveSignature, 200, body).unwrap();
        assert_eq!(ok.data, "4AF3E793-9BF1-4BB5-B555-B19861A86437");
    }
}
