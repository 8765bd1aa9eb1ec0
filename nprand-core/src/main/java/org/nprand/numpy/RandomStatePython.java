package org.nprand.numpy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.nprand.errors.IndexError;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;
import org.nprand.internal.nd.Shapes;
import org.nprand.internal.py.Args;
import org.nprand.internal.py.Py;
import org.nprand.internal.spec.MethodSpec;

/**
 * RandomState's hand-written methods on Python values (the irregular ones of {@code mtrand.pyx}:
 * {@code randint}, {@code choice}, {@code dirichlet}, {@code multinomial}, {@code shuffle}, ...),
 * as {@link MethodSpec}s for binders. Each converts its arguments by NumPy's rules, in NumPy's
 * order, and calls the Java method that draws.
 */
final class RandomStatePython {

    private RandomStatePython() {
    }

    @SuppressWarnings("unchecked")
    static MethodSpec<RandomState>[] specs() {
        return new MethodSpec[] {
            new MethodSpec<RandomState>("randint", 1, RandomStatePython::randint, "low", "high", "size", "dtype"),
            new MethodSpec<RandomState>("random_integers", 1, RandomStatePython::randomIntegers, "low", "high", "size"),
            new MethodSpec<RandomState>("choice", 1, RandomStatePython::choice, "a", "size", "replace", "p"),
            new MethodSpec<RandomState>("dirichlet", 1, RandomStatePython::dirichlet, "alpha", "size"),
            new MethodSpec<RandomState>("multinomial", 2, RandomStatePython::multinomial, "n", "pvals", "size"),
            new MethodSpec<RandomState>("tomaxint", 0, (rs, v) -> {
                int[] shape = Shapes.resolve(absentIsNone(v[0]));
                return shape == null ? (Object) rs.tomaxint() : NdArray.of(shape, rs.tomaxint(shape));
            }, "size"),
            new MethodSpec<RandomState>("bytes", 1, (rs, v) -> rs.bytes(Py.cythonLong(v[0])), "length"),
            new MethodSpec<RandomState>("permutation", 1, RandomStatePython::permutation, "x"),
            new MethodSpec<RandomState>("multivariate_normal", 2, RandomStatePython::multivariateNormal,
                    "mean", "cov", "size", "check_valid", "tol"),
        };
    }

    static Object absentIsNone(Object v) {
        return v == Args.ABSENT ? null : v;
    }

    /**
     * {@code randint(low, high=None, size=None, dtype=int)}: NumPy's whole {@code randint}, bounds
     * of any kind ({@code np.asarray}), the scalar and broadcast paths.
     */
    static Object randint(RandomState rs, Object[] v) {
        return boundedIntegers(rs.bitGenerator(), v[0], v[1], v[2], v[3], "randint", true, false);
    }

    /**
     * {@code _rand_<dtype>} on Python values for {@code randint} (masked, open) and
     * {@code Generator.integers} (Lemire, {@code endpoint}): {@code high=None} means
     * {@code [0, low)}; the dtype first, an empty size next, then the scalar or broadcast path.
     */
    static Object boundedIntegers(org.nprand.bitgen.BitGenerator src, Object lowArg, Object highArg, Object sizeArg,
                                  Object dtypeArg, String method, boolean masked, boolean closed) {
        Object low = lowArg;
        Object high = absentIsNone(highArg);
        if (high == null) {
            high = low;
            low = 0L;
        }
        DType dtype = dtypeArg == Args.ABSENT ? DType.INT64 : RandintBroadcast.dtypeArgument(dtypeArg, method);
        int[] size = Shapes.resolve(absentIsNone(sizeArg));
        if (size != null && Shapes.productIsZero(size)) {
            return RandomState.typed(dtype, size, new long[Shapes.count(size, dtype.itemsize(), dtype.numpyName())]);
        }
        RandintBroadcast.Bounds lo = RandintBroadcast.Bounds.asarray(low);
        RandintBroadcast.Bounds hi = RandintBroadcast.Bounds.asarray(high);
        if (lo.shape.length > 0 || hi.shape.length > 0) {
            return RandintBroadcast.draw(src, lo, hi, size, dtype, masked, closed);
        }
        long[] out = BoundedIntegerDraws.scalarBounds(src, lo.pyInt(0), hi.pyInt(0), size, dtype, masked, closed);
        if (size == null) {
            return dtype == DType.INT64 ? (Object) out[0] : RandomState.typed(dtype, new int[0], out);
        }
        return RandomState.typed(dtype, size, out);
    }

    /** {@code random_integers(low, high=None, size=None)}: {@code randint(low, int(high) + 1, size, 'l')}. */
    static Object randomIntegers(RandomState rs, Object[] v) {
        Object low = v[0];
        Object high = absentIsNone(v[1]);
        if (high == null) {
            high = low;
            low = 1L;
        }
        BigInteger top = Py.pyIntConversion(high).add(BigInteger.ONE);
        Object topValue = top.bitLength() < 64 ? (Object) top.longValue() : top;
        return randint(rs, new Object[] {low, topValue, v[2], "l"});
    }

