//! Security headers on every response, the allowed hosts (against DNS rebinding) and the
//! same-origin rule for state-changing requests.

use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use crate::AppState;

/// The policy for the app: its own origin only, the wasm allowed to compile, the inline import
/// map and loader that the release build (`xtask/src/split.rs`) writes into `index.html`
/// allowed by hash (no `'unsafe-inline'`), nothing framed, no plugins.
#[must_use]
pub fn content_security_policy(script_hashes: &[String]) -> HeaderValue {
    let mut script_src = vec!["'self'", "'wasm-unsafe-eval'"];
    script_src.extend(script_hashes.iter().map(String::as_str));
    let policy = [
        "default-src 'self'".to_owned(),
        format!("script-src {}", script_src.join(" ")),
        "style-src 'self'".to_owned(),
        "img-src 'self' data: blob:".to_owned(),
        "media-src 'self' blob:".to_owned(),
        "font-src 'self'".to_owned(),
        "connect-src 'self'".to_owned(),
        "manifest-src 'self'".to_owned(),
        "worker-src 'self'".to_owned(),
        "object-src 'none'".to_owned(),
        "base-uri 'none'".to_owned(),
        "form-action 'self'".to_owned(),
        "frame-ancestors 'none'".to_owned(),
    ]
    .join("; ");
    HeaderValue::from_str(&policy)
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"))
}

pub async fn headers(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let api = protocol::paths::is_api(request.uri().path());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if state.cookies.secure {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000; includeSubDomains"),
        );
    }
    if api {
        // Personal data and one-time answers: never kept by the browser or anything between.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    headers.insert(header::CONTENT_SECURITY_POLICY, state.csp.clone());
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(self), microphone=(), geolocation=(), payment=()"),
    );
    response
}

/// Whether `host` (a `Host` header, or an `Origin`'s host) names this server: an IP address,
/// `localhost`, or a host given with `--allowed-origin`. A DNS name that merely resolves here
/// (DNS rebinding: a hostile site's name pointed at 127.0.0.1) is refused, so a page on
/// another site cannot read a local demo server's answers.
#[must_use]
pub fn host_allowed(host: &str, allowed: &[String]) -> bool {
    let name = host_name(host);
    name.eq_ignore_ascii_case("localhost")
        || name.parse::<std::net::IpAddr>().is_ok()
        || allowed
            .iter()
            .any(|a| a.eq_ignore_ascii_case(host) || a.eq_ignore_ascii_case(name))
}

/// `host[:port]` without the port; `[v6]` without its brackets.
fn host_name(host: &str) -> &str {
    if let Some(rest) = host.strip_prefix('[') {
        return rest.split(']').next().unwrap_or_default();
    }
    match host.rsplit_once(':') {
        Some((name, port)) if port.chars().all(|c| c.is_ascii_digit()) => name,
        _ => host,
    }
}

/// Refuses a request whose `Host` (or `Origin`) does not name this server; see [`host_allowed`].
pub async fn allowed_host(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let origin = headers
        .get(header::ORIGIN)
        .and_then(|v| v.to_str().ok())
        .map(|o| o.split_once("://").map_or(o, |(_, rest)| rest));
    let ok = host.is_none_or(|h| host_allowed(h, &state.allowed_hosts))
        && origin.is_none_or(|o| o == "null" || host_allowed(o, &state.allowed_hosts));
    if ok {
        return next.run(request).await;
    }
    tracing::info!(event = "host-refused", "a request named another host");
    axum::response::IntoResponse::into_response(crate::error::ApiError::new(
        protocol::problem::ApiErrorCode::ForbiddenOrigin,
    ))
}

/// State-changing API requests must come from the app: an `Origin` naming this host, or,
/// without `Origin`, the app's custom header (which a cross-site form cannot send).
pub async fn same_origin(request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        axum::http::Method::GET | axum::http::Method::HEAD | axum::http::Method::OPTIONS
    );
    if safe || origin_allowed(request.headers()) {
        return next.run(request).await;
    }
    tracing::info!(
        event = "origin-refused",
        "a state-changing request from another origin"
    );
    axum::response::IntoResponse::into_response(crate::error::ApiError::new(
        protocol::problem::ApiErrorCode::ForbiddenOrigin,
    ))
}

fn origin_allowed(headers: &axum::http::HeaderMap) -> bool {
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        Some(origin) => {
            let origin_host = origin.split_once("://").map(|(_, rest)| rest);
            origin_host.is_some() && origin_host == host
        }
        None => headers.get(protocol::paths::CLIENT_HEADER).is_some(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_same_origin_or_the_app_header_may_change_state() {
        let headers = |pairs: &[(&'static str, &'static str)]| {
            let mut map = axum::http::HeaderMap::new();
            for (name, value) in pairs {
                map.insert(*name, HeaderValue::from_static(value));
            }
            map
        };
        assert!(origin_allowed(&headers(&[
            ("host", "127.0.0.1:8080"),
            ("origin", "http://127.0.0.1:8080")
        ])));
        assert!(!origin_allowed(&headers(&[
            ("host", "127.0.0.1:8080"),
            ("origin", "https://evil.example")
        ])));
        assert!(!origin_allowed(&headers(&[
            ("host", "127.0.0.1:8080"),
            ("origin", "null")
        ])));
        assert!(origin_allowed(&headers(&[
            ("host", "127.0.0.1:8080"),
            ("x-essc-client", "app")
        ])));
        assert!(!origin_allowed(&headers(&[("host", "127.0.0.1:8080")])));
    }

    #[test]
    fn only_addresses_localhost_and_configured_hosts_are_this_server() {
        let allowed = vec!["essc.example.cn".to_owned()];
        for host in [
            "127.0.0.1:8080",
            "localhost:8080",
            "LOCALHOST",
            "[::1]:8080",
            "192.168.1.20:8080",
            "essc.example.cn",
            "essc.example.cn:443",
        ] {
            assert!(host_allowed(host, &allowed), "{host}");
        }
        for host in [
            "evil.example:8080",
            "127.0.0.1.nip.io:8080",
            "localhost.evil.example",
            "",
        ] {
            assert!(!host_allowed(host, &allowed), "{host}");
        }
    }

    #[test]
    fn policy_allows_wasm_and_hashed_scripts_but_never_unsafe_inline() {
        let csp = content_security_policy(&["'sha256-abc='".to_owned()]);
        let csp = csp.to_str().unwrap();
        assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='"));
        assert!(!csp.contains("unsafe-inline"));
        for directive in [
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(csp.contains(directive), "{directive} missing from {csp}");
        }
    }
}
