//! Tests of the REPL: input classification and source assembly.
