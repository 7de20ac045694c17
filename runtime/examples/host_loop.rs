//! A host loop (a game's frames) stepping a Weft VM: a host function, a channel of
//! events into Go, a channel of scores out of Go. Run with
//! `cargo run -p weft --example host_loop`.

use weft::{Budget, Engine, Outcome, TryRecvError};

const SCRIPT: &str = r#"package main

import "game"

func main() {
	total := 0
	for event := range game.Events {
		total += game.Points(event)
		game.Scores <- total
	}
	println("final score", total)
}
"#;

/// Runs five frames and returns what the host saw, one line per event.
pub fn run_game() -> Vec<String> {
    let engine = Engine::builder()
        .register_fn("game.Points", |event: &str| -> i64 {
            event.len() as i64 * 10
        })
        .channel_to_go::<String>("game.Events", 8)
        .channel_from_go::<i64>("game.Scores", 8)
        .max_instructions(10_000_000)
        .build();
    let program = engine
        .compile_source("game.go", SCRIPT)
        .expect("the script compiles");
    let mut vm = engine.vm(&program).expect("a VM of this engine's program");
    let output = vm.capture_output();
    let events = vm.sender::<String>("game.Events").expect("declared above");
    let scores = vm.receiver::<i64>("game.Scores").expect("declared above");

    let mut seen = Vec::new();
    for frame in 0..5 {
        // The host's side of a frame: input becomes events for the script.
        events
            .send_nowait(format!("hit{frame}"))
            .expect("the script is running");
        // The script's side: a bounded slice of work, then control comes back.
        match vm.run_for(Budget::instructions(50_000)) {
            Ok(Outcome::Yielded | Outcome::Blocked) => {}
            other => panic!("frame {frame}: {other:?}"),
        }
        loop {
            match scores.try_recv() {
                Ok(score) => seen.push(format!("frame {frame}: score {score}")),
                Err(TryRecvError::Empty | TryRecvError::Closed) => break,
            }
        }
    }
    // No more input: the script's `range` ends and main returns.
    events.close();
    assert_eq!(vm.run(), Ok(0));
    seen.push(output.stderr().trim_end().to_string());
    seen
}

pub fn main() {
    for line in run_game() {
        println!("{line}");
    }
}
