//! Renderings of the syntax tree: an indented S-expression dump for parser
//! tests, and Go-syntax strings of expressions and statements for messages.
//!
//! The dump has no ids and no spans. A node is printed on one line when it
//! fits and contains no block; otherwise its children go on their own lines,
//! indented by two spaces. `_` stands for an absent optional part.

use crate::ast::{
    Block, CaseClause, ChanDir, CommClause, Decl, Expr, ExprKind, Field, File, FuncType, GenDecl,
    GenKind, InterfaceElem, Spec, Stmt, StmtKind, UnaryOp,
};

/// The S-expression dump of a whole file.
pub fn dump_file(file: &File) -> String {
    let mut children = vec![Node::atom(&file.package.name)];
    for import in &file.imports {
        let mut parts = Vec::new();
        if let Some(name) = &import.name {
            parts.push(Node::atom(&name.name));
        }
        parts.push(Node::atom(&format!("{:?}", import.path)));
        children.push(Node::list("import", parts));
    }
    for decl in &file.decls {
        children.push(decl_node(decl));
    }
    render(&Node::block("file", children))
}

/// The S-expression dump of one expression.
pub fn dump_expr(expr: &Expr) -> String {
    render(&expr_node(expr))
}

/// The S-expression dump of a statement list.
pub fn dump_stmts(stmts: &[Stmt]) -> String {
    render(&Node::block("stmts", stmts.iter().map(stmt_node).collect()))
}

enum Node {
    Atom(String),
    List {
        head: String,
        children: Vec<Node>,
        block: bool,
    },
}

impl Node {
    fn atom(text: &str) -> Node {
        Node::Atom(text.to_string())
    }
    fn list(head: &str, children: Vec<Node>) -> Node {
        Node::List {
            head: head.to_string(),
            children,
            block: false,
        }
    }
    fn block(head: &str, children: Vec<Node>) -> Node {
        Node::List {
            head: head.to_string(),
            children,
            block: true,
        }
    }
    fn absent() -> Node {
        Node::atom("_")
    }
    fn contains_block(&self) -> bool {
        match self {
            Node::Atom(_) => false,
            Node::List {
                children, block, ..
            } => *block || children.iter().any(Node::contains_block),
        }
    }
}

const LINE_WIDTH: usize = 100;

fn render(node: &Node) -> String {
    let mut out = String::new();
    render_into(node, 0, &mut out);
    out.push('\n');
    out
}

fn inline(node: &Node, out: &mut String) {
    match node {
        Node::Atom(text) => out.push_str(text),
        Node::List { head, children, .. } => {
            out.push('(');
            out.push_str(head);
            for child in children {
                out.push(' ');
                inline(child, out);
            }
            out.push(')');
        }
    }
}

fn render_into(node: &Node, indent: usize, out: &mut String) {
    let mut flat = String::new();
    inline(node, &mut flat);
    let fits = indent + flat.len() <= LINE_WIDTH;
    match node {
        Node::List { head, children, .. } if node.contains_block() || !fits => {
            out.push('(');
            out.push_str(head);
            // Leading atoms (names, operators) stay on the head line.
            let mut rest = children.iter().peekable();
            while let Some(Node::Atom(text)) = rest.peek() {
                out.push(' ');
                out.push_str(text);
                rest.next();
            }
            for child in rest {
                out.push('\n');
                out.push_str(&" ".repeat(indent + 2));
                render_into(child, indent + 2, out);
            }
            out.push(')');
        }
        _ => out.push_str(&flat),
    }
}

fn opt_expr(expr: &Option<Box<Expr>>) -> Node {
    expr.as_ref()
        .map(|e| expr_node(e))
        .unwrap_or_else(Node::absent)
}

