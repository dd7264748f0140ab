//! Servers on loopback, written on raw TCP: each accepts connections and does one wrong
//! thing, or answers each request as a script says. They count the connections they accept,
//! keep the requests a script answered, and hold every socket open until the test ends.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What a misbehaving server does with each connection.
#[derive(Debug, Clone, Copy)]
pub enum Misbehavior {
    /// Accepts and says nothing (and reads nothing).
    Silent,
    /// Reads the request, sends half a status line and headers, then nothing.
    StallMidHeaders,
    /// Reads the request, sends headers promising 1000 bytes, 20 of them, then nothing.
    StallMidBody,
    /// Reads whatever comes (a TLS ClientHello) and never answers.
    ReadForever,
    /// Reads the request and sends a chunked body that never ends.
    EndlessBody,
    /// Reads the request and declares a body of 1 GiB.
    HugeContentLength,
    /// Reads the request, sends headers promising 1000 bytes and 20 of them, then resets the
    /// connection (TCP RST).
    ResetMidBody,
    /// Reads the request, sends a 404 response's headers, then its body of `body` one byte
    /// every `every`.
    Drip { every: Duration, body: &'static str },
    /// Reads the request 256 KiB every 20 ms, then answers `204 No Content`.
    ReadsSlowly,
    /// Answers every request of a kept-alive connection with the status and JSON body the
    /// script gives for it.
    Scripted(fn(&Received) -> (u16, String)),
}

/// A request a scripted server received.
#[derive(Debug, Clone)]
pub struct Received {
    /// The request line and headers.
    pub head: String,
    /// The body.
    pub body: Vec<u8>,
}

impl Received {
    /// The request target (path and query), as sent.
    pub fn target(&self) -> &str {
        self.head.split(' ').nth(1).unwrap_or("")
    }

    /// A header's value (the first of that name).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }

    /// The body as JSON (`null` when it is not JSON).
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or(serde_json::Value::Null)
    }
}

/// A running misbehaving server.
pub struct Server {
    pub addr: SocketAddr,
    accepted: Arc<AtomicUsize>,
    received: Arc<Mutex<Vec<Received>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    pub async fn start(misbehavior: Misbehavior) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let accepted = Arc::new(AtomicUsize::new(0));
        let received = Arc::new(Mutex::new(Vec::new()));
        let counter = accepted.clone();
        let log = received.clone();
        let task = tokio::spawn(async move {
            let mut connections = tokio::task::JoinSet::new();
            while let Ok((stream, _)) = listener.accept().await {
                counter.fetch_add(1, Ordering::SeqCst);
                connections.spawn(serve(stream, misbehavior, log.clone()));
            }
        });
        Self {
            addr,
            accepted,
            received,
            task,
        }
    }

    /// The requests a scripted server answered, in order.
    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    pub fn http_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn https_url(&self) -> String {
        format!("https://{}", self.addr)
    }

    /// How many connections the server accepted.
    pub fn accepted(&self) -> usize {
        self.accepted.load(Ordering::SeqCst)
    }
}

/// Headers promising 1000 bytes of body, and the first 20 of them.
const HEAD_THEN_PART_OF_THE_BODY: &[u8] =
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"protectedQuery\":{";

