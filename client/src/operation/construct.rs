//! What generated inputs' setters call to add one item to a list member or one entry to a
//! map member that may still be unset, so that each setter is one short statement.

use std::collections::BTreeMap;

/// Appends `item` to the list, making the list if it is unset.
///
/// ```
/// let mut names: Option<Vec<String>> = None;
/// aws_union_client::operation::push(&mut names, "a");
/// aws_union_client::operation::push(&mut names, "b");
/// assert_eq!(names, Some(vec!["a".to_owned(), "b".to_owned()]));
/// ```
pub fn push<T>(list: &mut Option<Vec<T>>, item: impl Into<T>) {
    list.get_or_insert_with(Vec::new).push(item.into());
}

/// Inserts `key` → `value` into the map, making the map if it is unset (an entry already
/// there for `key` is replaced).
///
/// ```
/// use std::collections::BTreeMap;
///
/// let mut tags: Option<BTreeMap<String, String>> = None;
/// aws_union_client::operation::insert(&mut tags, "team", "a");
/// aws_union_client::operation::insert(&mut tags, "team", "b");
/// assert_eq!(tags, Some(BTreeMap::from([("team".to_owned(), "b".to_owned())])));
/// ```
pub fn insert<K: Ord, V>(map: &mut Option<BTreeMap<K, V>>, key: impl Into<K>, value: impl Into<V>) {
    map.get_or_insert_with(BTreeMap::new)
        .insert(key.into(), value.into());
}
