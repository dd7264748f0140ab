//! The AWS partitions (`aws`, `aws-cn`, `aws-us-gov`, …) that `aws.partition` finds a region
//! in: the table built in (generated from botocore's `partitions.json` by
//! `client/regenerate-partitions.sh`), or one read from a `partitions.json`.

use std::sync::OnceLock;

use super::error::LoadError;
use super::pattern::Pattern;
use super::tree::{Node, NodeId, Tree};
use super::value::{Val, Value};

mod data;

/// A partition table, in its file's order: the order regions are matched in.
///
/// ```
/// use aws_union_client::endpoint::Partitions;
///
/// let partitions = Partitions::builtin();
/// assert_eq!(partitions.partition_of("cn-north-1").id(), "aws-cn");
/// assert_eq!(partitions.partition_of("us-gov-west-1").id(), "aws-us-gov");
/// // A region no partition knows gets the first partition, `aws`.
/// assert_eq!(partitions.partition_of("mars-north-1").id(), "aws");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Partitions {
    partitions: Vec<Partition>,
}

/// One partition: its regions, its region pattern and its outputs (`dnsSuffix`,
/// `dualStackDnsSuffix`, `supportsFIPS`, …), which `aws.partition` returns with `name`.
///
/// ```
/// use aws_union_client::endpoint::{Partitions, Value};
///
/// let aws = Partitions::builtin().partition_of("eu-west-1");
/// assert_eq!(aws.output("dnsSuffix"), Some(Value::from("amazonaws.com")));
/// assert_eq!(aws.output("supportsFIPS"), Some(Value::from(true)));
/// assert_eq!(aws.output("name"), Some(Value::from("aws")));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Partition {
    id: String,
    region_regex: String,
    pattern: Option<Pattern>,
    /// Sorted, for binary search.
    regions: Vec<String>,
    /// An object with `name` = `id`, members sorted by name.
    outputs: Val,
}

const WHAT: &str = "partitions";

impl Partitions {
    /// The table built into this crate, from botocore 1.44.8's `partitions.json`.
    ///
    /// ```
    /// use aws_union_client::endpoint::Partitions;
    ///
    /// let ids: Vec<&str> = Partitions::builtin().iter().map(|p| p.id()).collect();
    /// assert_eq!(ids[..2], ["aws", "aws-cn"]);
    /// ```
    pub fn builtin() -> &'static Self {
        static BUILTIN: OnceLock<Partitions> = OnceLock::new();
        BUILTIN.get_or_init(|| Self {
            partitions: data::PARTITIONS
                .iter()
                .map(|p| {
                    let outputs = p.outputs.iter().map(|(name, value)| {
                        let value = match value {
                            data::Output::Str(s) => Val::str(s),
                            data::Output::Bool(b) => Val::Bool(*b),
                        };
                        (*name, value)
                    });
                    // Each pattern is checked by a test of this table; one that did not
                    // compile would only lose its pattern, keeping the region names.
                    Partition::new(
                        p.id,
                        p.region_regex,
                        Pattern::new(p.region_regex).ok(),
                        p.regions.iter().copied(),
                        outputs,
                    )
                })
                .collect(),
        })
    }

    /// Reads a partition table in the form of botocore's `partitions.json`.
    ///
    /// ```
    /// use aws_union_client::endpoint::Partitions;
    ///
    /// let partitions = Partitions::from_json(r#"{"version": "1.1", "partitions": [{
    ///     "id": "moon", "regionRegex": "^moon\\-\\w+\\-\\d+$",
    ///     "regions": {"moon-global": {}},
    ///     "outputs": {"dnsSuffix": "moon.example", "supportsFIPS": false}
    /// }]}"#)?;
    /// assert_eq!(partitions.partition_of("moon-north-1").id(), "moon");
    /// # Ok::<(), aws_union_client::endpoint::LoadError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Not JSON, not of that form, no partition at all, or a `regionRegex` beyond the forms
    /// partition tables use (see [`Partition::region_regex`]).
    pub fn from_json(text: &str) -> Result<Self, LoadError> {
        let json = Tree::parse(WHAT, text)?;
        let (tree, root) = Tree::from_json(WHAT, &json)?;
        let list = tree
            .member(root, "partitions")
            .and_then(|list| tree.items(list))
            .ok_or_else(|| LoadError::new(WHAT, "", "no `partitions` list"))?;
        let partitions = list
            .iter()
            .enumerate()
            .map(|(i, &p)| Partition::from_tree(&tree, p, &format!("partitions[{i}]")))
            .collect::<Result<Vec<_>, _>>()?;
        if partitions.is_empty() {
            return Err(LoadError::new(WHAT, "partitions", "no partition"));
        }
        Ok(Self { partitions })
    }

    /// The partition of `region`: the first whose region names or pattern match, else the
    /// first partition (as `aws.partition` does).
    ///
    /// ```
    /// use aws_union_client::endpoint::Partitions;
    ///
    /// assert_eq!(Partitions::builtin().partition_of("us-isob-east-1").id(), "aws-iso-b");
    /// assert_eq!(Partitions::builtin().partition_of("aws-cn-global").id(), "aws-cn");
    /// ```
    pub fn partition_of(&self, region: &str) -> &Partition {
        self.partitions
            .iter()
            .find(|p| p.contains(region))
            .unwrap_or(&self.partitions[0])
    }

    /// The partitions in order.
    ///
    /// ```
    /// assert_eq!(aws_union_client::endpoint::Partitions::builtin().iter().count(), 8);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = &Partition> {
        self.partitions.iter()
    }

    /// What `aws.partition` returns: the outputs of the region's partition (the first
    /// partition's for an unset region).
    pub(crate) fn lookup(&self, region: Option<&str>) -> Val {
        match region {
            Some(region) => self.partition_of(region).outputs.clone(),
            None => self.partitions[0].outputs.clone(),
        }
    }
}

