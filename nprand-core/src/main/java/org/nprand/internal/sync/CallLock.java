package org.nprand.internal.sync;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * The per-instance lock that every public method of {@code RandomState}, {@code Generator} and
 * {@code PyRandom} holds for its whole call (NumPy's per-generator lock), so that calls on a
 * shared instance are atomic. Reentrant: a public method that calls another public method of the
 * same instance does not block itself.
 *
 * <p>Why not {@code synchronized}: an uncontended monitor costs two atomic compare-and-sets per
 * call (enter and exit), which is most of a scalar draw's cost (a {@code rand()} is about 1 ns of
 * arithmetic). This lock takes it with one compare-and-set and gives it back with a plain release
 * store. The release store cannot be ordered before a later read of the waiter count without a
 * full fence (which would cost what it saves), so a waiter can miss its wake-up; waiters therefore
 * never park for long: they spin briefly, then park with a bounded, growing timeout and try again.
 * A missed wake-up costs that waiter at most {@link #MAX_PARK_NANOS}; mutual exclusion rests on
 * the compare-and-set alone.
 *
 * <p>Usage, the whole body inside (a {@code null} from {@link #lock()} means the caller already
 * held it, and {@link #unlock(Thread)} then leaves it held):
 * <pre>{@code
 * Thread held = lock.lock();
 * try {
 *     ... body ...
 * } finally {
 *     lock.unlock(held);
 * }
 * }</pre>
 */
public final class CallLock {

    /** Spins (each a {@link Thread#onSpinWait()}) before a contended caller parks. */
    private static final int SPINS = 100;
    /** The first and the longest park of a waiter; each park doubles the next, up to the cap. */
    private static final long MIN_PARK_NANOS = 10_000L;
    static final long MAX_PARK_NANOS = 1_000_000L;

    private static final VarHandle OWNER;
    private static final VarHandle WAITING;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            OWNER = l.findVarHandle(CallLock.class, "owner", Thread.class);
            WAITING = l.findVarHandle(CallLock.class, "waiting", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The holder, or null when free. */
    private volatile Thread owner;
    /** How many threads are parked (or about to park) in {@link #lockSlow}. */
    private volatile int waiting;
    /** The parked threads, created at the first contention (most instances never see any). */
    private volatile ConcurrentLinkedQueue<Thread> parked;

    /**
     * Takes the lock, blocking while another thread holds it. Returns the current thread, to pass
     * to {@link #unlock(Thread)}; or null when the current thread already holds the lock (a
     * nested call), and then {@code unlock(null)} does nothing.
     */
    public Thread lock() {
        Thread t = Thread.currentThread();
        if (OWNER.compareAndSet(this, null, t)) {
            return t;
        }
        return owner == t ? null : lockSlow(t);
    }

    /** Gives the lock back if {@code held} is what {@link #lock()} returned for the outermost call. */
    public void unlock(Thread held) {
        if (held != null) {
            OWNER.setRelease(this, null);
            if (waiting != 0) {
                wakeOne();
            }
        }
    }

    /** Whether the current thread holds the lock (tests, assertions). */
    public boolean isHeldByCurrentThread() {
        return owner == Thread.currentThread();
    }

    private Thread lockSlow(Thread t) {
        for (int i = 0; i < SPINS; i++) {
            Thread.onSpinWait();
            if (owner == null && OWNER.compareAndSet(this, null, t)) {
                return t;
            }
        }
        ConcurrentLinkedQueue<Thread> q = queue();
        WAITING.getAndAdd(this, 1);
        q.add(t);
        boolean interrupted = false;
        try {
            long nanos = MIN_PARK_NANOS;
            while (!(owner == null && OWNER.compareAndSet(this, null, t))) {
                LockSupport.parkNanos(this, nanos);
                nanos = Math.min(2 * nanos, MAX_PARK_NANOS);
                // As a monitor: not interruptible. Clear the flag (a set flag makes park return at
                // once: a busy loop) and restore it once the lock is held.
                interrupted |= Thread.interrupted();
            }
        } finally {
            q.remove(t);
            WAITING.getAndAdd(this, -1);
            if (interrupted) {
                t.interrupt();
            }
        }
        return t;
    }

    private void wakeOne() {
        ConcurrentLinkedQueue<Thread> q = parked;
        Thread w = q == null ? null : q.peek();
        if (w != null) {
            LockSupport.unpark(w);
        }
    }

    private ConcurrentLinkedQueue<Thread> queue() {
        ConcurrentLinkedQueue<Thread> q = parked;
        if (q == null) {
            synchronized (this) { // once per instance, at its first contention
                q = parked;
                if (q == null) {
                    q = new ConcurrentLinkedQueue<>();
                    parked = q;
                }
            }
        }
        return q;
    }
}
