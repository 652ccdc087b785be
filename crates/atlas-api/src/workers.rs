//! A fixed set of threads for searches. A search is pure CPU work on memory-mapped index
//! files; run on tokio's blocking pool, sixteen concurrent searches become sixteen threads
//! taking turns on two cores (switches, cold caches, each thread's own allocator pages and
//! analysis cache). Here they queue for as many threads as the machine has cores.
//!
//! The queue is bounded: past [`QUEUED_PER_THREAD`] jobs per thread (running or waiting, an
//! abandoned one until a thread skips it) a new one is refused at once (the API answers 503
//! with `Retry-After`) instead of waiting behind work that already takes longer than a client
//! waits.
//!
//! Quick searches skip the threads: while searches take under [`QUICK_SEARCH`] on average
//! ([`Timing`]), one runs on the async worker that received its request. Handing it over
//! costs two thread switches per request, which at 100,000 offers is about a tenth of the
//! time (BENCHMARKS.md). An async worker runs one search at a time, so no more searches run
//! at once than there are workers; slow searches go to the bounded queue.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Searches taking less than this on average run where their request was received.
pub const QUICK_SEARCH: Duration = Duration::from_millis(2);

/// A moving average of how long searches take (the last 16 or so weigh most).
#[derive(Debug)]
pub struct Timing {
    average_nanos: AtomicU64,
}

impl Default for Timing {
    /// Starts slow: the first searches (cold caches) go to the threads.
    fn default() -> Self {
        Self {
            average_nanos: AtomicU64::new(QUICK_SEARCH.as_nanos() as u64),
        }
    }
}

impl Timing {
    /// Whether searches are quick enough to run in place.
    pub fn quick(&self) -> bool {
        self.average_nanos.load(Ordering::Relaxed) < QUICK_SEARCH.as_nanos() as u64
    }

    /// Counts one search's time in. Concurrent updates may lose one another's share, which
    /// only makes the average a little less smooth.
    pub fn record(&self, took: Duration) {
        let took = u64::try_from(took.as_nanos()).unwrap_or(u64::MAX);
        let old = self.average_nanos.load(Ordering::Relaxed);
        let new = old - old / 16 + took / 16;
        self.average_nanos.store(new, Ordering::Relaxed);
    }
}

/// Runs `f` here, a panic becoming `None` (as a panicking job on the threads).
pub fn run_here<T>(f: impl FnOnce() -> T) -> Option<T> {
    catch_unwind(AssertUnwindSafe(f)).ok()
}

type Job = Box<dyn FnOnce() + Send>;

/// Jobs (running or waiting) per thread: a search takes about 1–5 ms, so a full queue is a
/// wait of a few hundred milliseconds.
pub const QUEUED_PER_THREAD: usize = 128;

/// The search threads; dropping the last handle lets them finish the queue and end.
#[derive(Debug, Clone)]
pub struct Workers {
    queue: Sender<Job>,
    /// Jobs handed over and not yet finished (or skipped).
    pending: Arc<AtomicUsize>,
    limit: usize,
}

/// Why a job gave no result.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// The queue is full; nothing was run.
    Busy,
    /// It panicked, or the threads are gone.
    Lost,
}

/// Counts a job as finished however it ends (run, skipped, panicked, dropped unrun).
struct Done(Arc<AtomicUsize>);

impl Drop for Done {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

impl Workers {
    /// `threads` threads (at least one) named `name`, with room for
    /// [`QUEUED_PER_THREAD`] jobs each.
    pub fn new(threads: usize, name: &str) -> std::io::Result<Self> {
        Self::with_limit(threads, threads.max(1) * QUEUED_PER_THREAD, name)
    }

    /// `threads` threads that hold at most `limit` jobs (running or waiting).
    pub fn with_limit(threads: usize, limit: usize, name: &str) -> std::io::Result<Self> {
        let (queue, jobs) = channel::<Job>();
        let jobs = Arc::new(Mutex::new(jobs));
        for i in 0..threads.max(1) {
            let jobs = Arc::clone(&jobs);
            std::thread::Builder::new()
                .name(format!("{name}-{i}"))
                .spawn(move || work(&jobs))?;
        }
        Ok(Self {
            queue,
            pending: Arc::default(),
            limit: limit.max(1),
        })
    }

    /// As many threads as the machine has cores.
    pub fn per_core(name: &str) -> std::io::Result<Self> {
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        Self::new(cores, name)
    }

