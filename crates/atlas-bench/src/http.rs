//! HTTP throughput: the real API router (`atlas_api::router`) and a trivial `GET /` → "ok"
//! handler served by axum on 127.0.0.1 inside this process (multi-thread tokio runtime), and
//! a load client of our own: keep-alive HTTP/1.1 over raw TCP, N concurrent connections on a
//! single-threaded runtime of its own, cycling through a list of paths.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use atlas_app::Atlas;
use axum::Router;
use axum::routing::get;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

use crate::stats::Summary;

/// The servers under test and the runtime they run on.
#[derive(Debug)]
pub struct Server {
    runtime: tokio::runtime::Runtime,
    pub api: SocketAddr,
    pub floor: SocketAddr,
}

impl Server {
    pub fn start(atlas: Arc<Atlas>) -> Result<Self> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .context("server runtime")?;
        let (api, floor) = runtime.block_on(async move {
            let api_listener = TcpListener::bind("127.0.0.1:0").await?;
            let floor_listener = TcpListener::bind("127.0.0.1:0").await?;
            let api = api_listener.local_addr()?;
            let floor = floor_listener.local_addr()?;
            tokio::spawn(async move {
                if let Err(e) = axum::serve(api_listener, atlas_api::router(atlas)).await {
                    eprintln!("api server failed: {e}");
                }
            });
            let trivial = Router::new().route("/", get(|| async { "ok" }));
            tokio::spawn(async move {
                if let Err(e) = axum::serve(floor_listener, trivial).await {
                    eprintln!("floor server failed: {e}");
                }
            });
            Ok::<_, std::io::Error>((api, floor))
        })?;
        Ok(Self {
            runtime,
            api,
            floor,
        })
    }

    pub fn stop(self) {
        self.runtime.shutdown_timeout(Duration::from_secs(5));
    }
}

/// The result of one load run.
#[derive(Debug, Clone, Copy, Default)]
pub struct Load {
    pub requests: u64,
    pub errors: u64,
    pub per_second: f64,
    pub latency: Summary,
    pub mean_body_bytes: f64,
}

/// Drives `addr` with `concurrency` keep-alive connections for `warmup` (not counted), then
/// `duration` (counted). Requests cycle through `paths`.
pub fn load(
    addr: SocketAddr,
    paths: Vec<String>,
    concurrency: usize,
    warmup: Duration,
    duration: Duration,
) -> Result<Load> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("client runtime")?;
    let paths = Arc::new(paths);
    let next = Arc::new(AtomicUsize::new(0));
    let measure_from = Instant::now() + warmup;
    let deadline = measure_from + duration;
    let results = runtime.block_on(async {
        let mut tasks = Vec::new();
        for _ in 0..concurrency {
            let paths = paths.clone();
            let next = next.clone();
            tasks.push(tokio::spawn(worker(
                addr,
                paths,
                next,
                measure_from,
                deadline,
            )));
        }
        let mut out = Vec::new();
        for t in tasks {
            out.push(t.await);
        }
        out
    });
    let mut latencies = Vec::new();
    let mut errors = 0;
    let mut bytes = 0u64;
    for r in results {
        let w = r.context("load worker panicked")?;
        latencies.extend(w.latencies_ms);
        errors += w.errors;
        bytes += w.bytes;
    }
    let requests = latencies.len() as u64;
    let seconds = duration.as_secs_f64();
    Ok(Load {
        requests,
        errors,
        per_second: requests as f64 / seconds,
        latency: Summary::of_ms(&mut latencies),
        mean_body_bytes: if requests > 0 {
            bytes as f64 / requests as f64
        } else {
            0.0
        },
    })
}

/// Fetches `path` once; returns the status and body.
pub fn get_once(addr: SocketAddr, path: &str) -> Result<(u16, Vec<u8>)> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let stream = TcpStream::connect(addr).await?;
        let mut conn = BufReader::new(stream);
        let mut line = String::new();
        let mut body = Vec::new();
        let request = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        let (status, _) = exchange(&mut conn, request.as_bytes(), &mut line, &mut body).await?;
        Ok((status, body))
    })
}

