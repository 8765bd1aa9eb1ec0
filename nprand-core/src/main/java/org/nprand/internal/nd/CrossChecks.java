package org.nprand.internal.nd;

import org.nprand.errors.OverflowError;
import org.nprand.errors.ValueError;
import org.nprand.numpy.NdArray;

/**
 * The few checks NumPy makes on several parameters together, as {@link Distribution.Hook}s:
 * the hand-written parts of {@code mtrand.pyx}'s {@code uniform} and {@code triangular}.
 */
public final class CrossChecks {

    private CrossChecks() {
    }

    /**
     * RandomState's {@code uniform(low, high)}: the kernel takes {@code (low, high - low)}; the
     * range is computed in doubles first and must be finite ({@code OverflowError "Range exceeds
     * valid bounds"}); for arrays {@code np.subtract(high, low)} broadcasts (or fails with the
     * ufunc's message) first. {@code high < low} is allowed.
     */
    public static final Distribution.Hook LEGACY_UNIFORM_RANGE = new Distribution.Hook() {
        @Override
        public double scalars(double low, double high) {
            double range = high - low;
            if (!Double.isFinite(range)) {
                throw new OverflowError("Range exceeds valid bounds");
            }
            return range;
        }

        @Override
        public NdArray[] arrays(NdArray[] a) {
            NdArray low = a[0];
            NdArray high = a[1];
            int[] shape = Shapes.ufuncBroadcast(high.intShape(), low.intShape());
            MultiIter it = new MultiIter(shape, high.intShape(), low.intShape());
            double[] range = new double[Shapes.count(shape, 8, "float64")];
            double[] h = high.doubles();
            double[] l = low.doubles();
            for (int i = 0; i < range.length; i++, it.next()) {
                range[i] = h[it.offset(0)] - l[it.offset(1)];
                if (!Double.isFinite(range[i])) {
                    throw new OverflowError("Range exceeds valid bounds");
                }
            }
            return new NdArray[] {low, NdArray.of(shape, range)};
        }
    };

    /**
     * {@code triangular(left, mode, right)}: {@code left > mode}, {@code mode > right},
     * {@code left == right}, in that order; for arrays each test is a ufunc over the broadcast
     * of its two operands ({@code np.any(np.greater(left, mode))}, ...).
     */
    public static final Distribution.Hook TRIANGULAR = new Distribution.Hook() {
        @Override
        public void scalars(double left, double mode, double right) {
            if (left > mode) {
                throw new ValueError("left > mode");
            }
            if (mode > right) {
                throw new ValueError("mode > right");
            }
            if (left == right) {
                throw new ValueError("left == right");
            }
        }

        @Override
        public NdArray[] arrays(NdArray[] a) {
            if (anyPair(a[0], a[1], false)) {
                throw new ValueError("left > mode");
            }
            if (anyPair(a[1], a[2], false)) {
                throw new ValueError("mode > right");
            }
            if (anyPair(a[0], a[2], true)) {
                throw new ValueError("left == right");
            }
            return a;
        }
    };

    /** {@code np.any(np.greater(x, y))} or {@code np.any(np.equal(x, y))}. */
    private static boolean anyPair(NdArray x, NdArray y, boolean equal) {
        int[] shape = Shapes.ufuncBroadcast(x.intShape(), y.intShape());
        MultiIter it = new MultiIter(shape, x.intShape(), y.intShape());
        int n = Shapes.count(shape, 1, "bool");
        double[] xd = x.doubles();
        double[] yd = y.doubles();
        for (int i = 0; i < n; i++, it.next()) {
            double p = xd[it.offset(0)];
            double q = yd[it.offset(1)];
            if (equal ? p == q : p > q) {
                return true;
            }
        }
        return false;
    }

