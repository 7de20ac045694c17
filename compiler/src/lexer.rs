//! Lexer: Go source to tokens, with automatic semicolon insertion.
//!
//! The lexer follows gc's scanner in what it accepts, where it reports each
//! error and with which words, because weft must print the same first error
//! line as `go build`. It never fails: a bad literal still becomes a literal
//! token (the error is recorded), an invalid character is skipped.

use crate::ast::{BinaryOp, LitKind, Span};
use crate::source::{Diagnostic, SourceMap};
use crate::token::{SemiKind, Token, TokenKind};

/// Lexes a whole file. The token list always ends with [`TokenKind::Eof`]
/// (preceded by an automatic semicolon when the last line needs one).
pub fn lex(sources: &SourceMap, file_index: u32) -> (Vec<Token>, Vec<Diagnostic>) {
    let file = sources.file(file_index);
    lex_text(&file.text, file.base)
}

/// Lexes `text` placed at `base` in the compilation's byte space.
pub fn lex_text(text: &str, base: u32) -> (Vec<Token>, Vec<Diagnostic>) {
    let mut lexer = Lexer::new(text, base);
    let mut tokens = Vec::new();
    loop {
        let token = lexer.next_token();
        tokens.push(token);
        if token.kind == TokenKind::Eof {
            break;
        }
    }
    (tokens, lexer.diagnostics)
}

/// Marks the end of input in [`Lexer::ch`].
const EOF_CHAR: i32 = -1;

struct Lexer<'a> {
    text: &'a str,
    base: u32,
    /// Current character, or [`EOF_CHAR`].
    ch: i32,
    /// Offset (in the file) of `ch`.
    ch_offset: usize,
    /// Offset of the byte after `ch`.
    read_offset: usize,
    /// Offset of the first byte of the token being scanned.
    token_start: usize,
    /// Whether a newline or the end of file becomes a semicolon here.
    newline_semicolon: bool,
    diagnostics: Vec<Diagnostic>,
}

impl<'a> Lexer<'a> {
    fn new(text: &'a str, base: u32) -> Self {
        let mut lexer = Lexer {
            text,
            base,
            ch: b' ' as i32,
            ch_offset: 0,
            read_offset: 0,
            token_start: 0,
            newline_semicolon: false,
            diagnostics: Vec::new(),
        };
        lexer.next_char();
        lexer
    }

    fn error_at(&mut self, offset: usize, message: impl Into<String>) {
        let at = self.base + offset as u32;
        self.diagnostics
            .push(Diagnostic::new(Span::new(at, at + 1), message));
    }

    /// Reports an error at the current character, as gc's `errorf` does.
    fn error_here(&mut self, message: impl Into<String>) {
        self.error_at(self.ch_offset, message);
    }

    /// Advances to the next character. NUL characters and byte order marks
    /// are skipped, as gc does, after reporting them (a BOM is fine at the
    /// very start of the file).
    fn next_char(&mut self) {
        // Printable ASCII and control characters other than NUL are nearly all of Go
        // source; they need no UTF-8 decoding.
        if let Some(&byte) = self.text.as_bytes().get(self.read_offset) {
            if byte != 0 && byte.is_ascii() {
                self.ch_offset = self.read_offset;
                self.read_offset += 1;
                self.ch = byte as i32;
                return;
            }
        }
        self.next_char_decoding();
    }

    /// [`Lexer::next_char`] for the rest: NUL, non-ASCII characters and the end of input.
    fn next_char_decoding(&mut self) {
        loop {
            self.ch_offset = self.read_offset;
            let rest = &self.text[self.read_offset..];
            let Some(c) = rest.chars().next() else {
                self.ch = EOF_CHAR;
                return;
            };
            self.read_offset += c.len_utf8();
            match c {
                '\0' => self.error_here("invalid NUL character"),
                '\u{feff}' => {
                    if self.ch_offset != 0 {
                        self.error_here("invalid BOM in the middle of the file");
                    }
                }
                _ => {
                    self.ch = c as i32;
                    return;
                }
            }
        }
    }

    fn token(&self, kind: TokenKind) -> Token {
        Token {
            kind,
            span: Span::new(
                self.base + self.token_start as u32,
                self.base + self.ch_offset as u32,
            ),
        }
    }

    fn next_token(&mut self) -> Token {
        let newline_semicolon = self.newline_semicolon;
        self.newline_semicolon = false;
        loop {
            while self.ch == ' ' as i32
                || self.ch == '\t' as i32
                || self.ch == '\r' as i32
                || (self.ch == '\n' as i32 && !newline_semicolon)
            {
                self.next_char();
            }
            self.token_start = self.ch_offset;
            if let Some(kind) = self.scan(newline_semicolon) {
                return self.token(kind);
            }
        }
    }

