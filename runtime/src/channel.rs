//! The host's ends of host channels: `HostSender` (host to Go) and `HostReceiver`
//! (Go to host). Both are `Send + Sync` and hold no VM value, so any thread or async
//! task may use them while the VM runs elsewhere (see weft-vm's host_chan.rs).

use crate::convert::GoType;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use weft_vm::host_chan::{lock, HostChanShared};

/// Sending failed: the channel, or the VM, is closed.
///
/// # Examples
///
/// ```
/// let engine = weft::Engine::builder().channel_to_go::<i64>("host.In", 1).build();
/// let source = "package main\nimport \"host\"\nfunc main() { for range host.In {} }\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let input = vm.sender::<i64>("host.In").unwrap();
/// input.close();
/// assert_eq!(input.send_nowait(1), Err(weft::ChannelClosed));
/// assert_eq!(weft::ChannelClosed.to_string(), "host channel closed");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChannelClosed;

impl std::fmt::Display for ChannelClosed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("host channel closed")
    }
}

impl std::error::Error for ChannelClosed {}

/// Why [`HostReceiver::try_recv`] returned no value.
///
/// # Examples
///
/// ```
/// use weft::{Budget, Outcome, TryRecvError};
/// let engine = weft::Engine::builder()
///     .channel_to_go::<i64>("host.In", 1)
///     .channel_from_go::<i64>("host.Out", 1)
///     .build();
/// let source = "package main\nimport \"host\"\nfunc main() {\n\thost.Out <- <-host.In + 1\n\tclose(host.Out)\n}\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let (input, output) = (vm.sender::<i64>("host.In").unwrap(), vm.receiver::<i64>("host.Out").unwrap());
/// assert_eq!(vm.run_for(Budget::unlimited()), Ok(Outcome::Blocked));
/// assert_eq!(output.try_recv(), Err(TryRecvError::Empty)); // Go waits for input
/// input.send_nowait(41).unwrap();
/// assert_eq!(vm.run_for(Budget::unlimited()), Ok(Outcome::Finished(0)));
/// assert_eq!(output.try_recv(), Ok(42));
/// assert_eq!(output.try_recv(), Err(TryRecvError::Closed));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TryRecvError {
    /// Nothing has arrived yet.
    Empty,
    /// Go closed the channel (or the VM ended) and every value was received.
    Closed,
}

/// The host's end of a channel Go receives from (`<-chan T` in Go): made by
/// [`Vm::sender`](crate::Vm::sender) or [`Vm::new_sender`](crate::Vm::new_sender).
///
/// Values queue on the host side and move into the Go channel whenever the VM runs and
/// the channel has room (or a receiver waits).
///
/// # Examples
///
/// ```
/// let engine = weft::Engine::builder().channel_to_go::<i64>("host.In", 4).build();
/// let source = "package main\nimport \"host\"\nfunc main() {\n\tsum := 0\n\tfor v := range host.In {\n\t\tsum += v\n\t}\n\tprintln(sum)\n}\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let output = vm.capture_output();
/// let input = vm.sender::<i64>("host.In").unwrap();
/// let feeder = std::thread::spawn(move || {
///     for v in 1..=10 {
///         input.send(v).unwrap(); // waits until Go took it
///     }
///     input.close(); // ends Go's range
/// });
/// assert_eq!(vm.run(), Ok(0));
/// feeder.join().unwrap();
/// assert_eq!(output.stderr(), "55\n");
/// ```
pub struct HostSender<T> {
    shared: Arc<HostChanShared>,
    marker: PhantomData<fn(T)>,
}

/// The host's end of a channel Go sends to (`chan<- T` in Go): made by
/// [`Vm::receiver`](crate::Vm::receiver) or [`Vm::new_receiver`](crate::Vm::new_receiver).
///
/// # Examples
///
/// ```
/// use weft::{Budget, TryRecvError};
/// let engine = weft::Engine::builder().channel_from_go::<String>("host.Log", 16).build();
/// let source = "package main\nimport \"host\"\nfunc main() {\n\thost.Log <- \"started\"\n\tclose(host.Log)\n}\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let log = vm.receiver::<String>("host.Log").unwrap();
/// assert_eq!(log.try_recv(), Err(TryRecvError::Empty));
/// vm.run_for(Budget::unlimited()).unwrap();
/// assert_eq!(log.try_recv(), Ok("started".to_string()));
/// assert_eq!(log.try_recv(), Err(TryRecvError::Closed));
/// ```
pub struct HostReceiver<T> {
    shared: Arc<HostChanShared>,
    marker: PhantomData<fn() -> T>,
}

