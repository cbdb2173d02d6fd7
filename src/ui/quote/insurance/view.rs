//! Draws the insurance part under the booking's quote: the options, the
//! quote without and with each compared option, the link's confirmation and
//! its outcome. Emits actions only.

use crate::api::BookingId;
use crate::api::insurance::{InsuranceList, InsuranceOption};
use crate::domain::booking::money_text;
use crate::domain::insurance::{InsuranceProblem, InsuredQuote, SideBySide, option_title};
use crate::domain::quote::{Figure, QuoteSummary};
use crate::i18n::{tr, trf};

use super::state::{InsuranceAction, InsuranceData, LinkConfirm, LinkNote, MAX_COMPARED, title};
use crate::ui::action::Action;
use crate::ui::widgets;
use crate::ui::widgets::palette;

/// Accessible labels (tests find the widgets by them).
pub const LOAD_LABEL: &str = "show-the-insurance-options";
pub const CONFIRM_LINK_LABEL: &str = "link-the-insurance";
pub const UNDERSTOOD_LABEL: &str = "i-understand-the-signed-booking-changes";

/// The insurance part for `booking`; `base` is the quote as it is.
pub fn show(
    ui: &mut egui::Ui,
    data: &mut InsuranceData,
    (booking, base): (BookingId, &QuoteSummary),
    actions: &mut Vec<Action>,
) {
    ui.add_space(10.0);
    ui.label(egui::RichText::new(tr("insurance")).strong().size(16.0));
    ui.add_space(2.0);
    link_note(ui, data);
    match &data.list {
        None if data.pending.is_some() => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(egui::RichText::new(tr("loading-the-insurance-options")).weak());
            });
        }
        None => load_button(ui, booking, actions),
        Some(Err(e)) => {
            widgets::error_box(ui, e);
            load_button(ui, booking, actions);
        }
        Some(Ok(list)) if list.options.is_empty() => {
            ui.label(tr("no-insurance-is-offered-for-this-unit"));
            unreadable_items(ui, list);
        }
        Some(Ok(list)) => {
            options(ui, list, &data.compared, actions);
            unreadable_items(ui, list);
            if let Some(side) = &data.side {
                let linking = data.link.is_some();
                side_by_side(ui, side, base, (&data.compared, linking), actions);
            }
        }
    }
    if let Some(confirm) = data.confirm.as_mut() {
        confirmation(ui.ctx(), confirm, base, actions);
    }
}

fn load_button(ui: &mut egui::Ui, booking: BookingId, actions: &mut Vec<Action>) {
    if ui
        .button(tr(LOAD_LABEL))
        .on_hover_text(tr("the-options-that-fit-this-bookings-unit"))
        .clicked()
    {
        actions.push(Action::Insurance(InsuranceAction::Load(booking)));
    }
}

/// One line per option: a box to compare it, its cover and its premiums.
fn options(
    ui: &mut egui::Ui,
    list: &InsuranceList,
    compared: &[String],
    actions: &mut Vec<Action>,
) {
    ui.label(
        egui::RichText::new(trf(
            "tick-up-to-count-options-to-compare",
            &[("count", &MAX_COMPARED)],
        ))
        .weak(),
    );
    for option in &list.options {
        let was = compared.contains(&option.id);
        let mut on = was;
        let full = compared.len() >= MAX_COMPARED && !was;
        ui.horizontal_wrapped(|ui| {
            ui.add_enabled(!full, egui::Checkbox::new(&mut on, option_title(option)));
            ui.label(egui::RichText::new(option_terms(option)).weak());
        });
        if on != was {
            let id = option.id.clone();
            actions.push(Action::Insurance(InsuranceAction::Compare { id, on }));
        }
    }
}

/// "goods up to 5 000,00 € · 12,00 € Monthly, 33,00 € Quarterly".
fn option_terms(option: &InsuranceOption) -> String {
    let mut parts = Vec::new();
    if let Some(cover) = option.coverage.as_ref().and_then(money_text) {
        parts.push(trf("goods-covered-up-to-amount", &[("amount", &cover)]));
    }
    let premiums: Vec<String> = option
        .prices
        .iter()
        .filter_map(|p| {
            let premium = money_text(p.premium.as_ref()?)?;
            Some(match p.period_name() {
                Some(period) => format!("{premium} {period}"),
                None => premium,
            })
        })
        .collect();
    if premiums.is_empty() {
        parts.push(tr("no-premium-stated").to_owned());
    } else {
        parts.push(premiums.join(", "));
    }
    if !option.unreadable.is_empty() {
        let what = option.unreadable.join("; ");
        parts.push(trf("could-not-be-read-what", &[("what", &what)]));
    }
    parts.join(" · ")
}

