//! Natives of package regexp: Go's RE2 syntax compiled by the `regex` crate.
//!
//! Go and the regex crate agree on the syntax and on leftmost-first matching; they differ
//! where Go is ASCII-only (`\d`, `\w`, `\s`, `\b`), where Go reads text literally that the
//! crate treats as syntax (`[` and `&&`/`~~` inside a class, a `{` that starts no valid
//! repeat count), and in `\Q...\E`, which the crate lacks. `translate` rewrites a Go
//! pattern into an equivalent crate pattern; errors are reported in Go's words from a
//! parse of the original pattern.
//!
//! Compiled expressions live in a process-wide table keyed by an id the Go `Regexp`
//! holds; one pattern compiles once per process (the table is keyed by pattern text), so a
//! program compiling the same expression in a loop does not grow it.

use super::values::{arg_bytes, arg_int};
use regex::bytes::Regex;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use weft_vm::value::Value;
use weft_vm::{NativeCtx, NativeError, NativeRegistry};

pub fn register(r: &mut NativeRegistry) {
    r.register("regexp.compileNative", compile);
    r.register("regexp.matchNative", find_at);
}

/// Go's limit on repeat counts (`{n,m}` with n or m above it is an error).
const MAX_REPEAT: u32 = 1000;

#[derive(Default)]
struct Table {
    by_pattern: HashMap<Vec<u8>, i64>,
    compiled: Vec<Arc<Regex>>,
}

fn table() -> &'static Mutex<Table> {
    static TABLE: OnceLock<Mutex<Table>> = OnceLock::new();
    TABLE.get_or_init(|| Mutex::new(Table::default()))
}

fn compiled(id: i64) -> Option<Arc<Regex>> {
    let table = table().lock().unwrap_or_else(|e| e.into_inner());
    table.compiled.get(usize::try_from(id).ok()?).cloned()
}

/// `compileNative(expr string) (id int, names []string, code string, fragment string)`:
/// the id and the capture names (first: "" for the whole match), or gc's error code and
/// the offending fragment of expr.
fn compile(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let expr = arg_bytes(args, 0).to_vec();
    match compile_pattern(&expr) {
        Ok((id, names)) => {
            ctx.ret(Value::Int(id));
            let names = names.iter().map(|n| Value::str(n.as_bytes())).collect();
            let slice = ctx.new_slice(names);
            ctx.ret(slice);
            ctx.ret(Value::str(b""));
            ctx.ret(Value::str(b""));
        }
        Err((code, fragment)) => {
            ctx.ret(Value::Int(-1));
            ctx.ret(Value::Nil);
            ctx.ret(Value::str(code.as_bytes()));
            ctx.ret(Value::str(fragment.as_bytes()));
        }
    }
    Ok(())
}

fn compile_pattern(expr: &[u8]) -> Result<(i64, Vec<String>), (&'static str, String)> {
    let mut table = table().lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&id) = table.by_pattern.get(expr) {
        let names = capture_names(&table.compiled[id as usize]);
        return Ok((id, names));
    }
    let Ok(text) = std::str::from_utf8(expr) else {
        return Err(("invalid UTF-8", String::from_utf8_lossy(expr).into_owned()));
    };
    let translated = translate(text)?;
    let regex = match regex::bytes::RegexBuilder::new(&translated).build() {
        Ok(regex) => regex,
        Err(regex::Error::CompiledTooBig(_)) => {
            return Err(("expression too large", text.to_string()))
        }
        Err(_) => return Err(go_error(text)),
    };
    let names = capture_names(&regex);
    let id = table.compiled.len() as i64;
    table.compiled.push(Arc::new(regex));
    table.by_pattern.insert(expr.to_vec(), id);
    Ok((id, names))
}

fn capture_names(regex: &Regex) -> Vec<String> {
    regex
        .capture_names()
        .map(|n| n.unwrap_or("").to_string())
        .collect()
}

/// `matchNative(id int, s string, start int) []int`: the submatch index pairs of the
/// leftmost-first match starting at or after byte `start` (the text before it still
/// counts for `^` and `\b`), -1 for groups that did not take part; nil for no match.
fn find_at(ctx: &mut NativeCtx<'_>, args: &[Value]) -> Result<(), NativeError> {
    let haystack = arg_bytes(args, 1);
    let start = arg_int(args, 2);
    let Some(regex) = compiled(arg_int(args, 0)) else {
        ctx.ret(Value::Nil);
        return Ok(());
    };
    if start < 0 || start as usize > haystack.len() {
        ctx.ret(Value::Nil);
        return Ok(());
    }
    let mut locations = regex.capture_locations();
    if regex
        .captures_read_at(&mut locations, haystack, start as usize)
        .is_none()
    {
        ctx.ret(Value::Nil);
        return Ok(());
    }
    let mut indices = Vec::with_capacity(2 * locations.len());
    for group in 0..locations.len() {
        match locations.get(group) {
            Some((from, to)) => {
                indices.push(Value::Int(from as i64));
                indices.push(Value::Int(to as i64));
            }
            None => {
                indices.push(Value::Int(-1));
                indices.push(Value::Int(-1));
            }
        }
    }
    let slice = ctx.new_slice(indices);
    ctx.ret(slice);
    Ok(())
}