impl<T> HostSender<T> {
    /// The state shared with the VM (for passing this end to Go as an argument).
    pub(crate) fn shared(&self) -> &Arc<HostChanShared> {
        &self.shared
    }

    pub(crate) fn new(shared: Arc<HostChanShared>) -> Self {
        lock(&shared.state).host_handles += 1;
        HostSender {
            shared,
            marker: PhantomData,
        }
    }
}

impl<T> HostReceiver<T> {
    /// The state shared with the VM (for passing this end to Go as an argument).
    pub(crate) fn shared(&self) -> &Arc<HostChanShared> {
        &self.shared
    }

    pub(crate) fn new(shared: Arc<HostChanShared>) -> Self {
        lock(&shared.state).host_handles += 1;
        HostReceiver {
            shared,
            marker: PhantomData,
        }
    }
}

impl<T: GoType> HostSender<T> {
    /// Queues `value` without waiting: the thread that runs the VM (a host loop) uses
    /// this, since waiting there would wait forever. Returns the value's sequence number.
    ///
    /// # Errors
    /// The channel was closed (by the host, or by Go) or the VM ended.
    ///
    /// # Examples
    ///
    /// ```
    /// use weft::{Budget, Outcome};
    /// let engine = weft::Engine::builder().channel_to_go::<String>("host.Keys", 8).build();
    /// let source = "package main\nimport \"host\"\nfunc main() {\n\tfor key := range host.Keys {\n\t\tprint(key)\n\t}\n}\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// let keys = vm.sender::<String>("host.Keys").unwrap();
    /// for frame in ["w", "a", "s"] {
    ///     let first = keys.send_nowait(frame.to_string()).unwrap();
    ///     assert!(first >= 1); // each value's sequence number
    ///     assert_eq!(vm.run_for(Budget::instructions(10_000)), Ok(Outcome::Blocked));
    /// }
    /// keys.close();
    /// assert_eq!(vm.run_for(Budget::unlimited()), Ok(Outcome::Finished(0)));
    /// assert_eq!(output.stderr(), "was");
    /// ```
    pub fn send_nowait(&self, value: T) -> Result<u64, ChannelClosed> {
        let mut state = lock(&self.shared.state);
        if state.host_closed || state.go_closed || state.vm_gone {
            return Err(ChannelClosed);
        }
        state.pending.push_back(value.into_host());
        state.sent += 1;
        let sequence = state.sent;
        drop(state);
        self.shared.vm_notifier.notify();
        Ok(sequence)
    }

    /// Sends `value` and waits until Go has taken it (into the channel's buffer or a
    /// receiver). Call it from a thread other than the one running the VM.
    ///
    /// # Errors
    /// The channel was closed or the VM ended before the value was taken.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().channel_to_go::<i64>("host.In", 0).build();
    /// let source = "package main\nimport \"host\"\nfunc main() { println(<-host.In) }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// let input = vm.sender::<i64>("host.In").unwrap();
    /// let feeder = std::thread::spawn(move || {
    ///     input.send(1).unwrap(); // returns once Go received it
    ///     input.send(2) // Go never receives again: fails when the VM ends
    /// });
    /// assert_eq!(vm.run(), Ok(0));
    /// drop(vm);
    /// assert_eq!(feeder.join().unwrap(), Err(weft::ChannelClosed));
    /// assert_eq!(output.stderr(), "1\n");
    /// ```
    pub fn send(&self, value: T) -> Result<(), ChannelClosed> {
        let sequence = self.send_nowait(value)?;
        let mut state = lock(&self.shared.state);
        loop {
            if state.delivered >= sequence {
                return Ok(());
            }
            if state.go_closed || state.vm_gone {
                return Err(ChannelClosed);
            }
            state = self
                .shared
                .changed
                .wait(state)
                .unwrap_or_else(|e| e.into_inner());
        }
    }

    /// Sends `value`; the future completes when Go has taken it, with the errors of
    /// [`HostSender::send`]. For async hosts: awaiting it does not block a thread.
    ///
    /// # Examples
    ///
    /// ```
    /// // Any executor works; this one parks the thread until the future's waker runs.
    /// fn block_on<F: std::future::Future>(future: F) -> F::Output {
    ///     struct Unpark(std::thread::Thread);
    ///     impl std::task::Wake for Unpark {
    ///         fn wake(self: std::sync::Arc<Self>) {
    ///             self.0.unpark()
    ///         }
    ///     }
    ///     let waker = std::task::Waker::from(std::sync::Arc::new(Unpark(std::thread::current())));
    ///     let mut context = std::task::Context::from_waker(&waker);
    ///     let mut future = std::pin::pin!(future);
    ///     loop {
    ///         if let std::task::Poll::Ready(output) = future.as_mut().poll(&mut context) {
    ///             return output;
    ///         }
    ///         std::thread::park();
    ///     }
    /// }

