//! The contract-document calls: the booking's prefilled document list and
//! the download of one file (a PDF whose content type varies), read in
//! chunks and refused past [`MAX_DOCUMENT_BYTES`].

use reqwest::{Url, header};
use serde_json::Value;

use super::StoRegisterClient;
use crate::api::documents::{DocumentRef, Download, MAX_DOCUMENT_BYTES, parse_document_list};
use crate::api::envelope;
use crate::api::error::{ApiError, Endpoint};
use crate::api::ids::BookingId;

impl StoRegisterClient {
    /// GET /v1/booking/{bookingId}/document/prefilled: the documents to show
    /// before signing (entries with no file to fetch are left out).
    pub async fn prefilled_documents(&self, id: &BookingId) -> Result<Vec<DocumentRef>, ApiError> {
        let path = format!("v1/booking/{id}/document/prefilled");
        let data: Value = self.get(Endpoint::Documents, &path).await?.data;
        Ok(parse_document_list(&data))
    }

    /// The file of `doc`: through GET /v1/booking/{bookingId}/document/{assetId}/download
    /// when it has an asset id, else through its link, which must be on the
    /// API's own origin (the key is never sent elsewhere). At most 20 MiB.
    pub async fn download_document(
        &self,
        id: &BookingId,
        doc: &DocumentRef,
    ) -> Result<Download, ApiError> {
        let url = match (&doc.asset_id, &doc.url) {
            (Some(asset), _) => {
                let asset: String =
                    url::form_urlencoded::byte_serialize(asset.as_bytes()).collect();
                self.url(&format!("v1/booking/{id}/document/{asset}/download"))?
            }
            (None, Some(link)) => self.same_origin_link(link)?,
            (None, None) => return Err(ApiError::NotFound),
        };
        let mut attempt = 0;
        loop {
            // A GET changes nothing on the server: retried like the others.
            match self.fetch_file(url.clone()).await {
                Err(e) if e.is_transient() && attempt < self.config.get_retries => {
                    attempt += 1;
                    tokio::time::sleep(self.config.retry_backoff * (1 << (attempt - 1))).await;
                }
                other => return other,
            }
        }
    }

    /// A link from the list: relative to the API, or absolute on its origin.
    fn same_origin_link(&self, link: &str) -> Result<Url, ApiError> {
        let url = if link.starts_with('/') {
            self.url(link)?
        } else {
            Url::parse(link).map_err(|_| ApiError::NotFound)?
        };
        let same = url.scheme() == self.base.scheme()
            && url.host_str() == self.base.host_str()
            && url.port_or_known_default() == self.base.port_or_known_default();
        if same {
            Ok(url)
        } else {
            Err(ApiError::CrossHostRedirect {
                to: url.host_str().unwrap_or("?").to_owned(),
            })
        }
    }

    async fn fetch_file(&self, url: Url) -> Result<Download, ApiError> {
        self.key.as_ref().ok_or(ApiError::MissingKey)?;
        let (name, value) = self.auth.clone().ok_or(ApiError::Unauthorized)?;
        let host = url.host_str().unwrap_or_default().to_owned();
        let resp = self
            .http
            .get(url)
            .header(header::ACCEPT, "application/pdf, */*")
            .header(name, value)
            .send()
            .await
            .map_err(|e| self.transport_error(&e, &host))?;
        let status = resp.status();
        if let Some(refused) = super::access_refused(status) {
            return Err(refused);
        }
        let content_type = super::content_type_of(&resp);
        let bytes = self.read_file(resp, &host).await?;
        let looks_json = bytes
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(|b| *b == b'{');
        if looks_json
            && let Err(e) = envelope::parse::<Value>(Endpoint::Documents, status.as_u16(), &bytes)
        {
            // An error envelope in place of the file.
            return Err(e);
        }
        match status.as_u16() {
            200..=299 => Ok(Download {
                bytes,
                content_type,
            }),
            404 => Err(ApiError::NotFound),
            s @ 500..=599 => Err(ApiError::Server { status: s }),
            s => Err(ApiError::HttpStatus { status: s }),
        }
    }

    /// The body, refused past [`MAX_DOCUMENT_BYTES`]: before reading when the
    /// server says its length, else as soon as the chunks pass it.
    async fn read_file(
        &self,
        mut resp: reqwest::Response,
        host: &str,
    ) -> Result<Vec<u8>, ApiError> {
        let too_large = ApiError::TooLarge {
            limit_mib: (MAX_DOCUMENT_BYTES as u64).div_ceil(1024 * 1024),
        };
        if resp
            .content_length()
            .is_some_and(|n| n > MAX_DOCUMENT_BYTES as u64)
        {
            return Err(too_large);
        }
        let mut buf = Vec::new();
        while let Some(chunk) = resp
            .chunk()
            .await
            .map_err(|e| self.transport_error(&e, host))?
        {
            if buf.len() + chunk.len() > MAX_DOCUMENT_BYTES {
                return Err(too_large);
            }
            buf.extend_from_slice(&chunk);
        }
        Ok(buf)
    }
}
