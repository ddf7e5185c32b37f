//! The server over real TCP sockets, as clients and attackers reach it: what depends on the
//! connection (the peer address, concurrency) cannot be tested through `oneshot`.
//! Linux routes all of 127.0.0.0/8 to the loopback device, so a test can be two clients.

use std::net::{Ipv4Addr, SocketAddr};

use server::config::Config;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpSocket};

const DEMO_NUMBER: &str = "310000201900047735";
const DEMO_PASSWORD: &str = "Shanghai-2026";

struct Running {
    addr: SocketAddr,
    _dir: tempfile::TempDir,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// A demo server on a free loopback port.
async fn start(extra: impl FnOnce(&mut Config)) -> Running {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config {
        db: dir.path().join("essc.sqlite"),
        dist: dir.path().join("dist"),
        demo: true,
        ..Config::default()
    };
    extra(&mut config);
    let state = server::AppState::new(&config).await.unwrap();
    server::demo::seed(&state).await.unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(async move {
        let _ = server::serve(listener, state, &config, async {
            let _ = stopped.await;
        })
        .await;
    });
    Running {
        addr,
        _dir: dir,
        stop: Some(stop),
    }
}

/// One HTTP/1.1 request from the local address `from`; the response's status and body.
async fn request(
    server: SocketAddr,
    from: Ipv4Addr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String) {
    let (status, _, body) = exchange(server, from, method, path, headers, body.as_bytes()).await;
    (status, body)
}

/// As [`request`], with any body, also giving the response's header block.
async fn exchange(
    server: SocketAddr,
    from: Ipv4Addr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, String, String) {
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind(SocketAddr::from((from, 0))).unwrap();
    let mut stream = socket.connect(server).await.unwrap();
    let mut text = format!(
        "{method} {path} HTTP/1.1\r\nHost: {server}\r\nOrigin: http://{server}\r\n\
         X-Essc-Client: app\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    if !headers
        .iter()
        .any(|(name, _)| name.eq_ignore_ascii_case("content-type"))
    {
        text.push_str("Content-Type: application/json\r\n");
    }
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str("\r\n");
    let mut bytes = text.into_bytes();
    bytes.extend_from_slice(body);
    stream.write_all(&bytes).await.unwrap();
    let mut reply = Vec::new();
    stream.read_to_end(&mut reply).await.unwrap();
    let reply = String::from_utf8_lossy(&reply).into_owned();
    let status = reply
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {reply:?}"));
    let (head, body) = reply.split_once("\r\n\r\n").unwrap_or((&reply, ""));
    (status, head.to_owned(), body.to_owned())
}

fn login_body(number: &str, password: &str) -> String {
    format!(
        r#"{{"identifierKind":"work-permit-number","identifier":"{number}","password":"{password}"}}"#
    )
}

const ONE: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 1);
const TWO: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 2);

#[tokio::test]
async fn one_address_using_up_its_sign_in_limit_does_not_lock_out_another() {
    let server = start(|_| {}).await;
    // Wrong passwords for many different numbers from one address, until it is refused.
    let mut refused = false;
    for n in 0..40 {
        let number = format!("31000020190{n:07}");
        let (status, _) = request(
            server.addr,
            TWO,
            "POST",
            "/api/v1/session",
            &[],
            &login_body(&number, "wrong-password-1"),
        )
        .await;
        if status == 429 {
            refused = true;
            break;
        }
        assert_eq!(status, 401, "attempt {n}");
    }
    assert!(refused, "the per-client limit never applied");
    let (status, body) = request(
        server.addr,
        ONE,
        "POST",
        "/api/v1/session",
        &[],
        &login_body(DEMO_NUMBER, DEMO_PASSWORD),
    )
    .await;
    assert_eq!(status, 200, "{body}");
}

#[tokio::test]
async fn concurrent_wrong_passwords_get_at_most_the_limit_of_answers_before_429() {
    let server = start(|_| {}).await;
    let addr = server.addr;
    let attempts = (0..20).map(|_| async move {
        let body = login_body(DEMO_NUMBER, "wrong-password-1");
        request(addr, ONE, "POST", "/api/v1/session", &[], &body).await
    });
    let statuses: Vec<u16> = futures_join_all(attempts)
        .await
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    let wrong = statuses.iter().filter(|s| **s == 401).count();
    let limited = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!(wrong + limited, 20, "{statuses:?}");
    assert!(
        wrong <= 5,
        "{wrong} wrong-password answers before the limit: {statuses:?}"
    );
}