impl Partition {
    fn new<'a>(
        id: &str,
        region_regex: &str,
        pattern: Option<Pattern>,
        regions: impl IntoIterator<Item = &'a str>,
        outputs: impl IntoIterator<Item = (&'a str, Val)>,
    ) -> Self {
        let mut regions: Vec<String> = regions.into_iter().map(str::to_owned).collect();
        regions.sort();
        let mut outputs: Vec<(&str, Val)> = outputs
            .into_iter()
            .filter(|(name, _)| *name != "name")
            .collect();
        outputs.push(("name", Val::str(id)));
        outputs.sort_by(|a, b| a.0.cmp(b.0));
        Self {
            id: id.to_owned(),
            region_regex: region_regex.to_owned(),
            pattern,
            regions,
            outputs: Val::object(outputs),
        }
    }

    fn from_tree(tree: &Tree<'_>, node: NodeId, at: &str) -> Result<Self, LoadError> {
        let string = |key: &str| {
            tree.member(node, key)
                .and_then(|s| tree.as_str(s))
                .ok_or_else(|| LoadError::new(WHAT, at, format!("no `{key}` string")))
        };
        let id = string("id")?;
        let region_regex = string("regionRegex")?;
        let pattern = Pattern::new(region_regex).map_err(|why| {
            LoadError::new(
                WHAT,
                &format!("{at}.regionRegex"),
                format!("`{region_regex}`: {why}"),
            )
        })?;
        let regions = tree
            .member(node, "regions")
            .and_then(|r| tree.members(r))
            .ok_or_else(|| LoadError::new(WHAT, at, "no `regions` object"))?
            .map(|(name, _)| name);
        let outputs = tree
            .member(node, "outputs")
            .and_then(|o| tree.members(o))
            .ok_or_else(|| LoadError::new(WHAT, at, "no `outputs` object"))?
            .map(|(name, value)| match tree.node(value) {
                Node::Str(_) | Node::Bool(_) => Ok((name, tree.to_val(value))),
                _ => Err(LoadError::new(
                    WHAT,
                    &format!("{at}.outputs.{name}"),
                    format!("expected a string or a boolean, found {}", tree.kind(value)),
                )),
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self::new(id, region_regex, Some(pattern), regions, outputs))
    }

    fn contains(&self, region: &str) -> bool {
        self.regions
            .binary_search_by(|r| r.as_str().cmp(region))
            .is_ok()
            || self.pattern.as_ref().is_some_and(|p| p.is_match(region))
    }

    /// The partition's id, e.g. `aws-us-gov`.
    ///
    /// ```
    /// use aws_union_client::endpoint::Partitions;
    ///
    /// assert_eq!(Partitions::builtin().partition_of("eusc-de-east-1").id(), "aws-eusc");
    /// ```
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The pattern regions of this partition match, e.g. `^cn\-\w+\-\d+$`.
    ///
    /// Supported: literals, `\`-escapes, `.`, `\w`, `\d`, `\s`, `[…]` classes, groups with
    /// `|`, the quantifiers `?`, `*`, `+`, and the anchors `^` and `$`: what partition tables
    /// use. Matching is Python's `re.match`, as in botocore.
    ///
    /// ```
    /// use aws_union_client::endpoint::Partitions;
    ///
    /// assert_eq!(Partitions::builtin().partition_of("cn-north-1").region_regex(), r"^cn\-\w+\-\d+$");
    /// ```
    pub fn region_regex(&self) -> &str {
        &self.region_regex
    }

    /// The output `name` (`dnsSuffix`, `dualStackDnsSuffix`, `implicitGlobalRegion`,
    /// `supportsFIPS`, `supportsDualStack`, and `name`, the id).
    ///
    /// ```
    /// use aws_union_client::endpoint::{Partitions, Value};
    ///
    /// let cn = Partitions::builtin().partition_of("cn-north-1");
    /// assert_eq!(cn.output("dualStackDnsSuffix"), Some(Value::from("api.amazonwebservices.com.cn")));
    /// assert_eq!(cn.output("colour"), None);
    /// ```
    pub fn output(&self, name: &str) -> Option<Value> {
        Some(self.outputs.member(name))
            .filter(Val::is_set)
            .map(|v| v.to_value())
    }
}

#[cfg(test)]
mod tests;
