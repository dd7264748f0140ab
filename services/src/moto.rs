//! moto, a local AWS, for the end-to-end tests and examples (feature `moto`): installed on
//! first use into a venv under the target directory, started on a loopback port it picks, and
//! stopped with its handle.
//!
//! - **Install.** `python3 -m venv <target>/moto-venv`, then pip installs the pinned
//!   [`MOTO_VERSION`] with the extras of the six services and [`BOTOCORE_VERSION`] (the
//!   botocore every other oracle of the workspace is). A lock file (`<target>/moto-venv.lock`)
//!   keeps parallel test processes from racing; a marker file names what was installed, so
//!   later runs start at once.
//! - **Start.** The venv's Python runs moto's threaded server on `127.0.0.1`, port 0: the
//!   system picks a free port and the server prints it, so two servers never race for one.
//! - **Stop.** Dropping the [`MotoServer`] kills the process and reaps it, on a panic too. The
//!   server also exits by itself when its standard input closes, which happens when the
//!   process that started it ends however it ends: a server held in a `static` (never
//!   dropped) is not left behind either.
//!
//! Only a missing Python is an expected failure ([`MotoError::is_python_missing`]): callers
//! may skip with its message. Everything else (pip cannot reach PyPI, the server does not
//! start) is an error to report.
//!
//! ```no_run
//! use aws_union_services::moto::MotoServer;
//!
//! let moto = match MotoServer::start() {
//!     Ok(moto) => moto,
//!     Err(e) if e.is_python_missing() => return eprintln!("skipped: {e}"),
//!     Err(e) => panic!("{e}"),
//! };
//! println!("a local AWS at {}", moto.endpoint_url());
//! // Dropping `moto` stops it.
//! ```

use std::fmt;
use std::fs;
use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};

/// The moto release installed and tested with.
pub const MOTO_VERSION: &str = "5.2.5";
/// The botocore release installed beside it (the workspace's oracles' one).
pub const BOTOCORE_VERSION: &str = "1.44.8";

/// What pip installs: moto with the extras of the services the workspace calls, and the web
/// server its server mode needs, at the versions tested with (moto's `server` extra would also
/// bring every other service's dependencies, twice the size).
fn requirements() -> [String; 4] {
    [
        format!("moto[dynamodb,sqs,secretsmanager,kms,awslambda,logs,iam]=={MOTO_VERSION}"),
        format!("botocore=={BOTOCORE_VERSION}"),
        "flask==3.1.3".to_owned(),
        "flask-cors==6.0.5".to_owned(),
    ]
}

/// The server moto's own module offers, on `127.0.0.1` and a port the system picks. It prints
/// the port, then serves until its standard input closes.
const SERVE: &str = "\
import logging, os, sys
logging.getLogger('werkzeug').setLevel(logging.ERROR)
from moto.server import ThreadedMotoServer
server = ThreadedMotoServer(ip_address='127.0.0.1', port=0, verbose=False)
server.start()
print(server.get_host_and_port()[1], flush=True)
# Whoever started the server reads only the port: later output goes nowhere, not into a
# closed pipe.
devnull = os.open(os.devnull, os.O_WRONLY)
os.dup2(devnull, 1)
sys.stdout = open(os.devnull, 'w')
sys.stdin.read()
os._exit(0)
";

/// Why moto could not be installed or started.
#[derive(Debug)]
#[non_exhaustive]
pub enum MotoError {
    /// `python3` cannot be run: nothing can be installed.
    PythonMissing(String),
    /// The venv or pip failed: what ran and what it said.
    Install(String),
    /// The server did not start: what happened.
    Start(String),
}

impl MotoError {
    /// Whether Python is missing, the one case where a test may be skipped instead of failing.
    ///
    /// ```
    /// use aws_union_services::moto::MotoError;
    ///
    /// assert!(MotoError::PythonMissing("no python3".into()).is_python_missing());
    /// assert!(!MotoError::Start("exited".into()).is_python_missing());
    /// ```
    pub fn is_python_missing(&self) -> bool {
        matches!(self, Self::PythonMissing(_))
    }
}

impl fmt::Display for MotoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::PythonMissing(why) => write!(
                f,
                "moto needs Python 3 with venv and pip, and `python3` cannot be run: {why}"
            ),
            Self::Install(why) => write!(f, "cannot install moto {MOTO_VERSION}: {why}"),
            Self::Start(why) => write!(f, "moto did not start: {why}"),
        }
    }
}

impl std::error::Error for MotoError {}

/// The venv moto is installed in, installed on first use. Its Python also has the pinned
/// botocore, for checks against botocore itself.
///
/// ```no_run
/// use aws_union_services::moto::{MotoServer, MotoVenv};
///
/// let venv = MotoVenv::installed()?;
/// let status = std::process::Command::new(venv.python())
///     .args(["-c", "import botocore; print(botocore.__version__)"])
///     .status()?;
/// assert!(status.success());
/// // Two servers from one venv, each on its own port.
/// let (a, b) = (MotoServer::start_in(&venv)?, MotoServer::start_in(&venv)?);
/// assert_ne!(a.port(), b.port());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct MotoVenv {
    dir: PathBuf,
}

