//! Durability: the server is killed (SIGKILL) right after it answers 201 to a registration,
//! restarted, and the account is there. Twenty rounds take about 6 seconds here.

use std::io::{Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const ROUNDS: usize = 20;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start(dir: &std::path::Path, addr: SocketAddr) -> Child {
    let child = Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["--addr", &addr.to_string(), "--demo", "--dist"])
        .arg(dir.join("dist"))
        .arg("--db")
        .arg(dir.join("essc.sqlite"))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while TcpStream::connect(addr).is_err() {
        assert!(Instant::now() < deadline, "the server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    child
}

fn post(addr: SocketAddr, path: &str, headers: &str, body: &str) -> u16 {
    let mut stream = TcpStream::connect(addr).unwrap();
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nX-Essc-Client: app\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n{headers}\r\n{body}",
        body.len()
    )
    .unwrap();
    // Only the status line: the server is killed as soon as it is read.
    let mut head = [0_u8; 12];
    stream.read_exact(&mut head).unwrap();
    String::from_utf8_lossy(&head[9..12]).parse().unwrap()
}

#[test]
fn a_registration_answered_201_survives_the_server_being_killed() {
    let registration = r#"{"surname":"Takahashi","givenNames":"Kenta","identifierKind":"work-permit-number","identifier":"110000201900055021","password":"correct-h0rse"}"#;
    let sign_in = r#"{"identifierKind":"work-permit-number","identifier":"110000201900055021","password":"correct-h0rse"}"#;
    for round in 0..ROUNDS {
        let dir = tempfile::tempdir().unwrap();
        let addr = SocketAddr::from(([127, 0, 0, 1], free_port()));
        let mut server = start(dir.path(), addr);
        let key = format!("Idempotency-Key: 6f1d2c3b-4a5e-4f60-8a7b-{round:012}\r\n");
        let status = post(addr, "/api/v1/registrations", &key, registration);
        server.kill().unwrap();
        server.wait().unwrap();
        assert_eq!(status, 201, "round {round}");

        let mut server = start(dir.path(), addr);
        let status = post(addr, "/api/v1/session", "", sign_in);
        server.kill().unwrap();
        server.wait().unwrap();
        assert_eq!(status, 200, "round {round}: the account was lost");
    }
}
