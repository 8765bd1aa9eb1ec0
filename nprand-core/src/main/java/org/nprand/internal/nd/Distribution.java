package org.nprand.internal.nd;

import java.util.Arrays;

import org.nprand.errors.ValueError;
import org.nprand.internal.py.Py;
import org.nprand.numpy.NdArray;

/**
 * One distribution method as NumPy's {@code _common.pyx} runs it: {@code cont()} (float64
 * results) or {@code disc()} (int64 results) over one kernel, with 0 to 3 parameters. Declared
 * once per method ({@code normal} is a kernel, two {@link Param}s and a name); every API path
 * goes through it:
 * <ul>
 *   <li>scalar calls ({@code size=None}, all parameters scalars): the parameters are converted
 *       and checked in order ({@code check_constraint}), then one draw; nothing is allocated;</li>
 *   <li>sized calls with scalar parameters: the checks, then {@code np.empty(size)}'s checks,
 *       then one tight loop writing straight into the result (or into a caller's array);</li>
 *   <li>array parameters of any shape: every parameter checked over its whole array
 *       ({@code check_array_constraint}), the output shape ({@code size}, or the broadcast of
 *       the parameters, with NumPy's {@code shape mismatch} message), the multi-iterator over
 *       output and parameters ({@code Output size ... is not compatible ...}), then one kernel
 *       call per output element in C order;</li>
 *   <li>Python values ({@link #call}): NumPy's conversions ({@code PyArray_FROM_OTF} to decide
 *       "all scalars", {@code PyFloat_AsDouble} or Cython's integer conversion for scalars),
 *       used by the replay binder and anything else that holds Python values.</li>
 * </ul>
 * Every error is raised before the first draw, so a failed call leaves the state untouched.
 *
 * @param <S> the kernel's state: a {@code BitSource}, or an {@code AugmentedBitSource}
 */
public final class Distribution<S> {

    /**
     * A check or transformation of several parameters together (triangular, uniform,
     * hypergeometric, the Generator's negative_binomial). The scalar forms take the parameters
     * as primitives, so that a scalar call allocates nothing; a hook implements the one for its
     * distribution's parameters.
     */
    public interface Hook {
        /**
         * Two float64 scalar parameters, after conversion and (unless the hook runs first)
         * constraints: checks them together and returns the kernel's second parameter, which
         * is {@code b} or what the hook makes of it (uniform's range).
         */
        default double scalars(double a, double b) {
            throw new IllegalStateException("not a hook for two float64 parameters");
        }

        /** Three float64 scalar parameters (as {@link #scalars(double, double)}; none rewritten). */
        default void scalars(double a, double b, double c) {
            throw new IllegalStateException("not a hook for three float64 parameters");
        }

        /** Three int64 scalar parameters (as {@link #scalars(double, double)}; none rewritten). */
        default void scalars(long a, long b, long c) {
            throw new IllegalStateException("not a hook for three int64 parameters");
        }

        /** Array parameters (float64), before their constraints; returns the arrays to use. */
        NdArray[] arrays(NdArray[] arrays);
    }

    private final String name;
    private final Param[] params;
    private final boolean int64Result;
    private final Object kernel;
    private final int signature;
    private Hook hook;
    private BulkFill<S> bulk;
    private ParamBulkFill<S> paramBulk;
    private LongBulkFill<S> longBulk;
    private boolean convertAllFirst;
    private boolean scalarsFromArrays;
    private boolean hookFirst;

    private static final int D0 = 0;
    private static final int D1 = 1;
    private static final int D2 = 2;
    private static final int D3 = 3;
    private static final int LD = 4;
    private static final int LDD = 5;
    private static final int LDI = 6;
    private static final int LI = 7;
    private static final int LIII = 8;

    private Distribution(String name, Object kernel, int signature, boolean int64Result, Param... params) {
        this.name = name;
        this.kernel = kernel;
        this.signature = signature;
        this.int64Result = int64Result;
        this.params = params;
    }

    /** {@code cont(func, narg=0)}. */
    public static <S> Distribution<S> of(String name, Kernel.D0<S> k) {
        return new Distribution<>(name, k, D0, false);
    }

    /** {@code cont(func, narg=1)}. */
    public static <S> Distribution<S> of(String name, Kernel.D1<S> k, Param a) {
        return new Distribution<>(name, k, D1, false, a);
    }

