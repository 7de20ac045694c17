//! weft-compiler: Go source to weft-vm bytecode (lexer, parser, type checker, codegen).

pub mod ast;
pub mod source;