const DIGIT: &str = "0-9";
const WORD: &str = "0-9A-Za-z_";
const SPACE: &str = "\\t\\n\\x0C\\r ";

/// Rewrites a Go pattern into the regex crate's dialect (see the module comment), or
/// reports the Go errors that the crate would not notice (nested repetition, repeat counts
/// over 1000).
fn translate(go: &str) -> Result<String, (&'static str, String)> {
    let chars: Vec<char> = go.chars().collect();
    let mut out = String::with_capacity(go.len() + 8);
    let mut i = 0;
    let mut in_class = false;
    let mut class_start = 0; // index of the '[' that opened the class
                             // Where the last repetition operator began, if the previous item was one.
    let mut last_repeat: Option<usize> = None;
    while i < chars.len() {
        let c = chars[i];
        if in_class {
            match c {
                ']' if i > class_start + 1
                    && !(i == class_start + 2 && chars[class_start + 1] == '^') =>
                {
                    in_class = false;
                    out.push(']');
                    i += 1;
                }
                '[' if chars.get(i + 1) == Some(&':') => {
                    // A POSIX class [:name:] passes through whole.
                    let rest: String = chars[i..].iter().collect();
                    match rest.find(":]") {
                        Some(end) if end >= 2 => {
                            out.push_str(&rest[..end + 2]);
                            i += rest[..end + 2].chars().count();
                        }
                        _ => {
                            out.push_str("\\[");
                            i += 1;
                        }
                    }
                }
                '[' | '&' | '~' => {
                    out.push('\\');
                    out.push(c);
                    i += 1;
                }
                '-' if chars.get(i + 1) == Some(&'-') => {
                    out.push_str("\\-");
                    i += 1;
                }
                '\\' => {
                    match chars.get(i + 1) {
                        Some('d') => out.push_str(DIGIT),
                        Some('w') => out.push_str(WORD),
                        Some('s') => out.push_str(SPACE),
                        Some('D') => out.push_str(&format!("[^{DIGIT}]")),
                        Some('W') => out.push_str(&format!("[^{WORD}]")),
                        Some('S') => out.push_str(&format!("[^{SPACE}]")),
                        Some(&next) => {
                            out.push('\\');
                            out.push(next);
                        }
                        None => {
                            return Err(("trailing backslash at end of expression", String::new()))
                        }
                    }
                    i += 2;
                }
                _ => {
                    out.push(c);
                    i += 1;
                }
            }
            continue;
        }
        match c {
            '[' => {
                in_class = true;
                class_start = i;
                out.push('[');
                i += 1;
                last_repeat = None;
            }
            '\\' => {
                let Some(&next) = chars.get(i + 1) else {
                    return Err(("trailing backslash at end of expression", String::new()));
                };
                match next {
                    'd' => out.push_str("[0-9]"),
                    'w' => out.push_str("[0-9A-Za-z_]"),
                    's' => out.push_str("[\\t\\n\\x0C\\r ]"),
                    'D' => out.push_str("[^0-9]"),
                    'W' => out.push_str("[^0-9A-Za-z_]"),
                    'S' => out.push_str("[^\\t\\n\\x0C\\r ]"),
                    'b' => out.push_str("(?-u:\\b)"),
                    'B' => out.push_str("(?-u:\\B)"),
                    'Q' => {
                        // Literal text up to \E (or the end).
                        let rest: String = chars[i + 2..].iter().collect();
                        let (literal, consumed) = match rest.find("\\E") {
                            Some(end) => (&rest[..end], end + 2),
                            None => (&rest[..], rest.len()),
                        };
                        out.push_str(&format!("(?:{})", regex::escape(literal)));
                        i += 2 + rest[..consumed].chars().count();
                        last_repeat = None;
                        continue;
                    }
                    _ => {
                        out.push('\\');
                        out.push(next);
                    }
                }
                i += 2;
                last_repeat = None;
            }
            '*' | '+' | '?' | '{' => {
                let length = if c == '{' {
                    match repeat_count(&chars[i..]) {
                        Some((length, low, high)) => {
                            if low > MAX_REPEAT || high.is_some_and(|h| h > MAX_REPEAT || h < low) {
                                let text: String = chars[i..i + length].iter().collect();
                                return Err(("invalid repeat count", text));
                            }
                            length
                        }
                        None => {
                            // Not a repeat count: a literal brace in Go.
                            out.push_str("\\{");
                            i += 1;
                            last_repeat = None;
                            continue;
                        }
                    }
                } else {
                    1
                };
                if let Some(previous) = last_repeat {
                    let text: String = chars[previous..i + length].iter().collect();
                    return Err(("invalid nested repetition operator", text));
                }
                let operator: String = chars[i..i + length].iter().collect();
                out.push_str(&operator);
                last_repeat = Some(i);
                i += length;
                // A trailing '?' makes the operator lazy; it is part of it.
                if chars.get(i) == Some(&'?') {
                    out.push('?');
                    i += 1;
                }
            }
            _ => {
                out.push(c);
                i += 1;
                last_repeat = None;
            }
        }
    }
    Ok(out)
}

