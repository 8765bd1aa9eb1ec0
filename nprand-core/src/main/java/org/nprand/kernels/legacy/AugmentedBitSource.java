package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;

/**
 * NumPy's {@code aug_bitgen_t}: the bit source of a {@code RandomState} plus its cached Gaussian
 * ({@code has_gauss}, {@code gauss}), which every legacy Gaussian-based kernel reads and writes.
 * The cache lives across calls and across methods and is part of {@code get_state}/{@code
 * set_state}. {@code has_gauss} is kept as the C int NumPy stores (a state set with
 * {@code has_gauss=2} reads back 2), and any non-zero value means "a value is cached". Not
 * thread-safe.
 */
public final class AugmentedBitSource {

    private final BitSource bitgen;
    private int hasGauss;
    private double gauss;

    /** An empty cache over {@code bitgen} ({@code has_gauss = 0, gauss = 0.0}). */
    public AugmentedBitSource(BitSource bitgen) {
        this.bitgen = bitgen;
    }

    /** {@code aug_state->bit_generator}: the underlying bit source. */
    public BitSource bitgen() {
        return bitgen;
    }

    /** {@code has_gauss}, as stored (non-zero: a value is cached). */
    public int hasGauss() {
        return hasGauss;
    }

    /** {@code gauss}: the cached value (meaningful only while {@link #hasGauss()} is non-zero). */
    public double gauss() {
        return gauss;
    }

    /** Sets both fields, as {@code RandomState.set_state} does. */
    public void setGauss(int hasGauss, double gauss) {
        this.hasGauss = hasGauss;
        this.gauss = gauss;
    }

    /** NumPy's {@code _reset_gauss}: {@code has_gauss = 0, gauss = 0.0}. */
    public void resetGauss() {
        hasGauss = 0;
        gauss = 0.0;
    }

    /** Takes the cached value and clears the cache (the first branch of {@code legacy_gauss}). */
    double takeGauss() {
        double tmp = gauss;
        hasGauss = 0;
        gauss = 0.0;
        return tmp;
    }

    /** Caches {@code value} (the second value of a polar pair). */
    void putGauss(double value) {
        gauss = value;
        hasGauss = 1;
    }

    /** {@code legacy_double}: the bit source's {@code next_double}. */
    double nextDouble() {
        return bitgen.nextDouble();
    }
}
