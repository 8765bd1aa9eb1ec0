package org.nprand.numpy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * The scalar forms allocate nothing, the hooked ones included ({@code uniform},
 * {@code triangular}, {@code hypergeometric}, the Generator's {@code negative_binomial}, whose
 * parameters are checked together). Measured with the JVM's per-thread allocation counter over
 * many calls after a warm-up, so that one array per call (16 bytes or more) shows as at least
 * 160 kB, far above the allowance for the counter's own reading (about 800 bytes). Before the
 * hooks had scalar forms, {@code rs.uniform} measured 320 kB here and {@code rs.triangular} 400 kB.
 */
class ScalarAllocationTest {

    private static final int CALLS = 10_000;
    private static final long ALLOWANCE_BYTES = 4_096;

    /**
     * {@code com.sun.management.ThreadMXBean.getCurrentThreadAllocatedBytes()}, reached by
     * reflection: the module {@code org.nprand.core} (which these tests are compiled into) does
     * not read the management modules, and a runtime dependency for a test would be wrong.
     */
    private static long allocatedBytes() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            Method counter = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
            return (long) counter.invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the JVM's per-thread allocation counter is not available", e);
        }
    }

    /**
     * Bytes allocated by {@code CALLS} calls, the least of five rounds after a warm-up (a round
     * during which the JIT replaces the code can count a few kilobytes that are not the calls').
     */
    private static long bytesFor(LongSupplier call) {
        long sink = 0;
        for (int i = 0; i < 5 * CALLS; i++) {
            sink += call.getAsLong();
        }
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long before = allocatedBytes();
            for (int i = 0; i < CALLS; i++) {
                sink += call.getAsLong();
            }
            least = Math.min(least, allocatedBytes() - before);
        }
        assertTrue(sink != 42, "keeps the calls");
        return least;
    }

    private static void assertAllocatesNothing(String what, LongSupplier call) {
        long bytes = bytesFor(call);
        assertTrue(bytes <= ALLOWANCE_BYTES,
                what + ": " + bytes + " bytes allocated by " + CALLS + " calls (" + (double) bytes / CALLS + " per call)");
    }

    @Test
    void randomStateScalarCallsAllocateNothing() {
        RandomState rs = new RandomState(12345);
        assertAllocatesNothing("rs.uniform(-1.0, 1.0)", () -> Double.doubleToRawLongBits(rs.uniform(-1.0, 1.0)));
        assertAllocatesNothing("rs.triangular(0.0, 0.5, 1.0)",
                () -> Double.doubleToRawLongBits(rs.triangular(0.0, 0.5, 1.0)));
        assertAllocatesNothing("rs.hypergeometric(10, 20, 5)", () -> rs.hypergeometric(10, 20, 5));
        assertAllocatesNothing("rs.negative_binomial(3.0, 0.4)", () -> rs.negativeBinomial(3.0, 0.4));
        assertAllocatesNothing("rs.normal(0.0, 1.0)", () -> Double.doubleToRawLongBits(rs.normal(0.0, 1.0)));
        assertAllocatesNothing("rs.randint(1, 100)", () -> rs.randint(1, 100));
    }

    @Test
    void generatorScalarCallsAllocateNothing() {
        Generator rng = Generator.defaultRng(12345);
        assertAllocatesNothing("rng.uniform(-1.0, 1.0)", () -> Double.doubleToRawLongBits(rng.uniform(-1.0, 1.0)));
        assertAllocatesNothing("rng.triangular(0.0, 0.5, 1.0)",
                () -> Double.doubleToRawLongBits(rng.triangular(0.0, 0.5, 1.0)));
        assertAllocatesNothing("rng.hypergeometric(10, 20, 5)", () -> rng.hypergeometric(10, 20, 5));
        assertAllocatesNothing("rng.negative_binomial(3.0, 0.4)", () -> rng.negativeBinomial(3.0, 0.4));
        assertAllocatesNothing("rng.standard_normal()", () -> Double.doubleToRawLongBits(rng.standardNormal()));
        assertAllocatesNothing("rng.integers(0, 10)", () -> rng.integers(0, 10));
    }
}
