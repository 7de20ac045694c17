//! weft-compiler: Go source to weft-vm bytecode (lexer, parser, type checker, codegen).

pub mod ast;
pub mod source;
pub mod check;
pub mod codegen;
pub mod constant;
pub mod driver;
pub mod ast_dump;
pub mod lexer;
pub mod literal;
pub mod parser;
pub mod token;
pub mod types;
