//! Every way a call can fail, each with a message front-desk staff understand
//! and what to do next.

use std::fmt;

use serde::Serialize;

use crate::i18n::{Text, tr, trf};

/// Which call failed: the same code means different things per endpoint
/// (NO_RECORDS_FOUND is "no reservation" or "no booking").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Endpoint {
    Reservation,
    Quotation,
    SaveSignature,
    Properties,
    /// The desk's single id field: a reservation or a booking.
    Lookup,
    /// A walk-in reference list (storage types, groups, user types, periods).
    ReferenceList,
    /// A property's sizes and prices.
    PriceList,
    /// A pre-booking (walk-in) quote.
    PreQuote,
    /// A booking's contract documents (the prefilled list, a download).
    Documents,
    /// The insurance options of a booking or of a unit before any booking.
    Insurance,
    /// Linking an insurance option to a booking (a write).
    InsuranceLink,
}

/// The error codes the StoRegister documents list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum ApiErrorCode {
    NoRecordsFound,
    InvalidParamReservationInfoId,
    InvalidReservationInfoDetails,
    InvalidParamActivityInfoId,
    UnableToRetrieveActivityInfoDetails,
    InvalidActivityInfoDetails,
    InvalidParamSignature,
    InvalidDocumentTypeResponse,
    InvalidClientInfoDetails,
    InvalidApiKey,
    /// The link's body is missing or has null values.
    InvalidInputParam,
    /// The insurance id is not one the server accepts.
    InvalidParamInsuranceId,
    Failed,
    SomethingWentWrong,
    /// A code the documents do not list; kept as sent.
    Other(String),
}

impl ApiErrorCode {
    pub fn parse(code: &str) -> Self {
        match code.trim().to_ascii_uppercase().as_str() {
            "NO_RECORDS_FOUND" => Self::NoRecordsFound,
            "INVALID_PARAM_RESERVATION_INFO_ID" => Self::InvalidParamReservationInfoId,
            "INVALID_RESERVATION_INFO_DETAILS" => Self::InvalidReservationInfoDetails,
            "INVALID_PARAM_ACTIVITY_INFO_ID" => Self::InvalidParamActivityInfoId,
            // The documents spell it RETREIVE; accept the right spelling too.
            "UNABLE_TO_RETREIVE_ACTIVITY_INFO_DETAILS"
            | "UNABLE_TO_RETRIEVE_ACTIVITY_INFO_DETAILS" => {
                Self::UnableToRetrieveActivityInfoDetails
            }
            "INVALID_ACTIVITY_INFO_DETAILS" => Self::InvalidActivityInfoDetails,
            "INVALID_PARAM_SIGNATURE" => Self::InvalidParamSignature,
            "INVALID_DOCUMENT_TYPE_RESPONSE" => Self::InvalidDocumentTypeResponse,
            "INVALID_CLIENT_INFO_DETAILS" => Self::InvalidClientInfoDetails,
            "INVALID_API_KEY" | "UNAUTHORIZED" => Self::InvalidApiKey,
            "INVALID_INPUT_PARAM" => Self::InvalidInputParam,
            "INVALID_PARAM_INSURANCE_ID" => Self::InvalidParamInsuranceId,
            "FAILED" => Self::Failed,
            "SOMETHING_WENT_WRONG" => Self::SomethingWentWrong,
            _ => Self::Other(code.trim().to_owned()),
        }
    }

    /// The code as the API writes it.
    pub fn as_code(&self) -> &str {
        match self {
            Self::NoRecordsFound => "NO_RECORDS_FOUND",
            Self::InvalidParamReservationInfoId => "INVALID_PARAM_RESERVATION_INFO_ID",
            Self::InvalidReservationInfoDetails => "INVALID_RESERVATION_INFO_DETAILS",
            Self::InvalidParamActivityInfoId => "INVALID_PARAM_ACTIVITY_INFO_ID",
            Self::UnableToRetrieveActivityInfoDetails => "UNABLE_TO_RETREIVE_ACTIVITY_INFO_DETAILS",
            Self::InvalidActivityInfoDetails => "INVALID_ACTIVITY_INFO_DETAILS",
            Self::InvalidParamSignature => "INVALID_PARAM_SIGNATURE",
            Self::InvalidDocumentTypeResponse => "INVALID_DOCUMENT_TYPE_RESPONSE",
            Self::InvalidClientInfoDetails => "INVALID_CLIENT_INFO_DETAILS",
            Self::InvalidApiKey => "INVALID_API_KEY",
            Self::InvalidInputParam => "INVALID_INPUT_PARAM",
            Self::InvalidParamInsuranceId => "INVALID_PARAM_INSURANCE_ID",
            Self::Failed => "FAILED",
            Self::SomethingWentWrong => "SOMETHING_WENT_WRONG",
            Self::Other(s) => s,
        }
    }

