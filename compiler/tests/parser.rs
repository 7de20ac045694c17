//! Parser tests: syntax trees rendered by `ast_dump`.
//!
//! `data/parser_files.txt` holds whole files (`--- ast` then the dump of
//! the file); `data/parser_exprs.txt` holds expressions parsed alone (`---
//! ast` then the dump of the expression and, after `go:`, the expression
//! as `expr_string` prints it for messages). Any diagnostics are appended as
//! `! LINE:COL: message`. Rewrite with `UPDATE_EXPECT=1` and review the diff.

mod common;

use weft_compiler::ast::IdGen;
use weft_compiler::ast_dump::{dump_expr, dump_file, dump_stmts, expr_string};
use weft_compiler::parser::{parse_expr, parse_file, parse_stmt_list};
use weft_compiler::source::{Diagnostic, SourceMap};

fn with_diagnostics(mut out: String, sources: &SourceMap, diagnostics: &[Diagnostic]) -> String {
    for diagnostic in diagnostics {
        let position = sources.position(diagnostic.span.lo);
        out.push_str(&format!(
            "! {}:{}: {}\n",
            position.line, position.col, diagnostic.message
        ));
    }
    out
}

fn file_dump(source: &str) -> String {
    let mut sources = SourceMap::new();
    let index = sources.add("x.go", source.to_string());
    let (file, diagnostics) = parse_file(&sources, index, &mut IdGen::default());
    with_diagnostics(dump_file(&file), &sources, &diagnostics)
}

fn expr_dump(source: &str) -> String {
    let mut sources = SourceMap::new();
    let index = sources.add("x.go", source.to_string());
    let (expr, diagnostics) = parse_expr(&sources, index, &mut IdGen::default());
    let out = format!("{}go: {}\n", dump_expr(&expr), expr_string(&expr));
    with_diagnostics(out, &sources, &diagnostics)
}

fn stmts_dump(source: &str) -> String {
    let mut sources = SourceMap::new();
    let index = sources.add("x.go", source.to_string());
    let (stmts, diagnostics) = parse_stmt_list(&sources, index, &mut IdGen::default());
    with_diagnostics(dump_stmts(&stmts), &sources, &diagnostics)
}

#[test]
fn parser_files() {
    common::check_cases("parser_files.txt", "--- ast\n", file_dump);
}

#[test]
fn parser_exprs() {
    common::check_cases("parser_exprs.txt", "--- ast\n", expr_dump);
}

#[test]
fn parser_stmts() {
    common::check_cases("parser_stmts.txt", "--- ast\n", stmts_dump);
}

/// Every expression and identifier gets its own id, and spans cover the
/// text they were parsed from.
#[test]
fn ids_are_fresh_and_spans_exact() {
    let mut sources = SourceMap::new();
    sources.add("a.go", "package a\n".to_string());
    let index = sources.add(
        "b.go",
        "package b\n\nvar x = f(a + b, \"s\")[1]\n".to_string(),
    );
    let mut ids = IdGen::default();
    let (file, diagnostics) = parse_file(&sources, index, &mut ids);
    assert!(diagnostics.is_empty());
    let base = sources.file(index).base;
    let weft_compiler::ast::Decl::Gen(decl) = &file.decls[0] else {
        panic!("expected a var declaration")
    };
    let weft_compiler::ast::Spec::Value(spec) = &decl.specs[0] else {
        panic!("expected a value spec")
    };
    let value = &spec.values[0];
    let text = &sources.file(index).text;
    let slice = |span: weft_compiler::ast::Span| {
        &text[(span.lo - base) as usize..(span.hi - base) as usize]
    };
    assert_eq!(slice(value.span), "f(a + b, \"s\")[1]");
    assert_eq!(slice(spec.names[0].span), "x");
    assert_eq!(slice(file.package.span), "b");
    // Identifiers `b`, `x` take one id each; the identifier expressions
    // `f`, `a`, `b` take two (the Expr and its Ident); `a + b`, `"s"`, the
    // call, `1` and the index expression one each: fourteen in all.
    assert_eq!(ids.count(), 14);
}

