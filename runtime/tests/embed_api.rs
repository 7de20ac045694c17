//! Integration tests of the embedding API (docs/embedding.md), one per API item, and
//! the examples in runtime/examples/ run as tests so CI exercises them.

// The examples' `main`s are unused here: the tests call their logic.
#[allow(dead_code)]
#[path = "../examples/call.rs"]
mod call_example;
#[allow(dead_code)]
#[path = "../examples/host_loop.rs"]
mod host_loop_example;
#[allow(dead_code)]
#[path = "../examples/limits.rs"]
mod limits_example;

use std::collections::HashMap;
use std::time::Duration;
use weft::{Budget, Engine, Limit, Outcome, RunError};

/// Runs `source` on `engine` to its end and returns (exit status or error, stdout, stderr).
fn run(engine: &Engine, source: &str) -> (Result<i32, RunError>, String, String) {
    let program = engine
        .compile_source("main.go", source)
        .unwrap_or_else(|e| panic!("compile error:\n{e}"));
    let mut vm = engine.vm(&program).unwrap();
    let output = vm.capture_output();
    let result = vm.run();
    (result, output.stdout(), output.stderr())
}

#[test]
fn examples_run() {
    let lines = host_loop_example::run_game();
    assert_eq!(lines.first().unwrap(), "frame 0: score 40");
    assert_eq!(lines.last().unwrap(), "final score 200");
    assert_eq!(limits_example::run_scripts().len(), 4);
    let calls = call_example::run_calls();
    assert_eq!(calls[0], "sum 90");
    assert_eq!(
        calls.last().unwrap(),
        "panic: runtime error: index out of range [5] with length 3"
    );
}

#[test]
fn engine_and_program_are_send_sync_and_shared_between_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Engine>();
    assert_send_sync::<weft::Program>();
    assert_send_sync::<RunError>();
    assert_send_sync::<weft::Diagnostics>();
    assert_send_sync::<weft::HostSender<i64>>();
    assert_send_sync::<weft::HostReceiver<String>>();
    assert_send_sync::<weft::InterruptHandle>();
    let engine = Engine::builder()
        .register_fn("host.Twice", |x: i64| x * 2)
        .build();
    let program = engine
        .compile_source(
            "main.go",
            "package main\nimport \"host\"\nfunc main() { println(host.Twice(21)) }\n",
        )
        .unwrap();
    let threads: Vec<_> = (0..3)
        .map(|_| {
            let (engine, program) = (engine.clone(), program.clone());
            std::thread::spawn(move || {
                let mut vm = engine.vm(&program).unwrap();
                let output = vm.capture_output();
                vm.run().unwrap();
                output.stderr()
            })
        })
        .collect();
    for thread in threads {
        assert_eq!(thread.join().unwrap(), "42\n");
    }
}

#[test]
fn host_functions_map_rust_types_to_go_types() {
    let engine = Engine::builder()
        .register_fn("host.Join", |parts: Vec<String>, sep: String| {
            parts.join(&sep)
        })
        .register_fn("host.Half", |x: f64| x / 2.0)
        .register_fn("host.Not", |b: bool| !b)
        .register_fn("host.Split", |s: String| -> (String, String) {
            let (a, b) = s.split_once('=').unwrap_or((&s, ""));
            (a.to_string(), b.to_string())
        })
        .register_fn("host.Find", |name: String| -> Option<i64> {
            (name == "x").then_some(7)
        })
        .register_fn("host.Count", |words: Vec<String>| -> HashMap<String, i64> {
            let mut counts = HashMap::new();
            for w in words {
                *counts.entry(w).or_insert(0) += 1;
            }
            counts
        })
        .register_fn("host.Sum", |m: HashMap<String, i64>| {
            m.values().sum::<i64>()
        })
        .register_fn("host.Deref", |p: Option<i64>| p.unwrap_or(-1))
        .register_fn("host.Parse", |s: String| {
            s.parse::<i64>().map_err(|e| e.to_string())
        })
        .register_fn("host.Nothing", || {})
        .build();
    let source = r#"package main

import "host"

func main() {
	println(host.Join([]string{"a", "b"}, "-"), host.Half(3), host.Not(true))
	k, v := host.Split("key=value")
	println(k, v)
	if p := host.Find("x"); p != nil {
		println(*p)
	}
	println(host.Find("y") == nil)
	counts := host.Count([]string{"a", "b", "a"})
	println(counts["a"], counts["b"], len(counts))
	println(host.Sum(map[string]int{"x": 2, "y": 3}))
	seven := 7
	println(host.Deref(&seven), host.Deref(nil))
	n, err := host.Parse("12")
	println(n, err == nil)
	_, err = host.Parse("zz")
	println(err.Error())
	host.Nothing()
}
"#;
    let (result, _, stderr) = run(&engine, source);
    assert_eq!(result, Ok(0), "{stderr}");
    assert_eq!(
        stderr,
        "a-b +1.500000e+000 false\nkey value\n7\ntrue\n2 1 2\n5\n7 -1\n12 true\ninvalid digit found in string\n"
    );
}

