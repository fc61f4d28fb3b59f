//! The HTTP server facing the internet: the accept loop `axum::serve` would run, plus the
//! limits a slow client must not get around.
//!
//! Why not `axum::serve`: it exposes none of them. An outside test held 60 trickling
//! connections (a header byte every few seconds) open for 75 s and a silent one for more than
//! 70 s, so a handful of clients on one address could hold every socket. Here:
//! - **header read timeout** (default 10 s): the request line and headers must arrive within
//!   it (hyper's `header_read_timeout`, counted from the first byte of each request);
//! - **idle timeout** (default 60 s): a connection on which nothing is read or written for
//!   that long is closed, between requests and inside a slow body alike;
//! - **connections per address** (default 64): the next connection from an address that
//!   already holds that many is closed at once, before any byte is read. Behind a reverse
//!   proxy every client shares the proxy's address: set the cap at 0 (off) and let the proxy
//!   enforce its own.
//!
//! All three are in `[server]` of the configuration (see the README).

use std::collections::HashMap;
use std::future::Future;
use std::io;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpListener;
use tokio::time::{Instant, Sleep};
use tower::ServiceExt;

/// The limits on each connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConnectionLimits {
    pub header_read: Duration,
    pub idle: Duration,
    /// 0: no cap (behind a reverse proxy, where every client has the proxy's address).
    pub per_address: usize,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        ConnectionLimits { header_read: Duration::from_secs(10), idle: Duration::from_secs(60), per_address: 64 }
    }
}

/// Open connections per client address.
#[derive(Clone, Default)]
struct Tally(Arc<Mutex<HashMap<IpAddr, usize>>>);

/// One counted connection; dropping it gives the place back.
struct Seat {
    tally: Tally,
    ip: IpAddr,
}

impl Tally {
    fn take(&self, ip: IpAddr, cap: usize) -> Option<Seat> {
        let mut open = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let count = open.entry(ip).or_insert(0);
        if cap > 0 && *count >= cap {
            return None;
        }
        *count += 1;
        Some(Seat { tally: self.clone(), ip })
    }
}

impl Drop for Seat {
    fn drop(&mut self) {
        let mut open = self.tally.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(count) = open.get_mut(&self.ip) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                open.remove(&self.ip);
            }
        }
    }
}

/// A socket that fails with `TimedOut` once nothing has been read or written for `idle`.
struct IdleTimeout<T> {
    inner: T,
    idle: Duration,
    deadline: Pin<Box<Sleep>>,
}

impl<T> IdleTimeout<T> {
    fn new(inner: T, idle: Duration) -> Self {
        IdleTimeout { inner, idle, deadline: Box::pin(tokio::time::sleep(idle)) }
    }

    fn progressed(&mut self) {
        self.deadline.as_mut().reset(Instant::now() + self.idle);
    }

    /// After the socket answered `Pending`: an error when the deadline has passed (the
    /// deadline's timer also wakes this task then).
    fn expired(&mut self, cx: &mut Context<'_>) -> bool {
        self.deadline.as_mut().poll(cx).is_ready()
    }
}

fn timed_out() -> io::Error {
    io::Error::new(io::ErrorKind::TimedOut, "connection idle for too long")
}

