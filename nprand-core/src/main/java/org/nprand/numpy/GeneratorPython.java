package org.nprand.numpy;

import java.util.ArrayList;
import java.util.List;

import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;
import org.nprand.internal.nd.Shapes;
import org.nprand.internal.py.Args;
import org.nprand.internal.py.Py;
import org.nprand.internal.spec.MethodSpec;

/**
 * The Generator's hand-written methods on Python values ({@code integers}, {@code random},
 * {@code choice}, {@code bytes}, {@code permutation}, {@code permuted}, ...), as
 * {@link MethodSpec}s for binders: NumPy's argument rules and order, then the Java method.
 */
final class GeneratorPython {

    private GeneratorPython() {
    }

    @SuppressWarnings("unchecked")
    static MethodSpec<Generator>[] specs() {
        return new MethodSpec[] {
            new MethodSpec<Generator>("integers", 1, (g, v) -> nativeIntegers(v[3]) ? RandomStatePython.boundedIntegers(g.bitGenerator(),
                    v[0], v[1], v[2], v[3], "integers", false, v[4] != Args.ABSENT && Py.truthy(v[4])) : null,
                    "low", "high", "size", "dtype", "endpoint"),
            new MethodSpec<Generator>("random", 0, GeneratorPython::random, "size", "dtype", "out"),
            new MethodSpec<Generator>("standard_normal", 0, (g, v) -> floatFill(g, v[0], v[1], v[2], "standard_normal",
                    "zig"), "size", "dtype", "out"),
            new MethodSpec<Generator>("standard_exponential", 0, (g, v) -> floatFill(g, v[0], v[1], v[3],
                    "standard_exponential", v[2] == Args.ABSENT ? "zig" : String.valueOf(v[2])),
                    "size", "dtype", "method", "out"),
            new MethodSpec<Generator>("standard_gamma", 1, GeneratorPython::standardGamma, "shape", "size", "dtype", "out"),
            new MethodSpec<Generator>("choice", 1, GeneratorPython::choice, "a", "size", "replace", "p", "axis", "shuffle"),
            new MethodSpec<Generator>("bytes", 1, (g, v) -> g.bytes(Py.cythonLong(v[0])), "length"),
            new MethodSpec<Generator>("permutation", 1, GeneratorPython::permutation, "x", "axis"),
            new MethodSpec<Generator>("permuted", 1, GeneratorPython::permuted, "x", "*axis", "*out"),
            new MethodSpec<Generator>("dirichlet", 1, (g, v) -> {
                double[] a = RandomStatePython.oneDimensionalWithLen(v[0]);
                Object sizeArg = RandomStatePython.absentIsNone(v[1]);
                long[] shape = RandomStatePython.fullShape(sizeArg, a.length, 8, "float64");
                int[] size = sizeArg == null ? null : Shapes.working(java.util.Arrays.copyOf(shape, shape.length - 1));
                return NdArray.of(shape, g.dirichlet(a, size)); // an empty (0, 2**40, k) keeps its shape
            }, "alpha", "size"),
            new MethodSpec<Generator>("multivariate_hypergeometric", 2, GeneratorPython::multivariateHypergeometric,
                    "colors", "nsample", "size", "method"),
            new MethodSpec<Generator>("multivariate_normal", 2, GeneratorPython::multivariateNormal,
                    "mean", "cov", "size", "check_valid", "tol", "*method"),
            new MethodSpec<Generator>("multinomial", 2, (g, v) -> {
                NdArray n = Py.fromOtf(v[0], true);
                NdArray p = Py.fromOtf(v[1], false);
                Object sizeArg = RandomStatePython.absentIsNone(v[2]);
                if (n.ndim() == 0 && p.ndim() == 1 && sizeArg != null) {
                    // the scalar path: NumPy's (size..., k) shape, an empty (2**40, 0, k) included
                    long[] full = RandomStatePython.fullShape(sizeArg, p.dim(0), 8, "int64");
                    try {
                        NdArray r = g.multinomial(n, p, Shapes.working(java.util.Arrays.copyOf(full, full.length - 1)));
                        return new NdArray(r.dtype(), full, r.data());
                    } catch (ValueError e) {
                        throw RandomStatePython.float32SumMessage(e, v[1], "[:-1]");
                    }
                }
                int[] size = n.ndim() == 0 && p.ndim() <= 1
                        ? RandomStatePython.sizeTuple(sizeArg, p.ndim() == 1 ? p.intShape()[0] : -1, 8, "int64")
                        : Shapes.resolve(sizeArg, 8, "int64");
                try {
                    return g.multinomial(n, p, size);
                } catch (ValueError e) {
                    throw RandomStatePython.float32SumMessage(e, v[1], p.ndim() > 1 ? "[...,:-1]" : "[:-1]");
                }
            }, "n", "pvals", "size"),
        };
    }