    /**
     * RandomState's {@code hypergeometric(ngood, nbad, nsample)}: {@code ngood + nbad < nsample}
     * (int64 arithmetic, wrapping as C's does) before the constraints; for arrays
     * {@code np.any(np.less(np.add(ngood, nbad), nsample))} with the ufuncs' broadcasting.
     */
    public static final Distribution.Hook LEGACY_HYPERGEOMETRIC = new Distribution.Hook() {
        @Override
        public void scalars(long ngood, long nbad, long nsample) {
            if (ngood + nbad < nsample) {
                throw new ValueError("ngood + nbad < nsample");
            }
        }

        @Override
        public NdArray[] arrays(NdArray[] a) {
            int[] sumShape = Shapes.ufuncBroadcast(a[0].intShape(), a[1].intShape());
            MultiIter add = new MultiIter(sumShape, a[0].intShape(), a[1].intShape());
            long[] sum = new long[Shapes.count(sumShape, 8, "int64")];
            for (int i = 0; i < sum.length; i++, add.next()) {
                sum[i] = a[0].longs()[add.offset(0)] + a[1].longs()[add.offset(1)];
            }
            int[] shape = Shapes.ufuncBroadcast(sumShape, a[2].intShape());
            MultiIter it = new MultiIter(shape, sumShape, a[2].intShape());
            int n = Shapes.count(shape, 1, "bool");
            for (int i = 0; i < n; i++, it.next()) {
                if (sum[it.offset(0)] < a[2].longs()[it.offset(1)]) {
                    throw new ValueError("ngood + nbad < nsample");
                }
            }
            return a;
        }
    };

    /**
     * The Generator's {@code uniform(low, high)}: the range {@code high - low} must be finite
     * ({@code OverflowError "high - low range exceeds valid bounds"} for scalars, {@code "Range
     * exceeds valid bounds"} for arrays), then it is the kernel's second parameter and is checked
     * as non-negative under the name {@code "high - low"}. Declare it with {@link
     * Distribution#withPrecheck}.
     */
    public static final Distribution.Hook UNIFORM_RANGE = new Distribution.Hook() {
        @Override
        public double scalars(double low, double high) {
            double range = high - low;
            if (!Double.isFinite(range)) {
                throw new OverflowError("high - low range exceeds valid bounds");
            }
            return range;
        }

        @Override
        public NdArray[] arrays(NdArray[] a) {
            return LEGACY_UNIFORM_RANGE.arrays(a);
        }
    };

    /**
     * The Generator's {@code negative_binomial(n, p)}: {@code n} (positive, not NaN) and
     * {@code p} (in (0, 1]) are checked, then the largest Poisson mean the kernel could meet,
     * {@code (1 - p) / p * (n + 10 * sqrt(n))}, must not exceed {@code POISSON_LAM_MAX}.
     */
    public static final Distribution.Hook NEGATIVE_BINOMIAL = new Distribution.Hook() {
        @Override
        public double scalars(double n, double p) {
            Constraint.POSITIVE_NOT_NAN.check(n, "n");
            Constraint.BOUNDED_GT_0_1.check(p, "p");
            if ((1 - p) / p * (n + 10 * Math.sqrt(n)) > Constraint.POISSON_LAM_MAX) {
                throw new ValueError("n too large or p too small, see Generator.negative_binomial Notes");
            }
            return p;
        }

        @Override
        public NdArray[] arrays(NdArray[] a) {
            Constraint.POSITIVE_NOT_NAN.checkArray(a[0].doubles(), "n");
            Constraint.BOUNDED_GT_0_1.checkArray(a[1].doubles(), "p");
            int[] shape = Shapes.ufuncBroadcast(a[1].intShape(), a[0].intShape());
            MultiIter it = new MultiIter(shape, a[1].intShape(), a[0].intShape());
            int n = Shapes.count(shape, 8, "float64");
            for (int i = 0; i < n; i++, it.next()) {
                double p = a[1].doubles()[it.offset(0)];
                double nn = a[0].doubles()[it.offset(1)];
                if ((1 - p) / p * (nn + 10 * Math.sqrt(nn)) > Constraint.POISSON_LAM_MAX) {
                    throw new ValueError("n too large or p too small, see Generator.negative_binomial Notes");
                }
            }
            return a;
        }
    };

    /**
     * The Generator's {@code hypergeometric(ngood, nbad, nsample)}: {@code ngood} and {@code nbad}
     * below 10**9, then {@code ngood + nbad >= nsample}, before the constraints.
     */
    public static final Distribution.Hook HYPERGEOMETRIC = new Distribution.Hook() {
        private static final long MAX = 1_000_000_000L;

        @Override
        public void scalars(long ngood, long nbad, long nsample) {
            if (ngood >= MAX || nbad >= MAX) {
                throw new ValueError("both ngood and nbad must be less than 1000000000");
            }
            LEGACY_HYPERGEOMETRIC.scalars(ngood, nbad, nsample);
        }

        @Override
        public NdArray[] arrays(NdArray[] a) {
            for (int k = 0; k < 2; k++) {
                for (long x : a[k].longs()) {
                    if (x >= MAX) {
                        throw new ValueError("both ngood and nbad must be less than 1000000000");
                    }
                }
            }
            return LEGACY_HYPERGEOMETRIC.arrays(a);
        }
    };
}
