//! The JSON of a rule set as an arena of nodes, the one input of the rule-set loader.
//!
//! Both ways in arrive here: JSON text (each node used once), and the compact form (a node may
//! be shared by many parents, as the encoder found identical subtrees). The loader compiles each
//! node once, so sharing carries through to the loaded rule set.

use std::collections::HashMap;

use super::error::LoadError;
use super::value::Val;

/// Index of a node in a [`Tree`].
pub(crate) type NodeId = u32;

/// One JSON value; containers point at their children in [`Tree::links`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Node {
    Null,
    Bool(bool),
    Int(i64),
    /// Index in [`Tree::strings`].
    Str(u32),
    /// `len` node ids from `links[start..]`.
    Array {
        start: u32,
        len: u32,
    },
    /// `len` pairs (key string index, node id) from `links[start..]`.
    Object {
        start: u32,
        len: u32,
    },
}

/// An arena of JSON nodes, its strings borrowed from the input.
#[derive(Debug, Default)]
pub(crate) struct Tree<'s> {
    strings: Vec<&'s str>,
    nodes: Vec<Node>,
    links: Vec<u32>,
}

/// A member of an object node: its key and value.
pub(crate) type Member<'t> = (&'t str, NodeId);

impl<'s> Tree<'s> {
    /// Reads parsed JSON; returns the tree and its root.
    pub(crate) fn from_json(
        what: &'static str,
        json: &'s serde_json::Value,
    ) -> Result<(Self, NodeId), LoadError> {
        let mut tree = Self::default();
        let mut interned = HashMap::new();
        let root = tree
            .add_json(json, &mut interned, &mut String::new())
            .map_err(|(path, message)| LoadError::new(what, &path, message))?;
        Ok((tree, root))
    }

    /// Parses JSON text, naming `what` it is in the error.
    pub(crate) fn parse(what: &'static str, text: &str) -> Result<serde_json::Value, LoadError> {
        serde_json::from_str(text).map_err(|e| LoadError::new(what, "", e.to_string()))
    }

    /// Adds `json` below the node at `path` (extended and restored on the way down, read only
    /// for an error).
    fn add_json(
        &mut self,
        json: &'s serde_json::Value,
        interned: &mut HashMap<&'s str, u32>,
        path: &mut String,
    ) -> Result<NodeId, (String, String)> {
        let node = match json {
            serde_json::Value::Null => Node::Null,
            serde_json::Value::Bool(b) => Node::Bool(*b),
            serde_json::Value::Number(n) => Node::Int(n.as_i64().ok_or_else(|| {
                let why = format!("the number {n} is not a whole number in the range of i64");
                (path.clone(), why)
            })?),
            serde_json::Value::String(s) => Node::Str(self.intern(s, interned)),
            serde_json::Value::Array(items) => {
                let mut ids = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    ids.push(self.add_json(item, interned, path)?);
                    path.truncate(len);
                }
                Node::Array {
                    start: self.push_links(ids),
                    len: to_u32(items.len()),
                }
            }
            serde_json::Value::Object(members) => {
                let mut pairs = Vec::with_capacity(members.len() * 2);
                for (key, value) in members {
                    let len = path.len();
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                    pairs.push(self.intern(key, interned));
                    pairs.push(self.add_json(value, interned, path)?);
                    path.truncate(len);
                }
                Node::Object {
                    start: self.push_links(pairs),
                    len: to_u32(members.len()),
                }
            }
        };
        Ok(self.push_node(node))
    }

    fn intern(&mut self, s: &'s str, interned: &mut HashMap<&'s str, u32>) -> u32 {
        *interned.entry(s).or_insert_with(|| self.push_string(s))
    }

    /// Appends a string; returns its index.
    pub(crate) fn push_string(&mut self, s: &'s str) -> u32 {
        self.strings.push(s);
        to_u32(self.strings.len() - 1)
    }

    /// Appends a node; returns its id.
    pub(crate) fn push_node(&mut self, node: Node) -> NodeId {
        self.nodes.push(node);
        to_u32(self.nodes.len() - 1)
    }

    /// Appends the children of a container about to be pushed; returns where they start.
    pub(crate) fn push_links(&mut self, links: impl IntoIterator<Item = u32>) -> u32 {
        let start = self.links.len();
        self.links.extend(links);
        to_u32(start)
    }

    /// Appends one child link of a container being read (see [`Tree::link_count`]).
    pub(crate) fn push_link(&mut self, link: u32) {
        self.links.push(link);
    }

    /// Where the next link goes: the start of a container's children.
    pub(crate) fn link_count(&self) -> u32 {
        to_u32(self.links.len())
    }

    pub(crate) fn string_count(&self) -> usize {
        self.strings.len()
    }

    pub(crate) fn node_count(&self) -> usize {
        self.nodes.len()
    }

    pub(crate) fn node(&self, id: NodeId) -> Node {
        self.nodes[id as usize]
    }

    pub(crate) fn string(&self, index: u32) -> &'s str {
        self.strings[index as usize]
    }

    /// The string of a string node.
    pub(crate) fn as_str(&self, id: NodeId) -> Option<&'s str> {
        match self.node(id) {
            Node::Str(s) => Some(self.string(s)),
            _ => None,
        }
    }

    /// The items of an array node.
    pub(crate) fn items(&self, id: NodeId) -> Option<&[NodeId]> {
        match self.node(id) {
            Node::Array { start, len } => Some(&self.links[start as usize..][..len as usize]),
            _ => None,
        }
    }

    /// The members of an object node, in stored order.
    pub(crate) fn members(&self, id: NodeId) -> Option<impl Iterator<Item = Member<'s>> + '_> {
        match self.node(id) {
            Node::Object { start, len } => Some(
                self.links[start as usize..][..2 * len as usize]
                    .chunks_exact(2)
                    .map(|pair| (self.string(pair[0]), pair[1])),
            ),
            _ => None,
        }
    }

    /// The member `key` of an object node.
    pub(crate) fn member(&self, id: NodeId, key: &str) -> Option<NodeId> {
        self.members(id)?
            .find(|(name, _)| *name == key)
            .map(|(_, value)| value)
    }

    /// What a node is, for error messages.
    pub(crate) fn kind(&self, id: NodeId) -> &'static str {
        match self.node(id) {
            Node::Null => "null",
            Node::Bool(_) => "a boolean",
            Node::Int(_) => "an integer",
            Node::Str(_) => "a string",
            Node::Array { .. } => "a list",
            Node::Object { .. } => "an object",
        }
    }

    /// The node as a literal value, strings as they are.
    pub(crate) fn to_val(&self, id: NodeId) -> Val {
        match self.node(id) {
            Node::Null => Val::None,
            Node::Bool(b) => Val::Bool(b),
            Node::Int(i) => Val::Int(i),
            Node::Str(s) => Val::str(self.string(s)),
            Node::Array { .. } => Val::Array(
                self.items(id)
                    .unwrap_or_default()
                    .iter()
                    .map(|&item| self.to_val(item))
                    .collect(),
            ),
            Node::Object { .. } => Val::object(
                self.members(id)
                    .into_iter()
                    .flatten()
                    .map(|(key, value)| (key, self.to_val(value))),
            ),
        }
    }
}

/// Arena indexes fit in `u32`: inputs are far below 4 GiB.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
