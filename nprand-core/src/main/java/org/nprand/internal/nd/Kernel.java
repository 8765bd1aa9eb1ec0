package org.nprand.internal.nd;

/**
 * The shapes of sampling kernels the generic paths call, one per NumPy signature
 * ({@code random_double_0..3}, {@code random_uint_d/dd/di/i/iii} in {@code _common.pxd}). A
 * kernel draws one value from its state {@code S} (a {@code BitSource}, or an
 * {@code AugmentedBitSource} for the legacy kernels) and never validates its parameters.
 */
public final class Kernel {

    private Kernel() {
    }

    /** {@code double f(state)}. */
    @FunctionalInterface
    public interface D0<S> {
        double sample(S s);
    }

    /** {@code double f(state, double)}. */
    @FunctionalInterface
    public interface D1<S> {
        double sample(S s, double a);
    }

    /** {@code double f(state, double, double)}. */
    @FunctionalInterface
    public interface D2<S> {
        double sample(S s, double a, double b);
    }

    /** {@code double f(state, double, double, double)}. */
    @FunctionalInterface
    public interface D3<S> {
        double sample(S s, double a, double b, double c);
    }

    /** {@code int64 f(state, double)}. */
    @FunctionalInterface
    public interface LD<S> {
        long sample(S s, double a);
    }

    /** {@code int64 f(state, double, double)}. */
    @FunctionalInterface
    public interface LDD<S> {
        long sample(S s, double a, double b);
    }

    /** {@code int64 f(state, double, int64)}. */
    @FunctionalInterface
    public interface LDI<S> {
        long sample(S s, double a, long b);
    }

    /** {@code int64 f(state, int64)}. */
    @FunctionalInterface
    public interface LI<S> {
        long sample(S s, long a);
    }

    /** {@code int64 f(state, int64, int64, int64)}. */
    @FunctionalInterface
    public interface LIII<S> {
        long sample(S s, long a, long b, long c);
    }
}
