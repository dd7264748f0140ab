use aws_union::{AwsStructure, CowStr};

#[derive(AwsStructure)]
struct Query<'a> {
    sql: Option<CowStr<'a>>,
}

fn main() {}
