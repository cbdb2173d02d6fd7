//! What the tablet link draws: the desk's "Send to signing tablet" row, the
//! Settings section for pairings, and the tablet's "Pair with a desk" part
//! (Settings and the kiosk's staff screen). Draws and emits actions only;
//! the state and its reducers are in `state.rs`.

use std::net::IpAddr;

use crate::api::BookingId;
use crate::i18n::{tr, trf};
use crate::pairing::discovery::Announced;
use crate::pairing::interfaces::{self, ALL_INTERFACES, NetInterface};
use crate::pairing::kiosk_server::CODE_LIFETIME;
use crate::pairing::{PairingRecord, Role};
use crate::settings::Settings;

use super::state::{
    ANNOUNCE_LABEL, CHOOSE_TABLET_LABEL, DEVICE_NAME_LABEL, DISCOVERY_LABEL, LISTEN_LABEL,
    LISTEN_PORT_LABEL, PAIR_ADDRESS_LABEL, PAIR_CODE_LABEL, PAIR_WITH_DESK_LABEL, SEND_LABEL,
    TabletUi, chosen_tablet, device_name, hand_off_text,
};
use crate::ui::action::{Action, TabletAction};
use crate::ui::context::Notice;
use crate::ui::widgets;
use crate::ui::widgets::touch::popup_like_parent;

/// The desk's button and the tablet's live state for `booking` (nothing
/// without a paired tablet).
pub fn send_row(
    ui: &mut egui::Ui,
    tablet: &TabletUi,
    booking: BookingId,
    actions: &mut Vec<Action>,
) {
    let t = tablet;
    if t.desk_pairings.is_empty() {
        return;
    }
    let mine = t.send.as_ref().filter(|s| s.booking == booking);
    let in_flight = mine.is_some_and(|s| !s.state.is_final());
    ui.horizontal_wrapped(|ui| {
        if t.desk_pairings.len() > 1 {
            tablet_choice(ui, t, actions);
        }
        if ui
            .add_enabled(!in_flight, egui::Button::new(tr(SEND_LABEL)))
            .clicked()
        {
            actions.push(Action::Tablet(TabletAction::Send(booking)));
        }
        if let Some(s) = mine {
            if in_flight {
                ui.spinner();
            }
            ui.label(hand_off_text(&s.state));
        }
    });
}

/// A labelled drop-down of `(id, text)` options; the id picked, if any.
fn choice(
    ui: &mut egui::Ui,
    label: &str,
    shown: &str,
    current: &str,
    options: &[(String, String)],
) -> Option<String> {
    let mut picked = None;
    let l = ui.label(label);
    let parent_style = popup_like_parent(ui);
    egui::ComboBox::from_id_salt(label)
        .selected_text(shown)
        // Every choice in view: a scroll bar would lie over the items.
        .height(ui.ctx().content_rect().height())
        .show_ui(ui, |ui| {
            // The kiosk's touch sizes in the list too.
            parent_style(ui);
            for (id, text) in options {
                if ui.selectable_label(id == current, text).clicked() && id != current {
                    picked = Some(id.clone());
                }
            }
        })
        .response
        .labelled_by(l.id);
    picked
}

/// Which paired tablet the desk sends to (remembered in Settings).
fn tablet_choice(ui: &mut egui::Ui, t: &TabletUi, actions: &mut Vec<Action>) {
    let current = chosen_tablet(t);
    let options: Vec<(String, String)> = t
        .desk_pairings
        .iter()
        .map(|p| (p.id.clone(), p.shown_name()))
        .collect();
    if let Some(id) = choice(
        ui,
        tr(CHOOSE_TABLET_LABEL),
        &current.map_or_else(|| "—".to_owned(), PairingRecord::shown_name),
        current.map_or("", |p| p.id.as_str()),
        &options,
    ) {
        actions.push(Action::Tablet(TabletAction::Choose(id)));
    }
}

