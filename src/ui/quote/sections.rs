//! The quote comparison's read-only sections, drawn from a [`Comparison`]:
//! the three views with the checks' doubts marked, the first payment
//! explained, standard vs discounted, the discount's duration, the next 12
//! cycles (a chart and its table) and the checks.

use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;

use crate::domain::quote::{
    CheckWarning, Comparison, Field, Figure, ProrationKind, Target, TotalKind, View,
};
use crate::i18n::{tr, trf};

use crate::ui::widgets;

pub(super) fn section_title(ui: &mut egui::Ui, title: &str) {
    ui.add_space(10.0);
    ui.label(egui::RichText::new(title).strong().size(16.0));
    ui.add_space(2.0);
}

fn date_text(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

pub(super) fn period_text(start: Option<NaiveDate>, end: Option<NaiveDate>) -> String {
    match (start, end) {
        (Some(a), Some(b)) => format!("{} – {}", date_text(a), date_text(b)),
        (Some(a), None) => trf("from-date", &[("date", &date_text(a))]),
        (None, Some(b)) => trf("until-date", &[("date", &date_text(b))]),
        (None, None) => String::new(),
    }
}

/// The heading of a view's column.
fn view_title(view: View, c: &Comparison) -> &'static str {
    match view {
        View::Preview => tr("preview"),
        View::Billing => tr("full-cycle"),
        View::ProRata => match c.proration.as_ref().map(|p| p.kind) {
            Some(ProrationKind::FullCycle) => tr("first-period"),
            _ => tr("prorated-first-period"),
        },
    }
}

fn view_description(view: View) -> &'static str {
    match view {
        View::Preview => tr("live-preview-of-the-booking-subscription"),
        View::Billing => tr("one-complete-billing-cycle-billingsubscription"),
        View::ProRata => tr("first-period-from-move-in-to-the-end"),
    }
}

fn field_title(field: Field) -> &'static str {
    match field {
        Field::Taxable => tr("taxable"),
        Field::Tax => tr("tax"),
        Field::Payable => tr("payable"),
        Field::TaxRate => tr("tax-rate"),
    }
}

fn total_title(kind: TotalKind) -> &'static str {
    match kind {
        TotalKind::NonTaxable => tr("non-taxable"),
        TotalKind::Taxable => tr("taxable"),
        TotalKind::Tax => tr("tax"),
        TotalKind::Net => tr("net-to-pay"),
        TotalKind::Gross => tr("gross"),
    }
}

/// An amount right-aligned in its cell; a disputed one in the warning colour
/// with " !" and the checks' messages as its tooltip.
fn amount_cell(
    ui: &mut egui::Ui,
    shown: Option<&str>,
    flagged: bool,
    why: &[&CheckWarning],
    strong: bool,
) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        let Some(shown) = shown else {
            ui.label(egui::RichText::new("—").weak());
            return;
        };
        if flagged {
            let warn = ui.visuals().warn_fg_color;
            let r = ui.label(
                egui::RichText::new(format!("{shown} !"))
                    .color(warn)
                    .strong(),
            );
            if why.is_empty() {
                r.on_hover_text(tr("a-check-disagrees-with-this-figure-see-checks"));
            } else {
                r.on_hover_ui(|ui| {
                    ui.set_max_width(420.0);
                    ui.label(egui::RichText::new(tr("our-check-disagrees")).strong());
                    for w in why {
                        ui.label(format!("• {}", w.message));
                    }
                });
            }
        } else {
            let text = egui::RichText::new(shown);
            ui.label(if strong { text.strong() } else { text });
        }
    });
}

/// [`amount_cell`] in a fixed width (for grids, whose last column would
/// otherwise take the rest of the line).
fn fixed_amount(
    ui: &mut egui::Ui,
    width: f32,
    shown: Option<&str>,
    flagged: bool,
    why: &[&CheckWarning],
    strong: bool,
) {
    let height = ui.spacing().interact_size.y;
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::right_to_left(egui::Align::Center),
        |ui| {
            ui.set_min_width(width);
            amount_cell(ui, shown, flagged, why, strong);
        },
    );
}

/// Rows are line items × (taxable, tax rate, tax, payable), then the totals;
/// columns are the views the response has. On a narrow window the table
/// scrolls sideways in its own area instead of running off the screen.
pub(super) fn comparison_table(ui: &mut egui::Ui, c: &Comparison) {
    egui::ScrollArea::horizontal()
        .id_salt("quote_comparison_hscroll")
        .show(ui, |ui| comparison_table_columns(ui, c));
}

