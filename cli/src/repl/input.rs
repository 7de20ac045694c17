//! What the user typed at the REPL prompt, and the Go file each input becomes.
//!
//! An input is a command (`:help`), incomplete (the REPL asks for more lines), or Go code
//! in one of three forms:
//! - declarations (`func`, `import`, and `type`/`const`/`var` mixed with them), kept at
//!   package level as typed;
//! - statements, which become the body of a new function `__weft_input_N`;
//! - one expression, whose values are printed (`__weft_show(expr)` in that function).
//!
//! Every input becomes one file of the session's main package, `inputN.go`. Its first line
//! is a header (package clause, the session's imports, maybe the function's opening), and
//! the user's text follows from line 2 with every column where the user typed it, so the
//! compiler's positions only need one line subtracted to be the user's (see
//! `USER_TEXT_LINE`).
//!
//! Variables declared at the top level of a statement input are promoted to package-level
//! variables so the next inputs see them: `x := f()` becomes `x = f()` in the function and
//! `var x = f()` after it. That initializer is never run (the session compiles the main
//! package without variable initializers); it only gives the variable its type. The
//! session zeroes a file's new variables before running its function. Top-level `type`
//! and `const` declarations of a statement input move to package level too, so promoted
//! variables can use them.

use std::collections::BTreeSet;
use weft_compiler::ast::{Decl, ExprKind, GenDecl, GenKind, Spec, Stmt, StmtKind};
use weft_compiler::source::{Diagnostic, SourceMap};

/// The line of an input file where the user's first line is.
pub const USER_TEXT_LINE: u32 = 2;

/// The name of the function made from input `number`.
pub fn input_function_name(number: usize) -> String {
    format!("__weft_input_{number}")
}

/// The file name of input `number`.
pub fn input_file_name(number: usize) -> String {
    format!("input{number}.go")
}

/// What a complete or incomplete text at the prompt is.
#[derive(Debug)]
pub enum Input {
    /// Only blanks and comments.
    Empty,
    /// `:name argument`.
    Command {
        name: String,
        argument: String,
    },
    /// More lines are needed (an open brace or parenthesis, a trailing operator, an
    /// unterminated raw string or comment).
    Incomplete,
    /// Go code that does not parse; the errors are rendered like gc's, with the user's lines.
    SyntaxErrors(Vec<String>),
    Code(Code),
}

/// Parsed Go code from the prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Code {
    /// Package-level declarations.
    Declarations,
    /// Statements, in a function body.
    Statements,
    /// One expression statement whose values are printed. `end` is the byte offset where
    /// the expression ends (a trailing comment is left out).
    Expression { end: usize },
}

/// The session state an input file depends on.
#[derive(Debug, Default, Clone)]
pub struct SessionNames {
    /// Import specs as written (`"strings"`, `str "strings"`), in the order imported.
    pub imports: Vec<String>,
    /// Package-level variables the session has.
    pub variables: BTreeSet<String>,
}

/// The Go file made from one input, and what it adds to the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assembled {
    pub text: String,
    /// Whether the file declares the function `__weft_input_N` to run.
    pub has_function: bool,
    /// Import specs the input adds.
    pub imports: Vec<String>,
    /// Package-level names the input declares (functions, types, constants, variables).
    pub names: Vec<String>,
    /// The package-level variables among them.
    pub variables: Vec<String>,
    /// The types among them.
    pub types: Vec<String>,
    /// Base type names of the methods it declares.
    pub receivers: Vec<String>,
}

/// Classifies `text`, the lines typed so far.
pub fn classify(text: &str) -> Input {
    let trimmed = text.trim();
    if let Some(command) = trimmed.strip_prefix(':') {
        let (name, argument) = command
            .split_once(char::is_whitespace)
            .unwrap_or((command, ""));
        return Input::Command {
            name: name.to_string(),
            argument: argument.trim().to_string(),
        };
    }
    let statements = parse_statements(text);
    if statements.diagnostics.is_empty() {
        if statements.stmts.is_empty() {
            return Input::Empty;
        }
        if let [Stmt {
            kind: StmtKind::Expr(expr),
            ..
        }] = statements.stmts.as_slice()
        {
            if is_fmt_print_call(expr) {
                return Input::Code(Code::Statements);
            }
            return Input::Code(Code::Expression {
                end: expr.span.hi as usize,
            });
        }
        return Input::Code(Code::Statements);
    }
    // `x, err`: a list of expressions, shown together.
    if let Some(end) = expression_list_end(text) {
        return Input::Code(Code::Expression { end });
    }
    let declarations = parse_declarations(text);
    if declarations.diagnostics.is_empty() {
        return Input::Code(Code::Declarations);
    }
    if is_incomplete(&statements.sources, &statements.diagnostics)
        || is_incomplete(&declarations.sources, &declarations.diagnostics)
    {
        return Input::Incomplete;
    }
    // Report the errors of the form the input most looks like.
    let first_word = trimmed.split(|c: char| !c.is_alphanumeric()).next();
    let looks_declared = matches!(first_word, Some("import" | "package"))
        || (first_word == Some("func") && !trimmed["func".len()..].trim_start().starts_with('('))
        || trimmed.starts_with("func (") && trimmed.contains(") ") && !trimmed.ends_with(')');
    let (sources, diagnostics, line_offset) = if looks_declared {
        (declarations.sources, declarations.diagnostics, 1)
    } else {
        (statements.sources, statements.diagnostics, 0)
    };
    let lines = diagnostics
        .iter()
        .map(|d| {
            let position = sources.position(d.span.lo);
            format!(
                "{}:{}:{}: {}",
                "input",
                position.line - line_offset,
                position.col,
                d.message
            )
        })
        .collect();
    Input::SyntaxErrors(lines)
}

