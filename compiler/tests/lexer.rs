//! Lexer tests: token streams (with inserted semicolons) and lexical errors.
//!
//! Cases live in `data/lexer.txt`: `=== name`, the source text, then
//! `--- tokens` and the expected rendering. Tokens are written space
//! separated: keywords and operators as themselves, `name:x`, `int:0x1F`
//! (likewise `float`, `imag`, `char`, `string`), `;` for a written
//! semicolon, `;nl` and `;eof` for inserted ones, and `EOF`. Each line of
//! the source gives one line of tokens. Errors follow as `! LINE:COL: msg`.
//! Rewrite the expectations with `UPDATE_EXPECT=1` and review the diff.

mod common;

use weft_compiler::ast::LitKind;
use weft_compiler::lexer::lex_text;
use weft_compiler::token::{SemiKind, TokenKind};

fn render(source: &str) -> String {
    let (tokens, diagnostics) = lex_text(source, 0);
    let line_of = |offset: u32| source[..offset as usize].matches('\n').count();
    let mut out = String::new();
    let mut current_line = 0;
    let mut first_on_line = true;
    for token in &tokens {
        let line = line_of(token.span.lo.min(source.len() as u32));
        while current_line < line {
            out.push('\n');
            current_line += 1;
            first_on_line = true;
        }
        if !first_on_line {
            out.push(' ');
        }
        first_on_line = false;
        let text = &source[token.span.lo as usize..token.span.hi as usize];
        let rendered = match token.kind {
            TokenKind::Name => format!("name:{text}"),
            TokenKind::Literal(kind) => {
                let word = match kind {
                    LitKind::Int => "int",
                    LitKind::Float => "float",
                    LitKind::Imag => "imag",
                    LitKind::Char => "char",
                    LitKind::String => "string",
                };
                format!("{word}:{}", text.escape_debug())
            }
            TokenKind::Semi(SemiKind::Semicolon) => ";".to_string(),
            TokenKind::Semi(SemiKind::Newline) => ";nl".to_string(),
            TokenKind::Semi(SemiKind::Eof) => ";eof".to_string(),
            TokenKind::Eof => "EOF".to_string(),
            TokenKind::Comma => ",".to_string(),
            kind => kind.describe().to_string(),
        };
        out.push_str(&rendered);
    }
    out.push('\n');
    for diagnostic in diagnostics {
        let offset = diagnostic.span.lo as usize;
        let before = &source[..offset.min(source.len())];
        let line = before.matches('\n').count() + 1;
        let col = offset - before.rfind('\n').map(|i| i + 1).unwrap_or(0) + 1;
        out.push_str(&format!("! {line}:{col}: {}\n", diagnostic.message));
    }
    out
}

#[test]
fn lexer_cases() {
    common::check_cases("lexer.txt", "--- tokens\n", render);
}
