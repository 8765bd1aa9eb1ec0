package org.nprand.internal.nd;

import org.nprand.errors.ValueError;

/**
 * NumPy's parameter constraint kinds ({@code constraint_type} in {@code _common.pxd}) with the
 * checks of {@code _common.pyx}: {@link #check(double, String)} is {@code check_constraint}
 * (scalar parameters), {@link #checkArray(double[], String)} is {@code check_array_constraint}
 * (array parameters, over the whole array before any draw). The two wordings differ ("is NaN"
 * vs "contains NaNs"), and so does the order of the Poisson checks; both are kept.
 */
public enum Constraint {
    /** {@code CONS_NONE}: no check. */
    NONE,
    /** {@code CONS_NON_NEGATIVE}: rejects values with the sign bit set (so -0.0), lets NaN through. */
    NON_NEGATIVE,
    /** {@code CONS_POSITIVE}: rejects {@code <= 0}, lets NaN through. */
    POSITIVE,
    /** {@code CONS_POSITIVE_NOT_NAN}: rejects NaN, then {@code <= 0}. */
    POSITIVE_NOT_NAN,
    /** {@code CONS_BOUNDED_0_1}: {@code 0 <= x <= 1}, NaN rejected. */
    BOUNDED_0_1,
    /** {@code CONS_BOUNDED_GT_0_1}: {@code 0 < x <= 1}. */
    BOUNDED_GT_0_1,
    /** {@code CONS_BOUNDED_LT_0_1}: {@code 0 <= x < 1}. */
    BOUNDED_LT_0_1,
    /** {@code CONS_GT_1}: {@code x > 1}. */
    GT_1,
    /** {@code CONS_GTE_1}: {@code x >= 1}. */
    GTE_1,
    /** {@code CONS_POISSON}: {@code 0 <= lam <= POISSON_LAM_MAX}. */
    POISSON,
    /** {@code LEGACY_CONS_POISSON}: {@code 0 <= lam <= LEGACY_POISSON_LAM_MAX}. */
    LEGACY_POISSON,
    /** {@code LEGACY_CONS_NON_NEGATIVE_INBOUNDS_LONG}: {@code 0 <= n <= LONG_MAX}. */
    LEGACY_NON_NEGATIVE_INBOUNDS_LONG;

    /**
     * {@code POISSON_LAM_MAX = <double>int64.max - sqrt(int64.max) * 10}, computed in doubles
     * as NumPy does at import ({@code LEGACY_POISSON_LAM_MAX} is the same on LP64 Linux).
     */
    public static final double POISSON_LAM_MAX = (double) Long.MAX_VALUE - Math.sqrt((double) Long.MAX_VALUE) * 10;

    private static final String LONG_BOUNDS =
            " is out of bounds for long, consider using the new generator API for 64bit integers.";

    /** {@code check_constraint(val, name, cons)} for a scalar double parameter. */
    public void check(double v, String name) {
        switch (this) {
            case NONE:
                return;
            case NON_NEGATIVE:
                if (!Double.isNaN(v) && (Double.doubleToRawLongBits(v) < 0)) {
                    throw new ValueError(name + " < 0");
                }
                return;
            case POSITIVE:
            case POSITIVE_NOT_NAN:
                if (this == POSITIVE_NOT_NAN && Double.isNaN(v)) {
                    throw new ValueError(name + " must not be NaN");
                }
                if (v <= 0) {
                    throw new ValueError(name + " <= 0");
                }
                return;
            case BOUNDED_0_1:
                if (!(v >= 0) || !(v <= 1)) {
                    throw new ValueError(name + " < 0, " + name + " > 1 or " + name + " is NaN");
                }
                return;
            case BOUNDED_GT_0_1:
                if (!(v > 0) || !(v <= 1)) {
                    throw new ValueError(name + " <= 0, " + name + " > 1 or " + name + " contains NaNs");
                }
                return;
            case BOUNDED_LT_0_1:
                if (!(v >= 0) || !(v < 1)) {
                    throw new ValueError(name + " < 0, " + name + " >= 1 or " + name + " is NaN");
                }
                return;
            case GT_1:
                if (!(v > 1)) {
                    throw new ValueError(name + " <= 1 or " + name + " is NaN");
                }
                return;
            case GTE_1:
                if (!(v >= 1)) {
                    throw new ValueError(name + " < 1 or " + name + " is NaN");
                }
                return;
            case POISSON:
            case LEGACY_POISSON:
                if (!(v >= 0)) {
                    throw new ValueError(name + " < 0 or " + name + " is NaN");
                }
                if (!(v <= POISSON_LAM_MAX)) {
                    throw new ValueError(name + " value too large");
                }
                return;
            case LEGACY_NON_NEGATIVE_INBOUNDS_LONG:
                if (v < 0) {
                    throw new ValueError(name + " < 0");
                }
                if (v > (double) Long.MAX_VALUE) {
                    throw new ValueError(name + LONG_BOUNDS);
                }
                return;
            default:
                throw new AssertionError(this);
        }
    }

