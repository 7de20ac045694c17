//! Integration tests of the tool subcommands and flags: `weft build` and running or
//! disassembling `.wbc` files (and refusing bad ones), `weft run --stats`, `--profile`,
//! `--max-instructions`, `--max-heap`, and `weft trace` (checked with a small JSON parser).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn weft() -> Command {
    Command::new(env!("CARGO_BIN_EXE_weft"))
}

/// A fresh directory for one test.
fn temp_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("weft-tools-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &std::path::Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn run(cmd: &mut Command) -> Output {
    cmd.stdin(Stdio::null()).output().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

const FIB: &str = "package main\n\nimport \"fmt\"\n\nfunc fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\n\nfunc main() { fmt.Println(fib(22)) }\n";

/// Three goroutines in a pipeline (generate → square → print) plus main.
const PIPELINE: &str = r#"package main

import "fmt"

func generate(n int, out chan<- int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func square(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func printer(in <-chan int, done chan<- int) {
	sum := 0
	for v := range in {
		sum += v
	}
	done <- sum
}

func main() {
	a, b, done := make(chan int), make(chan int), make(chan int)
	go generate(100, a)
	go square(a, b)
	go printer(b, done)
	fmt.Println(<-done)
}
"#;

#[test]
fn build_then_run_and_disasm_the_bytecode_file() {
    let dir = temp_dir("build");
    let source = write(&dir, "fib.go", FIB);
    let wbc = dir.join("fib.wbc");
    let out = run(weft().arg("build").arg(&source).arg("-o").arg(&wbc));
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(&wbc).unwrap();
    assert!(bytes.starts_with(b"WEFTWBC\0"));
    let out = run(weft().arg("run").arg(&wbc).arg("extra-arg"));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "17711\n");
    let from_file = run(weft().arg("disasm").arg(&wbc));
    let from_source = run(weft().arg("disasm").arg(&source));
    assert!(from_file.status.success());
    assert_eq!(from_file.stdout, from_source.stdout);
    assert!(String::from_utf8_lossy(&from_file.stdout).contains("func main.fib"));
}

#[test]
fn build_writes_next_to_the_name_by_default() {
    let dir = temp_dir("default-name");
    write(
        &dir,
        "hello.go",
        "package main\n\nfunc main() { println(\"hi\") }\n",
    );
    let out = run(weft().current_dir(&dir).args(["build", "hello.go"]));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.join("hello.wbc").is_file());
}

#[test]
fn build_reports_compile_errors_with_status_1() {
    let dir = temp_dir("build-error");
    let source = write(&dir, "bad.go", "package main\n\nfunc main() { x := 1 }\n");
    let out = run(weft()
        .arg("build")
        .arg(&source)
        .arg("-o")
        .arg(dir.join("bad.wbc")));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("declared and not used: x"));
    assert!(!dir.join("bad.wbc").exists());
}

/// Every kind of damage gives exit status 1 and one line on standard error naming the file.
#[test]
fn damaged_bytecode_files_are_refused_with_one_line() {
    let dir = temp_dir("damaged");
    let source = write(&dir, "fib.go", FIB);
    let wbc = dir.join("fib.wbc");
    assert!(run(weft().arg("build").arg(&source).arg("-o").arg(&wbc))
        .status
        .success());
    let good = std::fs::read(&wbc).unwrap();
    let mut flipped = good.clone();
    flipped[good.len() / 2] ^= 0x40;
    let mut wrong_format = good.clone();
    wrong_format[8] = 99;
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", Vec::new(), "bad magic"),
        ("truncated", good[..good.len() / 3].to_vec(), "checksum"),
        ("flipped", flipped, "checksum"),
        ("format", wrong_format, "format version 99"),
        ("text", b"package main\n".to_vec(), "bad magic"),
    ];
    for (name, bytes, expected) in cases {
        let path = dir.join(format!("{name}.wbc"));
        std::fs::write(&path, bytes).unwrap();
        for command in ["run", "disasm"] {
            let out = run(weft().arg(command).arg(&path));
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(1), "{command} {name}: {err}");
            assert_eq!(err.lines().count(), 1, "{command} {name}: {err}");
            assert!(err.contains(expected), "{command} {name}: {err}");
            assert!(err.contains(&format!("{name}.wbc")), "{err}");
        }
    }
}

