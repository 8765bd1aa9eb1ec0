package org.nprand.cli.eval;

import java.util.List;
import java.util.Map;
import org.nprand.cli.eval.PyObjects.BoundMethod;
import org.nprand.cli.eval.PyObjects.NpDtype;
import org.nprand.cli.eval.PyObjects.NpScalar;
import org.nprand.internal.py.Args;
import org.nprand.internal.py.Py;
import org.nprand.numpy.NdArray;

/**
 * The ndarray and NumPy scalar attributes {@code nprand eval} has: {@code shape}, {@code dtype},
 * {@code size}, {@code ndim}, {@code itemsize}, {@code nbytes}, {@code tolist()}, {@code item()},
 * {@code copy()}, {@code reshape()}, {@code astype()}, {@code min()}, {@code max()}. Arithmetic
 * and the reductions NumPy computes with its own summation order ({@code sum}, {@code mean},
 * {@code std}) are not run.
 */
final class ArrayMethods {

    private ArrayMethods() {
    }

    static Object getattr(NdArray a, String name) {
        switch (name) {
            case "shape":
                return Modules.shape(a.shape());
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

    static Map<String, Object> unused() {
        return null;
    }

    static List<Object> unusedList() {
        return null;
    }
}