    /** {@code cont(func, narg=2)}. */
    public static <S> Distribution<S> of(String name, Kernel.D2<S> k, Param a, Param b) {
        return new Distribution<>(name, k, D2, false, a, b);
    }

    /** {@code cont(func, narg=3)}. */
    public static <S> Distribution<S> of(String name, Kernel.D3<S> k, Param a, Param b, Param c) {
        return new Distribution<>(name, k, D3, false, a, b, c);
    }

    /** {@code disc(func, narg_double=1)}. */
    public static <S> Distribution<S> ofLong(String name, Kernel.LD<S> k, Param a) {
        return new Distribution<>(name, k, LD, true, a);
    }

    /** {@code disc(func, narg_double=2)}. */
    public static <S> Distribution<S> ofLong(String name, Kernel.LDD<S> k, Param a, Param b) {
        return new Distribution<>(name, k, LDD, true, a, b);
    }

    /** {@code disc(func, narg_double=1, narg_int64=1)}. */
    public static <S> Distribution<S> ofLong(String name, Kernel.LDI<S> k, Param a, Param b) {
        return new Distribution<>(name, k, LDI, true, a, b);
    }

    /** {@code disc(func, narg_int64=1)}. */
    public static <S> Distribution<S> ofLong(String name, Kernel.LI<S> k, Param a) {
        return new Distribution<>(name, k, LI, true, a);
    }

    /** {@code disc(func, narg_int64=3)}. */
    public static <S> Distribution<S> ofLong(String name, Kernel.LIII<S> k, Param a, Param b, Param c) {
        return new Distribution<>(name, k, LIII, true, a, b, c);
    }

    /** A faster bulk form of a parameterless kernel that gives the same values and draws. */
    @FunctionalInterface
    public interface BulkFill<S> {
        void fill(S s, double[] out, int from, int to);
    }

    /** Uses {@code f} for sized calls of a parameterless kernel (e.g. a bit generator's bulk doubles). */
    public Distribution<S> withBulkFill(BulkFill<S> f) {
        if (signature != D0) {
            throw new IllegalStateException(name + " has parameters");
        }
        this.bulk = f;
        return this;
    }

    /**
     * A faster bulk form of a float64 kernel with 1 to 3 parameters that gives the same values
     * from the same draws: {@code v} holds the checked scalar parameters in kernel order (after
     * the hook, e.g. uniform's {@code range}).
     */
    @FunctionalInterface
    public interface ParamBulkFill<S> {
        void fill(S s, double[] v, double[] out, int from, int to);
    }

    /**
     * Uses {@code f} for the sized calls (and the fill form) of a kernel with scalar parameters,
     * instead of one kernel call per value through the engine's loop. That loop's call site is
     * shared by every distribution, so once several have run it is megamorphic and the kernel
     * is not inlined; {@code f}'s own loop sees one kernel. (Broadcast calls still call the
     * kernel per element.)
     */
    public Distribution<S> withBulkFill(ParamBulkFill<S> f) {
        if (signature != D1 && signature != D2 && signature != D3) {
            throw new IllegalStateException(name + " is not a float64 kernel with parameters");
        }
        this.paramBulk = f;
        return this;
    }

    /**
     * A faster bulk form of an int64 kernel with scalar parameters that gives the same values
     * from the same draws: {@code v} holds the checked parameters in kernel order (int64 ones
     * also in {@code ip}).
     */
    @FunctionalInterface
    public interface LongBulkFill<S> {
        void fill(S s, double[] v, long[] ip, long[] out, int from, int to);
    }

    /** Uses {@code f} for the sized calls of an int64 kernel with scalar parameters (see the float64 form). */
    public Distribution<S> withBulkFill(LongBulkFill<S> f) {
        if (!isDiscrete()) {
            throw new IllegalStateException(name + " is not an int64 kernel");
        }
        this.longBulk = f;
        return this;
    }

    /** Adds a check or transformation of several parameters together. */
    public Distribution<S> withHook(Hook h) {
        this.hook = h;
        return this;
    }

    /**
     * Adds a check of several parameters together that NumPy makes before the constraints
     * (hypergeometric's {@code ngood + nbad < nsample}): every scalar parameter is converted, the
     * hook runs, then the constraints.
     */
    public Distribution<S> withPrecheck(Hook h) {
        this.hook = h;
        this.hookFirst = true;
        this.convertAllFirst = true;
        return this;
    }