/// `fmt.Println(...)` and the other printing functions of fmt: their results (a byte count
/// and an error) are noise at a prompt, so such a call runs as a statement.
fn is_fmt_print_call(expr: &weft_compiler::ast::Expr) -> bool {
    let ExprKind::Call { func, .. } = &expr.kind else {
        return false;
    };
    let ExprKind::Selector(package, name) = &func.kind else {
        return false;
    };
    matches!(&package.kind, ExprKind::Ident(p) if &*p.name == "fmt")
        && (name.name.starts_with("Print") || name.name.starts_with("Fprint"))
}

/// Where a comma-separated list of expressions ends, if `text` is one (two or more).
fn expression_list_end(text: &str) -> Option<usize> {
    const OPEN: &str = "__weft_show(";
    if !text.contains(',') || text.contains("//") {
        return None;
    }
    let wrapped = format!("{OPEN}{text},\n)");
    let parsed = parse_statements(&wrapped);
    let [Stmt {
        kind: StmtKind::Expr(call),
        ..
    }] = parsed.stmts.as_slice()
    else {
        return None;
    };
    let ExprKind::Call {
        args,
        ellipsis: false,
        ..
    } = &call.kind
    else {
        return None;
    };
    if !parsed.diagnostics.is_empty() || args.len() < 2 {
        return None;
    }
    Some(args.last()?.span.hi as usize - OPEN.len())
}

/// Whether parse errors say the text stops early rather than goes wrong.
fn is_incomplete(sources: &SourceMap, diagnostics: &[Diagnostic]) -> bool {
    let Some(first) = diagnostics.iter().min_by_key(|d| d.span.lo) else {
        return false;
    };
    let message = first.message.as_str();
    // Only a raw string can go on past a line break.
    let raw_string = || {
        let file = sources.file(0);
        file.text
            .as_bytes()
            .get((first.span.lo - file.base) as usize)
            == Some(&b'`')
    };
    message.contains("unexpected EOF")
        || message.contains("comment not terminated")
        || (message.contains("string not terminated") && raw_string())
}

struct ParsedStatements {
    sources: SourceMap,
    stmts: Vec<Stmt>,
    diagnostics: Vec<Diagnostic>,
}

/// Parses `text` as a function body. Offsets in the result are offsets in `text`.
fn parse_statements(text: &str) -> ParsedStatements {
    let mut sources = SourceMap::new();
    let file = sources.add("input", text.to_string());
    let mut ids = weft_compiler::ast::IdGen::default();
    let (stmts, diagnostics) = weft_compiler::parser::parse_stmt_list(&sources, file, &mut ids);
    ParsedStatements {
        sources,
        stmts,
        diagnostics,
    }
}

struct ParsedDeclarations {
    sources: SourceMap,
    file: weft_compiler::ast::File,
    diagnostics: Vec<Diagnostic>,
}

/// The text put before an input parsed as declarations; one line, so offsets in the
/// result are offsets in the input plus its length.
const DECLARATION_PREFIX: &str = "package main\n";

fn parse_declarations(text: &str) -> ParsedDeclarations {
    let mut sources = SourceMap::new();
    let index = sources.add("input", format!("{DECLARATION_PREFIX}{text}"));
    let mut ids = weft_compiler::ast::IdGen::default();
    let (file, diagnostics) = weft_compiler::parser::parse_file(&sources, index, &mut ids);
    ParsedDeclarations {
        sources,
        file,
        diagnostics,
    }
}