    /// let engine = weft::Engine::builder().channel_to_go::<i64>("host.In", 0).build();
    /// let source = "package main\nimport \"host\"\nfunc main() { println(<-host.In) }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// let input = vm.sender::<i64>("host.In").unwrap();
    /// let task = std::thread::spawn(move || block_on(input.send_async(5)));
    /// assert_eq!(vm.run(), Ok(0));
    /// assert_eq!(task.join().unwrap(), Ok(()));
    /// assert_eq!(output.stderr(), "5\n");
    /// ```
    pub fn send_async(&self, value: T) -> SendFuture {
        SendFuture {
            shared: self.shared.clone(),
            sequence: self.send_nowait(value),
        }
    }

    /// Closes the channel: once Go has received every queued value, its `range` ends
    /// and receives give the zero value. Later sends fail with [`ChannelClosed`].
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().channel_to_go::<i64>("host.In", 4).build();
    /// let source = "package main\nimport \"host\"\nfunc main() {\n\tprintln(<-host.In)\n\tv, ok := <-host.In\n\tprintln(v, ok)\n}\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// let input = vm.sender::<i64>("host.In").unwrap();
    /// input.send_nowait(3).unwrap();
    /// input.close();
    /// assert_eq!(vm.run(), Ok(0));
    /// assert_eq!(output.stderr(), "3\n0 false\n");
    /// ```
    pub fn close(&self) {
        lock(&self.shared.state).host_closed = true;
        self.shared.vm_notifier.notify();
    }
}

impl<T> Drop for HostSender<T> {
    fn drop(&mut self) {
        lock(&self.shared.state).host_handles -= 1;
        self.shared.vm_notifier.notify();
    }
}

impl<T> Drop for HostReceiver<T> {
    fn drop(&mut self) {
        lock(&self.shared.state).host_handles -= 1;
        self.shared.vm_notifier.notify();
    }
}

/// Completes when Go has taken the value sent by [`HostSender::send_async`]; its output
/// is `Err(ChannelClosed)` if the channel closed or the VM ended first.
///
/// # Examples
///
/// ```
/// // Any executor works; this one parks the thread until the future's waker runs.
/// fn block_on<F: std::future::Future>(future: F) -> F::Output {
///     struct Unpark(std::thread::Thread);
///     impl std::task::Wake for Unpark {
///         fn wake(self: std::sync::Arc<Self>) {
///             self.0.unpark()
///         }
///     }
///     let waker = std::task::Waker::from(std::sync::Arc::new(Unpark(std::thread::current())));
///     let mut context = std::task::Context::from_waker(&waker);
///     let mut future = std::pin::pin!(future);
///     loop {
///         if let std::task::Poll::Ready(output) = future.as_mut().poll(&mut context) {
///             return output;
///         }
///         std::thread::park();
///     }
/// }
/// let engine = weft::Engine::builder().channel_to_go::<i64>("host.In", 1).build();
/// let source = "package main\nimport \"host\"\nfunc main() { println(<-host.In) }\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let input = vm.sender::<i64>("host.In").unwrap();
/// input.close();
/// let sent: weft::SendFuture = input.send_async(1);
/// assert_eq!(block_on(sent), Err(weft::ChannelClosed));
/// ```
pub struct SendFuture {
    shared: Arc<HostChanShared>,
    sequence: Result<u64, ChannelClosed>,
}

impl Future for SendFuture {
    type Output = Result<(), ChannelClosed>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let sequence = match self.sequence {
            Ok(s) => s,
            Err(e) => return Poll::Ready(Err(e)),
        };
        let mut state = lock(&self.shared.state);
        if state.delivered >= sequence {
            return Poll::Ready(Ok(()));
        }
        if state.go_closed || state.vm_gone {
            return Poll::Ready(Err(ChannelClosed));
        }
        state.wakers.push(cx.waker().clone());
        Poll::Pending
    }
}

