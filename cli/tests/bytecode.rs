//! Tests of the `.wbc` bytecode file: every corpus program survives encode → decode
//! unchanged and verifies; a sample of them built with `weft build` and run from the file
//! prints its golden output; and thousands of corrupted files are refused cleanly.
//!
//! The whole corpus can run from bytecode through the golden harness:
//! `WEFT_BIN=target/release/weft WEFT_TEST_RUNNER=$PWD/cli/tests/wbc-as-weft.sh cargo test --release -p weft-cli --test golden`.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use weft_vm::bytecode_file::{decode, encode, reseal};
use weft_vm::verify::verify;

/// Every `tests/<category>/<name>.go` outside `tests/errors/`, sorted.
fn corpus_programs() -> Vec<PathBuf> {
    let tests = common::workspace_root().join("tests");
    let mut programs = Vec::new();
    let mut directories = vec![tests.clone()];
    while let Some(directory) = directories.pop() {
        for entry in std::fs::read_dir(&directory).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() && path.file_name().is_some_and(|n| n != "errors") {
                directories.push(path);
            } else if path.extension().is_some_and(|e| e == "go") {
                programs.push(path);
            }
        }
    }
    programs.sort();
    programs
}

fn compile(path: &Path) -> Option<std::sync::Arc<weft_vm::Program>> {
    let text = std::fs::read_to_string(path).ok()?;
    let name = path.file_name()?.to_string_lossy().into_owned();
    weft::Engine::new().compile(vec![(name, text)]).ok()
}

#[test]
fn every_corpus_program_round_trips_and_verifies() {
    let programs = corpus_programs();
    assert!(programs.len() > 100, "corpus not found");
    let compiled = std::sync::atomic::AtomicUsize::new(0);
    let failures: Vec<String> = common::run_in_parallel(&programs, |path| {
        let program = compile(path)?;
        compiled.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let bytes = encode(&program);
        let decoded = match decode(&bytes) {
            Ok(p) => p,
            Err(e) => return Some(format!("{}: decode: {e}", path.display())),
        };
        // Constants may hold NaN, which `PartialEq` never finds equal; the bytes must match.
        if encode(&decoded) != bytes {
            return Some(format!("{}: re-encoding differs", path.display()));
        }
        let has_nan = program
            .constants
            .iter()
            .any(|c| matches!(c, weft_vm::program::Constant::Float(f) if f.is_nan()));
        if !has_nan && decoded != *program {
            return Some(format!("{}: decoded program differs", path.display()));
        }
        verify(&decoded)
            .err()
            .map(|e| format!("{}: {e}", path.display()))
    })
    .into_iter()
    .flatten()
    .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Only programs that are meant not to compile (under tests/crash, say) may be skipped.
    let compiled = compiled.into_inner();
    assert!(
        compiled + 10 >= programs.len(),
        "only {compiled} of {} compiled",
        programs.len()
    );
    eprintln!(
        "{compiled} of {} corpus programs round-trip and verify",
        programs.len()
    );
}

/// Builds `source` with `weft build` into a temporary `.wbc` named after it and runs it.
fn build_and_run(source: &Path, directory: &Path) -> common::Outcome {
    let stem = source.file_stem().unwrap().to_string_lossy().into_owned();
    let wbc = directory.join(format!("{stem}.wbc"));
    let built = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg("build")
        .arg(source)
        .arg("-o")
        .arg(&wbc)
        .status()
        .unwrap();
    assert!(built.success(), "weft build {}", source.display());
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg("run")
        .arg(&wbc)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    common::Outcome {
        status: out.status.code(),
        stdout: out.stdout,
        stderr: out.stderr,
        timed_out: false,
    }
}