    /**
     * {@code Generator.integers} refuses a non-native byte order ({@code '>i4'}) for the types
     * wider than a byte; RandomState's {@code randint} only warns.
     */
    static boolean nativeIntegers(Object dtype) {
        if (dtype instanceof String && ((String) dtype).startsWith(">")) {
            DType d = DType.parse((String) dtype, "integers");
            if (d.bits() > 8) {
                throw new ValueError("Providing a dtype with a non-native byteorder is not supported. If you require "
                        + "platform-independent byteorder, call byteswap when required.");
            }
        }
        return true;
    }

    /** Cython's conversion of an {@code int axis} argument, with its messages. */
    static int axisArg(Object v) {
        if (v instanceof NdArray && ((NdArray) v).ndim() > 0) {
            throw new TypeError("only integer scalar arrays can be converted to a scalar index");
        }
        if (v instanceof Double) {
            throw new TypeError("integer argument expected, got float");
        }
        if (!Py.isInt(v)) {
            throw new TypeError("'" + Py.typeName(v) + "' object cannot be interpreted as an integer");
        }
        return (int) Py.toLong(v);
    }

    /**
     * {@code np.dtype(dtype)} for the float methods: float64 (also for {@code None}) or float32,
     * else NumPy's {@code TypeError}.
     */
    static boolean isFloat32(Object dtype, String method) {
        if (dtype == Args.ABSENT || dtype == null) {
            return false;
        }
        String name = Py.dtype(dtype);
        if (name.equals("float64")) {
            return false;
        }
        if (name.equals("float32")) {
            return true;
        }
        throw new TypeError("Unsupported dtype dtype('" + name + "') for " + method);
    }

    /**
     * NumPy's {@code check_output(out, dtype, size, require_c_array)}: the dtype, then
     * {@code size} against {@code out.shape}.
     */
    static NdArray checkOut(Object out, String dtype, Object size) {
        if (!(out instanceof NdArray)) {
            // Cython's unchecked <np.ndarray> cast: the flags test fails first
            throw new ValueError("Supplied output array must be contiguous, writable, aligned, and in machine byte-order.");
        }
        NdArray a = (NdArray) out;
        if (!a.dtype().equals(dtype)) {
            throw new TypeError("Supplied output array has the wrong type. Expected " + dtype + ", got " + a.dtype());
        }
        if (size != null) {
            int[] s = Shapes.resolve(size);
            if (!java.util.Arrays.equals(s, a.intShape())) {
                throw new ValueError("size must match out.shape when used together");
            }
        }
        return a;
    }

