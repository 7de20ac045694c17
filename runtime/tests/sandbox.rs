//! The default natives are a sandbox: package os sees no file system and no environment,
//! while `register_host_access` reaches the real ones.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use weft::Engine;
use weft_vm::{NativeRegistry, Vm};

/// A writer that keeps what the program prints.
#[derive(Clone, Default)]
struct Captured(Rc<RefCell<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

const PROGRAM: &str = r#"package main

import (
	"fmt"
	"os"
)

func main() {
	_, err := os.ReadFile("Cargo.toml")
	fmt.Println(err)
	err = os.WriteFile("FILE_NAME", []byte("x"), 0644)
	fmt.Println(err)
	_, err = os.Stat(".")
	fmt.Println(err)
	fmt.Println(len(os.Environ()) > 0, os.Getenv("PATH") != "")
	wd, _ := os.Getwd()
	fmt.Println(wd)
}
"#;

/// Runs PROGRAM, which tries to write `file_name` (each test names its own file: the tests
/// run in parallel in one directory).
fn run(host_access: bool, file_name: &str) -> String {
    let source = PROGRAM.replace("FILE_NAME", file_name);
    let program = Engine::new()
        .compile(vec![("sandbox.go".to_string(), source)])
        .expect("compiles");
    let mut natives = NativeRegistry::new();
    weft::natives::register_all(&mut natives);
    if host_access {
        weft::natives::register_host_access(&mut natives);
    }
    let mut vm = Vm::new(program, &natives).expect("natives bind");
    let out = Captured::default();
    vm.stdout = Box::new(out.clone());
    assert_eq!(vm.run(), 0);
    let text = String::from_utf8(out.0.borrow().clone()).unwrap();
    text
}

#[test]
fn sandbox_has_no_files_and_no_environment() {
    assert_eq!(
        run(false, "weft-sandbox-must-not-exist.txt"),
        "open Cargo.toml: no such file or directory\n\
         open weft-sandbox-must-not-exist.txt: permission denied\n\
         stat .: no such file or directory\n\
         false false\n\
         /\n"
    );
    assert!(!std::path::Path::new("weft-sandbox-must-not-exist.txt").exists());
}

#[test]
fn host_access_reaches_files_and_environment() {
    let text = run(true, "weft-host-access-test.txt");
    let lines: Vec<&str> = text.lines().collect();
    // Cargo runs tests in the crate's directory, which has a Cargo.toml.
    assert_eq!(lines[0], "<nil>");
    assert_eq!(lines[1], "<nil>");
    assert_eq!(lines[2], "<nil>");
    assert_eq!(lines[3], "true true");
    assert_eq!(lines[4], std::env::current_dir().unwrap().to_str().unwrap());
    std::fs::remove_file("weft-host-access-test.txt").unwrap();
}
