//! A service's endpoint for a configuration: the endpoint parameters from the configuration's
//! built-ins (`AWS::Region`, `AWS::UseFIPS`, `AWS::UseDualStack`, `SDK::Endpoint`), resolved
//! through the service's rule set, and what the result means for a request: its URL, the
//! headers the endpoint asks for, and the signing name and region of its `sigv4` auth scheme.

use http::header::{HeaderName, HeaderValue};

use super::config::Config;
use super::error::{BuildError, EndpointError};
use crate::endpoint::{Endpoint, ParamValue, Params, Resolver, RuleSet, Value};
use crate::operation::{EndpointUrl, ServiceInfo};

/// Where a request goes and what it is signed for, from one resolved endpoint.
#[derive(Debug)]
pub(crate) struct Target {
    url: EndpointUrl,
    headers: Vec<(HeaderName, HeaderValue)>,
    signing_name: String,
    signing_region: String,
}

impl Target {
    pub(crate) fn url(&self) -> &EndpointUrl {
        &self.url
    }

    /// Headers the endpoint asks every request to carry.
    pub(crate) fn headers(&self) -> &[(HeaderName, HeaderValue)] {
        &self.headers
    }

    pub(crate) fn signing_name(&self) -> &str {
        &self.signing_name
    }

    pub(crate) fn signing_region(&self) -> &str {
        &self.signing_region
    }

    /// What `endpoint` means for requests of `service` signed in `region` unless the endpoint
    /// says otherwise.
    pub(crate) fn new(
        endpoint: &Endpoint,
        service: &ServiceInfo,
        region: &str,
    ) -> Result<Self, EndpointError> {
        let url = EndpointUrl::parse(endpoint.url()).map_err(EndpointError::Url)?;
        let mut headers = Vec::new();
        for (name, values) in endpoint.headers() {
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| EndpointError::Header { name: name.clone() })?;
            for value in values {
                let value = HeaderValue::from_str(value).map_err(|_| EndpointError::Header {
                    name: name.to_string(),
                })?;
                headers.push((name.clone(), value));
            }
        }
        let (signing_name, signing_region) = sigv4_scope(endpoint.auth_schemes())?;
        Ok(Self {
            url,
            headers,
            signing_name: signing_name.unwrap_or(service.signing_name).to_owned(),
            signing_region: signing_region.unwrap_or(region).to_owned(),
        })
    }
}

/// The signing name and region overrides of the endpoint's `sigv4` auth scheme. No
/// `authSchemes` at all means SigV4 with the service's defaults; schemes of which none is
/// `sigv4` (e.g. only `sigv4a`) cannot be honoured.
fn sigv4_scope(schemes: &[Value]) -> Result<(Option<&str>, Option<&str>), EndpointError> {
    if schemes.is_empty() {
        return Ok((None, None));
    }
    fn name(scheme: &Value) -> Option<&str> {
        scheme.get("name").and_then(Value::as_str)
    }
    let Some(sigv4) = schemes.iter().find(|s| name(s) == Some("sigv4")) else {
        let names: Vec<&str> = schemes.iter().filter_map(name).collect();
        return Err(EndpointError::AuthScheme {
            schemes: names.join(", "),
        });
    };
    let text = |key| sigv4.get(key).and_then(Value::as_str);
    Ok((text("signingName"), text("signingRegion")))
}

/// The built-in endpoint parameters of `config` for `service`.
pub(crate) fn builtins(config: &Config, service: &ServiceInfo) -> Params {
    let mut params = Params::new()
        .with_builtin("AWS::Region", config.region())
        .with_builtin("AWS::UseFIPS", config.use_fips())
        .with_builtin("AWS::UseDualStack", config.use_dual_stack());
    if let Some(url) = config.endpoint_url_for(service) {
        params = params.with_builtin("SDK::Endpoint", url);
    }
    params
}

/// Loads `service`'s rule set and resolves the endpoint of `config`: the client's resolver
/// (which caches it) and its target.
pub(crate) fn resolve_for(
    config: &Config,
    service: &'static ServiceInfo,
) -> Result<(Resolver, Target), BuildError> {
    let rules = RuleSet::from_compact(service.endpoint_rules).map_err(|error| {
        BuildError::EndpointRules {
            service: service.service_id,
            error,
        }
    })?;
    let resolver = Resolver::new(rules);
    let endpoint = resolver
        .resolve(&builtins(config, service))
        .map_err(|e| BuildError::Endpoint(EndpointError::Rules(e)))?;
    let target = Target::new(&endpoint, service, config.region()).map_err(BuildError::Endpoint)?;
    Ok((resolver, target))
}

/// The target for an operation that sets endpoint parameters of its own, on top of the
/// configuration's built-ins: resolved through `resolver`'s cache.
pub(crate) fn resolve_with(
    resolver: &Resolver,
    config: &Config,
    service: &ServiceInfo,
    own: Vec<(&'static str, ParamValue)>,
) -> Result<Target, EndpointError> {
    let mut params = builtins(config, service);
    for (name, value) in own {
        params.set(name, value);
    }
    let endpoint = resolver.resolve(&params).map_err(EndpointError::Rules)?;
    Target::new(&endpoint, service, config.region())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schemes(json: &str) -> Vec<Value> {
        let rules = RuleSet::from_json(&format!(
            r#"{{"version": "1.0", "parameters": {{}}, "rules": [{{"type": "endpoint", "conditions": [],
                "endpoint": {{"url": "https://x", "properties": {{"authSchemes": {json}}}}}}}]}}"#
        ))
        .unwrap();
        rules
            .resolve(&Params::new())
            .unwrap()
            .auth_schemes()
            .to_vec()
    }

    #[test]
    fn the_sigv4_auth_scheme_overrides_the_signing_name_and_region() {
        let schemes = schemes(
            r#"[{"name": "sigv4a", "signingName": "a"},
                {"name": "sigv4", "signingName": "execute-api", "signingRegion": "us-west-2"}]"#,
        );
        assert_eq!(
            sigv4_scope(&schemes).unwrap(),
            (Some("execute-api"), Some("us-west-2"))
        );
    }

    #[test]
    fn auth_schemes_without_sigv4_are_an_endpoint_error_naming_them() {
        let error = sigv4_scope(&schemes(r#"[{"name": "sigv4a"}]"#)).unwrap_err();
        assert_eq!(
            error.to_string(),
            "the endpoint asks for auth schemes this client does not sign with: sigv4a"
        );
    }
}
