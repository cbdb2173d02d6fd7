//! The comparison table: one row per line item, one column per view, the
//! totals under them, each figure read with its checks.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::calc::{days_inclusive, eq_cents, period_text};
use super::checks::{PriceCheck, PriceParts, check_price_parts, check_summary_items, check_totals};
use super::ctx::Ctx;
use super::figure::{Place, figure_name, price};
use super::model::{
    Cell, CheckKind, CheckWarning, Field, Figure, LineKind, Row, Target, TotalKind, TotalRow, View,
    ViewColumn,
};
use super::source::Source;
use crate::api::models::{LineItem, Subscription, TransactItem};
use crate::i18n::{tr, tr_later, trf};

/// Cells by line (kind, index within the kind), one per view.
pub(super) type CellMap = HashMap<(LineKind, usize), [Option<Cell>; 3]>;
/// Row labels by line.
pub(super) type Labels = HashMap<(LineKind, usize), String>;
/// The totals, indexed by `TotalKind::ALL` position, then by view.
pub(super) type TotalCells = [[Option<Figure>; 3]; 5];

/// The line items of a view, in row order, with their index within the kind.
pub(super) fn line_items(s: &Subscription) -> Vec<(LineKind, usize, &LineItem)> {
    let mut out = Vec::new();
    out.extend(s.rent.as_ref().map(|i| (LineKind::Rent, 0, i)));
    out.extend(s.discount.as_ref().map(|i| (LineKind::Discount, 0, i)));
    for (kind, list) in [
        (LineKind::Insurance, &s.insurance),
        (LineKind::Service, &s.service),
        (LineKind::Merchandise, &s.merchandise),
    ] {
        out.extend(list.iter().enumerate().map(|(i, item)| (kind, i, item)));
    }
    out.extend(s.admin_fee.as_ref().map(|i| (LineKind::AdminFee, 0, i)));
    out.extend(
        s.security_deposit
            .as_ref()
            .map(|i| (LineKind::SecurityDeposit, 0, i)),
    );
    out
}

/// `transactData` items paired with line items of the same kind, in order,
/// when both have the same number of that kind (otherwise the pairing would
/// be a guess).
fn pair_summary(s: &Subscription) -> HashMap<(LineKind, usize), &TransactItem> {
    let mut by_kind: HashMap<LineKind, Vec<&TransactItem>> = HashMap::new();
    for t in &s.transact_data {
        if let Some(kind) = t.category.as_deref().and_then(LineKind::from_category) {
            by_kind.entry(kind).or_default().push(t);
        }
    }
    let lines = line_items(s);
    let mut out = HashMap::new();
    for (kind, items) in by_kind {
        let count = lines.iter().filter(|(k, ..)| *k == kind).count();
        if count == items.len() {
            for (i, t) in items.into_iter().enumerate() {
                out.insert((kind, i), t);
            }
        }
    }
    out
}

/// A column heading: the view's dates and days.
pub(super) fn column(view: View, s: &Subscription) -> ViewColumn {
    let start = s.start_date.as_ref().and_then(|d| d.date);
    let end = s.end_date.as_ref().and_then(|d| d.date);
    let period = period_text(start, end).or_else(|| {
        let a = s.start_date.as_ref().and_then(|d| d.display());
        let b = s.end_date.as_ref().and_then(|d| d.display());
        match (a, b) {
            (Some(a), Some(b)) => Some(trf("start-to-end", &[("start", &a), ("end", &b)])),
            (a, b) => a.or(b),
        }
    });
    ViewColumn {
        view,
        label: view.label().to_owned(),
        start,
        end,
        period,
        days: start.zip(end).and_then(|(a, b)| days_inclusive(a, b)),
    }
}

fn quantity_text(item: &LineItem) -> Option<String> {
    let q = item.quantity.as_ref()?;
    let count = q.count?.normalize().to_string();
    Some(
        match q.uom.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
            Some(u) => format!("{count} {u}"),
            None => count,
        },
    )
}

