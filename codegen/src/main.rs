//! Command line of `aws-union-codegen`:
//!
//! ```text
//! aws-union-codegen --model PATH/service-2.json [--shape NAME]... [--operation NAME]...
//!                   [--union NAME]... [--docs model|facts] [--protocol json|cbor]
//!                   [--types-only] [--strings owned|borrowed] [--out FILE]
//! ```
//!
//! `--help` lists every flag (they are in `args.rs`). The whole module is generated before
//! anything is written; on any error nothing is written and the exit status is 1 (2 for a
//! usage error).

use std::io::Write as _;
use std::process::ExitCode;

use aws_union_codegen::Generator;

mod args;

use args::Command;

fn main() -> ExitCode {
    let args = match args::parse(std::env::args_os().skip(1)) {
        Ok(Command::Generate(args)) => args,
        Ok(Command::Help) => {
            return match std::io::stdout().write_all(args::help().as_bytes()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("aws-union-codegen: cannot write to standard output: {e}");
                    ExitCode::FAILURE
                }
            };
        }
        Err(message) => {
            eprintln!(
                "aws-union-codegen: {message}\n{}\n(--help lists every flag)",
                args::usage()
            );
            return ExitCode::from(2);
        }
    };
    let mut generator = Generator::from_path(&args.model)
        .docs(args.docs)
        .strings(args.strings)
        .types_only(args.types_only)
        .no_client(args.no_client);
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
        None => std::io::stdout()
            .write_all(code.as_bytes())
            .map_err(|e| format!("cannot write to standard output: {e}")),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("aws-union-codegen: {e}");
            ExitCode::FAILURE
        }
    }
}
