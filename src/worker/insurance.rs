//! The worker's insurance room (issue 28): the options of a booking or of a
//! unit before any booking, and the link.
//!
//! A link is a write: one `Link` command sends one PUT, never repeated and
//! never cancelled half-way (it is not a cancellable task). After it the
//! quotation is read again, so the app compares what the server has with
//! what staff were shown; after a lost answer that read is the only way to
//! know whether the link was made.
//!
//! Events arrive on their own channel ([`super::WorkerHandle::try_recv_insurance`])
//! until the app's `Event` enum gets an `Insurance` variant with the UI half
//! of issue 28; the repaint is asked for as for any event.

use std::sync::Arc;

use tokio::runtime::Handle;

use super::{RequestId, Worker};
use crate::api::insurance::{InsuranceList, PropertyInsurance, PropertyInsuranceQuery};
pub use crate::api::insurance::{LinkOutcome, shows_insurance};
use crate::api::{ApiError, BookingId, InsuranceId, PriceId};

#[derive(Debug)]
pub enum InsuranceCommand {
    /// The options that fit a booking.
    ForBooking { req: RequestId, booking: BookingId },
    /// The options for a unit before any booking (walk-in).
    ForProperty {
        req: RequestId,
        query: PropertyInsuranceQuery,
    },
    /// Link an option to a booking: sent once, whatever happens.
    Link {
        req: RequestId,
        booking: BookingId,
        insurance: InsuranceId,
        price: PriceId,
    },
}

#[derive(Debug)]
pub enum InsuranceEvent {
    Options {
        req: RequestId,
        booking: BookingId,
        result: Result<InsuranceList, ApiError>,
    },
    PropertyOptions {
        req: RequestId,
        result: Result<PropertyInsurance, ApiError>,
    },
    Linked {
        req: RequestId,
        booking: BookingId,
        outcome: LinkOutcome,
    },
}

pub(super) fn handle(worker: &Arc<Worker>, rt: &Handle, cmd: InsuranceCommand) {
    let client = worker.client();
    match cmd {
        InsuranceCommand::ForBooking { req, booking } => {
            worker.spawn_insurance(rt, Some(req), async move {
                let result = match client {
                    Ok(c) => c.insurance_for_booking(&booking).await,
                    Err(e) => Err(e),
                };
                InsuranceEvent::Options {
                    req,
                    booking,
                    result,
                }
            })
        }
        InsuranceCommand::ForProperty { req, query } => {
            worker.spawn_insurance(rt, Some(req), async move {
                let result = match client {
                    Ok(c) => c.insurance_for_property(&query).await,
                    Err(e) => Err(e),
                };
                InsuranceEvent::PropertyOptions { req, result }
            })
        }
        InsuranceCommand::Link {
            req,
            booking,
            insurance,
            price,
        } => {
            // Not cancellable: once sent, its outcome is always reported.
            worker.spawn_insurance(rt, None, async move {
                let outcome = match client {
                    Ok(c) => {
                        c.link_insurance_and_read_back(&booking, &insurance, &price)
                            .await
                    }
                    Err(e) => LinkOutcome::Refused(e),
                };
                InsuranceEvent::Linked {
                    req,
                    booking,
                    outcome,
                }
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;
    use crate::api::ClientConfig;
    use crate::sandbox::{InsuranceFault, Sandbox, SandboxOptions, ids};
    use crate::secrets::MemoryStore;
    use crate::worker::{Command, Event, WorkerHandle};

    fn started(rt: &tokio::runtime::Runtime) -> (Sandbox, WorkerHandle) {
        let sb = rt
            .block_on(Sandbox::start(SandboxOptions::default()))
            .expect("sandbox");
        let worker = super::super::spawn(
            rt.handle(),
            Arc::new(MemoryStore::default()),
            ClientConfig::new(sb.base_url()),
            Arc::new(|| {}),
        );
        let key = crate::api::ApiKey::new(sb.api_key()).expect("key");
        worker.send(Command::SaveKey {
            key,
            session_only: true,
        });
        wait(|| matches!(worker.try_recv(), Some(Event::Key(_))));
        (sb, worker)
    }

    /// Waits for a condition (bounded, so a bug fails instead of hanging).
    fn wait(mut done: impl FnMut() -> bool) {
        let until = Instant::now() + Duration::from_secs(30);
        while !done() {
            assert!(Instant::now() < until, "timed out waiting");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    fn next(worker: &WorkerHandle) -> InsuranceEvent {
        let mut got = None;
        wait(|| {
            got = match worker.try_recv() {
                Some(Event::Insurance(e)) => Some(e),
                _ => None,
            };
            got.is_some()
        });
        got.expect("event")
    }

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime")
    }

    fn lyon_choice(sb: &Sandbox, worker: &WorkerHandle) -> (BookingId, InsuranceId, PriceId) {
        let _ = sb;
        let booking = BookingId::parse(ids::LYON_BOOKING).unwrap();
        worker.send(Command::Insurance(InsuranceCommand::ForBooking {
            req: 1,
            booking,
        }));
        let InsuranceEvent::Options { req: 1, result, .. } = next(worker) else {
            panic!("options expected");
        };
        let list = result.expect("options");
        let option = &list.options[2];
        let price = option.prices[0].id.clone().unwrap();
        (
            booking,
            InsuranceId::parse(&option.id).unwrap(),
            PriceId::parse(&price).unwrap(),
        )
    }

    #[test]
    fn a_link_is_sent_once_and_the_quotation_read_again() {
        let rt = runtime();
        let (sb, worker) = started(&rt);
        let (booking, insurance, price) = lyon_choice(&sb, &worker);
        worker.send(Command::Insurance(InsuranceCommand::Link {
            req: 2,
            booking,
            insurance,
            price,
        }));
        let InsuranceEvent::Linked { outcome, .. } = next(&worker) else {
            panic!("link expected");
        };
        let LinkOutcome::Linked { quotation, .. } = outcome else {
            panic!("{outcome:?}");
        };
        assert!(shows_insurance(
            &quotation.expect("read again"),
            &insurance.to_string()
        ));
        assert_eq!(sb.insurance_link_requests(), 1);
    }

    #[test]
    fn a_lost_answer_is_read_back_not_sent_again() {
        let rt = runtime();
        let (sb, worker) = started(&rt);
        let (booking, insurance, price) = lyon_choice(&sb, &worker);
        sb.set_insurance_fault(Some(InsuranceFault::LoseLinkAnswer));
        worker.send(Command::Insurance(InsuranceCommand::Link {
            req: 3,
            booking,
            insurance,
            price,
        }));
        let InsuranceEvent::Linked { outcome, .. } = next(&worker) else {
            panic!("link expected");
        };
        let LinkOutcome::Unknown { error, linked, .. } = outcome else {
            panic!("{outcome:?}");
        };
        assert!(error.write_outcome_unknown(), "{error:?}");
        assert_eq!(linked, Some(true), "the server has it");
        assert_eq!(sb.insurance_link_requests(), 1, "never sent twice");
    }
}
