//! The moto server the tests share, and clients of it.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use aws_union_client::{Config, Credentials, FromConfig};
use aws_union_services::moto::{MotoServer, MotoVenv};

/// The region every client signs for (moto routes by the credential scope's region).
pub const REGION: &str = "us-east-1";

/// The server of this test binary, started on first use; `None` (after saying why) where
/// Python is missing. It stops when the binary ends: its standard input closes.
pub fn moto() -> Option<&'static MotoServer> {
    static SERVER: OnceLock<Option<MotoServer>> = OnceLock::new();
    SERVER
        .get_or_init(|| match MotoServer::start() {
            Ok(server) => Some(server),
            Err(e) if e.is_python_missing() => None,
            Err(e) => panic!("{e}"),
        })
        .as_ref()
        .or_else(|| {
            eprintln!(
                "skipped: moto needs Python 3 (with venv and pip), and `python3` cannot be run"
            );
            None
        })
}

/// The configuration of every client of `moto`: its URL, moto's test credentials.
pub fn config(moto: &MotoServer) -> Config {
    Config::builder()
        .endpoint_url(moto.endpoint_url())
        .region(REGION)
        .credentials(Credentials::new("testing", "testing", None, None, "moto"))
        .build()
        .expect("a configuration")
}

/// A generated service client (`dynamodb::Client`, …) of the shared server, or `None` where
/// Python is missing.
pub fn client<C: FromConfig>() -> Option<C> {
    let moto = moto()?;
    Some(C::from_config(&config(moto)).expect("a client"))
}

/// A name no other test of this run uses: `prefix` and a number.
pub fn unique(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!(
        "{prefix}-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::SeqCst)
    )
}

/// The venv moto is installed in, or `None` (after saying why) where Python is missing.
pub fn venv() -> Option<MotoVenv> {
    match MotoVenv::installed() {
        Ok(venv) => Some(venv),
        Err(e) if e.is_python_missing() => {
            eprintln!("skipped: {e}");
            None
        }
        Err(e) => panic!("{e}"),
    }
}