    /** {@code standard_normal(size=None, dtype=np.float64, out=None)} / {@code standard_exponential(..., method='zig', ...)}. */
    static Object floatFill(Generator g, Object sizeArg, Object dtypeArg, Object outArg, String method, String expMethod) {
        boolean f32 = isFloat32(dtypeArg, method);
        Object size = RandomStatePython.absentIsNone(sizeArg);
        Object out = RandomStatePython.absentIsNone(outArg);
        boolean normal = method.equals("standard_normal");
        if (size == null && out == null) {
            if (normal) {
                return f32 ? (Object) g.standardNormalFloat() : (Object) g.standardNormal();
            }
            if (f32) {
                return g.standardExponential(expMethod, new float[1])[0];
            }
            return g.standardExponential(expMethod, new double[1])[0];
        }
        NdArray target;
        if (out != null) {
            target = checkOut(out, f32 ? "float32" : "float64", size);
        } else {
            long[] shape = Shapes.resolveIntp(size); // an empty (2**40, 0) keeps its shape
            target = f32 ? new NdArray("float32", shape, new float[Shapes.count(shape, 4, "float32")])
                    : NdArray.of(shape, new double[Shapes.count(shape, 8, "float64")]);
        }
        if (normal) {
            if (f32) {
                g.standardNormal((float[]) target.data());
            } else {
                g.standardNormal(target.doubles());
            }
        } else if (f32) {
            g.standardExponential(expMethod, (float[]) target.data());
        } else {
            g.standardExponential(expMethod, target.doubles());
        }
        return target;
    }

    /** {@code standard_gamma(shape, size=None, dtype=np.float64, out=None)}. */
    static Object standardGamma(Generator g, Object[] v) {
        boolean f32 = isFloat32(v[2], "standard_gamma");
        Object size = RandomStatePython.absentIsNone(v[1]);
        Object out = RandomStatePython.absentIsNone(v[3]);
        if (out != null) {
            NdArray o = checkOut(out, f32 ? "float32" : "float64", size);
            NdArray shape = Py.fromOtf(v[0], false);
            if (shape.ndim() != 0) {
                NdArray r = f32 ? g.standardGammaFloat(shape, o.intShape()) : g.standardGamma(shape, o.intShape());
                System.arraycopy(r.data(), 0, o.data(), 0, r.size());
                return o;
            }
            double a = Py.toDouble(v[0]);
            if (f32) {
                g.standardGamma((float) a, (float[]) o.data());
            } else {
                g.standardGamma(a, o.doubles());
            }
            return o;
        }
        if (!f32) {
            return Generator.standardGammaDistribution().call(g, new Object[] {v[0]}, size);
        }
        NdArray shape = Py.fromOtf(v[0], false);
        if (shape.ndim() == 0) {
            float a = (float) Py.toDouble(v[0]);
            if (size == null) {
                org.nprand.internal.nd.Constraint.NON_NEGATIVE.check(a, "shape");
                return g.standardGammaFloat(a);
            }
            long[] intp = Shapes.resolveIntp(size); // an empty (2**40, 0) keeps its shape
            return new NdArray("float32", intp, g.standardGammaFloat(a, Shapes.working(intp)));
        }
        return g.standardGammaFloat(shape, Shapes.resolve(size));
    }

    /** {@code random(size=None, dtype=np.float64, out=None)}: {@code double_fill} / {@code float_fill}. */
    static Object random(Generator g, Object[] v) {
        boolean f32 = isFloat32(v[1], "random");
        Object size = RandomStatePython.absentIsNone(v[0]);
        Object out = RandomStatePython.absentIsNone(v[2]);
        if (size == null && out == null) {
            return f32 ? (Object) g.randomFloat() : (Object) g.random();
        }
        if (out != null) {
            NdArray a = checkOut(out, f32 ? "float32" : "float64", size);
            if (f32) {
                g.random((float[]) a.data());
            } else {
                g.random(a.doubles());
            }
            return a;
        }
        long[] shape = Shapes.resolveIntp(size); // an empty (2**40, 0) keeps its shape
        int[] working = Shapes.working(shape);
        return f32 ? new NdArray("float32", shape, g.randomFloat(working)) : NdArray.of(shape, g.random(working));
    }