    /// Plain language for the person at the desk (in the current language).
    pub fn message(&self, endpoint: Endpoint) -> String {
        match self {
            Self::NoRecordsFound => match endpoint {
                Endpoint::Reservation => tr("no-reservation-with-this-id"),
                Endpoint::Quotation | Endpoint::SaveSignature => tr("no-booking-with-this-id"),
                // The list endpoint: there is no id to blame.
                Endpoint::Properties => tr("the-server-found-no-properties-for-this-api"),
                Endpoint::Lookup => tr("no-reservation-or-booking-with-this-id"),
                Endpoint::ReferenceList => tr("the-server-has-no-entries-in-this-list"),
                Endpoint::PriceList => tr("this-property-has-no-sizes-for-these-choices"),
                Endpoint::PreQuote => tr("the-server-could-not-price-this-size"),
                Endpoint::Documents => tr("the-server-has-no-such-contract-document"),
                Endpoint::Insurance => tr("the-server-found-no-such-booking-or-property"),
                Endpoint::InsuranceLink => tr("no-booking-with-this-id"),
            }
            .into(),
            Self::InvalidParamReservationInfoId => {
                tr("the-server-did-not-accept-this-reservation-id").into()
            }
            Self::InvalidReservationInfoDetails => {
                tr("the-server-could-not-read-this-reservations-details").into()
            }
            Self::InvalidParamActivityInfoId => {
                tr("the-server-did-not-accept-this-booking-id").into()
            }
            Self::UnableToRetrieveActivityInfoDetails => {
                tr("the-server-could-not-load-this-bookings-details").into()
            }
            Self::InvalidActivityInfoDetails => {
                tr("this-bookings-details-are-incomplete-on-the-server").into()
            }
            Self::InvalidParamSignature => tr("the-server-refused-the-signature-image").into(),
            Self::InvalidDocumentTypeResponse => {
                tr("the-server-has-no-contract-document-type-set").into()
            }
            Self::InvalidClientInfoDetails => {
                tr("the-clients-details-on-this-booking-are-incomplete").into()
            }
            Self::InvalidApiKey => tr("the-api-key-was-refused").into(),
            Self::InvalidInputParam => {
                tr("the-server-found-the-insurance-choice-incomplete").into()
            }
            Self::InvalidParamInsuranceId => {
                tr("the-server-does-not-accept-this-insurance-option").into()
            }
            Self::Failed => tr("the-server-could-not-complete-the-request").into(),
            Self::SomethingWentWrong => tr("the-server-had-a-technical-problem").into(),
            Self::Other(code) => trf("the-server-refused-the-request-code", &[("code", code)]),
        }
    }

    /// What to do about it (in the current language).
    pub fn next_step(&self, endpoint: Endpoint) -> &'static str {
        match self {
            Self::NoRecordsFound
            | Self::InvalidParamReservationInfoId
            | Self::InvalidParamActivityInfoId => match endpoint {
                Endpoint::Reservation | Endpoint::Quotation | Endpoint::Lookup => {
                    tr("check-the-id-on-the-customers-confirmation-email")
                }
                Endpoint::Properties => tr("check-in-the-storegister-back-office-that-this"),
                Endpoint::ReferenceList | Endpoint::PriceList | Endpoint::PreQuote => {
                    tr("choose-other-options-or-enter-the-size-and")
                }
                _ => tr("look-the-booking-up-again-then-retry"),
            },
            Self::InvalidParamSignature => tr("ask-the-customer-to-sign-again-larger-then"),
            Self::InvalidReservationInfoDetails
            | Self::UnableToRetrieveActivityInfoDetails
            | Self::InvalidActivityInfoDetails
            | Self::InvalidDocumentTypeResponse
            | Self::InvalidClientInfoDetails => {
                tr("open-the-booking-in-the-storegister-back-office")
            }
            Self::InvalidApiKey => tr("enter-a-valid-api-key-in-settings"),
            Self::InvalidInputParam | Self::InvalidParamInsuranceId => {
                tr("load-the-insurance-options-again-and-choose-one")
            }
            Self::Failed | Self::Other(_) => tr("try-again-if-it-keeps-failing-note-the"),
            Self::SomethingWentWrong => tr("try-again-in-a-minute-if-it-persists"),
        }
    }
}

