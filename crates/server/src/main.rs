//! `server [--addr 127.0.0.1:8080] [--db data/essc.sqlite] [--dist dist] [--demo] [--kiosk] [--kiosk-idle SECONDS] [--receipt-printer]
//! [--unlimited] [--trusted-proxy CIDR]... [--secure] [--allowed-origin URL]...` (`Config::USAGE`)

use std::process::ExitCode;

use server::config::Config;

#[tokio::main]
async fn main() -> ExitCode {
    server::telemetry::init();
    let config = match Config::from_args(std::env::args().skip(1)) {
        Ok(config) => config,
        Err(message) => {
            eprintln!("{message}\n\n{}", Config::USAGE);
            return ExitCode::from(2);
        }
    };
    match server::run(config, server::shutdown_signal()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(%error, "server stopped with an error");
            ExitCode::FAILURE
        }
    }
}
