//! [`Resolver`]: a rule set with its resolved endpoints cached per parameter set, so that a
//! client resolves its endpoint once, not on every call.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use super::error::ResolveError;
use super::params::Params;
use super::partitions::Partitions;
use super::ruleset::RuleSet;
use super::Endpoint;

/// A rule set that remembers what it resolved: each distinct parameter set is evaluated once,
/// then answered from a bounded cache (the oldest entry makes room for a new one). Errors are
/// not cached. It is `Sync`: one resolver serves every call of a client.
///
/// ```
/// use aws_union_client::endpoint::{Params, Resolver, RuleSet};
///
/// let rules = RuleSet::from_json(r#"{"version": "1.0", "parameters": {"Region": {"type": "string", "required": true}},
///   "rules": [{"type": "endpoint", "conditions": [], "endpoint": {"url": "https://api.{Region}.example.com"}}]}"#)?;
/// let resolver = Resolver::new(rules);
/// let params = Params::new().with("Region", "eu-west-1");
///
/// let first = resolver.resolve(&params)?;
/// let second = resolver.resolve(&params)?;
/// assert_eq!(second.url(), "https://api.eu-west-1.example.com");
/// assert_eq!(first, second);
/// assert_eq!(resolver.resolutions(), 1); // the second came from the cache
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct Resolver {
    rule_set: RuleSet,
    partitions: Option<Partitions>,
    capacity: usize,
    cache: Mutex<Cache>,
    resolutions: AtomicU64,
}

#[derive(Debug, Default)]
struct Cache {
    endpoints: HashMap<Params, Arc<Endpoint>>,
    /// Insertion order, oldest first.
    order: VecDeque<Params>,
}

impl Resolver {
    /// How many parameter sets a resolver keeps by default (as botocore's endpoint cache).
    ///
    /// ```
    /// assert_eq!(aws_union_client::endpoint::Resolver::DEFAULT_CAPACITY, 100);
    /// ```
    pub const DEFAULT_CAPACITY: usize = 100;

    /// A resolver for `rule_set`, with the built-in partitions and room for
    /// [`Resolver::DEFAULT_CAPACITY`] parameter sets.
    ///
    /// ```
    /// # use aws_union_client::endpoint::{Resolver, RuleSet};
    /// # let rules = RuleSet::from_json(r#"{"version": "1.0", "parameters": {}, "rules": []}"#)?;
    /// let resolver = Resolver::new(rules);
    /// assert_eq!(resolver.resolutions(), 0);
    /// # Ok::<(), aws_union_client::endpoint::LoadError>(())
    /// ```
    pub fn new(rule_set: RuleSet) -> Self {
        Self {
            rule_set,
            partitions: None,
            capacity: Self::DEFAULT_CAPACITY,
            cache: Mutex::new(Cache::default()),
            resolutions: AtomicU64::new(0),
        }
    }

    /// Keeps at most `capacity` parameter sets (0: cache nothing).
    ///
    /// ```
    /// # use aws_union_client::endpoint::{Params, Resolver, RuleSet};
    /// # let rules = RuleSet::from_json(r#"{"version": "1.0", "parameters": {},
    /// #   "rules": [{"type": "endpoint", "conditions": [], "endpoint": {"url": "https://x"}}]}"#)?;
    /// let resolver = Resolver::new(rules).with_capacity(0);
    /// resolver.resolve(&Params::new())?;
    /// resolver.resolve(&Params::new())?;
    /// assert_eq!(resolver.resolutions(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_capacity(mut self, capacity: usize) -> Self {
        self.capacity = capacity;
        self
    }

    /// Finds regions in `partitions` instead of the built-in table.
    ///
    /// ```
    /// # use aws_union_client::endpoint::{Partitions, Resolver, RuleSet};
    /// # let rules = RuleSet::from_json(r#"{"version": "1.0", "parameters": {}, "rules": []}"#)?;
    /// let resolver = Resolver::new(rules).with_partitions(Partitions::builtin().clone());
    /// # Ok::<(), aws_union_client::endpoint::LoadError>(())
    /// ```
    pub fn with_partitions(mut self, partitions: Partitions) -> Self {
        self.partitions = Some(partitions);
        self
    }

    /// The endpoint for `params`: from the cache, or resolved (see [`RuleSet::resolve`]) and
    /// cached.
    ///
    /// ```
    /// # use aws_union_client::endpoint::{Params, Resolver, RuleSet};
    /// # let rules = RuleSet::from_json(r#"{"version": "1.0", "parameters": {"UseFIPS": {"type": "boolean"}},
    /// #   "rules": [{"type": "endpoint", "conditions": [], "endpoint": {"url": "https://x"}}]}"#)?;
    /// let resolver = Resolver::new(rules);
    /// resolver.resolve(&Params::new().with("UseFIPS", false))?;
    /// resolver.resolve(&Params::new().with("UseFIPS", true))?; // another parameter set
    /// assert_eq!(resolver.resolutions(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`RuleSet::resolve`].
    pub fn resolve(&self, params: &Params) -> Result<Arc<Endpoint>, ResolveError> {
        if let Some(endpoint) = self.lock().endpoints.get(params) {
            return Ok(Arc::clone(endpoint));
        }
        // Resolved outside the lock: calls with other parameters are not held up. Two threads
        // missing the same parameters at once may both resolve them; the results are equal.
        self.resolutions.fetch_add(1, Ordering::Relaxed);
        let partitions = self
            .partitions
            .as_ref()
            .unwrap_or_else(|| Partitions::builtin());
        let endpoint = Arc::new(self.rule_set.resolve_in(params, partitions)?);
        if self.capacity > 0 {
            let mut cache = self.lock();
            if !cache.endpoints.contains_key(params) {
                if cache.order.len() >= self.capacity {
                    if let Some(oldest) = cache.order.pop_front() {
                        cache.endpoints.remove(&oldest);
                    }
                }
                cache.order.push_back(params.clone());
                cache
                    .endpoints
                    .insert(params.clone(), Arc::clone(&endpoint));
            }
        }
        Ok(endpoint)
    }

    /// How many times the rules were evaluated (cache misses, errors included).
    ///
    /// ```
    /// # use aws_union_client::endpoint::{Resolver, RuleSet};
    /// # let rules = RuleSet::from_json(r#"{"version": "1.0", "parameters": {}, "rules": []}"#)?;
    /// assert_eq!(Resolver::new(rules).resolutions(), 0);
    /// # Ok::<(), aws_union_client::endpoint::LoadError>(())
    /// ```
    pub fn resolutions(&self) -> u64 {
        self.resolutions.load(Ordering::Relaxed)
    }

    /// The rule set.
    ///
    /// ```
    /// # use aws_union_client::endpoint::{Resolver, RuleSet};
    /// # let rules = RuleSet::from_json(r#"{"version": "1.0", "parameters": {}, "rules": []}"#)?;
    /// assert_eq!(Resolver::new(rules).rule_set().version(), "1.0");
    /// # Ok::<(), aws_union_client::endpoint::LoadError>(())
    /// ```
    pub fn rule_set(&self) -> &RuleSet {
        &self.rule_set
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Cache> {
        // Nothing panics while the lock is held; a poisoned cache is still consistent.
        self.cache.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