#[test]
fn host_function_calls_are_type_checked_at_compile_time() {
    let engine = Engine::builder()
        .register_fn("host.Add", |a: i64, b: i64| a + b)
        .build();
    let error = engine
        .compile_source(
            "main.go",
            "package main\nimport \"host\"\nfunc main() { println(host.Add(1, \"two\")) }\n",
        )
        .unwrap_err();
    let first = &error.errors[0];
    assert_eq!((first.line, first.file.as_str()), (3, "main.go"));
    assert!(
        first.message.contains("cannot use \"two\""),
        "{}",
        first.message
    );
    assert!(first.snippet.contains("host.Add(1, \"two\")"));
    assert!(error.to_string().starts_with("main.go:3:"));
}

#[test]
fn a_panicking_host_function_is_a_go_panic() {
    let engine = Engine::builder()
        .register_fn("host.Boom", |x: i64| -> i64 {
            let v: Vec<i64> = Vec::new();
            v[x as usize]
        })
        .build();
    let source = "package main\nimport \"host\"\nfunc main() {\n\tdefer func() { println(\"recovered:\", recover() != nil) }()\n\thost.Boom(3)\n}\n";
    let (result, _, stderr) = run(&engine, source);
    assert_eq!(result, Ok(0));
    assert_eq!(stderr, "recovered: true\n");
}