fn expr_node(expr: &Expr) -> Node {
    match &expr.kind {
        ExprKind::Ident(ident) => Node::atom(&ident.name),
        ExprKind::BasicLit(_, text) => Node::atom(text),
        ExprKind::CompositeLit { ty, elts, .. } => {
            let mut children = vec![opt_expr(ty)];
            for element in elts {
                children.push(match &element.key {
                    Some(key) => Node::list("kv", vec![expr_node(key), expr_node(&element.value)]),
                    None => expr_node(&element.value),
                });
            }
            Node::list("complit", children)
        }
        ExprKind::FuncLit { sig, body } => {
            Node::list("funclit", vec![sig_node(sig), block_node(body)])
        }
        ExprKind::Paren(x) => Node::list("paren", vec![expr_node(x)]),
        ExprKind::Selector(x, sel) => Node::list("sel", vec![expr_node(x), Node::atom(&sel.name)]),
        ExprKind::Index(x, indices) => {
            let mut children = vec![expr_node(x)];
            children.extend(indices.iter().map(expr_node));
            Node::list("index", children)
        }
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            three,
        } => {
            let mut children = vec![expr_node(x), opt_expr(lo), opt_expr(hi)];
            if *three {
                children.push(opt_expr(max));
            }
            Node::list(if *three { "slice3" } else { "slice" }, children)
        }
        ExprKind::TypeAssert(x, ty) => {
            let ty = ty
                .as_ref()
                .map(|t| expr_node(t))
                .unwrap_or_else(|| Node::atom("type"));
            Node::list("assert", vec![expr_node(x), ty])
        }
        ExprKind::Call {
            func,
            args,
            ellipsis,
        } => {
            let mut children = vec![expr_node(func)];
            children.extend(args.iter().map(expr_node));
            Node::list(if *ellipsis { "call..." } else { "call" }, children)
        }
        ExprKind::Star(x) => Node::list("*", vec![expr_node(x)]),
        ExprKind::Unary(op, x) => Node::list(unary_str(*op), vec![expr_node(x)]),
        ExprKind::Binary(op, x, y) => Node::list(op.as_str(), vec![expr_node(x), expr_node(y)]),
        ExprKind::ArrayType { len, elem } => {
            let len = len
                .as_ref()
                .map(|l| expr_node(l))
                .unwrap_or_else(|| Node::atom("..."));
            Node::list("array", vec![len, expr_node(elem)])
        }
        ExprKind::SliceType(elem) => Node::list("[]", vec![expr_node(elem)]),
        ExprKind::StructType(fields) => {
            Node::list("struct", fields.iter().map(field_node).collect())
        }
        ExprKind::FuncType(sig) => Node::list("functype", vec![sig_node(sig)]),
        ExprKind::InterfaceType(elems) => Node::list(
            "interface",
            elems
                .iter()
                .map(|elem| match elem {
                    InterfaceElem::Method { name, sig } => {
                        Node::list("method", vec![Node::atom(&name.name), sig_node(sig)])
                    }
                    InterfaceElem::Embed(terms) => Node::list(
                        "embed",
                        terms
                            .iter()
                            .map(|t| {
                                if t.tilde {
                                    Node::list("~", vec![expr_node(&t.ty)])
                                } else {
                                    expr_node(&t.ty)
                                }
                            })
                            .collect(),
                    ),
                })
                .collect(),
        ),
        ExprKind::MapType(key, value) => Node::list("map", vec![expr_node(key), expr_node(value)]),
        ExprKind::ChanType(dir, elem) => {
            let head = match dir {
                ChanDir::Both => "chan",
                ChanDir::Send => "chan<-",
                ChanDir::Recv => "<-chan",
            };
            Node::list(head, vec![expr_node(elem)])
        }
        ExprKind::Ellipsis(elem) => Node::list("...", vec![opt_expr(elem)]),
        ExprKind::Bad => Node::atom("<bad>"),
    }
}

fn unary_str(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Pos => "+",
        UnaryOp::Neg => "-",
        UnaryOp::Not => "!",
        UnaryOp::BitNot => "^",
        UnaryOp::Addr => "&",
        UnaryOp::Recv => "<-",
        UnaryOp::Tilde => "~",
    }
}

fn field_node(field: &Field) -> Node {
    let mut children: Vec<Node> = field.names.iter().map(|n| Node::atom(&n.name)).collect();
    let ty = expr_node(&field.ty);
    children.push(if field.variadic {
        Node::list("...", vec![ty])
    } else {
        ty
    });
    if let Some(tag) = &field.tag {
        children.push(Node::list("tag", vec![Node::atom(&format!("{tag:?}"))]));
    }
    Node::list(if field.embedded { "embed" } else { "field" }, children)
}

fn fields_node(head: &str, fields: &[Field]) -> Node {
    Node::list(head, fields.iter().map(field_node).collect())
}