/// A problem in the error style; news ("Paired with …") as plain text, not
/// in the warning style.
fn message(ui: &mut egui::Ui, notice: Option<&Notice>) {
    match notice {
        Some(notice) if notice.is_error() => {
            widgets::message_box(ui, &notice.text.to_string(), None, true);
        }
        Some(notice) => {
            ui.label(notice.text.to_string());
        }
        None => {}
    }
}

fn pairing_list(ui: &mut egui::Ui, t: &TabletUi, role: Role, actions: &mut Vec<Action>) {
    let (list, chosen) = match role {
        Role::Desk => (&t.desk_pairings, chosen_tablet(t).map(|p| p.id.as_str())),
        Role::Kiosk => (&t.kiosk_pairings, None),
    };
    for p in list {
        ui.horizontal_wrapped(|ui| {
            if role == Role::Desk && list.len() > 1 {
                let mine = chosen == Some(p.id.as_str());
                if ui.radio(mine, p.shown_name()).clicked() && !mine {
                    actions.push(Action::Tablet(TabletAction::Choose(p.id.clone())));
                }
            } else {
                ui.label(p.shown_name());
            }
            if !p.address.is_empty() {
                ui.label(egui::RichText::new(&p.address).weak());
            }
            if let Some(s) = t.tablet_state.get(&p.id) {
                ui.label(hand_off_text(s));
            }
            // A touch target on the tablet (its list shows on the kiosk).
            let remove = if role == Role::Kiosk {
                ui.button(tr("remove"))
            } else {
                ui.small_button(tr("remove"))
            };
            if remove.clicked() {
                actions.push(Action::Tablet(TabletAction::Remove {
                    id: p.id.clone(),
                    role,
                }));
            }
        });
    }
}

fn name_field(ui: &mut egui::Ui, settings: &Settings, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let l = ui.label(tr(DEVICE_NAME_LABEL));
        let mut name = settings.device_name.clone();
        let r = ui
            .add(egui::TextEdit::singleline(&mut name))
            .labelled_by(l.id);
        if r.changed() {
            actions.push(Action::Tablet(TabletAction::SetName(name)));
        }
        // Announced anew once typed, not at every key.
        if r.lost_focus() {
            actions.push(Action::Tablet(TabletAction::Renamed));
        }
    });
}

/// Settings › Signing tablets (desk side, and the tablet's set-up).
pub fn settings_section(
    ui: &mut egui::Ui,
    tablet: &mut TabletUi,
    settings: &Settings,
    actions: &mut Vec<Action>,
) {
    widgets::section_heading(ui, tr("signing-tablets"));
    name_field(ui, settings, actions);
    let t = &mut *tablet;
    if let Some(e) = &t.error {
        widgets::message_box(ui, &e.to_string(), None, false);
    }
    ui.label(tr("pair-this-desk-with-a-tablet-choose-pair-with"));
    discovery(ui, t, settings, actions);
    ui.horizontal(|ui| {
        let l = ui.label(tr(PAIR_ADDRESS_LABEL));
        ui.add(egui::TextEdit::singleline(&mut t.pair_addr).hint_text("192.168.1.20:47615"))
            .labelled_by(l.id);
    });
    ui.horizontal(|ui| {
        let l = ui.label(tr(PAIR_CODE_LABEL));
        ui.add(egui::TextEdit::singleline(&mut *t.pair_code).desired_width(90.0))
            .labelled_by(l.id);
        let ready = t.pair_pending.is_none() && !t.pair_addr.trim().is_empty();
        if ui
            .add_enabled(ready, egui::Button::new(tr("pair")))
            .clicked()
        {
            actions.push(Action::Tablet(TabletAction::Pair));
        }
        if t.pair_pending.is_some() {
            ui.spinner();
        }
    });
    message(ui, t.pair_message.as_ref());
    pairing_list(ui, t, Role::Desk, actions);
    ui.add_space(6.0);
    kiosk_pairing(ui, tablet, settings, actions);
}

