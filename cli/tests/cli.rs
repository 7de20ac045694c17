//! Integration tests of the `weft` command line: run (files, stdin, arguments, flags),
//! check, disasm, and their exit statuses.

use std::io::Write;
use std::process::{Command, Stdio};

fn weft() -> Command {
    Command::new(env!("CARGO_BIN_EXE_weft"))
}

fn temp_program(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("weft-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn run_reads_the_program_from_stdin_and_passes_arguments() {
    let mut child = weft()
        .args(["run", "-", "a", "b"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() { fmt.Println(len(os.Args), os.Args[1:]) }\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "3 [a b]\n");
}

#[test]
fn check_reports_errors_in_gc_format_with_status_1() {
    let path = temp_program("bad.go", "package main\n\nfunc main() {\n\tx := 1\n}\n");
    let out = weft().arg("check").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.go:4:2: declared and not used: x"),
        "{err}"
    );
}

#[test]
fn check_accepts_a_valid_program() {
    let path = temp_program("good.go", "package main\n\nfunc main() { println(1) }\n");
    let out = weft().arg("check").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn disasm_lists_functions_with_lines() {
    let path = temp_program("dis.go", "package main\n\nfunc add(a, b int) int {\n\treturn a + b\n}\n\nfunc main() { println(add(1, 2)) }\n");
    let out = weft().arg("disasm").arg(&path).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("func main.add"), "{text}");
    assert!(text.contains("AddInt"), "{text}");
    assert!(
        text.lines().any(|l| l.trim_start().starts_with("4 ")),
        "no line 4 in:\n{text}"
    );
}

#[test]
fn virtual_time_makes_long_sleeps_instant() {
    let path = temp_program("sleep.go", "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tstart := time.Now()\n\ttime.Sleep(time.Hour)\n\tfmt.Println(time.Since(start) >= time.Hour)\n}\n");
    let started = std::time::Instant::now();
    let out = weft()
        .args(["run", "--virtual-time"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "true\n");
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
}

#[test]
fn the_same_seed_gives_the_same_select_choices() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ta, b := make(chan int, 100), make(chan int, 100)\n\tfor i := 0; i < 100; i++ {\n\t\ta <- i\n\t\tb <- i\n\t}\n\ts := \"\"\n\tfor i := 0; i < 50; i++ {\n\t\tselect {\n\t\tcase <-a:\n\t\t\ts += \"a\"\n\t\tcase <-b:\n\t\t\ts += \"b\"\n\t\t}\n\t}\n\tfmt.Println(s)\n}\n";
    let path = temp_program("seed.go", src);
    let run = |seed: &str| {
        let out = weft()
            .args(["run", "--seed", seed])
            .arg(&path)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert_eq!(run("7"), run("7"));
    let picks = run("7");
    assert!(
        picks.contains('a') && picks.contains('b'),
        "select should pick both cases: {picks}"
    );
}

#[test]
fn exit_statuses_follow_gc() {
    let panics = temp_program("p.go", "package main\n\nfunc main() { panic(\"boom\") }\n");
    let out = weft().arg("run").arg(&panics).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("panic: boom"));
    let exits = temp_program(
        "e.go",
        "package main\n\nimport \"os\"\n\nfunc main() { os.Exit(7) }\n",
    );
    assert_eq!(
        weft()
            .arg("run")
            .arg(&exits)
            .output()
            .unwrap()
            .status
            .code(),
        Some(7)
    );
}

#[test]
fn run_reuses_compiled_programs_from_the_cache_and_recovers_from_a_damaged_entry() {
    let cache = std::env::temp_dir().join(format!("weft-cache-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&cache);
    let program = temp_program(
        "cached.go",
        "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"cached\", 6*7) }\n",
    );
    let run = || {
        let out = weft()
            .env("WEFT_CACHE", &cache)
            .arg("run")
            .arg(&program)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    // First run compiles and stores one entry; the second runs it.
    assert_eq!(run(), "cached 42\n");
    let entries: Vec<_> = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert!(entries[0].extension().is_some_and(|e| e == "wbc"));
    assert_eq!(run(), "cached 42\n");
    // A damaged entry is refused by the verifier, recompiled and replaced.
    std::fs::write(&entries[0], b"WEFTWBC\0garbage").unwrap();
    assert_eq!(run(), "cached 42\n");
    assert_ne!(std::fs::read(&entries[0]).unwrap(), b"WEFTWBC\0garbage");
    // A changed program is a different entry.
    std::fs::write(
        &program,
        "package main\n\nfunc main() { println(\"changed\") }\n",
    )
    .unwrap();
    let out = weft()
        .env("WEFT_CACHE", &cache)
        .arg("run")
        .arg(&program)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stderr), "changed\n");
    assert_eq!(std::fs::read_dir(&cache).unwrap().count(), 2);
    // WEFT_CACHE=off writes nothing.
    let off = cache.join("off-run");
    let out = weft()
        .env("WEFT_CACHE", "off")
        .env("XDG_CACHE_HOME", &off)
        .arg("run")
        .arg(&program)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!off.exists());
    let _ = std::fs::remove_dir_all(&cache);
}
