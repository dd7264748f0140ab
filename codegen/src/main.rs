//! Command line of `aws-union-codegen`:
//!
//! ```text
//! aws-union-codegen --model PATH/service-2.json [--shape NAME]... [--operation NAME]...
//!                   [--union NAME]... [--docs model|facts] [--protocol json|cbor]
//!                   [--types-only] [--strings owned|borrowed] [--out FILE]
//! ```
//!
//! The whole module is generated before anything is written; on any error nothing is written
//! and the exit status is 1 (2 for a usage error).

use std::process::ExitCode;

use aws_union_codegen::{DocsMode, Generator, ProtocolChoice, Strings};

const USAGE: &str = "usage: aws-union-codegen --model PATH/service-2.json [--shape NAME]... \
[--operation NAME]... [--union NAME]... [--docs model|facts] [--protocol json|cbor] \
[--types-only] [--strings owned|borrowed] [--out FILE]";

#[derive(Debug, Default)]
struct Args {
    model: Option<String>,
    shapes: Vec<String>,
    operations: Vec<String>,
    unions: Vec<String>,
    docs: Option<DocsMode>,
    strings: Option<Strings>,
    protocol: Option<ProtocolChoice>,
    types_only: bool,
    out: Option<String>,
}

fn parse(mut argv: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut args = Args::default();
    while let Some(flag) = argv.next() {
        if flag == "--help" || flag == "-h" {
            return Err(String::new());
        }
        let mut value = || argv.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--model" if args.model.is_some() => return Err("--model given twice".into()),
            "--model" => args.model = Some(value()?),
            "--shape" => args.shapes.push(value()?),
            "--operation" => args.operations.push(value()?),
            "--union" => args.unions.push(value()?),
            "--docs" if args.docs.is_some() => return Err("--docs given twice".into()),
            "--docs" => {
                args.docs = Some(match value()?.as_str() {
                    "model" => DocsMode::Model,
                    "facts" => DocsMode::Facts,
                    other => return Err(format!("--docs takes `model` or `facts`, not `{other}`")),
                })
            }
            "--strings" if args.strings.is_some() => return Err("--strings given twice".into()),
            "--strings" => {
                args.strings = Some(match value()?.as_str() {
                    "owned" => Strings::Owned,
                    "borrowed" => Strings::Borrowed,
                    other => {
                        return Err(format!(
                            "--strings takes `owned` or `borrowed`, not `{other}`"
                        ))
                    }
                })
            }
            "--protocol" if args.protocol.is_some() => return Err("--protocol given twice".into()),
            "--protocol" => {
                args.protocol = Some(match value()?.as_str() {
                    "json" => ProtocolChoice::Json,
                    "cbor" => ProtocolChoice::Cbor,
                    other => {
                        return Err(format!("--protocol takes `json` or `cbor`, not `{other}`"))
                    }
                })
            }
            "--types-only" => args.types_only = true,
            "--out" if args.out.is_some() => return Err("--out given twice".into()),
            "--out" => args.out = Some(value()?),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    if args.model.is_none() {
        return Err("--model is required".into());
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) if message.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("aws-union-codegen: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut generator = Generator::from_path(args.model.as_deref().unwrap_or_default())
        .docs(args.docs.unwrap_or_default())
        .strings(args.strings.unwrap_or_default())
        .types_only(args.types_only);
    if let Some(protocol) = args.protocol {
        generator = generator.protocol(protocol);
    }
    for shape in &args.shapes {
        generator = generator.shape(shape);
    }
    for operation in &args.operations {
        generator = generator.operation(operation);
    }
    for union in &args.unions {
        generator = generator.union(union);
    }
    let code = match generator.generate_string() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("aws-union-codegen: {e}");
            return ExitCode::FAILURE;
        }
    };
    let written = match &args.out {
        Some(path) => std::fs::write(path, code).map_err(|e| format!("cannot write {path}: {e}")),
        None => {
            use std::io::Write;
            std::io::stdout()
                .write_all(code.as_bytes())
                .map_err(|e| format!("cannot write to standard output: {e}"))
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("aws-union-codegen: {e}");
            ExitCode::FAILURE
        }
    }
}
