package org.nprand.cli.replay;

import java.util.List;
import java.util.Map;

import org.nprand.errors.TypeError;
import org.nprand.internal.py.Args;
import org.nprand.internal.py.Py;
import org.nprand.internal.spec.MethodSpec;
import org.nprand.internal.spec.MethodSpecs;
import org.nprand.numpy.Generator;
import org.nprand.numpy.NdArray;

/**
 * Replay calls on NumPy's {@code Generator}: every method the Generator declares as data
 * ({@link MethodSpecs}), plus {@code shuffle} (answered with the shuffled argument, as the
 * protocol's executor does) and the {@code bit_generator} attribute.
 */
final class GeneratorCalls {

    static final Dispatch<Generator> TABLE = specs(new Dispatch<Generator>("Generator"))
            .method("shuffle", (g, a) -> {
                Object[] v = a.bind("shuffle", 1, "x", "axis");
                Object x = v[0];
                Object axisValue = v[1] == Args.ABSENT ? (Object) 0L : v[1];
                int n = Py.len(x); // n = len(x), first
                if (x instanceof NdArray) {
                    if (((NdArray) x).size() > 0) { // an empty array is left as it is, axis unread
                        g.shuffle((NdArray) x, axisArg(axisValue));
                    }
                    return x;
                }
                // Python's untyped path: `if axis != 0` first, then the swaps
                if (notZero(axisValue)) {
                    throw new org.nprand.errors.NotImplementedError("Axis argument is only supported on ndarray objects");
                }
                if (x instanceof List) {
                    g.shuffle((List<?>) x);
                    return x;
                }
                if (n > 1) {
                    // the first swap draws, then the item access (dict) or assignment fails
                    long j = org.nprand.kernels.RandomInterval.draw(g.bitGenerator(), n - 1);
                    if (x instanceof Map) {
                        throw new org.nprand.errors.KeyError(Long.toString(j));
                    }
                    throw new TypeError("'" + Py.typeName(x) + "' object does not support item assignment");
                }
                return x;
            })
            .child("bit_generator", g -> BitGeneratorCalls.TABLE.bind(g.bitGenerator()));

    private GeneratorCalls() {
    }

    /** Python's {@code axis != 0} as a truth value (an array compares element-wise). */
    private static boolean notZero(Object axis) {
        if (axis instanceof NdArray) {
            NdArray arr = (NdArray) axis;
            boolean[] ne = new boolean[arr.size()];
            for (int i = 0; i < ne.length; i++) {
                ne[i] = arr.getDouble(i) != 0;
            }
            return Py.truthy(new NdArray("bool", arr.intShape(), ne));
        }
        if (axis instanceof Double || axis instanceof Long || axis instanceof java.math.BigInteger
                || axis instanceof Boolean) {
            return !org.nprand.internal.py.PyOps.pyEquals(axis, 0L);
        }
        return true;
    }

    /** Cython's conversion of an {@code int axis} argument. */
    private static int axisArg(Object v) {
        if (v instanceof Double) {
            throw new TypeError("integer argument expected, got float");
        }
        if (!Py.isInt(v)) {
            throw new TypeError("'" + Py.typeName(v) + "' object cannot be interpreted as an integer");
        }
        return (int) Py.toLong(v);
    }

    private static Dispatch<Generator> specs(Dispatch<Generator> table) {
        for (MethodSpec<Generator> spec : MethodSpecs.of(Generator.class).values()) {
            table.method(spec.name(), spec::call);
        }
        return table;
    }

    /** {@code Generator(B(S))}: the bit generator as the BitGenerator type makes it. */
    static Subject create(Map<String, Object> gen) {
        return TABLE.bind(new Generator(BitGeneratorCalls.bitGenerator(gen)));
    }
}
