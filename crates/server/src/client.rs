//! The caller's address, for per-client rate limits and the loopback-only routes.
//!
//! It is the TCP peer's address. Only when the peer is a proxy the operator trusts
//! (`--trusted-proxy`) is `X-Forwarded-For` read, and then only its last hop that is not a
//! trusted proxy: everything to the left of that was written by the client and proves nothing.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use ipnet::IpNet;

use crate::AppState;

/// The key a client is counted under: its IPv4 address, or its IPv6 /64 (one subscriber's
/// network, which a client can change addresses within at will). `"unknown"` only in-process,
/// where a request has no peer (handler tests through `oneshot`).
#[derive(Debug, Clone)]
pub struct ClientAddr(pub String);

impl ClientAddr {
    /// Whether the caller is on this machine (or in-process, where there is no peer): the
    /// development routes answer only such callers, so a demo server reachable from a network
    /// cannot be made to expire everyone's sessions or show the SMS codes.
    #[must_use]
    pub fn is_local(&self) -> bool {
        self.0 == "unknown" || self.0.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
    }
}

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let key = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or_else(
                || "unknown".to_owned(),
                |peer| {
                    key(client_ip(
                        peer.0.ip(),
                        &parts.headers,
                        &state.trusted_proxies,
                    ))
                },
            );
        Ok(Self(key))
    }
}

/// The client behind `peer`: `peer` itself unless it is a trusted proxy, else the last hop of
/// `X-Forwarded-For` (all such headers, in order) that is not a trusted proxy. A hop that does
/// not parse ends the walk at the proxy that passed it on.
#[must_use]
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let peer = peer.to_canonical();
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        match hop.parse::<IpAddr>() {
            Ok(ip) => {
                client = ip.to_canonical();
                if !is_trusted(&client) {
                    break;
                }
            }
            Err(_) => break,
        }
    }
    client
}

fn key(ip: IpAddr) -> String {
    match ip {
        IpAddr::V6(v6) if !v6.is_loopback() => {
            let network = IpNet::new(IpAddr::V6(v6), 64).map_or(ip, |n| n.trunc().addr());
            format!("{network}/64")
        }
        _ => ip.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn forwarded(values: &[&'static str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append("x-forwarded-for", HeaderValue::from_static(value));
        }
        headers
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn nets(list: &[&str]) -> Vec<IpNet> {
        list.iter().map(|n| n.parse().unwrap()).collect()
    }

    #[test]
    fn without_a_trusted_proxy_the_header_is_ignored() {
        let headers = forwarded(&["203.0.113.7"]);
        assert_eq!(
            client_ip(ip("198.51.100.2"), &headers, &[]),
            ip("198.51.100.2")
        );
        assert_eq!(
            client_ip(ip("198.51.100.2"), &headers, &nets(&["10.0.0.0/8"])),
            ip("198.51.100.2"),
            "a peer that is not the proxy cannot name someone else"
        );
    }

    #[test]
    fn behind_a_trusted_proxy_the_last_untrusted_hop_is_the_client() {
        let trusted = nets(&["10.0.0.0/8"]);
        // The client forged the first entry; the proxy appended the real peer.
        let headers = forwarded(&["1.2.3.4, 203.0.113.7"]);
        assert_eq!(
            client_ip(ip("10.0.0.5"), &headers, &trusted),
            ip("203.0.113.7")
        );
        // Two proxies, and the header split over two lines.
        let headers = forwarded(&["1.2.3.4", "203.0.113.7, 10.0.0.9"]);
        assert_eq!(
            client_ip(ip("10.0.0.5"), &headers, &trusted),
            ip("203.0.113.7")
        );
        // Nothing forwarded: the proxy itself.
        assert_eq!(
            client_ip(ip("10.0.0.5"), &HeaderMap::new(), &trusted),
            ip("10.0.0.5")
        );
        // Garbage ends the walk at the proxy that passed it on.
        let headers = forwarded(&["203.0.113.7, not-an-address, 10.0.0.9"]);
        assert_eq!(
            client_ip(ip("10.0.0.5"), &headers, &trusted),
            ip("10.0.0.9")
        );
    }

    #[test]
    fn only_this_machine_is_local() {
        for local in ["127.0.0.1", "127.0.0.2", "::1", "unknown"] {
            assert!(ClientAddr(local.to_owned()).is_local(), "{local}");
        }
        for remote in ["192.168.1.20", "10.0.0.1", "2001:db8::/64", "not-an-ip"] {
            assert!(!ClientAddr(remote.to_owned()).is_local(), "{remote}");
        }
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_64_and_mapped_ipv4_as_ipv4() {
        assert_eq!(key(ip("2001:db8:1:2:aaaa::1")), "2001:db8:1:2::/64");
        assert_eq!(key(ip("2001:db8:1:2:bbbb::9")), "2001:db8:1:2::/64");
        assert_eq!(key(ip("::1")), "::1");
        assert_eq!(
            client_ip(ip("::ffff:198.51.100.2"), &HeaderMap::new(), &[]),
            ip("198.51.100.2")
        );
    }
}
