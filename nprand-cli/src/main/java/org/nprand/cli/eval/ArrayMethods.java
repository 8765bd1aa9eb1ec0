package org.nprand.cli.eval;

import org.nprand.cli.eval.PyObjects.BoundMethod;
import org.nprand.cli.eval.PyObjects.NpDtype;
import org.nprand.cli.eval.PyObjects.NpScalar;
import org.nprand.internal.py.Args;
import org.nprand.internal.py.Py;
import org.nprand.numpy.NdArray;

/**
 * The ndarray and NumPy scalar attributes {@code nprand eval} has: {@code shape}, {@code dtype},
 * {@code size}, {@code ndim}, {@code itemsize}, {@code nbytes}, {@code tolist()}, {@code item()},
 * {@code copy()}, {@code reshape()}, {@code astype()}, {@code min()}, {@code max()}, and the
 * whole-array reductions {@code sum()}, {@code mean()}, {@code var()}, {@code std()} (with
 * {@code ddof}) of float64, integer and bool arrays, summed in NumPy's order: its pairwise
 * summation (blocks of 128 with eight accumulators, halved above), from 0.0, and for integer
 * arrays converted to float64 through NumPy's 8192-element buffers, each summed pairwise. No
 * element-wise arithmetic on arrays.
 */
final class ArrayMethods {

    private ArrayMethods() {
    }

    static Object getattr(NdArray a, String name) {
        switch (name) {
            case "shape":
                return Modules.shape(a.intShape());
            case "dtype":
                return new NpDtype(a.dtype());
            case "size":
                return (long) a.size();
            case "ndim":
                return (long) a.ndim();
            case "itemsize":
                return (long) itemsize(a.dtype());
            case "nbytes":
                return (long) itemsize(a.dtype()) * a.size();
            case "tolist":
                return method(a, name, (x, k) -> {
                    new Args(x, k).bind("tolist", 0);
                    return Values.toList(a);
                });
            case "item":
                return method(a, name, (x, k) -> {
                    if (x.isEmpty() && a.size() != 1) {
                        throw PyException.value("can only convert an array of size 1 to a Python scalar");
                    }
                    if (!x.isEmpty()) {
                        throw PyException.unsupported("ndarray.item with arguments");
                    }
                    return PyOps.pyValue(Values.element(a, 0));
                });
            case "copy":
                return method(a, name, (x, k) -> Values.copy(a));
            case "reshape":
                return method(a, name, (x, k) -> {
                    Object shape = x.size() == 1 ? x.get(0) : new PyObjects.PyTuple(x);
                    return Values.reshape(a, Py.size(Values.toJava(shape)));
                });
            case "astype":
                return method(a, name, (x, k) -> {
                    Object[] v = new Args(x, k).bind("astype", 1, "dtype");
                    return Values.astype(a, Py.dtype(Values.toJava(v[0])));
                });
            case "min":
            case "max":
                return method(a, name, (x, k) -> {
                    new Args(x, k).bind(name, 0);
                    return extreme(a, name.equals("max"));
                });
            case "sum":
                return method(a, name, (x, k) -> {
                    new Args(x, k).bind("sum", 0);
                    return sum(a);
                });
            case "mean":
                return method(a, name, (x, k) -> {
                    new Args(x, k).bind("mean", 0);
                    return new NpScalar("float64", mean(a));
                });
            case "var":
            case "std":
                return method(a, name, (x, k) -> {
                    Object[] v = new Args(x, k).bind(name, 0, "ddof");
                    double ddof = v[0] == Args.ABSENT ? 0 : PyOps.toDouble(PyOps.pyValue(v[0]));
                    double var = variance(a, ddof);
                    return new NpScalar("float64", name.equals("std") ? Math.sqrt(var) : var);
                });
            default:
                if (Modules.pythonHas("numpy.ndarray", name)) {
                    throw PyException.unsupported("ndarray." + name);
                }
                throw PyException.attribute("'numpy.ndarray' object", name);
        }
    }

    static Object scalarAttr(NpScalar s, String name) {
        switch (name) {
            case "item":
                return method(s, name, (x, k) -> PyOps.pyValue(s));
            case "dtype":
                return new NpDtype(s.dtype());
            case "tolist":
                return method(s, name, (x, k) -> PyOps.pyValue(s));
            default:
                if (Modules.pythonHas("numpy.generic", name)) {
                    throw PyException.unsupported("numpy scalar ." + name);
                }
                throw PyException.attribute("'" + s.pythonTypeName() + "' object", name);
        }
    }

    private static BoundMethod method(Object self, String name, PyObjects.Fn fn) {
        return new BoundMethod(self, self instanceof NdArray ? "numpy.ndarray" : "numpy.generic", name, fn);
    }

