//! The real servers of the storage and mail tests: moto's S3-compatible server and aiosmtpd,
//! both from PyPI, installed into `e2e/.venv` by `scripts/install-deps.sh` (as CI does) and
//! started here, one per test, on a free port of 127.0.0.1. A test owns its server: it can stop
//! it to see what Sharaka does when the server is down, and start another in its place.
//!
//! Readiness is read from the server's own output (moto's "Running on", the SMTP script's
//! "ready"), never waited for with a sleep. Without the virtual environment the tests that need
//! a server are skipped locally; under `CI=true` they fail, like the PostgreSQL half.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The checkout's root (the store crate is `crates/store`).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn venv_program(name: &str) -> Option<PathBuf> {
    let path = root().join("e2e/.venv/bin").join(name);
    if path.exists() {
        return Some(path);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("CI=true but {} is missing: run scripts/install-deps.sh", path.display());
    }
    eprintln!("skipped: {} is missing (run scripts/install-deps.sh)", path.display());
    None
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

/// A server process, stopped when dropped.
pub struct RealServer {
    child: Child,
    pub port: u16,
}

impl RealServer {
    /// moto's S3 server; `None` locally without `e2e/.venv`.
    pub fn s3() -> Option<RealServer> {
        let program = venv_program("moto_server")?;
        let port = free_port();
        let mut command = Command::new(program);
        command.args(["-H", "127.0.0.1", "-p", &port.to_string()]);
        Some(RealServer::start(command, port, "Running on", Output::Stderr))
    }

    /// An SMTP server writing each accepted message to `folder` as an `.eml` file
    /// (`scripts/smtp-server.py`); with `mode` it refuses (451), drops the connection before
    /// acknowledging, or requires STARTTLS. `port` reuses an address (a relay coming back).
    pub fn smtp(folder: &Path, mode: SmtpMode, port: Option<u16>) -> Option<RealServer> {
        let python = venv_program("python")?;
        let port = port.unwrap_or_else(free_port);
        let mut command = Command::new(python);
        command.arg(root().join("scripts/smtp-server.py")).arg(port.to_string()).arg(folder);
        match mode {
            SmtpMode::Accept => {}
            SmtpMode::Refuse => {
                command.arg("--refuse");
            }
            SmtpMode::Drop => {
                command.arg("--drop");
            }
            SmtpMode::StartTls { ca_out } => {
                command.arg("--starttls").arg(ca_out);
            }
        }
        Some(RealServer::start(command, port, "ready", Output::Stdout))
    }

    fn start(mut command: Command, port: u16, ready: &str, output: Output) -> RealServer {
        command.stdin(Stdio::null());
        match output {
            Output::Stdout => command.stdout(Stdio::piped()).stderr(Stdio::null()),
            Output::Stderr => command.stdout(Stdio::null()).stderr(Stdio::piped()),
        };
        let mut child = command.spawn().expect("start the server");
        let stream: Box<dyn Read + Send> = match output {
            Output::Stdout => Box::new(child.stdout.take().expect("stdout")),
            Output::Stderr => Box::new(child.stderr.take().expect("stderr")),
        };
        let mut lines = BufReader::new(stream);
        let mut seen = String::new();
        loop {
            let mut line = String::new();
            if lines.read_line(&mut line).expect("server output") == 0 {
                let _ = child.wait();
                panic!("the server stopped before it was ready:\n{seen}");
            }
            seen.push_str(&line);
            if line.contains(ready) {
                break;
            }
        }
        // Keep reading what it logs, so that a full pipe never blocks it.
        std::thread::spawn(move || std::io::copy(&mut lines, &mut std::io::sink()));
        RealServer { child, port }
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Creates a bucket on the S3 server (an empty `PUT /bucket`, as an operator's console would).
    pub fn create_bucket(&self, bucket: &str) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connect to S3");
        write!(
            stream,
            "PUT /{bucket} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            self.port
        )
        .expect("send");
        let mut answer = String::new();
        stream.read_to_string(&mut answer).expect("answer");
        assert!(answer.starts_with("HTTP/1.1 200"), "bucket {bucket} not created: {answer}");
    }

    /// Stops the server now (a relay or a bucket going down).
    pub fn stop(mut self) {
        self.kill();
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for RealServer {
    fn drop(&mut self) {
        self.kill();
    }
}

enum Output {
    Stdout,
    Stderr,
}

#[derive(Clone, Debug)]
pub enum SmtpMode {
    Accept,
    /// 451 to every message: an overloaded relay.
    Refuse,
    /// Closes the connection after the message's data, before acknowledging it.
    Drop,
    /// Requires STARTTLS with a certificate for localhost from a throwaway authority, whose
    /// certificate (PEM) it writes to `ca_out`.
    StartTls {
        ca_out: PathBuf,
    },
}
