package org.nprand.internal.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.nprand.concurrent.Hold;

/** {@link CallLock}: reentrant, mutually exclusive under contention, a monitor's interrupt rules. */
class CallLockTest {

    @Test
    void nestedLockIsReentrantAndOnlyTheOutermostUnlockReleases() {
        CallLock lock = new CallLock();
        Thread outer = lock.lock();
        assertSame(Thread.currentThread(), outer);
        Thread inner = lock.lock();
        assertNull(inner, "a nested lock() by the holder returns null");
        lock.unlock(inner);
        assertTrue(lock.isHeldByCurrentThread(), "unlock(null) must leave the lock held");
        lock.unlock(outer);
        assertFalse(lock.isHeldByCurrentThread());
    }

    /** Threads incrementing a plain counter under the lock lose no increment. */
    @Test
    void contendedIncrementsAreNeverLost() throws InterruptedException {
        CallLock lock = new CallLock();
        long[] counter = {0};
        int threads = 6;
        int perThread = 200_000;
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        Thread held = lock.lock();
                        try {
                            counter[0]++;
                        } finally {
                            lock.unlock(held);
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            ts.add(th);
            th.start();
        }
        start.countDown();
        for (Thread th : ts) {
            th.join();
        }
        assertNull(failure.get());
        assertEquals((long) threads * perThread, counter[0]);
    }

    /** A waiter is not interrupted out of lock() (as a monitor), and keeps its interrupt status. */
    @Test
    void interruptedWaiterStillTakesTheLockAndKeepsItsFlag() throws InterruptedException {
        CallLock lock = new CallLock();
        Thread mine = lock.lock();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        AtomicReference<Boolean> held = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            Thread h = lock.lock();
            try {
                held.set(lock.isHeldByCurrentThread());
                flag.set(Thread.currentThread().isInterrupted());
            } finally {
                lock.unlock(h);
            }
        });
        waiter.start();
        Thread.sleep(20);
        waiter.interrupt();
        Thread.sleep(20);
        assertNull(held.get(), "the waiter must still be blocked");
        lock.unlock(mine);
        waiter.join();
        assertTrue(held.get());
        assertTrue(flag.get());
    }

    /**
     * The holder field stays behind after an unlock: a former holder must not take it for its own
     * while another thread holds the lock (it blocks until the lock is given back, then takes it
     * afresh).
     */
    @Test
    void aFormerHolderIsNotReentrantWhileAnotherThreadHoldsIt() throws InterruptedException {
        CallLock lock = new CallLock();
        lock.unlock(lock.lock()); // this thread held it last
        CountDownLatch taken = new CountDownLatch(1);
        AtomicReference<Boolean> otherDone = new AtomicReference<>(false);
        Thread other = new Thread(() -> {
            Thread h = lock.lock();
            try {
                taken.countDown();
                Thread.sleep(50);
                otherDone.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock(h);
            }
        });
        other.start();
        taken.await();
        assertFalse(lock.isHeldByCurrentThread());
        Thread mine = lock.lock(); // blocks until the other thread gives it back
        try {
            assertSame(Thread.currentThread(), mine, "taken afresh, not as a nested call");
            assertTrue(otherDone.get(), "taken while the other thread still held it");
        } finally {
            lock.unlock(mine);
        }
        other.join();
    }

    /**
     * A hold: the holder's calls inside are nested (lock() returns null), another thread's wait
     * for the close, a second close does nothing, a nested hold's close leaves the outer one.
     */
    @Test
    void aHoldMakesTheHoldersCallsNestedAndOthersWaitForItsClose() throws InterruptedException {
        CallLock lock = new CallLock();
        Hold hold = lock.hold();
        assertTrue(lock.isHeldByCurrentThread());
        assertNull(lock.lock(), "a call inside the hold is a nested call");
        Hold inner = lock.hold();
        inner.close();
        assertTrue(lock.isHeldByCurrentThread(), "closing a nested hold must leave the outer one");
        AtomicReference<Boolean> otherHeld = new AtomicReference<>(false);
        CountDownLatch trying = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            trying.countDown();
            Thread h = lock.lock();
            otherHeld.set(true);
            lock.unlock(h);
        });
        other.start();
        trying.await();
        Thread.sleep(50);
        assertFalse(otherHeld.get(), "another thread took the lock during a hold");
        hold.close();
        other.join();
        assertTrue(otherHeld.get());
        hold.close(); // a second close does nothing: the lock is not released from under another holder
        Thread again = lock.lock();
        assertSame(Thread.currentThread(), again, "taken afresh after the hold was closed");
        lock.unlock(again);
    }

    @Test
    void aHoldIsClosedOnlyByTheThreadThatTookIt() throws InterruptedException {
        CallLock lock = new CallLock();
        Hold hold = lock.hold();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                hold.close();
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        other.start();
        other.join();
        assertTrue(thrown.get() instanceof IllegalStateException, "closed from another thread: " + thrown.get());
        assertTrue(thrown.get().getMessage().startsWith("a hold is released by the thread that took it"),
                thrown.get().getMessage());
        assertTrue(lock.isHeldByCurrentThread(), "a refused close must leave the hold in place");
        hold.close();
        assertFalse(lock.isHeldByCurrentThread());
    }
}