#[test]
fn run_for_steps_and_resumes() {
    let engine = Engine::builder().build();
    let source = "package main\nimport \"fmt\"\nfunc main() {\n\ts := 0\n\tfor i := 0; i < 200000; i++ {\n\t\ts += i\n\t}\n\tfmt.Println(s)\n}\n";
    let program = engine.compile_source("main.go", source).unwrap();
    let mut vm = engine.vm(&program).unwrap();
    let output = vm.capture_output();
    let mut steps = 0;
    let code = loop {
        match vm.run_for(Budget::instructions(1000)).unwrap() {
            Outcome::Yielded => steps += 1,
            Outcome::Finished(code) => break code,
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(code, 0);
    assert!(steps >= 100, "{steps}");
    assert_eq!(output.stdout(), "19999900000\n");
    // A finished VM stays finished.
    assert_eq!(vm.run_for(Budget::unlimited()), Ok(Outcome::Finished(0)));
}

#[test]
fn run_for_reports_blocked_and_deadlock() {
    let engine = Engine::builder().channel_to_go::<i64>("host.In", 0).build();
    let program = engine
        .compile_source(
            "main.go",
            "package main\nimport \"host\"\nfunc main() { println(<-host.In) }\n",
        )
        .unwrap();
    let mut vm = engine.vm(&program).unwrap();
    let output = vm.capture_output();
    let input = vm.sender::<i64>("host.In").unwrap();
    assert_eq!(vm.run_for(Budget::unlimited()), Ok(Outcome::Blocked));
    input.send_nowait(9).unwrap();
    assert_eq!(vm.run_for(Budget::unlimited()), Ok(Outcome::Finished(0)));
    assert_eq!(output.stderr(), "9\n");

    // With no host handle left, a goroutine waiting on the host channel is a deadlock.
    let mut vm = engine.vm(&program).unwrap();
    let _output = vm.capture_output();
    match vm.run_for(Budget::unlimited()) {
        Ok(Outcome::Deadlock(report)) => {
            assert!(report.starts_with("fatal error: all goroutines are asleep - deadlock!"))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn host_channels_work_across_threads() {
    let engine = Engine::builder()
        .channel_to_go::<String>("host.Jobs", 2)
        .channel_from_go::<Vec<i64>>("host.Results", 1)
        .build();
    let source = r#"package main

import "host"

func main() {
	for job := range host.Jobs {
		host.Results <- []int{len(job), len(job) * 2}
	}
	close(host.Results)
}
"#;
    let program = engine.compile_source("main.go", source).unwrap();
    let mut vm = engine.vm(&program).unwrap();
    let jobs = vm.sender::<String>("host.Jobs").unwrap();
    let results = vm.receiver::<Vec<i64>>("host.Results").unwrap();
    let producer = std::thread::spawn(move || {
        for job in ["a", "bb", "ccc"] {
            jobs.send(job.to_string()).unwrap();
        }
        jobs.close();
    });
    let consumer = std::thread::spawn(move || {
        let mut all = Vec::new();
        while let Some(r) = results.recv() {
            all.push(r);
        }
        all
    });
    assert_eq!(vm.run(), Ok(0));
    producer.join().unwrap();
    assert_eq!(
        consumer.join().unwrap(),
        vec![vec![1, 2], vec![2, 4], vec![3, 6]]
    );
}

#[test]
fn host_channels_have_async_variants() {
    use std::future::Future;
    use std::sync::Arc;
    use std::task::{Context, Poll, Wake, Waker};
    struct ThreadWaker(std::thread::Thread);
    impl Wake for ThreadWaker {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    /// A minimal executor: polls, parking the thread between wake-ups.
    fn block_on<F: Future>(future: F) -> F::Output {
        let mut future = std::pin::pin!(future);
        let waker = Waker::from(Arc::new(ThreadWaker(std::thread::current())));
        let mut cx = Context::from_waker(&waker);
        loop {
            if let Poll::Ready(v) = future.as_mut().poll(&mut cx) {
                return v;
            }
            std::thread::park_timeout(Duration::from_millis(50));
        }
    }
    let engine = Engine::builder()
        .channel_to_go::<i64>("host.In", 0)
        .channel_from_go::<i64>("host.Out", 0)
        .build();
    let source = "package main\nimport \"host\"\nfunc main() {\n\tfor v := range host.In {\n\t\thost.Out <- v * v\n\t}\n}\n";
    let program = engine.compile_source("main.go", source).unwrap();
    let mut vm = engine.vm(&program).unwrap();
    let input = vm.sender::<i64>("host.In").unwrap();
    let out = vm.receiver::<i64>("host.Out").unwrap();
    let task = std::thread::spawn(move || {
        block_on(async {
            let mut squares = Vec::new();
            for v in 1..=3 {
                input.send_async(v).await.unwrap();
                squares.push(out.recv_async().await.unwrap());
            }
            input.close();
            squares
        })
    });
    assert_eq!(vm.run(), Ok(0));
    assert_eq!(task.join().unwrap(), vec![1, 4, 9]);
}

#[test]
fn call_runs_initialization_first_and_keeps_state() {
    let engine = Engine::builder().build();
    let source = "package main\nvar base = 100\nvar log []string\nfunc init() { base += 1 }\nfunc Next(n int) int {\n\tbase += n\n\treturn base\n}\nfunc main() { println(\"main ran\") }\n";
    let program = engine.compile_source("main.go", source).unwrap();
    let mut vm = engine.vm(&program).unwrap();
    let output = vm.capture_output();
    let next = vm.func::<(i64,), i64>("Next").unwrap();
    assert_eq!(next.call(&mut vm, (1,)), Ok(102));
    assert_eq!(next.call(&mut vm, (10,)), Ok(112));
    assert_eq!(output.stderr(), "", "main does not run for calls");
    assert_eq!(vm.run(), Ok(0));
    assert_eq!(output.stderr(), "main ran\n");
    assert!(matches!(
        vm.func::<(), i64>("Missing"),
        Err(RunError::Call(_))
    ));
    assert!(matches!(
        vm.func::<(i64,), ()>("Next"),
        Err(RunError::Call(_))
    ));
}

#[test]
fn limits_stop_the_vm_and_recover_cannot_catch_them() {
    let engine = Engine::builder().max_instructions(100_000).build();
    let source = "package main\nfunc main() {\n\tdefer func() {\n\t\trecover()\n\t\tprintln(\"deferred ran\")\n\t}()\n\tfor {}\n}\n";
    let (result, _, stderr) = run(&engine, source);
    assert_eq!(result, Err(RunError::Limit(Limit::Instructions)));
    assert_eq!(stderr, "", "no deferred call runs after a limit");

    let engine = Engine::builder()
        .max_wall_time(Duration::from_millis(50))
        .build();
    let (result, _, _) = run(&engine, "package main\nfunc main() { for {} }\n");
    assert_eq!(result, Err(RunError::Limit(Limit::WallTime)));
    // Sleeping counts too: the VM does not wait past the limit.
    let started = std::time::Instant::now();
    let (result, _, _) = run(
        &engine,
        "package main\nimport \"time\"\nfunc main() { time.Sleep(time.Hour) }\n",
    );
    assert_eq!(result, Err(RunError::Limit(Limit::WallTime)));
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(
        RunError::Limit(Limit::HeapBytes).to_string(),
        "weft: heap limit exceeded (max_heap_bytes)"
    );
}

#[test]
fn interrupt_stops_a_blocked_vm() {
    let engine = Engine::builder().channel_to_go::<i64>("host.In", 0).build();
    let program = engine
        .compile_source(
            "main.go",
            "package main\nimport \"host\"\nfunc main() { <-host.In }\n",
        )
        .unwrap();
    let mut vm = engine.vm(&program).unwrap();
    let _input = vm.sender::<i64>("host.In").unwrap();
    let handle = vm.interrupt_handle();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(30));
        handle.interrupt();
    });
    assert_eq!(vm.run(), Err(RunError::Interrupted));
}

#[test]
fn panics_are_errors_with_the_stack() {
    let engine = Engine::builder().build();
    let source = "package main\nfunc f() { panic(\"boom\") }\nfunc main() { f() }\n";
    let (result, _, stderr) = run(&engine, source);
    let Err(RunError::Panic(panic)) = result else {
        panic!("{result:?}")
    };
    assert_eq!(panic.message, "panic: boom");
    assert_eq!(panic.goroutine, 1);
    assert_eq!(
        panic.trace[0],
        ("main.f".to_string(), "main.go".to_string(), 2)
    );
    assert!(stderr.starts_with("panic: boom\n\ngoroutine 1 [running]:\n"));
    assert!(panic
        .to_string()
        .starts_with("panic: boom\n\ngoroutine 1 [running]:\nmain.f(...)\n\tmain.go:2\n"));
}

#[test]
fn output_goes_to_host_writers_and_stdin_is_empty_by_default() {
    let engine = Engine::builder().build();
    let program = engine
        .compile_source(
            "main.go",
            "package main\nimport (\"bufio\"; \"fmt\"; \"os\")\nfunc main() {\n\ts := bufio.NewScanner(os.Stdin)\n\tfmt.Println(\"lines:\", s.Scan())\n\tfmt.Fprintln(os.Stderr, \"to stderr\")\n}\n",
        )
        .unwrap();
    let mut vm = engine.vm(&program).unwrap();
    let captured = vm.capture_output();
    assert_eq!(vm.run(), Ok(0));
    assert_eq!(captured.stdout(), "lines: false\n");
    assert_eq!(captured.stderr(), "to stderr\n");
}

#[test]
fn output_goes_to_any_writer_and_args_are_the_hosts() {
    use std::sync::{Arc, Mutex};
    /// A host writer: collects lines as they are flushed.
    #[derive(Clone, Default)]
    struct Lines(Arc<Mutex<Vec<u8>>>);
    impl std::io::Write for Lines {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let engine = Engine::builder().build();
    let program = engine
        .compile_source(
            "main.go",
            "package main\nimport (\"fmt\"; \"os\")\nfunc main() { fmt.Println(os.Args[1:]); println(\"err\") }\n",
        )
        .unwrap();
    let mut vm = engine.vm(&program).unwrap();
    let (out, err) = (Lines::default(), Lines::default());
    vm.set_stdout(out.clone());
    vm.set_stderr(err.clone());
    vm.set_args(vec!["script".to_string(), "a".to_string(), "b".to_string()]);
    assert_eq!(vm.run(), Ok(0));
    assert_eq!(out.0.lock().unwrap().as_slice(), b"[a b]\n");
    assert_eq!(err.0.lock().unwrap().as_slice(), b"err\n");
}

#[test]
fn denied_packages_do_not_compile() {
    let engine = Engine::builder().deny_package("time").build();
    let error = engine
        .compile_source(
            "main.go",
            "package main\nimport \"time\"\nfunc main() { _ = time.Now() }\n",
        )
        .unwrap_err();
    assert_eq!(error.errors[0].line, 2, "{error}");
}

#[test]
fn blocking_host_functions_park_only_the_calling_goroutine() {
    use std::sync::{Arc, Mutex};
    // The host loop keeps the replies and completes them on a later frame.
    let pending: Arc<Mutex<Vec<(i64, weft::Reply<i64>)>>> = Arc::default();
    let queue = pending.clone();
    let engine = Engine::builder()
        .register_blocking_fn("host.Slow", move |x: i64, reply: weft::Reply<i64>| {
            queue.lock().unwrap().push((x, reply));
        })
        .build();
    let source = r#"package main

import "host"

func main() {
	done := make(chan int)
	go func() {
		done <- host.Slow(20)
	}()
	ticks := 0
	for i := 0; i < 3; i++ {
		ticks++
	}
	println("ticks while waiting:", ticks)
	println("result:", <-done+host.Slow(1))
}
"#;
    let program = engine.compile_source("main.go", source).unwrap();
    let mut vm = engine.vm(&program).unwrap();
    let output = vm.capture_output();
    let mut frames = 0;
    let code = loop {
        frames += 1;
        assert!(frames < 100, "the script should finish");
        match vm.run_for(Budget::instructions(10_000)).unwrap() {
            Outcome::Finished(code) => break code,
            Outcome::Yielded | Outcome::Blocked => {}
            Outcome::Deadlock(report) => panic!("{report}"),
        }
        for (x, reply) in pending.lock().unwrap().drain(..) {
            reply.send(x * 2);
        }
    };
    assert_eq!(code, 0);
    assert_eq!(output.stderr(), "ticks while waiting: 3\nresult: 42\n");

    // Completed from another thread while `run` waits.
    let engine = Engine::builder()
        .register_blocking_fn("host.Upper", |s: String, reply: weft::Reply<String>| {
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(10));
                reply.send(s.to_uppercase());
            });
        })
        .build();
    let (result, _, stderr) = run(
        &engine,
        "package main\nimport \"host\"\nfunc main() { println(host.Upper(\"abc\")) }\n",
    );
    assert_eq!(result, Ok(0));
    assert_eq!(stderr, "ABC\n");
}

#[test]
fn host_functions_take_borrowed_strings_and_slices() {
    let engine = Engine::builder()
        .register_fn("host.Len", |s: &str| s.len() as i64)
        .register_fn("host.Greet", |greeting: &str, name: String| {
            format!("{greeting}, {name}")
        })
        .register_fn("host.Total", |label: &str, values: &[i64], scale: i64| {
            format!("{label}={}", values.iter().sum::<i64>() * scale)
        })
        .register_fn("host.Longest", |words: &[String]| -> Option<String> {
            words.iter().max_by_key(|w| w.len()).cloned()
        })
        .build();
    let source = r#"package main

import "host"

func main() {
	println(host.Len("héllo"), host.Greet("hi", "go"))
	println(host.Total("sum", []int{1, 2, 3}, 10), host.Total("none", nil, 1))
	println(*host.Longest([]string{"a", "abc", "ab"}), host.Longest(nil) == nil)
}
"#;
    let (result, _, stderr) = run(&engine, source);
    assert_eq!(result, Ok(0), "{stderr}");
    assert_eq!(stderr, "6 hi, go\nsum=60 none=0\nabc true\n");
    // The Go types come from the borrowed Rust types: a misuse is a compile error.
    let error = engine
        .compile_source(
            "bad.go",
            "package main\nimport \"host\"\nfunc main() { host.Len(1) }\n",
        )
        .unwrap_err();
    assert!(
        error.errors[0].message.contains("as string value"),
        "{error}"
    );
}

#[test]
fn host_channels_are_passed_as_call_arguments() {
    let engine = Engine::builder().build();
    let source = r#"package main

import "strings"

func Consume(in <-chan int, out chan<- string) {
	for v := range in {
		out <- strings.Repeat("*", v)
	}
	close(out)
}

func Start(in chan int, out chan<- string) {
	go Consume(in, out)
}

func main() {}
"#;
    let mut vm = engine
        .vm(&engine.compile_source("main.go", source).unwrap())
        .unwrap();
    // Checked types: the channels' element types and directions must match.
    assert!(vm
        .func::<(&weft::HostSender<String>, &weft::HostReceiver<String>), ()>("Consume")
        .is_err());
    assert!(vm
        .func::<(&weft::HostReceiver<i64>, &weft::HostReceiver<String>), ()>("Consume")
        .is_err());
    let input = vm.new_sender::<i64>(4);
    let output = vm.new_receiver::<String>(4);
    for n in 1..=3 {
        input.send_nowait(n).unwrap();
    }
    input.close();
    vm.call::<_, ()>("Consume", (&input, &output)).unwrap();
    let received: Vec<String> = std::iter::from_fn(|| output.try_recv().ok()).collect();
    assert_eq!(received, ["*", "**", "***"]);

    // Another thread feeds and drains the channels while this thread runs the call.
    let input = std::sync::Arc::new(vm.new_sender::<i64>(1));
    let output = std::sync::Arc::new(vm.new_receiver::<String>(1));
    let (feeder_input, feeder_output) = (input.clone(), output.clone());
    let feeder = std::thread::spawn(move || {
        let (input, output) = (feeder_input, feeder_output);
        let mut seen = Vec::new();
        for n in [2, 4] {
            input.send(n).unwrap();
            seen.push(output.recv().unwrap());
        }
        input.close();
        assert_eq!(output.recv(), None, "Go closed out after in was closed");
        seen
    });
    let consume = vm
        .func::<(&weft::HostSender<i64>, &weft::HostReceiver<String>), ()>("Consume")
        .unwrap();
    consume.call(&mut vm, (&*input, &*output)).unwrap();
    assert_eq!(feeder.join().unwrap(), ["**", "****"]);

    // A goroutine started by a call keeps using the channels in later steps.
    // The host keeps `input` here: once every host end is dropped, the goroutine
    // waiting on it would be a deadlock.
    let input = std::sync::Arc::new(vm.new_sender::<i64>(1));
    let output = vm.new_receiver::<String>(1);
    vm.call::<_, ()>("Start", (&*input, &output)).unwrap();
    let worker_input = input.clone();
    let worker = std::thread::spawn(move || {
        worker_input.send(3).unwrap();
        output.recv()
    });
    while !worker.is_finished() {
        match vm.run_for(Budget::instructions(10_000)).unwrap() {
            Outcome::Blocked => std::thread::sleep(Duration::from_millis(1)),
            Outcome::Yielded => {}
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(worker.join().unwrap(), Some("***".to_string()));
}

#[test]
fn calls_convert_strings_slices_maps_pointers_errors_and_named_types() {
    let engine = Engine::builder().build();
    let source = r#"package main

import (
	"errors"
	"strconv"
)

type Celsius float64

type Names []string

func Upper(s string) string { return s + "!" }

func Reverse(xs []int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[len(xs)-1-i] = x
	}
	return out
}

func Total(m map[string]int) (int, int) {
	sum := 0
	for _, v := range m {
		sum += v
	}
	return sum, len(m)
}

func Invert(m map[string]int) map[int]string {
	out := map[int]string{}
	for k, v := range m {
		out[v] = k
	}
	return out
}

func Double(p *int) *int {
	if p == nil {
		return nil
	}
	d := *p * 2
	return &d
}

func Parse(s string) (int, error) { return strconv.Atoi(s) }

func Check(n int) error {
	if n < 0 {
		return errors.New("negative")
	}
	return nil
}

func Warm(t Celsius) Celsius { return t + 1.5 }

func Join(names Names) string {
	out := ""
	for _, n := range names {
		out += n
	}
	return out
}

func main() {}
"#;
    let mut vm = engine
        .vm(&engine.compile_source("main.go", source).unwrap())
        .unwrap();
    assert_eq!(
        vm.call::<_, String>("Upper", ("go",)),
        Ok("go!".to_string())
    );
    assert_eq!(
        vm.call::<_, String>("Upper", ("borrowed",)),
        Ok("borrowed!".to_string())
    );
    assert_eq!(
        vm.call::<_, Vec<i64>>("Reverse", (vec![1i64, 2, 3],)),
        Ok(vec![3, 2, 1])
    );
    assert_eq!(
        vm.call::<_, Vec<i64>>("Reverse", (&[7i64, 8][..],)),
        Ok(vec![8, 7])
    );
    let scores = HashMap::from([("a".to_string(), 2i64), ("b".to_string(), 5)]);
    assert_eq!(
        vm.call::<_, (i64, i64)>("Total", (scores.clone(),)),
        Ok((7, 2))
    );
    let inverted: HashMap<i64, String> = vm.call("Invert", (scores,)).unwrap();
    assert_eq!(
        inverted,
        HashMap::from([(2, "a".to_string()), (5, "b".to_string())])
    );
    assert_eq!(
        vm.call::<_, Option<i64>>("Double", (Some(21i64),)),
        Ok(Some(42))
    );
    assert_eq!(
        vm.call::<_, Option<i64>>("Double", (None::<i64>,)),
        Ok(None)
    );
    let parse = vm
        .func::<(String,), Result<i64, weft::GoError>>("Parse")
        .unwrap();
    assert_eq!(parse.call(&mut vm, ("42".to_string(),)), Ok(Ok(42)));
    assert_eq!(
        parse.call(&mut vm, ("4x".to_string(),)),
        Ok(Err(weft::GoError {
            message: "strconv.Atoi: parsing \"4x\": invalid syntax".to_string()
        }))
    );
    assert!(
        vm.func::<(String,), i64>("Parse").is_err(),
        "the error result is required"
    );
    let check = vm
        .func::<(i64,), Result<(), weft::GoError>>("Check")
        .unwrap();
    assert_eq!(check.call(&mut vm, (1,)), Ok(Ok(())));
    assert_eq!(
        check.call(&mut vm, (-1,)).unwrap().unwrap_err().to_string(),
        "negative"
    );
    // Named types convert through their underlying types.
    assert_eq!(vm.call::<_, f64>("Warm", (20.0,)), Ok(21.5));
    assert_eq!(
        vm.call::<_, String>("Join", (vec!["a".to_string(), "b".to_string()],)),
        Ok("ab".to_string())
    );
    let error = vm.func::<(i64,), f64>("Warm").err().unwrap();
    assert_eq!(
        error.to_string(),
        "weft: main.Warm is func(Celsius) (Celsius); the host expects func(int) (float64)"
    );
}

#[test]
fn instruction_limit_stops_exactly_even_with_long_slices() {
    for max in [1u64, 999, 12_345, 250_001] {
        let engine = Engine::builder()
            .max_instructions(max)
            .quantum(100_000)
            .build();
        let program = engine
            .compile_source("spin.go", "package main\nfunc main() { for {} }\n")
            .unwrap();
        let mut vm = engine.vm(&program).unwrap();
        assert_eq!(vm.run(), Err(RunError::Limit(Limit::Instructions)));
        assert_eq!(vm.instructions(), max, "stopped after exactly max ticks");
    }
}

#[test]
fn heap_limit_stops_within_a_few_allocations_of_the_limit() {
    // Every tick (loop iteration) allocates and keeps 1 KiB; a slice is 100,000 ticks
    // (100 MiB), so a check only between slices would overshoot by up to that much.
    let limit = 1 << 20;
    let engine = Engine::builder()
        .max_heap_bytes(limit)
        .quantum(100_000)
        .build();
    let source = "package main\nvar keep [][]byte\nfunc main() {\n\tfor {\n\t\tkeep = append(keep, make([]byte, 1024))\n\t}\n}\n";
    let mut vm = engine
        .vm(&engine.compile_source("grow.go", source).unwrap())
        .unwrap();
    assert_eq!(vm.run(), Err(RunError::Limit(Limit::HeapBytes)));
    let overshoot = vm.heap_bytes().saturating_sub(limit);
    assert!(
        overshoot < 64 * 1024,
        "heap {} bytes for a limit of {limit}: overshoot {overshoot}",
        vm.heap_bytes()
    );
    // Within the limit, the same program's garbage does not trip it.
    let engine = Engine::builder()
        .max_heap_bytes(limit)
        .max_instructions(200_000)
        .quantum(100_000)
        .build();
    let source = "package main\nfunc main() {\n\tfor {\n\t\t_ = make([]byte, 1024)\n\t}\n}\n";
    let mut vm = engine
        .vm(&engine.compile_source("churn.go", source).unwrap())
        .unwrap();
    assert_eq!(vm.run(), Err(RunError::Limit(Limit::Instructions)));
}

#[test]
fn goroutines_started_by_calls_run_in_later_steps_and_the_vm_stays_callable() {
    let engine = Engine::builder().build();
    let source = "package main\nvar done int\nfunc Start(n int) {\n\tfor i := 0; i < n; i++ {\n\t\tgo func() { done++ }()\n\t}\n}\nfunc Done() int { return done }\nfunc Stuck() { select {} }\nfunc main() { println(\"main\", done) }\n";
    let mut vm = engine
        .vm(&engine.compile_source("main.go", source).unwrap())
        .unwrap();
    let output = vm.capture_output();
    vm.call::<_, ()>("Start", (3i64,)).unwrap();
    // The goroutines run in later steps; with none left the VM waits for the host.
    assert_eq!(vm.run_for(Budget::unlimited()), Ok(Outcome::Blocked));
    assert_eq!(vm.call::<_, i64>("Done", ()), Ok(3));
    assert_eq!(output.stderr(), "", "no deadlock report");
    // A call that can never return is a deadlock, not a wait.
    assert!(matches!(
        vm.call::<_, ()>("Stuck", ()),
        Err(RunError::Deadlock(_))
    ));
    let mut vm = engine
        .vm(&engine.compile_source("main.go", source).unwrap())
        .unwrap();
    let output = vm.capture_output();
    vm.call::<_, ()>("Start", (2i64,)).unwrap();
    assert_eq!(vm.run(), Ok(0));
    assert_eq!(output.stderr(), "main 2\n");
}
