//! The comparison as plain text (clipboard) and as CSV (a file).

use std::fmt::Write as _;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::calc::period_text;
use super::model::{Comparison, Field, Figure, View};
use crate::domain::money::plain_amount;
use crate::i18n::{tr, trf};

const MISSING: &str = "—";

/// A figure as shown, with " !" when a check disputes it.
fn shown(f: Option<&Figure>) -> String {
    match f {
        Some(f) if f.flagged => format!("{} !", f.shown),
        Some(f) => f.shown.clone(),
        None => MISSING.into(),
    }
}

/// Left-aligned first columns, right-aligned amounts, two spaces apart.
fn table(rows: &[Vec<String>], text_columns: usize) -> String {
    let n = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths = vec![0; n];
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                line.push_str("  ");
            }
            let pad = widths[i].saturating_sub(cell.chars().count());
            if i < text_columns {
                line.push_str(cell);
                line.push_str(&" ".repeat(pad));
            } else {
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The whole comparison as aligned plain text, for the clipboard.
pub fn comparison_text(c: &Comparison) -> String {
    let mut out = String::new();
    let heading = if c.heading.is_empty() {
        tr("quote-comparison")
    } else {
        c.heading.as_str()
    };
    let _ = writeln!(out, "{heading}\n");
    let sections: [fn(&mut String, &Comparison); 6] = [
        write_views,
        write_space_price,
        write_proration,
        write_discount,
        write_projection,
        write_warnings_and_notes,
    ];
    for write in sections {
        write(&mut out, c);
    }
    out
}

/// The views side by side: the period, each line's parts, the totals.
fn write_views(out: &mut String, c: &Comparison) {
    let views: Vec<View> = View::ALL
        .into_iter()
        .filter(|v| c.columns[v.index()].is_some())
        .collect();
    if views.is_empty() {
        return;
    }
    let mut rows = vec![{
        let mut r = vec![String::new(), String::new()];
        r.extend(views.iter().map(|v| v.label().to_owned()));
        r
    }];
    let mut period = vec![tr("period").to_owned(), String::new()];
    period.extend(views.iter().map(|v| {
        c.columns[v.index()]
            .as_ref()
            .and_then(|col| col.period.clone())
            .unwrap_or_else(|| MISSING.into())
    }));
    rows.push(period);
    for row in &c.rows {
        for (i, field) in [Field::Taxable, Field::TaxRate, Field::Tax, Field::Payable]
            .into_iter()
            .enumerate()
        {
            let mut r = vec![
                if i == 0 {
                    row.label.clone()
                } else {
                    String::new()
                },
                field.label().to_owned(),
            ];
            r.extend(views.iter().map(|v| {
                let cell = row.cells[v.index()].as_ref();
                match field {
                    Field::TaxRate => match cell.and_then(|c| c.tax_rate.as_ref()) {
                        Some(rate) if rate.flagged => format!("{} !", rate.shown),
                        Some(rate) => rate.shown.clone(),
                        None => MISSING.into(),
                    },
                    _ => shown(cell.and_then(|c| c.get(field))),
                }
            }));
            rows.push(r);
        }
    }
    for (i, total) in c.totals.iter().enumerate() {
        let mut r = vec![
            if i == 0 {
                tr("total").to_owned()
            } else {
                String::new()
            },
            total.label.clone(),
        ];
        r.extend(views.iter().map(|v| shown(total.cells[v.index()].as_ref())));
        rows.push(r);
    }
    out.push_str(&table(&rows, 2));
    let _ = writeln!(out, "{}", tr("disputed-by-a-check-see-warnings"));
}

fn write_space_price(out: &mut String, c: &Comparison) {
    let Some(sp) = &c.space_price else { return };
    let _ = writeln!(out, "\n{}", tr("space-price-per-cycle"));
    let mut rows = vec![vec![
        String::new(),
        Field::Taxable.label().into(),
        Field::Tax.label().into(),
        Field::Payable.label().into(),
    ]];
    for (label, p) in [
        (tr("standard-title"), &sp.standard),
        (tr("discounted-title"), &sp.discounted),
        (tr("saving"), &sp.saving),
    ] {
        rows.push(vec![
            label.into(),
            shown(p.taxable.as_ref()),
            shown(p.tax.as_ref()),
            shown(p.payable.as_ref()),
        ]);
    }
    out.push_str(&table(&rows, 1));
    let _ = writeln!(out, "{}", sp.text);
}

fn write_proration(out: &mut String, c: &Comparison) {
    let Some(p) = &c.proration else { return };
    let _ = writeln!(out, "\n{}\n{}", tr("first-period"), p.text);
    if let Some(d) = &p.discount_text {
        let _ = writeln!(out, "{d}");
    }
    for n in &p.notes {
        let _ = writeln!(out, "- {n}");
    }
}

fn write_discount(out: &mut String, c: &Comparison) {
    let Some(d) = &c.discount else { return };
    let line = match d.name.as_deref() {
        Some(n) => trf(
            "discount-name-value-duration",
            &[("name", &n), ("value", &d.value), ("duration", &d.duration)],
        ),
        None => trf(
            "discount-value-duration",
            &[("value", &d.value), ("duration", &d.duration)],
        ),
    };
    let _ = writeln!(out, "\n{line}");
}

/// The cycles, the two totals, then the projection's notes.
fn write_projection(out: &mut String, c: &Comparison) {
    let p = &c.projection;
    if !p.cycles.is_empty() {
        let _ = writeln!(
            out,
            "\n{}{}",
            tr("projection"),
            p.cadence_label
                .as_deref()
                .map(|l| format!(" · {l}"))
                .unwrap_or_default()
        );
        let mut rows = vec![vec![
            String::new(),
            tr("period").into(),
            tr("payment").into(),
            tr("without-discount").into(),
            String::new(),
        ]];
        for r in &p.cycles {
            rows.push(vec![
                r.label.clone(),
                period_text(r.start, r.end).unwrap_or_else(|| MISSING.into()),
                shown(r.with_discount.as_ref()),
                shown(r.without_discount.as_ref()),
                if r.discounted {
                    tr("discounted").into()
                } else {
                    String::new()
                },
            ]);
        }
        rows.push(vec![
            tr("total-of-the-table").into(),
            String::new(),
            shown(p.total_cycles_with.as_ref()),
            shown(p.total_cycles_without.as_ref()),
            String::new(),
        ]);
        rows.push(vec![
            p.twelve_month_label(),
            p.twelve_month_period(),
            shown(p.total_12_months_with.as_ref()),
            shown(p.total_12_months_without.as_ref()),
            String::new(),
        ]);
        out.push_str(&table(&rows, 2));
    }
    for n in &p.notes {
        let _ = writeln!(out, "- {n}");
    }
}

fn write_warnings_and_notes(out: &mut String, c: &Comparison) {
    if !c.warnings.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            trf("warnings-count", &[("count", &c.warnings.len())])
        );
        for w in &c.warnings {
            let _ = writeln!(out, "! {}", w.line());
        }
    }
    if !c.notes.is_empty() {
        let _ = writeln!(out, "\n{}", tr("notes"));
        for n in &c.notes {
            let _ = writeln!(out, "- {n}");
        }
    }
}