    /**
     * Converts every scalar parameter before checking any (RandomState's hand-written
     * {@code binomial}); {@code cont}/{@code disc} convert and check one parameter at a time.
     */
    public Distribution<S> convertingAllFirst() {
        this.convertAllFirst = true;
        return this;
    }

    /**
     * Takes scalar parameters from their {@code PyArray_FROM_OTF} arrays ({@code _dn[0]}), not
     * through {@code PyFloat_AsDouble}: the Generator's hand-written {@code negative_binomial},
     * where {@code None} is NaN and a numeric str parses.
     */
    public Distribution<S> scalarsFromArrays() {
        this.scalarsFromArrays = true;
        return this;
    }

    /** The Python method name. */
    public String name() {
        return name;
    }

    /** The parameters in the kernel's order (NumPy's {@code cont}/{@code disc} order). */
    public Param[] params() {
        return params.clone();
    }

    /** True for {@code disc} (int64 results). */
    public boolean isDiscrete() {
        return int64Result;
    }

    // ---- scalar calls: no allocation ---------------------------------------------------------

    /** {@code f()} with {@code size=None}. */
    @SuppressWarnings("unchecked")
    public double sample(S s) {
        return ((Kernel.D0<S>) kernel).sample(s);
    }

    /** {@code f(a)} with {@code size=None}: {@code a} checked, one draw. */
    @SuppressWarnings("unchecked")
    public double sample(S s, double a) {
        params[0].constraint().check(a, params[0].name());
        return ((Kernel.D1<S>) kernel).sample(s, a);
    }

    /** {@code f(a, b)} with {@code size=None}. */
    @SuppressWarnings("unchecked")
    public double sample(S s, double a, double b) {
        return ((Kernel.D2<S>) kernel).sample(s, a, checkScalars(a, b));
    }

    /** {@code f(a, b, c)} with {@code size=None}. */
    @SuppressWarnings("unchecked")
    public double sample(S s, double a, double b, double c) {
        if (hook != null && hookFirst) {
            hook.scalars(a, b, c);
        }
        params[0].constraint().check(a, params[0].name());
        params[1].constraint().check(b, params[1].name());
        params[2].constraint().check(c, params[2].name());
        if (hook != null && !hookFirst) {
            hook.scalars(a, b, c);
        }
        return ((Kernel.D3<S>) kernel).sample(s, a, b, c);
    }

    /** A discrete {@code f(a)} (double parameter) with {@code size=None}. */
    @SuppressWarnings("unchecked")
    public long sampleLong(S s, double a) {
        params[0].constraint().check(a, params[0].name());
        return ((Kernel.LD<S>) kernel).sample(s, a);
    }

    /** A discrete {@code f(a, b)} (double parameters) with {@code size=None}. */
    @SuppressWarnings("unchecked")
    public long sampleLong(S s, double a, double b) {
        return ((Kernel.LDD<S>) kernel).sample(s, a, checkScalars(a, b));
    }

    /** A discrete {@code f(a, b)} (double, int64) with {@code size=None}. */
    @SuppressWarnings("unchecked")
    public long sampleLong(S s, double a, long b) {
        params[0].constraint().check(a, params[0].name());
        params[1].constraint().check((double) b, params[1].name());
        return ((Kernel.LDI<S>) kernel).sample(s, a, b);
    }

    /** A discrete {@code f(a)} (int64 parameter) with {@code size=None}. */
    @SuppressWarnings("unchecked")
    public long sampleLong(S s, long a) {
        params[0].constraint().check((double) a, params[0].name());
        return ((Kernel.LI<S>) kernel).sample(s, a);
    }

    /** A discrete {@code f(a, b, c)} (int64 parameters) with {@code size=None}. */
    @SuppressWarnings("unchecked")
    public long sampleLong(S s, long a, long b, long c) {
        if (hook != null && hookFirst) {
            hook.scalars(a, b, c);
        }
        params[0].constraint().check((double) a, params[0].name());
        params[1].constraint().check((double) b, params[1].name());
        params[2].constraint().check((double) c, params[2].name());
        if (hook != null && !hookFirst) {
            hook.scalars(a, b, c);
        }
        return ((Kernel.LIII<S>) kernel).sample(s, a, b, c);
    }