impl MotoVenv {
    /// The venv under the target directory of the running test or example, installed if it is
    /// not yet (waiting for another process that is installing it).
    ///
    /// # Errors
    ///
    /// Python is missing, or the venv or pip fails.
    pub fn installed() -> Result<Self, MotoError> {
        Self::installed_in(&target_dir())
    }

    /// [`MotoVenv::installed`] under `target` (`<target>/moto-venv`).
    ///
    /// # Errors
    ///
    /// As [`MotoVenv::installed`].
    pub fn installed_in(target: &Path) -> Result<Self, MotoError> {
        let venv = Self {
            dir: target.join("moto-venv"),
        };
        if venv.marker().is_file() {
            return Ok(venv);
        }
        fs::create_dir_all(target)
            .map_err(|e| MotoError::Install(format!("cannot create {}: {e}", target.display())))?;
        let lock_path = target.join("moto-venv.lock");
        let lock = fs::File::create(&lock_path).map_err(|e| {
            MotoError::Install(format!("cannot create {}: {e}", lock_path.display()))
        })?;
        // Held until `lock` is dropped (or the process ends): one installer at a time.
        lock.lock()
            .map_err(|e| MotoError::Install(format!("cannot lock {}: {e}", lock_path.display())))?;
        if !venv.marker().is_file() {
            venv.install()?;
        }
        Ok(venv)
    }

    /// The venv's Python (with moto and botocore importable).
    pub fn python(&self) -> PathBuf {
        self.dir.join("bin").join("python")
    }

    /// The file whose presence says the venv holds what [`requirements`] names.
    fn marker(&self) -> PathBuf {
        self.dir.join(format!(
            "installed-moto-{MOTO_VERSION}-botocore-{BOTOCORE_VERSION}"
        ))
    }

    fn install(&self) -> Result<(), MotoError> {
        let created = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&self.dir)
            .output()
            .map_err(|e| MotoError::PythonMissing(e.to_string()))?;
        if !created.status.success() {
            return Err(MotoError::Install(format!(
                "`python3 -m venv {}` failed ({}): {}",
                self.dir.display(),
                created.status,
                String::from_utf8_lossy(&created.stderr).trim()
            )));
        }
        let installed = Command::new(self.python())
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
            ])
            .args(requirements())
            .output()
            .map_err(|e| MotoError::Install(format!("cannot run the venv's pip: {e}")))?;
        if !installed.status.success() {
            return Err(MotoError::Install(format!(
                "pip failed ({}); is PyPI reachable?\n{}",
                installed.status,
                String::from_utf8_lossy(&installed.stderr).trim()
            )));
        }
        fs::write(self.marker(), requirements().join("\n")).map_err(|e| {
            MotoError::Install(format!("cannot write {}: {e}", self.marker().display()))
        })
    }
}

/// A running moto server on loopback. Dropping it stops the server.
///
/// ```no_run
/// use aws_union_services::moto::MotoServer;
///
/// let moto = MotoServer::start()?;
/// assert_eq!(moto.endpoint_url(), format!("http://127.0.0.1:{}", moto.port()));
/// // Point a configuration at it: `Config::builder().endpoint_url(moto.endpoint_url())`.
/// moto.stop();
/// # Ok::<(), aws_union_services::moto::MotoError>(())
/// ```
#[derive(Debug)]
pub struct MotoServer {
    child: Child,
    /// Kept open: the server exits when it closes.
    stdin: Option<ChildStdin>,
    port: u16,
}

impl MotoServer {
    /// Installs moto if needed ([`MotoVenv::installed`]) and starts a server.
    ///
    /// # Errors
    ///
    /// Python is missing, the install fails, or the server does not start.
    pub fn start() -> Result<Self, MotoError> {
        Self::start_in(&MotoVenv::installed()?)
    }

    /// Starts a server from `venv`, returning once it accepts connections.
    ///
    /// # Errors
    ///
    /// The server does not start or does not say its port.
    pub fn start_in(venv: &MotoVenv) -> Result<Self, MotoError> {
        let mut child = Command::new(venv.python())
            .args(["-c", SERVE])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| {
                MotoError::Start(format!("cannot run {}: {e}", venv.python().display()))
            })?;
        let stdin = child.stdin.take();
        let mut server = Self {
            child,
            stdin,
            port: 0,
        };
        let mut line = String::new();
        let stdout = server.child.stdout.take();
        let read = stdout.map(|out| BufReader::new(out).read_line(&mut line));
        server.port = match (read, line.trim().parse::<u16>()) {
            (Some(Ok(_)), Ok(port)) if port != 0 => port,
            (read, _) => {
                let status = server.child.try_wait().ok().flatten();
                return Err(MotoError::Start(format!(
                    "it said {:?} instead of its port ({read:?}, exit status {status:?}; its \
                     errors are above)",
                    line.trim()
                )));
            }
        };
        Ok(server)
    }

    /// The loopback port the server listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The server's URL, `http://127.0.0.1:<port>`: every service's endpoint.
    pub fn endpoint_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Stops the server and waits for its process to end (what dropping it does).
    pub fn stop(self) {}
}

impl Drop for MotoServer {
    fn drop(&mut self) {
        drop(self.stdin.take());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The target directory of the running executable: tests, benches and examples live in
/// `<target>/<profile>/{deps,examples}/`.
fn target_dir() -> PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.parent()?.to_path_buf()))
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"))
}