impl<T: GoType> HostReceiver<T> {
    /// Takes a value if one has arrived, without waiting: what the thread running the
    /// VM uses between steps.
    ///
    /// # Errors
    /// `Empty` when nothing has arrived; `Closed` when Go closed the channel (or the VM
    /// ended) and every value was taken.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().channel_from_go::<String>("host.Out", 4).build();
    /// let source = "package main\nimport \"host\"\nfunc main() { host.Out <- \"a\"; host.Out <- \"b\" }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let out = vm.receiver::<String>("host.Out").unwrap();
    /// assert_eq!(out.try_recv(), Err(weft::TryRecvError::Empty));
    /// vm.run().unwrap();
    /// assert_eq!(out.try_recv().as_deref(), Ok("a"));
    /// assert_eq!(out.try_recv().as_deref(), Ok("b"));
    /// drop(vm);
    /// assert_eq!(out.try_recv(), Err(weft::TryRecvError::Closed)); // the VM ended
    /// ```
    pub fn try_recv(&self) -> Result<T, TryRecvError> {
        let mut state = lock(&self.shared.state);
        if let Some(item) = state.pending.pop_front() {
            drop(state);
            // Room freed: the VM may take the next value from a waiting Go sender.
            self.shared.vm_notifier.notify();
            return T::from_host(item).ok_or(TryRecvError::Closed);
        }
        if state.go_closed || state.vm_gone {
            return Err(TryRecvError::Closed);
        }
        Err(TryRecvError::Empty)
    }

    /// Waits for a value; `None` once Go closed the channel (or the VM ended) and every
    /// value was taken. Call it from a thread other than the one running the VM.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder().channel_from_go::<i64>("host.Out", 0).build();
    /// let source = "package main\nimport \"host\"\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\thost.Out <- i\n\t}\n\tclose(host.Out)\n}\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let out = vm.receiver::<i64>("host.Out").unwrap();
    /// let consumer = std::thread::spawn(move || std::iter::from_fn(|| out.recv()).collect::<Vec<_>>());
    /// assert_eq!(vm.run(), Ok(0));
    /// assert_eq!(consumer.join().unwrap(), [0, 1, 2]);
    /// ```
    pub fn recv(&self) -> Option<T> {
        let mut state = lock(&self.shared.state);
        loop {
            if let Some(item) = state.pending.pop_front() {
                drop(state);
                self.shared.vm_notifier.notify();
                return T::from_host(item);
            }
            if state.go_closed || state.vm_gone {
                return None;
            }
            state = self
                .shared
                .changed
                .wait(state)
                .unwrap_or_else(|e| e.into_inner());
        }
    }

    /// Receives asynchronously; the future gives `None` as [`HostReceiver::recv`] does.
    ///
    /// # Examples
    ///
    /// ```
    /// // Any executor works; this one parks the thread until the future's waker runs.
    /// fn block_on<F: std::future::Future>(future: F) -> F::Output {
    ///     struct Unpark(std::thread::Thread);
    ///     impl std::task::Wake for Unpark {
    ///         fn wake(self: std::sync::Arc<Self>) {
    ///             self.0.unpark()
    ///         }
    ///     }
    ///     let waker = std::task::Waker::from(std::sync::Arc::new(Unpark(std::thread::current())));
    ///     let mut context = std::task::Context::from_waker(&waker);
    ///     let mut future = std::pin::pin!(future);
    ///     loop {
    ///         if let std::task::Poll::Ready(output) = future.as_mut().poll(&mut context) {
    ///             return output;
    ///         }
    ///         std::thread::park();
    ///     }
    /// }

    /// let engine = weft::Engine::builder().channel_from_go::<String>("host.Out", 0).build();
    /// let source = "package main\nimport \"host\"\nfunc main() { host.Out <- \"ready\" }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let out = vm.receiver::<String>("host.Out").unwrap();
    /// let task = std::thread::spawn(move || block_on(out.recv_async()));
    /// assert_eq!(vm.run(), Ok(0));
    /// assert_eq!(task.join().unwrap().as_deref(), Some("ready"));
    /// ```
    pub fn recv_async(&self) -> RecvFuture<'_, T> {
        RecvFuture { receiver: self }
    }
}