fn comparison_table_columns(ui: &mut egui::Ui, c: &Comparison) {
    let views: Vec<View> = View::ALL
        .into_iter()
        .filter(|v| c.columns[v.index()].is_some())
        .collect();
    if views.is_empty() {
        ui.label(egui::RichText::new(tr("the-response-has-no-prices-to-compare")).weak());
        return;
    }
    let label_w = 180.0;
    let field_w = 80.0;
    let spacing = ui.spacing().item_spacing.x;
    let avail = ui.available_width() - label_w - field_w - spacing * (views.len() as f32 + 2.0);
    let view_w = (avail / views.len() as f32).clamp(110.0, 220.0);

    let mut table = egui_extras::TableBuilder::new(ui)
        .id_salt("quote_comparison_table")
        .striped(true)
        .vscroll(false)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(egui_extras::Column::exact(label_w))
        .column(egui_extras::Column::exact(field_w));
    for _ in &views {
        table = table.column(egui_extras::Column::exact(view_w));
    }
    table
        .header(40.0, |mut header| {
            header.col(|_| {});
            header.col(|_| {});
            for v in &views {
                header.col(|ui| {
                    ui.with_layout(egui::Layout::top_down(egui::Align::Max), |ui| {
                        ui.label(egui::RichText::new(view_title(*v, c)).strong())
                            .on_hover_text(view_description(*v));
                        if let Some(p) = c.columns[v.index()].as_ref().and_then(|col| {
                            let t = period_text(col.start, col.end);
                            if t.is_empty() {
                                col.period.clone()
                            } else {
                                Some(t)
                            }
                        }) {
                            ui.label(egui::RichText::new(p).small().weak());
                        }
                    });
                });
            }
        })
        .body(|mut body| {
            for row in &c.rows {
                for (i, field) in [Field::Taxable, Field::TaxRate, Field::Tax, Field::Payable]
                    .into_iter()
                    .enumerate()
                {
                    body.row(20.0, |mut r| {
                        r.set_overline(i == 0);
                        r.col(|ui| {
                            if i == 0 {
                                let label = ui.label(egui::RichText::new(&row.label).strong());
                                let mut tip: Vec<String> = row.detail.iter().cloned().collect();
                                for v in &views {
                                    if let Some(q) = row.cells[v.index()]
                                        .as_ref()
                                        .and_then(|cell| cell.quantity.as_deref())
                                    {
                                        tip.push(trf(
                                            "label-value",
                                            &[("label", &view_title(*v, c)), ("value", &q)],
                                        ));
                                    }
                                }
                                if !tip.is_empty() {
                                    label.on_hover_text(tip.join("\n"));
                                }
                            } else if i == 1
                                && let Some(d) = &row.detail
                            {
                                // What the line is ("Padlock"), under its name.
                                ui.add(egui::Label::new(egui::RichText::new(d).weak()).truncate())
                                    .on_hover_text(d);
                            }
                        });
                        r.col(|ui| {
                            ui.label(egui::RichText::new(field_title(field)).weak());
                        });
                        for v in &views {
                            r.col(|ui| {
                                let cell = row.cells[v.index()].as_ref();
                                let target = Target::Line {
                                    view: *v,
                                    kind: row.kind,
                                    index: row.index,
                                    field,
                                };
                                let why: Vec<&CheckWarning> = c.warnings_at(target).collect();
                                if field == Field::TaxRate {
                                    let rate = cell.and_then(|cell| cell.tax_rate.as_ref());
                                    amount_cell(
                                        ui,
                                        rate.map(|r| r.shown.as_str()),
                                        rate.is_some_and(|r| r.flagged) || !why.is_empty(),
                                        &why,
                                        false,
                                    );
                                } else {
                                    let f = cell.and_then(|cell| cell.get(field));
                                    amount_cell(
                                        ui,
                                        f.map(|f| f.shown.as_str()),
                                        f.is_some_and(|f| f.flagged),
                                        &why,
                                        field == Field::Payable,
                                    );
                                }
                            });
                        }
                    });
                }
            }
            for (i, total) in c.totals.iter().enumerate() {
                body.row(20.0, |mut r| {
                    r.set_overline(i == 0);
                    r.col(|ui| {
                        if i == 0 {
                            ui.label(egui::RichText::new(tr("total")).strong());
                        }
                    });
                    let net = total.kind == TotalKind::Net;
                    r.col(|ui| {
                        let t = egui::RichText::new(total_title(total.kind));
                        ui.label(if net { t.strong() } else { t.weak() });
                    });
                    for v in &views {
                        r.col(|ui| {
                            let f = total.cells[v.index()].as_ref();
                            let why: Vec<&CheckWarning> = c
                                .warnings_at(Target::Total {
                                    view: *v,
                                    kind: total.kind,
                                })
                                .collect();
                            amount_cell(
                                ui,
                                f.map(|f| f.shown.as_str()),
                                f.is_some_and(|f| f.flagged),
                                &why,
                                net,
                            );
                        });
                    }
                });
            }
        });
}

