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
                long[] shape = Shapes.resolveIntp(absentIsNone(v[0]), 8, "int64"); // (2**40, 0) too
                return shape == null ? (Object) rs.tomaxint() : NdArray.of(shape, rs.tomaxint(Shapes.working(shape)));
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
        Object sizeValue = absentIsNone(sizeArg);
        if (sizeValue != null && Py.sizeProductIsZero(sizeValue)) {
            long[] size = Shapes.resolveIntp(sizeValue, dtype.itemsize(), dtype.numpyName()); // (2**40, 0) too
            return RandomState.typed(dtype, size, new long[Shapes.count(size, dtype.itemsize(), dtype.numpyName())]);
        }
        int[] size = Shapes.resolve(sizeValue, dtype.itemsize(), dtype.numpyName());
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
        if (a instanceof org.nprand.internal.py.PythonValue && ((org.nprand.internal.py.PythonValue) a).pythonItems() != null) {
            a = new ArrayList<>(((org.nprand.internal.py.PythonValue) a).pythonItems()); // np.array(range(n))
        }
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
                    if (big.equals(BigInteger.ONE.shiftLeft(63))) {
                        return boundedIntegers(rs.bitGenerator(), 0L, big, size, Args.ABSENT, "randint", true, false);
                    }
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
            Py.len(p); // d = len(p)
            NdArray pa = Py.fromOtf(p, false);
            if (pa.ndim() != 1) {
                throw new ValueError("'p' must be 1-dimensional");
            }
            pv = pa.doubles();
            LegacyChoice.checkP(pv, popSize, atol);
        }
        sizeProductIntp(size);
        long[] intp = Shapes.resolveIntp(size);
        int[] shape = Shapes.working(intp);
        long[] idx = LegacyChoice.indices(rs, popSize, shape, replace, pv);
        if (population == null) {
            return shape == null ? (Object) idx[0] : NdArray.of(intp, idx); // an empty (2**40, 0) keeps its shape
        }
        return NdArrays.take(population, idx, intp, 0);
    }

    private static boolean prodIsZero(Object size) {
        if (size == null) {
            return false;
        }
        return Shapes.productIsZero(Shapes.resolveIntp(size)); // (2**40, 0) is zero-size too
    }

    /** {@code dirichlet(alpha, size=None)}. */
    static Object dirichlet(RandomState rs, Object[] v) {
        double[] alpha = oneDimensional(v[0], "alpha");
        long[] shape = fullShape(absentIsNone(v[1]), alpha.length, 8, "float64");
        int[] size = v[1] == Args.ABSENT || v[1] == null ? null
                : Shapes.working(java.util.Arrays.copyOf(shape, shape.length - 1));
        return NdArray.of(shape, rs.dirichlet(alpha, size));
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
        long[] shape = fullShape(absentIsNone(v[2]), p.length, 8, "int64"); // (2**40, 0, k) too
        int[] size = absentIsNone(v[2]) == null ? null : Shapes.working(java.util.Arrays.copyOf(shape, shape.length - 1));
        long[] out;
        try {
            out = rs.multinomial(n, p, size);
        } catch (ValueError e) {
            throw float32SumMessage(e, pvals, "[:-1]");
        }
        return NdArray.of(shape, out);
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
        return oneDimensionalWithLen(x);
    }

    /**
     * {@code k = len(x)}, then {@code PyArray_FROMANY(x, NPY_DOUBLE, 1, 1)}: a str, bytes or
     * dict has a length but is a 0-d array ({@code "object of too small depth for desired
     * array"}); a range is its items.
     */
    static double[] oneDimensionalWithLen(Object x) {
        Py.len(x);
        if (x instanceof String || x instanceof byte[] || x instanceof java.util.Map) {
            throw new ValueError("object of too small depth for desired array");
        }
        if (x instanceof org.nprand.internal.py.PythonValue && ((org.nprand.internal.py.PythonValue) x).pythonItems() != null) {
            x = new ArrayList<>(((org.nprand.internal.py.PythonValue) x).pythonItems());
        }
        return oneDimensionalDoubles(x);
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
        if (cov.ndim() != 2 || cov.intShape()[0] != cov.intShape()[1]) {
            throw new ValueError("cov must be 2 dimensional and square");
        }
        int n = mean.intShape()[0];
        if (n != cov.intShape()[0]) {
            throw new ValueError("mean and cov must have same length");
        }
        if (size instanceof Double) {
            throw new TypeError("'float' object is unsliceable");
        }
        // final_shape = list(shape[:]) + [n] for standard_normal: an int size is [size]
        if (size instanceof java.util.Map) {
            throw new TypeError("unhashable type: 'slice'");
        }
        if (size instanceof Boolean) {
            throw new TypeError("an integer is required");
        }
        int[] shape;
        long[] outShape = {n};
        if (size == null) {
            shape = null;
        } else {
            outShape = Shapes.resolveIntp(Shapes.append(Py.sizeDims(size), n), 8, "float64"); // (2**40, 0, n) too
            shape = Shapes.working(java.util.Arrays.copyOf(outShape, outShape.length - 1));
        }
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
        return NdArray.of(outShape, out);
    }

    /** {@code np.array(x)} for a list, an ndarray or a scalar (a str, bytes or dict: a 0-d array as it is). */
    private static NdArray asNumpyArray(Object x) {
        if (x instanceof NdArray) {
            return (NdArray) x;
        }
        if (x instanceof org.nprand.internal.py.PythonValue && ((org.nprand.internal.py.PythonValue) x).pythonItems() != null) {
            x = new ArrayList<>(((org.nprand.internal.py.PythonValue) x).pythonItems());
        }
        if (x instanceof List) {
            return Py.asArray((List<?>) x);
        }
        if (x instanceof String || x instanceof byte[] || x instanceof java.util.Map || x == null) {
            return new NdArray("object", new int[0], new Object[] {x});
        }
        return Py.fromOtf(x, false);
    }

    /** {@code permutation(x)}: an int gives {@code arange(x)} shuffled, else a shuffled copy. */
    static Object permutation(RandomState rs, Object[] v) {
        Object x = v[0];
        // A Python int (bool included; a 0-d ndarray is not one: NumPy raises IndexError for it).
        if (x instanceof Long || x instanceof BigInteger || x instanceof Boolean) {
            NdArray huge = hugeArange(Py.bigInt(x), false);
            return huge != null ? huge : NdArray.ofInts(rs.permutation(Py.toLong(x)));
        }
        if (x instanceof org.nprand.internal.py.PythonValue && ((org.nprand.internal.py.PythonValue) x).pythonItems() != null) {
            return rs.permutation(Py.asArray(new ArrayList<>(((org.nprand.internal.py.PythonValue) x).pythonItems())));
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
     * {@code permutation(x)} for an int past int64, as {@code np.arange(x)} gives it: an empty
     * array for {@code 2**63 <= x < 2**64} (RandomState's int64, the Generator's float64) and
     * for {@code -2**64 <= x < -2**63} (int64, the Generator's object array), NumPy's {@code
     * ValueError "Maximum allowed size exceeded"} beyond; null for an int that fits int64.
     */
    static NdArray hugeArange(BigInteger x, boolean generator) {
        if (x.bitLength() <= 63) {
            return null;
        }
        if (x.bitLength() > 64 || x.signum() < 0 && x.negate().compareTo(BigInteger.ONE.shiftLeft(64)) > 0) {
            throw new ValueError("Maximum allowed size exceeded");
        }
        if (!generator) {
            return new NdArray("int64", new int[] {0}, new long[0]);
        }
        return x.signum() > 0 ? new NdArray("float64", new int[] {0}, new double[0])
                : new NdArray("object", new int[] {0}, new Object[0]);
    }

    /**
     * {@code np.prod(size, dtype=np.intp)} of {@code choice}: only its failures matter (the
     * shape is converted again later); bytes are one {@code 'S'} scalar that {@code int()}
     * cannot read ({@code "invalid literal for int() with base 10: b'\\x02'"}).
     */
    static void sizeProductIntp(Object size) {
        if (size instanceof byte[]) {
            Py.pyIntConversion(size);
        }
    }

    /**
     * {@code dirichlet}'s and {@code multinomial}'s size: {@code (operator.index(size),)}, or
     * {@code tuple(size)} (so a float fails as {@code "'float' object is not iterable"}).
     */
    static int[] sizeTuple(Object size) {
        return sizeTuple(size, -1, 8, "float64");
    }

    /**
     * {@code shape = (operator.index(size), k)} or {@code tuple(size) + (k,)}, then {@code
     * np.zeros(shape, dtype)}: the leading dimensions ({@code size}'s), checked with the
     * trailing {@code k} as NumPy allocates them ({@code k < 0}: no trailing dimension). A bool
     * is an index ({@code size=True} is {@code (1, k)}); a dict gives its keys; a float fails
     * as {@code "'float' object is not iterable"}.
     */
    static int[] sizeTuple(Object size, int k, int itemsize, String dtypeName) {
        long[] full = fullShape(size, k, itemsize, dtypeName);
        if (full == null || size == null) {
            return null;
        }
        int[] shape = Shapes.narrow(full, itemsize, dtypeName); // callers that build the result from it
        return k >= 0 ? java.util.Arrays.copyOf(shape, shape.length - 1) : shape;
    }

    /**
     * The whole output shape of {@link #sizeTuple(Object, int, int, String)}, {@code size + (k,)}
     * as NumPy's {@code intp} shape (an empty {@code (0, 2**40, k)} included); {@code (k,)} for
     * None.
     */
    static long[] fullShape(Object size, int k, int itemsize, String dtypeName) {
        if (size == null) {
            return k >= 0 ? new long[] {k} : null;
        }
        List<Object> items;
        if (Py.isInt(size) && !(size instanceof NdArray)) {
            items = new ArrayList<>(List.of(Py.intValue(Py.bigInt(size))));
        } else if (size instanceof NdArray && ((NdArray) size).ndim() == 0 && ((NdArray) size).isInteger()) {
            items = new ArrayList<>(List.of(size));
        } else {
            items = new ArrayList<>(org.nprand.internal.py.PyOps.iterate(size instanceof NdArray ? tupleOf((NdArray) size) : size));
        }
        if (k >= 0) {
            items.add((long) k);
        }
        return Shapes.resolveIntp(items, itemsize, dtypeName);
    }

    /** {@code tuple(arr)}: the items along the first axis ({@code "iteration over a 0-d array"}). */
    static List<Object> tupleOf(NdArray a) {
        if (a.ndim() == 0) {
            throw new TypeError("iteration over a 0-d array");
        }
        List<Object> out = new ArrayList<>();
        int rows = a.intShape()[0];
        int step = rows == 0 ? 0 : a.size() / rows;
        for (int r = 0; r < rows; r++) {
            Object part = java.lang.reflect.Array.newInstance(a.data().getClass().getComponentType(), step);
            System.arraycopy(a.data(), r * step, part, 0, step);
            out.add(new NdArray(a.dtype(), java.util.Arrays.copyOfRange(a.intShape(), 1, a.ndim()), part));
        }
        return out;
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
