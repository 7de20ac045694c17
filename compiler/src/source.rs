//! Source files of one compilation and the mapping from byte spans to `file:line:col`.

use crate::ast::Span;

/// One source file, placed at `base` in the compilation's byte space.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Path as given on the command line (used in diagnostics and stack traces).
    pub name: String,
    pub text: String,
    pub base: u32,
    /// Byte offsets (relative to the file) at which each line starts.
    line_starts: Vec<u32>,
}

/// Resolved position: 1-based line and column (column counts bytes, as gc does).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub file_index: u32,
    pub line: u32,
    pub col: u32,
}

#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    pub files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn new() -> Self {
        SourceMap::default()
    }

    /// Adds a file and returns its index. Files are separated by one byte of
    /// space so that an end-of-file span never belongs to the next file.
    pub fn add(&mut self, name: &str, text: String) -> u32 {
        let base = self
            .files
            .last()
            .map(|f| f.base + f.text.len() as u32 + 1)
            .unwrap_or(0);
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        self.files.push(SourceFile {
            name: name.to_string(),
            text,
            base,
            line_starts,
        });
        (self.files.len() - 1) as u32
    }

    pub fn file(&self, index: u32) -> &SourceFile {
        &self.files[index as usize]
    }

    /// The file that contains byte `offset`.
    pub fn file_index_of(&self, offset: u32) -> u32 {
        match self.files.binary_search_by(|f| f.base.cmp(&offset)) {
            Ok(i) => i as u32,
            Err(i) => i.saturating_sub(1) as u32,
        }
    }

    pub fn position(&self, offset: u32) -> Position {
        let file_index = self.file_index_of(offset);
        let file = &self.files[file_index as usize];
        let rel = offset.saturating_sub(file.base);
        let line = match file.line_starts.binary_search(&rel) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        Position {
            file_index,
            line: line as u32 + 1,
            col: rel - file.line_starts[line] + 1,
        }
    }

    /// `name:line:col` of the start of `span`.
    pub fn describe(&self, span: Span) -> String {
        let p = self.position(span.lo);
        format!(
            "{}:{}:{}",
            self.files[p.file_index as usize].name, p.line, p.col
        )
    }

    /// Text of the 1-based `line` of a file, without its newline.
    pub fn line_text(&self, file_index: u32, line: u32) -> &str {
        let file = &self.files[file_index as usize];
        let start = file.line_starts[(line - 1) as usize] as usize;
        let end = file
            .line_starts
            .get(line as usize)
            .map(|e| *e as usize - 1)
            .unwrap_or(file.text.len());
        &file.text[start..end.max(start)]
    }
}

/// A compile-time error, reported as `file:line:col: message` like gc.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            span,
            message: message.into(),
        }
    }
}
