//! The generic service client's endpoints: the service's rules resolved once per client
//! (and once per distinct set of an operation's parameters), their built-ins, auth schemes
//! and errors, custom endpoints, and host prefixes.
#![cfg(feature = "client")]

#[path = "support/queue_service.rs"]
mod queue_service;

use aws_union_client::{BuildError, Client, ConfigBuilder, EndpointError, Error};
use queue_service::{
    assert_signed_for, builder, message, Recorder, SendMessage, SendMessageInput, QUEUE, TABLE,
};

#[tokio::test]
async fn a_call_of_any_operation_goes_to_the_resolved_endpoint_signed_for_the_service() {
    let transport = Recorder::ok();
    let client = Client::new(&builder(&transport).build().unwrap(), &QUEUE).unwrap();
    let output = client.call::<SendMessage>(&message("hello")).await.unwrap();
    assert_eq!(output.id, "m-1");
    let sent = &transport.sent()[0];
    assert_eq!(sent.uri(), "https://queue.eu-west-1.amazonaws.com/");
    assert_eq!(sent.headers()["x-amz-target"], "Queue.SendMessage");
    assert_signed_for(sent, "/eu-west-1/queue/aws4_request");
}

#[tokio::test]
async fn a_parameter_set_is_resolved_once_per_client_not_per_call() {
    let transport = Recorder::ok();
    let client = Client::new(&builder(&transport).build().unwrap(), &QUEUE).unwrap();
    assert_eq!(client.endpoint_resolutions(), 1, "resolved when built");
    for _ in 0..5 {
        client.call::<SendMessage>(&message("hello")).await.unwrap();
    }
    assert_eq!(client.endpoint_resolutions(), 1, "no call resolved again");
    // An operation's own parameters: each distinct set once, then from the cache.
    for queue in ["orders", "orders", "invoices", "orders"] {
        let input = SendMessageInput {
            queue: Some(queue.into()),
            ..message("hello")
        };
        client.call::<SendMessage>(&input).await.unwrap();
    }
    assert_eq!(client.endpoint_resolutions(), 3);
    let hosts = transport.hosts();
    assert_eq!(hosts[5], "orders.queue.eu-west-1.amazonaws.com");
    assert_eq!(hosts[7], "invoices.queue.eu-west-1.amazonaws.com");
}

#[tokio::test]
async fn fips_and_dual_stack_are_built_ins_of_every_service_s_rules() {
    let transport = Recorder::ok();
    let config = builder(&transport)
        .use_fips(true)
        .use_dual_stack(true)
        .build()
        .unwrap();
    let client = Client::new(&config, &QUEUE).unwrap();
    assert_eq!(
        client.endpoint().as_str(),
        "https://queue-fips.eu-west-1.api.aws"
    );
}

#[tokio::test]
async fn the_endpoint_s_sigv4_auth_scheme_sets_the_signing_name_and_region() {
    let transport = Recorder::ok();
    let config = builder(&transport).region("aws-global").build().unwrap();
    let client = Client::new(&config, &QUEUE).unwrap();
    assert_eq!(client.signing_region(), "us-east-1");
    client.call::<SendMessage>(&message("hello")).await.unwrap();
    let sent = &transport.sent()[0];
    assert_eq!(sent.uri().host(), Some("queue.amazonaws.com"));
    assert_signed_for(sent, "/us-east-1/queue-global/aws4_request");
}

#[tokio::test]
async fn a_service_s_own_endpoint_variable_wins_over_aws_endpoint_url() {
    let transport = Recorder::ok();
    let config = ConfigBuilder::from_env_with(|name| match name {
        "AWS_REGION" => Some("eu-west-1".into()),
        "AWS_ACCESS_KEY_ID" => Some("AKIDEXAMPLE".into()),
        "AWS_SECRET_ACCESS_KEY" => Some("secret".into()),
        "AWS_ENDPOINT_URL" => Some("http://127.0.0.1:4566".into()),
        "AWS_ENDPOINT_URL_EXAMPLE_QUEUE" => Some("http://127.0.0.1:9324".into()),
        _ => None,
    })
    .transport(transport.clone())
    .build()
    .unwrap();
    let queue = Client::new(&config, &QUEUE).unwrap();
    let table = Client::new(&config, &TABLE).unwrap();
    assert_eq!(queue.endpoint().as_str(), "http://127.0.0.1:9324");
    assert_eq!(table.endpoint().as_str(), "http://127.0.0.1:4566");
}

#[test]
fn a_custom_endpoint_with_fips_is_a_build_error_from_the_service_s_rules() {
    let transport = Recorder::ok();
    let config = builder(&transport)
        .endpoint_url("http://127.0.0.1:9324")
        .use_fips(true)
        .build()
        .unwrap();
    let error = Client::new(&config, &QUEUE).unwrap_err();
    assert!(
        matches!(error, BuildError::Endpoint(EndpointError::Rules(_))),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "Invalid Configuration: FIPS and custom endpoint are not supported"
    );
}

#[test]
fn a_custom_endpoint_that_is_not_a_url_is_a_build_error_naming_it() {
    let transport = Recorder::ok();
    let config = builder(&transport)
        .endpoint_url("localhost:9324")
        .build()
        .unwrap();
    let error = Client::new(&config, &QUEUE).unwrap_err();
    assert!(
        matches!(error, BuildError::Endpoint(EndpointError::Url(_))),
        "{error:?}"
    );
    assert!(error.to_string().contains("`localhost:9324`"), "{error}");
}

#[tokio::test]
async fn an_operation_s_endpoint_error_fails_the_call_before_anything_is_sent() {
    let transport = Recorder::ok();
    let client = Client::new(&builder(&transport).build().unwrap(), &QUEUE).unwrap();
    let input = SendMessageInput {
        queue: Some("not a host".into()),
        ..message("hello")
    };
    let error = client.call::<SendMessage>(&input).await.unwrap_err();
    assert!(matches!(error, Error::Endpoint(_)), "{error:?}");
    assert_eq!(error.to_string(), "QueueName must be a valid host label");
    assert!(transport.sent().is_empty());
}

#[tokio::test]
async fn host_prefixes_are_injected_unless_the_config_turns_them_off() {
    let transport = Recorder::ok();
    let input = SendMessageInput {
        data_plane: true,
        ..message("a")
    };
    for (disable, host) in [
        (false, "data-queue.eu-west-1.amazonaws.com"),
        (true, "queue.eu-west-1.amazonaws.com"),
    ] {
        let config = builder(&transport)
            .disable_host_prefix_injection(disable)
            .build()
            .unwrap();
        let client = Client::new(&config, &QUEUE).unwrap();
        client.call::<SendMessage>(&input).await.unwrap();
        let sent = transport.sent();
        assert_eq!(sent.last().unwrap().uri().host(), Some(host));
    }
}
