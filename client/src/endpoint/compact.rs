//! The compact form of a rule set, as generated code embeds it: the rule set's JSON (without
//! its documentation) with every repeated subtree stored once. `aws-union-codegen` writes it
//! (`endpoint_rules::compact_rule_set`); this module reads it into a [`Tree`].
//!
//! Layout (`varint` = unsigned LEB128, at most 64 bits):
//!
//! ```text
//! "AUER" 0x01                           magic and version
//! varint S, S × (varint len, len bytes) strings, UTF-8
//! varint N, N × node                    nodes; the last one is the root
//! node = 0x00 null | 0x01 false | 0x02 true
//!      | 0x03 varint (zigzag)            integer
//!      | 0x04 varint                     string (index into the strings)
//!      | 0x05 varint n, n × varint       array (indexes of earlier nodes)
//!      | 0x06 varint n, n × (varint, varint)  object (key string index, earlier node index)
//! ```
//!
//! A node refers only to nodes before it, so the form cannot hold a cycle. A subtree shared by
//! many parents is stored once, but a malicious input could still describe a tree
//! exponentially larger than itself: the decoder bounds the nesting depth and the size of the
//! tree once expanded, so loading and evaluating stay bounded.

use super::error::LoadError;
use super::tree::{Node, NodeId, Tree};

/// The first bytes of every compact rule set.
pub(crate) const MAGIC: &[u8] = b"AUER\x01";
/// Deeper nesting is refused (serde_json's own limit for JSON text).
const MAX_DEPTH: u32 = 128;
/// Larger expanded trees are refused: the largest AWS rule set (S3's, 921 KB of JSON)
/// expands to about 60,000 nodes.
const MAX_EXPANDED_NODES: u64 = 1 << 22;

const WHAT: &str = "compact endpoint rule set";

/// Reads a compact rule set; returns the tree and its root.
pub(crate) fn decode(bytes: &[u8]) -> Result<(Tree<'_>, NodeId), LoadError> {
    let mut reader = Reader { bytes, pos: 0 };
    if !bytes.starts_with(MAGIC) {
        return Err(
            reader.error("not a compact endpoint rule set (its first bytes are not `AUER` 1)")
        );
    }
    reader.pos = MAGIC.len();
    let mut tree = Tree::default();
    let string_count = reader.count()?;
    for _ in 0..string_count {
        let len = reader.count()?;
        let start = reader.pos;
        let raw = reader.take(len)?;
        let s = std::str::from_utf8(raw)
            .map_err(|_| Reader::error_at(start, "a string is not UTF-8"))?;
        tree.push_string(s);
    }
    let node_count = reader.count()?;
    if node_count == 0 {
        return Err(reader.error("no nodes: a rule set has at least its root"));
    }
    // Per node: nesting depth and expanded size, to refuse what would not fit.
    let mut depth: Vec<u32> = Vec::with_capacity(node_count);
    let mut size: Vec<u64> = Vec::with_capacity(node_count);
    for _ in 0..node_count {
        let at = reader.pos;
        let (node, child_depth, child_size) = reader.node(&mut tree, &depth, &size)?;
        if child_depth >= MAX_DEPTH {
            return Err(Reader::error_at(
                at,
                format!("nested deeper than {MAX_DEPTH} levels"),
            ));
        }
        let expanded = child_size.saturating_add(1);
        if expanded > MAX_EXPANDED_NODES {
            return Err(Reader::error_at(
                at,
                format!("expands to more than {MAX_EXPANDED_NODES} JSON values"),
            ));
        }
        tree.push_node(node);
        depth.push(child_depth + 1);
        size.push(expanded);
    }
    if reader.pos != bytes.len() {
        return Err(reader.error("trailing bytes after the last node"));
    }
    let root = u32::try_from(node_count - 1).map_err(|_| reader.error("too many nodes"))?;
    Ok((tree, root))
}

struct Reader<'b> {
    bytes: &'b [u8],
    pos: usize,
}

impl<'b> Reader<'b> {
    fn error(&self, message: impl Into<String>) -> LoadError {
        Self::error_at(self.pos, message)
    }

    fn error_at(pos: usize, message: impl Into<String>) -> LoadError {
        LoadError::new(WHAT, &format!("byte {pos}"), message)
    }

    fn byte(&mut self) -> Result<u8, LoadError> {
        let byte = *self
            .bytes
            .get(self.pos)
            .ok_or_else(|| self.error("truncated"))?;
        self.pos += 1;
        Ok(byte)
    }

    fn take(&mut self, len: usize) -> Result<&'b [u8], LoadError> {
        let end = self
            .pos
            .checked_add(len)
            .filter(|&end| end <= self.bytes.len())
            .ok_or_else(|| self.error("truncated"))?;
        let raw = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(raw)
    }

    fn varint(&mut self) -> Result<u64, LoadError> {
        let start = self.pos;
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            let bits = u64::from(byte & 0x7f);
            if shift == 63 && bits > 1 {
                break;
            }
            value |= bits << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(Self::error_at(start, "a number does not fit in 64 bits"))
    }

    /// A count of things that follow, each at least a byte long: never more than the bytes left.
    fn count(&mut self) -> Result<usize, LoadError> {
        let at = self.pos;
        let n = self.varint()?;
        let left = (self.bytes.len() - self.pos) as u64;
        if n > left {
            return Err(Self::error_at(
                at,
                format!("a count of {n} with only {left} bytes left"),
            ));
        }
        Ok(n as usize)
    }

    /// An index below `limit`.
    fn index(&mut self, limit: usize, of: &str) -> Result<u32, LoadError> {
        let at = self.pos;
        let n = self.varint()?;
        if n >= limit as u64 {
            return Err(Self::error_at(
                at,
                format!("{of} index {n} is out of range (there are {limit} before it)"),
            ));
        }
        Ok(n as u32)
    }

    /// One node, with the depth and expanded size of its children.
    fn node(
        &mut self,
        tree: &mut Tree<'b>,
        depth: &[u32],
        size: &[u64],
    ) -> Result<(Node, u32, u64), LoadError> {
        let at = self.pos;
        let strings = tree.string_count();
        let nodes = tree.node_count();
        let node = match self.byte()? {
            0 => Node::Null,
            1 => Node::Bool(false),
            2 => Node::Bool(true),
            3 => {
                let zigzag = self.varint()?;
                Node::Int((zigzag >> 1) as i64 ^ -((zigzag & 1) as i64))
            }
            4 => Node::Str(self.index(strings, "string")?),
            tag @ (5 | 6) => {
                let len = self.count()?;
                // The children go straight into the tree's links (an error drops the tree).
                let start = tree.link_count();
                let (mut child_depth, mut child_size) = (0u32, 0u64);
                for _ in 0..len {
                    if tag == 6 {
                        tree.push_link(self.index(strings, "key string")?);
                    }
                    let child = self.index(nodes, "node")?;
                    child_depth = child_depth.max(depth[child as usize]);
                    child_size = child_size.saturating_add(size[child as usize]);
                    tree.push_link(child);
                }
                let len = len as u32;
                let node = if tag == 5 {
                    Node::Array { start, len }
                } else {
                    Node::Object { start, len }
                };
                return Ok((node, child_depth, child_size));
            }
            tag => return Err(Self::error_at(at, format!("unknown node tag {tag}"))),
        };
        Ok((node, 0, 0))
    }
}
