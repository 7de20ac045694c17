//! weft-compiler: Go source to weft-vm bytecode (lexer, parser, type checker, codegen).

pub mod ast;
pub mod ast_dump;
pub mod check;
pub mod codegen;
pub mod constant;
pub mod driver;
pub mod lexer;
pub mod literal;
pub mod parser;
pub mod source;
pub mod token;
pub mod types;