    /// Scans one token starting at `ch`; `None` means "nothing produced,
    /// scan again" (after a comment or an invalid character).
    fn scan(&mut self, newline_semicolon: bool) -> Option<TokenKind> {
        use TokenKind::*;
        let c = self.ch;
        if c == EOF_CHAR {
            return Some(if newline_semicolon {
                Semi(SemiKind::Eof)
            } else {
                Eof
            });
        }
        let ch = char::from_u32(c as u32).unwrap_or('\u{fffd}');
        if is_letter(ch) || (!ch.is_ascii() && self.ident_char_ok(ch, true)) {
            self.next_char();
            return Some(self.identifier());
        }
        self.next_char();
        let kind = match ch {
            '\n' => Semi(SemiKind::Newline),
            '0'..='9' => self.number(ch, false),
            '"' => self.interpreted_string(),
            '`' => self.raw_string(),
            '\'' => self.rune(),
            '(' => LParen,
            '[' => LBrack,
            '{' => LBrace,
            ',' => Comma,
            ';' => Semi(SemiKind::Semicolon),
            ')' => {
                self.newline_semicolon = true;
                RParen
            }
            ']' => {
                self.newline_semicolon = true;
                RBrack
            }
            '}' => {
                self.newline_semicolon = true;
                RBrace
            }
            ':' => {
                if self.eat('=') {
                    Define
                } else {
                    Colon
                }
            }
            '.' => {
                if self.is_decimal_here() {
                    self.number('.', true)
                } else if self.ch == '.' as i32
                    && self.text.as_bytes().get(self.read_offset) == Some(&b'.')
                {
                    self.next_char();
                    self.next_char();
                    DotDotDot
                } else {
                    Dot
                }
            }
            '+' => {
                if self.eat('+') {
                    self.newline_semicolon = true;
                    IncDec(true)
                } else {
                    self.assign_op(BinaryOp::Add)
                }
            }
            '-' => {
                if self.eat('-') {
                    self.newline_semicolon = true;
                    IncDec(false)
                } else {
                    self.assign_op(BinaryOp::Sub)
                }
            }
            '*' => {
                if self.eat('=') {
                    AssignOp(BinaryOp::Mul)
                } else {
                    Star
                }
            }
            '/' => {
                if self.eat('/') {
                    while self.ch != EOF_CHAR && self.ch != '\n' as i32 {
                        self.next_char();
                    }
                    return None;
                }
                if self.eat('*') {
                    let comment_start = self.token_start;
                    let terminated = self.skip_block_comment();
                    if !terminated {
                        self.error_at(comment_start, "comment not terminated");
                    }
                    let spans_lines = self.text[comment_start..self.ch_offset].contains('\n');
                    if spans_lines && newline_semicolon {
                        return Some(Semi(SemiKind::Newline));
                    }
                    // A comment on one line keeps the pending semicolon
                    // decision (`next_token` still holds it) for what follows.
                    return None;
                }
                self.assign_op(BinaryOp::Div)
            }
            '%' => self.assign_op(BinaryOp::Rem),
            '&' => {
                if self.eat('&') {
                    Operator(BinaryOp::LogAnd)
                } else if self.eat('^') {
                    self.assign_op(BinaryOp::AndNot)
                } else {
                    self.assign_op(BinaryOp::And)
                }
            }
            '|' => {
                if self.eat('|') {
                    Operator(BinaryOp::LogOr)
                } else {
                    self.assign_op(BinaryOp::Or)
                }
            }
            '^' => self.assign_op(BinaryOp::Xor),
            '<' => {
                if self.eat('=') {
                    Operator(BinaryOp::Le)
                } else if self.eat('<') {
                    self.assign_op(BinaryOp::Shl)
                } else if self.eat('-') {
                    Arrow
                } else {
                    Operator(BinaryOp::Lt)
                }
            }
            '>' => {
                if self.eat('=') {
                    Operator(BinaryOp::Ge)
                } else if self.eat('>') {
                    self.assign_op(BinaryOp::Shr)
                } else {
                    Operator(BinaryOp::Gt)
                }
            }
            '=' => {
                if self.eat('=') {
                    Operator(BinaryOp::Eq)
                } else {
                    Assign
                }
            }
            '!' => {
                if self.eat('=') {
                    Operator(BinaryOp::Ne)
                } else {
                    Not
                }
            }
            '~' => Tilde,
            _ => {
                let message = format!("invalid character {}", format_unicode(c as u32));
                self.error_at(self.token_start, message);
                return None;
            }
        };
        Some(kind)
    }

