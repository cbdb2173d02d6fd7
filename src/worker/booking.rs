//! The booking's requests: the lookup, the quote, the signature and its check, the properties.

use std::sync::Arc;

use tokio::runtime::Handle;
use zeroize::Zeroizing;

use super::{Event, RequestId, Worker, lookup};
use crate::api::{BookingId, ReservationId};

impl Worker {
    /// Looks a reservation up (with its booking and quote).
    pub(super) fn lookup(self: &Arc<Self>, rt: &Handle, req: RequestId, id: ReservationId) {
        let client = self.client();
        self.spawn_request(rt, req, async move {
            let result = match client {
                Ok(c) => lookup(&c, id).await.map(Box::new),
                Err(e) => Err(e),
            };
            Event::Lookup { req, result }
        });
    }

    /// Reads a booking's quotation preview.
    pub(super) fn quote(self: &Arc<Self>, rt: &Handle, req: RequestId, booking: BookingId) {
        let client = self.client();
        self.spawn_request(rt, req, async move {
            let result = match client {
                Ok(c) => c.quotation_preview(&booking).await.map(Box::new),
                Err(e) => Err(e),
            };
            Event::Quote { req, result }
        });
    }

    /// Sends a signature once (a write: never repeated).
    pub(super) fn save_signature(
        self: &Arc<Self>,
        rt: &Handle,
        req: RequestId,
        booking: BookingId,
        png_base64: Zeroizing<String>,
    ) {
        let client = self.client();
        self.spawn_request(rt, req, async move {
            let result = match client {
                Ok(c) => c.save_signature(&booking, &png_base64).await,
                Err(e) => Err(e),
            };
            drop(png_base64);
            Event::SignatureSaved {
                req,
                booking,
                result,
            }
        });
    }

    /// Asks whether a booking is signed (after an unclear upload).
    pub(super) fn check_signed(self: &Arc<Self>, rt: &Handle, req: RequestId, booking: BookingId) {
        let client = self.client();
        self.spawn_request(rt, req, async move {
            let result = match client {
                Ok(c) => c
                    .quotation_preview(&booking)
                    .await
                    .map(|q| q.is_document_signed),
                Err(e) => Err(e),
            };
            Event::SignedChecked {
                req,
                booking,
                result,
            }
        });
    }

    /// Reads the account's properties (their hours).
    pub(super) fn properties(self: &Arc<Self>, rt: &Handle, req: RequestId) {
        let client = self.client();
        self.spawn_request(rt, req, async move {
            let result = match client {
                Ok(c) => c.properties().await,
                Err(e) => Err(e),
            };
            Event::Properties { req, result }
        });
    }
}