/// Builds the file for input `number` of kind `code` (from [`classify`]).
pub fn assemble(text: &str, code: &Code, number: usize, session: &SessionNames) -> Assembled {
    match code {
        Code::Declarations => assemble_declarations(text, number, session),
        Code::Statements => assemble_statements(text, number, session, None),
        Code::Expression { end } => assemble_statements(text, number, session, Some(*end)),
    }
}

/// Line 1 of an input file: the package clause and the session's imports (less those the
/// input itself imports), then `rest`.
fn header(session: &SessionNames, own_imports: &[String], rest: &str) -> String {
    let imports: Vec<&str> = session
        .imports
        .iter()
        .filter(|spec| !own_imports.contains(spec))
        .map(String::as_str)
        .collect();
    let mut line = "package main;".to_string();
    if !imports.is_empty() {
        line.push_str(&format!(" import ({});", imports.join("; ")));
    }
    if !rest.is_empty() {
        line.push(' ');
        line.push_str(rest);
    }
    line.push('\n');
    line
}

fn assemble_declarations(text: &str, number: usize, session: &SessionNames) -> Assembled {
    let parsed = parse_declarations(text);
    let offset = DECLARATION_PREFIX.len();
    let slice = |span: weft_compiler::ast::Span| {
        &text[span.lo as usize - offset..span.hi as usize - offset]
    };
    let imports: Vec<String> = parsed
        .file
        .imports
        .iter()
        .map(|spec| slice(spec.span).trim().to_string())
        .collect();
    let mut names = Vec::new();
    let mut variables = Vec::new();
    let mut receivers = Vec::new();
    let mut types = Vec::new();
    let mut assignments = Vec::new();
    for decl in &parsed.file.decls {
        match decl {
            Decl::Func(func) => match &func.recv {
                Some(recv) => receivers.push(receiver_base_name(&recv.ty)),
                None => names.push(func.name.name.to_string()),
            },
            Decl::Gen(gen) => {
                names.extend(declared_names(gen));
                if gen.kind == GenKind::Type {
                    types.extend(declared_names(gen));
                }
                if gen.kind == GenKind::Var {
                    for spec in &gen.specs {
                        let Spec::Value(value) = spec else { continue };
                        variables.extend(value.names.iter().map(|n| n.name.to_string()));
                        if let (Some(first), Some(last)) =
                            (value.values.first(), value.values.last())
                        {
                            let targets: Vec<&str> = value.names.iter().map(|n| &*n.name).collect();
                            let values = &text
                                [first.span.lo as usize - offset..last.span.hi as usize - offset];
                            assignments.push(format!("{} = {}", targets.join(", "), values));
                        }
                    }
                }
            }
        }
    }
    let mut file = header(session, &imports, "");
    file.push_str(text);
    let has_function = !assignments.is_empty();
    if has_function {
        // Package-level initializers do not run in a session: the values are assigned here.
        file.push_str(&format!(
            "\nfunc {}() {{\n{}\n}}",
            input_function_name(number),
            assignments.join("\n")
        ));
    }
    file.push('\n');
    Assembled {
        text: file,
        has_function,
        imports,
        names,
        variables,
        types,
        receivers,
    }
}

/// The named type of a method receiver (`T` for `t *T`).
fn receiver_base_name(ty: &weft_compiler::ast::Expr) -> String {
    match &ty.kind {
        ExprKind::Ident(ident) => ident.name.to_string(),
        ExprKind::Star(inner) | ExprKind::Paren(inner) => receiver_base_name(inner),
        _ => String::new(),
    }
}

fn declared_names(gen: &GenDecl) -> Vec<String> {
    gen.specs
        .iter()
        .flat_map(|spec| match spec {
            Spec::Value(value) => value.names.iter().map(|n| n.name.to_string()).collect(),
            Spec::Type(ty) => vec![ty.name.name.to_string()],
        })
        .filter(|name| name != "_")
        .collect()
}