    /// The current character, `None` at the end of input.
    fn current_char(&self) -> Option<char> {
        u32::try_from(self.ch).ok().and_then(char::from_u32)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.ch == c as i32 {
            self.next_char();
            true
        } else {
            false
        }
    }

    fn is_decimal_here(&self) -> bool {
        (b'0' as i32..=b'9' as i32).contains(&self.ch)
    }

    fn assign_op(&mut self, op: BinaryOp) -> TokenKind {
        if self.eat('=') {
            TokenKind::AssignOp(op)
        } else {
            TokenKind::Operator(op)
        }
    }

    /// Whether the non-ASCII `ch` may be part of an identifier; reports the
    /// characters gc rejects, which are still consumed so lexing goes on.
    fn ident_char_ok(&mut self, ch: char, first: bool) -> bool {
        if ch.is_alphabetic() || ch == '_' {
            return true;
        }
        if ch.is_numeric() && is_unicode_digit(ch) {
            if first {
                self.error_here(format!(
                    "identifier cannot begin with digit {}",
                    format_unicode(ch as u32)
                ));
            }
            return true;
        }
        if !ch.is_ascii() {
            self.error_here(format!(
                "invalid character {} in identifier",
                format_unicode(ch as u32)
            ));
            return true;
        }
        false
    }

    fn identifier(&mut self) -> TokenKind {
        while let Some(ch) = self.current_char() {
            let continues = is_letter(ch)
                || ch.is_ascii_digit()
                || (!ch.is_ascii() && self.ident_char_ok(ch, false));
            if !continues {
                break;
            }
            self.next_char();
        }
        let word = &self.text[self.token_start..self.ch_offset];
        if let Some(keyword) = TokenKind::keyword(word) {
            self.newline_semicolon = matches!(
                keyword,
                TokenKind::Break | TokenKind::Continue | TokenKind::Fallthrough | TokenKind::Return
            );
            return keyword;
        }
        self.newline_semicolon = true;
        TokenKind::Name
    }

    /// Scans `{ digit | '_' }` in `base`, recording the first decimal digit
    /// too large for the base (bases up to 10). Returns bit 0 if a digit was
    /// seen and bit 1 if a separator was.
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u32 {
        let mut seen = 0;
        while let Some(ch) = self.current_char() {
            if ch == '_' {
                seen |= 2;
            } else if base <= 10 && ch.is_ascii_digit() {
                if ch.to_digit(10).unwrap_or(0) >= base && invalid.is_none() {
                    *invalid = Some(self.ch_offset - self.token_start);
                }
                seen |= 1;
            } else if base == 16 && ch.is_ascii_hexdigit() {
                seen |= 1;
            } else {
                break;
            }
            self.next_char();
        }
        seen
    }

