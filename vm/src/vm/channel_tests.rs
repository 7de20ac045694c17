//! Randomized tests of channels and select: many seeds drive a few fibers through
//! sequences of send, receive, close and select on a few channels, and compare what
//! happens with a model of Go's semantics. Every operation also ends with
//! `Channel::check_invariants` (the `cfg(test)` hook in `channel_ops.rs`).
//!
//! The model: values are unique integers; a send "completes" when its value is handed
//! to a receiver or enters the buffer. Go channels are FIFO, so on each channel the
//! values received with `ok == true` are the completed sends in order, and the values
//! completed but not yet received are exactly the buffer's contents.

use super::Vm;
use crate::chan::Channel;
use crate::fiber::Fiber;
use crate::heap::Object;
use crate::native::NativeRegistry;
use crate::program::{Kind, Program, RtType};
use crate::value::Value;
use std::collections::VecDeque;
use std::sync::Arc;

/// Most cases of a generated select.
const MAX_CASES: usize = 3;
const FIBERS: usize = 5;
const STEPS: usize = 400;
const SEEDS: u64 = 300;

/// What a parked fiber waits for.
#[derive(Clone, Debug)]
enum Pending {
    Send {
        channel: usize,
        value: i64,
    },
    Receive {
        channel: usize,
    },
    /// A select's cases: (channel, Some(value) for a send).
    Select {
        cases: Vec<(usize, Option<i64>)>,
    },
}

struct Harness {
    vm: Vm,
    program: Arc<Program>,
    channels: Vec<Value>,
    /// The model: per channel, values whose send completed and that nobody received yet.
    completed: Vec<VecDeque<i64>>,
    closed: Vec<bool>,
    pending: Vec<Option<Pending>>,
    next_value: i64,
    rng: u64,
    /// A receive the running fiber completed: checked after the senders the same
    /// operation woke, whose values complete first.
    running_received: Option<(usize, Value, Value)>,
}

/// Every pattern of send/receive cases up to `MAX_CASES`, as select tables.
fn select_tables() -> Vec<Vec<bool>> {
    let mut tables = Vec::new();
    for n in 1..=MAX_CASES {
        for bits in 0..(1u32 << n) {
            tables.push((0..n).map(|i| bits & (1 << i) != 0).collect());
        }
    }
    tables
}

impl Harness {
    fn new(seed: u64, capacities: &[usize]) -> Harness {
        // The entry function is never run; the VM only requires a verifiable program.
        let entry = crate::program::FuncProto {
            name: "main.main".to_string(),
            code: vec![crate::op::Op::Return],
            ..Default::default()
        };
        let program = Arc::new(Program {
            types: vec![RtType::new("int", Kind::Int)],
            select_tables: select_tables(),
            funcs: vec![entry],
            ..Program::default()
        });
        let mut vm = Vm::new(program.clone(), &NativeRegistry::new()).unwrap();
        vm.set_seed(seed);
        let channels = capacities
            .iter()
            .map(|&cap| Value::Ref(vm.heap.alloc(Object::Chan(Box::new(Channel::new(0, cap))))))
            .collect();
        vm.fibers = (0..FIBERS)
            .map(|i| Some(Box::new(Fiber::new(i as u64 + 1))))
            .collect();
        Harness {
            vm,
            program,
            channels,
            completed: vec![VecDeque::new(); capacities.len()],
            closed: vec![false; capacities.len()],
            pending: vec![None; FIBERS],
            next_value: 1,
            running_received: None,
            rng: seed.wrapping_mul(0x9E3779B97F4A7C15) | 1,
        }
    }

    fn random(&mut self, n: usize) -> usize {
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        (self.rng % n as u64) as usize
    }

    fn value(&mut self) -> i64 {
        self.next_value += 1;
        self.next_value
    }

    /// One random operation by a random fiber that is not parked, then the checks.
    fn step(&mut self) {
        let idle: Vec<usize> = (0..FIBERS).filter(|&i| self.pending[i].is_none()).collect();
        if idle.is_empty() {
            // Everyone is parked: a real program would be deadlocked. Start over.
            self.unpark_all();
            return;
        }
        let index = idle[self.random(idle.len())];
        let mut fiber = self.vm.fibers[index].take().unwrap();
        self.vm.running = index;
        let channel = self.random(self.channels.len());
        let ch = self.channels[channel].clone();
        let program = self.program.clone();
        match self.random(10) {
            0..=2 => {
                let value = self.value();
                match self.vm.send(&mut fiber, &ch, Value::Int(value)) {
                    Err(_) => assert!(self.closed[channel], "send failed on an open channel"),
                    Ok(true) => self.completed[channel].push_back(value),
                    Ok(false) => self.pending[index] = Some(Pending::Send { channel, value }),
                }
            }
            3..=5 => {
                if self.vm.receive(&mut fiber, &program, &ch, true) {
                    let ok = fiber.stack.pop().unwrap();
                    let v = fiber.stack.pop().unwrap();
                    self.running_received = Some((channel, v, ok));
                } else {
                    self.pending[index] = Some(Pending::Receive { channel });
                }
            }
            6 => {
                // Close, now and then, to exercise closed channels too.
                if self.random(4) == 0 {
                    let result = self.vm.close_channel(&program, &ch);
                    assert_eq!(result.is_err(), self.closed[channel], "close result");
                    self.closed[channel] = true;
                }
            }
            _ => self.select(&mut fiber, index),
        }
        assert!(fiber.stack.is_empty(), "results left on the running fiber");
        self.vm.fibers[index] = Some(fiber);
        self.process_wakes();
        self.check_buffers();
    }

