//! "Nothing is buffered": reading a union allocates nothing beyond what the member values
//! themselves need. Counted with a global allocator that counts this thread's allocations.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use aws_union::AwsUnion;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_of<T>(f: impl FnOnce() -> T) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    let result = f();
    let after = ALLOCATIONS.with(Cell::get);
    drop(result);
    after - before
}

#[derive(Debug, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
enum Numbers {
    Count(u64),
    Ratio(f64),
    #[aws(unknown)]
    SdkUnknownMember {
        name: String,
    },
}

#[test]
fn a_known_member_is_read_without_any_allocation() {
    let body = br#"{"__type":"aws.x#Numbers","ratio":null,"count":42}"#;
    let count = allocations_of(|| serde_json::from_slice::<Numbers>(body).unwrap());
    assert_eq!(count, 0);
}

#[test]
fn an_unknown_members_value_is_skipped_without_allocation() {
    let value = r#"{"a":[1,2,{"b":"cccccccccccccccccccccccccccccc"}],"d":{"e":{"f":[[],[{}]]}}}"#;
    let body = format!(r#"{{"later":{value}}}"#);
    // What the format itself spends to skip the value (serde_json keeps a stack of brackets).
    let format_skip = allocations_of(|| {
        serde_json::from_str::<serde::de::IgnoredAny>(value).unwrap();
    });
    let union = allocations_of(|| serde_json::from_str::<Numbers>(&body).unwrap());
    // The union adds one allocation: the kept name.
    assert_eq!(union, format_skip + 1);
    let flat = allocations_of(|| serde_json::from_slice::<Numbers>(br#"{"later":"x"}"#).unwrap());
    assert_eq!(flat, 1);
}

#[derive(Debug, PartialEq, aws_union::AwsStructure)]
struct Counts {
    #[aws(required)]
    count: u64,
    ratio: Option<f64>,
}

#[test]
fn a_structures_unknown_members_are_skipped_without_allocation() {
    let value = r#"{"a":[1,2,{"b":"cccccccccccccccccccccccccccccc"}],"d":{"e":{"f":[[],[{}]]}}}"#;
    let body = format!(r#"{{"__type":"x","later":{value},"count":1,"ratio":null}}"#);
    let format_skip = allocations_of(|| {
        serde_json::from_str::<serde::de::IgnoredAny>(value).unwrap();
    });
    let structure = allocations_of(|| serde_json::from_str::<Counts>(&body).unwrap());
    assert_eq!(structure, format_skip);
}
