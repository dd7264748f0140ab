//! The report: per file `passed/total`, the skipped cases with the ignore-list entry that names
//! them, the cases whose operation is out of the generator's scope, and the failing cases with
//! what differs.

use std::fmt::Write as _;

use super::{CaseResult, Results, Status};

/// How many lines of a failure's explanation the report keeps.
const MAX_LINES: usize = 24;

/// How many cases of a file passed, were skipped, failed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Passed.
    pub passed: usize,
    /// Skipped by botocore's ignore list.
    pub skipped: usize,
    /// Their operation is out of the generator's scope (an event stream).
    pub not_generated: usize,
    /// Failed.
    pub failed: usize,
}

impl Counts {
    /// Every case.
    pub fn total(&self) -> usize {
        self.passed + self.skipped + self.not_generated + self.failed
    }
}

/// Per file, in the order of `results`.
pub fn tally(results: &[CaseResult]) -> Vec<(&str, Counts)> {
    let mut counts: Vec<(&str, Counts)> = Vec::new();
    for result in results {
        if counts.last().is_none_or(|(file, _)| *file != result.file) {
            counts.push((&result.file, Counts::default()));
        }
        let (_, entry) = counts.last_mut().expect("just pushed");
        match result.status {
            Status::Passed => entry.passed += 1,
            Status::Skipped(_) => entry.skipped += 1,
            Status::NotGenerated(_) => entry.not_generated += 1,
            Status::Failed(_) => entry.failed += 1,
        }
    }
    counts
}

fn row(file: &str, c: Counts) -> String {
    format!(
        "| {file} | {}/{} | {} | {} | {} |",
        c.passed,
        c.total(),
        c.skipped,
        c.not_generated,
        c.failed
    )
}

/// The whole report, as Markdown.
pub fn render(all: &Results) -> String {
    let results = &all.cases;
    let mut out = String::from("# botocore protocol tests through the generated operations\n\n");
    out.push_str("| file | passed/total | skipped | not generated | failed |\n");
    out.push_str("|---|---|---|---|---|\n");
    let mut sum = Counts::default();
    for (file, counts) in tally(results) {
        let _ = writeln!(out, "{}", row(file, counts));
        sum.passed += counts.passed;
        sum.skipped += counts.skipped;
        sum.not_generated += counts.not_generated;
        sum.failed += counts.failed;
    }
    let _ = writeln!(out, "{}", row("all", sum));
    match &all.readme {
        Ok(()) => out.push_str("\nThe README example (a doctest of the test crate) passed.\n"),
        Err(why) => {
            let _ = writeln!(
                out,
                "\nThe README example (a doctest of the test crate) failed:"
            );
            for line in why.lines().take(MAX_LINES * 2) {
                let _ = writeln!(out, "      {line}");
            }
        }
    }
    if !all.warnings.is_empty() {
        let _ = writeln!(
            out,
            "\n## Warnings in generated code ({}; it must compile with warnings denied)\n",
            all.warnings.len()
        );
        for warning in &all.warnings {
            for line in warning.lines().take(MAX_LINES) {
                let _ = writeln!(out, "      {line}");
            }
        }
    }
    list(
        &mut out,
        results,
        "## Skipped: in botocore's protocol-tests-ignore-list.json",
        |status| match status {
            Status::Skipped(entry) => Some(format!(" (listed as: {entry})")),
            _ => None,
        },
    );
    list(
        &mut out,
        results,
        "## Not generated: out of the generator's scope",
        |status| match status {
            Status::NotGenerated(why) => Some(format!(": not generated: {why}")),
            _ => None,
        },
    );
    let failed: Vec<&CaseResult> = results
        .iter()
        .filter(|r| matches!(r.status, Status::Failed(_)))
        .collect();
    if !failed.is_empty() {
        out.push_str("\n## Failed\n");
        for result in failed {
            if let Status::Failed(why) = &result.status {
                let _ = writeln!(out, "\n- {}: {}", result.file, result.label);
                let lines: Vec<&str> = why.lines().collect();
                for line in lines.iter().take(MAX_LINES) {
                    let _ = writeln!(out, "      {line}");
                }
                if lines.len() > MAX_LINES {
                    let _ = writeln!(out, "      … ({} more lines)", lines.len() - MAX_LINES);
                }
            }
        }
    }
    out
}

/// A section listing, one line each, the cases whose status `line` describes (the text after
/// the case's label); nothing when there are none.
fn list(
    out: &mut String,
    results: &[CaseResult],
    title: &str,
    line: impl Fn(&Status) -> Option<String>,
) {
    let lines: Vec<String> = results
        .iter()
        .filter_map(|r| Some(format!("- {}: {}{}", r.file, r.label, line(&r.status)?)))
        .collect();
    if !lines.is_empty() {
        let _ = writeln!(out, "\n{title}\n");
        for line in lines {
            let _ = writeln!(out, "{line}");
        }
    }
}
