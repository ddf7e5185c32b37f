//! The built app in `dist/`: precompressed files when present, long caching for hashed names,
//! and `index.html` for every other path so deep links survive a reload.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tower::ServiceExt as _;
use tower_http::services::ServeDir;

use crate::AppState;
use crate::api::not_found;
use crate::error::ApiError;

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

pub async fn serve(State(state): State<AppState>, request: Request) -> Response {
    let path = request.uri().path().to_owned();
    if protocol::paths::is_api(&path) {
        return not_found().await.into_response();
    }
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return ApiError::new(protocol::problem::ApiErrorCode::MethodNotAllowed).into_response();
    }
    if path == "/" || path == "/index.html" {
        return index(&state);
    }
    let immutable = is_immutable(&path, request.uri().query());
    let files = ServeDir::new(&*state.dist)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false);
    let mut response = match files.oneshot(request).await {
        Ok(response) => response.map(Body::new),
        Err(never) => match never {},
    };
    if response.status() == StatusCode::NOT_FOUND {
        // A path without a file extension is one of the app's own routes.
        return if looks_like_file(&path) {
            StatusCode::NOT_FOUND.into_response()
        } else {
            index(&state)
        };
    }
    let cache = if immutable { IMMUTABLE } else { REVALIDATE };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

fn index(state: &AppState) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static(REVALIDATE)),
        ],
        state.index.body.clone(),
    )
        .into_response()
}

fn looks_like_file(path: &str) -> bool {
    path.rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.'))
}

/// Built assets are named `name-<hash>…`: the wasm and JS by the release build (16 hex digits),
/// the CSS by Trunk (a 64-bit number in hex without leading zeros); locale files carry their
/// content hash in `?v=`. Both can be cached for a year
/// because a change gives them a new URL.
fn is_immutable(path: &str, query: Option<&str>) -> bool {
    let file = path.rsplit('/').next().unwrap_or_default();
    let hashed_name = file
        .split(['-', '_', '.'])
        .skip(1)
        .any(|part| (12..=16).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_hexdigit()));
    let versioned = query.is_some_and(|q| {
        q.split('&')
            .any(|pair| pair.starts_with("v=") && pair.len() > 2)
    });
    hashed_name || versioned
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_and_versioned_assets_are_immutable_others_revalidate() {
        assert!(is_immutable("/essc-app-0123456789abcdef_bg.wasm", None));
        assert!(is_immutable("/main-0123456789abcdef.css", None));
        assert!(
            is_immutable("/essc-app-b81c88d56985c45.js", None),
            "a hash may lose its leading zero"
        );
        assert!(is_immutable("/locales/ar/main.ftl", Some("v=1a2b3c")));
        assert!(!is_immutable("/locales/ar/main.ftl", None));
        assert!(!is_immutable("/robots.txt", None));
        assert!(!is_immutable("/favicon.svg", Some("x=1")));
        assert!(
            !is_immutable("/deadbeefdeadbeef.txt", None),
            "the name itself is not a hash"
        );
    }

    #[test]
    fn only_paths_with_an_extension_look_like_files() {
        assert!(looks_like_file("/missing.js"));
        assert!(!looks_like_file("/accessibility"));
        assert!(!looks_like_file("/register/name"));
    }
}
