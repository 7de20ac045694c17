//! Parser: tokens to the syntax tree of `ast`.