impl fmt::Display for ApiErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_code())
    }
}

/// Which kind of id the user typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum IdKind {
    Reservation,
    Booking,
    /// An insurance option (`insuranceId`).
    Insurance,
    /// An insurance option's price line (`priceId`).
    Price,
}

/// Everything that can go wrong between the desk and the API. `Display`
/// and [`ApiError::next_step`] speak the current language.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    InvalidId {
        kind: IdKind,
        input: String,
        reason: Text,
    },
    Api {
        endpoint: Endpoint,
        codes: Vec<ApiErrorCode>,
        http_status: u16,
    },
    MissingKey,
    Unauthorized,
    Forbidden,
    NotFound,
    RateLimited,
    Server {
        status: u16,
    },
    HttpStatus {
        status: u16,
    },
    Timeout {
        seconds: u64,
    },
    ConnectionRefused {
        host: String,
    },
    Connect {
        host: String,
        detail: String,
    },
    Tls {
        host: String,
        detail: String,
    },
    Network {
        detail: String,
    },
    NotJson {
        status: u16,
        content_type: String,
        snippet: String,
    },
    TooLarge {
        limit_mib: u64,
    },
    Malformed {
        path: String,
        detail: String,
    },
    /// JSON, but not the API's `{succeeded, status, data, errors}` envelope.
    NotEnvelope,
    /// JSON nested deeper than the parser follows (it stops there to keep the stack safe).
    TooDeep,
    BadBaseUrl {
        detail: Text,
    },
    CrossHostRedirect {
        to: String,
    },
}

impl std::error::Error for ApiError {}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            ApiError::InvalidId {
                kind,
                input,
                reason,
            } => {
                let args: [(&str, &dyn fmt::Display); 2] = [("input", input), ("reason", reason)];
                match kind {
                    IdKind::Reservation => trf("input-is-not-a-valid-reservation-id-reason", &args),
                    IdKind::Booking => trf("input-is-not-a-valid-booking-id-reason", &args),
                    IdKind::Insurance => trf("input-is-not-a-valid-insurance-id-reason", &args),
                    IdKind::Price => trf("input-is-not-a-valid-price-id-reason", &args),
                }
            }
            ApiError::Api {
                endpoint, codes, ..
            } => codes.first().map_or_else(
                || tr("the-server-refused-the-request").to_string(),
                |c| c.message(*endpoint),
            ),
            ApiError::MissingKey => tr("no-api-key-is-set").into(),
            ApiError::Unauthorized => tr("the-api-key-was-refused-http-401").into(),
            ApiError::Forbidden => tr("this-api-key-may-not-use-this-function").into(),
            ApiError::NotFound => tr("the-server-has-no-such-address-http-404").into(),
            ApiError::RateLimited => tr("the-server-is-receiving-too-many-requests-http").into(),
            ApiError::Server { status } => trf(
                "the-server-is-having-trouble-http-status",
                &[("status", status)],
            ),
            ApiError::HttpStatus { status } => trf(
                "the-server-answered-with-an-unexpected-status-http",
                &[("status", status)],
            ),
            ApiError::Timeout { seconds } => trf(
                "the-server-did-not-answer-in-time-seconds",
                &[("seconds", seconds)],
            ),
            ApiError::ConnectionRefused { host } => trf(
                "could-not-connect-to-host-nothing-is-listening",
                &[("host", host)],
            ),
            ApiError::Connect { host, detail } => trf(
                "could-not-reach-host-detail",
                &[("host", host), ("detail", detail)],
            ),
            ApiError::Tls { host, detail } => trf(
                "the-secure-connection-to-host-failed-detail",
                &[("host", host), ("detail", detail)],
            ),
            ApiError::Network { detail } => trf(
                "the-connection-was-interrupted-detail",
                &[("detail", detail)],
            ),
            ApiError::NotJson {
                status,
                content_type,
                ..
            } => trf(
                "the-server-sent-a-web-page-instead-of",
                &[("status", status), ("content_type", content_type)],
            ),
            ApiError::TooLarge { limit_mib } => trf(
                "the-servers-answer-is-too-large-over-limit",
                &[("limit", limit_mib)],
            ),
            ApiError::Malformed { path, detail } => trf(
                "the-servers-answer-could-not-be-understood-at",
                &[("path", path), ("detail", detail)],
            ),
            ApiError::NotEnvelope => tr("the-servers-answer-was-not-in-the-expected").into(),
            ApiError::TooDeep => tr("the-servers-answer-is-data-nested-too-deeply").into(),
            ApiError::BadBaseUrl { detail } => {
                trf("the-server-url-is-not-usable-detail", &[("detail", detail)])
            }
            ApiError::CrossHostRedirect { to } => {
                trf("the-redirect-to-another-host-was-refused-to", &[("to", to)])
            }
        };
        f.write_str(&text)
    }
}