fn unreadable_items(ui: &mut egui::Ui, list: &InsuranceList) {
    if !list.unreadable.is_empty() {
        let what = list.unreadable.join("; ");
        ui.colored_label(
            ui.visuals().warn_fg_color,
            trf("some-options-could-not-be-read-what", &[("what", &what)]),
        );
    }
}

/// The quote without insurance and with each compared option, in columns.
fn side_by_side(
    ui: &mut egui::Ui,
    side: &SideBySide,
    base: &QuoteSummary,
    (compared, linking): (&[String], bool),
    actions: &mut Vec<Action>,
) {
    if side.options.is_empty() {
        return;
    }
    ui.add_space(6.0);
    egui::ScrollArea::horizontal()
        .id_salt("insurance_side_by_side")
        .show(ui, |ui| {
            egui::Grid::new("insurance_grid")
                .num_columns(side.options.len() + 1)
                .spacing([20.0, 4.0])
                .striped(true)
                .show(ui, |ui| {
                    header_row(ui, side);
                    figure_rows(ui, side, base);
                    link_row(ui, side, compared, linking, actions);
                });
        });
    for option in side.options.iter().flatten() {
        for note in &option.notes {
            ui.label(
                egui::RichText::new(format!("{}: {note}", title(option)))
                    .small()
                    .weak(),
            );
        }
    }
}

/// The insurance the booking has now, which a link replaces (none: empty).
fn booked_insurance(side: &SideBySide) -> Vec<String> {
    side.options
        .iter()
        .flatten()
        .map(|q| q.replaces.clone())
        .find(|r| !r.is_empty())
        .unwrap_or_default()
}

fn header_row(ui: &mut egui::Ui, side: &SideBySide) {
    ui.label("");
    // Insurance cannot be removed: the first column is the quote as it is.
    let first = if booked_insurance(side).is_empty() {
        tr("without-insurance")
    } else {
        tr("as-booked")
    };
    ui.label(egui::RichText::new(first).strong());
    for option in &side.options {
        match option {
            Ok(q) => ui.label(egui::RichText::new(title(q)).strong()),
            Err(_) => ui.label(egui::RichText::new(tr("insurance-option")).strong()),
        };
    }
    ui.end_row();
}

type Cell = fn(&InsuredQuote) -> Option<String>;

fn figure_rows(ui: &mut egui::Ui, side: &SideBySide, base: &QuoteSummary) {
    let shown = |f: &Option<Figure>| f.as_ref().map(|f| f.shown.clone());
    let booked = Some(booked_insurance(side).join(", ")).filter(|b| !b.is_empty());
    let rows: [(&str, Option<String>, Cell); 5] = [
        (tr("goods-covered"), booked, |q| {
            q.coverage.as_ref().map(|f| f.shown.clone())
        }),
        (tr("premium-before-tax"), None, |q| Some(premium_text(q))),
        (tr("first-payment"), shown(&base.first_payment), |q| {
            q.first_payment_total.as_ref().map(|f| f.shown.clone())
        }),
        (tr("change-to-each-payment"), None, |q| {
            q.cycle_change.as_ref().map(signed)
        }),
        (tr("change-over-12-payments"), None, |q| {
            q.adds_to_twelve_cycles.as_ref().map(signed)
        }),
    ];
    for (name, without, cell) in rows {
        ui.label(name);
        ui.label(without.unwrap_or_else(|| "—".to_owned()));
        for option in &side.options {
            match option {
                Ok(q) => ui.label(cell(q).unwrap_or_else(|| "—".to_owned())),
                Err(problem) => problem_cell(ui, problem),
            };
        }
        ui.end_row();
    }
}

/// "12,00 € Monthly": the premium with its period, as listed.
fn premium_text(q: &InsuredQuote) -> String {
    match &q.premium_period {
        Some(period) => format!("{} {period}", q.premium.shown),
        None => q.premium.shown.clone(),
    }
}

/// "+4,20 €", "-3,00 €": a change with its sign.
fn signed(f: &Figure) -> String {
    if f.value > rust_decimal::Decimal::ZERO {
        format!("+{}", f.shown)
    } else {
        f.shown.clone()
    }
}

fn problem_cell(ui: &mut egui::Ui, problem: &InsuranceProblem) -> egui::Response {
    ui.colored_label(ui.visuals().warn_fg_color, problem.message())
}