    /// Scans a number whose first character `first` is already consumed
    /// (`first` is '.' when `seen_point`).
    fn number(&mut self, first: char, seen_point: bool) -> TokenKind {
        let mut ok = true;
        let mut kind = LitKind::Int;
        let mut base = 10;
        let mut prefix = ' ';
        let mut digit_sep = 0;
        let mut invalid = None;
        let mut seen_point = seen_point;
        if !seen_point {
            if first == '0' {
                match lower(self.ch) {
                    'x' => {
                        self.next_char();
                        base = 16;
                        prefix = 'x';
                    }
                    'o' => {
                        self.next_char();
                        base = 8;
                        prefix = 'o';
                    }
                    'b' => {
                        self.next_char();
                        base = 2;
                        prefix = 'b';
                    }
                    _ => {
                        base = 8;
                        prefix = '0';
                        digit_sep = 1;
                    }
                }
            } else {
                digit_sep = 1;
            }
            digit_sep |= self.digits(base, &mut invalid);
            if self.ch == '.' as i32 {
                if prefix == 'o' || prefix == 'b' {
                    self.error_here(format!(
                        "invalid radix point in {} literal",
                        base_name(base)
                    ));
                    ok = false;
                }
                self.next_char();
                seen_point = true;
            }
        }
        if seen_point {
            kind = LitKind::Float;
            digit_sep |= self.digits(base, &mut invalid);
        }
        if digit_sep & 1 == 0 && ok {
            self.error_here(format!("{} literal has no digits", base_name(base)));
            ok = false;
        }
        let exponent = lower(self.ch);
        if exponent == 'e' || exponent == 'p' {
            if ok {
                if exponent == 'e' && prefix != ' ' && prefix != '0' {
                    self.error_here(format!(
                        "{} exponent requires decimal mantissa",
                        quote_rune(self.ch as u32)
                    ));
                    ok = false;
                } else if exponent == 'p' && prefix != 'x' {
                    self.error_here(format!(
                        "{} exponent requires hexadecimal mantissa",
                        quote_rune(self.ch as u32)
                    ));
                    ok = false;
                }
            }
            self.next_char();
            kind = LitKind::Float;
            if self.ch == '+' as i32 || self.ch == '-' as i32 {
                self.next_char();
            }
            let mut ignored = None;
            digit_sep = self.digits(10, &mut ignored) | (digit_sep & 2);
            if digit_sep & 1 == 0 && ok {
                self.error_here("exponent has no digits");
                ok = false;
            }
        } else if prefix == 'x' && kind == LitKind::Float && ok {
            self.error_here("hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }
        if self.ch == 'i' as i32 {
            kind = LitKind::Imag;
            self.next_char();
        }
        let text = &self.text[self.token_start..self.ch_offset];
        if kind == LitKind::Int && ok {
            if let Some(index) = invalid {
                let digit = text.as_bytes().get(index).copied().unwrap_or(b'0');
                let message = format!(
                    "invalid digit {} in {} literal",
                    quote_rune(digit as u32),
                    base_name(base)
                );
                self.error_at(self.token_start + index, message);
                ok = false;
            }
        }
        if digit_sep & 2 != 0 && ok {
            if let Some(index) = invalid_separator(text) {
                self.error_at(
                    self.token_start + index,
                    "'_' must separate successive digits",
                );
            }
        }
        self.newline_semicolon = true;
        TokenKind::Literal(kind)
    }

    fn rune(&mut self) -> TokenKind {
        let mut ok = true;
        let mut count = 0;
        loop {
            if self.ch == '\'' as i32 {
                if ok {
                    if count == 0 {
                        self.error_here("empty rune literal or unescaped '");
                    } else if count != 1 {
                        self.error_at(self.token_start, "more than one character in rune literal");
                    }
                }
                self.next_char();
                break;
            }
            if self.ch == '\\' as i32 {
                self.next_char();
                if !self.escape('\'') {
                    ok = false;
                }
                count += 1;
                continue;
            }
            if self.ch == '\n' as i32 {
                if ok {
                    self.error_here("newline in rune literal");
                }
                break;
            }
            if self.ch == EOF_CHAR {
                if ok {
                    self.error_at(self.token_start, "rune literal not terminated");
                }
                break;
            }
            self.next_char();
            count += 1;
        }
        self.newline_semicolon = true;
        TokenKind::Literal(LitKind::Char)
    }

    fn interpreted_string(&mut self) -> TokenKind {
        loop {
            if self.ch == '"' as i32 {
                self.next_char();
                break;
            }
            if self.ch == '\\' as i32 {
                self.next_char();
                self.escape('"');
                continue;
            }
            if self.ch == '\n' as i32 {
                self.error_here("newline in string");
                break;
            }
            if self.ch == EOF_CHAR {
                self.error_at(self.token_start, "string not terminated");
                break;
            }
            self.next_char();
        }
        self.newline_semicolon = true;
        TokenKind::Literal(LitKind::String)
    }

    fn raw_string(&mut self) -> TokenKind {
        loop {
            if self.ch == '`' as i32 {
                self.next_char();
                break;
            }
            if self.ch == EOF_CHAR {
                self.error_at(self.token_start, "string not terminated");
                break;
            }
            self.next_char();
        }
        self.newline_semicolon = true;
        TokenKind::Literal(LitKind::String)
    }

    /// Skips the rest of a `/* */` comment; false if the file ends first.
    fn skip_block_comment(&mut self) -> bool {
        while self.ch != EOF_CHAR {
            if self.ch == '*' as i32 {
                self.next_char();
                if self.ch == '/' as i32 {
                    self.next_char();
                    return true;
                }
                continue;
            }
            self.next_char();
        }
        false
    }

    /// Checks one escape sequence after its backslash; false if invalid.
    fn escape(&mut self, quote: char) -> bool {
        let (count, base, max): (u32, u32, u32) = match self.ch {
            c if c == quote as i32 => {
                self.next_char();
                return true;
            }
            c if "abfnrtv\\".chars().any(|e| e as i32 == c) => {
                self.next_char();
                return true;
            }
            c if (b'0' as i32..=b'7' as i32).contains(&c) => (3, 8, 255),
            c if c == 'x' as i32 => {
                self.next_char();
                (2, 16, 255)
            }
            c if c == 'u' as i32 => {
                self.next_char();
                (4, 16, 0x10ffff)
            }
            c if c == 'U' as i32 => {
                self.next_char();
                (8, 16, 0x10ffff)
            }
            EOF_CHAR => return true,
            _ => {
                self.error_here("unknown escape");
                return false;
            }
        };
        let mut value: u32 = 0;
        for _ in 0..count {
            if self.ch == EOF_CHAR {
                return true;
            }
            let digit = char::from_u32(self.ch as u32)
                .and_then(|c| c.to_digit(16))
                .unwrap_or(base);
            if digit >= base {
                let message = format!(
                    "invalid character {} in {} escape",
                    quote_rune(self.ch as u32),
                    base_name(base)
                );
                self.error_here(message);
                return false;
            }
            value = value.wrapping_mul(base).wrapping_add(digit);
            self.next_char();
        }
        if value > max && base == 8 {
            self.error_here(format!("octal escape value {value} > 255"));
            return false;
        }
        if value > max || (0xd800..0xe000).contains(&value) {
            self.error_here(format!(
                "escape is invalid Unicode code point {}",
                format_unicode(value)
            ));
            return false;
        }
        true
    }
}

fn is_letter(ch: char) -> bool {
    ch.is_ascii_alphabetic() || ch == '_'
}

/// Approximates Go's `unicode.IsDigit` (category Nd) for non-ASCII characters.
fn is_unicode_digit(ch: char) -> bool {
    ch.is_numeric() && !ch.is_alphabetic()
}

fn lower(ch: i32) -> char {
    char::from_u32(ch as u32)
        .filter(|_| ch >= 0)
        .map(|c| c.to_ascii_lowercase())
        .unwrap_or('\0')
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Index of the first misplaced `_` in a number literal, if any: a separator
/// must sit between two digits (a base prefix counts as a digit).
pub(crate) fn invalid_separator(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut hex = false;
    // Previous character class: '_', '0' (a digit) or '.' (anything else).
    let mut class = b'.';
    let mut index = 0;
    if bytes.len() >= 2 && bytes[0] == b'0' {
        let x = bytes[1].to_ascii_lowercase();
        if x == b'x' || x == b'o' || x == b'b' {
            hex = x == b'x';
            class = b'0';
            index = 2;
        }
    }
    while index < bytes.len() {
        let previous = class;
        let b = bytes[index];
        if b == b'_' {
            class = b'_';
            if previous != b'0' {
                return Some(index);
            }
        } else if b.is_ascii_digit() || (hex && b.is_ascii_hexdigit()) {
            class = b'0';
        } else {
            if previous == b'_' {
                return Some(index - 1);
            }
            class = b'.';
        }
        index += 1;
    }
    if class == b'_' {
        return Some(bytes.len() - 1);
    }
    None
}

/// Go's `%#U`: `U+0040 '@'` (the quoted character only when printable).
pub fn format_unicode(code: u32) -> String {
    match char::from_u32(code) {
        Some(c) if is_printable(c) => format!("U+{code:04X} '{c}'"),
        _ => format!("U+{code:04X}"),
    }
}

/// Approximates Go's `strconv.IsPrint`: graphic characters and the ASCII
/// space; not controls, other spaces, format characters, surrogates,
/// private use or noncharacters.
fn is_printable(c: char) -> bool {
    let code = c as u32;
    if c == ' ' {
        return true;
    }
    !(c.is_control()
        || c.is_whitespace()
        || matches!(code, 0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e)
        || matches!(code, 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x206f | 0xfeff)
        || matches!(code, 0xfff9..=0xfffb | 0xe000..=0xf8ff | 0xf0000..)
        || (code & 0xfffe) == 0xfffe
        || (0xfdd0..=0xfdef).contains(&code))
}

/// Go's `%q` for a rune: `'a'`, `'\n'`, `'\x00'`.
pub fn quote_rune(code: u32) -> String {
    match char::from_u32(code) {
        Some('\'') => "'\\''".to_string(),
        Some('\\') => "'\\\\'".to_string(),
        Some('\n') => "'\\n'".to_string(),
        Some('\t') => "'\\t'".to_string(),
        Some('\r') => "'\\r'".to_string(),
        Some('\u{7}') => "'\\a'".to_string(),
        Some('\u{8}') => "'\\b'".to_string(),
        Some('\u{c}') => "'\\f'".to_string(),
        Some('\u{b}') => "'\\v'".to_string(),
        Some(c) if is_printable(c) => format!("'{c}'"),
        Some(c) if (c as u32) < 0x80 => format!("'\\x{:02x}'", c as u32),
        Some(c) if (c as u32) < 0x10000 => format!("'\\u{:04x}'", c as u32),
        _ => format!("'\\U{code:08x}'"),
    }
}
