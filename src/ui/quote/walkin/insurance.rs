//! A walk-in column's insurance (issue 28): the property's options for the
//! column's size, the one staff chose, and the column's quote with it (our
//! figures, through the same comparison as the booking's insurance part).
//! Draws nothing.

use crate::api::ApiError;
use crate::api::insurance::{InsuranceList, PropertyInsurance, PropertyInsuranceQuery};
use crate::domain::insurance::side_by_side;
use crate::domain::walkin::{WalkinChoice, WalkinQuote};
use crate::worker::insurance::InsuranceCommand;
use crate::worker::{Command, RequestId};

use crate::ui::requests::Outbox;

/// A column's insurance.
#[derive(Debug, Clone, Default)]
pub struct SlotInsurance {
    pub pending: Option<RequestId>,
    pub list: Option<Result<InsuranceList, String>>,
    /// The chosen option's id.
    pub chosen: Option<String>,
    /// The column's quote with the chosen option, or why it cannot be had.
    pub with: Option<Result<WalkinQuote, String>>,
}

impl SlotInsurance {
    /// The quote the column shows: with the chosen option when it could be
    /// priced.
    pub fn quote<'a>(&'a self, plain: &'a WalkinQuote) -> &'a WalkinQuote {
        match &self.with {
            Some(Ok(insured)) => insured,
            _ => plain,
        }
    }
}

/// Asks for the property's options that fit the column's size (once the
/// column is quoted: its size is the quote's).
pub fn load(
    ins: &mut SlotInsurance,
    quote: Option<&WalkinQuote>,
    choice: &WalkinChoice,
    out: &mut Outbox,
) {
    let Some(quote) = quote else {
        return;
    };
    // 0 asks for every option of the property.
    let size = quote.summary.size_value.unwrap_or_default();
    let query = PropertyInsuranceQuery {
        property: choice.property_id.clone(),
        storage: choice.storage_id.clone(),
        tax_user_type: choice.user_type_id.clone(),
        size,
    };
    if let Some(req) = ins.pending.take() {
        out.send(Command::Cancel { req });
    }
    let req = out.next_id();
    ins.pending = Some(req);
    ins.list = None;
    out.send(Command::Insurance(InsuranceCommand::ForProperty {
        req,
        query,
    }));
}

/// The property's options arrived for this column.
pub fn on_options(
    ins: &mut SlotInsurance,
    quote: Option<&WalkinQuote>,
    result: Result<PropertyInsurance, ApiError>,
) {
    ins.pending = None;
    ins.list = Some(result.map(|p| p.list).map_err(|e| e.to_string()));
    reprice(ins, quote);
}

/// Staff chose an option for the column (or none).
pub fn choose(ins: &mut SlotInsurance, quote: Option<&WalkinQuote>, option: Option<String>) {
    ins.chosen = option;
    reprice(ins, quote);
}

/// The column's quote with its chosen option, again (after the choice, the
/// list or the column's quote changed).
pub fn reprice(ins: &mut SlotInsurance, quote: Option<&WalkinQuote>) {
    ins.with = None;
    let (Some(id), Some(Ok(list)), Some(quote)) = (&ins.chosen, &ins.list, quote) else {
        return;
    };
    let Some(option) = list.options.iter().find(|o| &o.id == id) else {
        return;
    };
    let side = side_by_side(&quote.quotation, &[(option, None)]);
    ins.with = side.options.into_iter().next().map(|priced| {
        priced
            .map(|insured| WalkinQuote::new(insured.quotation))
            .map_err(|problem| problem.message())
    });
}
