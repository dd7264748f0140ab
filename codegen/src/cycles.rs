//! Breaking containment cycles with `Box`.
//!
//! A structure or union that contains itself, directly or through other structures and unions,
//! has no finite size. A depth-first walk keeps the set of shapes on the current path (the
//! "active" set); an edge to an active shape closes a cycle and is boxed. Every cycle has such a
//! back edge, so boxing them all breaks every cycle, and only one edge per cycle found is boxed.
//! A list or map edge already breaks a cycle (its items live on the heap) and is not walked.

use std::collections::{BTreeMap, BTreeSet};

/// A containment edge: the shape holding the member, and the member's name.
pub type Edge = (String, String);

/// Finds the edges to box.
///
/// `graph` maps each structure or union to its direct containment edges, in member order:
/// `(member name, target shape)`, where the target is itself a structure or union in `graph`.
/// The walk starts from every shape in name order, so the result is deterministic.
pub fn edges_to_box(graph: &BTreeMap<String, Vec<(String, String)>>) -> BTreeSet<Edge> {
    let mut boxed = BTreeSet::new();
    let mut done = BTreeSet::new();
    for start in graph.keys() {
        if done.contains(start) {
            continue;
        }
        // An explicit stack (shape, index of the next edge) instead of recursion: deep models
        // do not overflow the stack.
        let mut active: BTreeSet<&str> = BTreeSet::new();
        let mut stack: Vec<(&str, usize)> = vec![(start.as_str(), 0)];
        active.insert(start);
        while let Some(&(shape, next)) = stack.last() {
            let edges = graph.get(shape).map_or(&[][..], Vec::as_slice);
            let Some((member, target)) = edges.get(next) else {
                active.remove(shape);
                done.insert(shape.to_owned());
                stack.pop();
                continue;
            };
            if let Some(top) = stack.last_mut() {
                top.1 += 1;
            }
            if active.contains(target.as_str()) {
                boxed.insert((shape.to_owned(), member.clone()));
            } else if !done.contains(target) && graph.contains_key(target) {
                active.insert(target);
                stack.push((target, 0));
            }
        }
    }
    boxed
}