mod id_walk {
    //! Collects every `ExprId` of a file (expressions and identifiers).
    use weft_compiler::ast::*;

    pub fn file(f: &File, out: &mut Vec<u32>) {
        out.push(f.package.id.0);
        for import in &f.imports {
            if let Some(name) = &import.name {
                out.push(name.id.0);
            }
        }
        for decl in &f.decls {
            match decl {
                Decl::Func(func) => {
                    if let Some(recv) = &func.recv {
                        field(recv, out);
                    }
                    out.push(func.name.id.0);
                    func.type_params.iter().for_each(|f| field(f, out));
                    sig(&func.sig, out);
                    if let Some(body) = &func.body {
                        block(body, out);
                    }
                }
                Decl::Gen(gen) => gen_decl(gen, out),
            }
        }
    }

    fn gen_decl(gen: &GenDecl, out: &mut Vec<u32>) {
        for spec in &gen.specs {
            match spec {
                Spec::Value(v) => {
                    v.names.iter().for_each(|n| out.push(n.id.0));
                    v.ty.iter().for_each(|t| expr(t, out));
                    v.values.iter().for_each(|x| expr(x, out));
                }
                Spec::Type(t) => {
                    out.push(t.name.id.0);
                    t.type_params.iter().for_each(|f| field(f, out));
                    expr(&t.ty, out);
                }
            }
        }
    }

    fn field(f: &Field, out: &mut Vec<u32>) {
        f.names.iter().for_each(|n| out.push(n.id.0));
        expr(&f.ty, out);
    }

    fn sig(s: &FuncType, out: &mut Vec<u32>) {
        s.params
            .iter()
            .chain(&s.results)
            .for_each(|f| field(f, out));
    }

    fn block(b: &Block, out: &mut Vec<u32>) {
        b.stmts.iter().for_each(|s| stmt(s, out));
    }