    /// A select of 1..=MAX_CASES random cases, with a default half the time.
    fn select(&mut self, fiber: &mut Fiber, index: usize) {
        let n = 1 + self.random(MAX_CASES);
        let mut cases = Vec::new();
        for _ in 0..n {
            let channel = self.random(self.channels.len());
            let send = self.random(2) == 0;
            let value = if send { Some(self.value()) } else { None };
            cases.push((channel, value));
            fiber.stack.push(self.channels[channel].clone());
            if let Some(v) = value {
                fiber.stack.push(Value::Int(v));
            }
        }
        let kinds: Vec<bool> = cases.iter().map(|(_, v)| v.is_some()).collect();
        let table = self
            .program
            .select_tables
            .iter()
            .position(|t| *t == kinds)
            .unwrap() as u32;
        let has_default = self.random(2) == 0;
        let program = self.program.clone();
        let chosen_ready = cases.iter().any(|&(channel, value)| match value {
            Some(_) => self.send_ready(channel),
            None => self.receive_ready(channel),
        });
        match self.vm.select(fiber, &program, table, has_default) {
            Err(_) => {
                // Only a send case on a closed channel panics.
                assert!(cases.iter().any(|&(c, v)| v.is_some() && self.closed[c]));
                fiber.stack.clear();
            }
            Ok(true) => {
                let ok = fiber.stack.pop().unwrap();
                let v = fiber.stack.pop().unwrap();
                let case = fiber.stack.pop().unwrap().as_int();
                if case < 0 {
                    assert!(
                        has_default && !chosen_ready,
                        "default taken with a ready case"
                    );
                    return;
                }
                assert!(chosen_ready, "a case completed although none was ready");
                match cases[case as usize] {
                    (channel, Some(value)) => self.completed[channel].push_back(value),
                    (channel, None) => self.running_received = Some((channel, v, ok)),
                }
            }
            Ok(false) => {
                assert!(
                    !has_default && !chosen_ready,
                    "select parked with a ready case"
                );
                self.pending[index] = Some(Pending::Select { cases });
            }
        }
    }

    /// Whether the model says a send on `channel` could complete now.
    fn send_ready(&self, channel: usize) -> bool {
        let cap = self.capacity(channel);
        self.closed[channel]
            || self.completed[channel].len() < cap
            || self.pending.iter().any(|p| match p {
                Some(Pending::Receive { channel: c }) => *c == channel,
                Some(Pending::Select { cases }) => {
                    cases.iter().any(|(c, v)| *c == channel && v.is_none())
                }
                _ => false,
            })
    }

    /// Whether the model says a receive on `channel` could complete now.
    fn receive_ready(&self, channel: usize) -> bool {
        self.closed[channel]
            || !self.completed[channel].is_empty()
            || self.pending.iter().any(|p| match p {
                Some(Pending::Send { channel: c, .. }) => *c == channel,
                Some(Pending::Select { cases }) => {
                    cases.iter().any(|(c, v)| *c == channel && v.is_some())
                }
                _ => false,
            })
    }

    fn capacity(&self, channel: usize) -> usize {
        match &self.channels[channel] {
            Value::Ref(r) => match self.vm.heap.get(*r) {
                Object::Chan(c) => c.cap,
                _ => unreachable!(),
            },
            _ => unreachable!(),
        }
    }

    /// A receive on `channel` completed with `v, ok`: FIFO, or the zero value once closed and drained.
    fn received(&mut self, channel: usize, v: Value, ok: Value) {
        if ok.as_bool() {
            let expected = self.completed[channel].pop_front();
            assert_eq!(
                Some(v.as_int()),
                expected,
                "values leave channel {channel} in order"
            );
        } else {
            assert!(self.closed[channel], "ok == false from an open channel");
            assert!(
                self.completed[channel].is_empty(),
                "ok == false before the buffer drained"
            );
            assert_eq!(v.as_int(), 0, "a closed channel yields the zero value");
        }
    }