/// The tablet's side: where it listens, "Pair with a desk", the code, and
/// the desks it knows.
pub fn kiosk_pairing(
    ui: &mut egui::Ui,
    tablet: &TabletUi,
    settings: &Settings,
    actions: &mut Vec<Action>,
) {
    let t = tablet;
    ui.label(egui::RichText::new(tr("this-computer-as-a-signing-tablet")).strong());
    listen_choice(ui, t, settings, actions);
    let mut announce = settings.tablet_announce;
    if ui.checkbox(&mut announce, tr(ANNOUNCE_LABEL)).changed() {
        actions.push(Action::Tablet(TabletAction::SetAnnounce(announce)));
    }
    match &t.listening {
        Some(Ok(addr)) => {
            ui.label(trf("listening-on-address", &[("address", addr)]));
            match &t.announcing {
                Some(Ok(Announced::OnNetwork)) => {
                    ui.label(tr("desks-on-this-network-can-find-this-tablet"))
                }
                Some(Ok(Announced::NotOnThisComputerOnly)) => {
                    ui.label(tr("not-announced-this-computer-only"))
                }
                Some(Err(e)) => ui.label(trf(
                    "not-announced-on-the-network-error-desks-can",
                    &[("error", e)],
                )),
                None => ui.label(""),
            };
        }
        Some(Err(e)) => widgets::message_box(
            ui,
            &trf("the-tablet-link-could-not-start-error", &[("error", e)]),
            None,
            false,
        ),
        None => {}
    }
    if let Some(code) = &t.code {
        // Shown once, large: the words above it do not repeat it.
        ui.label(tr("code-for-the-desk"));
        ui.label(egui::RichText::new(code).size(40.0).monospace().strong());
        let minutes = CODE_LIFETIME.as_secs() / 60;
        ui.label(trf(
            "the-code-is-valid-for-minutes",
            &[("minutes", &minutes)],
        ));
        ui.label(trf(
            "this-tablets-name-name",
            &[("name", &device_name(settings))],
        ));
        if ui.button(tr("stop-pairing")).clicked() {
            actions.push(Action::Tablet(TabletAction::ClosePairing));
        }
    } else if settings.tablet_listen.trim().is_empty() {
        ui.label(tr("choose-the-address-to-listen-on-first"));
    } else if t.pairing_open {
        ui.spinner();
    } else if ui.button(tr(PAIR_WITH_DESK_LABEL)).clicked() {
        actions.push(Action::Tablet(TabletAction::OpenPairing));
    }
    message(ui, t.pairing_note.as_ref());
    pairing_list(ui, t, Role::Kiosk, actions);
}

/// The kiosk's staff screen (behind the PIN): pairing with desks.
pub fn kiosk_staff_section(
    ui: &mut egui::Ui,
    tablet: &TabletUi,
    settings: &Settings,
    actions: &mut Vec<Action>,
) {
    egui::CollapsingHeader::new(tr("signing-tablet-desks"))
        .id_salt("kiosk_tablet_link")
        .default_open(tablet.pairing_open)
        .show(ui, |ui| {
            name_field(ui, settings, actions);
            kiosk_pairing(ui, tablet, settings, actions);
        });
}

fn interface_list(t: &TabletUi) -> &[NetInterface] {
    match &t.interfaces {
        Some(Ok(list)) => list,
        _ => &[],
    }
}

/// How an interface reads in a chooser.
fn interface_text(i: &NetInterface) -> String {
    if i.is_loopback() {
        trf(
            "this-computer-only-for-testing-address",
            &[("address", &i.ip)],
        )
    } else {
        format!("{} ({})", i.name, i.ip)
    }
}