/// A file that decodes but names a native this weft lacks, or an out-of-range index, is
/// refused before it runs.
#[test]
fn bytecode_with_unknown_natives_or_bad_indices_is_refused() {
    let program = weft::Engine::new()
        .compile(vec![("fib.go".into(), FIB.into())])
        .unwrap();
    let dir = temp_dir("refused");
    let mut unknown_native = (*program).clone();
    unknown_native.natives.push("strings.NoSuchThing".into());
    let mut bad_constant = (*program).clone();
    let main = bad_constant
        .funcs
        .iter()
        .position(|f| f.name == "main.main")
        .unwrap();
    bad_constant.funcs[main]
        .code
        .insert(0, weft_vm::op::Op::PushConst(1_000_000));
    for (name, program, expected) in [
        (
            "native",
            unknown_native,
            "native function strings.NoSuchThing",
        ),
        ("constant", bad_constant, "constant 1000000 does not exist"),
    ] {
        let path = dir.join(format!("{name}.wbc"));
        std::fs::write(&path, weft_vm::bytecode_file::encode(&program)).unwrap();
        let out = run(weft().arg("run").arg(&path));
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(err.contains(expected), "{err}");
    }
}

#[test]
fn stats_prints_the_counters_after_the_program() {
    let dir = temp_dir("stats");
    let source = write(&dir, "pipeline.go", PIPELINE);
    let out = run(weft().args(["run", "--stats"]).arg(&source));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "338350\n");
    let err = stderr(&out);
    let field = |name: &str| -> u64 {
        let line = err
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("no {name} in {err}"));
        line[name.len()..]
            .split_whitespace()
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    assert_eq!(field("goroutines created:"), 4);
    assert!(field("instructions:") > 100);
    assert!(field("context switches:") >= 100, "{err}");
    assert!(field("peak heap:") > 0);
    assert!(err.contains("gc cycles:") && err.contains("gc pause total:"));
}

#[test]
fn profile_writes_folded_stacks() {
    let dir = temp_dir("profile");
    let source = write(&dir, "fib.go", FIB);
    let profile = dir.join("prof.txt");
    let out = run(weft()
        .arg("run")
        .arg("--profile")
        .arg(&profile)
        .arg(&source));
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&profile).unwrap();
    let mut total = 0u64;
    let mut deepest_fib = 0;
    for line in text.lines() {
        let (stack, count) = line.rsplit_once(' ').expect("`stack count` lines");
        total += count.parse::<u64>().expect("a count");
        assert!(!stack.is_empty() && !stack.contains(' '), "{line}");
        let frames: Vec<&str> = stack.split(';').collect();
        deepest_fib = deepest_fib.max(frames.iter().filter(|f| **f == "main.fib").count());
        if frames.contains(&"main.fib") {
            assert!(stack.contains("main.main;main.fib"), "{line}");
        }
    }
    // fib(22) makes about 57,000 calls, each a budget tick, almost all under main.fib.
    assert!(total > 50_000, "{total}\n{text}");
    assert!(deepest_fib > 5, "{text}");
}

#[test]
fn max_instructions_stops_an_endless_loop() {
    let dir = temp_dir("max-instructions");
    let source = write(
        &dir,
        "spin.go",
        "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n",
    );
    // The limit is exact even when a slice is longer than what it leaves.
    let out = run(weft()
        .args(["run", "--max-instructions", "100000", "--quantum", "30000"])
        .arg(&source));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(
        err,
        "fatal error: instruction limit exceeded (100000 >= max-instructions 100000)\n"
    );
}

#[test]
fn max_heap_stops_a_growing_heap() {
    let dir = temp_dir("max-heap");
    let source = write(
        &dir,
        "grow.go",
        "package main\n\nfunc main() {\n\tvar keep [][]int\n\tfor i := 0; ; i++ {\n\t\tkeep = append(keep, make([]int, 1000))\n\t}\n}\n",
    );
    let out = run(weft().args(["run", "--max-heap", "8M"]).arg(&source));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.starts_with("fatal error: heap limit exceeded") && err.contains("max-heap 8388608"),
        "{err}"
    );
    // The heap is judged when an allocation crosses the limit, not a slice later: the
    // live heap reported is within a few allocations (8 KB each) of the limit.
    let live: usize = err
        .split("live heap ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!((8_388_608..8_388_608 + 64 * 1024).contains(&live), "{err}");
    let bad = run(weft().args(["run", "--max-heap", "lots"]).arg(&source));
    assert_eq!(bad.status.code(), Some(2), "clap's usage error status");
}