#[tokio::test]
async fn forwarded_addresses_count_only_from_a_trusted_proxy() {
    // Not trusted: a forged header does not move the client to another key, so the limit
    // still applies to the real peer.
    let server = start(|_| {}).await;
    let mut last = 0;
    for n in 0..40 {
        let forged = format!("198.51.100.{n}");
        let number = format!("31000020190{n:07}");
        (last, _) = request(
            server.addr,
            TWO,
            "POST",
            "/api/v1/session",
            &[("X-Forwarded-For", &forged)],
            &login_body(&number, "wrong-password-1"),
        )
        .await;
        if last == 429 {
            break;
        }
    }
    assert_eq!(
        last, 429,
        "forged X-Forwarded-For escaped the per-client limit"
    );

    // Trusted: the proxy's clients are told apart, and a client behind it is not loopback,
    // so it cannot move the demo clock.
    let server = start(|c| c.trusted_proxies = vec!["127.0.0.0/8".parse().unwrap()]).await;
    let clock = r#"{"advanceSeconds":60}"#;
    let (status, _) = request(
        server.addr,
        ONE,
        "POST",
        "/api/dev/clock",
        &[("X-Forwarded-For", "203.0.113.9")],
        clock,
    )
    .await;
    assert_eq!(
        status, 404,
        "a remote client behind the proxy moved the clock"
    );
    let (status, body) = request(server.addr, ONE, "POST", "/api/dev/clock", &[], clock).await;
    assert_eq!(status, 200, "{body}");
}

/// `futures::future::join_all` without the dependency: spawn each and collect in order.
async fn futures_join_all<F>(futures: impl Iterator<Item = F>) -> Vec<F::Output>
where
    F: std::future::Future + Send + 'static,
    F::Output: Send + 'static,
{
    let handles: Vec<_> = futures.map(tokio::spawn).collect();
    let mut out = Vec::new();
    for handle in handles {
        out.push(handle.await.unwrap());
    }
    out
}

fn registration_body() -> String {
    r#"{"surname":"O'Connor","givenNames":"Sean Patrick","identifierKind":"work-permit-number","identifier":"110000201700033719","password":"correct-h0rse","phone":"+86 138 1234 5678"}"#.to_owned()
}

#[tokio::test]
async fn a_registration_key_replays_only_for_the_client_that_made_it() {
    let server = start(|_| {}).await;
    let key = [("Idempotency-Key", "3f1c9a64-5d1e-4c51-9a43-7c2b8e0d1f00")];
    let body = registration_body();
    let register_from = |from| {
        request(
            server.addr,
            from,
            "POST",
            "/api/v1/registrations",
            &key,
            &body,
        )
    };
    let (status, _) = register_from(TWO).await;
    assert_eq!(status, 201);
    // Someone else who learns the key gets no replay (which would carry a session for the
    // account), only the answer a new registration of that record gets.
    let (status, body) = register_from(ONE).await;
    assert_eq!(status, 409, "{body}");
    assert!(body.contains("already-registered"), "{body}");
    let (status, _) = register_from(TWO).await;
    assert_eq!(status, 201, "the client's own retry is replayed");
}