/// A repeat count `{n}`, `{n,}` or `{n,m}` at the start of chars: its length and bounds.
fn repeat_count(chars: &[char]) -> Option<(usize, u32, Option<u32>)> {
    let mut i = 1;
    let number = |i: &mut usize| -> Option<u32> {
        let start = *i;
        while *i < chars.len() && chars[*i].is_ascii_digit() {
            *i += 1;
        }
        if *i == start || *i - start > 8 {
            return None;
        }
        chars[start..*i].iter().collect::<String>().parse().ok()
    };
    let low = number(&mut i)?;
    let high = match chars.get(i) {
        Some('}') => Some(low),
        Some(',') => {
            i += 1;
            if chars.get(i) == Some(&'}') {
                None
            } else {
                Some(number(&mut i)?)
            }
        }
        _ => return None,
    };
    if chars.get(i) != Some(&'}') {
        return None;
    }
    Some((i + 1, low, high))
}

/// gc's error code and fragment for a pattern the regex crate refused, from a parse of
/// the Go pattern itself.
fn go_error(go: &str) -> (&'static str, String) {
    use regex_syntax::ast::ErrorKind;
    let error = match regex_syntax::ast::parse::Parser::new().parse(go) {
        Ok(_) => return ("invalid or unsupported Perl syntax", go.to_string()),
        Err(error) => error,
    };
    let span = error.span();
    let fragment = go
        .get(span.start.offset..span.end.offset)
        .unwrap_or(go)
        .to_string();
    // Go names a group's error by its text from "(?" through the offending character.
    let group_start = go[..span.start.offset.min(go.len())]
        .rfind("(?")
        .unwrap_or(span.start.offset);
    let through = |end: usize| {
        go.get(group_start..end.min(go.len()))
            .unwrap_or(go)
            .to_string()
    };
    match error.kind() {
        ErrorKind::GroupUnclosed => ("missing closing )", go.to_string()),
        ErrorKind::GroupUnopened => ("unexpected )", go.to_string()),
        ErrorKind::ClassUnclosed => (
            "missing closing ]",
            go.get(span.start.offset..).unwrap_or(go).to_string(),
        ),
        ErrorKind::ClassRangeInvalid => ("invalid character class range", fragment),
        ErrorKind::ClassEscapeInvalid | ErrorKind::EscapeUnrecognized => {
            ("invalid escape sequence", fragment)
        }
        ErrorKind::EscapeUnexpectedEof => {
            ("trailing backslash at end of expression", String::new())
        }
        ErrorKind::RepetitionMissing => {
            let operator = go[span.start.offset..]
                .chars()
                .next()
                .map(String::from)
                .unwrap_or_default();
            ("missing argument to repetition operator", operator)
        }
        ErrorKind::RepetitionCountInvalid => ("invalid repeat count", fragment),
        ErrorKind::GroupNameEmpty
        | ErrorKind::GroupNameInvalid
        | ErrorKind::GroupNameUnexpectedEof
        | ErrorKind::GroupNameDuplicate { .. } => {
            let close = go[span.start.offset..]
                .find('>')
                .map(|i| span.start.offset + i + 1)
                .unwrap_or(go.len());
            ("invalid named capture", through(close))
        }
        ErrorKind::FlagUnrecognized
        | ErrorKind::FlagDanglingNegation
        | ErrorKind::FlagRepeatedNegation { .. }
        | ErrorKind::FlagDuplicate { .. }
        | ErrorKind::FlagUnexpectedEof => (
            "invalid or unsupported Perl syntax",
            through(span.end.offset.max(span.start.offset + 1)),
        ),
        _ => ("invalid or unsupported Perl syntax", fragment),
    }
}

#[cfg(test)]
mod tests {
    use super::translate;

    #[test]
    fn go_classes_become_ascii() {
        assert_eq!(translate(r"\d+\w").unwrap(), "[0-9]+[0-9A-Za-z_]");
        assert_eq!(translate(r"[\d.]").unwrap(), "[0-9.]");
        assert_eq!(translate(r"[a[&~]").unwrap(), r"[a\[\&\~]");
        assert_eq!(translate(r"a{").unwrap(), r"a\{");
        assert_eq!(translate(r"x\Q*.\E+").unwrap(), r"x(?:\*\.)+");
        assert_eq!(
            translate("a**").unwrap_err().0,
            "invalid nested repetition operator"
        );
        assert_eq!(translate("a{1001}").unwrap_err().1, "{1001}");
    }
}