fn sig_node(sig: &FuncType) -> Node {
    Node::list(
        "sig",
        vec![
            fields_node("params", &sig.params),
            fields_node("results", &sig.results),
        ],
    )
}

fn block_node(block: &Block) -> Node {
    Node::block("block", block.stmts.iter().map(stmt_node).collect())
}

fn decl_node(decl: &Decl) -> Node {
    match decl {
        Decl::Func(func) => {
            let mut children = vec![Node::atom(&func.name.name)];
            if let Some(recv) = &func.recv {
                children.push(Node::list("recv", vec![field_node(recv)]));
            }
            if !func.type_params.is_empty() {
                children.push(fields_node("tparams", &func.type_params));
            }
            children.push(sig_node(&func.sig));
            if let Some(body) = &func.body {
                children.push(block_node(body));
            }
            Node::list("func", children)
        }
        Decl::Gen(gen) => gen_decl_node(gen),
    }
}

fn gen_decl_node(gen: &GenDecl) -> Node {
    let head = match gen.kind {
        GenKind::Var => "var",
        GenKind::Const => "const",
        GenKind::Type => "type",
    };
    let specs = gen
        .specs
        .iter()
        .map(|spec| match spec {
            Spec::Value(value) => {
                let mut children = vec![Node::list(
                    "names",
                    value.names.iter().map(|n| Node::atom(&n.name)).collect(),
                )];
                if let Some(ty) = &value.ty {
                    children.push(Node::list("type", vec![expr_node(ty)]));
                }
                if !value.values.is_empty() {
                    children.push(Node::list(
                        "values",
                        value.values.iter().map(expr_node).collect(),
                    ));
                }
                if gen.kind == GenKind::Const {
                    children.push(Node::atom(&format!("iota={}", value.iota)));
                }
                Node::list("spec", children)
            }
            Spec::Type(spec) => {
                let mut children = vec![Node::atom(&spec.name.name)];
                if spec.alias {
                    children.push(Node::atom("alias"));
                }
                if !spec.type_params.is_empty() {
                    children.push(fields_node("tparams", &spec.type_params));
                }
                children.push(expr_node(&spec.ty));
                Node::list("spec", children)
            }
        })
        .collect();
    Node::list(head, specs)
}

fn opt_stmt(stmt: &Option<Box<Stmt>>) -> Node {
    stmt.as_ref()
        .map(|s| stmt_node(s))
        .unwrap_or_else(Node::absent)
}

fn exprs_node(head: &str, exprs: &[Expr]) -> Node {
    Node::list(head, exprs.iter().map(expr_node).collect())
}

fn case_node(clause: &CaseClause) -> Node {
    let mut children = Vec::new();
    if !clause.default {
        children.push(exprs_node("exprs", &clause.exprs));
    }
    children.extend(clause.body.iter().map(stmt_node));
    Node::block(if clause.default { "default" } else { "case" }, children)
}

fn comm_node(clause: &CommClause) -> Node {
    let mut children = Vec::new();
    if let Some(comm) = &clause.comm {
        children.push(stmt_node(comm));
    }
    children.extend(clause.body.iter().map(stmt_node));
    Node::block(
        if clause.comm.is_some() {
            "case"
        } else {
            "default"
        },
        children,
    )
}