/// Statements (or one expression, whose end offset is `expression_end`).
fn assemble_statements(
    text: &str,
    number: usize,
    session: &SessionNames,
    expression_end: Option<usize>,
) -> Assembled {
    let function = input_function_name(number);
    if let Some(end) = expression_end {
        let file = format!(
            "{}{}) }}\n",
            header(session, &[], &format!("func {function}() {{ __weft_show(")),
            &text[..end]
        );
        return Assembled {
            text: file,
            has_function: true,
            imports: Vec::new(),
            names: Vec::new(),
            variables: Vec::new(),
            types: Vec::new(),
            receivers: Vec::new(),
        };
    }
    let parsed = parse_statements(text);
    let mut body = text.as_bytes().to_vec();
    let mut hoisted: Vec<String> = Vec::new();
    let mut names = Vec::new();
    let mut types = Vec::new();
    let mut variables: Vec<String> = Vec::new();
    // A name is new unless the session or an earlier statement of this input has it.
    let mut known = session.variables.clone();
    let slice = |lo: u32, hi: u32| &text[lo as usize..hi as usize];
    for stmt in &parsed.stmts {
        match &stmt.kind {
            StmtKind::Decl(gen) if gen.kind != GenKind::Var => {
                hoisted.push(slice(stmt.span.lo, stmt.span.hi).to_string());
                names.extend(declared_names(gen));
                if gen.kind == GenKind::Type {
                    types.extend(declared_names(gen));
                }
                blank(&mut body, stmt.span.lo as usize, stmt.span.hi as usize);
            }
            StmtKind::Decl(gen) => {
                let mut statements = Vec::new();
                for spec in &gen.specs {
                    let Spec::Value(value) = spec else { continue };
                    let targets: Vec<String> =
                        value.names.iter().map(|n| n.name.to_string()).collect();
                    let declared: Vec<String> = targets
                        .iter()
                        .map(|name| promote(name, &mut known, &mut variables))
                        .collect();
                    let ty = value
                        .ty
                        .as_ref()
                        .map(|t| format!(" {}", slice(t.span.lo, t.span.hi)))
                        .unwrap_or_default();
                    match (value.values.first(), value.values.last()) {
                        (Some(first), Some(last)) => {
                            let values = slice(first.span.lo, last.span.hi);
                            hoisted.push(format!("var {}{ty} = {values}", declared.join(", ")));
                            statements.push(format!("{} = {values}", targets.join(", ")));
                        }
                        _ => {
                            hoisted.push(format!("var {}{ty}", declared.join(", ")));
                            // A variable declared again gets its zero value again.
                            for (target, declared) in targets.iter().zip(&declared) {
                                if declared == "_" && target != "_" {
                                    statements.push(format!("{target} = *new({})", ty.trim()));
                                }
                            }
                        }
                    }
                }
                replace(
                    &mut body,
                    stmt.span.lo as usize,
                    stmt.span.hi as usize,
                    &statements.join("; "),
                );
            }
            StmtKind::Assign {
                lhs,
                define: true,
                rhs,
                ..
            } => {
                let (Some(first), Some(last)) = (rhs.first(), rhs.last()) else {
                    continue;
                };
                let declared: Vec<String> = lhs
                    .iter()
                    .map(|target| match &target.kind {
                        ExprKind::Ident(ident) => promote(&ident.name, &mut known, &mut variables),
                        _ => "_".to_string(),
                    })
                    .collect();
                hoisted.push(format!(
                    "var {} = {}",
                    declared.join(", "),
                    slice(first.span.lo, last.span.hi)
                ));
                // `:=` becomes ` =`: the same width, so columns stay where they were.
                let between = lhs.last().map(|l| l.span.hi).unwrap_or(stmt.span.lo) as usize;
                if let Some(at) = text[between..first.span.lo as usize].find(":=") {
                    body[between + at] = b' ';
                }
            }
            _ => {}
        }
    }
    names.extend(variables.iter().cloned());
    let body = String::from_utf8(body).unwrap_or_default();
    let mut file = header(session, &[], &format!("func {function}() {{"));
    file.push_str(&body);
    file.push_str("\n}\n");
    for decl in hoisted {
        file.push_str(&decl);
        file.push('\n');
    }
    Assembled {
        text: file,
        has_function: true,
        imports: Vec::new(),
        names,
        variables,
        types,
        receivers: Vec::new(),
    }
}

/// The name to declare at package level for a promoted variable: `name`, or `_` when the
/// session already has it (the input then assigns the existing variable).
fn promote(name: &str, known: &mut BTreeSet<String>, variables: &mut Vec<String>) -> String {
    if name == "_" || known.contains(name) {
        return "_".to_string();
    }
    known.insert(name.to_string());
    variables.push(name.to_string());
    name.to_string()
}

/// Replaces `bytes[lo..hi]` by spaces, keeping line breaks so later lines keep their numbers.
fn blank(bytes: &mut [u8], lo: usize, hi: usize) {
    for b in &mut bytes[lo..hi] {
        if *b != b'\n' {
            *b = b' ';
        }
    }
}

/// Replaces `bytes[lo..hi]` by `with` followed by the line breaks the range had.
fn replace(bytes: &mut Vec<u8>, lo: usize, hi: usize, with: &str) {
    let breaks = bytes[lo..hi].iter().filter(|&&b| b == b'\n').count();
    let mut replacement = with.as_bytes().to_vec();
    replacement.extend(std::iter::repeat(b'\n').take(breaks));
    bytes.splice(lo..hi, replacement);
}