impl ApiError {
    /// What the user can do about it (in the current language).
    pub fn next_step(&self) -> String {
        match self {
            ApiError::InvalidId { .. } => tr("ids-look-like-3d491954-4ec3-466b-a7bc-a95b506aa8f3"),
            ApiError::Api {
                endpoint, codes, ..
            } => codes.first().map_or_else(
                || tr("try-again-if-it-keeps-failing-contact-support"),
                |c| c.next_step(*endpoint),
            ),
            ApiError::MissingKey | ApiError::Unauthorized => {
                tr("open-settings-and-enter-the-api-key-from")
            }
            ApiError::Forbidden => tr("ask-your-administrator-for-a-key-with-booking"),
            ApiError::NotFound | ApiError::BadBaseUrl { .. } => {
                tr("check-the-server-address-in-settings")
            }
            ApiError::RateLimited | ApiError::Server { .. } | ApiError::HttpStatus { .. } => {
                tr("wait-a-minute-and-try-again")
            }
            ApiError::Timeout { .. } | ApiError::Network { .. } => {
                tr("check-the-network-connection-and-try-again")
            }
            ApiError::ConnectionRefused { .. } | ApiError::Connect { .. } => {
                tr("check-the-network-and-the-server-address-in")
            }
            ApiError::Tls { .. } => tr("the-servers-certificate-was-not-trusted-check-the"),
            ApiError::NotJson { .. } => tr("the-address-may-point-at-a-website-a"),
            ApiError::NotEnvelope => tr("the-address-may-point-at-another-service-than"),
            ApiError::TooLarge { .. } | ApiError::Malformed { .. } | ApiError::TooDeep => {
                tr("this-is-a-server-problem-note-the-booking")
            }
            ApiError::CrossHostRedirect { .. } => tr("set-the-final-server-address-in-settings"),
        }
        .to_string()
    }

    /// Exit code for the CLI: 1 the API said no, 2 bad usage or invalid id,
    /// 3 network or transport failure.
    pub fn exit_code(&self) -> i32 {
        match self {
            ApiError::InvalidId { .. } | ApiError::MissingKey | ApiError::BadBaseUrl { .. } => 2,
            ApiError::Api { .. }
            | ApiError::Unauthorized
            | ApiError::Forbidden
            | ApiError::NotFound
            | ApiError::RateLimited => 1,
            _ => 3,
        }
    }

    /// The API's own error codes, when it sent any.
    pub fn codes(&self) -> &[ApiErrorCode] {
        match self {
            ApiError::Api { codes, .. } => codes,
            _ => &[],
        }
    }