#[tokio::test]
async fn a_registration_cut_off_mid_request_does_not_leave_its_key_in_use() {
    let server = start(|_| {}).await;
    let key = [("Idempotency-Key", "0b6f2d1e-8a43-4f7c-b1d2-9e5a3c7f4d21")];
    // Send the whole request, then hang up before the answer (the password hash alone takes
    // long enough).
    {
        let socket = TcpSocket::new_v4().unwrap();
        socket.bind(SocketAddr::from((ONE, 0))).unwrap();
        let mut stream = socket.connect(server.addr).await.unwrap();
        let body = registration_body();
        let text = format!(
            "POST /api/v1/registrations HTTP/1.1\r\nHost: {0}\r\nOrigin: http://{0}\r\n\
             Content-Type: application/json\r\nIdempotency-Key: {1}\r\nContent-Length: {2}\r\n\r\n{body}",
            server.addr,
            key[0].1,
            body.len()
        );
        stream.write_all(text.as_bytes()).await.unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    // The retry gets the registration's answer, not "in use" until the key expires.
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let (status, body) = request(
            server.addr,
            ONE,
            "POST",
            "/api/v1/registrations",
            &key,
            &registration_body(),
        )
        .await;
        if status != 409 || !body.contains("idempotency-key-in-use") {
            assert_eq!(status, 201, "{body}");
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the key stayed in use"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

/// Flat grey PNG frames: nothing moves, so every check fails.
fn still_frames_form() -> (String, Vec<u8>) {
    let image = image::GrayImage::from_pixel(160, 120, image::Luma([128]));
    let mut png = std::io::Cursor::new(Vec::new());
    image.write_to(&mut png, image::ImageFormat::Png).unwrap();
    let png = png.into_inner();
    let mut body = Vec::new();
    for i in 0..3 {
        body.extend_from_slice(format!("--B\r\nContent-Disposition: form-data; name=\"frame\"; filename=\"f{i}.png\"\r\nContent-Type: image/png\r\n\r\n").as_bytes());
        body.extend_from_slice(&png);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(b"--B--\r\n");
    ("multipart/form-data; boundary=B".to_owned(), body)
}

#[tokio::test]
async fn concurrent_failing_face_checks_count_at_most_three_attempts() {
    let server = start(|_| {}).await;
    let registration = r#"{"surname":"Takahashi","givenNames":"Kenta","identifierKind":"work-permit-number","identifier":"110000201900055021","password":"correct-h0rse"}"#;
    let (status, head, body) = exchange(
        server.addr,
        ONE,
        "POST",
        "/api/v1/registrations",
        &[("Idempotency-Key", "7d0e4c2a-1b3f-4e5d-8a9b-0c1d2e3f4a5b")],
        registration.as_bytes(),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let cookie = head
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .and_then(|c| c.split(';').next())
        .expect("a session cookie")
        .to_owned();
    let (content_type, form) = still_frames_form();
    let addr = server.addr;
    let checks = (0..8).map(|i| {
        let (cookie, content_type, form) = (cookie.clone(), content_type.clone(), form.clone());
        async move {
            let key = format!("00000000-0000-4000-8000-00000000000{i}");
            let headers = [
                ("Cookie", cookie.as_str()),
                ("Content-Type", content_type.as_str()),
                ("Idempotency-Key", key.as_str()),
            ];
            exchange(addr, ONE, "POST", "/api/v1/face-checks", &headers, &form).await
        }
    });
    let replies = futures_join_all(checks).await;
    // One upload per account at a time: the others are told to retry, or, once three
    // attempts are used, that the check needs a person.
    assert!(
        replies.iter().all(|(s, _, _)| [200, 423, 429].contains(s)),
        "{replies:?}"
    );
    let mut judged = replies.iter().filter(|(s, _, _)| *s == 200).count();
    let mut manual = replies
        .iter()
        .filter(|(_, _, b)| b.contains("\"outcome\":\"manual-review\""))
        .count();
    assert!(judged <= 3, "{replies:?}");
    for i in 0..8 {
        let key = format!("00000000-0000-4000-8000-0000000001{i:02}");
        let headers = [
            ("Cookie", cookie.as_str()),
            ("Content-Type", content_type.as_str()),
            ("Idempotency-Key", key.as_str()),
        ];
        let (status, _, body) =
            exchange(addr, ONE, "POST", "/api/v1/face-checks", &headers, &form).await;
        if status == 423 {
            break;
        }
        assert_eq!(status, 200, "{body}");
        judged += 1;
        manual += usize::from(body.contains("\"outcome\":\"manual-review\""));
    }
    assert_eq!(
        (judged, manual),
        (3, 1),
        "three attempts, the third the last"
    );
}

/// Registers the demo person and gives the session cookie.
async fn register_account(server: SocketAddr, surname: &str, given: &str, number: &str) -> String {
    let body = format!(
        r#"{{"surname":"{surname}","givenNames":"{given}","identifierKind":"work-permit-number","identifier":"{number}","password":"correct-h0rse"}}"#
    );
    let key = format!("5e1d7c3a-0000-4000-8000-{number:0>12}");
    let key = &key[..36];
    let (status, head, reply) = exchange(
        server,
        ONE,
        "POST",
        "/api/v1/registrations",
        &[("Idempotency-Key", key)],
        body.as_bytes(),
    )
    .await;
    assert_eq!(status, 201, "{reply}");
    head.lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .and_then(|c| c.split(';').next())
        .expect("a session cookie")
        .to_owned()
}

/// Starts a face-check upload and stops sending halfway through its body.
async fn stalled_upload(server: SocketAddr, cookie: &str) -> tokio::net::TcpStream {
    let mut stream = tokio::net::TcpStream::connect(server).await.unwrap();
    let head = format!(
        "POST /api/v1/face-checks HTTP/1.1\r\nHost: {server}\r\nOrigin: http://{server}\r\n\
         Cookie: {cookie}\r\nContent-Type: multipart/form-data; boundary=B\r\n\
         Idempotency-Key: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\r\nContent-Length: 4000000\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(&[b'x'; 1000]).await.unwrap();
    // Let the server take the upload's slot.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    stream
}

#[tokio::test]
async fn uploads_are_limited_per_account_and_overall_before_their_bodies_are_read() {
    let server = start(|_| {}).await;
    let people = [
        ("Takahashi", "Kenta", "110000201900055021"),
        ("El-Sayed", "Omar Mahmoud", "310000202100078342"),
        ("Al-Jafari", "Rania", "110000202500120496"),
        ("OConnor", "Sean Patrick", "110000201700033719"),
        ("Ivanova", "Yekaterina Sergeyevna", "310000202000064580"),
    ];
    let mut cookies = Vec::new();
    for (surname, given, number) in people {
        cookies.push(register_account(server.addr, surname, given, number).await);
    }
    let (content_type, form) = still_frames_form();
    let check = |cookie: String, key: &'static str| {
        let (content_type, form) = (content_type.clone(), form.clone());
        async move {
            let headers = [
                ("Cookie", cookie.as_str()),
                ("Content-Type", content_type.as_str()),
                ("Idempotency-Key", key),
            ];
            exchange(
                server.addr,
                ONE,
                "POST",
                "/api/v1/face-checks",
                &headers,
                &form,
            )
            .await
        }
    };
    let first = stalled_upload(server.addr, &cookies[0]).await;
    let (status, _, body) = check(cookies[0].clone(), "11111111-1111-4111-8111-111111111111").await;
    assert_eq!(status, 429, "a second upload for the same account: {body}");
    let (status, _, body) = check(cookies[1].clone(), "22222222-2222-4222-8222-222222222222").await;
    assert_eq!(status, 200, "another account is not held up: {body}");

    let mut stalled = vec![first];
    for cookie in &cookies[1..4] {
        stalled.push(stalled_upload(server.addr, cookie).await);
    }
    let (status, _, body) = check(cookies[4].clone(), "33333333-3333-4333-8333-333333333333").await;
    assert_eq!(status, 429, "all upload slots are taken: {body}");

    drop(stalled);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let (status, _, body) = check(cookies[4].clone(), "44444444-4444-4444-8444-444444444444").await;
    assert_eq!(status, 200, "slots come back when the uploads end: {body}");
}

fn patient_for(seconds: u64) -> server::listen::Limits {
    let wait = std::time::Duration::from_secs(seconds);
    server::listen::Limits {
        max_connections: 2,
        header_read: wait,
        body_idle: wait,
        request: std::time::Duration::from_secs(30),
    }
}

/// Reads until the server closes the connection; how long that took, and what it sent.
async fn until_closed(stream: &mut tokio::net::TcpStream) -> (std::time::Duration, String) {
    let started = tokio::time::Instant::now();
    let mut reply = Vec::new();
    let read = tokio::time::timeout(
        std::time::Duration::from_secs(15),
        stream.read_to_end(&mut reply),
    )
    .await;
    assert!(read.is_ok(), "the server kept the connection open");
    (
        started.elapsed(),
        String::from_utf8_lossy(&reply).into_owned(),
    )
}

#[tokio::test]
async fn a_client_that_stops_in_its_header_or_body_is_dropped() {
    let server = start(|c| c.limits = patient_for(1)).await;
    let mut partial_header = tokio::net::TcpStream::connect(server.addr).await.unwrap();
    partial_header
        .write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        .await
        .unwrap();
    let (waited, _) = until_closed(&mut partial_header).await;
    assert!(waited < std::time::Duration::from_secs(4), "{waited:?}");

    let mut partial_body = tokio::net::TcpStream::connect(server.addr).await.unwrap();
    let head = format!(
        "POST /api/v1/session HTTP/1.1\r\nHost: {0}\r\nOrigin: http://{0}\r\n\
         Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{{\"identifierKind\":",
        server.addr
    );
    partial_body.write_all(head.as_bytes()).await.unwrap();
    let (waited, reply) = until_closed(&mut partial_body).await;
    assert!(waited < std::time::Duration::from_secs(4), "{waited:?}");
    assert!(
        reply.is_empty() || reply.starts_with("HTTP/1.1 4"),
        "{reply}"
    );
}

#[tokio::test]
async fn connections_over_the_cap_wait_until_one_closes() {
    let server = start(|c| c.limits = patient_for(20)).await;
    let first = tokio::net::TcpStream::connect(server.addr).await.unwrap();
    let _second = tokio::net::TcpStream::connect(server.addr).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let waiting = tokio::spawn(request(server.addr, ONE, "GET", "/api/health", &[], ""));
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(
        !waiting.is_finished(),
        "a third connection was served while two were open"
    );
    drop(first);
    let (status, _) = tokio::time::timeout(std::time::Duration::from_secs(5), waiting)
        .await
        .expect("served once a connection closed")
        .unwrap();
    assert_eq!(status, 200);
}

/// The README's two development commands, run with curl exactly as written there, against a
/// demo server on another port.
#[tokio::test]
async fn the_readme_dev_commands_work_as_written() {
    let server = start(|_| {}).await;
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
    let commands: Vec<&str> = readme
        .lines()
        .filter(|line| line.starts_with("curl ") && line.contains("/api/dev/"))
        .collect();
    assert_eq!(commands.len(), 2, "{commands:?}");
    let mut answers = Vec::new();
    for command in commands {
        assert!(command.contains("http://127.0.0.1:8080/"), "{command}");
        let command = command.replace("127.0.0.1:8080", &server.addr.to_string());
        let line = format!("{command} --silent --show-error --fail-with-body");
        let output = tokio::task::spawn_blocking(move || {
            std::process::Command::new("sh")
                .args(["-c", &line])
                .output()
                .expect("curl runs")
        })
        .await
        .unwrap();
        let body = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(
            output.status.success(),
            "{command}: {body} {}",
            String::from_utf8_lossy(&output.stderr)
        );
        answers.push(serde_json::from_str::<serde_json::Value>(&body).unwrap());
    }
    assert!(
        answers[0].is_array() || answers[0].is_object(),
        "{:?}",
        answers[0]
    );
    assert!(answers[1]["now"].as_u64().is_some(), "{:?}", answers[1]);
}

fn status_body(number: &str, birth_date: &str) -> String {
    format!(r#"{{"applicationNumber":"{number}","birthDate":"{birth_date}"}}"#)
}

#[tokio::test]
async fn the_status_check_is_limited_per_address_and_per_number_over_real_sockets() {
    let server = start(|_| {}).await;
    // One address checking many numbers is refused after its limit…
    let mut refused_after = None;
    for n in 0..30 {
        let number = format!("31000000009{n:05}");
        let (status, _) = request(
            server.addr,
            TWO,
            "POST",
            "/api/v1/application-status",
            &[],
            &status_body(&number, "1990-01-01"),
        )
        .await;
        if status == 429 {
            refused_after = Some(n);
            break;
        }
        assert_eq!(status, 404, "attempt {n}");
    }
    assert_eq!(refused_after, Some(20), "the per-address limit");
    // …while another address still gets its answer.
    let (status, body) = request(
        server.addr,
        ONE,
        "POST",
        "/api/v1/application-status",
        &[],
        &status_body("3100000000418203", "1993-11-02"),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains(r#""stage":"accepted""#), "{body}");

    // Wrong dates of birth for one number from many addresses: the number locks after five.
    let mut statuses = Vec::new();
    for n in 3..10u8 {
        let (status, _) = request(
            server.addr,
            Ipv4Addr::new(127, 0, 1, n),
            "POST",
            "/api/v1/application-status",
            &[],
            &status_body("3100000000418202", &format!("1987-07-0{n}")),
        )
        .await;
        statuses.push(status);
    }
    assert_eq!(statuses, [404, 404, 404, 404, 404, 429, 429]);
}