    /** {@code choice(a, size=None, replace=True, p=None)}. */
    static Object choice(RandomState rs, Object[] v) {
        Object a = v[0];
        Object size = absentIsNone(v[1]);
        boolean replace = v[2] == Args.ABSENT || Py.truthy(v[2]);
        Object p = absentIsNone(v[3]);
        NdArray population = null;
        long popSize;
        if (a instanceof List || a instanceof NdArray && ((NdArray) a).ndim() > 0) {
            population = a instanceof NdArray ? (NdArray) a : Py.asArray((List<?>) a);
            if (population.ndim() != 1) {
                throw new ValueError("a must be 1-dimensional");
            }
            popSize = population.size();
            if (popSize == 0 && !prodIsZero(size)) {
                throw new ValueError("'a' cannot be empty unless no samples are taken");
            }
        } else {
            if (!Py.isInt(a)) {
                throw new ValueError("a must be 1-dimensional or an integer");
            }
            java.math.BigInteger big = Py.bigInt(a);
            if (big.bitLength() > 63) {
                // randint(0, a) / arange(a) in NumPy: the population does not fit an int64.
                if (p == null && replace) {
                    throw new ValueError("high is out of bounds for int64");
                }
                throw new org.nprand.errors.OverflowError("Python int too large to convert to C long");
            }
            popSize = big.longValue();
            if (popSize <= 0 && !prodIsZero(size)) {
                throw new ValueError("a must be greater than 0 unless no samples are taken");
            }
        }
        double[] pv = null;
        if (p != null) {
            double atol = LegacyChoice.ATOL_FLOAT64;
            if (p instanceof NdArray && ((NdArray) p).dtype().equals("float32")) {
                atol = Math.max(atol, LegacyChoice.ATOL_FLOAT32);
            }
            if (!(p instanceof List || p instanceof NdArray && ((NdArray) p).ndim() > 0 || p instanceof String)) {
                throw new TypeError("object of type '" + Py.typeName(p) + "' has no len()");
            }
            NdArray pa = Py.fromOtf(p, false);
            if (pa.ndim() != 1) {
                throw new ValueError("'p' must be 1-dimensional");
            }
            pv = pa.doubles();
            LegacyChoice.checkP(pv, popSize, atol);
        }
        int[] shape = Shapes.resolve(size);
        long[] idx = LegacyChoice.indices(rs, popSize, shape, replace, pv);
        if (population == null) {
            return shape == null ? (Object) idx[0] : NdArray.of(shape, idx);
        }
        return NdArrays.take(population, idx, shape, 0);
    }

    private static boolean prodIsZero(Object size) {
        if (size == null) {
            return false;
        }
        int[] s = Shapes.resolve(size);
        return Shapes.productIsZero(s);
    }

    /** {@code dirichlet(alpha, size=None)}. */
    static Object dirichlet(RandomState rs, Object[] v) {
        double[] alpha = oneDimensional(v[0], "alpha");
        int[] size = sizeWithItems(absentIsNone(v[1]));
        double[] out = rs.dirichlet(alpha, size);
        return NdArray.of(size == null ? new int[] {alpha.length} : appendDim(size, alpha.length), out);
    }

    /** {@code multinomial(n, pvals, size=None)}: {@code n} a C long, {@code pvals} 1-d. */
    static Object multinomial(RandomState rs, Object[] v) {
        long n = Py.cythonLong(v[0]);
        Object pvals = v[1];
        if (!(pvals instanceof List || pvals instanceof NdArray && ((NdArray) pvals).ndim() > 0)) {
            Py.fromOtf(pvals, false);
            throw new TypeError("pvals must be a 1-d sequence");
        }
        double[] p = oneDimensional(pvals, "pvals");
        int[] size = sizeWithItems(absentIsNone(v[2]));
        long[] out;
        try {
            out = rs.multinomial(n, p, size);
        } catch (ValueError e) {
            throw float32SumMessage(e, pvals, "[:-1]");
        }
        return NdArray.of(size == null ? new int[] {p.length} : appendDim(size, p.length), out);
    }

    /**
     * NumPy's longer message for {@code sum(pvals[:-1]) > 1.0} when {@code pvals} is a float
     * ndarray other than float64 whose own sum is below 1.0001.
     */
    static ValueError float32SumMessage(ValueError e, Object pvals, String slice) {
        if (e.getMessage().startsWith("sum(pvals") && pvals instanceof NdArray
                && ((NdArray) pvals).dtype().equals("float32")) {
            float sum = 0;
            for (float f : (float[]) ((NdArray) pvals).data()) {
                sum += f;
            }
            if (sum < 1.0001) {
                return new ValueError("sum(pvals" + slice + ".astype(np.float64)) > 1.0. The pvals array is cast to "
                        + "64-bit floating point prior to checking the sum. Precision changes when casting may cause "
                        + "problems even if the sum of the original pvals is valid.");
            }
        }
        return e;
    }