impl<T: AsyncRead + Unpin> AsyncRead for IdleTimeout<T> {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        match Pin::new(&mut self.inner).poll_read(cx, buf) {
            Poll::Ready(result) => {
                self.progressed();
                Poll::Ready(result)
            }
            Poll::Pending if self.expired(cx) => Poll::Ready(Err(timed_out())),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for IdleTimeout<T> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, data: &[u8]) -> Poll<io::Result<usize>> {
        match Pin::new(&mut self.inner).poll_write(cx, data) {
            Poll::Ready(result) => {
                self.progressed();
                Poll::Ready(result)
            }
            Poll::Pending if self.expired(cx) => Poll::Ready(Err(timed_out())),
            Poll::Pending => Poll::Pending,
        }
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// Serves `app` on `listener` until `shutdown` completes, then lets open requests finish
/// (at most 30 s). Each request carries `ConnectInfo<SocketAddr>` as with `axum::serve`.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()> + Send,
) -> io::Result<()> {
    let tally = Tally::default();
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // Out of descriptors and the like: keep serving the connections already open.
                Err(err) => {
                    tracing::warn!(%err, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Some(seat) = tally.take(peer.ip(), limits.per_address) else {
            tracing::warn!(address = %peer.ip(), cap = limits.per_address, "connection refused: too many open from this address");
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let io = TokioIo::new(IdleTimeout::new(stream, limits.idle));
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            app.clone().oneshot(request.map(axum::body::Body::new))
        });
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_read)
            .keep_alive(true)
            .serve_connection(io, service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(err) = connection.await {
                tracing::debug!(%err, "connection closed");
            }
            drop(seat);
        });
    }
    drop(listener);
    if tokio::time::timeout(Duration::from_secs(30), graceful.shutdown()).await.is_err() {
        tracing::warn!("requests still open after 30 s; stopping anyway");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::routing::get;
    use std::net::SocketAddr;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpStream;

    #[test]
    fn the_tally_caps_each_address_and_gives_places_back() {
        let tally = Tally::default();
        let a: IpAddr = "203.0.113.7".parse().unwrap();
        let b: IpAddr = "203.0.113.8".parse().unwrap();
        let first = tally.take(a, 2).expect("first");
        let second = tally.take(a, 2).expect("second");
        assert!(tally.take(a, 2).is_none(), "a third from the same address is refused");
        assert!(tally.take(b, 2).is_some(), "another address is not");
        drop(first);
        assert!(tally.take(a, 2).is_some(), "a closed connection gives its place back");
        drop(second);
        assert!((0..1000).all(|_| tally.take(a, 0).is_some()), "0 is no cap");
    }

    const LIMITS: ConnectionLimits =
        ConnectionLimits { header_read: Duration::from_secs(10), idle: Duration::from_secs(60), per_address: 3 };

    /// A server on a free port; the tests run on tokio's paused clock, so its timeouts pass
    /// as soon as nothing else can happen (no real waiting).
    async fn server() -> SocketAddr {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let app = Router::new().route(
            "/",
            get(|ConnectInfo(peer): ConnectInfo<SocketAddr>| async move { format!("hello {}", peer.ip()) }),
        );
        tokio::spawn(serve(listener, app, LIMITS, std::future::pending()));
        address
    }

    /// Reads until the server closes the connection; the time that took.
    async fn closed_after(stream: &mut TcpStream) -> Duration {
        let started = Instant::now();
        let mut buf = [0u8; 4096];
        while matches!(stream.read(&mut buf).await, Ok(n) if n > 0) {}
        started.elapsed()
    }

    #[tokio::test(start_paused = true)]
    async fn requests_are_answered_with_the_client_address() {
        let address = server().await;
        let mut stream = TcpStream::connect(address).await.unwrap();
        stream.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).await.unwrap();
        assert!(answer.starts_with("HTTP/1.1 200") && answer.ends_with("hello 127.0.0.1"), "{answer}");
    }

    #[tokio::test(start_paused = true)]
    async fn trickled_headers_are_cut_off_at_the_header_read_timeout() {
        let address = server().await;
        let mut stream = TcpStream::connect(address).await.unwrap();
        let started = Instant::now();
        // One header byte every 2 s, as a slowloris client does: it never finishes.
        for byte in b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".iter() {
            if stream.write_all(&[*byte]).await.is_err() {
                break;
            }
            tokio::time::sleep(Duration::from_secs(2)).await;
            if started.elapsed() > Duration::from_secs(30) {
                break;
            }
        }
        let total = started.elapsed() + closed_after(&mut stream).await;
        println!("trickling client closed after {} s", total.as_secs());
        assert!(total <= LIMITS.header_read + Duration::from_secs(3), "closed after {total:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn silent_and_idle_connections_are_closed() {
        let address = server().await;
        let mut silent = TcpStream::connect(address).await.unwrap();
        let waited = closed_after(&mut silent).await;
        println!("silent connection closed after {} s", waited.as_secs());
        assert!(waited <= LIMITS.idle + Duration::from_secs(1), "silent connection open for {waited:?}");

        // Kept alive after an answer, then nothing: closed at the idle timeout.
        let mut kept = TcpStream::connect(address).await.unwrap();
        kept.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
        let mut buf = [0u8; 1024];
        let n = kept.read(&mut buf).await.unwrap();
        assert!(buf[..n].starts_with(b"HTTP/1.1 200"));
        let waited = closed_after(&mut kept).await;
        println!("idle kept-alive connection closed after {} s", waited.as_secs());
        assert!(waited <= LIMITS.idle + Duration::from_secs(1), "idle connection open for {waited:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn one_address_holds_at_most_its_share_of_connections() {
        let address = server().await;
        let mut held = Vec::new();
        for _ in 0..LIMITS.per_address {
            let mut stream = TcpStream::connect(address).await.unwrap();
            stream.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
            let mut buf = [0u8; 1024];
            assert!(stream.read(&mut buf).await.unwrap() > 0, "within the cap: answered");
            held.push(stream);
        }
        let mut refused = TcpStream::connect(address).await.unwrap();
        let _ = refused.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").await;
        let mut buf = [0u8; 1024];
        assert!(matches!(refused.read(&mut buf).await, Ok(0) | Err(_)), "over the cap: closed unanswered");
        held.pop();
        // The closed connection gives its place back once the server sees it go.
        tokio::time::sleep(Duration::from_millis(10)).await;
        let mut again = TcpStream::connect(address).await.unwrap();
        again.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
        let mut answer = String::new();
        again.read_to_string(&mut answer).await.unwrap();
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    }
}