/// "Why is the first payment different?"
pub(super) fn proration_section(ui: &mut egui::Ui, c: &Comparison) {
    let Some(p) = &c.proration else {
        section_title(ui, tr("the-first-payment-title"));
        ui.label(egui::RichText::new(tr("the-response-has-no-first-period-to-explain")).weak());
        return;
    };
    section_title(
        ui,
        match p.kind {
            ProrationKind::Prorated => tr("why-is-the-first-payment-different"),
            ProrationKind::FullCycle => tr("the-first-payment-title"),
        },
    );
    ui.add(egui::Label::new(&p.text).wrap());
    if let Some(d) = &p.discount_text {
        ui.add_space(2.0);
        ui.add(egui::Label::new(d).wrap());
    }
    if p.agrees == Some(false) {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            tr("our-reproduction-of-the-prorated-rent-does-not"),
        );
    }
    for n in &p.notes {
        ui.add(egui::Label::new(egui::RichText::new(format!("• {n}")).weak()).wrap());
    }
}

/// "Standard vs discounted": the space price and what the discount saves.
pub(super) fn space_price_section(ui: &mut egui::Ui, c: &Comparison) {
    section_title(ui, tr("standard-vs-discounted"));
    let Some(sp) = &c.space_price else {
        ui.label(egui::RichText::new(tr("the-response-has-no-standard-price-to-compare")).weak());
        return;
    };
    let w = 80.0;
    egui::Grid::new("quote_space_price")
        .num_columns(4)
        .spacing([14.0, 3.0])
        .show(ui, |ui| {
            ui.label("");
            for f in [Field::Taxable, Field::Tax, Field::Payable] {
                ui.allocate_ui_with_layout(
                    egui::vec2(w, ui.spacing().interact_size.y),
                    egui::Layout::right_to_left(egui::Align::Center),
                    |ui| {
                        ui.set_min_width(w);
                        ui.label(egui::RichText::new(field_title(f)).weak());
                    },
                );
            }
            ui.end_row();
            for (label, prices, discounted) in [
                (tr("standard-title"), &sp.standard, Some(false)),
                (tr("discounted-title"), &sp.discounted, Some(true)),
                (tr("saving-per-cycle"), &sp.saving, None),
            ] {
                ui.label(label);
                for f in [Field::Taxable, Field::Tax, Field::Payable] {
                    let fig = prices.get(f);
                    let why: Vec<&CheckWarning> = match discounted {
                        Some(d) => c
                            .warnings_at(Target::SpacePrice {
                                discounted: d,
                                field: f,
                            })
                            .collect(),
                        None => Vec::new(),
                    };
                    fixed_amount(
                        ui,
                        w,
                        fig.map(|x| x.shown.as_str()),
                        fig.is_some_and(|x| x.flagged),
                        &why,
                        f == Field::Payable,
                    );
                }
                ui.end_row();
            }
        });
    ui.add(egui::Label::new(&sp.text).wrap());
}

/// "How long does the discount last?"
pub(super) fn discount_section(ui: &mut egui::Ui, c: &Comparison) {
    section_title(ui, tr("how-long-does-the-discount-last"));
    let Some(d) = &c.discount else {
        ui.label(tr("this-quote-has-no-discount"));
        return;
    };
    egui::Grid::new("quote_discount")
        .num_columns(2)
        .spacing([16.0, 3.0])
        .show(ui, |ui| {
            widgets::field_row(ui, tr("discount"), d.name.as_deref());
            widgets::field_row(ui, tr("value"), Some(&d.value));
            widgets::field_row(ui, tr("applies-to"), Some(&d.duration));
            let until = d.expiration.map(date_text);
            widgets::field_row(ui, tr("ends"), until.as_deref());
        });
}

