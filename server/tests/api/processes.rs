//! Real `server` processes for the tests that start, stop and kill them.

use std::collections::VecDeque;
use std::io::BufRead;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A `server` process and the last lines of its log.
pub struct ServerProcess {
    child: Child,
    pub address: String,
    log: Arc<Mutex<VecDeque<String>>>,
}

impl ServerProcess {
    pub fn start(env: &[(&str, String)]) -> ServerProcess {
        // `TAILSPIN_TEST_SERVER_BIN` runs another build of the server, such
        // as the release one the invitation benchmark of BENCHMARKS.md uses.
        let binary = std::env::var_os("TAILSPIN_TEST_SERVER_BIN")
            .unwrap_or_else(|| env!("CARGO_BIN_EXE_server").into());
        let mut child = Command::new(binary)
            // Test clients answer at machine speed with keys of their own
            // (the minimum fill time has its own test); `env` may say otherwise.
            .env("TAILSPIN_MIN_FILL_SECONDS", "0")
            .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
            // What cargo-leptos would have built in; a test build lacks it.
            .env("LEPTOS_OUTPUT_NAME", "tailspin")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the server binary starts");
        let log = Arc::new(Mutex::new(VecDeque::new()));
        let (found, address) = std::sync::mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        let kept = log.clone();
        // Drains the log for the whole life of the process, so it never
        // blocks on a full pipe.
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stderr)
                .lines()
                .map_while(Result::ok)
            {
                if let Some(at) = line.find("listening on http://") {
                    let rest = &line[at + "listening on ".len()..];
                    let end = rest
                        .find(|c: char| !(c.is_ascii_alphanumeric() || ":/.".contains(c)))
                        .unwrap_or(rest.len());
                    let _ = found.send(rest[..end].to_owned());
                }
                let mut kept = kept.lock().unwrap();
                if kept.len() == 200 {
                    kept.pop_front();
                }
                kept.push_back(line);
            }
        });
        let address = match address.recv_timeout(Duration::from_secs(60)) {
            Ok(address) => address,
            Err(_) => {
                let _ = child.kill();
                panic!("the server did not start: {:?}", log.lock().unwrap());
            }
        };
        ServerProcess {
            child,
            address,
            log,
        }
    }

    /// The process id (to read its memory from /proc).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The last lines of its log, for a failing test to show.
    pub fn recent_log(&self) -> Vec<String> {
        self.log.lock().unwrap().iter().cloned().collect()
    }

    /// Sends SIGTERM and waits for the process to exit.
    pub fn terminate(mut self) -> (std::process::ExitStatus, Vec<String>) {
        let sent = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
        let deadline = Instant::now() + Duration::from_secs(40);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                std::thread::sleep(Duration::from_millis(100));
                let log = self.log.lock().unwrap().iter().cloned().collect();
                return (status, log);
            }
            assert!(Instant::now() < deadline, "did not stop after SIGTERM");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl ServerProcess {
    /// SIGKILL: no shutdown of any kind, as in a crash or power cut of the
    /// process.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The settings of a server process on a SQLite database and local
/// directories inside `dir`, listening on a free loopback port; tests add
/// their own settings to these.
pub fn sqlite_server_env(dir: &std::path::Path) -> Vec<(&'static str, String)> {
    let inside = |name: &str| dir.join(name).display().to_string();
    vec![
        (
            "DATABASE_URL",
            format!("sqlite://{}", inside("tailspin.db")),
        ),
        ("TAILSPIN_LISTEN_ADDR", "127.0.0.1:0".to_owned()),
        ("TAILSPIN_BLOB_DIR", inside("blobs")),
        ("TAILSPIN_EXPORT_DIR", inside("exports")),
        ("TAILSPIN_OUTBOX_DIR", inside("outbox")),
        ("TAILSPIN_SECRET_KEY_FILE", inside("secret.key")),
        ("RUST_LOG", "info".to_owned()),
    ]
}
