//! The worker's walk-in requests: the reference lists (all at once), a
//! property's price list, and pre-booking quotes (each its own cancellable
//! task, so up to four run at the same time).

use std::sync::Arc;

use tokio::runtime::Handle;

use super::{Event, RequestId, Worker};
use crate::api::ApiError;
use crate::api::models::{Property, Quotation};
use crate::api::walkin::{PeriodCode, PreQuoteRequest, PriceList, StorageType, UserType};

#[derive(Debug)]
pub enum WalkinCommand {
    /// Properties, storage types, customer types and payment periods.
    Lists { req: RequestId },
    PriceList {
        req: RequestId,
        storage: String,
        property: String,
        user_type: String,
        period: String,
    },
    PreQuote {
        req: RequestId,
        request: Box<PreQuoteRequest>,
    },
}

/// Each list on its own: one that fails does not hide the others.
#[derive(Debug)]
pub struct WalkinLists {
    pub properties: Result<Vec<Property>, ApiError>,
    pub storage_types: Result<Vec<StorageType>, ApiError>,
    pub user_types: Result<Vec<UserType>, ApiError>,
    pub periods: Result<Vec<PeriodCode>, ApiError>,
}

#[derive(Debug)]
pub enum WalkinEvent {
    Lists {
        req: RequestId,
        lists: Box<WalkinLists>,
    },
    PriceList {
        req: RequestId,
        result: Result<PriceList, ApiError>,
    },
    PreQuote {
        req: RequestId,
        result: Result<Box<Quotation>, ApiError>,
    },
}

pub(super) fn handle(worker: &Arc<Worker>, rt: &Handle, cmd: WalkinCommand) {
    let client = worker.client();
    let walkin = |e: WalkinEvent| Event::Walkin(e);
    match cmd {
        WalkinCommand::Lists { req } => worker.spawn_request(rt, req, async move {
            let lists = match client {
                Ok(c) => {
                    let (properties, storage_types, user_types, periods) = tokio::join!(
                        c.properties(),
                        c.storage_types(),
                        c.user_types(),
                        c.payment_periods()
                    );
                    WalkinLists {
                        properties,
                        storage_types,
                        user_types,
                        periods,
                    }
                }
                Err(e) => WalkinLists {
                    properties: Err(e.clone()),
                    storage_types: Err(e.clone()),
                    user_types: Err(e.clone()),
                    periods: Err(e),
                },
            };
            walkin(WalkinEvent::Lists {
                req,
                lists: Box::new(lists),
            })
        }),
        WalkinCommand::PriceList {
            req,
            storage,
            property,
            user_type,
            period,
        } => worker.spawn_request(rt, req, async move {
            let result = match client {
                Ok(c) => c.price_list(&storage, &property, &user_type, &period).await,
                Err(e) => Err(e),
            };
            walkin(WalkinEvent::PriceList { req, result })
        }),
        WalkinCommand::PreQuote { req, request } => worker.spawn_request(rt, req, async move {
            let result = match client {
                Ok(c) => c.pre_quote(&request).await.map(Box::new),
                Err(e) => Err(e),
            };
            walkin(WalkinEvent::PreQuote { req, result })
        }),
    }
}