/// Row labels: "Insurance" or "Insurance 1", "Insurance 2" when a view has
/// several.
pub(super) fn row_labels(src: &Source) -> Labels {
    let mut counts: HashMap<LineKind, usize> = HashMap::new();
    for s in src.views.iter().flatten() {
        let lines = line_items(s);
        for kind in LineKind::ALL {
            let n = lines.iter().filter(|(k, ..)| *k == kind).count();
            let c = counts.entry(kind).or_default();
            *c = (*c).max(n);
        }
    }
    let mut out = HashMap::new();
    for kind in LineKind::ALL {
        let n = counts.get(&kind).copied().unwrap_or(0);
        for i in 0..n {
            let label = if n > 1 {
                format!("{} {}", kind.label(), i + 1)
            } else {
                kind.label().to_owned()
            };
            out.insert((kind, i), label);
        }
    }
    out
}

/// One line item of one view, named and located for its warnings.
struct Line<'a> {
    view: View,
    kind: LineKind,
    index: usize,
    item: &'a LineItem,
    /// "Prorated · Rent".
    what: String,
}

impl Line<'_> {
    fn target(&self, field: Field) -> Option<Target> {
        Some(Target::Line {
            view: self.view,
            kind: self.kind,
            index: self.index,
            field,
        })
    }

    /// "Prorated · Rent · taxable".
    fn name(&self, field: Field) -> String {
        format!("{} · {}", self.what, field.label())
    }
}

/// One view: its cells (with the line checks), its totals (with the sum
/// checks) and its `transactData` checks.
pub(super) fn build_view(
    ctx: &mut Ctx,
    view: View,
    s: &Subscription,
    labels: &Labels,
    cells: &mut CellMap,
    totals: &mut TotalCells,
) {
    let summary = pair_summary(s);
    let lines = line_items(s);
    for &(kind, index, item) in &lines {
        let label = labels
            .get(&(kind, index))
            .cloned()
            .unwrap_or_else(|| kind.label().to_owned());
        let line = Line {
            view,
            kind,
            index,
            item,
            what: format!("{} · {label}", view.label()),
        };
        let cell = line_cell(ctx, &line);
        let paired = summary.get(&(kind, index)).copied();
        check_line(ctx, &line, paired);
        if let Some(t) = paired {
            check_against_summary(ctx, &line, t);
        }
        cells.entry((kind, index)).or_default()[view.index()] = Some(cell);
    }
    let view_totals = read_totals(ctx, view, s);
    for (i, figure) in view_totals.into_iter().enumerate() {
        totals[i][view.index()] = figure;
    }
    check_totals(ctx, view, s, &lines);
    check_summary_items(ctx, view, s);
}

/// A line's cell, each figure checked against its own text.
fn line_cell(ctx: &mut Ctx, line: &Line) -> Cell {
    let v = Some(line.view);
    let item = line.item;
    let mut money = |m: Option<&_>, field: Field| {
        let name = line.name(field);
        ctx.figure(
            m,
            Place {
                view: v,
                name: &name,
                target: line.target(field),
            },
        )
    };
    let taxable = money(item.taxable_price.as_ref(), Field::Taxable);
    let tax = money(item.tax_price.as_ref(), Field::Tax);
    let payable = money(item.payable_price.as_ref(), Field::Payable);
    let rate_name = line.name(Field::TaxRate);
    let tax_rate = ctx.rate(
        item.tax_percentage.as_ref(),
        Place {
            view: v,
            name: &rate_name,
            target: line.target(Field::TaxRate),
        },
    );
    Cell {
        taxable,
        tax,
        payable,
        tax_rate,
        period: item.period.clone().filter(|p| !p.trim().is_empty()),
        quantity: quantity_text(item),
        description: Some(item.label()).filter(|l| !l.is_empty()),
    }
}

