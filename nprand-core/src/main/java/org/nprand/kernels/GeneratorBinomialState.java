package org.nprand.kernels;

/**
 * NumPy's {@code binomial_t}: the setup {@link GeneratorBinomial} caches for the last
 * {@code (n, p)} it saw, so that a run of draws with the same parameters computes it once. Field
 * names follow the C struct; the inversion method reuses some of them with other meanings
 * ({@code q = 1 - p}, {@code r = q^n}, {@code c = n p}, {@code m = bound}), exactly as C does.
 *
 * <p>NumPy keeps one such struct per {@code Generator} and one per {@code RandomState} (shared
 * there by {@code binomial} and {@code multinomial}). It only caches values computed from
 * {@code (n, p)}, so it never changes which draws are made. A new instance is empty. Not
 * thread-safe.
 */
public final class GeneratorBinomialState {

    boolean hasBinomial;
    double psave;
    long nsave;
    double r;
    double q;
    double fm;
    long m;
    double p1;
    double xm;
    double xl;
    double xr;
    double c;
    double laml;
    double lamr;
    double p2;
    double p3;
    double p4;

    /** An empty cache ({@code has_binomial = 0}). */
    public GeneratorBinomialState() {
    }

    /** Forgets the cached setup ({@code has_binomial = 0}). */
    public void reset() {
        hasBinomial = false;
    }

    /** Whether the cache holds the setup for exactly {@code (n, p)} (C's test, NaN never hits). */
    boolean holds(long n, double p) {
        return hasBinomial && nsave == n && psave == p;
    }
}
