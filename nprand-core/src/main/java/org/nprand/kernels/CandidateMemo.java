package org.nprand.kernels;

import java.util.function.LongToDoubleFunction;

/**
 * A function of an integer candidate, each value kept as it is first computed, for the candidates
 * in a window {@code [lo, lo + size)}: the rejection kernels' fills (PTRS's {@code loggam(k + 1)},
 * BTPE's step 50 product and step 5.2 bound, HRUA's four log-factorials or log-gammas) evaluate
 * the same costly expression for candidates that come again and again. A kept value is the one
 * the function gives, so a fill with a memo returns what the per-value loop returns. Candidates
 * outside the window are computed each time.
 *
 * <p>NaN marks a value not computed yet (a function that gave NaN would only be called again).
 * The call to the function happens on a candidate's first sight or outside the window only, so a
 * capturing lambda made once per fill costs nothing per value.
 */
public final class CandidateMemo {

    private final long lo;
    private final double[] values;
    private final LongToDoubleFunction f;

    /** {@code f}, kept for the candidates {@code lo ... lo + size - 1} (none computed yet). */
    public CandidateMemo(long lo, int size, LongToDoubleFunction f) {
        this.lo = lo;
        this.f = f;
        values = new double[Math.max(0, size)];
        java.util.Arrays.fill(values, Double.NaN);
    }

    /** {@code f(k)}. */
    public double get(long k) {
        long slot = k - lo; // wraps only far outside the window (a window is at most 2**31 wide)
        if (slot >= 0 && slot < values.length) {
            double v = values[(int) slot];
            if (Double.isNaN(v)) {
                v = f.applyAsDouble(k);
                values[(int) slot] = v;
            }
            return v;
        }
        return f.applyAsDouble(k);
    }
}
