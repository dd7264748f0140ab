//! The command line: exactly the documented flags, clear usage errors, nothing written on error.
mod common;
use std::path::PathBuf;
use std::process::{Command, Output};

use common::*;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "aws-union-codegen-cli-{}-{name}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aws-union-codegen"))
        .args(args)
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn the_documented_flags_generate_a_module_into_out() {
    let dir = scratch("ok");
    let model_path = dir.join("service-2.json");
    let shapes = r#""S": {"type": "structure", "members": {"u": {"shape": "U"}}},
                    "U": {"type": "structure", "members": {"a": {"shape": "T"}}}, "T": {"type": "string"}"#;
    let ops = r#""Op": {"name": "Op", "http": {}, "output": {"shape": "S"}}"#;
    std::fs::write(&model_path, model_with("rest-json", "Example", ops, shapes)).unwrap();
    let out_path = dir.join("out.rs");
    let out = run(&[
        "--model",
        model_path.to_str().unwrap(),
        "--operation",
        "Op",
        "--shape",
        "S",
        "--union",
        "U",
        "--docs",
        "facts",
        "--out",
        out_path.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let code = std::fs::read_to_string(&out_path).unwrap();
    assert_contains(&code, "pub enum U {");
}

#[test]
fn without_out_the_module_goes_to_standard_output() {
    let dir = scratch("stdout");
    let model_path = dir.join("service-2.json");
    std::fs::write(
        &model_path,
        model(r#""S": {"type": "structure", "members": {}}"#),
    )
    .unwrap();
    let out = run(&["--model", model_path.to_str().unwrap()]);
    assert!(out.status.success());
    assert_contains(&String::from_utf8(out.stdout).unwrap(), "pub struct S {}");
}

#[test]
fn the_strings_flag_chooses_borrowed_strings() {
    let dir = scratch("strings");
    let model_path = dir.join("service-2.json");
    let shapes = r#""S": {"type": "structure", "members": {"t": {"shape": "T"}}},
                    "T": {"type": "string"}"#;
    std::fs::write(&model_path, model(shapes)).unwrap();
    let path = model_path.to_str().unwrap();
    let out = run(&["--model", path, "--strings", "borrowed", "--types-only"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_contains(
        &String::from_utf8(out.stdout).unwrap(),
        "pub struct S<'a> {",
    );
    let out = run(&["--model", path, "--strings", "owned"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_contains(&String::from_utf8(out.stdout).unwrap(), "pub struct S {");
}

#[test]
fn a_bad_model_writes_nothing() {
    let dir = scratch("bad");
    let model_path = dir.join("service-2.json");
    std::fs::write(
        &model_path,
        model(r#""S": {"type": "structure", "members": {"x": {"shape": "Gone"}}}"#),
    )
    .unwrap();
    let out_path = dir.join("out.rs");
    let out = run(&[
        "--model",
        model_path.to_str().unwrap(),
        "--out",
        out_path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!out_path.exists());
    assert!(out.stdout.is_empty());
    assert_contains(
        &stderr(&out),
        "shape `S`: member `x` refers to shape `Gone`",
    );
}

#[test]
fn usage_errors_are_clear_and_exit_2() {
    for (args, message) in [
        (&[][..], "--model is required"),
        (&["--model"][..], "--model needs a value"),
        (
            &["--model", "m.json", "--docs", "prose"][..],
            "--docs takes `model` or `facts`, not `prose`",
        ),
        (
            &["--model", "m.json", "--strings", "lent"][..],
            "--strings takes `owned` or `borrowed`, not `lent`",
        ),
        (
            &[
                "--model",
                "m.json",
                "--strings",
                "owned",
                "--strings",
                "owned",
            ][..],
            "--strings given twice",
        ),
        (
            &["--model", "m.json", "--frobnicate"][..],
            "unknown argument `--frobnicate`",
        ),
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_contains(&stderr(&out), message);
        assert_contains(
            &stderr(&out),
            "usage: aws-union-codegen --model PATH/service-2.json",
        );
    }
}