fn stmt_node(stmt: &Stmt) -> Node {
    match &stmt.kind {
        StmtKind::Decl(gen) => gen_decl_node(gen),
        StmtKind::Empty => Node::atom("(empty)"),
        StmtKind::Labeled(label, inner) => {
            Node::list("label", vec![Node::atom(&label.name), stmt_node(inner)])
        }
        StmtKind::Expr(x) => Node::list("expr", vec![expr_node(x)]),
        StmtKind::Send(ch, value) => Node::list("send", vec![expr_node(ch), expr_node(value)]),
        StmtKind::IncDec(x, inc) => Node::list(if *inc { "++" } else { "--" }, vec![expr_node(x)]),
        StmtKind::Assign {
            lhs,
            op,
            define,
            rhs,
        } => {
            let head = match (op, define) {
                (_, true) => ":=".to_string(),
                (Some(op), _) => format!("{}=", op.as_str()),
                (None, false) => "=".to_string(),
            };
            Node::list(&head, vec![exprs_node("lhs", lhs), exprs_node("rhs", rhs)])
        }
        StmtKind::Go(x) => Node::list("go", vec![expr_node(x)]),
        StmtKind::Defer(x) => Node::list("defer", vec![expr_node(x)]),
        StmtKind::Return(results) => exprs_node("return", results),
        StmtKind::Break(label) => {
            Node::list("break", label.iter().map(|l| Node::atom(&l.name)).collect())
        }
        StmtKind::Continue(label) => Node::list(
            "continue",
            label.iter().map(|l| Node::atom(&l.name)).collect(),
        ),
        StmtKind::Goto(label) => Node::list("goto", vec![Node::atom(&label.name)]),
        StmtKind::Fallthrough => Node::atom("(fallthrough)"),
        StmtKind::Block(block) => block_node(block),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            let mut children = vec![opt_stmt(init), expr_node(cond), block_node(then)];
            if let Some(els) = els {
                children.push(Node::list("else", vec![stmt_node(els)]));
            }
            Node::list("if", children)
        }
        StmtKind::Switch {
            init, tag, clauses, ..
        } => {
            let tag = tag.as_ref().map(expr_node).unwrap_or_else(Node::absent);
            let mut children = vec![opt_stmt(init), tag];
            children.extend(clauses.iter().map(case_node));
            Node::block("switch", children)
        }
        StmtKind::TypeSwitch {
            init,
            bind,
            x,
            clauses,
            ..
        } => {
            let bind = bind
                .as_ref()
                .map(|b| Node::atom(&b.name))
                .unwrap_or_else(Node::absent);
            let mut children = vec![opt_stmt(init), bind, expr_node(x)];
            children.extend(clauses.iter().map(case_node));
            Node::block("typeswitch", children)
        }
        StmtKind::Select(clauses) => Node::block("select", clauses.iter().map(comm_node).collect()),
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            let cond = cond.as_ref().map(expr_node).unwrap_or_else(Node::absent);
            Node::list(
                "for",
                vec![opt_stmt(init), cond, opt_stmt(post), block_node(body)],
            )
        }
        StmtKind::Range {
            key,
            value,
            define,
            x,
            body,
        } => {
            let key = key.as_ref().map(expr_node).unwrap_or_else(Node::absent);
            let value = value.as_ref().map(expr_node).unwrap_or_else(Node::absent);
            let op = Node::atom(if *define { ":=" } else { "=" });
            Node::list(
                "range",
                vec![key, value, op, expr_node(x), block_node(body)],
            )
        }
        StmtKind::Bad => Node::atom("<bad>"),
    }
}

/// Go source text of an expression, as gc prints expressions in messages
/// (the bodies of function and composite literals are elided as `{…}`).
pub fn expr_string(expr: &Expr) -> String {
    let mut out = String::new();
    write_expr(expr, &mut out);
    out
}

/// Go source text of a simple statement, for messages.
pub fn stmt_string(stmt: &Stmt) -> String {
    let list = |exprs: &[Expr]| exprs.iter().map(expr_string).collect::<Vec<_>>().join(", ");
    match &stmt.kind {
        StmtKind::Expr(x) => expr_string(x),
        StmtKind::Send(ch, value) => format!("{} <- {}", expr_string(ch), expr_string(value)),
        StmtKind::IncDec(x, inc) => format!("{}{}", expr_string(x), if *inc { "++" } else { "--" }),
        StmtKind::Assign {
            lhs,
            op,
            define,
            rhs,
        } => {
            let op = match (op, define) {
                (_, true) => ":=".to_string(),
                (Some(op), _) => format!("{}=", op.as_str()),
                (None, false) => "=".to_string(),
            };
            format!("{} {} {}", list(lhs), op, list(rhs))
        }
        _ => "statement".to_string(),
    }
}

fn write_list(exprs: &[Expr], out: &mut String) {
    for (i, x) in exprs.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(x, out);
    }
}

fn write_fields(fields: &[Field], separator: &str, out: &mut String) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        for (j, name) in field.names.iter().enumerate() {
            if j > 0 {
                out.push_str(", ");
            }
            out.push_str(&name.name);
        }
        if !field.names.is_empty() {
            out.push(' ');
        }
        if field.variadic {
            out.push_str("...");
        }
        write_expr(&field.ty, out);
    }
}

