//! Go tokens: the kinds the lexer produces and how gc names them in syntax errors.

use crate::ast::{BinaryOp, LitKind, Span};

/// Why a semicolon token is there; gc names each differently in
/// "unexpected ..." messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemiKind {
    /// A `;` written in the source.
    Semicolon,
    /// Inserted at a newline (or at a comment spanning lines).
    Newline,
    /// Inserted at the end of the file.
    Eof,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Eof,
    Name,
    Literal(LitKind),
    /// A binary operator other than `*` (which is [`TokenKind::Star`] because it
    /// also starts pointer types and dereferences).
    Operator(BinaryOp),
    /// `!`
    Not,
    /// `~`
    Tilde,
    /// `+=`, `<<=`, ...
    AssignOp(BinaryOp),
    /// `++` (true) or `--` (false).
    IncDec(bool),
    Assign,
    Define,
    Arrow,
    Star,
    LParen,
    LBrack,
    LBrace,
    RParen,
    RBrack,
    RBrace,
    Comma,
    Semi(SemiKind),
    Colon,
    Dot,
    DotDotDot,
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
}

/// One token; `span` is in the compilation's byte space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

impl TokenKind {
    /// The keyword spelled `word`, if it is one.
    pub fn keyword(word: &str) -> Option<TokenKind> {
        use TokenKind::*;
        Some(match word {
            "break" => Break,
            "case" => Case,
            "chan" => Chan,
            "const" => Const,
            "continue" => Continue,
            "default" => Default,
            "defer" => Defer,
            "else" => Else,
            "fallthrough" => Fallthrough,
            "for" => For,
            "func" => Func,
            "go" => Go,
            "goto" => Goto,
            "if" => If,
            "import" => Import,
            "interface" => Interface,
            "map" => Map,
            "package" => Package,
            "range" => Range,
            "return" => Return,
            "select" => Select,
            "struct" => Struct,
            "switch" => Switch,
            "type" => Type,
            "var" => Var,
            _ => return None,
        })
    }

    /// The fixed spelling of the token, as gc prints it after "expected"
    /// (`tokstring`); names and literals have no fixed spelling and give a
    /// category word.
    pub fn describe(self) -> &'static str {
        use TokenKind::*;
        match self {
            Eof => "EOF",
            Name => "name",
            Literal(_) => "literal",
            Operator(op) => op.as_str(),
            AssignOp(op) => assign_op_str(op),
            Not => "!",
            Tilde => "~",
            IncDec(true) => "++",
            IncDec(false) => "--",
            Assign => "=",
            Define => ":=",
            Arrow => "<-",
            Star => "*",
            LParen => "(",
            LBrack => "[",
            LBrace => "{",
            RParen => ")",
            RBrack => "]",
            RBrace => "}",
            Comma => "comma",
            Semi(_) => "semicolon or newline",
            Colon => ":",
            Dot => ".",
            DotDotDot => "...",
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
        }
    }

    /// Binding strength of a binary operator token (0 if it is not one).
    pub fn precedence(self) -> u8 {
        match self {
            TokenKind::Operator(op) => op.precedence(),
            TokenKind::Star => BinaryOp::Mul.precedence(),
            _ => 0,
        }
    }
}

/// The spelling of `op=`.
fn assign_op_str(op: BinaryOp) -> &'static str {
    use BinaryOp::*;
    match op {
        Add => "+=",
        Sub => "-=",
        Mul => "*=",
        Div => "/=",
        Rem => "%=",
        And => "&=",
        Or => "|=",
        Xor => "^=",
        Shl => "<<=",
        Shr => ">>=",
        AndNot => "&^=",
        LogAnd => "&&=",
        LogOr => "||=",
        Eq => "===",
        Ne => "!==",
        Lt => "<=",
        Le => "<==",
        Gt => ">=",
        Ge => ">==",
    }
}

impl Token {
    /// How gc names this token after "unexpected": `name x`, `literal 1`,
    /// `newline`, `+=`, `comma`, `{`...; `text` is the token's source text.
    pub fn unexpected_text(&self, text: &str) -> String {
        match self.kind {
            TokenKind::Name => format!("name {text}"),
            TokenKind::Literal(_) => format!("literal {text}"),
            TokenKind::Semi(SemiKind::Semicolon) => "semicolon".to_string(),
            TokenKind::Semi(SemiKind::Newline) => "newline".to_string(),
            TokenKind::Semi(SemiKind::Eof) => "EOF".to_string(),
            kind => kind.describe().to_string(),
        }
    }
}
