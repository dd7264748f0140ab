//! moto's server is started and stopped by the tests: nothing is left running.

use std::net::TcpStream;

use aws_union_services::moto::MotoServer;

use crate::support::venv;

#[test]
fn a_moto_server_stops_when_its_handle_is_dropped() {
    let Some(venv) = venv() else { return };
    let server = MotoServer::start_in(&venv).unwrap();
    let port = server.port();
    TcpStream::connect(("127.0.0.1", port)).expect("the server listens");
    drop(server);
    // Dropping waits for the process to end, so its socket is closed by now.
    assert!(
        TcpStream::connect(("127.0.0.1", port)).is_err(),
        "port {port} still accepts connections"
    );
}

#[test]
fn each_server_listens_on_its_own_port() {
    let Some(venv) = venv() else { return };
    let first = MotoServer::start_in(&venv).unwrap();
    let second = MotoServer::start_in(&venv).unwrap();
    assert_ne!(first.port(), second.port());
    assert_eq!(
        first.endpoint_url(),
        format!("http://127.0.0.1:{}", first.port())
    );
}
