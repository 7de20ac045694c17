//! Optional instruments a host attaches to a VM: run statistics (`weft run --stats`), an
//! instruction profile in folded-stack form (`--profile`), a Chrome trace of goroutines
//! (`weft trace`). Run limits (`--max-instructions`, `--max-heap`) are the VM's host limits
//! (`crate::limits`), the same mechanism the embedding API uses.
//!
//! Boundary: nothing here runs per instruction. The scheduler calls in at the end of
//! every time slice and around every collection (vm/src/vm/hooks.rs), and only when
//! `Vm::instruments` is set; a VM without instruments pays one `is_some` test per slice.
//!
//! "Instructions" are the VM's budget ticks: calls and backward jumps, the same unit as
//! `--quantum` (straight-line code between two ticks is not counted).

use crate::program::{FuncId, Program};
use std::collections::HashMap;
use std::fmt::Write;
use std::time::{Duration, Instant};

/// The quantum `weft run --profile` uses when none is given: a slice ends every this
/// many ticks, so each sample of the call stack stands for at most this many ticks.
pub const PROFILE_QUANTUM: i64 = 1000;
/// A trace keeps at most this many events (the rest are counted and dropped), so tracing
/// a long program cannot exhaust memory.
pub const MAX_TRACE_EVENTS: usize = 2_000_000;

/// Everything a host can attach; each part is optional except the statistics, which are cheap.
pub struct Instruments {
    pub stats: RunStats,
    pub profile: Option<Profile>,
    pub trace: Option<Trace>,
    /// The fiber table index that ran the previous slice (for counting context switches).
    pub(crate) last_fiber: Option<usize>,
}

impl Default for Instruments {
    fn default() -> Self {
        Self::new()
    }
}

impl Instruments {
    pub fn new() -> Instruments {
        Instruments {
            stats: RunStats::default(),
            profile: None,
            trace: None,
            last_fiber: None,
        }
    }
}

/// Counters of one run (`weft run --stats`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunStats {
    /// Budget ticks executed (calls and backward jumps).
    pub instructions: u64,
    /// Goroutines created, main included.
    pub goroutines: u64,
    /// Time slices run.
    pub slices: u64,
    /// Slices that ran a different goroutine than the slice before.
    pub context_switches: u64,
    pub gc_cycles: u64,
    pub gc_pause: Duration,
    /// Largest heap seen at a safepoint (just before each collection, and at exit).
    pub peak_heap_bytes: usize,
    pub peak_heap_objects: usize,
    pub wall_time: Duration,
}

impl RunStats {
    /// The block `weft run --stats` prints on standard error.
    pub fn render(&self) -> String {
        format!(
            "--- weft run statistics ---\n\
             instructions:       {} (budget ticks: calls and backward jumps)\n\
             goroutines created: {}\n\
             time slices:        {}\n\
             context switches:   {}\n\
             gc cycles:          {}\n\
             gc pause total:     {:.3} ms\n\
             peak heap:          {} bytes, {} objects\n\
             wall time:          {:.3} ms\n",
            self.instructions,
            self.goroutines,
            self.slices,
            self.context_switches,
            self.gc_cycles,
            self.gc_pause.as_secs_f64() * 1e3,
            self.peak_heap_bytes,
            self.peak_heap_objects,
            self.wall_time.as_secs_f64() * 1e3,
        )
    }
}

/// An instruction profile by call stack: at the end of every slice, the ticks the slice
/// ran are charged to the running goroutine's call stack as it is then (instruction-count
/// sampling: a slice's ticks all go to the stack it ended in).
#[derive(Clone, Debug, Default)]
pub struct Profile {
    /// Call stacks, outermost function first, with their ticks.
    pub stacks: HashMap<Vec<FuncId>, u64>,
    /// The running goroutine's stack when its slice started (charged when it finishes).
    pub(crate) stack_at_slice_start: Vec<FuncId>,
    scratch: Vec<FuncId>,
}

impl Profile {
    /// Charges `ticks` to `stack` (outermost first).
    pub fn charge(&mut self, stack: impl Iterator<Item = FuncId>, ticks: u64) {
        if ticks == 0 {
            return;
        }
        // Look up through a reused buffer: a slice usually ends in a stack seen before.
        self.scratch.clear();
        self.scratch.extend(stack);
        match self.stacks.get_mut(self.scratch.as_slice()) {
            Some(total) => *total += ticks,
            None => {
                self.stacks.insert(self.scratch.clone(), ticks);
            }
        }
    }

    /// Folded stacks, one `outer;inner;leaf ticks` line per stack, sorted: the input
    /// format of flamegraph.pl, inferno and speedscope.
    pub fn folded(&self, program: &Program) -> String {
        let mut lines: Vec<String> = self
            .stacks
            .iter()
            .map(|(stack, ticks)| {
                let names: Vec<&str> = stack
                    .iter()
                    .map(|f| {
                        program
                            .funcs
                            .get(*f as usize)
                            .map_or("?", |f| f.name.as_str())
                    })
                    .collect();
                let names = if names.is_empty() {
                    "[unknown]".to_string()
                } else {
                    names.join(";")
                };
                // Folded format separates frames with ';' and the count with a space.
                format!("{} {ticks}", names.replace(' ', "_"))
            })
            .collect();
        lines.sort();
        let mut out = lines.join("\n");
        out.push('\n');
        out
    }
}