    /** {@code choice(a, size=None, replace=True, p=None, axis=0, shuffle=True)}. */
    static Object choice(Generator g, Object[] v) {
        Object a = v[0];
        Object size = RandomStatePython.absentIsNone(v[1]);
        boolean replace = v[2] == Args.ABSENT || Py.truthy(v[2]);
        Object p = RandomStatePython.absentIsNone(v[3]);
        boolean shuffle = v[5] == Args.ABSENT || Py.truthy(v[5]);
        NdArray population = null;
        long popSize;
        int axis = 0;
        if (a instanceof org.nprand.internal.py.PythonValue && ((org.nprand.internal.py.PythonValue) a).pythonItems() != null) {
            a = new java.util.ArrayList<>(((org.nprand.internal.py.PythonValue) a).pythonItems()); // np.array(range(n))
        }
        if (a instanceof List || a instanceof NdArray && ((NdArray) a).ndim() > 0) {
            axis = v[4] == Args.ABSENT ? 0 : axisArg(v[4]); // a.shape[axis]: only an array's axis is looked at
            population = a instanceof NdArray ? (NdArray) a : Py.asArray((List<?>) a);
            if (axis >= population.ndim() || axis < -population.ndim()) {
                throw new org.nprand.errors.IndexError("tuple index out of range");
            }
            axis = axis < 0 ? axis + population.ndim() : axis;
            popSize = population.intShape()[axis];
            if (popSize == 0 && !prodIsZero(size)) {
                throw new ValueError("a cannot be empty unless no samples are taken");
            }
        } else {
            if (!Py.isInt(a)) {
                throw new ValueError("a must be a sequence or an integer, not <class '" + Py.typeName(a) + "'>");
            }
            java.math.BigInteger big = Py.bigInt(a);
            if (big.bitLength() > 63) {
                if (p == null && replace) {
                    if (big.equals(java.math.BigInteger.ONE.shiftLeft(63))) {
                        // self.integers(0, pop_size, size=shape, dtype=np.int64): [0, 2**63) is int64's range
                        return RandomStatePython.boundedIntegers(g.bitGenerator(), 0L, big, v[1], "int64", "integers",
                                false, false);
                    }
                    throw new ValueError("high is out of bounds for int64");
                }
                throw new org.nprand.errors.OverflowError("Python int too large to convert to C long");
            }
            popSize = big.longValue();
            if (popSize <= 0 && !prodIsZero(size)) {
                throw new ValueError("a must be a positive integer unless no samples are taken");
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
                throw new ValueError("p must be 1-dimensional");
            }
            pv = pa.doubles();
            GeneratorChoice.checkP(pv, popSize, atol);
        }
        RandomStatePython.sizeProductIntp(size);
        boolean viaIntegers = replace && pv == null; // self.integers(0, pop_size, size=shape, dtype=np.int64)
        if (viaIntegers && size != null) {
            Py.sizeProductIsZero(size);
        }
        long[] intp = Shapes.resolveIntp(size, 8, viaIntegers ? "int64" : "float64");
        int[] shape = Shapes.working(intp);
        long[] idx = GeneratorChoice.indices(g, popSize, shape, replace, pv, shuffle);
        if (population == null) {
            return shape == null ? (Object) idx[0] : NdArray.of(intp, idx); // an empty (2**40, 0) keeps its shape
        }
        return NdArrays.take(population, idx, intp, axis);
    }

    private static boolean prodIsZero(Object size) {
        return size != null && Shapes.productIsZero(Shapes.resolveIntp(size));
    }

