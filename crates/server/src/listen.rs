//! The accept loop: HTTP/1.1 connections with limits that protect the server from slow and
//! greedy clients, which `axum::serve` does not offer.
//!
//! - at most [`Limits::max_connections`] open connections (1,024 by default); the next waits
//!   in the kernel's backlog;
//! - a request's header must arrive within [`Limits::header_read`] (10 s by default; also while
//!   a kept-alive connection idles), or the connection is closed;
//! - each request carries its client's address (`ConnectInfo`), for `client::ClientAddr`.
//!
//! Body timeouts are middleware in `lib.rs`, from the same [`Limits`].

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tower::ServiceExt as _;

/// How patient the server is with its clients.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub max_connections: usize,
    /// For a request's whole header, and for the next one on a kept-alive connection.
    pub header_read: Duration,
    /// The longest a request body may pause between two pieces.
    pub body_idle: Duration,
    /// The longest a request may take in all, reading its body included.
    pub request: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_connections: 1024,
            header_read: Duration::from_secs(10),
            body_idle: Duration::from_secs(10),
            request: Duration::from_secs(60),
        }
    }
}
/// How long in-flight requests get to finish after a shutdown signal.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(20);

/// Serves `app` on `listener` until `shutdown` completes, then lets open connections finish
/// their requests (for at most [`SHUTDOWN_GRACE`]).
///
/// # Errors
/// Never at present; accept errors (such as running out of file descriptors) are logged and
/// retried after a pause.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let permits = Arc::new(tokio::sync::Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = permits.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    tracing::warn!(%error, "accept failed; pausing");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let service = app
            .clone()
            .map_request(move |mut request: hyper::Request<Incoming>| {
                request
                    .extensions_mut()
                    .insert(ConnectInfo::<SocketAddr>(peer));
                request.map(Body::new)
            })
            .map_err(|never: Infallible| match never {});
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_read)
            .serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!(%error, "connection ended with an error");
            }
            drop(permit);
        });
    }
    drop(listener);
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("requests still running at shutdown were cut off");
    }
    Ok(())
}