    /// True when the API said the record does not exist.
    pub fn is_not_found(&self) -> bool {
        self.codes().iter().any(|c| {
            matches!(
                c,
                ApiErrorCode::NoRecordsFound
                    | ApiErrorCode::InvalidParamReservationInfoId
                    | ApiErrorCode::InvalidParamActivityInfoId
            )
        })
    }

    /// For a write: the request may have reached the server and no answer
    /// says what it did (a timeout, a cut connection, a server fault, an
    /// answer that cannot be read). The caller reads the state back instead
    /// of sending the write again. Refusals (the server's codes, 4xx) and
    /// failures before any connection are known outcomes: nothing changed.
    pub fn write_outcome_unknown(&self) -> bool {
        match self {
            ApiError::Timeout { .. }
            | ApiError::Network { .. }
            | ApiError::Server { .. }
            | ApiError::NotJson { .. }
            | ApiError::TooLarge { .. }
            | ApiError::Malformed { .. }
            | ApiError::NotEnvelope
            | ApiError::TooDeep => true,
            // A 5xx with the API's own codes still is a server fault.
            ApiError::Api { http_status, .. } => *http_status >= 500,
            _ => false,
        }
    }

    /// Worth retrying a GET for: the request may never have been served.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            ApiError::ConnectionRefused { .. }
                | ApiError::Connect { .. }
                | ApiError::Network { .. }
                | ApiError::Server { status: 502..=504 }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCUMENTED: &[&str] = &[
        "INVALID_PARAM_RESERVATION_INFO_ID",
        "INVALID_RESERVATION_INFO_DETAILS",
        "NO_RECORDS_FOUND",
        "FAILED",
        "SOMETHING_WENT_WRONG",
        "INVALID_PARAM_ACTIVITY_INFO_ID",
        "UNABLE_TO_RETREIVE_ACTIVITY_INFO_DETAILS",
        "INVALID_PARAM_SIGNATURE",
        "INVALID_ACTIVITY_INFO_DETAILS",
        "INVALID_DOCUMENT_TYPE_RESPONSE",
        "INVALID_CLIENT_INFO_DETAILS",
        "INVALID_INPUT_PARAM",
        "INVALID_PARAM_INSURANCE_ID",
    ];

    #[test]
    fn every_documented_code_has_its_own_variant_and_message() {
        let mut messages = std::collections::HashSet::new();
        for code in DOCUMENTED {
            let parsed = ApiErrorCode::parse(code);
            assert!(!matches!(parsed, ApiErrorCode::Other(_)), "{code} unmapped");
            assert_eq!(parsed.as_code(), *code);
            let msg = parsed.message(Endpoint::Quotation);
            assert!(
                !msg.contains('_'),
                "{code}: message shows a raw code: {msg}"
            );
            assert!(
                messages.insert(msg),
                "{code}: message is shared with another code"
            );
            assert!(!parsed.next_step(Endpoint::Quotation).is_empty());
        }
    }

    #[test]
    fn not_found_wording_depends_on_endpoint() {
        let c = ApiErrorCode::NoRecordsFound;
        assert_eq!(
            c.message(Endpoint::Reservation),
            "No reservation with this id."
        );
        assert_eq!(c.message(Endpoint::Quotation), "No booking with this id.");
    }

    #[test]
    fn unknown_codes_are_kept() {
        let c = ApiErrorCode::parse("QUOTA_EXCEEDED");
        assert_eq!(c, ApiErrorCode::Other("QUOTA_EXCEEDED".into()));
        assert!(c.message(Endpoint::Quotation).contains("QUOTA_EXCEEDED"));
    }

    #[test]
    fn exit_codes_follow_the_cli_contract() {
        let api = ApiError::Api {
            endpoint: Endpoint::Quotation,
            codes: vec![ApiErrorCode::NoRecordsFound],
            http_status: 200,
        };
        assert_eq!(api.exit_code(), 1);
        assert!(api.is_not_found());
        let bad = ApiError::InvalidId {
            kind: IdKind::Booking,
            input: "x".into(),
            reason: Text::tr("it-is-empty"),
        };
        assert_eq!(bad.exit_code(), 2);
        assert_eq!(ApiError::Timeout { seconds: 5 }.exit_code(), 3);
        assert_eq!(ApiError::Unauthorized.exit_code(), 1);
    }
}
