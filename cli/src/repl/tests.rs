//! Tests of the REPL: input classification and source assembly, driven by
//! `repl/input_cases.txt`.
//!
//! Cases in that file are separated by lines of `====`. In a case, the lines that start with
//! `> ` are what the user typed (the prefix removed); the other lines are the expectation:
//! how [`classify`] sees the input and, for Go code, the file [`assemble`] makes of it as
//! input 7 of a session that imports "fmt" and "strings" and has the variable `old`, followed
//! by what the input adds to the session. `UPDATE_EXPECT=1` rewrites the expectations.

use super::complete::GoHelper;
use super::input::{assemble, classify, Input, SessionNames};
use std::fmt::Write;

const CASES: &str = "src/repl/input_cases.txt";
const SEPARATOR: &str = "====";

/// How the REPL sees `input`: its class, and for code the assembled file.
fn describe(input: &str) -> String {
    let mut out = String::new();
    match classify(input) {
        Input::Empty => out.push_str("empty\n"),
        Input::Incomplete => out.push_str("incomplete\n"),
        Input::Command { name, argument } => {
            let _ = writeln!(out, "command {name:?} {argument:?}");
        }
        Input::SyntaxErrors(errors) => {
            out.push_str("syntax errors\n");
            for e in errors {
                let _ = writeln!(out, "  {e}");
            }
        }
        Input::Code(code) => {
            let _ = writeln!(out, "{code:?}");
            let session = SessionNames {
                imports: vec!["\"fmt\"".into(), "\"strings\"".into()],
                variables: ["old".to_string()].into_iter().collect(),
            };
            let file = assemble(input, &code, 7, &session);
            out.push_str("--- file\n");
            out.push_str(&file.text);
            out.push_str("---\n");
            let _ = writeln!(out, "has_function: {}", file.has_function);
            for (what, list) in [
                ("imports", &file.imports),
                ("names", &file.names),
                ("variables", &file.variables),
                ("types", &file.types),
                ("receivers", &file.receivers),
            ] {
                if !list.is_empty() {
                    let _ = writeln!(out, "{what}: {}", list.join(" "));
                }
            }
        }
    }
    out
}

/// Compares how the REPL sees `input` with `expected`; the difference, if any.
fn check(input: &str, expected: &str) -> Result<(), String> {
    let actual = describe(input);
    if actual.trim_end() == expected.trim_end() {
        Ok(())
    } else {
        Err(format!(
            "input:\n{input}\n--- expected:\n{expected}\n--- actual:\n{actual}"
        ))
    }
}

#[test]
fn input_cases() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(CASES);
    let text = std::fs::read_to_string(&path).expect("the cases file exists");
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut rewritten = String::new();
    let mut failures = Vec::new();
    let cases: Vec<&str> = text
        .split(&format!("\n{SEPARATOR}\n"))
        .filter(|c| !c.trim().is_empty())
        .collect();
    assert!(cases.len() > 10, "the cases file has its cases");
    for case in cases {
        let mut input_lines = Vec::new();
        let mut expected = String::new();
        for line in case.lines() {
            match line
                .strip_prefix("> ")
                .or_else(|| (line == ">").then_some(""))
            {
                Some(typed) if expected.is_empty() => input_lines.push(typed),
                _ => {
                    expected.push_str(line);
                    expected.push('\n');
                }
            }
        }
        let input = input_lines.join("\n");
        if let Err(difference) = check(&input, &expected) {
            failures.push(difference);
        }
        for line in &input_lines {
            rewritten.push_str(&format!("> {line}").trim_end().to_string());
            rewritten.push('\n');
        }
        rewritten.push_str(&describe(&input));
        rewritten.push_str(SEPARATOR);
        rewritten.push('\n');
    }
    if update {
        std::fs::write(&path, rewritten).unwrap();
        return;
    }
    assert!(
        failures.is_empty(),
        "{} case(s) differ (UPDATE_EXPECT=1 rewrites {CASES}):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn completion_of_package_members_keywords_and_declarations() {
    let helper = GoHelper {
        declared: vec!["counter".into(), "compute".into()],
        packages: vec![(
            "strings".into(),
            vec!["Contains".into(), "ToLower".into(), "ToUpper".into()],
        )],
    };
    assert_eq!(
        helper.candidates("x := strings.To", 15),
        (13, vec!["ToLower".to_string(), "ToUpper".to_string()])
    );
    assert_eq!(
        helper.candidates("co", 2),
        (
            0,
            vec![
                "complex".to_string(),
                "complex128".to_string(),
                "complex64".to_string(),
                "compute".to_string(),
                "const".to_string(),
                "continue".to_string(),
                "copy".to_string(),
                "counter".to_string(),
            ]
        )
    );
    assert_eq!(helper.candidates("fmt.P", 5), (4, Vec::<String>::new()));
}

#[test]
fn compile_error_lines_count_the_users_lines() {
    let rendered = "input3.go:2:5: undefined: x\nprelude.go:4:1: other\n";
    assert_eq!(
        super::session::user_lines(rendered),
        vec![
            "input3.go:1:5: undefined: x".to_string(),
            "prelude.go:4:1: other".to_string()
        ]
    );
}
