//! Reservation lookup: one id field for a reservation or a booking id, the
//! session's recent lookups, and the result as a readable card.

use crate::api::ReservationId;
use crate::api::models::{Client, Property, StorageSize, Subscription};
use crate::domain::{booking, hours};
use crate::i18n::{tr, tr_dyn, trf};
use crate::report::address_line;
use crate::worker::LookupResult;

use super::state::{LookupData, LookupState};
use crate::api::BookingId;
use crate::ui::action::{Action, SignatureAction};
use crate::ui::context::{Surface, ViewCtx};
use crate::ui::widgets::touch::{TOUCH_TARGET, heading_size, touch_style};
use crate::ui::widgets::{self, field_row};

/// Accessible name of the id field (tests find it by this label).
pub const ID_FIELD_LABEL: &str = "reservation-or-booking-id";
/// The button that wipes every customer detail from memory.
pub const FORGET_LABEL: &str = "forget-this-customer";

/// What the card of a looked-up booking shows below it, drawn by the room
/// it belongs to (the desk's "Send to signing tablet").
pub type BookingRow<'a> = &'a mut dyn FnMut(&mut egui::Ui, BookingId, &mut Vec<Action>);

pub fn show(
    ui: &mut egui::Ui,
    (lookup, data): (&mut LookupState, &mut LookupData),
    ctx: &ViewCtx,
    below_booking: BookingRow<'_>,
    actions: &mut Vec<Action>,
) {
    ui.heading(tr("look-up-a-reservation-or-booking"));
    ui.add_space(6.0);

    let holds_customer_data = ctx.holds_customer_data;
    let mut submit = false;
    // Wraps on a narrow screen (a portrait tablet, beside a side panel)
    // instead of running off it.
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr(ID_FIELD_LABEL));
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut data.input)
                    .hint_text("3d491954-4ec3-466b-a7bc-a95b506aa8f3")
                    .desired_width(ui.available_width().clamp(120.0, 340.0))
                    .font(egui::TextStyle::Monospace),
            )
            .labelled_by(label.id)
            // No tooltip on the kiosk (see `app::apply_tooltips`).
            .on_hover_text(
                ui.ctx()
                    .format_shortcut(&crate::ui::shell::nav::FOCUS_LOOKUP),
            );
        if lookup.focus_field {
            field.request_focus();
            lookup.focus_field = false;
        }
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            submit = true;
        }
        if ui
            .add_enabled(
                !data.input.trim().is_empty(),
                egui::Button::new(tr("look-up")),
            )
            .on_hover_text(tr("enter"))
            .clicked()
        {
            submit = true;
        }
        if lookup.pending.is_some() {
            ui.spinner();
            if ui.button(tr("cancel")).clicked() {
                actions.push(Action::CancelLookup);
            }
        }
    });

    if submit && !data.input.trim().is_empty() {
        // Checked here, before any request: a typo costs no round trip.
        match ReservationId::parse(&data.input) {
            Ok(id) => {
                data.input = id.to_string();
                actions.push(Action::Lookup(id));
            }
            Err(e) => data.error = Some(e),
        }
        lookup.focus_field = true;
    }

    let surface = ctx.surface;
    if ctx.demo_running() {
        demo_hint(ui, &mut data.input, surface, actions);
    }
    if !data.recent.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(tr("recent")).weak());
            let mut chosen = None;
            for r in &data.recent {
                let short = r.id.get(..8).unwrap_or(&r.id);
                let text = if r.label.is_empty() {
                    short.to_owned()
                } else {
                    format!("{short} · {}", r.label)
                };
                if recent_button(ui, text, surface)
                    .on_hover_text(&r.id)
                    .clicked()
                {
                    chosen = Some(r.id.clone());
                }
            }
            if let Some(id) = chosen.and_then(|id| ReservationId::parse(&id).ok()) {
                data.input = id.to_string();
                actions.push(Action::Lookup(id));
            }
        });
    }
    if holds_customer_data
        && recent_button(ui, tr(FORGET_LABEL).to_owned(), surface)
            .on_hover_text(tr("clears-the-lookups-quotes-and-any-signature-from"))
            .clicked()
    {
        actions.push(Action::ForgetCustomer);
    }

    ui.add_space(8.0);
    if let Some(e) = &data.error {
        widgets::error_box(ui, e);
        ui.add_space(8.0);
    }

    let mut body = |ui: &mut egui::Ui| {
        if let Some(result) = &data.result {
            result_card(ui, result, surface, actions);
            if let Some(booking) = result.booking_id().filter(|_| !surface.is_kiosk()) {
                below_booking(ui, booking, actions);
            }
        } else if lookup.pending.is_none() && data.error.is_none() {
            ui.label(egui::RichText::new(tr("type-or-paste-the-id-from-the-customers")).weak());
        }
    };
    // The kiosk's staff screen scrolls as a whole (one scroll area, none
    // inside another).
    if surface.is_kiosk() {
        body(ui);
    } else {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, body);
    }
}