/// The line's tax and payable against its taxable amount and rate (the
/// summary's rate when the line has none).
fn check_line(ctx: &mut Ctx, line: &Line, paired: Option<&TransactItem>) {
    let item = line.item;
    let rate = item
        .tax_percentage
        .as_ref()
        .and_then(|p| p.percentage)
        .or_else(|| paired.and_then(|t| t.tax_percentage.as_ref()?.percentage));
    let parts = PriceParts::of(
        [&item.taxable_price, &item.tax_price, &item.payable_price],
        rate,
    );
    check_price_parts(
        ctx,
        &PriceCheck {
            view: Some(line.view),
            what: &line.what,
            parts,
            other_tax: paired
                .and_then(|t| price(&t.tax_amount))
                .map(|x| (tr_later("the-transaction-summary"), x)),
            tax_target: line.target(Field::Tax),
            payable_target: line.target(Field::Payable),
        },
    );
}

/// The line against its `transactData` item: taxable, tax and net.
fn check_against_summary(ctx: &mut Ctx, line: &Line, t: &TransactItem) {
    let item = line.item;
    let pairs: [(Field, Option<Decimal>, Option<Decimal>, &str); 3] = [
        (
            Field::Taxable,
            price(&item.taxable_price),
            price(&t.taxable_amount),
            "taxableAmount",
        ),
        (
            Field::Tax,
            price(&item.tax_price),
            price(&t.tax_amount),
            "taxAmount",
        ),
        (
            Field::Payable,
            price(&item.payable_price),
            price(&t.net_amount),
            "netAmount",
        ),
    ];
    for (field, line_value, summary_value, key) in pairs {
        let (Some(a), Some(b)) = (line_value, summary_value) else {
            continue;
        };
        if eq_cents(a, b) {
            continue;
        }
        let message = trf(
            "the-line-item-says-line-the-transaction-summary",
            &[
                ("line", &ctx.money(a)),
                ("key", &key),
                ("summary", &ctx.money(b)),
            ],
        );
        ctx.warn(CheckWarning {
            view: Some(line.view),
            kind: CheckKind::Summary,
            figure: line.name(field),
            expected: Some(b),
            found: Some(a),
            message,
            target: line.target(field),
        });
    }
}

/// The view's five totals, each checked against its own text.
fn read_totals(ctx: &mut Ctx, view: View, s: &Subscription) -> [Option<Figure>; 5] {
    let v = Some(view);
    let raw = [
        &s.non_taxable_amount,
        &s.taxable_amount,
        &s.tax_amount,
        &s.net_amount,
        &s.gross_amount,
    ];
    let mut out: [Option<Figure>; 5] = Default::default();
    for (i, kind) in TotalKind::ALL.into_iter().enumerate() {
        let name = figure_name(v, tr("total"), kind.label());
        out[i] = ctx.figure(
            raw[i].as_ref(),
            Place {
                view: v,
                name: &name,
                target: Some(Target::Total { view, kind }),
            },
        );
    }
    out
}

/// The rows in order: by kind, then by index within the kind.
pub(super) fn rows(labels: &Labels, mut cells: CellMap) -> Vec<Row> {
    let mut rows = Vec::new();
    for kind in LineKind::ALL {
        let mut index = 0;
        while let Some(label) = labels.get(&(kind, index)) {
            let row_cells = cells.remove(&(kind, index)).unwrap_or_default();
            let detail = row_cells
                .iter()
                .flatten()
                .find_map(|c| c.description.clone());
            rows.push(Row {
                kind,
                index,
                label: label.clone(),
                detail,
                cells: row_cells,
            });
            index += 1;
        }
    }
    rows
}

/// The total rows that some view has.
pub(super) fn total_rows(totals: TotalCells) -> Vec<TotalRow> {
    TotalKind::ALL
        .into_iter()
        .zip(totals)
        .filter(|(_, cells)| cells.iter().any(Option::is_some))
        .map(|(kind, cells)| TotalRow {
            kind,
            label: kind.label().to_owned(),
            cells,
        })
        .collect()
}
