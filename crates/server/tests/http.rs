//! The HTTP surface against a real SQLite file and a built-app directory in a temp dir.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt as _;
use server::config::Config;
use tower::ServiceExt as _;

const INDEX: &str = "<!doctype html><html><head><meta name=\"app-mode\" content=\"personal\">\
<script type=module>import init from '/app-0123456789abcdef.js';</script></head><body></body></html>";

struct Fixture {
    _dir: tempfile::TempDir,
    router: axum::Router,
}

async fn fixture(kiosk: bool) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(dist.join("locales/ar")).unwrap();
    std::fs::write(dist.join("index.html"), INDEX).unwrap();
    std::fs::write(dist.join("app-0123456789abcdef.js"), "export default 1;").unwrap();
    std::fs::write(dist.join("app-0123456789abcdef.js.br"), b"brotli bytes").unwrap();
    std::fs::write(dist.join("robots.txt"), "User-agent: *").unwrap();
    std::fs::write(dist.join("locales/ar/app.ftl"), "service-name = x").unwrap();
    let config = Config {
        db: dir.path().join("data/essc.sqlite"),
        dist,
        kiosk,
        ..Config::default()
    };
    let state = server::AppState::new(&config).await.unwrap();
    Fixture {
        _dir: dir,
        router: server::router(state),
    }
}

async fn send(
    router: &axum::Router,
    request: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, String) {
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

fn get(path: &str) -> Request<Body> {
    Request::get(path).body(Body::empty()).unwrap()
}

#[tokio::test]
async fn deep_links_get_the_app_shell_uncached_with_a_csp_hash_for_its_inline_script() {
    let fx = fixture(false).await;
    for path in ["/", "/accessibility", "/register/name"] {
        let (status, headers, body) = send(&fx.router, get(path)).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(body, INDEX);
        assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
        let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        // printf "import init from '/app-0123456789abcdef.js';" | openssl dgst -sha256 -binary | base64
        assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-Q4hHxqGQttmukTTH56wyqRvQ6wk/S1rQ2fKzf/t5L5o='"), "{csp}");
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    }
}

#[tokio::test]
async fn hashed_assets_are_immutable_and_sent_precompressed() {
    let fx = fixture(false).await;
    let request = Request::get("/app-0123456789abcdef.js")
        .header(header::ACCEPT_ENCODING, "br")
        .body(Body::empty())
        .unwrap();
    let (status, headers, body) = send(&fx.router, request).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_ENCODING], "br");
    assert_eq!(body, "brotli bytes");
    assert!(
        headers[header::CACHE_CONTROL]
            .to_str()
            .unwrap()
            .contains("immutable")
    );

    let (_, plain_headers, plain) = send(&fx.router, get("/app-0123456789abcdef.js")).await;
    assert_eq!(plain, "export default 1;");
    assert!(plain_headers.get(header::CONTENT_ENCODING).is_none());

    let (_, robots, _) = send(&fx.router, get("/robots.txt")).await;
    assert_eq!(robots[header::CACHE_CONTROL], "no-cache");
    let (_, locale, _) = send(&fx.router, get("/locales/ar/app.ftl?v=00ff")).await;
    assert!(
        locale[header::CACHE_CONTROL]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
}

#[tokio::test]
async fn missing_files_are_404_not_the_app() {
    let fx = fixture(false).await;
    let (status, _, body) = send(&fx.router, get("/missing.js")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!body.contains("<html"));
}

#[tokio::test]
async fn health_reports_the_database_and_api_errors_are_problem_details() {
    let fx = fixture(false).await;
    let (status, headers, body) = send(&fx.router, get("/api/health")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    let health: protocol::health::HealthResponse = serde_json::from_str(&body).unwrap();
    assert_eq!(health.database, protocol::health::ComponentStatus::Ok);

    let (status, headers, body) = send(&fx.router, get("/api/v1/unknown")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(headers[header::CONTENT_TYPE], "application/problem+json");
    assert_eq!(
        body,
        r#"{"type":"about:blank","status":404,"code":"not-found"}"#
    );

    let post = Request::post("/api/health")
        .header("x-essc-client", "app")
        .body(Body::empty())
        .unwrap();
    let (status, _, body) = send(&fx.router, post).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(body.contains("method-not-allowed"));

    // Without the app's header or a same-origin Origin, a state change is refused first.
    let cross_site = Request::post("/api/health")
        .header("origin", "https://evil.example")
        .body(Body::empty())
        .unwrap();
    let (status, _, body) = send(&fx.router, cross_site).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(body.contains("forbidden-origin"));

    let post_page = Request::post("/accessibility").body(Body::empty()).unwrap();
    let (status, _, _) = send(&fx.router, post_page).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn kiosk_servers_tell_the_app_through_the_mode_meta_tag() {
    let fx = fixture(true).await;
    let (_, _, body) = send(&fx.router, get("/")).await;
    assert!(
        body.contains(r#"<meta name="app-mode" content="kiosk">"#),
        "{body}"
    );
}

#[tokio::test]
async fn the_server_stops_cleanly_when_told_to() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        db: dir.path().join("essc.sqlite"),
        dist: dir.path().join("no-dist"),
        ..Config::default()
    };
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let handle = tokio::spawn(server::run(config, async {
        let _ = rx.await;
    }));
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    tx.send(()).unwrap();
    let result = tokio::time::timeout(std::time::Duration::from_secs(5), handle)
        .await
        .unwrap()
        .unwrap();
    assert!(result.is_ok());
    assert!(dir.path().join("essc.sqlite").exists());
}

#[tokio::test]
async fn a_host_name_that_only_resolves_here_is_refused() {
    let fx = fixture(false).await;
    let with_host = |path: &str, host: &str| {
        Request::get(path)
            .header(header::HOST, host)
            .body(Body::empty())
            .unwrap()
    };
    for path in ["/", "/api/health"] {
        // DNS rebinding: a hostile site's name pointed at this machine.
        let (status, headers, body) =
            send(&fx.router, with_host(path, "rebind.evil.example:8080")).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
        assert!(body.contains("forbidden-origin"), "{body}");
        assert_eq!(headers[header::CACHE_CONTROL], "no-store", "{path}");
        for host in ["127.0.0.1:8080", "localhost:8080", "[::1]:8080"] {
            let (status, _, _) = send(&fx.router, with_host(path, host)).await;
            assert_eq!(status, StatusCode::OK, "{path} {host}");
        }
    }
    let cross = Request::get("/api/health")
        .header(header::HOST, "127.0.0.1:8080")
        .header(header::ORIGIN, "http://rebind.evil.example:8080")
        .body(Body::empty())
        .unwrap();
    assert_eq!(send(&fx.router, cross).await.0, StatusCode::FORBIDDEN);
}
