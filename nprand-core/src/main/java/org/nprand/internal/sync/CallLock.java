package org.nprand.internal.sync;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import org.nprand.concurrent.Hold;

/**
 * The per-instance lock that every public method of {@code RandomState}, {@code Generator} and
 * {@code PyRandom} holds for its whole call (NumPy's per-generator lock), so that calls on a
 * shared instance are atomic. Reentrant: a public method that calls another public method of the
 * same instance does not block itself.
 *
 * <p>Why not {@code synchronized}: an uncontended monitor costs two atomic compare-and-sets per
 * call (enter and exit), which is most of a scalar draw's cost (a {@code rand()} is about 1 ns of
 * arithmetic). This lock takes it with one compare-and-set on an int and gives it back with a
 * plain release store. The holder's identity (for reentrancy) is a second field that is written
 * only when the holder changes: a reference store into a long-lived object costs G1's post-write
 * barrier a full fence (as much as the compare-and-set saved), and a single thread drawing from
 * its own instance never changes the holder. The int says whether that field is valid:
 * {@code FREE}, {@code CLAIMED} (taken, the holder field being written) or {@code HELD} (taken by
 * the thread in the holder field). A thread that finds {@code HELD} and itself in the holder
 * field is the holder: the field is written before {@code HELD} is published, and no other thread
 * can write it before the lock is {@code FREE} again.
 *
 * <p>The release store cannot be ordered before a later read of the waiter count without a full
 * fence (which would cost what it saves), so a waiter can miss its wake-up; waiters therefore
 * never park for long: they spin briefly, yield their core a few times (with more threads than
 * cores the holder may be waiting for one), then park with a bounded, growing timeout and try
 * again.
 * A missed wake-up costs that waiter at most {@link #MAX_PARK_NANOS}; mutual exclusion rests on
 * the compare-and-set alone.
 *
 * <p>A {@link #hold()} takes the lock once for many calls ({@code rs.hold()} and the like): the
 * holding thread is recorded in a plain field, which {@link #lock()} reads first, so the calls
 * inside a hold are nested calls that take no atomic instruction and no volatile read.
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
    private static final int SPINS = 20;
    /** {@link Thread#yield()}s after the spins, before a contended caller parks. */
    private static final int YIELDS = 4;
    /** The first and the longest park of a waiter; each park doubles the next, up to the cap. */
    private static final long MIN_PARK_NANOS = 10_000L;
    static final long MAX_PARK_NANOS = 1_000_000L;

    private static final int FREE = 0;
    private static final int CLAIMED = 1;
    private static final int HELD = 2;

    private static final VarHandle STATE;
    private static final VarHandle WAITING;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            STATE = l.findVarHandle(CallLock.class, "state", int.class);
            WAITING = l.findVarHandle(CallLock.class, "waiting", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** {@code FREE}, {@code CLAIMED} or {@code HELD}. */
    private volatile int state;
    /**
     * The holder while {@code state == HELD}; otherwise the last holder (or null). Plain, not
     * volatile (a volatile store is a full fence on x86): it is written only between a
     * compare-and-set of {@code state} and the release store of {@code HELD}, and read only after
     * reading {@code HELD}, which orders it.
     */
    private Thread owner;
    /**
     * The thread inside a {@link #hold()} of this lock, else null. Plain, and read without any
     * ordering, which is enough here: it is written only by the holding thread while it holds
     * the lock (itself at the hold's start, null at its close, both in that thread's program
     * order), so a thread reads itself here exactly while it is inside its own hold; any other
     * value it may read (null, another thread, a stale one) is not itself. (Checking
     * {@code state} and {@code owner} instead, a volatile read, measured 2 to 10% slower in a
     * loop of held {@code standard_normal()} calls.) The holder changes once per hold, so the
     * reference store's GC barrier is paid once per hold, not per call.
     */
    private Thread holdingThread;
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
        if (holdingThread == t) {
            // inside this thread's hold: a nested call, with no atomic instruction and no
            // volatile read (see holdingThread)
            return null;
        }
        if (STATE.compareAndSet(this, FREE, CLAIMED)) {
            return claimed(t);
        }
        return isHeldBy(t) ? null : lockSlow(t);
    }

    /**
     * Takes the lock for the current thread until the returned hold is closed (blocking while
     * another thread holds it), so that the calls the thread makes meanwhile are nested calls:
     * atomic together, and each without an atomic instruction. Inside a hold already taken by
     * this thread, returns a hold whose {@code close()} leaves the lock held.
     */
    public Hold hold() {
        Thread held = lock();
        if (held == null) {
            return NESTED_HOLD;
        }
        holdingThread = held;
        return new ThreadHold(this, held);
    }

    /** A hold inside one of the same thread's: closing it leaves the outer hold in place. */
    private static final Hold NESTED_HOLD = () -> { };

    /** A thread's outermost hold: the lock is given back when it is closed, once. */
    private static final class ThreadHold implements Hold {
        private final CallLock lock;
        private final Thread holder;
        private boolean closed;

        ThreadHold(CallLock lock, Thread holder) {
            this.lock = lock;
            this.holder = holder;
        }

        @Override
        public void close() {
            if (Thread.currentThread() != holder) {
                throw new IllegalStateException("a hold is released by the thread that took it (" + holder.getName()
                        + "), not by " + Thread.currentThread().getName());
            }
            if (!closed) {
                closed = true;
                lock.holdingThread = null;
                lock.unlock(holder);
            }
        }
    }

    /** Gives the lock back if {@code held} is what {@link #lock()} returned for the outermost call. */
    public void unlock(Thread held) {
        if (held != null) {
            STATE.setRelease(this, FREE);
            if (waiting != 0) {
                wakeOne();
            }
        }
    }

    /** Whether the current thread holds the lock (tests, assertions). */
    public boolean isHeldByCurrentThread() {
        return isHeldBy(Thread.currentThread());
    }

    private boolean isHeldBy(Thread t) {
        return state == HELD && owner == t;
    }

    /** After {@code FREE -> CLAIMED}: records the holder (only if it changed), then publishes {@code HELD}. */
    private Thread claimed(Thread t) {
        if (owner != t) {
            owner = t;
        }
        STATE.setRelease(this, HELD);
        return t;
    }

    private Thread lockSlow(Thread t) {
        for (int i = 0; i < SPINS; i++) {
            Thread.onSpinWait();
            if (state == FREE && STATE.compareAndSet(this, FREE, CLAIMED)) {
                return claimed(t);
            }
        }
        // More threads than cores: the holder may be off its core, so give the core away a few
        // times before parking (a park and its wake-up cost microseconds).
        for (int i = 0; i < YIELDS; i++) {
            Thread.yield();
            if (state == FREE && STATE.compareAndSet(this, FREE, CLAIMED)) {
                return claimed(t);
            }
        }
        ConcurrentLinkedQueue<Thread> q = queue();
        WAITING.getAndAdd(this, 1);
        q.add(t);
        boolean interrupted = false;
        try {
            long nanos = MIN_PARK_NANOS;
            while (!(state == FREE && STATE.compareAndSet(this, FREE, CLAIMED))) {
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
        return claimed(t);
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