/// A small action (a past lookup, "Forget this customer"): compact at the
/// desk, a full touch target on the kiosk.
fn recent_button(ui: &mut egui::Ui, text: String, surface: Surface) -> egui::Response {
    if surface.is_kiosk() {
        ui.add(egui::Button::new(text).min_size(egui::vec2(0.0, TOUCH_TARGET)))
    } else {
        ui.small_button(text)
    }
}

/// Demo mode: the sample bookings in a compact menu (touch-sized on the
/// kiosk: the menu is a layer of its own, without the kiosk's style).
fn demo_hint(ui: &mut egui::Ui, input: &mut String, surface: Surface, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        ui.menu_button(tr("demo-bookings"), |ui| {
            if surface.is_kiosk() {
                touch_style(ui.style_mut());
            }
            for entry in crate::sandbox::demo_ids() {
                if ui
                    .button(tr_dyn(entry.label))
                    .on_hover_text(entry.id)
                    .clicked()
                    && let Ok(id) = ReservationId::parse(entry.id)
                {
                    *input = id.to_string();
                    actions.push(Action::Lookup(id));
                    ui.close();
                }
            }
        });
        ui.add(
            egui::Label::new(
                egui::RichText::new(tr("sample-reservations-and-bookings-from-the-built-in"))
                    .weak(),
            )
            .wrap(),
        );
    });
}

fn section(ui: &mut egui::Ui, title: &str, id: &str, add: impl FnOnce(&mut egui::Ui)) {
    ui.add_space(6.0);
    // Larger than the rows under it, on the desk and the kiosk alike.
    ui.label(egui::RichText::new(title).strong().size(heading_size(ui)));
    egui::Grid::new(id)
        .num_columns(2)
        .spacing([16.0, 4.0])
        .striped(false)
        .show(ui, add);
}

fn result_card(ui: &mut egui::Ui, r: &LookupResult, surface: Surface, actions: &mut Vec<Action>) {
    let kiosk = surface.is_kiosk();
    let res = r.reservation.as_ref();
    let quote = r.quotation.as_ref();
    let client = r.client();
    let property = r.property();
    let size = r.storage_size();

    egui::Frame::group(ui.style())
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width().min(760.0));
            let kind = if res.is_some() {
                tr("reservation")
            } else {
                tr("booking")
            };
            let transact = r.transact_id().map(String::as_str).unwrap_or("");
            ui.label(egui::RichText::new(format!("{kind} {transact}")).heading());
            ui.label(egui::RichText::new(&r.id).monospace().weak());

            // Two columns when there is room: who and where | what and how much.
            let wide = ui.available_width() > 640.0;
            let left = |ui: &mut egui::Ui| {
                if let Some(c) = client {
                    client_section(ui, c);
                }
                if let Some(p) = property {
                    property_section(ui, p);
                }
            };
            let right = |ui: &mut egui::Ui, actions: &mut Vec<Action>| {
                section(ui, tr("unit"), "unit", |ui| {
                    let storage = r.storage();
                    let category = r.storage_category();
                    field_row(
                        ui,
                        tr("storage-type"),
                        storage.and_then(|s| s.name.as_deref()),
                    );
                    field_row(
                        ui,
                        tr("category-title"),
                        category.and_then(|s| s.name.as_deref()),
                    );
                    field_row(
                        ui,
                        tr("space"),
                        quote
                            .and_then(|q| q.space_info.as_ref())
                            .and_then(|s| s.space_display_id.as_deref()),
                    );
                    size_rows(ui, size);
                });
                section(ui, tr("dates"), "dates", |ui| {
                    let show =
                        |d: Option<&crate::api::lenient::ApiDate>| d.and_then(|d| d.display());
                    let transact = show(r.transact_date());
                    field_row(ui, tr("transaction"), transact.as_deref());
                    field_row(
                        ui,
                        tr("reservation"),
                        show(res.and_then(|x| x.reservation_date.as_ref())).as_deref(),
                    );
                    let move_in = show(r.move_in_date());
                    field_row(ui, tr("move-in"), move_in.as_deref());
                });
                section(ui, tr("contract"), "contract", |ui| {
                    let signed = match quote.and_then(|q| q.is_document_signed) {
                        Some(true) => tr("signed"),
                        Some(false) => tr("not-signed-yet"),
                        None => tr("unknown"),
                    };
                    field_row(ui, tr("signature"), Some(signed));
                });
                if let Some(e) = &r.quotation_error {
                    ui.add_space(4.0);
                    widgets::message_box(
                        ui,
                        &trf(
                            "the-bookings-quote-could-not-be-loaded-error",
                            &[("error", e)],
                        ),
                        Some(&e.next_step()),
                        false,
                    );
                }

                let pro = r.pro_rata();
                let billing = r.billing();
                section(ui, tr("quote"), "quote", |ui| {
                    payment_row(ui, tr("first-payment"), pro);
                    payment_row(ui, tr("regular-payment"), billing);
                });
                if let Some(booking) = r.booking_id() {
                    ui.add_space(8.0);
                    ui.horizontal_wrapped(|ui| {
                        if !kiosk && ui.button(tr("open-in-quote-comparison")).clicked() {
                            actions.push(Action::OpenQuote(booking));
                        }
                        if ui
                            .button(tr("take-signature"))
                            .on_hover_text(tr("opens-the-signature-pad-for-this-booking-with"))
                            .clicked()
                        {
                            actions.push(Action::Signature(SignatureAction::Start(booking)));
                        }
                    });
                }
            };
            if wide {
                ui.columns(2, |cols| {
                    left(&mut cols[0]);
                    right(&mut cols[1], actions);
                });
            } else {
                left(ui);
                right(ui, actions);
            }
        });
}

