//! The contract-document endpoints against the sandbox (issue 21): the list
//! and the files arrive byte for byte as served, and every way a download
//! can go wrong is told apart; a link to another host is refused before
//! anything is sent (the key never leaves the API's origin).

mod common;

use common::{runtime, start_sandbox};
use storedesk::api::documents::DocumentRef;
use storedesk::api::{ApiError, ApiKey, BookingId, ClientConfig, StoRegisterClient};
use storedesk::domain::contract::{ContractProblem, check_pdf, sha256_hex};
use storedesk::sandbox::{ContractFault, Sandbox, ids};

fn client_for(sandbox: &Sandbox) -> StoRegisterClient {
    StoRegisterClient::new(
        ClientConfig::new(sandbox.base_url()),
        ApiKey::new(sandbox.api_key()),
    )
    .expect("client")
}

#[test]
fn the_served_contracts_arrive_byte_for_byte() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let client = client_for(&sandbox);
    let booking = BookingId::parse(ids::LYON_BOOKING).expect("id");
    let list = rt
        .block_on(client.prefilled_documents(&booking))
        .expect("list");
    let served = Sandbox::contract_documents(ids::LYON_BOOKING);
    assert_eq!(list.len(), served.len());
    for (reference, doc) in list.iter().zip(&served) {
        assert_eq!(reference.key, doc.key);
        let got = rt
            .block_on(client.download_document(&booking, reference))
            .expect("download");
        assert_eq!(got.content_type, "application/pdf");
        assert_eq!(sha256_hex(&got.bytes), sha256_hex(&doc.bytes));
        assert_eq!(check_pdf(&got.bytes, &got.content_type), Ok(()));
        // The same file through the list's link instead of the asset id.
        let by_link = DocumentRef {
            asset_id: None,
            ..reference.clone()
        };
        let again = rt
            .block_on(client.download_document(&booking, &by_link))
            .expect("download by link");
        assert_eq!(again.bytes, got.bytes);
    }
}

#[test]
fn faults_are_told_apart() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let client = client_for(&sandbox);
    let booking = BookingId::parse(ids::BERLIN_BOOKING).expect("id");
    let list = rt
        .block_on(client.prefilled_documents(&booking))
        .expect("list");
    let download = |fault| {
        sandbox.set_contract_fault(Some(fault));
        rt.block_on(client.download_document(&booking, &list[0]))
    };
    let page = download(ContractFault::NotPdf).expect("a body");
    assert!(matches!(
        check_pdf(&page.bytes, &page.content_type),
        Err(ContractProblem::NotPdf { .. })
    ));
    let locked = download(ContractFault::Encrypted).expect("a body");
    assert_eq!(
        check_pdf(&locked.bytes, &locked.content_type),
        Err(ContractProblem::Encrypted)
    );
    assert!(matches!(
        download(ContractFault::TooLarge),
        Err(ApiError::TooLarge { limit_mib: 20 })
    ));
    assert!(matches!(
        download(ContractFault::ServerError),
        Err(ApiError::Api { .. } | ApiError::Server { .. })
    ));
    sandbox.set_contract_fault(Some(ContractFault::NoDocuments));
    let empty = rt
        .block_on(client.prefilled_documents(&booking))
        .expect("list");
    assert!(empty.is_empty());
}

#[test]
fn unknown_assets_and_links_to_other_hosts_are_refused() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let client = client_for(&sandbox);
    let booking = BookingId::parse(ids::LYON_BOOKING).expect("id");
    let unknown = DocumentRef {
        key: "LEASE".into(),
        name: None,
        asset_id: Some("00000000-0000-4000-8000-000000000000".into()),
        url: None,
    };
    let err = rt
        .block_on(client.download_document(&booking, &unknown))
        .expect_err("no such asset");
    assert!(
        err.is_not_found() || matches!(err, ApiError::Api { .. }),
        "{err:?}"
    );
    let elsewhere = DocumentRef {
        asset_id: None,
        url: Some("https://files.example.invalid/lease.pdf".into()),
        ..unknown
    };
    let before = sandbox.request_count();
    let err = rt
        .block_on(client.download_document(&booking, &elsewhere))
        .expect_err("another host");
    assert!(matches!(err, ApiError::CrossHostRedirect { .. }), "{err:?}");
    assert_eq!(sandbox.request_count(), before, "nothing was sent");
}
