//! The command line's arguments: every flag with its help line ([`FLAGS`]), and the parser,
//! which accepts exactly the flags of that table. Pure: `main.rs` reads the arguments and
//! prints.

use std::ffi::OsString;

use aws_union_codegen::{DocsMode, ProtocolChoice, Strings};

/// What a flag sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    Model,
    Shape,
    Operation,
    Union,
    Docs,
    Protocol,
    TypesOnly,
    NoClient,
    Strings,
    Out,
    Help,
}

/// How often a flag may be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Occurs {
    Required,
    Optional,
    Repeatable,
}

/// A flag: its spellings, the value it takes (empty for none), and its one help line.
#[derive(Debug)]
pub struct Flag {
    pub names: &'static [&'static str],
    pub value: &'static str,
    pub occurs: Occurs,
    pub help: &'static str,
    pub setting: Setting,
}

/// Every flag, in the order `--help` lists them.
pub const FLAGS: &[Flag] = &[
    Flag {
        names: &["--model"],
        value: "PATH/service-2.json",
        occurs: Occurs::Required,
        help: "the botocore model: .json, or gzip-compressed .json.gz",
        setting: Setting::Model,
    },
    Flag {
        names: &["--shape"],
        value: "NAME",
        occurs: Occurs::Repeatable,
        help: "generate this shape and all it reaches",
        setting: Setting::Shape,
    },
    Flag {
        names: &["--operation"],
        value: "NAME",
        occurs: Occurs::Repeatable,
        help: "generate this operation and the shapes it reaches",
        setting: Setting::Operation,
    },
    Flag {
        names: &["--union"],
        value: "NAME",
        occurs: Occurs::Repeatable,
        help: "generate this structure shape as a union",
        setting: Setting::Union,
    },
    Flag {
        names: &["--docs"],
        value: "model|facts",
        occurs: Occurs::Optional,
        help: "docs from the model (default), or only from its facts",
        setting: Setting::Docs,
    },
    Flag {
        names: &["--protocol"],
        value: "json|cbor",
        occurs: Occurs::Optional,
        help: "JSON (default, as botocore) or CBOR, for a service offering both",
        setting: Setting::Protocol,
    },
    Flag {
        names: &["--types-only"],
        value: "",
        occurs: Occurs::Optional,
        help: "body types only: no operations, members outside the body left out",
        setting: Setting::TypesOnly,
    },
    Flag {
        names: &["--no-client"],
        value: "",
        occurs: Occurs::Optional,
        help: "no `Client` type, for a crate with its own; setters and helpers stay",
        setting: Setting::NoClient,
    },
    Flag {
        names: &["--strings"],
        value: "owned|borrowed",
        occurs: Occurs::Optional,
        help: "strings owned (default), or `CowStr<'a>` borrowed from the input",
        setting: Setting::Strings,
    },
    Flag {
        names: &["--out"],
        value: "FILE",
        occurs: Occurs::Optional,
        help: "write the module to FILE (default: standard output)",
        setting: Setting::Out,
    },
    Flag {
        names: &["-h", "--help"],
        value: "",
        occurs: Occurs::Optional,
        help: "print this help and exit",
        setting: Setting::Help,
    },
];

/// What the command line asks for.
#[derive(Debug)]
pub enum Command {
    Help,
    Generate(Args),
}

/// The options of a run that generates a module.
#[derive(Debug, Default)]
pub struct Args {
    pub model: String,
    pub shapes: Vec<String>,
    pub operations: Vec<String>,
    pub unions: Vec<String>,
    pub docs: DocsMode,
    pub protocol: Option<ProtocolChoice>,
    pub types_only: bool,
    pub no_client: bool,
    pub strings: Strings,
    pub out: Option<String>,
}

