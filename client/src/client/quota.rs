//! Retry partitions: the retry quota is shared by every client of one partition, as in the AWS
//! SDKs, so that many clients of a failing endpoint stop retrying together.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError};

use crate::retry::RetryQuota;

/// Every partition of the process, by name.
type Partitions = HashMap<Arc<str>, Arc<Mutex<RetryQuota>>>;

/// A named retry partition and its quota. Clients built with the same partition name share one
/// [`RetryQuota`] (500 tokens), process-wide.
///
/// The default name is `{signing name}-{region}@{endpoint URL}` (e.g.
/// `cleanrooms-us-east-1@https://cleanrooms.us-east-1.amazonaws.com`): clients of one
/// service, region and endpoint share a quota, and a local or custom endpoint has its own.
/// [`ConfigBuilder::retry_partition`](super::ConfigBuilder::retry_partition) names one for
/// every client of a configuration.
///
/// ```
/// use aws_union_client::RetryPartition;
///
/// let (a, b) = (RetryPartition::new("batch-jobs"), RetryPartition::new("batch-jobs"));
/// assert_eq!(a, b); // one quota
/// assert_eq!(a.name(), "batch-jobs");
/// assert_eq!(a.available(), 500);
/// ```
#[derive(Clone)]
pub struct RetryPartition {
    name: Arc<str>,
    quota: Arc<Mutex<RetryQuota>>,
}

impl fmt::Debug for RetryPartition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryPartition")
            .field("name", &self.name)
            .field("available", &self.available())
            .finish()
    }
}

impl PartialEq for RetryPartition {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.quota, &other.quota)
    }
}

impl Eq for RetryPartition {}

impl RetryPartition {
    /// The partition named `name`, with a full quota the first time the name is used.
    pub fn new(name: impl Into<String>) -> Self {
        static PARTITIONS: OnceLock<Mutex<Partitions>> = OnceLock::new();
        let name: Arc<str> = Arc::from(name.into());
        let mut partitions = PARTITIONS
            .get_or_init(Mutex::default)
            .lock()
            // A map of counters: a panic elsewhere cannot leave it inconsistent.
            .unwrap_or_else(PoisonError::into_inner);
        let quota = partitions.entry(name.clone()).or_default().clone();
        Self { name, quota }
    }

    /// The default partition of a client of the service signing as `signing_name` in
    /// `region` at `endpoint_url`.
    pub(crate) fn default_for(signing_name: &str, region: &str, endpoint_url: &str) -> Self {
        Self::new(format!("{signing_name}-{region}@{endpoint_url}"))
    }

    /// The partition's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Tokens left in the partition's quota.
    pub fn available(&self) -> u32 {
        self.quota().available()
    }

    pub(crate) fn acquire(&self, cost: u32) -> bool {
        self.quota().acquire(cost)
    }

    /// A call succeeded: the tokens of its last retry come back, or 1 token after a first-try
    /// success.
    pub(crate) fn on_success(&self, last_retry_cost: Option<u32>) {
        let mut quota = self.quota();
        match last_retry_cost {
            Some(cost) => quota.release(cost),
            None => quota.reward_first_try_success(),
        }
    }

    fn quota(&self) -> MutexGuard<'_, RetryQuota> {
        self.quota.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
