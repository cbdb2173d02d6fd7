//! The builder: from the API's views to the [`Comparison`], running each
//! room in turn (table, space price, proration, discount rule, projection)
//! and marking the figures the checks dispute.

use super::ctx::Ctx;
use super::model::{Comparison, Field, Target, View};
use super::source::{Source, locale_for};
use super::space_price::space_price;
use super::table::{CellMap, TotalCells, build_view, column, row_labels, rows, total_rows};
use super::{discount_rule, projection, proration};
use crate::i18n::tr;

pub(super) fn build(src: &Source) -> Comparison {
    let mut ctx = Ctx::new(locale_for(src.property));
    let labels = row_labels(src);
    let mut cells = CellMap::new();
    let mut totals = TotalCells::default();
    for view in View::ALL {
        if let Some(s) = src.view(view) {
            build_view(&mut ctx, view, s, &labels, &mut cells, &mut totals);
        }
    }
    let columns = View::ALL.map(|v| src.view(v).map(|s| column(v, s)));
    if columns.iter().all(Option::is_none) {
        ctx.notes
            .push(tr("the-response-has-no-subscription-view-to-compare").to_owned());
    }
    let rows = rows(&labels, cells);
    let totals = total_rows(totals);

    let space_price = space_price(&mut ctx, src);
    let cadence = projection::cadence(src);
    let proration = proration::explain(&mut ctx, src, cadence.cadence);
    discount_rule::check_discount_rule(&mut ctx, src, proration.as_ref());
    let discount = projection::discount_summary(&ctx, src);
    let projection = projection::project(&ctx, src, cadence, discount.as_ref(), proration.as_ref());

    let mut comparison = Comparison {
        heading: src.heading.clone(),
        locale: ctx.locale,
        columns,
        rows,
        totals,
        space_price,
        proration,
        discount,
        warnings: ctx.warnings,
        notes: ctx.notes,
        projection,
    };
    apply_flags(&mut comparison);
    comparison
}

/// Sets [`Figure::flagged`] / [`Rate::flagged`] on every figure a warning
/// targets.
fn apply_flags(c: &mut Comparison) {
    let targets: Vec<Target> = c.warnings.iter().filter_map(|w| w.target).collect();
    for t in targets {
        match t {
            Target::Line {
                view,
                kind,
                index,
                field,
            } => {
                let Some(cell) = c
                    .rows
                    .iter_mut()
                    .find(|r| r.kind == kind && r.index == index)
                    .and_then(|r| r.cells[view.index()].as_mut())
                else {
                    continue;
                };
                match field {
                    Field::Taxable => cell.taxable.iter_mut().for_each(|f| f.flagged = true),
                    Field::Tax => cell.tax.iter_mut().for_each(|f| f.flagged = true),
                    Field::Payable => cell.payable.iter_mut().for_each(|f| f.flagged = true),
                    Field::TaxRate => cell.tax_rate.iter_mut().for_each(|f| f.flagged = true),
                }
            }
            Target::Total { view, kind } => {
                if let Some(f) = c
                    .totals
                    .iter_mut()
                    .find(|r| r.kind == kind)
                    .and_then(|r| r.cells[view.index()].as_mut())
                {
                    f.flagged = true;
                }
            }
            Target::SpacePrice { discounted, field } => {
                if let Some(sp) = c.space_price.as_mut() {
                    let prices = if discounted {
                        &mut sp.discounted
                    } else {
                        &mut sp.standard
                    };
                    let f = match field {
                        Field::Taxable => prices.taxable.as_mut(),
                        Field::Tax => prices.tax.as_mut(),
                        Field::Payable => prices.payable.as_mut(),
                        Field::TaxRate => None,
                    };
                    if let Some(f) = f {
                        f.flagged = true;
                    }
                }
            }
        }
    }
}
