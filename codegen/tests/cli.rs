//! The command line: exactly the documented flags, clear usage errors, nothing written on error.
mod common;
// The binary's own flag table and parser, so the help is checked against what is accepted.
#[allow(dead_code)]
#[path = "../src/args.rs"]
mod args;
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

fn help_text(flag: &str) -> String {
    let out = run(&[flag]);
    assert_eq!(out.status.code(), Some(0), "{flag}: {}", stderr(&out));
    assert!(out.stderr.is_empty(), "{flag}: {}", stderr(&out));
    String::from_utf8(out.stdout).unwrap()
}

/// The help's flag lines: indented, starting with a dash.
fn flag_lines(help: &str) -> Vec<&str> {
    help.lines()
        .filter(|line| line.trim_start().starts_with('-') && line.starts_with("  "))
        .collect()
}

#[test]
fn help_and_h_print_the_help_to_standard_output_and_exit_0() {
    for flag in ["--help", "-h"] {
        let help = help_text(flag);
        assert!(help.ends_with('\n'), "{help:?}");
        assert_contains(
            &help,
            "usage: aws-union-codegen --model PATH/service-2.json",
        );
    }
    assert_eq!(help_text("-h"), help_text("--help"));
}

#[test]
fn help_wins_over_the_flags_after_it() {
    assert_contains(&help_text("--help"), "flags:");
    let out = run(&["--model", "m.json", "--help", "--frobnicate"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_contains(&String::from_utf8(out.stdout).unwrap(), "flags:");
}

#[test]
fn help_lists_every_flag_the_parser_accepts_on_one_line_with_its_help() {
    let help = help_text("--help");
    let lines = flag_lines(&help);
    for flag in args::FLAGS {
        let spelled = flag.names.join(", ");
        let matching: Vec<_> = lines
            .iter()
            .filter(|line| line.trim_start().starts_with(&format!("{spelled} ")))
            .collect();
        assert_eq!(matching.len(), 1, "{spelled} in:\n{help}");
        assert_contains(matching[0], flag.value);
        assert_contains(matching[0], flag.help);
    }
    assert_eq!(lines.len(), args::FLAGS.len(), "{help}");
}

#[test]
fn every_flag_the_help_lists_is_accepted() {
    let help = help_text("--help");
    for line in flag_lines(&help) {
        let spelled = line.trim_start().split("  ").next().unwrap();
        let mut words = spelled.split([',', ' ']).filter(|w| !w.is_empty());
        let names: Vec<_> = words.by_ref().take_while(|w| w.starts_with('-')).collect();
        // A value such as `model|facts` is checked with its first choice.
        let value = spelled
            .rsplit(' ')
            .next()
            .unwrap()
            .split('|')
            .next()
            .unwrap();
        for name in names {
            let mut argv = vec!["--model", "m.json"];
            if name != "--model" {
                argv.push(name);
                if !value.starts_with('-') {
                    argv.push(value);
                }
            }
            let argv = argv.into_iter().map(std::ffi::OsString::from);
            if let Err(message) = args::parse(argv) {
                panic!("`{line}`: {name} is not accepted: {message}");
            }
        }
    }
}

#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_a_usage_error() {
    use std::os::unix::ffi::OsStrExt;
    let out = Command::new(env!("CARGO_BIN_EXE_aws-union-codegen"))
        .arg("--model")
        .arg(std::ffi::OsStr::from_bytes(b"m\xff.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_contains(&stderr(&out), "argument `m\u{fffd}.json` is not UTF-8");
}
