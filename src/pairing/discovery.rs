//! Finding signing tablets on the local network: DNS-SD over mDNS with the
//! kept crate mdns-sd. The tablet announces its name and port (nothing
//! else: no secret, no customer data) while its listener runs; the desk
//! browses. Both only on the interface chosen in Settings.

use std::net::{IpAddr, SocketAddr};

use mdns_sd::{IfKind, ResolvedService, ServiceDaemon, ServiceEvent, ServiceInfo};

use super::messages;

/// The DNS-SD service type of a tablet's listener.
pub const SERVICE_TYPE: &str = "_storedesk-kiosk._tcp.local.";

/// The only TXT record: the link's protocol version.
pub const TXT_VERSION: (&str, &str) = ("v", "1");

/// Where mDNS may send and listen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// One interface by name (the desk's choice in Settings).
    Interface(String),
    /// The interface holding this address (the tablet's listen address).
    Address(IpAddr),
    /// Every interface: only when the listen address was chosen as "all".
    All,
}

impl Scope {
    /// The scope that matches a listen address.
    pub fn for_listen(addr: SocketAddr) -> Scope {
        if addr.ip().is_unspecified() {
            Scope::All
        } else {
            Scope::Address(addr.ip())
        }
    }

    fn if_kind(&self) -> IfKind {
        match self {
            Scope::Interface(name) => IfKind::Name(name.clone()),
            Scope::Address(ip) => IfKind::Addr(*ip),
            Scope::All => IfKind::All,
        }
    }
}

/// What the tablet's announcement does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Announced {
    /// Announced on the listen address's network.
    OnNetwork,
    /// Not announced: the tablet listens on this computer only, where a
    /// desk types the address. No mDNS socket is opened at all then.
    NotOnThisComputerOnly,
}

/// Whether a listener on `listen` is announced: never on loopback ("This
/// computer only" means nothing goes out, not even mDNS on `lo`).
pub fn announced_for(listen: SocketAddr) -> Announced {
    if listen.ip().is_loopback() {
        Announced::NotOnThisComputerOnly
    } else {
        Announced::OnNetwork
    }
}

/// A tablet seen on the network.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// mDNS's full name: the key of this tablet while it is announced.
    pub key: String,
    pub name: String,
    /// "host:port" for pairing.
    pub addr: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiscoveryEvent {
    Found(Found),
    Lost { key: String },
}

fn err(e: mdns_sd::Error) -> String {
    e.to_string()
}

/// A daemon that uses `scope` only. mdns-sd starts with every interface;
/// the narrowing is its first command, so it applies before anything is
/// announced or asked.
fn daemon(scope: &Scope) -> Result<ServiceDaemon, String> {
    let d = ServiceDaemon::new().map_err(err)?;
    if *scope != Scope::All {
        d.disable_interface(IfKind::All).map_err(err)?;
    }
    d.enable_interface(scope.if_kind()).map_err(err)?;
    Ok(d)
}

/// The instance label: the tablet's name, cut to one DNS label (63 bytes).
pub fn instance_name(name: &str) -> String {
    let mut out = String::new();
    for c in messages::clean_name(name).chars() {
        if out.len() + c.len_utf8() > 63 {
            break;
        }
        out.push(c);
    }
    if out.is_empty() {
        "StoreDesk".into()
    } else {
        out
    }
}

/// The tablet's announcement while its listener runs; withdrawn when dropped.
pub struct Announcer {
    daemon: ServiceDaemon,
    fullname: String,
}

impl Announcer {
    pub fn start(scope: &Scope, name: &str, listen: SocketAddr) -> Result<Self, String> {
        let daemon = daemon(scope)?;
        // A host name of its own: the computer's name is not announced.
        let host = format!("storedesk-{:08x}.local.", rand::random::<u32>());
        let (instance, txt) = (instance_name(name), &[TXT_VERSION][..]);
        let info = if listen.ip().is_unspecified() {
            // Every interface: the daemon fills in each one's own address.
            ServiceInfo::new(SERVICE_TYPE, &instance, &host, (), listen.port(), txt)
                .map(ServiceInfo::enable_addr_auto)
        } else {
            ServiceInfo::new(
                SERVICE_TYPE,
                &instance,
                &host,
                listen.ip(),
                listen.port(),
                txt,
            )
        }
        .map_err(err)?;
        let fullname = info.get_fullname().to_owned();
        daemon.register(info).map_err(err)?;
        Ok(Self { daemon, fullname })
    }
}

impl Drop for Announcer {
    fn drop(&mut self) {
        // "Goodbye" to the browsers, then the daemon stops.
        if let Ok(done) = self.daemon.unregister(&self.fullname) {
            let _ = done.recv_timeout(std::time::Duration::from_secs(1));
        }
        let _ = self.daemon.shutdown();
    }
}