    fn stmt(s: &Stmt, out: &mut Vec<u32>) {
        match &s.kind {
            StmtKind::Decl(g) => gen_decl(g, out),
            StmtKind::Labeled(l, inner) => {
                out.push(l.id.0);
                stmt(inner, out);
            }
            StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) | StmtKind::IncDec(x, _) => {
                expr(x, out)
            }
            StmtKind::Send(a, b) => {
                expr(a, out);
                expr(b, out);
            }
            StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(|x| expr(x, out)),
            StmtKind::Return(xs) => xs.iter().for_each(|x| expr(x, out)),
            StmtKind::Break(l) | StmtKind::Continue(l) => l.iter().for_each(|l| out.push(l.id.0)),
            StmtKind::Goto(l) => out.push(l.id.0),
            StmtKind::Block(b) => block(b, out),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                init.iter().for_each(|s| stmt(s, out));
                expr(cond, out);
                block(then, out);
                els.iter().for_each(|s| stmt(s, out));
            }
            StmtKind::Switch {
                init, tag, clauses, ..
            } => {
                init.iter().for_each(|s| stmt(s, out));
                tag.iter().for_each(|x| expr(x, out));
                for c in clauses {
                    c.exprs.iter().for_each(|x| expr(x, out));
                    c.body.iter().for_each(|s| stmt(s, out));
                }
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
                ..
            } => {
                init.iter().for_each(|s| stmt(s, out));
                bind.iter().for_each(|b| out.push(b.id.0));
                expr(x, out);
                for c in clauses {
                    c.exprs.iter().for_each(|x| expr(x, out));
                    c.body.iter().for_each(|s| stmt(s, out));
                }
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    c.comm.iter().for_each(|s| stmt(s, out));
                    c.body.iter().for_each(|s| stmt(s, out));
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                init.iter().chain(post).for_each(|s| stmt(s, out));
                cond.iter().for_each(|x| expr(x, out));
                block(body, out);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                key.iter()
                    .chain(value)
                    .chain(std::iter::once(x))
                    .for_each(|x| expr(x, out));
                block(body, out);
            }
            StmtKind::Empty | StmtKind::Fallthrough | StmtKind::Bad => {}
        }
    }

    pub fn expr(x: &Expr, out: &mut Vec<u32>) {
        out.push(x.id.0);
        let sub = |y: &Expr, out: &mut Vec<u32>| expr(y, out);
        match &x.kind {
            ExprKind::Ident(i) => out.push(i.id.0),
            ExprKind::BasicLit(..) | ExprKind::Bad => {}
            ExprKind::CompositeLit { ty, elts, .. } => {
                ty.iter().for_each(|t| sub(t, out));
                for e in elts {
                    e.key.iter().for_each(|k| sub(k, out));
                    sub(&e.value, out);
                }
            }
            ExprKind::FuncLit { sig: s, body } => {
                sig(s, out);
                block(body, out);
            }
            ExprKind::Paren(y)
            | ExprKind::Star(y)
            | ExprKind::Unary(_, y)
            | ExprKind::SliceType(y) => sub(y, out),
            ExprKind::ChanType(_, y) => sub(y, out),
            ExprKind::Selector(y, s) => {
                sub(y, out);
                out.push(s.id.0);
            }
            ExprKind::Index(y, is) => {
                sub(y, out);
                is.iter().for_each(|i| sub(i, out));
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                sub(x, out);
                lo.iter().chain(hi).chain(max).for_each(|y| sub(y, out));
            }
            ExprKind::TypeAssert(y, t) => {
                sub(y, out);
                t.iter().for_each(|t| sub(t, out));
            }
            ExprKind::Call { func, args, .. } => {
                sub(func, out);
                args.iter().for_each(|a| sub(a, out));
            }
            ExprKind::Binary(_, a, b) | ExprKind::MapType(a, b) => {
                sub(a, out);
                sub(b, out);
            }
            ExprKind::ArrayType { len, elem } => {
                len.iter().for_each(|l| sub(l, out));
                sub(elem, out);
            }
            ExprKind::StructType(fields) => fields.iter().for_each(|f| field(f, out)),
            ExprKind::FuncType(s) => sig(s, out),
            ExprKind::InterfaceType(elems) => {
                for e in elems {
                    match e {
                        InterfaceElem::Method { name, sig: s } => {
                            out.push(name.id.0);
                            sig(s, out);
                        }
                        InterfaceElem::Embed(terms) => terms.iter().for_each(|t| sub(&t.ty, out)),
                    }
                }
            }
            ExprKind::Ellipsis(y) => y.iter().for_each(|y| sub(y, out)),
        }
    }
}

/// Ids are unique across the files of one compilation, for valid programs
/// and for broken ones (error recovery must not duplicate nodes).
#[test]
fn ids_are_unique_across_files() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/programs");
    let mut sources = SourceMap::new();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("programs")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    names.sort();
    for path in &names {
        let text = std::fs::read_to_string(path).expect("readable");
        sources.add(&path.display().to_string(), text.clone());
        // A broken copy exercises the recovery paths too.
        let broken = text
            .replace("{\n", "{\n\t(( ,\n")
            .replace("func (", "func ((");
        sources.add("broken.go", broken);
    }
    let mut ids = IdGen::default();
    let mut all = Vec::new();
    for index in 0..sources.files.len() as u32 {
        let (file, _) = parse_file(&sources, index, &mut ids);
        id_walk::file(&file, &mut all);
    }
    let count = all.len();
    all.sort_unstable();
    all.dedup();
    assert_eq!(all.len(), count, "some ids appear twice");
    assert!(all.iter().all(|id| *id < ids.count()));
}
