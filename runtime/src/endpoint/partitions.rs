//! The partition table: the AWS partitions, their DNS suffixes and region patterns, in the order
//! of AWS's `partitions.json`, and how a region picks one.

/// An AWS partition: a group of regions sharing DNS suffixes.
///
/// ```
/// use cleanrooms_runtime::endpoint::partition;
///
/// assert_eq!(partition("us-gov-west-1").name, "aws-us-gov");
/// assert_eq!(partition("us-isob-east-1").dns_suffix, "sc2s.sgov.gov");
/// // A region no pattern knows falls back to `aws`, as in every AWS SDK.
/// assert_eq!(partition("mars-north-1").name, "aws");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Partition {
    /// `aws`, `aws-cn`, `aws-us-gov`, …
    pub name: &'static str,
    /// The regional DNS suffix, e.g. `amazonaws.com`.
    pub dns_suffix: &'static str,
    /// The dual-stack DNS suffix, e.g. `api.aws`.
    pub dual_stack_dns_suffix: &'static str,
    /// The global pseudo-region of the partition (matched by exact name).
    global_region: Option<&'static str>,
    /// The leading `-`-separated words of the partition's region pattern
    /// (`^prefix-\w+-\d+$`); an empty list stands for `aws`'s alternatives.
    prefix: &'static [&'static str],
}

/// The region prefixes of the `aws` partition: `^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$`.
const AWS_PREFIXES: &[&str] = &["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"];

/// The partitions in the order of AWS's `partitions.json` (the order the patterns are tried).
const PARTITIONS: &[Partition] = &[
    Partition {
        name: "aws",
        dns_suffix: "amazonaws.com",
        dual_stack_dns_suffix: "api.aws",
        global_region: Some("aws-global"),
        prefix: &[],
    },
    Partition {
        name: "aws-cn",
        dns_suffix: "amazonaws.com.cn",
        dual_stack_dns_suffix: "api.amazonwebservices.com.cn",
        global_region: Some("aws-cn-global"),
        prefix: &["cn"],
    },
    Partition {
        name: "aws-eusc",
        dns_suffix: "amazonaws.eu",
        dual_stack_dns_suffix: "api.amazonwebservices.eu",
        global_region: None,
        prefix: &["eusc", "de"],
    },
    Partition {
        name: "aws-iso",
        dns_suffix: "c2s.ic.gov",
        dual_stack_dns_suffix: "api.aws.ic.gov",
        global_region: Some("aws-iso-global"),
        prefix: &["us", "iso"],
    },
    Partition {
        name: "aws-iso-b",
        dns_suffix: "sc2s.sgov.gov",
        dual_stack_dns_suffix: "api.aws.scloud",
        global_region: Some("aws-iso-b-global"),
        prefix: &["us", "isob"],
    },
    Partition {
        name: "aws-iso-e",
        dns_suffix: "cloud.adc-e.uk",
        dual_stack_dns_suffix: "api.cloud-aws.adc-e.uk",
        global_region: Some("aws-iso-e-global"),
        prefix: &["eu", "isoe"],
    },
    Partition {
        name: "aws-iso-f",
        dns_suffix: "csp.hci.ic.gov",
        dual_stack_dns_suffix: "api.aws.hci.ic.gov",
        global_region: Some("aws-iso-f-global"),
        prefix: &["us", "isof"],
    },
    Partition {
        name: "aws-us-gov",
        dns_suffix: "amazonaws.com",
        dual_stack_dns_suffix: "api.aws",
        global_region: Some("aws-us-gov-global"),
        prefix: &["us", "gov"],
    },
];

/// The partition of a region, as the `aws.partition` rules function finds it: an exact
/// (global) region name first, then the region patterns in order, else `aws`.
pub fn partition(region: &str) -> Partition {
    let by_name = PARTITIONS.iter().find(|p| p.global_region == Some(region));
    let by_pattern = || PARTITIONS.iter().find(|p| p.matches(region));
    by_name
        .or_else(by_pattern)
        .copied()
        .unwrap_or(PARTITIONS[0])
}

impl Partition {
    /// `^prefix-\w+-\d+$`, where `\w` is `[A-Za-z0-9_]` and so never crosses a `-`.
    fn matches(&self, region: &str) -> bool {
        let parts: Vec<&str> = region.split('-').collect();
        let prefix_len = self.prefix.len().max(1);
        if parts.len() != prefix_len + 2 {
            return false;
        }
        let prefix_ok = if self.prefix.is_empty() {
            AWS_PREFIXES.contains(&parts[0])
        } else {
            parts[..prefix_len] == *self.prefix
        };
        let word = parts[prefix_len];
        let number = parts[prefix_len + 1];
        prefix_ok
            && !word.is_empty()
            && word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            && !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit())
    }
}
