//! Command-line settings.

use std::net::SocketAddr;
use std::path::PathBuf;

/// How the server is run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub addr: SocketAddr,
    pub db: PathBuf,
    pub dist: PathBuf,
    /// Seed demo data and enable development-only routes.
    pub demo: bool,
    /// Serve the app in kiosk mode: nothing is written to browser storage.
    pub kiosk: bool,
    /// On a kiosk, seconds without input before the idle warning (`--kiosk-idle`, 30–3600);
    /// the app's default (120) when not given.
    pub kiosk_idle: Option<u32>,
    /// On a kiosk, pages print as receipts on an 80 mm roll (`--receipt-printer`) rather
    /// than on A4.
    pub receipt_printer: bool,
    /// `?lang=en-XA` and `?lang=ar-XB` may choose the pseudo-locales (`--pseudo-locales`): for
    /// the end-to-end suite; never offered to users.
    pub pseudo_locales: bool,
    /// Turn rate limits off: only for load tests on a private machine (`cargo xtask bench-server`).
    pub unlimited: bool,
    /// Proxies whose `X-Forwarded-For` is believed (`--trusted-proxy`, repeatable); none by
    /// default, so the client is the TCP peer.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Served over HTTPS (by this server's proxy): `Secure` `__Host-` cookies and HSTS.
    pub secure: bool,
    /// Host names, besides IP addresses and `localhost`, that requests may name
    /// (`--allowed-origin https://essc.example.cn`, repeatable; stored as `host[:port]`).
    pub allowed_hosts: Vec<String>,
    /// Timeouts and the connection cap; the defaults, except in tests.
    pub limits: crate::listen::Limits,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            db: PathBuf::from("data/essc.sqlite"),
            dist: PathBuf::from("dist"),
            demo: false,
            kiosk: false,
            kiosk_idle: None,
            receipt_printer: false,
            pseudo_locales: false,
            unlimited: false,
            trusted_proxies: Vec::new(),
            secure: false,
            allowed_hosts: Vec::new(),
            limits: crate::listen::Limits::default(),
        }
    }
}

impl Config {
    /// What the app's page tells a kiosk; `None` on a personal device.
    #[must_use]
    pub fn kiosk_settings(&self) -> Option<crate::index_html::KioskSettings> {
        self.kiosk.then_some(crate::index_html::KioskSettings {
            idle_seconds: self.kiosk_idle,
            receipt_printer: self.receipt_printer,
        })
    }

    pub const USAGE: &'static str = "usage: server [--addr 127.0.0.1:8080] [--db data/essc.sqlite] [--dist dist] [--demo] [--kiosk] [--kiosk-idle SECONDS] [--receipt-printer] [--pseudo-locales] [--unlimited] [--trusted-proxy CIDR]... [--secure] [--allowed-origin URL]...";