/// Reads the arguments (without the program name). `-h`/`--help` wins over what follows it;
/// the first mistake before it is the error.
pub fn parse(argv: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut argv = argv.into_iter();
    let mut args = Args::default();
    let mut given: Vec<Setting> = Vec::new();
    while let Some(arg) = argv.next() {
        let arg = utf8(arg)?;
        let Some(flag) = FLAGS.iter().find(|f| f.names.contains(&arg.as_str())) else {
            return Err(format!("unknown argument `{arg}`"));
        };
        if flag.setting == Setting::Help {
            return Ok(Command::Help);
        }
        if flag.occurs != Occurs::Repeatable && given.contains(&flag.setting) {
            return Err(format!("{arg} given twice"));
        }
        given.push(flag.setting);
        if flag.value.is_empty() {
            set(&mut args, flag, String::new())?;
            continue;
        }
        let value = utf8(argv.next().ok_or_else(|| format!("{arg} needs a value"))?)?;
        set(&mut args, flag, value)?;
    }
    for flag in FLAGS.iter().filter(|f| f.occurs == Occurs::Required) {
        if !given.contains(&flag.setting) {
            return Err(format!("{} is required", flag.names[0]));
        }
    }
    Ok(Command::Generate(args))
}

fn set(args: &mut Args, flag: &Flag, value: String) -> Result<(), String> {
    let wrong_choice = |value: &str| {
        let choices = flag.value.replace('|', "` or `");
        format!("{} takes `{choices}`, not `{value}`", flag.names[0])
    };
    match flag.setting {
        Setting::Model => args.model = value,
        Setting::Shape => args.shapes.push(value),
        Setting::Operation => args.operations.push(value),
        Setting::Union => args.unions.push(value),
        Setting::Docs => {
            args.docs = match value.as_str() {
                "model" => DocsMode::Model,
                "facts" => DocsMode::Facts,
                other => return Err(wrong_choice(other)),
            }
        }
        Setting::Protocol => {
            args.protocol = Some(match value.as_str() {
                "json" => ProtocolChoice::Json,
                "cbor" => ProtocolChoice::Cbor,
                other => return Err(wrong_choice(other)),
            })
        }
        Setting::TypesOnly => args.types_only = true,
        Setting::NoClient => args.no_client = true,
        Setting::Strings => {
            args.strings = match value.as_str() {
                "owned" => Strings::Owned,
                "borrowed" => Strings::Borrowed,
                other => return Err(wrong_choice(other)),
            }
        }
        Setting::Out => args.out = Some(value),
        // `parse` answers `--help` before any value is read.
        Setting::Help => {}
    }
    Ok(())
}

fn utf8(arg: OsString) -> Result<String, String> {
    arg.into_string()
        .map_err(|arg| format!("argument `{}` is not UTF-8", arg.to_string_lossy()))
}

/// The usage: each flag but `--help`, bracketed unless required, `...` if repeatable;
/// wrapped below 100 columns.
pub fn usage() -> String {
    const START: &str = "usage: aws-union-codegen";
    let mut text = String::from(START);
    let mut line_len = text.len();
    for flag in FLAGS.iter().filter(|f| f.setting != Setting::Help) {
        let spelled = spelled(flag);
        let word = match flag.occurs {
            Occurs::Required => spelled,
            Occurs::Optional => format!("[{spelled}]"),
            Occurs::Repeatable => format!("[{spelled}]..."),
        };
        if line_len + 1 + word.len() > 99 {
            text.push('\n');
            text.push_str(&" ".repeat(START.len()));
            line_len = START.len();
        }
        text.push(' ');
        text.push_str(&word);
        line_len += 1 + word.len();
    }
    text
}

/// The whole `--help` text: what the program does, the usage line, and one line per flag.
pub fn help() -> String {
    let width = FLAGS.iter().map(|f| spelled(f).len()).max().unwrap_or(0);
    let mut text = format!(
        "aws-union-codegen: Rust types and operations for an AWS service, from botocore's\n\
         service-2.json.\n\
         \n\
         {}\n\
         \n\
         With neither --shape nor --operation, every operation and every shape of the model is\n\
         generated. The whole module is generated before anything is written: on an error\n\
         nothing is written and the exit status is 1 (2 for a mistake on the command line).\n\
         \n\
         flags:\n",
        usage()
    );
    for flag in FLAGS {
        let spelled = spelled(flag);
        let repeat = if flag.occurs == Occurs::Repeatable {
            " (repeatable)"
        } else {
            ""
        };
        text.push_str(&format!("  {spelled:width$}  {}{repeat}\n", flag.help));
    }
    text
}

/// The flag's spellings and its value: `--docs model|facts`, `-h, --help`.
fn spelled(flag: &Flag) -> String {
    let names = flag.names.join(", ");
    if flag.value.is_empty() {
        names
    } else {
        format!("{names} {}", flag.value)
    }
}
