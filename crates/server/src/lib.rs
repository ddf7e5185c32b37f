//! The reference backend: serves the built app with strict security headers and implements
//! the API contract in `protocol` over an embedded SQLite database.

pub mod accounts;
pub mod api;
pub mod applications;
pub mod auth;
pub mod card;
pub mod client;
pub mod clock;
pub mod config;
pub mod db;
pub mod demo;
pub mod demo_applications;
pub mod demo_data;
pub mod error;
pub mod extract;
pub mod face;
pub mod face_check;
pub mod housekeeping;
pub mod idempotency;
pub mod index_html;
pub mod listen;
pub mod masking;
pub mod openapi;
pub mod passwords;
pub mod qr;
pub mod qr_token;
pub mod rate_limit;
pub mod registration;
pub mod security;
pub mod session;
pub mod sms;
pub mod static_files;
pub mod telemetry;

use std::sync::Arc;

use axum::Router;
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutLayer};
use tower_http::trace::TraceLayer;

use crate::config::Config;
use crate::db::Db;
use crate::index_html::IndexHtml;

/// Everything a request handler may need.
#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    pub index: Arc<IndexHtml>,
    pub dist: Arc<std::path::Path>,
    pub csp: axum::http::HeaderValue,
    pub clock: Arc<clock::Clock>,
    pub limiter: Arc<rate_limit::RateLimiter>,
    /// Seeded demo data and development routes (`--demo`).
    pub demo: bool,
    /// Signs QR tokens; kept in the data directory, created on first start.
    pub qr_key: Arc<qr_token::SigningKey>,
    /// Host names requests may name besides addresses and `localhost` (`--allowed-origin`).
    pub allowed_hosts: Arc<[String]>,
    /// Timeouts and the connection cap (`listen.rs`).
    pub limits: listen::Limits,
    /// Face-check uploads being received (`face_check::upload_gate`).
    pub uploads: Arc<face_check::UploadGate>,
    /// How the session cookie is written (`--secure`, `--kiosk`).
    pub cookies: session::CookiePolicy,
    /// Proxies whose `X-Forwarded-For` is believed (`client.rs`).
    pub trusted_proxies: Arc<[ipnet::IpNet]>,
}

impl AppState {
    /// Opens the database and reads the built app.
    ///
    /// # Errors
    /// When the database cannot be opened.
    pub async fn new(config: &Config) -> Result<Self, db::DbError> {
        let db = Db::open(&config.db).await?;
        let index = match tokio::fs::read_to_string(config.dist.join("index.html")).await {
            Ok(html) => IndexHtml::new(&html, config.kiosk_settings(), config.pseudo_locales),
            Err(error) => {
                tracing::warn!(%error, dist = %config.dist.display(), "no built app found; serving the API only");
                IndexHtml::missing()
            }
        };
        let csp = security::content_security_policy(&index.script_hashes);
        Ok(Self {
            db,
            index: Arc::new(index),
            dist: Arc::from(config.dist.as_path()),
            csp,
            clock: Arc::default(),
            limiter: Arc::new(if config.unlimited {
                rate_limit::RateLimiter::disabled()
            } else {
                rate_limit::RateLimiter::default()
            }),
            demo: config.demo,
            trusted_proxies: Arc::from(config.trusted_proxies.as_slice()),
            allowed_hosts: Arc::from(config.allowed_hosts.as_slice()),
            uploads: Arc::default(),
            limits: config.limits,
            cookies: session::CookiePolicy {
                secure: config.secure,
                kiosk: config.kiosk,
            },
            qr_key: Arc::new(
                qr_token::SigningKey::load_or_create(&data_dir(&config.db))
                    .map_err(db::DbError::Io)?,
            ),
        })
    }
}

/// The directory holding the database file, where the server also keeps its QR signing key.
fn data_dir(db: &std::path::Path) -> std::path::PathBuf {
    db.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .map_or_else(
            || std::path::PathBuf::from("."),
            std::path::Path::to_path_buf,
        )
}

/// The whole HTTP surface.
pub fn router(state: AppState) -> Router {
    Router::new()
        .nest(protocol::paths::API_PREFIX, api::router(&state))
        .fallback(static_files::serve)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security::allowed_host,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security::headers,
        ))
        .layer(CompressionLayer::new())
        // A client that stops sending its body, or takes too long in all, is cut off.
        .layer(RequestBodyTimeoutLayer::new(state.limits.body_idle))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            state.limits.request,
        ))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Serves until `shutdown` completes, then lets in-flight requests finish.
///
/// # Errors
/// When the address cannot be bound or the database cannot be opened.
pub async fn run(
    config: Config,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let state = AppState::new(&config).await?;
    if config.demo {
        demo::seed(&state)
            .await
            .map_err(|e| format!("seeding demo data: {:?}", e.code()))?;
    }
    let listener = TcpListener::bind(config.addr).await?;
    serve(listener, state, &config, shutdown).await
}

/// Serves `state` on `listener`, each request knowing its peer's address, until `shutdown`
/// completes; then lets in-flight requests finish.
///
/// # Errors
/// When the listener fails.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    config: &Config,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let addr = listener.local_addr()?;
    let housekeeping = tokio::spawn(housekeeping::run(state.clone()));
    tracing::info!(%addr, demo = config.demo, kiosk = config.kiosk, db = %config.db.display(), "listening");
    if config.unlimited {
        tracing::warn!("rate limits are off (--unlimited): for load tests only");
    }
    println!("e-SSC app ready at http://{addr}/  (Ctrl-C stops it)");
    let limits = state.limits;
    listen::serve(listener, router(state), limits, shutdown).await?;
    housekeeping.abort();
    tracing::info!("stopped cleanly");
    Ok(())
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down; finishing in-flight requests");
}
