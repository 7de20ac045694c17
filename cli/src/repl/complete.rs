//! Tab completion at the REPL prompt: Go keywords, predeclared names, the session's
//! declarations and imported packages, and `pkg.` + Tab for a package's exported names.

use rustyline::completion::Completer;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::Context;

const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

const PREDECLARED: &[&str] = &[
    "any",
    "append",
    "bool",
    "byte",
    "cap",
    "clear",
    "close",
    "complex",
    "complex128",
    "complex64",
    "copy",
    "delete",
    "error",
    "false",
    "float32",
    "float64",
    "imag",
    "int",
    "int16",
    "int32",
    "int64",
    "int8",
    "iota",
    "len",
    "make",
    "max",
    "min",
    "new",
    "nil",
    "panic",
    "print",
    "println",
    "real",
    "recover",
    "rune",
    "string",
    "true",
    "uint",
    "uint16",
    "uint32",
    "uint64",
    "uint8",
    "uintptr",
];

/// The REPL's rustyline helper; the prompt loop refreshes its names after each input.
#[derive(Default)]
pub struct GoHelper {
    /// Package-level names the user declared.
    pub declared: Vec<String>,
    /// Imported packages: import name and exported member names.
    pub packages: Vec<(String, Vec<String>)>,
}

impl GoHelper {
    /// Candidates for the word that ends at `pos` in `line`: (start of the word, words).
    pub fn candidates(&self, line: &str, pos: usize) -> (usize, Vec<String>) {
        let before = &line[..pos];
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map(|i| i + 1)
            .unwrap_or(0);
        let word = &before[start..];
        // `pkg.Na`: the members of an imported package.
        if before[..start].ends_with('.') {
            let qualifier_end = start - 1;
            let qualifier_start = before[..qualifier_end]
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
                .map(|i| i + 1)
                .unwrap_or(0);
            let qualifier = &before[qualifier_start..qualifier_end];
            let members = self
                .packages
                .iter()
                .find(|(name, _)| name == qualifier)
                .map(|(_, members)| {
                    members
                        .iter()
                        .filter(|m| m.starts_with(word))
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            return (start, members);
        }
        let mut words: Vec<String> = KEYWORDS
            .iter()
            .chain(PREDECLARED)
            .map(|s| s.to_string())
            .chain(self.declared.iter().cloned())
            .chain(self.packages.iter().map(|(name, _)| name.clone()))
            .filter(|w| w.starts_with(word) && !w.starts_with("__"))
            .collect();
        words.sort();
        words.dedup();
        (start, words)
    }
}

impl Completer for GoHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _context: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        Ok(self.candidates(line, pos))
    }
}

impl Hinter for GoHelper {
    type Hint = String;
}

impl Highlighter for GoHelper {}

impl Validator for GoHelper {}

impl rustyline::Helper for GoHelper {}