    // ---- sized calls with scalar parameters ---------------------------------------------------

    /**
     * {@code f(*p, size=size)} for a continuous method with scalar parameters: checks, then
     * {@code np.empty(size)}, then one pass. {@code size == null} is {@code size=None} (one draw,
     * returned as a 1-element array).
     *
     * @param p the parameters, in kernel order
     */
    public double[] doubles(S s, int[] size, double... p) {
        double[] v = checkScalars(p, null);
        double[] out = new double[Shapes.count(size, 8, "float64")];
        fillChecked(s, v, out, 0, out.length);
        return out;
    }

    /**
     * {@code f(*p, out=out)}: checks, then fills {@code out[from, to)} in one pass (no
     * allocation for up to three parameters... the parameter array aside).
     */
    public void fill(S s, double[] out, int from, int to, double... p) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        fillChecked(s, checkScalars(p, null), out, from, to);
    }

    /**
     * {@code f(*p, size=size)} for a discrete method with scalar parameters; int64 parameters
     * are given in {@code ip} at their positions (the matching {@code dp} entries are ignored).
     */
    public long[] longs(S s, int[] size, double[] dp, long[] ip) {
        double[] v = checkScalars(dp, ip);
        long[] out = new long[Shapes.count(size, 8, "int64")];
        fillChecked(s, v, ip, out, 0, out.length);
        return out;
    }

    /** {@code check_constraint} on each scalar in order, and the hook (before or after); returns the values. */
    private double[] checkScalars(double[] dp, long[] ip) {
        double[] v = new double[params.length];
        for (int k = 0; k < params.length; k++) {
            v[k] = params[k].isInt64() ? (double) ip[k] : dp[k];
        }
        if (hook != null && hookFirst) {
            runHook(v, ip);
        }
        for (int k = 0; k < params.length; k++) {
            params[k].constraint().check(v[k], params[k].name());
        }
        if (hook != null && !hookFirst) {
            runHook(v, ip);
        }
        return v;
    }

    /**
     * Two float64 scalar parameters checked in order, with the hook before or after the
     * constraints; returns the kernel's second parameter ({@code b}, or the hook's rewrite).
     */
    private double checkScalars(double a, double b) {
        if (hook != null && hookFirst) {
            b = hook.scalars(a, b);
        }
        params[0].constraint().check(a, params[0].name());
        params[1].constraint().check(b, params[1].name());
        if (hook != null && !hookFirst) {
            b = hook.scalars(a, b);
        }
        return b;
    }

    /** The hook's scalar form for these parameters, on values held in arrays ({@code v[1]} may be rewritten). */
    private void runHook(double[] v, long[] iv) {
        if (params.length == 2) {
            v[1] = hook.scalars(v[0], v[1]);
        } else if (params[0].isInt64()) {
            hook.scalars(iv[0], iv[1], iv[2]);
        } else {
            hook.scalars(v[0], v[1], v[2]);
        }
    }

    @SuppressWarnings("unchecked")
    private void fillChecked(S s, double[] v, double[] out, int from, int to) {
        if (paramBulk != null) {
            paramBulk.fill(s, v, out, from, to);
            return;
        }
        switch (signature) {
            case D0: {
                if (bulk != null) {
                    bulk.fill(s, out, from, to);
                    break;
                }
                Kernel.D0<S> f = (Kernel.D0<S>) kernel;
                for (int i = from; i < to; i++) {
                    out[i] = f.sample(s);
                }
                break;
            }
            case D1: {
                Kernel.D1<S> f = (Kernel.D1<S>) kernel;
                double a = v[0];
                for (int i = from; i < to; i++) {
                    out[i] = f.sample(s, a);
                }
                break;
            }
            case D2: {
                Kernel.D2<S> f = (Kernel.D2<S>) kernel;
                double a = v[0];
                double b = v[1];
                for (int i = from; i < to; i++) {
                    out[i] = f.sample(s, a, b);
                }
                break;
            }
            case D3: {
                Kernel.D3<S> f = (Kernel.D3<S>) kernel;
                double a = v[0];
                double b = v[1];
                double c = v[2];
                for (int i = from; i < to; i++) {
                    out[i] = f.sample(s, a, b, c);
                }
                break;
            }
            default:
                throw new IllegalStateException(name + " has int64 results");
        }
    }

    @SuppressWarnings("unchecked")
    private void fillChecked(S s, double[] v, long[] ip, long[] out, int from, int to) {
        if (longBulk != null) {
            longBulk.fill(s, v, ip, out, from, to);
            return;
        }
        switch (signature) {
            case LD: {
                Kernel.LD<S> f = (Kernel.LD<S>) kernel;
                double a = v[0];
                for (int i = from; i < to; i++) {
                    out[i] = f.sample(s, a);
                }
                break;
            }
            case LDD: {
                Kernel.LDD<S> f = (Kernel.LDD<S>) kernel;
                double a = v[0];
                double b = v[1];
                for (int i = from; i < to; i++) {
                    out[i] = f.sample(s, a, b);
                }
                break;
            }
            case LDI: {
                Kernel.LDI<S> f = (Kernel.LDI<S>) kernel;
                double a = v[0];
                long b = ip[1];
                for (int i = from; i < to; i++) {
                    out[i] = f.sample(s, a, b);
                }
                break;
            }
            case LI: {
                Kernel.LI<S> f = (Kernel.LI<S>) kernel;
                long a = ip[0];
                for (int i = from; i < to; i++) {
                    out[i] = f.sample(s, a);
                }
                break;
            }
            case LIII: {
                Kernel.LIII<S> f = (Kernel.LIII<S>) kernel;
                long a = ip[0];
                long b = ip[1];
                long c = ip[2];
                for (int i = from; i < to; i++) {
                    out[i] = f.sample(s, a, b, c);
                }
                break;
            }
            default:
                throw new IllegalStateException(name + " has float64 results");
        }
    }

    // ---- array parameters of any shape ---------------------------------------------------------

    /**
     * NumPy's broadcast path ({@code cont_broadcast_N} / {@code discrete_broadcast_*}) for
     * parameters of any shape. When every parameter is 0-d this is the scalar path instead, as
     * in NumPy, and the result is a 0-d array for {@code size=null}.
     *
     * @param size the output shape, or {@code null} for {@code size=None}; may also be a Python
     *     {@code size} value (converted when NumPy converts it, after the parameter checks)
     * @param p the parameters in kernel order, any dtype (converted to float64 or int64 as
     *     {@code PyArray_FROM_OTF} would)
     */
    public NdArray broadcast(S s, Object size, NdArray... p) {
        if (p.length != params.length) {
            throw new IllegalArgumentException(name + " takes " + params.length + " parameters");
        }
        NdArray[] arrays = new NdArray[p.length];
        boolean scalar = true;
        for (int k = 0; k < p.length; k++) {
            arrays[k] = Py.fromOtf(p[k], params[k].isInt64());
            scalar &= arrays[k].ndim() == 0;
        }
        if (scalar) {
            Object[] values = new Object[p.length];
            for (int k = 0; k < p.length; k++) {
                values[k] = params[k].isInt64() ? (Object) arrays[k].longs()[0] : (Object) arrays[k].getDouble(0);
            }
            Object r = scalarPath(s, values, size, true);
            return r instanceof NdArray ? (NdArray) r
                    : int64Result ? NdArray.scalar("int64", (Long) r) : new NdArray("float64", new int[0], new double[] {(Double) r});
        }
        return arrayPath(s, arrays, size);
    }

    /**
     * The whole of NumPy's {@code cont()}/{@code disc()} on Python values: each parameter
     * through {@code PyArray_FROM_OTF}, then the scalar path (each parameter through
     * {@code PyFloat_AsDouble} or Cython's int64 conversion, then its check) or the array path.
     *
     * @param pyArgs the parameters in kernel order (Python values as the replay codec decodes
     *     them: Long, BigInteger, Double, Boolean, String, List, NdArray, null)
     * @param pySize Python's {@code size} value ({@code null} for None)
     * @return a {@code Double}/{@code Long} for {@code size=None} with scalar parameters, else
     *     an {@link NdArray}
     */
    public Object call(S s, Object[] pyArgs, Object pySize) {
        NdArray[] arrays = new NdArray[params.length];
        boolean scalar = true;
        for (int k = 0; k < params.length; k++) {
            arrays[k] = Py.fromOtf(pyArgs[k], params[k].isInt64());
            scalar &= arrays[k].ndim() == 0;
        }
        if (!scalar) {
            return arrayPath(s, arrays, pySize);
        }
        if (scalarsFromArrays) {
            Object[] values = new Object[params.length];
            for (int k = 0; k < params.length; k++) {
                values[k] = params[k].isInt64() ? (Object) arrays[k].longs()[0] : (Object) arrays[k].getDouble(0);
            }
            return scalarPath(s, values, pySize, false);
        }
        return scalarPath(s, pyArgs, pySize, false);
    }

    /** The scalar path of {@code cont}/{@code disc}: convert and check, then draw. */
    private Object scalarPath(S s, Object[] values, Object size, boolean asArray) {
        double[] v = new double[params.length];
        long[] iv = new long[params.length];
        if (convertAllFirst) {
            for (int k = 0; k < params.length; k++) {
                convert(values[k], k, v, iv);
            }
            if (hook != null && hookFirst) {
                runHook(v, iv);
            }
            for (int k = 0; k < params.length; k++) {
                params[k].constraint().check(v[k], params[k].name());
            }
        } else {
            for (int k = 0; k < params.length; k++) {
                convert(values[k], k, v, iv);
                params[k].constraint().check(v[k], params[k].name());
            }
        }
        if (hook != null && !hookFirst) {
            runHook(v, iv);
        }
        long[] shape = Shapes.resolveIntp(size, 8, int64Result ? "int64" : "float64");
        if (shape == null && !asArray) {
            if (int64Result) {
                long[] one = new long[1];
                fillChecked(s, v, iv, one, 0, 1);
                return one[0];
            }
            double[] one = new double[1];
            fillChecked(s, v, one, 0, 1);
            return one[0];
        }
        long[] outShape = shape == null ? new long[0] : shape;
        if (int64Result) {
            long[] out = new long[Shapes.count(outShape, 8, "int64")];
            fillChecked(s, v, iv, out, 0, out.length);
            return NdArray.of(outShape, out);
        }
        double[] out = new double[Shapes.count(outShape, 8, "float64")];
        fillChecked(s, v, out, 0, out.length);
        return NdArray.of(outShape, out);
    }

    private void convert(Object value, int k, double[] v, long[] iv) {
        if (params[k].isInt64()) {
            iv[k] = value instanceof Long ? (Long) value : Py.cythonLong(value);
            v[k] = iv[k];
        } else {
            v[k] = value instanceof Double ? (Double) value : Py.toDouble(value);
        }
    }

    /** The broadcast path: whole-array checks, output shape, multi-iterator, C-order draws. */
    private NdArray arrayPath(S s, NdArray[] arrays, Object size) {
        if (hook != null) {
            arrays = hook.arrays(arrays);
        }
        for (int k = 0; k < params.length; k++) {
            if (params[k].constraint() != Constraint.NONE) {
                if (arrays[k].isInteger()) {
                    params[k].constraint().checkArray(arrays[k].longs(), params[k].name());
                } else {
                    params[k].constraint().checkArray(arrays[k].doubles(), params[k].name());
                }
            }
        }
        long[][] shapes = new long[params.length + 1][];
        for (int k = 0; k < params.length; k++) {
            shapes[k + 1] = arrays[k].shape();
        }
        long[] sizeShape = Shapes.resolveIntp(size, 8, int64Result ? "int64" : "float64");
        long[] outShape;
        if (sizeShape != null) {
            outShape = sizeShape;
            Shapes.count(outShape, 8, int64Result ? "int64" : "float64");
        } else if (params.length == 1) {
            outShape = shapes[1];
        } else {
            outShape = Shapes.broadcast(Arrays.copyOfRange(shapes, 1, shapes.length));
        }
        int n = Shapes.count(outShape, 8, int64Result ? "int64" : "float64");
        shapes[0] = outShape;
        long[] iterShape = Shapes.broadcast(shapes);
        if (!Arrays.equals(iterShape, outShape)) {
            throw new ValueError("Output size " + Shapes.tuple(outShape) + " is not compatible with broadcast "
                    + "dimensions of inputs " + Shapes.tuple(iterShape) + ".");
        }
        int[][] working = new int[params.length][];
        for (int k = 0; k < params.length; k++) {
            working[k] = Shapes.working(shapes[k + 1]); // the iteration is over elements: int axes
        }
        MultiIter it = new MultiIter(Shapes.working(outShape), working);
        double[][] d = new double[params.length][];
        long[][] l = new long[params.length][];
        for (int k = 0; k < params.length; k++) {
            if (arrays[k].isInteger()) {
                l[k] = arrays[k].longs();
            } else {
                d[k] = arrays[k].doubles();
            }
        }
        if (int64Result) {
            long[] out = new long[n];
            drawLongs(s, it, d, l, out);
            return NdArray.of(outShape, out);
        }
        double[] out = new double[n];
        drawDoubles(s, it, d, out);
        return NdArray.of(outShape, out);
    }

    /**
     * The broadcast loop: rows of the innermost axis as counted loops (one stride per operand,
     * 0 where it broadcasts), the outer axes through the multi-iterator; C order throughout.
     */
    @SuppressWarnings("unchecked")
    private void drawDoubles(S s, MultiIter it, double[][] d, double[] out) {
        int n = out.length;
        int len = it.innerLength();
        switch (signature) {
            case D1: {
                Kernel.D1<S> f = (Kernel.D1<S>) kernel;
                double[] a = d[0];
                int sa = it.innerStride(0);
                for (int i = 0; i < n; it.nextRow()) {
                    for (int j = 0, oa = it.offset(0); j < len; j++, i++, oa += sa) {
                        out[i] = f.sample(s, a[oa]);
                    }
                }
                break;
            }
            case D2: {
                Kernel.D2<S> f = (Kernel.D2<S>) kernel;
                double[] a = d[0];
                double[] b = d[1];
                int sa = it.innerStride(0);
                int sb = it.innerStride(1);
                for (int i = 0; i < n; it.nextRow()) {
                    for (int j = 0, oa = it.offset(0), ob = it.offset(1); j < len; j++, i++, oa += sa, ob += sb) {
                        out[i] = f.sample(s, a[oa], b[ob]);
                    }
                }
                break;
            }
            case D3: {
                Kernel.D3<S> f = (Kernel.D3<S>) kernel;
                double[] a = d[0];
                double[] b = d[1];
                double[] c = d[2];
                int sa = it.innerStride(0);
                int sb = it.innerStride(1);
                int sc = it.innerStride(2);
                for (int i = 0; i < n; it.nextRow()) {
                    for (int j = 0, oa = it.offset(0), ob = it.offset(1), oc = it.offset(2); j < len;
                            j++, i++, oa += sa, ob += sb, oc += sc) {
                        out[i] = f.sample(s, a[oa], b[ob], c[oc]);
                    }
                }
                break;
            }
            default:
                throw new AssertionError(name);
        }
    }

    @SuppressWarnings("unchecked")
    private void drawLongs(S s, MultiIter it, double[][] d, long[][] l, long[] out) {
        int n = out.length;
        switch (signature) {
            case LD: {
                Kernel.LD<S> f = (Kernel.LD<S>) kernel;
                for (int i = 0; i < n; i++, it.next()) {
                    out[i] = f.sample(s, d[0][it.offset(0)]);
                }
                break;
            }
            case LDD: {
                Kernel.LDD<S> f = (Kernel.LDD<S>) kernel;
                for (int i = 0; i < n; i++, it.next()) {
                    out[i] = f.sample(s, d[0][it.offset(0)], d[1][it.offset(1)]);
                }
                break;
            }
            case LDI: {
                Kernel.LDI<S> f = (Kernel.LDI<S>) kernel;
                for (int i = 0; i < n; i++, it.next()) {
                    out[i] = f.sample(s, d[0][it.offset(0)], l[1][it.offset(1)]);
                }
                break;
            }
            case LI: {
                Kernel.LI<S> f = (Kernel.LI<S>) kernel;
                for (int i = 0; i < n; i++, it.next()) {
                    out[i] = f.sample(s, l[0][it.offset(0)]);
                }
                break;
            }
            case LIII: {
                Kernel.LIII<S> f = (Kernel.LIII<S>) kernel;
                for (int i = 0; i < n; i++, it.next()) {
                    out[i] = f.sample(s, l[0][it.offset(0)], l[1][it.offset(1)], l[2][it.offset(2)]);
                }
                break;
            }
            default:
                throw new AssertionError(name);
        }
    }
}
