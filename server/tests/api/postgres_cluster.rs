//! A PostgreSQL server of a test's own, so that the test can stop and start
//! it without disturbing the shared test server (TEST_POSTGRES_URL).

use std::path::PathBuf;
use std::process::Command;

pub struct PostgresCluster {
    bindir: PathBuf,
    dir: tempfile::TempDir,
    port: u16,
}

impl PostgresCluster {
    /// initdb and start on a free loopback port; `None` when this machine
    /// has no PostgreSQL server binaries.
    pub fn start() -> Option<PostgresCluster> {
        let bindir = server_bindir()?;
        let dir = tempfile::tempdir().unwrap();
        // initdb and postgres refuse to run as root: the Debian package's
        // `postgres` user owns the cluster then.
        if running_as_root() {
            let owned = Command::new("chown")
                .args(["postgres:", &dir.path().display().to_string()])
                .status()
                .unwrap();
            assert!(owned.success(), "chown to the postgres user");
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let cluster = PostgresCluster { bindir, dir, port };
        cluster.run(
            "initdb",
            &[
                "-D",
                &cluster.data(),
                "-U",
                "postgres",
                "--auth-local=trust",
                "--auth-host=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ],
        );
        cluster.resume();
        Some(cluster)
    }

    pub fn admin_url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// A normal, fast shutdown: sessions are ended, the port closes.
    pub fn stop(&self) {
        self.run("pg_ctl", &["-D", &self.data(), "-m", "fast", "-w", "stop"]);
    }

    /// Starts (again) on the same port with the same data.
    pub fn resume(&self) {
        let options = format!(
            "-c listen_addresses=127.0.0.1 -c port={} -c unix_socket_directories={}",
            self.port,
            self.dir.path().display()
        );
        let log = self.dir.path().join("server.log").display().to_string();
        self.run(
            "pg_ctl",
            &[
                "-D",
                &self.data(),
                "-l",
                &log,
                "-o",
                &options,
                "-w",
                "start",
            ],
        );
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    fn run(&self, tool: &str, args: &[&str]) {
        let program = self.bindir.join(tool);
        let mut command = if running_as_root() {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(program);
            command
        } else {
            Command::new(program)
        };
        let output = command.args(args).output().unwrap();
        assert!(
            output.status.success(),
            "{tool} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

impl Drop for PostgresCluster {
    fn drop(&mut self) {
        if self.dir.path().join("data/postmaster.pid").exists() {
            let _ = std::panic::catch_unwind(|| {
                self.run(
                    "pg_ctl",
                    &["-D", &self.data(), "-m", "immediate", "-w", "stop"],
                )
            });
        }
    }
}

fn running_as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.trim_ascii() == b"0")
}

/// Where initdb and pg_ctl are: on PATH, or Debian's versioned directory.
fn server_bindir() -> Option<PathBuf> {
    if let Ok(out) = Command::new("sh")
        .args(["-c", "readlink -f \"$(command -v initdb)\""])
        .output()
        && out.status.success()
    {
        let path = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if let Some(dir) = path.parent().filter(|_| path.is_file()) {
            return Some(dir.to_owned());
        }
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|entry| Some(entry.ok()?.path().join("bin")))
        .filter(|bin| bin.join("initdb").is_file())
        .collect();
    versions.sort_by_key(|bin| {
        bin.parent()
            .and_then(|v| v.file_name()?.to_str()?.parse::<u32>().ok())
            .unwrap_or(0)
    });
    versions.pop()
}