fn write_sig(sig: &FuncType, out: &mut String) {
    out.push('(');
    write_fields(&sig.params, ", ", out);
    out.push(')');
    match sig.results.as_slice() {
        [] => {}
        [single] if single.names.is_empty() => {
            out.push(' ');
            write_expr(&single.ty, out);
        }
        results => {
            out.push_str(" (");
            write_fields(results, ", ", out);
            out.push(')');
        }
    }
}

fn write_expr(expr: &Expr, out: &mut String) {
    match &expr.kind {
        ExprKind::Ident(ident) => out.push_str(&ident.name),
        ExprKind::BasicLit(_, text) => out.push_str(text),
        ExprKind::CompositeLit { ty, elts, .. } => {
            // Like gc's short form, element lists are elided.
            if let Some(ty) = ty {
                write_expr(ty, out);
            }
            out.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { sig, body } => {
            out.push_str("func");
            write_sig(sig, out);
            out.push_str(if body.stmts.is_empty() {
                " {}"
            } else {
                " {…}"
            });
        }
        ExprKind::Paren(x) => {
            out.push('(');
            write_expr(x, out);
            out.push(')');
        }
        ExprKind::Selector(x, sel) => {
            write_expr(x, out);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index(x, indices) => {
            write_expr(x, out);
            out.push('[');
            write_list(indices, out);
            out.push(']');
        }
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            three,
        } => {
            write_expr(x, out);
            out.push('[');
            if let Some(lo) = lo {
                write_expr(lo, out);
            }
            out.push(':');
            if let Some(hi) = hi {
                write_expr(hi, out);
            }
            if *three {
                out.push(':');
                if let Some(max) = max {
                    write_expr(max, out);
                }
            }
            out.push(']');
        }
        ExprKind::TypeAssert(x, ty) => {
            write_expr(x, out);
            out.push_str(".(");
            match ty {
                Some(ty) => write_expr(ty, out),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call {
            func,
            args,
            ellipsis,
        } => {
            write_expr(func, out);
            out.push('(');
            write_list(args, out);
            if *ellipsis {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(x) => {
            out.push('*');
            write_expr(x, out);
        }
        ExprKind::Unary(op, x) => {
            out.push_str(unary_str(*op));
            write_expr(x, out);
        }
        ExprKind::Binary(op, x, y) => {
            write_operand(x, op.precedence(), false, out);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_operand(y, op.precedence(), true, out);
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            match len {
                Some(len) => write_expr(len, out),
                None => out.push_str("..."),
            }
            out.push(']');
            write_expr(elem, out);
        }
        ExprKind::SliceType(elem) => {
            out.push_str("[]");
            write_expr(elem, out);
        }
        ExprKind::StructType(fields) => {
            out.push_str("struct{");
            write_fields(fields, "; ", out);
            out.push('}');
        }
        ExprKind::FuncType(sig) => {
            out.push_str("func");
            write_sig(sig, out);
        }
        ExprKind::InterfaceType(elems) => {
            out.push_str("interface{");
            for (i, elem) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match elem {
                    InterfaceElem::Method { name, sig } => {
                        out.push_str(&name.name);
                        write_sig(sig, out);
                    }
                    InterfaceElem::Embed(terms) => {
                        for (j, term) in terms.iter().enumerate() {
                            if j > 0 {
                                out.push_str(" | ");
                            }
                            if term.tilde {
                                out.push('~');
                            }
                            write_expr(&term.ty, out);
                        }
                    }
                }
            }
            out.push('}');
        }
        ExprKind::MapType(key, value) => {
            out.push_str("map[");
            write_expr(key, out);
            out.push(']');
            write_expr(value, out);
        }
        ExprKind::ChanType(dir, elem) => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(elem, out);
        }
        ExprKind::Ellipsis(elem) => {
            out.push_str("...");
            if let Some(elem) = elem {
                write_expr(elem, out);
            }
        }
        ExprKind::Bad => out.push_str("<bad expr>"),
    }
}

/// Writes an operand of a binary operator, parenthesized when the tree
/// binds differently than the text would read.
fn write_operand(x: &Expr, parent: u8, right: bool, out: &mut String) {
    let needs_parens = match &x.kind {
        ExprKind::Binary(op, ..) => {
            op.precedence() < parent || (right && op.precedence() == parent)
        }
        _ => false,
    };
    if needs_parens {
        out.push('(');
        write_expr(x, out);
        out.push(')');
    } else {
        write_expr(x, out);
    }
}
