//! A fixed set of threads for searches. A search is pure CPU work on memory-mapped index
//! files; run on tokio's blocking pool, sixteen concurrent searches become sixteen threads
//! taking turns on two cores (switches, cold caches, each thread's own allocator pages and
//! analysis cache). Here they queue for as many threads as the machine has cores.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

type Job = Box<dyn FnOnce() + Send>;

/// The search threads; dropping the last handle lets them finish the queue and end.
#[derive(Debug, Clone)]
pub struct Workers {
    queue: Sender<Job>,
}

/// A job did not finish: it panicked, or the threads are gone.
#[derive(Debug)]
pub struct Lost;

impl Workers {
    /// `threads` threads (at least one) named `name`.
    pub fn new(threads: usize, name: &str) -> std::io::Result<Self> {
        let (queue, jobs) = channel::<Job>();
        let jobs = Arc::new(Mutex::new(jobs));
        for i in 0..threads.max(1) {
            let jobs = Arc::clone(&jobs);
            std::thread::Builder::new()
                .name(format!("{name}-{i}"))
                .spawn(move || work(&jobs))?;
        }
        Ok(Self { queue })
    }

    /// As many threads as the machine has cores.
    pub fn per_core(name: &str) -> std::io::Result<Self> {
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        Self::new(cores, name)
    }

    /// Runs `f` on one of the threads and waits for its result without blocking the runtime.
    pub async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Lost> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            // Nobody waits any more (the client went away): skip the work.
            if tx.is_closed() {
                return;
            }
            // A panic is the job's failure, not the thread's.
            if let Ok(out) = catch_unwind(AssertUnwindSafe(f)) {
                let _ = tx.send(out);
            }
        });
        self.queue.send(job).map_err(|_| Lost)?;
        rx.await.map_err(|_| Lost)
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

    async fn futures_join(w: &Workers) -> Vec<u32> {
        let mut out = Vec::new();
        let pending: Vec<_> = (0..8u32).map(|i| w.run(move || i * 2)).collect();
        for p in pending {
            out.push(p.await.unwrap());
        }
        out
    }
}