/// One CSV field: quoted when it holds a comma, a quote or a line break.
/// Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a
/// leading apostrophe; amounts are written with [`plain_amount`] and never
/// pass through here with that guard.
fn text_field(s: &str) -> String {
    let guarded = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    quote(&guarded)
}

fn quote(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

fn iso(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

type Dates = (Option<NaiveDate>, Option<NaiveDate>);

const NO_DATES: Dates = (None, None);

/// One CSV row, by column name.
#[derive(Default, Clone, Copy)]
struct CsvRow<'a> {
    section: &'a str,
    view: &'a str,
    item: &'a str,
    figure: &'a str,
    amount: Option<Decimal>,
    expected: Option<Decimal>,
    /// `None`: the comparison's currency.
    unit: Option<&'a str>,
    dates: Dates,
    note: &'a str,
}

struct Csv {
    out: String,
    currency: String,
}

impl Csv {
    fn row(&mut self, r: CsvRow) {
        let unit = r.unit.map_or_else(|| self.currency.clone(), str::to_owned);
        // Day counts are whole numbers; everything else is money or a rate.
        let number = |d: Decimal| {
            if unit == "days" {
                d.normalize().to_string()
            } else {
                plain_amount(d)
            }
        };
        let fields = [
            text_field(r.section),
            text_field(r.view),
            text_field(r.item),
            text_field(r.figure),
            r.amount.map(number).unwrap_or_default(),
            r.expected.map(number).unwrap_or_default(),
            text_field(&unit),
            iso(r.dates.0),
            iso(r.dates.1),
            text_field(r.note),
        ];
        self.out.push_str(&fields.join(","));
        self.out.push_str("\r\n");
    }

    /// A remark row: only the section and the note.
    fn note(&mut self, section: &str, note: &str) {
        self.row(CsvRow {
            section,
            unit: Some(""),
            note,
            ..CsvRow::default()
        });
    }
}

fn disputed(flagged: bool) -> &'static str {
    if flagged { "disputed by a check" } else { "" }
}