struct WorkerResult {
    latencies_ms: Vec<f64>,
    errors: u64,
    bytes: u64,
}

async fn worker(
    addr: SocketAddr,
    paths: Arc<Vec<String>>,
    next: Arc<AtomicUsize>,
    measure_from: Instant,
    deadline: Instant,
) -> WorkerResult {
    let mut out = WorkerResult {
        latencies_ms: Vec::new(),
        errors: 0,
        bytes: 0,
    };
    let mut conn: Option<BufReader<TcpStream>> = None;
    let mut line = String::new();
    let mut body = Vec::new();
    let mut request = Vec::new();
    loop {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        let measuring = now >= measure_from;
        let c = match conn.as_mut() {
            Some(c) => c,
            None => match TcpStream::connect(addr).await {
                Ok(s) => {
                    let _ = s.set_nodelay(true);
                    conn.insert(BufReader::with_capacity(64 * 1024, s))
                }
                Err(_) => {
                    if measuring {
                        out.errors += 1;
                    }
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            },
        };
        let i = next.fetch_add(1, Ordering::Relaxed) % paths.len();
        request.clear();
        request.extend_from_slice(b"GET ");
        request.extend_from_slice(paths[i].as_bytes());
        request.extend_from_slice(b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        let started = Instant::now();
        let result = exchange(c, &request, &mut line, &mut body).await;
        let took = started.elapsed();
        match result {
            Ok((200, close)) => {
                if measuring {
                    out.latencies_ms.push(took.as_secs_f64() * 1000.0);
                    out.bytes += body.len() as u64;
                }
                if close {
                    conn = None;
                }
            }
            Ok((_, close)) => {
                if measuring {
                    out.errors += 1;
                }
                if close {
                    conn = None;
                }
            }
            Err(_) => {
                if measuring {
                    out.errors += 1;
                }
                conn = None;
            }
        }
    }
    out
}

fn invalid(what: &str) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_owned())
}

async fn read_line(c: &mut BufReader<TcpStream>, line: &mut String) -> std::io::Result<()> {
    line.clear();
    if c.read_line(line).await? == 0 {
        return Err(std::io::Error::new(
            std::io::ErrorKind::UnexpectedEof,
            "connection closed",
        ));
    }
    Ok(())
}

/// Sends one request and reads the whole response (Content-Length or chunked). Returns the
/// status and whether the server will close the connection.
async fn exchange(
    c: &mut BufReader<TcpStream>,
    request: &[u8],
    line: &mut String,
    body: &mut Vec<u8>,
) -> std::io::Result<(u16, bool)> {
    c.get_mut().write_all(request).await?;
    read_line(c, line).await?;
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| invalid("bad status line"))?;
    let mut length = 0usize;
    let mut chunked = false;
    let mut close = false;
    loop {
        read_line(c, line).await?;
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((k, v)) = header.split_once(':') {
            let v = v.trim();
            if k.eq_ignore_ascii_case("content-length") {
                length = v.parse().map_err(|_| invalid("bad content-length"))?;
            } else if k.eq_ignore_ascii_case("transfer-encoding") {
                chunked = v.to_ascii_lowercase().contains("chunked");
            } else if k.eq_ignore_ascii_case("connection") {
                close = v.eq_ignore_ascii_case("close");
            }
        }
    }
    body.clear();
    if chunked {
        loop {
            read_line(c, line).await?;
            let size = line.trim().split(';').next().unwrap_or("");
            let size = usize::from_str_radix(size, 16).map_err(|_| invalid("bad chunk size"))?;
            if size == 0 {
                loop {
                    read_line(c, line).await?;
                    if line.trim_end().is_empty() {
                        break;
                    }
                }
                break;
            }
            let start = body.len();
            body.resize(start + size, 0);
            c.read_exact(&mut body[start..]).await?;
            read_line(c, line).await?;
        }
    } else {
        body.resize(length, 0);
        c.read_exact(body).await?;
    }
    Ok((status, close))
}