/// A Chrome trace-event recording (`weft trace`): slices as complete events on one track
/// per goroutine, spawns, blocks and wake-ups as instant events, collections on their own
/// track. Timestamps are real microseconds since the trace started.
pub struct Trace {
    start: Instant,
    events: Vec<String>,
    dropped: u64,
    /// Goroutines (by id) that already have a thread name.
    named: std::collections::HashSet<u64>,
    /// Fibers parked at the end of their last slice: table index -> goroutine id.
    pub(crate) blocked: HashMap<usize, u64>,
    pub(crate) slice_start: Option<Instant>,
    pub(crate) slice_first_id: u64,
}

/// The pseudo-goroutine id of the collector's track.
pub const GC_TRACK: u64 = 0;

impl Default for Trace {
    fn default() -> Self {
        Trace::new()
    }
}

impl Trace {
    pub fn new() -> Trace {
        let mut trace = Trace {
            start: Instant::now(),
            events: Vec::new(),
            dropped: 0,
            named: Default::default(),
            blocked: HashMap::new(),
            slice_start: None,
            slice_first_id: 0,
        };
        trace.name_track(GC_TRACK, "garbage collector");
        trace
    }

    /// Microseconds since the trace started.
    pub fn micros(&self, at: Instant) -> f64 {
        at.saturating_duration_since(self.start).as_secs_f64() * 1e6
    }

    fn push(&mut self, event: String) {
        if self.events.len() < MAX_TRACE_EVENTS {
            self.events.push(event);
        } else {
            self.dropped += 1;
        }
    }

    /// Names goroutine `tid`'s track once (`thread_name` metadata).
    pub fn name_track(&mut self, tid: u64, name: &str) {
        if self.named.insert(tid) {
            // Metadata is never dropped: a track without its name is hard to read.
            self.events.push(format!(
                r#"{{"name":"thread_name","ph":"M","pid":1,"tid":{tid},"args":{{"name":{}}}}}"#,
                json_string(name)
            ));
            self.events.push(format!(
                r#"{{"name":"thread_sort_index","ph":"M","pid":1,"tid":{tid},"args":{{"sort_index":{tid}}}}}"#
            ));
        }
    }

    /// A complete (`X`) event: something that took `start..end` on track `tid`.
    pub fn complete(
        &mut self,
        tid: u64,
        name: &str,
        cat: &str,
        start: Instant,
        end: Instant,
        args: &str,
    ) {
        let ts = self.micros(start);
        let dur = (self.micros(end) - ts).max(0.0);
        self.push(format!(
            r#"{{"name":{},"cat":"{cat}","ph":"X","ts":{ts:.3},"dur":{dur:.3},"pid":1,"tid":{tid},"args":{{{args}}}}}"#,
            json_string(name)
        ));
    }

    /// An instant (`i`) event on track `tid`.
    pub fn instant(&mut self, tid: u64, name: &str, cat: &str, at: Instant, args: &str) {
        let ts = self.micros(at);
        self.push(format!(
            r#"{{"name":{},"cat":"{cat}","ph":"i","s":"t","ts":{ts:.3},"pid":1,"tid":{tid},"args":{{{args}}}}}"#,
            json_string(name)
        ));
    }

    /// The whole trace as a JSON document (`{"traceEvents":[...]}`).
    pub fn to_json(&self, process_name: &str) -> String {
        let mut out = String::from("{\"traceEvents\":[\n");
        let _ = write!(
            out,
            r#"{{"name":"process_name","ph":"M","pid":1,"tid":0,"args":{{"name":{}}}}}"#,
            json_string(process_name)
        );
        for event in &self.events {
            out.push_str(",\n");
            out.push_str(event);
        }
        let _ = write!(
            out,
            "\n],\"displayTimeUnit\":\"ms\",\"otherData\":{{\"generator\":\"weft trace\",\"droppedEvents\":{}}}}}\n",
            self.dropped
        );
        out
    }
}

/// `s` as a JSON string literal.
pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_escape_quotes_and_controls() {
        assert_eq!(json_string("a\"b\\c\n\u{1}"), r#""a\"b\\c\n\u0001""#);
    }

    #[test]
    fn folded_profile_lines_are_sorted_stack_and_count() {
        let mut program = Program::default();
        for name in ["main.main", "main.fib"] {
            program.funcs.push(crate::program::FuncProto {
                name: name.into(),
                ..Default::default()
            });
        }
        let mut profile = Profile::default();
        profile.charge([0, 1, 1].into_iter(), 5);
        profile.charge([0].into_iter(), 2);
        profile.charge([0, 1, 1].into_iter(), 3);
        assert_eq!(
            profile.folded(&program),
            "main.main 2\nmain.main;main.fib;main.fib 8\n"
        );
    }
}
