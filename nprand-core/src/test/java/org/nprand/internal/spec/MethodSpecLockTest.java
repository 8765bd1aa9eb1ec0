package org.nprand.internal.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.nprand.bitgen.PCG64;
import org.nprand.internal.py.Args;
import org.nprand.internal.sync.CallLock;
import org.nprand.numpy.Generator;
import org.nprand.numpy.RandomState;

/**
 * A call through a {@link MethodSpec} (what replay and eval bind to) holds the same lock as the
 * instance's public methods: while one thread holds the lock the registry gives the spec, another
 * thread's public call waits, and a spec call by the holder is a nested call.
 */
class MethodSpecLockTest {

    @Test
    void specCallsHoldTheInstancesLock() throws Exception {
        for (Object self : List.of(new Generator(new PCG64(1)), new RandomState(1))) {
            CallLock lock = MethodSpecs.lockOf(self);
            assertNotNull(lock, self.getClass().getSimpleName() + " registers its lock");
            Thread held = lock.lock();
            CountDownLatch done = new CountDownLatch(1);
            AtomicReference<Object> out = new AtomicReference<>();
            Thread other = new Thread(() -> {
                out.set(self instanceof Generator ? ((Generator) self).random() : ((RandomState) self).randomSample());
                done.countDown();
            });
            other.start();
            assertFalse(done.await(200, TimeUnit.MILLISECONDS), "the public method waits for the lock the spec takes");
            lock.unlock(held);
            assertTrue(done.await(10, TimeUnit.SECONDS));
            assertNotNull(out.get());

            @SuppressWarnings({"unchecked", "rawtypes"})
            Map<String, MethodSpec<Object>> specs = (Map) MethodSpecs.of(self.getClass());
            MethodSpec<Object> random = specs.get(self instanceof Generator ? "random" : "random_sample");
            // a spec call from another thread waits for the holder too
            Thread holder = lock.lock();
            CountDownLatch specDone = new CountDownLatch(1);
            Thread caller = new Thread(() -> {
                random.call(self, new Args(List.of(), Map.of()));
                specDone.countDown();
            });
            caller.start();
            assertFalse(specDone.await(200, TimeUnit.MILLISECONDS), "the spec call waits for the instance's lock");
            lock.unlock(holder);
            assertTrue(specDone.await(10, TimeUnit.SECONDS));

            Thread again = lock.lock();
            try {
                assertEquals(Double.class, random.call(self, new Args(List.of(), Map.of())).getClass());
                assertTrue(lock.isHeldByCurrentThread());
            } finally {
                lock.unlock(again);
            }
            assertFalse(lock.isHeldByCurrentThread());
        }
    }
}