/// The first payment and the next 12 cycles: a chart and, beside it, the
/// same figures as a table (the chart is not readable by a screen reader).
pub(super) fn projection_section(ui: &mut egui::Ui, c: &Comparison) {
    let p = &c.projection;
    let title = match &p.cadence_label {
        Some(cadence) => format!("{} · {cadence}", tr("payments-over-the-next-12-cycles")),
        None => tr("payments-over-the-next-12-cycles").to_owned(),
    };
    section_title(ui, &title);
    if p.cycles.is_empty() {
        ui.label(egui::RichText::new(tr("not-enough-figures-to-project-the-next-cycles")).weak());
        return;
    }
    let table_w = 548.0;
    let side_by_side = ui.available_width() >= table_w + 280.0;
    if side_by_side {
        let chart_w = ui.available_width() - table_w - 16.0;
        ui.horizontal_top(|ui| {
            ui.allocate_ui_with_layout(
                egui::vec2(chart_w, 330.0),
                egui::Layout::top_down(egui::Align::Min),
                |ui| projection_chart(ui, c, chart_w),
            );
            ui.add_space(8.0);
            ui.allocate_ui_with_layout(
                egui::vec2(table_w, 330.0),
                egui::Layout::top_down(egui::Align::Min),
                |ui| projection_table(ui, c),
            );
        });
    } else {
        projection_chart(ui, c, ui.available_width());
        ui.add_space(6.0);
        egui::ScrollArea::horizontal()
            .id_salt("quote_projection_hscroll")
            .show(ui, |ui| projection_table(ui, c));
    }
    for n in &p.notes {
        ui.add(egui::Label::new(egui::RichText::new(format!("• {n}")).weak()).wrap());
    }
}

fn as_f64(f: &Figure) -> Option<f64> {
    f.value.to_f64()
}

fn projection_chart(ui: &mut egui::Ui, c: &Comparison, width: f32) {
    use egui_plot::{Bar, BarChart, Corner, Legend, Plot};
    let p = &c.projection;
    let with_color = ui.visuals().selection.bg_fill;
    let without_color = ui.visuals().weak_text_color().gamma_multiply(0.7);
    type Pick = fn(&crate::domain::quote::CycleRow) -> Option<&Figure>;
    let bars = |pick: Pick, offset: f64, color: egui::Color32| {
        p.cycles
            .iter()
            .filter_map(|r| {
                let f = pick(r)?;
                Some(
                    Bar::new(r.index as f64 + offset, as_f64(f)?)
                        .width(0.4)
                        .fill(color)
                        .stroke(egui::Stroke::NONE)
                        .name(trf(
                            "label-value",
                            &[("label", &r.label), ("value", &f.shown)],
                        )),
                )
            })
            .collect::<Vec<_>>()
    };
    let highest = p
        .cycles
        .iter()
        .flat_map(|r| [&r.with_discount, &r.without_discount])
        .filter_map(|f| f.as_ref().and_then(as_f64))
        .fold(0.0_f64, f64::max);
    let with = BarChart::new(
        tr("with-discount"),
        bars(|r| r.with_discount.as_ref(), -0.2, with_color),
    )
    .color(with_color)
    .element_formatter(Box::new(|bar, _| bar.name.clone()));
    let without = BarChart::new(
        tr("without-discount"),
        bars(|r| r.without_discount.as_ref(), 0.2, without_color),
    )
    .color(without_color)
    .element_formatter(Box::new(|bar, _| bar.name.clone()));
    let first_prorated = p.cycles.first().is_some_and(|r| r.prorated);
    Plot::new("quote_projection_plot")
        .width(width)
        .height(300.0)
        .legend(Legend::default().position(Corner::LeftTop))
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .include_y(0.0)
        // Headroom above the bars for the legend.
        .include_y(highest * 1.35)
        .x_axis_label(tr("cycle"))
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 2.0, 4.0]))
        .x_axis_formatter(move |mark, _| {
            let v = mark.value;
            if (v - v.round()).abs() > 1e-6 || v < 0.0 {
                String::new()
            } else if v.round() == 0.0 && first_prorated {
                tr("first").to_owned()
            } else {
                format!("{}", v.round() as i64)
            }
        })
        .y_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .y_axis_label(c.locale.symbol.clone())
        .show(ui, |plot| {
            plot.bar_chart(with);
            plot.bar_chart(without);
        });
}

