//! Security events reach the log at `info`, without personal data. Its own test binary,
//! because it installs the process-wide log subscriber.

use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::http::Request;
use server::config::Config;
use tower::ServiceExt as _;

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn failed_sign_ins_and_limits_are_logged_without_names_or_numbers() {
    let captured = Captured::default();
    let writer = captured.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .init();

    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        db: dir.path().join("essc.sqlite"),
        dist: dir.path().join("dist"),
        demo: true,
        ..Config::default()
    };
    let state = server::AppState::new(&config).await.unwrap();
    server::demo::seed(&state).await.unwrap();
    let router = server::router(state);
    let number = "310000201900047735";
    for _ in 0..7 {
        let body = format!(
            r#"{{"identifierKind":"work-permit-number","identifier":"{number}","password":"Wrong-Password-9"}}"#
        );
        let mut request = Request::post("/api/v1/session")
            .header("content-type", "application/json")
            .header("x-essc-client", "app")
            .body(Body::from(body))
            .unwrap();
        request
            .extensions_mut()
            .insert(axum::extract::ConnectInfo(std::net::SocketAddr::from((
                [198, 51, 100, 23],
                4000,
            ))));
        let _ = router.clone().oneshot(request).await.unwrap();
    }
    let cross_site = Request::post("/api/v1/session")
        .header("origin", "http://127.0.0.1:1")
        .header("host", "127.0.0.1:8080")
        .body(Body::empty())
        .unwrap();
    let _ = router.clone().oneshot(cross_site).await.unwrap();

    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    for event in [
        "sign-in-failed",
        "rate-limited",
        "login-identifier",
        "origin-refused",
    ] {
        assert!(log.contains(event), "no {event} in:\n{log}");
    }
    for personal in [number, "198.51.100.23", "VAN DER BERG", "Wrong-Password-9"] {
        assert!(!log.contains(personal), "{personal} in the log:\n{log}");
    }
}
