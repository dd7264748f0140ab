//! Secrets Manager (awsJson1_1): the idempotency token filled in, values read back, and the
//! list paged through `NextToken`.

use std::sync::atomic::{AtomicUsize, Ordering};

use aws_union_client::operation::IdempotencyTokens;
use aws_union_client::{Config, Credentials};
use aws_union_services::secretsmanager::{
    Client, CreateSecretRequest, Filter, FilterNameStringType, GetSecretValueRequest,
    ListSecretsRequest,
};

use crate::support::{client, moto, unique, REGION};

/// Tokens `00000000-0000-4000-8000-<n>`, counting: which token a request carried is known.
#[derive(Debug, Default)]
struct CountingTokens(AtomicUsize);

impl IdempotencyTokens for CountingTokens {
    fn next_token(&self) -> String {
        let n = self.0.fetch_add(1, Ordering::SeqCst) + 1;
        format!("00000000-0000-4000-8000-{n:012}")
    }
}

async fn create(client: &Client, name: &str, value: &str) -> String {
    let input = CreateSecretRequest::default()
        .name(name)
        .secret_string(value);
    let output = client.create_secret(input).await.unwrap();
    assert_eq!(output.name.as_deref(), Some(name));
    output.version_id.expect("the version's id")
}

#[tokio::test]
async fn create_secret_sends_a_generated_idempotency_token_as_the_version_id() {
    let Some(moto) = moto() else { return };
    let config = Config::builder()
        .endpoint_url(moto.endpoint_url())
        .region(REGION)
        .credentials(Credentials::new("testing", "testing", None, None, "moto"))
        .idempotency_tokens(CountingTokens::default())
        .build()
        .unwrap();
    let client = Client::new(&config).unwrap();
    let name = unique("token");
    // The request leaves `ClientRequestToken` unset; Secrets Manager makes the token the
    // secret's first version id.
    let version = create(&client, &name, "v").await;
    assert_eq!(version, "00000000-0000-4000-8000-000000000001");
}

#[tokio::test]
async fn get_secret_value_returns_the_value_of_the_current_version() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let name = unique("value");
    let version = create(&client, &name, "s3cr3t \u{1F511}").await;
    let input = GetSecretValueRequest::default().secret_id(&name);
    let output = client.get_secret_value(input).await.unwrap();
    assert_eq!(output.secret_string.as_deref(), Some("s3cr3t \u{1F511}"));
    assert_eq!(output.name.as_deref(), Some(name.as_str()));
    assert_eq!(output.version_id, Some(version));
    assert_eq!(
        output.version_stages.as_deref(),
        Some(&["AWSCURRENT".to_owned()][..])
    );
}

#[tokio::test]
async fn list_secrets_pages_follow_next_token_to_the_end() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let prefix = unique("listed");
    let mut names = Vec::new();
    for i in 0..5 {
        let name = format!("{prefix}-{i}");
        create(&client, &name, "v").await;
        names.push(name);
    }
    let mut filter = Filter::default();
    filter.key = Some(FilterNameStringType::Name);
    filter.values = Some(vec![prefix.clone()]);
    let input = ListSecretsRequest::default().filters(filter).max_results(2);
    let mut stream_of_pages = client.list_secrets_pages(input);
    let mut pages = Vec::new();
    while let Some(page) = stream_of_pages.next().await {
        let page: Vec<String> = page
            .unwrap()
            .secret_list
            .unwrap_or_default()
            .into_iter()
            .filter_map(|entry| entry.name)
            .collect();
        pages.push(page);
        assert!(pages.len() <= 5, "NextToken never ends: {pages:?}");
    }
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [2, 2, 1]);
    let mut listed: Vec<String> = pages.concat();
    listed.sort();
    assert_eq!(listed, names);
}

#[tokio::test]
async fn a_missing_secret_is_the_typed_resource_not_found_exception() {
    let Some(client) = client::<Client>() else {
        return;
    };
    let input = GetSecretValueRequest::default().secret_id(unique("missing"));
    let error = client.get_secret_value(input).await.unwrap_err();
    let service = error.as_service_error().expect("a service error");
    assert!(
        service.kind().is_resource_not_found_exception(),
        "{error:?}"
    );
    // AWS answers 400, as for every error of the awsJson protocols; moto answers 404. The
    // typed error is read from the body's `__type` either way.
    assert_eq!(service.code(), Some("ResourceNotFoundException"));
}
