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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChannelClosed;

impl std::fmt::Display for ChannelClosed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("host channel closed")
    }
}

impl std::error::Error for ChannelClosed {}

/// Why `try_recv` returned no value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TryRecvError {
    /// Nothing has arrived yet.
    Empty,
    /// Go closed the channel (or the VM ended) and every value was received.
    Closed,
}

/// The host's end of a channel Go receives from (`<-chan T` in Go).
///
/// Values queue on the host side and move into the Go channel whenever the VM runs and
/// the channel has room (or a receiver waits).
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

/// The host's end of a channel Go sends to (`chan<- T` in Go).
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

    /// Sends `value`; the future completes when Go has taken it.
    pub fn send_async(&self, value: T) -> SendFuture {
        SendFuture {
            shared: self.shared.clone(),
            sequence: self.send_nowait(value),
        }
    }

    /// Closes the channel: once Go has received every queued value, its `range` ends
    /// and receives give the zero value.
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

/// Completes when Go has taken the value sent by `HostSender::send_async`.
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
    /// Takes a value if one has arrived, without waiting.
    ///
    /// # Errors
    /// `Empty` when nothing has arrived; `Closed` when Go closed the channel (or the VM
    /// ended) and every value was taken.
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

    /// Receives asynchronously; the future gives `None` as `recv` does.
    pub fn recv_async(&self) -> RecvFuture<'_, T> {
        RecvFuture { receiver: self }
    }
}

/// The future of `HostReceiver::recv_async`.
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

/// The completion of a blocking host function (see `EngineBuilder::register_blocking_fn`):
/// `Send`, so any thread may complete it. The calling goroutine stays parked, and the
/// rest of the VM keeps running, until `send` is called; dropping the reply unsent
/// completes the call with Go's zero value.
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
