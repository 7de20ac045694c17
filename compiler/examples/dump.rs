//! Dumps the syntax tree (or errors) of a Go file: `cargo run --example dump FILE`.
use weft_compiler::ast::IdGen;
use weft_compiler::source::SourceMap;
fn main() {
    let path = std::env::args().nth(1).expect("usage: dump FILE");
    let text = String::from_utf8_lossy(&std::fs::read(&path).expect("read")).into_owned();
    let mut sources = SourceMap::new();
    let index = sources.add(&path, text);
    let mut ids = IdGen::default();
    let (file, diagnostics) = weft_compiler::parser::parse_file(&sources, index, &mut ids);
    for d in &diagnostics {
        println!("{}: {}", sources.describe(d.span), d.message);
    }
    if diagnostics.is_empty() {
        print!("{}", weft_compiler::ast_dump::dump_file(&file));
    }
}
