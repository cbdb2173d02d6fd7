use crate::api::models::Quotation;
pub struct QuoteSummary;
pub struct SummaryRow;
pub fn summarize(_q: &Quotation) -> QuoteSummary { QuoteSummary }
pub fn summary_rows(_s: &[QuoteSummary]) -> Vec<SummaryRow> { vec![] }
