use aws_union::AwsStructure;

#[derive(AwsStructure)]
enum Query {
    A,
}

fn main() {}