fn client_section(ui: &mut egui::Ui, c: &Client) {
    section(ui, tr("client"), "client", |ui| {
        field_row(ui, tr("name"), c.name.as_deref());
        field_row(ui, tr("email"), c.email.as_deref());
        field_row(ui, tr("phone"), c.phone_number.as_deref());
        let addr = address_line(
            c.address.as_deref(),
            c.postal_code.as_deref(),
            c.city.as_deref(),
        );
        field_row(ui, tr("address"), Some(&addr));
    });
}

fn property_section(ui: &mut egui::Ui, p: &Property) {
    section(ui, tr("property"), "property", |ui| {
        field_row(ui, tr("name"), p.title());
        let addr = address_line(
            p.address.as_deref(),
            p.postal_code.as_deref(),
            p.city.as_deref(),
        );
        field_row(ui, tr("address"), Some(&addr));
        field_row(ui, tr("phone"), p.contact_number.as_deref());
        field_row(ui, tr("office-hours"), Some(&hours_summary(p)));
        field_row(ui, tr("access-hours"), p.access_hours.as_deref());
    });
}

/// The API's own office-hours text, else a one-line summary of the week.
fn hours_summary(p: &Property) -> String {
    if let Some(t) = p.office_hours.as_deref().filter(|t| !t.trim().is_empty()) {
        return t.to_owned();
    }
    let open_days: Vec<String> = p
        .property_office_opening_hours_info_list
        .iter()
        .filter(|e| {
            e.is_closed != Some(true) && e.day_of_week.is_some_and(|d| (0..=6).contains(&d))
        })
        .filter_map(|e| {
            let slots: Vec<String> = [e.first_time_slot.as_deref(), e.second_time_slot.as_deref()]
                .into_iter()
                .flatten()
                .map(|s| s.replace(" To ", "–").replace(" to ", "–"))
                .collect();
            // Our name for the day (the API's is French whatever the desk's language).
            let day = e
                .day_of_week
                .map(|d| hours::day_name(hours::weekday_from_api(d)))
                .unwrap_or("?");
            (!slots.is_empty()).then(|| format!("{day} {}", slots.join(", ")))
        })
        .collect();
    open_days
        .first()
        .map(|first| {
            if open_days.len() > 1 {
                let more = trf("count-days-open", &[("count", &open_days.len())]);
                format!("{first} … ({more})")
            } else {
                first.clone()
            }
        })
        .unwrap_or_default()
}

fn size_rows(ui: &mut egui::Ui, size: Option<&StorageSize>) {
    let Some(s) = size else { return };
    field_row(ui, tr("size-title"), booking::size_text(s).as_deref());
    field_row(ui, tr("dimensions"), booking::dimensions_text(s).as_deref());
}

fn payment_row(ui: &mut egui::Ui, label: &str, s: Option<&Subscription>) {
    let Some(s) = s else { return };
    let amount = s
        .net_amount
        .as_ref()
        .and_then(booking::money_text)
        .unwrap_or_else(|| "—".into());
    let period = match (
        s.start_date.as_ref().and_then(|d| d.display()),
        s.end_date.as_ref().and_then(|d| d.display()),
    ) {
        (Some(a), Some(b)) => format!("  ({a} – {b})"),
        _ => String::new(),
    };
    field_row(ui, label, Some(&format!("{amount}{period}")));
}
