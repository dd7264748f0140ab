//! [`RetryQuota`]: the token bucket that stops clients from retrying into an outage.

/// A retry quota: a token bucket shared by the calls of every client in one retry partition.
///
/// ```
/// use aws_union_client::retry::RetryQuota;
///
/// let mut quota = RetryQuota::new(10);
/// assert!(quota.acquire(5));
/// assert_eq!(quota.available(), 5);
/// assert!(!quota.acquire(10)); // not enough left: stop retrying
/// quota.release(5); // the retried call succeeded: its last retry's tokens come back
/// assert_eq!(quota.available(), 10);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryQuota {
    available: u32,
    capacity: u32,
}

impl Default for RetryQuota {
    fn default() -> Self {
        Self::new(Self::STANDARD_CAPACITY)
    }
}

impl RetryQuota {
    /// Tokens in a full standard quota.
    pub const STANDARD_CAPACITY: u32 = 500;

    /// A full quota of `capacity` tokens.
    pub const fn new(capacity: u32) -> Self {
        Self {
            available: capacity,
            capacity,
        }
    }

    /// Tokens left.
    pub const fn available(&self) -> u32 {
        self.available
    }

    /// Takes `cost` tokens for one retry; `false` (and nothing taken) if the quota cannot pay
    /// it: stop retrying.
    pub fn acquire(&mut self, cost: u32) -> bool {
        match self.available.checked_sub(cost) {
            Some(left) => {
                self.available = left;
                true
            }
            None => false,
        }
    }

    /// Gives back `cost` tokens, up to the capacity.
    pub fn release(&mut self, cost: u32) {
        self.available = self.available.saturating_add(cost).min(self.capacity);
    }

    /// A call succeeded on its first attempt: one token comes back.
    pub fn reward_first_try_success(&mut self) {
        self.release(1);
    }
}