async fn serve(
    mut stream: TcpStream,
    misbehavior: Misbehavior,
    received: Arc<Mutex<Vec<Received>>>,
) {
    let mut buffer = vec![0u8; 64 * 1024];
    let hold = std::future::pending::<()>();
    match misbehavior {
        Misbehavior::Scripted(script) => {
            while let Some(request) = read_request(&mut stream, &mut buffer).await {
                let (status, body) = script(&request);
                received.lock().unwrap().push(request);
                let head = format!(
                    "HTTP/1.1 {status} Scripted\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
                    body.len()
                );
                let answer = [head.as_bytes(), body.as_bytes()].concat();
                if stream.write_all(&answer).await.is_err() {
                    return;
                }
            }
        }
        Misbehavior::Silent => hold.await,
        Misbehavior::ReadForever => {
            while let Ok(n) = stream.read(&mut buffer).await {
                if n == 0 {
                    break;
                }
            }
        }
        Misbehavior::StallMidHeaders => {
            let _ = stream.read(&mut buffer).await;
            let _ = stream
                .write_all(b"HTTP/1.1 200 OK\r\nContent-Type: applic")
                .await;
            hold.await
        }
        Misbehavior::StallMidBody => {
            let _ = stream.read(&mut buffer).await;
            let _ = stream.write_all(HEAD_THEN_PART_OF_THE_BODY).await;
            hold.await
        }
        Misbehavior::EndlessBody => {
            let _ = stream.read(&mut buffer).await;
            let head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
            if stream.write_all(head).await.is_err() {
                return;
            }
            let mut chunk = b"4000\r\n".to_vec();
            chunk.extend(std::iter::repeat(b' ').take(0x4000));
            chunk.extend_from_slice(b"\r\n");
            while stream.write_all(&chunk).await.is_ok() {}
        }
        Misbehavior::ResetMidBody => {
            let _ = stream.read(&mut buffer).await;
            let _ = stream.write_all(HEAD_THEN_PART_OF_THE_BODY).await;
            // Time for the client to read the headers, so that the reset cuts the body.
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            // A zero linger makes the close a reset, sent at once.
            #[allow(deprecated)]
            let _ = stream.set_linger(Some(std::time::Duration::ZERO));
        }
        Misbehavior::Drip { every, body } => {
            let _ = stream.read(&mut buffer).await;
            let head = format!(
                "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
                body.len()
            );
            if stream.write_all(head.as_bytes()).await.is_err() {
                return;
            }
            for byte in body.as_bytes().chunks(1) {
                tokio::time::sleep(every).await;
                if stream.write_all(byte).await.is_err() {
                    return;
                }
            }
            hold.await
        }
        Misbehavior::ReadsSlowly => {
            let mut buffer = vec![0u8; 256 * 1024];
            read_request_slowly(&mut stream, &mut buffer).await;
            let _ = stream
                .write_all(b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n")
                .await;
            hold.await
        }
        Misbehavior::HugeContentLength => {
            let _ = stream.read(&mut buffer).await;
            let _ = stream
                .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 1073741824\r\n\r\n{")
                .await;
            hold.await
        }
    }
}

/// Reads one request (headers and a `content-length` body) in pieces of 256 KiB, 20 ms apart.
async fn read_request_slowly(stream: &mut TcpStream, buffer: &mut [u8]) {
    let mut received = Vec::new();
    let mut expected = None;
    while expected.map_or(true, |total| received.len() < total) {
        tokio::time::sleep(Duration::from_millis(20)).await;
        match stream.read(buffer).await {
            Ok(0) | Err(_) => return,
            Ok(n) => received.extend_from_slice(&buffer[..n]),
        }
        if expected.is_none() {
            expected = request_length(&received);
        }
    }
}

/// The next request of the connection, or `None` once the client closes it.
async fn read_request(stream: &mut TcpStream, buffer: &mut [u8]) -> Option<Received> {
    let mut bytes = Vec::new();
    loop {
        if let Some(total) = request_length(&bytes) {
            if bytes.len() >= total {
                let end = bytes.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
                let head = String::from_utf8_lossy(&bytes[..end]).into_owned();
                return Some(Received {
                    head,
                    body: bytes[end..total].to_vec(),
                });
            }
        }
        match stream.read(buffer).await {
            Ok(0) | Err(_) => return None,
            Ok(n) => bytes.extend_from_slice(&buffer[..n]),
        }
    }
}

/// The whole length of a request whose headers are all in `received`.
fn request_length(received: &[u8]) -> Option<usize> {
    let end = received.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    let head = String::from_utf8_lossy(&received[..end]).to_ascii_lowercase();
    let length = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .and_then(|value| value.trim().parse::<usize>().ok())
        .unwrap_or(0);
    Some(end + length)
}
