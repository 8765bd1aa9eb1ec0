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
}