/// The desk looking for tablets; stops when dropped.
pub struct Browser {
    daemon: ServiceDaemon,
}

impl Browser {
    /// Browses on `scope`; `on_event` runs on a thread of its own for each
    /// tablet found or gone.
    pub fn start(
        scope: &Scope,
        on_event: impl Fn(DiscoveryEvent) + Send + 'static,
    ) -> Result<Self, String> {
        let daemon = daemon(scope)?;
        let events = daemon.browse(SERVICE_TYPE).map_err(err)?;
        std::thread::Builder::new()
            .name("tablet-discovery".into())
            .spawn(move || {
                // Ends when the daemon shuts down (the channel closes).
                while let Ok(e) = events.recv() {
                    if let Some(e) = event(e) {
                        on_event(e);
                    }
                }
            })
            .map_err(|e| e.to_string())?;
        Ok(Self { daemon })
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.daemon.stop_browse(SERVICE_TYPE);
        let _ = self.daemon.shutdown();
    }
}

fn event(e: ServiceEvent) -> Option<DiscoveryEvent> {
    match e {
        ServiceEvent::ServiceResolved(s) => found(&s).map(DiscoveryEvent::Found),
        ServiceEvent::ServiceRemoved(_, key) => Some(DiscoveryEvent::Lost { key }),
        _ => None,
    }
}

/// A resolved announcement as a tablet to offer; `None` for one that is
/// not ours or has no usable address.
pub fn found(s: &ResolvedService) -> Option<Found> {
    if s.ty_domain != SERVICE_TYPE || s.port == 0 {
        return None;
    }
    let ips: Vec<IpAddr> = s.addresses.iter().map(|a| a.to_ip_addr()).collect();
    let ip = pick_address(&ips)?;
    Some(Found {
        key: s.fullname.clone(),
        name: display_name(&s.fullname),
        addr: SocketAddr::new(ip, s.port).to_string(),
    })
}

/// IPv4 first (the address staff would type), then IPv6 that is not
/// link-local (which needs a scope to connect).
pub fn pick_address(ips: &[IpAddr]) -> Option<IpAddr> {
    let mut usable: Vec<IpAddr> = ips
        .iter()
        .copied()
        .filter(|ip| match ip {
            IpAddr::V4(v4) => !v4.is_unspecified(),
            IpAddr::V6(v6) => !v6.is_unspecified() && (v6.segments()[0] & 0xffc0) != 0xfe80,
        })
        .collect();
    usable.sort_by_key(|ip| (ip.is_ipv6(), *ip));
    usable.first().copied()
}

/// The tablet's name from the instance's full name.
pub fn display_name(fullname: &str) -> String {
    let instance = fullname
        .strip_suffix(SERVICE_TYPE)
        .map(|s| s.trim_end_matches('.'))
        .unwrap_or(fullname);
    messages::clean_name(&instance.replace("\\.", ".").replace("\\\\", "\\"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fit_one_label_and_read_back() {
        let long = "Kiosk – Emmerich ".repeat(5);
        let label = instance_name(&long);
        assert!(label.len() <= 63, "{}", label.len());
        assert!(long.starts_with(&label));
        assert_eq!(instance_name(" \n "), "StoreDesk");
        let full = format!("Kiosk – Emmerich 1.{SERVICE_TYPE}");
        assert_eq!(display_name(&full), "Kiosk – Emmerich 1");
        let dotted = format!("Kiosk 1\\.2.{SERVICE_TYPE}");
        assert_eq!(display_name(&dotted), "Kiosk 1.2");
    }

    #[test]
    fn addresses_prefer_ipv4_and_skip_link_local() {
        let ips: Vec<IpAddr> = ["fe80::1", "fd00::2", "192.168.1.20"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect();
        assert_eq!(pick_address(&ips), Some("192.168.1.20".parse().unwrap()));
        assert_eq!(pick_address(&ips[..2]), Some("fd00::2".parse().unwrap()));
        assert_eq!(pick_address(&ips[..1]), None);
    }

    #[test]
    fn scope_follows_the_listen_address() {
        let lo: SocketAddr = "127.0.0.1:47615".parse().unwrap();
        assert_eq!(Scope::for_listen(lo), Scope::Address(lo.ip()));
        let all: SocketAddr = "0.0.0.0:47615".parse().unwrap();
        assert_eq!(Scope::for_listen(all), Scope::All);
    }

    #[test]
    fn service_type_is_valid_dns_sd() {
        // At most 15 characters in the service name (RFC 6335).
        let name = SERVICE_TYPE
            .strip_prefix('_')
            .and_then(|s| s.strip_suffix("._tcp.local."))
            .unwrap();
        assert!(name.len() <= 15);
    }
}