    /**
     * {@code PyArray_FROMANY(x, NPY_DOUBLE, 1, 1)}: a 1-d float64 array (a deeper one fails with
     * NumPy's message; a scalar with {@code len()}'s).
     */
    private static double[] oneDimensional(Object x, String what) {
        if (!(x instanceof List || x instanceof NdArray && ((NdArray) x).ndim() > 0)) {
            throw new TypeError("object of type '" + Py.typeName(x) + "' has no len()");
        }
        return oneDimensionalDoubles(x);
    }

    /** {@code (operator.index(size),)} or {@code tuple(size)}: the leading dimensions. */
    private static int[] sizeWithItems(Object size) {
        return sizeTuple(size);
    }

    private static int[] appendDim(int[] size, int last) {
        int[] shape = java.util.Arrays.copyOf(size, size.length + 1);
        shape[size.length] = last;
        return shape;
    }

    /** {@code multivariate_normal(mean, cov, size=None, check_valid='warn', tol=1e-8)}. */
    static Object multivariateNormal(RandomState rs, Object[] v) {
        NdArray mean = asNumpyArray(v[0]);
        NdArray cov = asNumpyArray(v[1]);
        Object size = absentIsNone(v[2]);
        if (mean.ndim() != 1) {
            throw new ValueError("mean must be 1 dimensional");
        }
        if (cov.ndim() != 2 || cov.shape()[0] != cov.shape()[1]) {
            throw new ValueError("cov must be 2 dimensional and square");
        }
        int n = mean.shape()[0];
        if (n != cov.shape()[0]) {
            throw new ValueError("mean and cov must have same length");
        }
        if (size instanceof Double) {
            throw new TypeError("'float' object is unsliceable");
        }
        int[] shape = Shapes.resolve(size);
        String checkValid = v[3] == Args.ABSENT ? "warn" : String.valueOf(v[3]);
        double tol = v[4] == Args.ABSENT ? 1e-8 : Py.toDouble(v[4]);
        if (cov.storage() == NdArray.Storage.OBJECT || mean.storage() == NdArray.Storage.OBJECT) {
            // NumPy draws, then fails to convert cov (or to add mean).
            rs.standardNormal(shape == null ? new int[] {n} : appendDim(shape, n));
            Object bad = cov.storage() == NdArray.Storage.OBJECT ? ((Object[]) cov.data())[0] : ((Object[]) mean.data())[0];
            throw new ValueError("could not convert string to float: np.str_(" + org.nprand.internal.py.PyRepr.repr(bad) + ")");
        }
        double[] m = Py.fromOtf(mean, false).doubles();
        double[] c = Py.fromOtf(cov, false).doubles();
        double[] out = rs.multivariateNormalFlat(m, c, shape, checkValid, tol);
        return NdArray.of(shape == null ? new int[] {n} : appendDim(shape, n), out);
    }

    /** {@code np.array(x)} for a list, an ndarray or a scalar. */
    private static NdArray asNumpyArray(Object x) {
        if (x instanceof NdArray) {
            return (NdArray) x;
        }
        if (x instanceof List) {
            return Py.asArray((List<?>) x);
        }
        return Py.fromOtf(x, false);
    }

    /** {@code permutation(x)}: an int gives {@code arange(x)} shuffled, else a shuffled copy. */
    static Object permutation(RandomState rs, Object[] v) {
        Object x = v[0];
        // A Python int (bool included; a 0-d ndarray is not one: NumPy raises IndexError for it).
        if (x instanceof Long || x instanceof BigInteger || x instanceof Boolean) {
            return NdArray.ofInts(rs.permutation(Py.toLong(x)));
        }
        if (x instanceof List) {
            return rs.permutation(Py.asArray((List<?>) x));
        }
        if (x instanceof NdArray && ((NdArray) x).ndim() > 0) {
            return rs.permutation((NdArray) x);
        }
        throw new IndexError("x must be an integer or at least 1-dimensional");
    }

    /**
     * {@code dirichlet}'s and {@code multinomial}'s size: {@code (operator.index(size),)}, or
     * {@code tuple(size)} (so a float fails as {@code "'float' object is not iterable"}).
     */
    static int[] sizeTuple(Object size) {
        if (size == null) {
            return null;
        }
        if (size instanceof Double) {
            throw new TypeError("'" + Py.typeName(size) + "' object is not iterable");
        }
        if (size instanceof String) {
            List<Object> chars = new ArrayList<>();
            ((String) size).codePoints().forEach(c -> chars.add(new String(Character.toChars(c))));
            return Shapes.resolve(chars);
        }
        return Shapes.resolve(size);
    }

    /**
     * {@code PyArray_FROMANY(x, NPY_DOUBLE, 1, 1)}: a 1-d float64 array; a deeper list fails with
     * NumPy's sequence message, a deeper ndarray with {@code "object too deep for desired array"}.
     */
    static double[] oneDimensionalDoubles(Object x) {
        NdArray a = Py.fromOtf(x, false);
        if (a.ndim() > 1) {
            if (x instanceof NdArray) {
                throw new ValueError("object too deep for desired array");
            }
            throw new ValueError("setting an array element with a sequence. The requested array would exceed the "
                    + "maximum number of dimension of 1.");
        }
        return a.doubles();
    }
}