    private static int itemsize(String dtype) {
        switch (dtype) {
            case "bool": case "int8": case "uint8":
                return 1;
            case "int16": case "uint16":
                return 2;
            case "int32": case "uint32": case "float32":
                return 4;
            default:
                return 8;
        }
    }

    /** {@code a.min()} / {@code a.max()}: NaN wins, as in NumPy. */
    private static Object extreme(NdArray a, boolean max) {
        if (a.size() == 0) {
            throw PyException.value("zero-size array to reduction operation " + (max ? "maximum" : "minimum")
                    + " which has no identity");
        }
        Object best = Values.element(a, 0);
        for (int i = 1; i < a.size(); i++) {
            NpScalar e = Values.element(a, i);
            Object bv = PyOps.pyValue(best);
            Object ev = PyOps.pyValue(e);
            if (bv instanceof Double && Double.isNaN((Double) bv)) {
                break;
            }
            if (ev instanceof Double && Double.isNaN((Double) ev)) {
                best = e;
                break;
            }
            if (PyOps.compare(max ? ">" : "<", ev, bv)) {
                best = e;
            }
        }
        return best;
    }

    // ---- NumPy's reductions ----

    /** NumPy's {@code pairwise_sum} of {@code a[lo, lo + n)}. */
    static double pairwise(double[] a, int lo, int n) {
        if (n < 8) {
            double res = 0.;
            for (int i = 0; i < n; i++) {
                res += a[lo + i];
            }
            return res;
        } else if (n <= 128) {
            double r0 = a[lo];
            double r1 = a[lo + 1];
            double r2 = a[lo + 2];
            double r3 = a[lo + 3];
            double r4 = a[lo + 4];
            double r5 = a[lo + 5];
            double r6 = a[lo + 6];
            double r7 = a[lo + 7];
            int i;
            for (i = 8; i < n - (n % 8); i += 8) {
                r0 += a[lo + i];
                r1 += a[lo + i + 1];
                r2 += a[lo + i + 2];
                r3 += a[lo + i + 3];
                r4 += a[lo + i + 4];
                r5 += a[lo + i + 5];
                r6 += a[lo + i + 6];
                r7 += a[lo + i + 7];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += a[lo + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwise(a, lo, n2) + pairwise(a, lo + n2, n - n2);
    }

    /** The values as float64 for a float64 reduction (float64, integer or bool arrays). */
    private static double[] asDoubles(NdArray a) {
        if (a.dtype().equals("float64")) {
            return a.doubles();
        }
        if (a.dtype().equals("float32") || NdArray.storageOf(a.dtype()) == NdArray.Storage.OBJECT) {
            throw PyException.unsupported("reductions of " + a.dtype() + " arrays");
        }
        double[] d = new double[a.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = a.getDouble(i);
        }
        return d;
    }

    /** {@code umr_sum(a, dtype=float64)}: one pass for float64, 8192-element buffers when cast. */
    private static double floatSum(NdArray a, double[] d) {
        if (a.dtype().equals("float64")) {
            return 0.0 + pairwise(d, 0, d.length);
        }
        double s = 0.0;
        for (int lo = 0; lo < d.length; lo += 8192) {
            s += pairwise(d, lo, Math.min(8192, d.length - lo));
        }
        return s;
    }

    /** {@code a.sum()}: np.float64 for floats, np.int64 (wrapping) for integers and bools. */
    static Object sum(NdArray a) {
        if (a.dtype().equals("float64") || a.dtype().equals("float32") || NdArray.storageOf(a.dtype()) == NdArray.Storage.OBJECT) {
            return new NpScalar("float64", floatSum(a, asDoubles(a)));
        }
        long s = 0;
        boolean unsigned = a.isUnsigned();
        for (int i = 0; i < a.size(); i++) {
            s += a.storage() == NdArray.Storage.BOOL ? (((boolean[]) a.data())[i] ? 1 : 0) : a.longs()[i];
        }
        return new NpScalar(unsigned ? "uint64" : "int64", s);
    }

    /** {@code a.mean()}. */
    static double mean(NdArray a) {
        double[] d = asDoubles(a);
        return floatSum(a, d) / d.length;
    }

    /** {@code a.var(ddof=ddof)}: the mean's deviations squared, summed pairwise. */
    static double variance(NdArray a, double ddof) {
        double[] d = asDoubles(a);
        double m = floatSum(a, d) / d.length;
        double[] sq = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            double x = d[i] - m;
            sq[i] = x * x;
        }
        return (0.0 + pairwise(sq, 0, sq.length)) / Math.max(d.length - ddof, 0);
    }

}