    /// Parses arguments (without the program name).
    ///
    /// # Errors
    /// A message naming the argument that could not be understood.
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Result<Self, String> {
        let mut config = Self::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let (name, inline) = match arg.split_once('=') {
                Some((name, value)) => (name.to_owned(), Some(value.to_owned())),
                None => (arg, None),
            };
            let mut value = |name: &str| {
                inline
                    .clone()
                    .or_else(|| args.next())
                    .ok_or_else(|| format!("{name} needs a value"))
            };
            match name.as_str() {
                "--addr" => {
                    let raw = value("--addr")?;
                    config.addr = raw
                        .parse()
                        .map_err(|_| format!("--addr: not an address and port: {raw}"))?;
                }
                "--db" => config.db = PathBuf::from(value("--db")?),
                "--dist" => config.dist = PathBuf::from(value("--dist")?),
                "--demo" => config.demo = true,
                "--kiosk" => config.kiosk = true,
                "--receipt-printer" => config.receipt_printer = true,
                "--pseudo-locales" => config.pseudo_locales = true,
                "--kiosk-idle" => {
                    let raw = value("--kiosk-idle")?;
                    let seconds = raw
                        .parse::<u32>()
                        .ok()
                        .filter(|s| (30..=3600).contains(s))
                        .ok_or_else(|| {
                            format!("--kiosk-idle: not a number of seconds from 30 to 3600: {raw}")
                        })?;
                    config.kiosk_idle = Some(seconds);
                }
                "--unlimited" => config.unlimited = true,
                "--secure" => config.secure = true,
                "--allowed-origin" => {
                    let raw = value("--allowed-origin")?;
                    let host = raw
                        .split_once("://")
                        .map_or(raw.as_str(), |(_, rest)| rest)
                        .trim_end_matches('/');
                    if host.is_empty() || host.contains('/') {
                        return Err(format!(
                            "--allowed-origin: not an origin such as https://essc.example.cn: {raw}"
                        ));
                    }
                    config.allowed_hosts.push(host.to_owned());
                }
                "--trusted-proxy" => {
                    let raw = value("--trusted-proxy")?;
                    let net = raw
                        .parse::<ipnet::IpNet>()
                        .or_else(|_| raw.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                        .map_err(|_| {
                            format!("--trusted-proxy: not an address or CIDR range: {raw}")
                        })?;
                    config.trusted_proxies.push(net);
                }
                "-h" | "--help" => return Err("help".into()),
                other => return Err(format!("unknown argument: {other}")),
            }
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Config, String> {
        Config::from_args(args.iter().map(|s| (*s).to_owned()))
    }

    #[test]
    fn defaults_match_the_readme() {
        let config = parse(&[]).unwrap();
        assert_eq!(config.addr.to_string(), "127.0.0.1:8080");
        assert_eq!(config.db, PathBuf::from("data/essc.sqlite"));
        assert!(!config.demo && !config.kiosk);
    }

    #[test]
    fn accepts_separate_and_inline_values_and_flags() {
        let config = parse(&[
            "--addr",
            "127.0.0.1:9999",
            "--db=x.sqlite",
            "--dist",
            "out",
            "--kiosk",
            "--demo",
        ])
        .unwrap();
        assert_eq!(config.addr.port(), 9999);
        assert_eq!(config.db, PathBuf::from("x.sqlite"));
        assert_eq!(config.dist, PathBuf::from("out"));
        assert!(config.kiosk && config.demo);
        assert_eq!(config.kiosk_settings().and_then(|k| k.idle_seconds), None);
    }

    #[test]
    fn a_kiosk_idle_time_is_read_within_its_range() {
        let config = parse(&["--kiosk", "--kiosk-idle", "300", "--receipt-printer"]).unwrap();
        assert!(config.kiosk_settings().is_some_and(|k| k.receipt_printer));
        assert_eq!(
            config.kiosk_settings().and_then(|k| k.idle_seconds),
            Some(300)
        );
        assert_eq!(parse(&["--kiosk-idle=300"]).unwrap().kiosk_settings(), None);
        for bad in ["5", "99999", "two"] {
            assert!(
                parse(&["--kiosk-idle", bad])
                    .unwrap_err()
                    .contains("--kiosk-idle")
            );
        }
    }

    #[test]
    fn rejects_unknown_arguments_and_bad_addresses() {
        assert!(parse(&["--nope"]).unwrap_err().contains("--nope"));
        assert!(
            parse(&["--addr", "localhost"])
                .unwrap_err()
                .contains("--addr")
        );
        assert!(parse(&["--db"]).unwrap_err().contains("needs a value"));
    }

    #[test]
    fn reads_proxies_origins_and_https() {
        let config = parse(&[
            "--trusted-proxy",
            "10.0.0.0/8",
            "--trusted-proxy=192.0.2.7",
            "--allowed-origin",
            "https://essc.example.cn/",
            "--secure",
        ])
        .unwrap();
        assert_eq!(
            config.trusted_proxies,
            vec![
                "10.0.0.0/8".parse().unwrap(),
                "192.0.2.7/32".parse().unwrap()
            ]
        );
        assert_eq!(config.allowed_hosts, vec!["essc.example.cn".to_owned()]);
        assert!(config.secure);
        assert!(
            parse(&["--trusted-proxy", "nope"])
                .unwrap_err()
                .contains("--trusted-proxy")
        );
        assert!(
            parse(&["--allowed-origin", "https://x.example/path"])
                .unwrap_err()
                .contains("--allowed-origin")
        );
    }
}
