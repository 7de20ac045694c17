//! The `weft` command-line tool.

fn main() {
    eprintln!("weft: not yet implemented");
    std::process::exit(1);
}