    /** {@code check_array_constraint(val, name, cons)} for a float64 array parameter. */
    public void checkArray(double[] a, String name) {
        switch (this) {
            case NONE:
                return;
            case NON_NEGATIVE:
                for (double v : a) {
                    if (!Double.isNaN(v) && Double.doubleToRawLongBits(v) < 0) {
                        throw new ValueError(name + " < 0");
                    }
                }
                return;
            case POSITIVE:
            case POSITIVE_NOT_NAN:
                if (this == POSITIVE_NOT_NAN) {
                    for (double v : a) {
                        if (Double.isNaN(v)) {
                            throw new ValueError(name + " must not be NaN");
                        }
                    }
                }
                for (double v : a) {
                    if (v <= 0) {
                        throw new ValueError(name + " <= 0");
                    }
                }
                return;
            case BOUNDED_0_1:
                for (double v : a) {
                    if (!(v >= 0) || !(v <= 1)) {
                        throw new ValueError(name + " < 0, " + name + " > 1 or " + name + " contains NaNs");
                    }
                }
                return;
            case BOUNDED_GT_0_1:
                requireAll(a, v -> v > 0 && v <= 1, name + " <= 0, " + name + " > 1 or " + name + " contains NaNs");
                return;
            case BOUNDED_LT_0_1:
                requireAll(a, v -> v >= 0 && v < 1, name + " < 0, " + name + " >= 1 or " + name + " contains NaNs");
                return;
            case GT_1:
                requireAll(a, v -> v > 1, name + " <= 1 or " + name + " contains NaNs");
                return;
            case GTE_1:
                requireAll(a, v -> v >= 1, name + " < 1 or " + name + " contains NaNs");
                return;
            case POISSON:
            case LEGACY_POISSON:
                // The array form checks "too large" first, so NaN reports "value too large".
                requireAll(a, v -> v <= POISSON_LAM_MAX, name + " value too large");
                requireAll(a, v -> v >= 0.0, name + " < 0 or " + name + " contains NaNs");
                return;
            case LEGACY_NON_NEGATIVE_INBOUNDS_LONG:
                requireAll(a, v -> v >= 0, name + " < 0");
                return;
            default:
                throw new AssertionError(this);
        }
    }

    /** {@code check_array_constraint} for an int64 array parameter (NumPy's integral path). */
    public void checkArray(long[] a, String name) {
        if (this == LEGACY_NON_NEGATIVE_INBOUNDS_LONG || this == NON_NEGATIVE) {
            for (long v : a) {
                if (v < 0) {
                    throw new ValueError(name + " < 0");
                }
            }
            return;
        }
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        checkArray(d, name);
    }

    private interface DoublePredicate {
        boolean test(double v);
    }

    private static void requireAll(double[] a, DoublePredicate ok, String message) {
        for (double v : a) {
            if (!ok.test(v)) {
                throw new ValueError(message);
            }
        }
    }
}
