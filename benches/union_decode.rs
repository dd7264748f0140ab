//! Decoding `UpdateProtectedQuery`-shaped bodies with three kinds of union:
//!
//! - `aws_union`: `#[derive(AwsUnion)]`, with every AWS rule;
//! - `serde_plain`: serde's externally tagged enums, the ceiling (no AWS rules at all: a
//!   `__type` key, a null member or an unknown member is an error);
//! - `buffered`: the obvious hand-written alternative, which reads the union into a
//!   `serde_json::Value`, drops `__type` and nulls, then converts the one member left.
//!
//! Run: `cargo bench --bench union_decode`.

// The decoded values are only dropped: the fields exist to be decoded, not read.
#![allow(dead_code)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer};
use serde_json::Value;
use std::hint::black_box;

/// The structures of the body, the same for every kind of union; each module brings its own
/// `OutputConfiguration`, `Output` and `ComputeConfiguration`.
macro_rules! structures {
    () => {
        use std::collections::BTreeMap;

        /// The fixture's three unions side by side, without the structures around them.
        #[derive(Debug, serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct Unions {
            pub output_configuration: OutputConfiguration,
            pub output: Output,
            pub compute_configuration: ComputeConfiguration,
        }

        #[derive(Debug, serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct Body {
            pub protected_query: ProtectedQuery,
        }

        #[derive(Debug, serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct ProtectedQuery {
            pub id: String,
            pub membership_id: String,
            pub membership_arn: String,
            pub create_time: f64,
            pub sql_parameters: Option<SqlParameters>,
            pub status: String,
            pub result_configuration: Option<ResultConfiguration>,
            pub statistics: Option<Statistics>,
            pub result: Option<QueryResult>,
            pub error: Option<QueryError>,
            pub differential_privacy: Option<DifferentialPrivacy>,
            pub compute_configuration: Option<ComputeConfiguration>,
        }

        #[derive(Debug, serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct SqlParameters {
            pub query_string: Option<String>,
            pub analysis_template_arn: Option<String>,
            pub parameters: Option<BTreeMap<String, String>>,
        }

        #[derive(Debug, serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct ResultConfiguration {
            pub output_configuration: OutputConfiguration,
        }

        #[derive(Debug, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct S3OutputConfiguration {
            pub result_format: String,
            pub bucket: String,
            pub key_prefix: Option<String>,
            pub single_file_output: Option<bool>,
        }

        #[derive(Debug, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct MemberOutputConfiguration {
            pub account_id: String,
        }

        #[derive(Debug, serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct Statistics {
            pub total_duration_in_millis: Option<i64>,
            pub billed_resource_utilization: Option<BilledResourceUtilization>,
        }

        #[derive(Debug, serde::Deserialize)]
        pub struct BilledResourceUtilization {
            pub units: f64,
        }

        #[derive(Debug, serde::Deserialize)]
        pub struct QueryResult {
            pub output: Output,
        }

        #[derive(Debug, serde::Serialize, serde::Deserialize)]
        pub struct S3Output {
            pub location: String,
        }

        #[derive(Debug, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct SingleMemberOutput {
            pub account_id: String,
        }

        #[derive(Debug, serde::Deserialize)]
        pub struct QueryError {
            pub message: String,
            pub code: String,
        }

        #[derive(Debug, serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct DifferentialPrivacy {
            pub sensitivity_parameters: Vec<SensitivityParameters>,
        }

        #[derive(Debug, serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct SensitivityParameters {
            pub aggregation_type: String,
            pub aggregation_expression: String,
            pub user_contribution_limit: i32,
            pub min_column_value: Option<f32>,
            pub max_column_value: Option<f32>,
        }

        #[derive(Debug, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct Worker {
            #[serde(rename = "type")]
            pub worker_type: String,
            pub number: i32,
        }
    };
}

mod aws_union {
    use aws_union::AwsUnion;

    structures!();

    #[derive(Debug, AwsUnion)]
    #[aws(rename_all = "camelCase")]
    pub enum OutputConfiguration {
        S3(S3OutputConfiguration),
        Member(MemberOutputConfiguration),
        #[aws(unknown)]
        SdkUnknownMember {
            name: String,
        },
    }

    #[derive(Debug, AwsUnion)]
    #[aws(rename_all = "camelCase")]
    pub enum Output {
        S3(S3Output),
        MemberList(Vec<SingleMemberOutput>),
        #[aws(unknown)]
        SdkUnknownMember {
            name: String,
        },
    }

    #[derive(Debug, AwsUnion)]
    #[aws(rename_all = "camelCase")]
    pub enum ComputeConfiguration {
        Worker(Worker),
        #[aws(unknown)]
        SdkUnknownMember {
            name: String,
        },
    }
}

mod serde_plain {
    structures!();

    #[derive(Debug, serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub enum OutputConfiguration {
        S3(S3OutputConfiguration),
        Member(MemberOutputConfiguration),
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub enum Output {
        S3(S3Output),
        MemberList(Vec<SingleMemberOutput>),
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub enum ComputeConfiguration {
        Worker(Worker),
    }
}

mod buffered {
    use super::{convert, one_member};
    use serde::{Deserialize, Deserializer};

    structures!();

    #[derive(Debug)]
    pub enum OutputConfiguration {
        S3(S3OutputConfiguration),
        Member(MemberOutputConfiguration),
        SdkUnknownMember { name: String },
    }