fn link_row(
    ui: &mut egui::Ui,
    side: &SideBySide,
    compared: &[String],
    linking: bool,
    actions: &mut Vec<Action>,
) {
    ui.label("");
    ui.label("");
    for (option, id) in side.options.iter().zip(compared) {
        let Ok(q) = option else {
            ui.label("");
            continue;
        };
        let text = trf("link-name-ellipsis", &[("name", &title(q))]);
        let button = ui
            .add_enabled(!linking, egui::Button::new(text))
            .on_hover_text(tr("attaches-this-option-to-the-booking-on-the"));
        if button.clicked() {
            actions.push(Action::Insurance(InsuranceAction::AskLink(id.clone())));
        }
    }
    ui.end_row();
    if linking {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr("linking-the-insurance"));
        });
        ui.end_row();
    }
}

/// How the last link went, above the options.
fn link_note(ui: &mut egui::Ui, data: &InsuranceData) {
    let warn = ui.visuals().warn_fg_color;
    match &data.note {
        None => {}
        Some(LinkNote::Linked { label, read_back }) => {
            ui.colored_label(
                palette::SUCCESS,
                trf("name-is-linked-to-the-booking", &[("name", label)]),
            );
            if *read_back {
                ui.label(tr("the-answer-was-lost-the-booking-read-again"));
            }
        }
        Some(LinkNote::Refused(e)) => {
            ui.colored_label(warn, tr("the-insurance-was-not-linked"));
            widgets::error_box(ui, e);
        }
        Some(LinkNote::NotLinked { label }) => {
            ui.colored_label(
                warn,
                trf("the-answer-was-lost-name-is-not-linked", &[("name", label)]),
            );
        }
        Some(LinkNote::Unknown { label, error }) => {
            ui.colored_label(
                warn,
                trf("the-answer-was-lost-name-may-be-linked", &[("name", label)]),
            );
            widgets::error_box(ui, error);
        }
    }
    if !data.link_warnings.is_empty() {
        ui.colored_label(warn, tr("the-servers-figures-after-the-link-differ"));
        for w in &data.link_warnings {
            ui.label(format!("· {}: {}", w.figure, w.message));
        }
    }
}

/// "Link this insurance?" with the option and the new figures; a signed
/// booking needs one more tick.
fn confirmation(
    ctx: &egui::Context,
    confirm: &mut LinkConfirm,
    base: &QuoteSummary,
    actions: &mut Vec<Action>,
) {
    let modal = egui::Modal::new(egui::Id::unique("insurance_link_confirm")).show(ctx, |ui| {
        let q = &confirm.quote;
        ui.set_max_width(460.0);
        ui.heading(tr("link-this-insurance-to-the-booking"));
        ui.add_space(6.0);
        ui.label(egui::RichText::new(&q.label).strong());
        if let Some(cover) = &q.coverage {
            ui.label(trf(
                "goods-covered-up-to-amount",
                &[("amount", &cover.shown)],
            ));
        }
        ui.label(format!("{}: {}", tr("premium-before-tax"), premium_text(q)));
        if let (Some(before), Some(after)) = (&base.first_payment, &q.first_payment_total) {
            let (before, after) = (&before.shown, &after.shown);
            ui.label(trf(
                "first-payment-before-after",
                &[("before", before), ("after", after)],
            ));
        }
        if let Some(change) = &q.cycle_change {
            ui.label(trf(
                "each-payment-adds-amount",
                &[("amount", &change.shown)],
            ));
        }
        if !q.replaces.is_empty() {
            let names = q.replaces.join(", ");
            ui.label(trf("it-replaces-names", &[("names", &names)]));
        }
        if confirm.signed {
            ui.add_space(6.0);
            ui.colored_label(
                ui.visuals().warn_fg_color,
                tr("this-booking-is-already-signed-linking-now"),
            );
            ui.checkbox(&mut confirm.understood, tr(UNDERSTOOD_LABEL));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let link = egui::Button::new(tr(CONFIRM_LINK_LABEL));
            if ui.add_enabled(confirm.can_send(), link).clicked() {
                actions.push(Action::Insurance(InsuranceAction::ConfirmLink));
            }
            if ui.button(tr("cancel")).clicked() {
                actions.push(Action::Insurance(InsuranceAction::CancelLink));
            }
        });
    });
    if modal.should_close() {
        actions.push(Action::Insurance(InsuranceAction::CancelLink));
    }
}