#[test]
fn limits_do_not_change_a_program_within_them() {
    let dir = temp_dir("within-limits");
    let source = write(&dir, "fib.go", FIB);
    let out = run(weft()
        .args(["run", "--max-instructions", "100000000", "--max-heap", "1G"])
        .arg(&source));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "17711\n");
}

#[test]
fn help_shows_examples_for_every_subcommand() {
    for (command, example) in [
        ("run", "weft run --profile"),
        ("build", "weft build hello.go -o hello.wbc"),
        ("disasm", "weft disasm hello.wbc"),
        ("trace", "weft trace pipeline.go -o trace.json"),
        ("check", "weft check hello.go"),
    ] {
        let out = run(weft().args([command, "--help"]));
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(example), "{command} --help:\n{text}");
    }
}

#[test]
fn trace_writes_chrome_trace_events_with_a_track_per_goroutine() {
    let dir = temp_dir("trace");
    let source = write(&dir, "pipeline.go", PIPELINE);
    let trace = dir.join("trace.json");
    let out = run(weft()
        .args(["trace", "--quantum", "50"])
        .arg(&source)
        .arg("-o")
        .arg(&trace));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "338350\n");
    let text = std::fs::read_to_string(&trace).unwrap();
    let document = Json::parse(&text).unwrap_or_else(|e| panic!("invalid JSON ({e}):\n{text}"));
    let events = match document.get("traceEvents") {
        Some(Json::Array(events)) => events,
        _ => panic!("no traceEvents array"),
    };
    let mut track_names = BTreeMap::new();
    let mut kinds = BTreeMap::new();
    for event in events {
        let ph = event.get("ph").and_then(Json::as_str).expect("ph");
        assert!(event.get("pid").and_then(Json::as_number).is_some(), "pid");
        let tid = event.get("tid").and_then(Json::as_number).expect("tid") as u64;
        if ph == "M" {
            if event.get("name").and_then(Json::as_str) == Some("thread_name") {
                let name = event.get("args").and_then(|a| a.get("name"));
                track_names.insert(tid, name.and_then(Json::as_str).unwrap().to_string());
            }
            continue;
        }
        let ts = event.get("ts").and_then(Json::as_number).expect("ts");
        assert!(ts >= 0.0);
        if ph == "X" {
            let dur = event.get("dur").and_then(Json::as_number).expect("dur");
            assert!(dur >= 0.0);
        }
        let name = event.get("name").and_then(Json::as_str).expect("name");
        *kinds.entry(format!("{ph} {name}")).or_insert(0) += 1;
        if name == "chan send" || name == "chan receive" {
            let channel = event.get("args").and_then(|a| a.get("channel"));
            assert!(channel.and_then(Json::as_number).is_some(), "channel id");
        }
    }
    let names: Vec<&String> = track_names.values().collect();
    for expected in [
        "goroutine 1 (main.main)",
        "goroutine 2 (main.generate)",
        "goroutine 3 (main.square)",
        "goroutine 4 (main.printer)",
        "garbage collector",
    ] {
        assert!(
            names.iter().any(|n| *n == expected),
            "no track {expected}: {names:?}"
        );
    }
    assert_eq!(kinds.get("i go"), Some(&3), "{kinds:?}");
    for kind in ["i chan send", "i chan receive", "i wake", "i exit"] {
        assert!(
            kinds.get(kind).is_some_and(|n| *n > 0),
            "no {kind}: {kinds:?}"
        );
    }
}

#[test]
fn the_test_json_parser_accepts_json_and_rejects_the_rest() {
    let value = Json::parse(r#"{"a": [true, false, null, -1.5e3, "x\u0041\n"], "b": {}}"#).unwrap();
    match value.get("a") {
        Some(Json::Array(items)) => {
            assert!(matches!(items[0], Json::Bool(true)));
            assert!(matches!(items[1], Json::Bool(false)));
            assert!(matches!(items[2], Json::Null));
            assert_eq!(items[3].as_number(), Some(-1500.0));
            assert_eq!(items[4].as_str(), Some("xA\n"));
        }
        other => panic!("{other:?}"),
    }
    for bad in [
        "{",
        "[1,]",
        "{\"a\" 1}",
        "\"\u{1}\"x",
        "[1] 2",
        "\"tab\there\"",
    ] {
        assert!(Json::parse(bad).is_err(), "{bad}");
    }
}

/// A JSON value, parsed by the small recursive parser below (enough to check a trace).
#[derive(Debug)]
enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    fn parse(text: &str) -> Result<Json, String> {
        let mut parser = JsonParser {
            bytes: text.as_bytes(),
            pos: 0,
        };
        let value = parser.value(0)?;
        parser.skip_space();
        if parser.pos != parser.bytes.len() {
            return Err(format!("trailing text at {}", parser.pos));
        }
        Ok(value)
    }
    fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }
    fn as_number(&self) -> Option<f64> {
        match self {
            Json::Number(n) => Some(*n),
            _ => None,
        }
    }
}

