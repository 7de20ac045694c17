//! Syntax tree of a Go source file, as the parser builds it and the checker reads it.
//!
//! Every expression carries an [`ExprId`], unique within one compilation
//! (the parser takes ids from a shared [`IdGen`]), so later passes keep
//! per-expression facts (types, constant values, resolutions) in side tables
//! instead of mutating the tree. Every node carries a byte [`Span`] into its
//! file; [`crate::source::SourceMap`] turns spans into `file:line:col`.

use std::rc::Rc;

/// Byte range `[lo, hi)` in the compilation's concatenated source space
/// (each file has its own base offset, see `SourceMap`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(lo: u32, hi: u32) -> Span {
        Span { lo, hi }
    }
    pub fn to(self, other: Span) -> Span {
        Span {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }
}

/// Identity of an expression node within one compilation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExprId(pub u32);

/// Hands out [`ExprId`]s; one per compilation, shared by all files.
#[derive(Debug, Default)]
pub struct IdGen {
    next: u32,
}

impl IdGen {
    pub fn fresh(&mut self) -> ExprId {
        let id = ExprId(self.next);
        self.next += 1;
        id
    }
    /// Number of ids handed out so far (side tables can be sized with it).
    pub fn count(&self) -> u32 {
        self.next
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Ident {
    pub name: Rc<str>,
    pub span: Span,
    /// Ids are given to identifiers too, so the checker can record what each use resolves to.
    pub id: ExprId,
}

/// One parsed `.go` file.
#[derive(Clone, Debug)]
pub struct File {
    /// Index of the file in the compilation's `SourceMap`.
    pub file_index: u32,
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
}

#[derive(Clone, Debug)]
pub struct ImportSpec {
    /// `import name "path"`; `.` and `_` appear here as names too.
    pub name: Option<Ident>,
    /// The import path, unquoted.
    pub path: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Decl {
    Func(FuncDecl),
    /// A `var`, `const` or `type` declaration, possibly grouped with parentheses.
    Gen(GenDecl),
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub recv: Option<Field>,
    pub name: Ident,
    pub type_params: Vec<Field>,
    pub sig: FuncType,
    /// `None` for a declaration without body (not allowed in Weft programs but parsed).
    pub body: Option<Block>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct GenDecl {
    pub kind: GenKind,
    pub specs: Vec<Spec>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Var,
    Const,
    Type,
}

#[derive(Clone, Debug)]
pub enum Spec {
    /// `a, b T = x, y` (var) or `A, B T = x, y` (const). For a const spec with
    /// no type and no values, the parser leaves both empty and `iota` is the
    /// index of the spec in its group; the checker repeats the previous list.
    Value(ValueSpec),
    Type(TypeSpec),
}

#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    /// Index of this spec in its parenthesized group (the value of `iota`).
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    pub type_params: Vec<Field>,
    /// `type A = B`
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

/// A parameter, result, struct field, receiver or type parameter group:
/// `a, b int`, or an anonymous `int` (names empty).
#[derive(Clone, Debug)]
pub struct Field {
    pub names: Vec<Ident>,
    pub ty: Expr,
    /// Struct tag, unquoted.
    pub tag: Option<String>,
    /// `...T` in the last parameter.
    pub variadic: bool,
    /// A struct field with no name (`T` or `*T`) is embedded.
    pub embedded: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// Span from `{` to `}` inclusive.
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: ExprId,
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Ident(Ident),
    /// A literal token: its kind and its source text (e.g. `0x1F`, `'a'`, `"s\n"`, `` `raw` ``, `1.5i`).
    BasicLit(LitKind, Rc<str>),
    /// `T{...}`; `ty` is `None` for an elided type inside another composite literal.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elts: Vec<Element>,
        rbrace: Span,
    },
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    /// `x.sel`: package member, field, or method.
    Selector(Box<Expr>, Ident),
    /// `x[i]`, or with several indices a generic instantiation `f[A, B]`.
    Index(Box<Expr>, Vec<Expr>),
    /// `x[lo:hi]` / `x[lo:hi:max]`.
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        three: bool,
    },
    /// `x.(T)`; `ty` is `None` for `x.(type)` in a type switch guard.
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    /// `f(args)`; `ellipsis` is set for `f(xs...)`. Conversions `T(x)` parse as calls too.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: bool,
    },
    /// `*x`: dereference or pointer type.
    Star(Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// `key: value` appears only inside composite literals, see [`Element`].

    // Type expressions.
    /// `[N]T`; `len` is `None` for `[...]T`.
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    SliceType(Box<Expr>),
    StructType(Vec<Field>),
    /// `*T` is represented as `Star`.
    FuncType(FuncType),
    InterfaceType(Vec<InterfaceElem>),
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
    /// `...T` outside a parameter list is a syntax error; inside `[...]T` see ArrayType.
    Ellipsis(Option<Box<Expr>>),
    /// Placeholder produced after a syntax error so parsing can continue.
    Bad,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

/// An element of a composite literal: `value` or `key: value`.
#[derive(Clone, Debug)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub enum InterfaceElem {
    /// `Name(params) results`
    Method { name: Ident, sig: FuncType },
    /// An embedded interface or a type-set term list `~int | string`.
    Embed(Vec<TypeTerm>),
}

#[derive(Clone, Debug)]
pub struct TypeTerm {
    pub tilde: bool,
    pub ty: Expr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    BitNot,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
    /// `~T` (only in constraints)
    Tilde,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LogAnd,
    LogOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinaryOp {
    /// Go's spelling, used in diagnostics.
    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LogAnd => "&&",
            LogOr => "||",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
        }
    }
    /// Binding strength as in the spec: 5 (`* / % << >> & &^`) down to 1 (`||`).
    pub fn precedence(self) -> u8 {
        use BinaryOp::*;
        match self {
            Mul | Div | Rem | Shl | Shr | And | AndNot => 5,
            Add | Sub | Or | Xor => 4,
            Eq | Ne | Lt | Le | Gt | Ge => 3,
            LogAnd => 2,
            LogOr => 1,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// A `var`, `const` or `type` declaration inside a function.
    Decl(GenDecl),
    Empty,
    Labeled(Ident, Box<Stmt>),
    Expr(Expr),
    /// `ch <- v`
    Send(Expr, Expr),
    /// `x++` (`inc` true) / `x--`
    IncDec(Expr, bool),
    /// `a, b = x, y`, `a += x` (op is `Some(Add)`), and `a, b := x, y` (define).
    Assign {
        lhs: Vec<Expr>,
        op: Option<BinaryOp>,
        define: bool,
        rhs: Vec<Expr>,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    /// Expression switch; `tag` is `None` for `switch { ... }`.
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
        rbrace: Span,
    },
    /// `switch [init;] [v :=] x.(type) { ... }`; `x` is the operand of
    /// `.(type)`, not the assertion itself.
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        clauses: Vec<CaseClause>,
        rbrace: Span,
    },
    Select(Vec<CommClause>),
    /// `for init; cond; post {}`, `for cond {}`, `for {}`.
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for k, v := range x {}` / `for k, v = range x {}` / `for range x {}`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    },
    /// Placeholder after a syntax error.
    Bad,
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    /// Empty for `default:`. In a type switch, the expressions are types (`nil` allowed).
    pub exprs: Vec<Expr>,
    pub default: bool,
    pub body: Vec<Stmt>,
    /// Span of the `case ...:` / `default:` header.
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct CommClause {
    /// `None` for `default:`; otherwise a send statement, a receive expression
    /// statement, or an assignment/definition whose right side is a receive.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}
