//! The insurance endpoints through the real client against the sandbox
//! (issue 28): the lists, an empty one, an option without a price line, a
//! refused link in plain words, a lost answer read back (never sent again),
//! and linking a booking that is already signed.

mod sandbox_common;

use rust_decimal::Decimal;
use sandbox_common::*;
use storedesk::api::insurance::{
    InsuranceList, LinkOutcome, PropertyInsuranceQuery, SizePath, shows_insurance,
};
use storedesk::api::{ApiError, ApiErrorCode, BookingId, InsuranceId, PriceId, StoRegisterClient};
use storedesk::domain::insurance::{InsuranceProblem, check_linked, side_by_side, with_option};
use storedesk::domain::quote::compare_quotation;
use storedesk::sandbox::{InsuranceFault, ids};

fn booking(id: &str) -> BookingId {
    BookingId::parse(id).unwrap()
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// The `n`-th option of a booking's list and its `p`-th price line, as ids.
async fn choice(c: &StoRegisterClient, id: &str, n: usize, p: usize) -> (InsuranceId, PriceId) {
    let list = c.insurance_for_booking(&booking(id)).await.expect("list");
    let o = &list.options[n];
    let price = o.prices[p].id.clone().expect("price id");
    (
        InsuranceId::parse(&o.id).unwrap(),
        PriceId::parse(&price).unwrap(),
    )
}

#[tokio::test]
async fn a_bookings_options_fit_its_unit_and_are_taxed_as_its_rent() {
    let sb = sandbox().await;
    let c = client(&sb);
    let lyon = c
        .insurance_for_booking(&booking(ids::LYON_BOOKING))
        .await
        .unwrap();
    assert!(lyon.unreadable.is_empty());
    // 6 m³: 2 000, 3 000 and 5 000 € covers; 10 000 € starts at 8 m³.
    let covers: Vec<Decimal> = lyon
        .options
        .iter()
        .map(|o| o.coverage.as_ref().unwrap().price.unwrap())
        .collect();
    assert_eq!(covers, [dec("2000"), dec("3000"), dec("5000")]);
    let monthly = &lyon.options[2].prices[0];
    assert_eq!(monthly.period_name().as_deref(), Some("Monthly"));
    assert_eq!(monthly.premium.as_ref().unwrap().price, Some(dec("12")));
    assert_eq!(monthly.tax.as_ref().unwrap().price, Some(dec("2.4")));
    assert_eq!(lyon.options[2].prices[1].months(), Some(3));
    let chalets = c
        .insurance_for_booking(&booking(ids::CHALETS_BOOKING))
        .await
        .unwrap();
    assert_eq!(chalets.options.len(), 2);
}

#[tokio::test]
async fn no_insurance_offered_is_an_empty_list_not_an_error() {
    let sb = sandbox().await;
    let list = client(&sb)
        .insurance_for_booking(&booking(ids::EMMERICH_BOOKING))
        .await
        .expect("an empty list");
    assert_eq!(list, InsuranceList::default());
}

#[tokio::test]
async fn an_option_without_a_price_line_is_listed_but_cannot_be_linked() {
    let sb = sandbox().await;
    let c = client(&sb);
    let list = c
        .insurance_for_booking(&booking(ids::BERLIN_BOOKING))
        .await
        .unwrap();
    let bare = list
        .options
        .iter()
        .find(|o| o.prices.is_empty())
        .expect("the option on request");
    let q = c
        .quotation_preview(&booking(ids::BERLIN_BOOKING))
        .await
        .unwrap();
    let s = side_by_side(&q, &[(bare, None)]);
    assert_eq!(s.options[0], Err(InsuranceProblem::NoPriceLine));
    // A price line it does not have is refused by the server too.
    let e = c
        .link_insurance(
            &booking(ids::BERLIN_BOOKING),
            &InsuranceId::parse(&bare.id).unwrap(),
            &PriceId::parse("00000000-1111-4222-8333-444444444444").unwrap(),
        )
        .await
        .unwrap_err();
    assert_eq!(e.codes(), [ApiErrorCode::InvalidInputParam]);
    assert!(!e.write_outcome_unknown());
    assert!(sb.linked_insurance(ids::BERLIN_BOOKING).is_none());
}

#[tokio::test]
async fn a_link_changes_the_quotation_as_the_app_showed_it_to_the_cent() {
    let sb = sandbox().await;
    let c = client(&sb);
    let id = booking(ids::LYON_BOOKING);
    let before = c.quotation_preview(&id).await.unwrap();
    let list = c.insurance_for_booking(&id).await.unwrap();
    let (option, price) = (&list.options[2], &list.options[2].prices[1]);
    let shown = with_option(&before, &compare_quotation(&before), option, price).unwrap();
    let leases_before = sb.contract_documents_now(ids::LYON_BOOKING);

    let outcome = c
        .link_insurance_and_read_back(
            &id,
            &InsuranceId::parse(&option.id).unwrap(),
            &PriceId::parse(price.id.as_deref().unwrap()).unwrap(),
        )
        .await;
    let LinkOutcome::Linked {
        answered,
        quotation,
    } = outcome
    else {
        panic!("{outcome:?}");
    };
    assert_eq!(answered, ids::LYON_BOOKING.to_uppercase());
    let after = quotation.expect("read again");
    assert!(
        check_linked(&shown, &after).is_empty(),
        "{:#?}",
        check_linked(&shown, &after)
    );
    assert!(shows_insurance(&after, &option.id));
    // The contract follows: new documents, and the lease names the cover.
    let leases_after = sb.contract_documents_now(ids::LYON_BOOKING);
    assert_ne!(leases_before[0].asset_id, leases_after[0].asset_id);
    let served = c.prefilled_documents(&id).await.unwrap();
    assert_eq!(
        served[0].asset_id.as_deref(),
        Some(leases_after[0].asset_id.as_str())
    );
    assert_eq!(sb.insurance_link_requests(), 1);
}

#[tokio::test]
async fn a_refused_link_says_why_in_plain_words_and_changes_nothing() {
    let sb = sandbox().await;
    let c = client(&sb);
    let (insurance, price) = choice(&c, ids::CHALETS_BOOKING, 0, 0).await;
    sb.set_insurance_fault(Some(InsuranceFault::RefuseLink));
    let outcome = c
        .link_insurance_and_read_back(&booking(ids::CHALETS_BOOKING), &insurance, &price)
        .await;
    let LinkOutcome::Refused(e) = outcome else {
        panic!("{outcome:?}");
    };
    assert_eq!(e.codes(), [ApiErrorCode::InvalidParamInsuranceId]);
    assert_eq!(
        e.to_string(),
        "The server does not accept this insurance option for this booking."
    );
    assert_eq!(e.exit_code(), 1);
    assert!(sb.linked_insurance(ids::CHALETS_BOOKING).is_none());
    let q = c
        .quotation_preview(&booking(ids::CHALETS_BOOKING))
        .await
        .unwrap();
    assert!(!shows_insurance(&q, &insurance.to_string()));
    // An option this booking is not offered: the same code, by the server's own rule.
    sb.set_insurance_fault(None);
    let (other, other_price) = choice(&c, ids::LYON_BOOKING, 0, 0).await;
    let e = c
        .link_insurance(&booking(ids::CHALETS_BOOKING), &other, &other_price)
        .await
        .unwrap_err();
    assert_eq!(e.codes(), [ApiErrorCode::InvalidParamInsuranceId]);
}

#[tokio::test]
async fn a_lost_answer_is_read_back_and_never_sent_again() {
    let sb = sandbox().await;
    let c = client(&sb);
    let (insurance, price) = choice(&c, ids::LYON_BOOKING, 0, 0).await;
    sb.set_insurance_fault(Some(InsuranceFault::LoseLinkAnswer));
    let outcome = c
        .link_insurance_and_read_back(&booking(ids::LYON_BOOKING), &insurance, &price)
        .await;
    let LinkOutcome::Unknown {
        error,
        read_back,
        linked,
    } = outcome
    else {
        panic!("{outcome:?}");
    };
    assert!(error.write_outcome_unknown(), "{error:?}");
    assert_eq!(linked, Some(true));
    assert!(shows_insurance(&read_back.unwrap(), &insurance.to_string()));
    assert_eq!(sb.insurance_link_requests(), 1, "sent once");
    assert!(sb.linked_insurance(ids::LYON_BOOKING).is_some());
}

#[tokio::test]
async fn linking_a_signed_booking_changes_it_and_it_stays_signed() {
    let sb = sandbox().await;
    let c = client(&sb);
    let id = booking(ids::BERLIN_BOOKING);
    let before = c.quotation_preview(&id).await.unwrap();
    assert_eq!(before.is_document_signed, Some(true));
    let (insurance, price) = choice(&c, ids::BERLIN_BOOKING, 1, 0).await;
    let outcome = c
        .link_insurance_and_read_back(&id, &insurance, &price)
        .await;
    let LinkOutcome::Linked { quotation, .. } = outcome else {
        panic!("{outcome:?}");
    };
    let after = quotation.unwrap();
    assert_eq!(
        after.is_document_signed,
        Some(true),
        "the server still says signed"
    );
    assert!(shows_insurance(&after, &insurance.to_string()));
    // 37,48 + 5,00 (round(8,90 ÷ 30, 2) × 14 days + 19 %).
    let net = after
        .pro_rata_subscription
        .unwrap()
        .net_amount
        .unwrap()
        .price;
    assert_eq!(net, Some(dec("42.48")));
}

#[tokio::test]
async fn the_property_list_uses_the_documented_path_or_the_slash() {
    let sb = sandbox().await;
    let c = client(&sb);
    let query = |size: &str, user: &str| PropertyInsuranceQuery {
        property: ids::LYON_PROPERTY.into(),
        storage: storedesk::sandbox::BOX_STORAGE_ID.into(),
        tax_user_type: user.into(),
        size: dec(size),
    };
    let every = c.insurance_for_property(&query("0", "1")).await.unwrap();
    assert_eq!(
        (every.path, every.list.options.len()),
        (SizePath::Documented, 4)
    );
    let fits = c.insurance_for_property(&query("6", "2")).await.unwrap();
    assert_eq!(fits.list.options.len(), 3);
    // Business customers: 10 % on 12,00.
    let p = &fits.list.options[2].prices[0];
    assert_eq!(p.tax.as_ref().unwrap().price, Some(dec("1.2")));

    sb.set_insurance_fault(Some(InsuranceFault::SlashBeforeSize));
    let slash = c.insurance_for_property(&query("0", "1")).await.unwrap();
    assert_eq!(slash.path, SizePath::WithSlash);
    assert_eq!(slash.list, every.list);

    sb.set_insurance_fault(None);
    let unknown = PropertyInsuranceQuery {
        property: "00000000-1111-4222-8333-444444444444".into(),
        ..query("0", "1")
    };
    let e = c.insurance_for_property(&unknown).await.unwrap_err();
    assert!(e.is_not_found(), "{e:?}");
    let e = c
        .insurance_for_property(&query("0", "99"))
        .await
        .unwrap_err();
    assert!(
        matches!(
            e,
            ApiError::Api {
                http_status: 400,
                ..
            }
        ),
        "{e:?}"
    );
}
