//! The computer's network interfaces, for Settings to offer (never typed):
//! where the tablet listens for desks and where the desk looks for tablets.
//! Listed with if-addrs, the crate mdns-sd itself uses.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

/// The tablet's port unless Settings says otherwise.
pub const DEFAULT_PORT: u16 = 47615;

/// One address of one interface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetInterface {
    pub name: String,
    pub ip: IpAddr,
}

impl NetInterface {
    pub fn is_loopback(&self) -> bool {
        self.ip.is_loopback()
    }
}

/// The interfaces worth offering, local networks first and loopback last.
pub fn list() -> Result<Vec<NetInterface>, String> {
    let all = if_addrs::get_if_addrs().map_err(|e| e.to_string())?;
    Ok(offered(
        all.into_iter()
            .map(|i| NetInterface {
                ip: i.ip(),
                name: i.name,
            })
            .collect(),
    ))
}

/// Sorted for the chooser: IPv4 before IPv6, loopback last. IPv6
/// link-local addresses are left out: they cannot be bound without a scope.
pub fn offered(mut all: Vec<NetInterface>) -> Vec<NetInterface> {
    all.retain(|i| !is_ipv6_link_local(&i.ip) && !i.ip.is_unspecified());
    all.sort_by_key(|i| (i.is_loopback(), i.ip.is_ipv6(), i.name.clone(), i.ip));
    all.dedup();
    all
}

fn is_ipv6_link_local(ip: &IpAddr) -> bool {
    matches!(ip, IpAddr::V6(v6) if (v6.segments()[0] & 0xffc0) == 0xfe80)
}

/// The listen setting's address and port; a setting that does not parse
/// gives no address and the default port.
pub fn split_listen(setting: &str) -> (Option<IpAddr>, u16) {
    match setting.trim().parse::<SocketAddr>() {
        Ok(a) => (Some(a.ip()), a.port()),
        Err(_) => (None, DEFAULT_PORT),
    }
}

/// The listen setting for `ip` and `port`.
pub fn listen_setting(ip: IpAddr, port: u16) -> String {
    SocketAddr::new(ip, port).to_string()
}

/// Every interface: offered only when asked for explicitly.
pub const ALL_INTERFACES: IpAddr = IpAddr::V4(Ipv4Addr::UNSPECIFIED);

#[cfg(test)]
mod tests {
    use super::*;

    fn i(name: &str, ip: &str) -> NetInterface {
        NetInterface {
            name: name.into(),
            ip: ip.parse().unwrap(),
        }
    }

    #[test]
    fn lan_first_loopback_last_no_link_local() {
        let got = offered(vec![
            i("lo", "127.0.0.1"),
            i("lo", "::1"),
            i("eth0", "fe80::1"),
            i("eth0", "fd00::5"),
            i("eth0", "192.168.1.20"),
            i("wlan0", "10.0.0.7"),
            i("eth0", "192.168.1.20"),
        ]);
        assert_eq!(
            got,
            vec![
                i("eth0", "192.168.1.20"),
                i("wlan0", "10.0.0.7"),
                i("eth0", "fd00::5"),
                i("lo", "127.0.0.1"),
                i("lo", "::1"),
            ]
        );
    }

    #[test]
    fn listen_setting_round_trip() {
        let ip: IpAddr = "192.168.1.20".parse().unwrap();
        let s = listen_setting(ip, 47615);
        assert_eq!(s, "192.168.1.20:47615");
        assert_eq!(split_listen(&s), (Some(ip), 47615));
        assert_eq!(split_listen("[::1]:9"), (Some("::1".parse().unwrap()), 9));
        assert_eq!(split_listen(""), (None, DEFAULT_PORT));
        assert_eq!(split_listen("tablet"), (None, DEFAULT_PORT));
    }

    #[test]
    fn this_machine_lists_without_failing() {
        // Whatever the machine has; loopback is there on any we run on.
        let got = list().unwrap();
        assert!(got.iter().any(NetInterface::is_loopback), "{got:?}");
    }
}