    /// Fibers woken by the last operation. Sends complete first (a receiver in the same
    /// operation may take the value), then the running fiber's receive, then the woken
    /// receivers'.
    fn process_wakes(&mut self) {
        let mut woken: Vec<usize> = self.vm.run_next.take().into_iter().collect();
        woken.extend(self.vm.run_queue.drain(..));
        let mut receives = Vec::new();
        for index in woken {
            let pending = self.pending[index].take().expect("a fiber woken twice");
            let mut fiber = self.vm.fibers[index].take().unwrap();
            assert_eq!(fiber.wait_token, 0, "a woken fiber keeps its wait token");
            let panicked = fiber.pending_panic.take().is_some();
            // The channel, the value for a send, the results for a receive.
            let (channel, sent, results) = match pending {
                Pending::Send { channel, value } => (channel, Some(value), None),
                Pending::Receive { channel } => {
                    let ok = fiber.stack.pop().unwrap();
                    let v = fiber.stack.pop().unwrap();
                    (channel, None, Some((v, ok)))
                }
                Pending::Select { cases } => {
                    let ok = fiber.stack.pop().unwrap();
                    let v = fiber.stack.pop().unwrap();
                    let case = fiber.stack.pop().unwrap().as_int() as usize;
                    let (channel, sent) = cases[case];
                    (channel, sent, sent.is_none().then_some((v, ok)))
                }
            };
            assert!(fiber.stack.is_empty(), "a woken fiber got extra results");
            self.vm.fibers[index] = Some(fiber);
            match (sent, results) {
                (Some(_), _) if panicked => assert!(self.closed[channel]),
                (Some(value), _) => self.completed[channel].push_back(value),
                (None, Some((v, ok))) => receives.push((channel, v, ok)),
                (None, None) => unreachable!(),
            }
        }
        if let Some((channel, v, ok)) = self.running_received.take() {
            self.received(channel, v, ok);
        }
        for (channel, v, ok) in receives {
            self.received(channel, v, ok);
        }
    }

    /// Completed sends not yet received are exactly the buffer's contents.
    fn check_buffers(&mut self) {
        for (channel, ch) in self.channels.iter().enumerate() {
            let Value::Ref(r) = ch else { unreachable!() };
            let Object::Chan(c) = self.vm.heap.get(*r) else {
                unreachable!()
            };
            let buffered: Vec<i64> = c.buffer.iter().map(|v| v.as_int()).collect();
            let model: Vec<i64> = self.completed[channel].iter().copied().collect();
            assert_eq!(buffered, model, "buffer of channel {channel}");
        }
    }

    /// Breaks a (model) deadlock: parked fibers forget their waits, whose waiters go stale.
    fn unpark_all(&mut self) {
        for (index, pending) in self.pending.iter_mut().enumerate() {
            if pending.take().is_some() {
                let fiber = self.vm.fibers[index].as_mut().unwrap();
                fiber.wait_token = 0;
                fiber.stack.clear();
            }
        }
    }
}

fn run(capacities: &[usize]) {
    for seed in 0..SEEDS {
        let mut harness = Harness::new(seed, capacities);
        for _ in 0..STEPS {
            harness.step();
        }
    }
}

#[test]
fn unbuffered_channels_keep_their_invariants() {
    run(&[0, 0, 0]);
}

#[test]
fn buffered_channels_keep_their_invariants() {
    run(&[1, 2, 3]);
}

#[test]
fn mixed_channels_keep_their_invariants() {
    run(&[0, 1, 4]);
}

#[test]
fn a_blocked_select_parks_on_every_case_under_one_token() {
    let mut harness = Harness::new(7, &[0, 0]);
    let mut fiber = harness.vm.fibers[0].take().unwrap();
    harness.vm.running = 0;
    fiber.stack.push(harness.channels[0].clone());
    fiber.stack.push(harness.channels[1].clone());
    let program = harness.program.clone();
    let table = program
        .select_tables
        .iter()
        .position(|t| *t == [false, false])
        .unwrap() as u32;
    assert!(matches!(
        harness.vm.select(&mut fiber, &program, table, false),
        Ok(false)
    ));
    assert!(fiber.stack.is_empty());
    let token = fiber.wait_token;
    assert_ne!(token, 0);
    for ch in &harness.channels {
        let Value::Ref(r) = ch else { unreachable!() };
        let Object::Chan(c) = harness.vm.heap.get(*r) else {
            unreachable!()
        };
        assert_eq!(c.receivers.len(), 1);
        assert_eq!(c.receivers[0].token, token);
    }
    assert_eq!(fiber.wait_reason, "select");
}
