//! aws-union-client's whole client in use: a configuration from the environment, with its
//! HTTPS transport, ready to build service clients.

use aws_union_client::Config;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = Config::from_env()?;
    println!("{config:?}");
    Ok(())
}
