use aws_union::AwsStructure;

#[derive(AwsStructure)]
struct Stats {
    #[aws(float, timestamp = "date-time")]
    at: Option<f64>,
}

fn main() {}