/// The tablet's listen address, chosen from this computer's interfaces;
/// every interface only when picked explicitly.
fn listen_choice(ui: &mut egui::Ui, t: &TabletUi, settings: &Settings, actions: &mut Vec<Action>) {
    let (ip, port) = interfaces::split_listen(&settings.tablet_listen);
    let list = interface_list(t);
    let mut options: Vec<(String, String)> = list
        .iter()
        .map(|i| (i.ip.to_string(), interface_text(i)))
        .collect();
    options.push((
        ALL_INTERFACES.to_string(),
        tr("every-network-of-this-computer-0-0-0").to_owned(),
    ));
    let current = ip.map(|ip| ip.to_string()).unwrap_or_default();
    let shown = options
        .iter()
        .find(|(id, _)| *id == current)
        .map(|(_, text)| text.clone())
        .or_else(|| ip.map(|ip| trf("address-not-on-this-computer-now", &[("address", &ip)])))
        .unwrap_or_else(|| tr("choose").to_owned());
    ui.horizontal_wrapped(|ui| {
        let picked = choice(ui, tr(LISTEN_LABEL), &shown, &current, &options);
        if let Some(ip) = picked.and_then(|p| p.parse::<IpAddr>().ok()) {
            let port = if port == 0 {
                interfaces::DEFAULT_PORT
            } else {
                port
            };
            let setting = interfaces::listen_setting(ip, port);
            actions.push(Action::Tablet(TabletAction::SetListen(setting)));
        }
    });
    ui.horizontal(|ui| {
        let l = ui.label(tr(LISTEN_PORT_LABEL));
        let mut p = port;
        let r = ui
            .add_enabled(ip.is_some(), egui::DragValue::new(&mut p).range(0..=65535))
            .labelled_by(l.id);
        if let (true, Some(ip)) = (r.changed(), ip) {
            let setting = interfaces::listen_setting(ip, p);
            actions.push(Action::Tablet(TabletAction::SetListen(setting)));
        }
    });
    if let Some(Err(e)) = &t.interfaces {
        ui.label(trf(
            "the-network-interfaces-could-not-be-listed-error",
            &[("error", e)],
        ));
    }
}

/// The desk: where to look for tablets, and the ones found.
fn discovery(ui: &mut egui::Ui, t: &TabletUi, settings: &Settings, actions: &mut Vec<Action>) {
    let mut names: Vec<(String, String)> =
        vec![(String::new(), tr("nowhere-type-the-address").to_owned())];
    // Tablets are never announced on loopback: nothing to look for there.
    for i in interface_list(t).iter().filter(|i| !i.is_loopback()) {
        if !names.iter().any(|(n, _)| *n == i.name) {
            names.push((i.name.clone(), interface_text(i)));
        }
    }
    let current = settings.tablet_discovery.trim();
    let shown = names
        .iter()
        .find(|(n, _)| n == current)
        .map_or_else(|| current.to_owned(), |(_, text)| text.clone());
    ui.horizontal_wrapped(|ui| {
        if let Some(name) = choice(ui, tr(DISCOVERY_LABEL), &shown, current, &names) {
            actions.push(Action::Tablet(TabletAction::SetDiscovery(name)));
        }
        if t.discovery_wanted.is_some()
            && t.found.is_empty()
            && !matches!(t.discovering, Some(Err(_)))
        {
            ui.spinner();
            ui.label(egui::RichText::new(tr("looking-for-tablets")).weak());
        }
    });
    if let Some(Err(e)) = &t.discovering {
        ui.label(trf(
            "tablets-cannot-be-looked-for-on-this-network",
            &[("error", e)],
        ));
    }
    for f in &t.found {
        ui.horizontal_wrapped(|ui| {
            if ui.button(trf("use-name", &[("name", &f.name)])).clicked() {
                actions.push(Action::Tablet(TabletAction::UseFound(f.addr.clone())));
            }
            ui.label(egui::RichText::new(&f.addr).weak());
            if t.desk_pairings.iter().any(|p| p.address == f.addr) {
                ui.label(egui::RichText::new(tr("already-paired")).weak());
            }
        });
    }
}
