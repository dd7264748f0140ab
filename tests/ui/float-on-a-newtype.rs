use aws_union::AwsStructure;

#[derive(serde::Serialize, serde::Deserialize)]
struct Meters(f64);

#[derive(AwsStructure)]
struct Run {
    #[aws(float)]
    distance: Option<Meters>,
}

fn main() {}