    /** {@code multivariate_hypergeometric(colors, nsample, size=None, method='marginals')}. */
    static Object multivariateHypergeometric(Generator g, Object[] v) {
        String method = v[3] == Args.ABSENT ? "marginals" : String.valueOf(v[3]);
        if (!method.equals("count") && !method.equals("marginals")) {
            throw new ValueError("method must be \"count\" or \"marginals\".");
        }
        Object nsampleArg = v[1];
        if (!Py.isInt(nsampleArg)) {
            throw new ValueError("nsample must be an integer");
        }
        java.math.BigInteger ns = Py.bigInt(nsampleArg);
        if (ns.signum() < 0) {
            throw new ValueError("nsample must be nonnegative.");
        }
        if (ns.bitLength() > 63) {
            throw new ValueError("nsample must not exceed " + Long.MAX_VALUE);
        }
        String colorsError = "colors must be a one-dimensional sequence of nonnegative integers not exceeding "
                + Long.MAX_VALUE + ".";
        NdArray colors;
        Object colorsArg = v[0];
        if (colorsArg instanceof org.nprand.internal.py.PythonValue
                && ((org.nprand.internal.py.PythonValue) colorsArg).pythonItems() != null) {
            colorsArg = new java.util.ArrayList<>(((org.nprand.internal.py.PythonValue) colorsArg).pythonItems());
        }
        if (!(colorsArg instanceof NdArray || colorsArg instanceof List)) {
            throw new ValueError(colorsError); // np.asarray(colors) is 0-d
        }
        try {
            colors = colorsArg instanceof NdArray ? (NdArray) colorsArg : Py.asArray((List<?>) colorsArg);
        } catch (ValueError e) {
            throw new ValueError(colorsError);
        }
        if (colors.ndim() != 1 || colors.size() > 0 && !colors.isInteger() || colors.dtype().equals("uint64")) {
            throw new ValueError(colorsError);
        }
        long[] c = colors.size() == 0 ? new long[0] : colors.longs();
        Object sizeArg = RandomStatePython.absentIsNone(v[2]);
        int[] size = null;
        long[] full = null;
        if (sizeArg != null) {
            // (size, num_colors) for a scalar size (np.isscalar), else tuple(size) + (num_colors,)
            List<Object> dims = new java.util.ArrayList<>();
            boolean scalar = sizeArg instanceof Long || sizeArg instanceof java.math.BigInteger || sizeArg instanceof Boolean
                    || sizeArg instanceof Double || sizeArg instanceof String || sizeArg instanceof byte[]
                    || sizeArg instanceof NdArray && ((NdArray) sizeArg).ndim() == 0;
            if (scalar) {
                dims.add(sizeArg);
            } else {
                dims.addAll(sizeArg instanceof NdArray ? RandomStatePython.tupleOf((NdArray) sizeArg)
                        : org.nprand.internal.py.PyOps.iterate(sizeArg));
            }
            dims.add((long) c.length);
            full = Shapes.resolveIntp(dims, 8, "int64"); // an empty (0, 2**40, k) keeps its shape
            size = Shapes.working(java.util.Arrays.copyOf(full, full.length - 1));
        }
        long[] out = g.multivariateHypergeometric(c, ns.longValue(), size, method);
        return NdArray.of(full != null ? full : new long[] {c.length}, out);
    }