    impl<'de> Deserialize<'de> for OutputConfiguration {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let (name, value) = one_member::<D>(deserializer)?;
            Ok(match name.as_str() {
                "s3" => Self::S3(convert::<_, D>(value)?),
                "member" => Self::Member(convert::<_, D>(value)?),
                _ => Self::SdkUnknownMember { name },
            })
        }
    }

    #[derive(Debug)]
    pub enum Output {
        S3(S3Output),
        MemberList(Vec<SingleMemberOutput>),
        SdkUnknownMember { name: String },
    }

    impl<'de> Deserialize<'de> for Output {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let (name, value) = one_member::<D>(deserializer)?;
            Ok(match name.as_str() {
                "s3" => Self::S3(convert::<_, D>(value)?),
                "memberList" => Self::MemberList(convert::<_, D>(value)?),
                _ => Self::SdkUnknownMember { name },
            })
        }
    }

    #[derive(Debug)]
    pub enum ComputeConfiguration {
        Worker(Worker),
        SdkUnknownMember { name: String },
    }

    impl<'de> Deserialize<'de> for ComputeConfiguration {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let (name, value) = one_member::<D>(deserializer)?;
            Ok(match name.as_str() {
                "worker" => Self::Worker(convert::<_, D>(value)?),
                _ => Self::SdkUnknownMember { name },
            })
        }
    }
}

/// Buffers a union object, drops `__type` and null members, and returns the one member left.
fn one_member<'de, D: Deserializer<'de>>(deserializer: D) -> Result<(String, Value), D::Error> {
    let Value::Object(map) = Value::deserialize(deserializer)? else {
        return Err(D::Error::custom("a union must be an object"));
    };
    let mut set = map
        .into_iter()
        .filter(|(key, value)| key != "__type" && !value.is_null());
    match (set.next(), set.next()) {
        (Some(member), None) => Ok(member),
        _ => Err(D::Error::custom("a union must have exactly one member set")),
    }
}

fn convert<'de, T: DeserializeOwned, D: Deserializer<'de>>(value: Value) -> Result<T, D::Error> {
    serde_json::from_value(value).map_err(D::Error::custom)
}

const FIXTURE: &str = include_str!("data/update_protected_query_full.json");

/// Bodies of the fixture's shape, each union taking each of its members in turn.
fn bodies() -> Vec<String> {
    let fixture: Value = serde_json::from_str(FIXTURE).expect("fixture is JSON");
    let mut s3 = fixture.clone();
    s3["protectedQuery"]["result"]["output"] = serde_json::json!({"s3": {"location": "s3://analytics-results/cleanrooms/q1/result.parquet"}});
    let mut member = fixture.clone();
    member["protectedQuery"]["resultConfiguration"]["outputConfiguration"] =
        serde_json::json!({"member": {"accountId": "111122223333"}});
    [fixture, s3, member].iter().map(Value::to_string).collect()
}

/// A JSON array of `count` objects holding the fixture's three union values.
fn unions_only(count: usize) -> String {
    let fixture: Value = serde_json::from_str(FIXTURE).expect("fixture is JSON");
    let query = &fixture["protectedQuery"];
    let unions = serde_json::json!({
        "outputConfiguration": query["resultConfiguration"]["outputConfiguration"],
        "output": query["result"]["output"],
        "computeConfiguration": query["computeConfiguration"],
    })
    .to_string();
    format!("[{}]", vec![unions; count].join(","))
}

fn decode_all<T: DeserializeOwned>(bodies: &[String]) -> usize {
    bodies
        .iter()
        .map(|body| {
            serde_json::from_str::<T>(black_box(body))
                .map(|value| {
                    black_box(value);
                    1
                })
                .unwrap_or(0)
        })
        .sum()
}

fn decode(c: &mut Criterion) {
    let bodies = bodies();
    // Every kind must decode every body, or the comparison means nothing.
    assert_eq!(decode_all::<aws_union::Body>(&bodies), bodies.len());
    assert_eq!(decode_all::<serde_plain::Body>(&bodies), bodies.len());
    assert_eq!(decode_all::<buffered::Body>(&bodies), bodies.len());

    let mut group = c.benchmark_group("update_protected_query_body");
    group.throughput(Throughput::Bytes(
        bodies.iter().map(|b| b.len() as u64).sum(),
    ));
    group.bench_function(BenchmarkId::from_parameter("aws_union"), |b| {
        b.iter(|| decode_all::<aws_union::Body>(&bodies))
    });
    group.bench_function(BenchmarkId::from_parameter("serde_plain"), |b| {
        b.iter(|| decode_all::<serde_plain::Body>(&bodies))
    });
    group.bench_function(BenchmarkId::from_parameter("buffered"), |b| {
        b.iter(|| decode_all::<buffered::Body>(&bodies))
    });
    group.finish();

    // The fixture's unions alone, a thousand times.
    let unions = unions_only(1000);
    let mut group = c.benchmark_group("fixture_unions_x1000");
    group.throughput(Throughput::Bytes(unions.len() as u64));
    group.bench_function(BenchmarkId::from_parameter("aws_union"), |b| {
        b.iter(|| serde_json::from_str::<Vec<aws_union::Unions>>(black_box(&unions)).unwrap())
    });
    group.bench_function(BenchmarkId::from_parameter("serde_plain"), |b| {
        b.iter(|| serde_json::from_str::<Vec<serde_plain::Unions>>(black_box(&unions)).unwrap())
    });
    group.bench_function(BenchmarkId::from_parameter("buffered"), |b| {
        b.iter(|| serde_json::from_str::<Vec<buffered::Unions>>(black_box(&unions)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, decode);
criterion_main!(benches);