fn projection_table(ui: &mut egui::Ui, c: &Comparison) {
    let p = &c.projection;
    let shown = |f: &Option<Figure>| f.as_ref().map(|f| f.shown.clone());
    egui_extras::TableBuilder::new(ui)
        .id_salt("quote_projection_table")
        .striped(true)
        .vscroll(false)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(egui_extras::Column::exact(196.0))
        .column(egui_extras::Column::exact(150.0))
        .column(egui_extras::Column::exact(90.0))
        .column(egui_extras::Column::exact(80.0))
        .header(22.0, |mut h| {
            h.col(|ui| {
                ui.label(egui::RichText::new(tr("payment")).strong());
            });
            h.col(|ui| {
                ui.label(egui::RichText::new(tr("period")).strong());
            });
            h.col(|ui| {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(egui::RichText::new(tr("with-discount")).strong())
                        .on_hover_text(tr("what-is-due-the-discount-applied-where-it"));
                });
            });
            h.col(|ui| {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(egui::RichText::new(tr("without")).strong())
                        .on_hover_text(tr("what-would-be-due-without-any-discount-projected"));
                });
            });
        })
        .body(|mut body| {
            for r in &p.cycles {
                body.row(20.0, |mut row| {
                    row.col(|ui| {
                        let l = ui.label(&r.label);
                        if r.discounted {
                            l.on_hover_text(tr("the-discount-applies-to-this-payment"));
                        }
                    });
                    row.col(|ui| {
                        ui.label(egui::RichText::new(period_text(r.start, r.end)).weak());
                    });
                    row.col(|ui| {
                        amount_cell(
                            ui,
                            shown(&r.with_discount).as_deref(),
                            false,
                            &[],
                            r.discounted,
                        );
                    });
                    row.col(|ui| {
                        amount_cell(ui, shown(&r.without_discount).as_deref(), false, &[], false);
                    });
                });
            }
            let twelve = (
                p.twelve_month_label(),
                p.twelve_month_period(),
                &p.total_12_months_with,
                &p.total_12_months_without,
            );
            let mut totals = vec![twelve];
            // The table's own sum only when it differs from the 12 months.
            if p.total_cycles_with != p.total_12_months_with
                || p.total_cycles_without != p.total_12_months_without
            {
                totals.push((
                    tr("total-of-this-table").to_owned(),
                    String::new(),
                    &p.total_cycles_with,
                    &p.total_cycles_without,
                ));
            }
            for (label, period, with, without) in totals {
                body.row(22.0, |mut row| {
                    row.set_overline(true);
                    row.col(|ui| {
                        ui.label(egui::RichText::new(label).strong());
                    });
                    row.col(|ui| {
                        ui.label(egui::RichText::new(period).weak());
                    });
                    row.col(|ui| amount_cell(ui, shown(with).as_deref(), false, &[], true));
                    row.col(|ui| amount_cell(ui, shown(without).as_deref(), false, &[], true));
                });
            }
        });
    if p.cycles.iter().any(|r| r.discounted) {
        ui.label(
            egui::RichText::new(tr("in-bold-the-payments-the-discount-applies-to"))
                .small()
                .weak(),
        );
    }
}

/// The failed checks, grouped by figure, in a calm frame.
pub(super) fn warnings_section(ui: &mut egui::Ui, c: &Comparison) {
    if c.warnings.is_empty() {
        section_title(ui, tr("checks"));
        ui.label(egui::RichText::new(tr("every-figure-we-could-check-agrees-with-the")).weak());
        return;
    }
    section_title(ui, &trf("checks-count", &[("count", &c.warnings.len())]));
    // Several checks often dispute the same figure: one group per figure.
    let mut groups: Vec<(&str, Vec<&CheckWarning>)> = Vec::new();
    for w in &c.warnings {
        match groups.iter_mut().find(|(f, _)| *f == w.figure) {
            Some((_, ws)) => ws.push(w),
            None => groups.push((&w.figure, vec![w])),
        }
    }
    let warn = ui.visuals().warn_fg_color;
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.0, warn.gamma_multiply(0.6)))
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(egui::Label::new(tr("our-checks-could-not-reproduce-these-figures-of")).wrap());
            ui.add_space(4.0);
            egui::Grid::new("quote_warnings")
                .num_columns(2)
                .spacing([16.0, 4.0])
                .striped(true)
                .show(ui, |ui| {
                    for (figure, ws) in &groups {
                        ui.label(egui::RichText::new(*figure).strong());
                        ui.vertical(|ui| {
                            for w in ws {
                                ui.add(egui::Label::new(&w.message).wrap());
                            }
                        });
                        ui.end_row();
                    }
                });
        });
}

pub(super) fn notes_section(ui: &mut egui::Ui, c: &Comparison) {
    if c.notes.is_empty() {
        return;
    }
    section_title(ui, tr("notes"));
    for n in &c.notes {
        ui.add(egui::Label::new(egui::RichText::new(format!("• {n}")).weak()).wrap());
    }
}