    /** {@code multivariate_normal(mean, cov, size=None, check_valid='warn', tol=1e-8, *, method='svd')}. */
    static Object multivariateNormal(Generator g, Object[] v) {
        String method = v[5] == Args.ABSENT ? "svd" : String.valueOf(v[5]);
        if (!method.equals("svd") && !method.equals("eigh") && !method.equals("cholesky")) {
            throw new ValueError("method must be one of {'eigh', 'svd', 'cholesky'}");
        }
        NdArray mean = v[0] instanceof NdArray ? (NdArray) v[0] : v[0] instanceof List ? Py.asArray((List<?>) v[0])
                : Py.fromOtf(v[0], false);
        NdArray cov = v[1] instanceof NdArray ? (NdArray) v[1] : v[1] instanceof List ? Py.asArray((List<?>) v[1])
                : Py.fromOtf(v[1], false);
        Object size = RandomStatePython.absentIsNone(v[2]);
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
        if (size instanceof NdArray && ((NdArray) size).ndim() == 0) {
            throw new org.nprand.errors.IndexError("too many indices for array: array is 0-dimensional, but 1 were indexed");
        }
        long[] intp = Shapes.resolveIntp(size); // an empty (2**40, 0) keeps its shape
        int[] shape = Shapes.working(intp);
        String checkValid = v[3] == Args.ABSENT ? "warn" : String.valueOf(v[3]);
        double tol = v[4] == Args.ABSENT ? 1e-8 : Py.toDouble(v[4]);
        if (cov.storage() == NdArray.Storage.OBJECT || mean.storage() == NdArray.Storage.OBJECT) {
            g.standardNormal(shape == null ? new int[] {n} : appendDim(shape, n));
            Object bad = cov.storage() == NdArray.Storage.OBJECT ? ((Object[]) cov.data())[0] : ((Object[]) mean.data())[0];
            throw new ValueError("could not convert string to float: np.str_(" + org.nprand.internal.py.PyRepr.repr(bad) + ")");
        }
        double[] out = g.multivariateNormalFlat(Py.fromOtf(mean, false).doubles(), Py.fromOtf(cov, false).doubles(),
                shape, checkValid, tol, method);
        return NdArray.of(intp == null ? new long[] {n} : Shapes.append(intp, n), out);
    }

    /** {@code permutation(x, axis=0)}. */
    static Object permutation(Generator g, Object[] v) {
        Object x = v[0];
        if (x instanceof Long || x instanceof java.math.BigInteger || x instanceof Boolean) {
            NdArray huge = RandomStatePython.hugeArange(Py.bigInt(x), true);
            return huge != null ? huge : NdArray.ofInts(g.permutation(Py.toLong(x))); // axis is not looked at
        }
        int axis = v[1] == Args.ABSENT ? 0 : axisArg(v[1]);
        NdArray arr = asArray(x);
        return g.permutation(arr, axis);
    }

    private static int[] appendDim(int[] size, int last) {
        int[] shape = java.util.Arrays.copyOf(size, size.length + 1);
        shape[size.length] = last;
        return shape;
    }

    /** {@code np.asarray(x)} (a str or a number becomes a 0-d array). */
    private static NdArray asArray(Object x) {
        if (x instanceof NdArray) {
            return (NdArray) x;
        }
        if (x instanceof org.nprand.internal.py.PythonValue && ((org.nprand.internal.py.PythonValue) x).pythonItems() != null) {
            x = new java.util.ArrayList<>(((org.nprand.internal.py.PythonValue) x).pythonItems()); // np.asarray(range(n))
        }
        if (x instanceof List) {
            return Py.asArray((List<?>) x);
        }
        return new NdArray("object", new int[0], new Object[] {x});
    }

    /** {@code permuted(x, *, axis=None, out=None)}. */
    static Object permuted(Generator g, Object[] v) {
        NdArray arr = asArray(v[0]);
        Object axisArg = RandomStatePython.absentIsNone(v[1]);
        Integer axis = axisArg == null ? null : axisArg(axisArg);
        Object out = RandomStatePython.absentIsNone(v[2]);
        NdArray target = null;
        if (out != null) {
            if (!(out instanceof NdArray)) {
                throw new TypeError("out must be a numpy array");
            }
            target = (NdArray) out;
            if (!java.util.Arrays.equals(target.intShape(), arr.intShape())) {
                throw new ValueError("out must have the same shape as x");
            }
            NdArrays.copyTo(target, arr);
        }
        if (arr.ndim() == 0) {
            if (axis != null) {
                NdArrays.normalizeAxis(axis, 0);
            }
            throw new TypeError("len() of unsized object");
        }
        NdArray result = g.permuted(target != null ? target : arr, axis);
        if (target == null) {
            return result;
        }
        System.arraycopy(result.data(), 0, target.data(), 0, result.size());
        return target;
    }
}