/// The future of [`HostReceiver::recv_async`]: `Some(value)`, or `None` once Go closed
/// the channel (or the VM ended) and every value was taken.
///
/// # Examples
///
/// ```
/// // Any executor works; this one parks the thread until the future's waker runs.
/// fn block_on<F: std::future::Future>(future: F) -> F::Output {
///     struct Unpark(std::thread::Thread);
///     impl std::task::Wake for Unpark {
///         fn wake(self: std::sync::Arc<Self>) {
///             self.0.unpark()
///         }
///     }
///     let waker = std::task::Waker::from(std::sync::Arc::new(Unpark(std::thread::current())));
///     let mut context = std::task::Context::from_waker(&waker);
///     let mut future = std::pin::pin!(future);
///     loop {
///         if let std::task::Poll::Ready(output) = future.as_mut().poll(&mut context) {
///             return output;
///         }
///         std::thread::park();
///     }
/// }
/// let engine = weft::Engine::builder().channel_from_go::<i64>("host.Out", 1).build();
/// let source = "package main\nimport \"host\"\nfunc main() { host.Out <- 7; close(host.Out) }\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let out = vm.receiver::<i64>("host.Out").unwrap();
/// vm.run().unwrap();
/// let first: weft::RecvFuture<'_, i64> = out.recv_async();
/// assert_eq!(block_on(first), Some(7));
/// assert_eq!(block_on(out.recv_async()), None);
/// ```
pub struct RecvFuture<'a, T> {
    receiver: &'a HostReceiver<T>,
}

impl<T: GoType> Future for RecvFuture<'_, T> {
    type Output = Option<T>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.receiver.try_recv() {
            Ok(value) => Poll::Ready(Some(value)),
            Err(TryRecvError::Closed) => Poll::Ready(None),
            Err(TryRecvError::Empty) => {
                let mut state = lock(&self.receiver.shared.state);
                // Checked again under the lock, so a value that arrived meanwhile is not missed.
                if !state.pending.is_empty() || state.go_closed || state.vm_gone {
                    cx.waker().wake_by_ref();
                } else {
                    state.wakers.push(cx.waker().clone());
                }
                Poll::Pending
            }
        }
    }
}

/// The completion of a blocking host function (see
/// [`EngineBuilder::register_blocking_fn`](crate::EngineBuilder::register_blocking_fn)):
/// `Send`, so any thread may complete it. The calling goroutine stays parked, and the
/// rest of the VM keeps running, until `send` is called; dropping the reply unsent
/// completes the call with Go's zero value.
///
/// # Examples
///
/// A host loop that answers on a later step:
///
/// ```
/// use std::sync::{Arc, Mutex};
/// use weft::{Budget, Outcome, Reply};
/// let waiting: Arc<Mutex<Vec<Reply<i64>>>> = Arc::default();
/// let queue = waiting.clone();
/// let engine = weft::Engine::builder()
///     .register_blocking_fn("host.NextFrame", move |reply: Reply<i64>| queue.lock().unwrap().push(reply))
///     .build();
/// let source = "package main\nimport \"host\"\nfunc main() { println(host.NextFrame()) }\n";
/// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
/// let output = vm.capture_output();
/// assert_eq!(vm.run_for(Budget::unlimited()), Ok(Outcome::Blocked));
/// for reply in waiting.lock().unwrap().drain(..) {
///     reply.send(60);
/// }
/// assert_eq!(vm.run_for(Budget::unlimited()), Ok(Outcome::Finished(0)));
/// assert_eq!(output.stderr(), "60\n");
/// ```
pub struct Reply<T> {
    sender: HostSender<T>,
}

impl<T: GoType> Reply<T> {
    pub(crate) fn new(shared: Arc<HostChanShared>) -> Self {
        Reply {
            sender: HostSender::new(shared),
        }
    }

    /// Completes the call with `value`: the goroutine resumes at the VM's next step.
    /// If the VM has ended meanwhile, the value is dropped.
    ///
    /// # Examples
    ///
    /// ```
    /// let engine = weft::Engine::builder()
    ///     .register_blocking_fn("host.Answer", |ask: bool, reply: weft::Reply<String>| {
    ///         if ask {
    ///             reply.send("yes".to_string());
    ///         } // else the reply is dropped unsent: Go gets ""
    ///     })
    ///     .build();
    /// let source = "package main\nimport \"host\"\nfunc main() { println(host.Answer(true), len(host.Answer(false))) }\n";
    /// let mut vm = engine.vm(&engine.compile_source("main.go", source).unwrap()).unwrap();
    /// let output = vm.capture_output();
    /// assert_eq!(vm.run(), Ok(0));
    /// assert_eq!(output.stderr(), "yes 0\n");
    /// ```
    pub fn send(self, value: T) {
        // The VM may have ended meanwhile; then nobody waits for the value.
        let _ = self.sender.send_nowait(value);
    }
}

impl<T> Drop for Reply<T> {
    fn drop(&mut self) {
        lock(&self.sender.shared.state).host_closed = true;
        self.sender.shared.vm_notifier.notify();
    }
}