/// The comparison as CSV (RFC 4180, CRLF line ends), one value per row:
/// `section,view,item,figure,amount,expected,currency,from,to,note`.
///
/// Amounts are plain decimals with a dot and two decimals ("-3.90") and the
/// currency code is its own column, so spreadsheets read numbers; dates are
/// ISO (YYYY-MM-DD); rates have "%" as their unit, day counts "days".
pub fn comparison_csv(c: &Comparison) -> String {
    let mut csv = Csv {
        out: "section,view,item,figure,amount,expected,currency,from,to,note\r\n".into(),
        currency: c.locale.currency.clone(),
    };
    let sections: [fn(&mut Csv, &Comparison); 7] = [
        csv_lines,
        csv_totals,
        csv_space_price,
        csv_proration,
        csv_projection,
        csv_warnings,
        csv_notes,
    ];
    for write in sections {
        write(&mut csv, c);
    }
    csv.out
}

/// A view's dates, from its column.
fn view_dates(c: &Comparison, view: View) -> Dates {
    c.columns[view.index()]
        .as_ref()
        .map_or(NO_DATES, |col| (col.start, col.end))
}

fn csv_lines(csv: &mut Csv, c: &Comparison) {
    for row in &c.rows {
        for view in View::ALL {
            let Some(cell) = row.cells[view.index()].as_ref() else {
                continue;
            };
            let line = CsvRow {
                section: "line",
                view: view.label(),
                item: &row.label,
                dates: view_dates(c, view),
                ..CsvRow::default()
            };
            for field in [Field::Taxable, Field::Tax, Field::Payable] {
                if let Some(f) = cell.get(field) {
                    csv.row(CsvRow {
                        figure: field.label(),
                        amount: Some(f.value),
                        note: disputed(f.flagged),
                        ..line
                    });
                }
            }
            if let Some(rate) = &cell.tax_rate {
                csv.row(CsvRow {
                    figure: Field::TaxRate.label(),
                    amount: Some(rate.value),
                    unit: Some("%"),
                    note: disputed(rate.flagged),
                    ..line
                });
            }
        }
    }
}

fn csv_totals(csv: &mut Csv, c: &Comparison) {
    for total in &c.totals {
        for view in View::ALL {
            if let Some(f) = total.cells[view.index()].as_ref() {
                csv.row(CsvRow {
                    section: "total",
                    view: view.label(),
                    item: "Total",
                    figure: &total.label,
                    amount: Some(f.value),
                    dates: view_dates(c, view),
                    note: disputed(f.flagged),
                    ..CsvRow::default()
                });
            }
        }
    }
}