#[test]
fn corpus_programs_run_the_same_from_bytecode() {
    let directory = std::env::temp_dir().join(format!("weft-wbc-run-{}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    // A spread of categories: every eighth program (the golden harness can run all of
    // them from bytecode, see the top of this file).
    let sample: Vec<PathBuf> = corpus_programs().into_iter().step_by(8).collect();
    let failures: Vec<String> = common::run_in_parallel(&sample, |path| {
        let expected = std::fs::read(path.with_extension("out")).ok()?;
        let expected_status = std::fs::read_to_string(path.with_extension("rc"))
            .ok()
            .and_then(|s| s.trim().parse::<i32>().ok())
            .unwrap_or(0);
        let outcome = build_and_run(path, &directory);
        if outcome.stdout != expected || outcome.status != Some(expected_status) {
            return Some(format!(
                "{}: {}; {}",
                path.display(),
                outcome.describe_status(),
                common::describe_difference("stdout", &expected, &outcome.stdout)
            ));
        }
        None
    })
    .into_iter()
    .flatten()
    .collect();
    let _ = std::fs::remove_dir_all(&directory);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A small deterministic generator (xorshift) so every run of the fuzz test is the same.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One random corruption: flip a bit, overwrite a byte, truncate, insert or delete bytes,
/// or overwrite four bytes with an extreme value (counts and indices).
fn mutate(bytes: &mut Vec<u8>, rng: &mut Rng) {
    let at = rng.below(bytes.len());
    match rng.below(6) {
        0 => bytes[at] ^= 1 << rng.below(8),
        1 => bytes[at] = rng.next() as u8,
        2 => bytes.truncate(at),
        3 => {
            let n = 1 + rng.below(8);
            for _ in 0..n {
                bytes.insert(at, rng.next() as u8);
            }
        }
        4 => {
            let end = (at + 1 + rng.below(16)).min(bytes.len());
            bytes.drain(at..end);
        }
        _ => {
            let value: u32 = [0, 1, 0x7FFF_FFFF, u32::MAX, rng.next() as u32][rng.below(5)];
            for (i, b) in value.to_le_bytes().iter().enumerate() {
                if let Some(slot) = bytes.get_mut(at + i) {
                    *slot = *b;
                }
            }
        }
    }
}

const FUZZ_PROGRAM: &str = r#"package main

import (
	"fmt"
	"strings"
)

type shape interface{ area() int }

type rect struct{ w, h int }

func (r rect) area() int { return r.w * r.h }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	ch := make(chan int, 2)
	done := make(chan bool)
	go func() {
		sum := 0
		for v := range ch {
			sum += v
		}
		fmt.Println("sum", sum)
		done <- true
	}()
	m := map[string]int{}
	for i := 0; i < 10; i++ {
		ch <- i
		m[strings.Repeat("x", i%3)] += i
	}
	close(ch)
	<-done
	var s shape = rect{3, 4}
	fmt.Println(s.area(), len(m))
	fmt.Println(safeDiv(1, 0))
	select {
	case v := <-make(chan int):
		fmt.Println(v)
	default:
		fmt.Println("default")
	}
}
"#;

/// Corrupts a `.wbc` file thousands of times: the decoder and the verifier must refuse it
/// with an error or accept it, never panic. Most corruptions are resealed (checksum fixed)
/// so they reach the section parsers and the verifier instead of the checksum test.
#[test]
fn corrupted_bytecode_is_refused_without_panicking() {
    let program = weft::Engine::new()
        .compile(vec![("fuzz.go".into(), FUZZ_PROGRAM.into())])
        .expect("the fuzz program compiles");
    let original = encode(&program);
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let (mut decoded, mut verified) = (0, 0);
    let mut panics = Vec::new();
    for round in 0..3000 {
        let mut bytes = original.clone();
        for _ in 0..1 + rng.below(3) {
            if bytes.is_empty() {
                break;
            }
            mutate(&mut bytes, &mut rng);
        }
        if rng.below(10) != 0 {
            reseal(&mut bytes);
        }
        let result = std::panic::catch_unwind(|| match decode(&bytes) {
            Ok(p) => (true, verify(&p).is_ok()),
            Err(_) => (false, false),
        });
        match result {
            Ok((d, v)) => {
                decoded += d as usize;
                verified += v as usize;
            }
            Err(_) => panics.push(round),
        }
    }
    assert!(
        panics.is_empty(),
        "decoder or verifier panicked in rounds {panics:?}"
    );
    // The corruptions must reach past the checksum and the decoder, or the test proves little.
    assert!(
        decoded > 300 && verified > 100,
        "decoded {decoded}, verified {verified}"
    );
    eprintln!("3000 corruptions: {decoded} decoded, {verified} verified");
}

/// Corrupted files that still verify are run by the real binary with small limits: whatever
/// they do, `weft run` must end with an exit status (0, 1, 2 or the program's own), never a
/// signal, within the instruction limit.
#[test]
fn verified_corrupted_bytecode_runs_without_crashing() {
    let program = weft::Engine::new()
        .compile(vec![("fuzz.go".into(), FUZZ_PROGRAM.into())])
        .expect("the fuzz program compiles");
    let original = encode(&program);
    let directory = std::env::temp_dir().join(format!("weft-wbc-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    let mut rng = Rng(0xC0FF_EE00_1234_5678);
    let mut candidates = Vec::new();
    while candidates.len() < 150 {
        let mut bytes = original.clone();
        mutate(&mut bytes, &mut rng);
        reseal(&mut bytes);
        if decode(&bytes).is_ok_and(|p| verify(&p).is_ok()) && bytes != original {
            candidates.push(bytes);
        }
    }
    let indexed: Vec<(usize, Vec<u8>)> = candidates.into_iter().enumerate().collect();
    let crashes: Vec<String> = common::run_in_parallel(&indexed, |(i, bytes)| {
        let path = directory.join(format!("mutant{i}.wbc"));
        std::fs::write(&path, bytes).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_weft"))
            .args([
                "run",
                "--virtual-time",
                "--max-instructions",
                "200000",
                "--max-heap",
                "256M",
            ])
            .arg(&path)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        if stderr.contains("internal error in the Weft VM") {
            eprintln!("mutant {i}: {}", stderr.lines().last().unwrap_or(""));
        }
        match out.status.code() {
            Some(_) => None,
            None => Some(format!(
                "mutant {i} was killed by a signal: {}",
                stderr.lines().next().unwrap_or("")
            )),
        }
    })
    .into_iter()
    .flatten()
    .collect();
    let _ = std::fs::remove_dir_all(&directory);
    assert!(crashes.is_empty(), "{}", crashes.join("\n"));
}
