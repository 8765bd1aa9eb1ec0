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
                if (x instanceof String || x instanceof byte[] || x instanceof Map) {
                    // Python's untyped path: the first swap draws, then the item access fails.
                    int n = x instanceof String ? ((String) x).codePointCount(0, ((String) x).length())
                            : x instanceof byte[] ? ((byte[]) x).length : ((Map<?, ?>) x).size();
                    if (n > 1) {
                        long j = org.nprand.kernels.RandomInterval.draw(g.bitGenerator(), n - 1);
                        if (x instanceof Map) {
                            throw new org.nprand.errors.KeyError(Long.toString(j));
                        }
                        throw new TypeError("'" + Py.typeName(x) + "' object does not support item assignment");
                    }
                    return x;
                }
                int axis = v[1] == Args.ABSENT ? 0 : axisArg(v[1]);
                if (x instanceof List) {
                    if (axis != 0) {
                        throw new org.nprand.errors.NotImplementedError("Axis argument is only supported on ndarray objects");
                    }
                    g.shuffle((List<?>) x);
                } else if (x instanceof NdArray && ((NdArray) x).ndim() > 0) {
                    g.shuffle((NdArray) x, axis);
                } else if (x instanceof NdArray) {
                    throw new TypeError("len() of unsized object");
                } else {
                    throw new TypeError("object of type '" + Py.typeName(x) + "' has no len()");
                }
                return x;
            })
            .child("bit_generator", g -> BitGeneratorCalls.TABLE.bind(g.bitGenerator()));

    private GeneratorCalls() {
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