    /// Runs `f` on one of the threads and waits for its result without blocking the runtime;
    /// refuses it at once when the queue is full.
    pub async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Refused> {
        let admitted = self
            .pending
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < self.limit).then_some(n + 1)
            });
        if admitted.is_err() {
            return Err(Refused::Busy);
        }
        let done = Done(Arc::clone(&self.pending));
        let (tx, rx) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            // Nobody waits any more (the client went away): skip the work.
            if tx.is_closed() {
                return;
            }
            // A panic is the job's failure, not the thread's.
            let out = catch_unwind(AssertUnwindSafe(f));
            // The place is free before the waiter hears of the result (or of the panic, when
            // `tx` is dropped): its next job must find it free.
            drop(done);
            if let Ok(out) = out {
                let _ = tx.send(out);
            }
        });
        self.queue.send(job).map_err(|_| Refused::Lost)?;
        rx.await.map_err(|_| Refused::Lost)
    }
}

fn work(jobs: &Mutex<Receiver<Job>>) {
    loop {
        // The lock is held only while waiting for the next job, never while running one.
        let job = match jobs.lock() {
            Ok(rx) => rx.recv(),
            Err(poisoned) => poisoned.into_inner().recv(),
        };
        match job {
            Ok(job) => job(),
            Err(_) => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::future::Future;

    use super::*;

    #[tokio::test]
    async fn runs_jobs_and_survives_a_panic() {
        let w = Workers::new(2, "test-worker").unwrap();
        assert_eq!(w.run(|| 6 * 7).await.unwrap(), 42);
        let lost = w.run(|| -> u8 { panic!("a failing job") }).await;
        assert!(lost.is_err());
        // Both threads still work.
        let all = futures_join(&w).await;
        assert_eq!(all, (0..8).map(|i| i * 2).collect::<Vec<_>>());
    }

    /// Polls a future once (a job is queued at its first poll).
    fn poll_once<F: Future>(f: &mut std::pin::Pin<Box<F>>) {
        let _ = f
            .as_mut()
            .poll(&mut std::task::Context::from_waker(std::task::Waker::noop()));
    }

    #[tokio::test]
    async fn a_job_nobody_waits_for_is_skipped() {
        let w = Workers::new(1, "test-worker").unwrap();
        // The only thread is held by the first job until the abandoned one is queued behind
        // it (the queue is first in, first out).
        let (release, gate) = std::sync::mpsc::channel::<()>();
        let mut first = Box::pin(w.run(move || gate.recv().is_ok()));
        poll_once(&mut first);
        let ran = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = Arc::clone(&ran);
        let mut abandoned =
            Box::pin(w.run(move || flag.store(true, std::sync::atomic::Ordering::SeqCst)));
        poll_once(&mut abandoned);
        // The client went away.
        drop(abandoned);
        release.send(()).unwrap();
        assert!(first.await.unwrap());
        // A job queued after it runs, so the abandoned one has had its turn.
        w.run(|| ()).await.unwrap();
        assert!(!ran.load(std::sync::atomic::Ordering::SeqCst));
    }

    #[tokio::test]
    async fn a_full_queue_refuses_and_then_takes_work_again() {
        let w = Workers::with_limit(1, 2, "test-worker").unwrap();
        let (release, gate) = std::sync::mpsc::channel::<()>();
        let mut first = Box::pin(w.run(move || gate.recv().is_ok()));
        poll_once(&mut first);
        let mut second = Box::pin(w.run(|| 2));
        poll_once(&mut second);
        assert_eq!(w.run(|| 3).await, Err(Refused::Busy));
        release.send(()).unwrap();
        assert!(first.await.unwrap());
        assert_eq!(second.await.unwrap(), 2);
        // Finished, skipped and panicked jobs all give their place back.
        let mut abandoned = Box::pin(w.run(|| 4));
        poll_once(&mut abandoned);
        drop(abandoned);
        assert_eq!(
            w.run(|| -> u8 { panic!("a failing job") }).await,
            Err(Refused::Lost)
        );
        for i in 0..4 {
            assert_eq!(w.run(move || i).await, Ok(i));
        }
    }

    #[test]
    fn searches_run_in_place_while_they_are_quick_on_average() {
        let t = Timing::default();
        assert!(!t.quick(), "cold: to the threads");
        for _ in 0..40 {
            t.record(Duration::from_micros(500));
        }
        assert!(t.quick());
        // One slow search does not change that, a run of them does.
        t.record(Duration::from_millis(10));
        assert!(t.quick());
        for _ in 0..10 {
            t.record(Duration::from_millis(10));
        }
        assert!(!t.quick());
        // A panic in place is a lost result, as on the threads.
        assert_eq!(run_here(|| 7), Some(7));
        assert_eq!(run_here(|| -> u8 { panic!("a failing search") }), None);
    }

    async fn futures_join(w: &Workers) -> Vec<u32> {
        let mut out = Vec::new();
        let pending: Vec<_> = (0..8u32).map(|i| w.run(move || i * 2)).collect();
        for p in pending {
            out.push(p.await.unwrap());
        }
        out
    }
}