struct JsonParser<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl JsonParser<'_> {
    fn skip_space(&mut self) {
        while self.pos < self.bytes.len() && b" \t\r\n".contains(&self.bytes[self.pos]) {
            self.pos += 1;
        }
    }
    fn expect(&mut self, byte: u8) -> Result<(), String> {
        self.skip_space();
        if self.bytes.get(self.pos) == Some(&byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(format!("expected {:?} at {}", byte as char, self.pos))
        }
    }
    fn value(&mut self, depth: usize) -> Result<Json, String> {
        if depth > 64 {
            return Err("nested too deep".into());
        }
        self.skip_space();
        match self.bytes.get(self.pos) {
            Some(b'{') => {
                self.pos += 1;
                let mut fields = Vec::new();
                self.skip_space();
                if self.bytes.get(self.pos) == Some(&b'}') {
                    self.pos += 1;
                    return Ok(Json::Object(fields));
                }
                loop {
                    self.skip_space();
                    let key = self.string()?;
                    self.expect(b':')?;
                    fields.push((key, self.value(depth + 1)?));
                    self.skip_space();
                    match self.bytes.get(self.pos) {
                        Some(b',') => self.pos += 1,
                        Some(b'}') => {
                            self.pos += 1;
                            return Ok(Json::Object(fields));
                        }
                        _ => return Err(format!("expected , or }} at {}", self.pos)),
                    }
                }
            }
            Some(b'[') => {
                self.pos += 1;
                let mut items = Vec::new();
                self.skip_space();
                if self.bytes.get(self.pos) == Some(&b']') {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.skip_space();
                    match self.bytes.get(self.pos) {
                        Some(b',') => self.pos += 1,
                        Some(b']') => {
                            self.pos += 1;
                            return Ok(Json::Array(items));
                        }
                        _ => return Err(format!("expected , or ] at {}", self.pos)),
                    }
                }
            }
            Some(b'"') => Ok(Json::String(self.string()?)),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => {
                let start = self.pos;
                while self.pos < self.bytes.len()
                    && b"+-.eE0123456789".contains(&self.bytes[self.pos])
                {
                    self.pos += 1;
                }
                let text = std::str::from_utf8(&self.bytes[start..self.pos]).unwrap();
                text.parse()
                    .map(Json::Number)
                    .map_err(|_| format!("bad number {text:?} at {start}"))
            }
            _ => Err(format!("unexpected character at {}", self.pos)),
        }
    }
    fn literal(&mut self, word: &str, value: Json) -> Result<Json, String> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(format!("bad literal at {}", self.pos))
        }
    }
    fn string(&mut self) -> Result<String, String> {
        if self.bytes.get(self.pos) != Some(&b'"') {
            return Err(format!("expected a string at {}", self.pos));
        }
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            match self.bytes.get(self.pos) {
                None => return Err("unterminated string".into()),
                Some(b'"') => {
                    self.pos += 1;
                    return String::from_utf8(out).map_err(|_| "string is not UTF-8".into());
                }
                Some(b'\\') => {
                    let escaped = *self.bytes.get(self.pos + 1).ok_or("bad escape")?;
                    self.pos += 2;
                    match escaped {
                        b'"' | b'\\' | b'/' => out.push(escaped),
                        b'n' => out.push(b'\n'),
                        b't' => out.push(b'\t'),
                        b'r' => out.push(b'\r'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'u' => {
                            let hex = self
                                .bytes
                                .get(self.pos..self.pos + 4)
                                .and_then(|h| std::str::from_utf8(h).ok())
                                .and_then(|h| u32::from_str_radix(h, 16).ok())
                                .ok_or("bad \\u escape")?;
                            self.pos += 4;
                            let c = char::from_u32(hex).unwrap_or('\u{FFFD}');
                            out.extend_from_slice(c.to_string().as_bytes());
                        }
                        _ => return Err(format!("bad escape at {}", self.pos)),
                    }
                }
                Some(b) if *b < 0x20 => return Err(format!("control character at {}", self.pos)),
                Some(b) => {
                    out.push(*b);
                    self.pos += 1;
                }
            }
        }
    }
}