fn csv_space_price(csv: &mut Csv, c: &Comparison) {
    let Some(sp) = &c.space_price else { return };
    for (item, p) in [
        ("standard", &sp.standard),
        ("discounted", &sp.discounted),
        ("saving", &sp.saving),
    ] {
        for field in [Field::Taxable, Field::Tax, Field::Payable] {
            if let Some(f) = p.get(field) {
                csv.row(CsvRow {
                    section: "space price",
                    item,
                    figure: field.label(),
                    amount: Some(f.value),
                    note: disputed(f.flagged),
                    ..CsvRow::default()
                });
            }
        }
    }
}

fn csv_proration(csv: &mut Csv, c: &Comparison) {
    let Some(p) = &c.proration else { return };
    let rent = CsvRow {
        section: "proration",
        view: View::ProRata.label(),
        item: "Rent",
        dates: (p.start, p.end),
        ..CsvRow::default()
    };
    let figures: [(&str, Option<Decimal>, Option<&str>); 6] = [
        ("monthly rent", p.monthly.as_ref().map(|f| f.value), None),
        ("divisor", p.divisor.map(Decimal::from), Some("days")),
        ("daily rate", p.daily_rate, None),
        ("days", p.days.map(Decimal::from), Some("days")),
        ("computed", p.computed, None),
        ("API figure", p.api_figure.as_ref().map(|f| f.value), None),
    ];
    for (figure, amount, unit) in figures {
        if amount.is_some() {
            csv.row(CsvRow {
                figure,
                amount,
                unit,
                ..rent
            });
        }
    }
    csv.row(CsvRow {
        figure: "explanation",
        unit: Some(""),
        note: &p.text,
        ..rent
    });
}

fn csv_projection(csv: &mut Csv, c: &Comparison) {
    let proj = &c.projection;
    for r in &proj.cycles {
        let note = match (r.prorated, r.discounted) {
            (true, true) => "prorated, discounted",
            (true, false) => "prorated",
            (false, true) => "discounted",
            (false, false) => "",
        };
        let plain = if r.prorated { "prorated" } else { "" };
        for (figure, f, note) in [
            ("payment", &r.with_discount, note),
            ("without discount", &r.without_discount, plain),
        ] {
            if let Some(f) = f {
                csv.row(CsvRow {
                    section: "projection",
                    item: &r.label,
                    figure,
                    amount: Some(f.value),
                    dates: (r.start, r.end),
                    note,
                    ..CsvRow::default()
                });
            }
        }
    }
    let window = proj
        .twelve_months
        .map_or(NO_DATES, |(a, b)| (Some(a), Some(b)));
    for (item, with, without, dates) in [
        (
            "table total".to_owned(),
            &proj.total_cycles_with,
            &proj.total_cycles_without,
            NO_DATES,
        ),
        (
            format!("12-month total ({} payments)", proj.payments_in_12_months),
            &proj.total_12_months_with,
            &proj.total_12_months_without,
            window,
        ),
    ] {
        for (figure, f) in [("payment", with), ("without discount", without)] {
            if let Some(f) = f {
                csv.row(CsvRow {
                    section: "projection total",
                    item: &item,
                    figure,
                    amount: Some(f.value),
                    dates,
                    ..CsvRow::default()
                });
            }
        }
    }
    for n in &proj.notes {
        csv.note("projection note", n);
    }
}

fn csv_warnings(csv: &mut Csv, c: &Comparison) {
    for w in &c.warnings {
        let unit = if w.figure.ends_with("tax rate") || w.figure.ends_with("percentage") {
            Some("%")
        } else if w.figure.ends_with("days") {
            Some("days")
        } else {
            None
        };
        csv.row(CsvRow {
            section: "warning",
            view: w.view.map(View::label).unwrap_or(""),
            item: &w.figure,
            figure: w.kind.label(),
            amount: w.found,
            expected: w.expected,
            unit,
            note: &w.message,
            ..CsvRow::default()
        });
    }
}

fn csv_notes(csv: &mut Csv, c: &Comparison) {
    for n in &c.notes {
        csv.note("note", n);
    }
}
