//! Lexer: Go source to tokens, with automatic semicolon insertion.
