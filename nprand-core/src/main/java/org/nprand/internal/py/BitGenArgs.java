package org.nprand.internal.py;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.nprand.errors.OverflowError;
import org.nprand.errors.TypeError;
import org.nprand.numpy.NdArray;

/**
 * The Python-value side of NumPy's bit generator and seed sequence methods whose arguments are
 * not converted by one C type but by the Python code around them ({@code bit_generator.pyx},
 * {@code _pcg64.pyx}, {@code _philox.pyx}, {@code _mt19937.pyx}), each with NumPy's errors.
 */
public final class BitGenArgs {

    private BitGenArgs() {
    }

    /**
     * {@code SeedSequence.generate_state(n_words, dtype)}: {@code n_words *= 2} for uint64, then
     * {@code np.zeros(n_words, dtype=np.uint32)} (NumPy's shape rules) and {@code n_words} used as
     * an index.
     *
     * @param uint64 true for {@code dtype=np.uint64} (the dtype is resolved first, as in NumPy)
     * @return the number of words of the dtype to generate
     * @throws TypeError {@code "expected a sequence of integers or a single integer, got
     *     'True'"} (a bool or float), {@code "Use () not None as shape arguments"},
     *     {@code "unsupported operand type(s) for *=: 'NoneType' and 'int'"}, {@code "'list'
     *     object cannot be interpreted as an integer"}, {@code "only integer scalar arrays can be
     *     converted to a scalar index"}
     * @throws org.nprand.errors.ValueError {@code "negative dimensions are not allowed"}
     */
    public static int generateStateWords(Object nWords, boolean uint64) {
        Object n = uint64 ? times(nWords, 2, "*=") : nWords;
        if (Py.isNone(n)) {
            throw new TypeError("Use () not None as shape arguments");
        }
        // np.zeros(n_words, dtype=np.uint32): shape errors, negative dimensions (a zero-size
        // shape is fine, whatever its other dimensions), then n_words as an index
        org.nprand.internal.nd.Shapes.checkEmpty(Py.sizeDims(n), 4, "uint32");
        if (n instanceof List) {
            throw new TypeError("'list' object cannot be interpreted as an integer");
        }
        if (n instanceof NdArray && ((NdArray) n).ndim() > 0) {
            throw new TypeError("only integer scalar arrays can be converted to a scalar index");
        }
        int count = Py.toInt(n);
        return uint64 ? count / 2 : count;
    }

    /**
     * The number of jumps of {@code bit_generator.jumped(jumps)}, by bit generator:
     * <ul>
     *   <li>{@code MT19937}: {@code jumps} typed {@code npy_intp} in Cython (floats truncate,
     *       else {@code "an integer is required"});</li>
     *   <li>{@code PCG64}, {@code PCG64DXSM}: {@code advance(step * int(jumps))}, Python's
     *       {@code int()} (a numeric str parses);</li>
     *   <li>{@code Philox}: {@code advance(jumps * 2**128)}, whose {@code & mask} accepts only an
     *       int: a float fails there, a sequence already in the repetition.</li>
     * </ul>
     *
     * @param bitGenerator NumPy's class name of the generator
     */
    public static BigInteger jumps(String bitGenerator, Object jumps) {
        switch (bitGenerator) {
            case "MT19937":
                return BigInteger.valueOf(CTypes.cythonLong(jumps));
            case "Philox":
                if (jumps instanceof List || jumps instanceof String || jumps instanceof byte[]) {
                    // sequence * int repeats it: 2**128 copies do not fit an index
                    throw new OverflowError("cannot fit 'int' into an index-sized integer");
                }
                if (!Py.isInt(jumps) && !(jumps instanceof Double || jumps instanceof Float || jumps instanceof NdArray)) {
                    throw Py.unsupportedOperands("*", jumps, "int");
                }
                if (jumps instanceof NdArray && ((NdArray) jumps).ndim() > 0 && !isFloatArray(jumps)) {
                    throw new OverflowError("Python int too large to convert to C long"); // array * 2**128
                }
                return advanceDelta(jumps);
            default:
                return Py.pyIntConversion(jumps);
        }
    }

    /**
     * {@code advance(delta)} of PCG64, PCG64DXSM and Philox: {@code wrap_int(delta, bits)},
     * {@code delta & mask}, which only an int (or bool) supports.
     *
     * @throws TypeError {@code "unsupported operand type(s) for &: 'float' and 'int'"}
     */
    public static BigInteger advanceDelta(Object delta) {
        if (delta instanceof NdArray && !(((NdArray) delta).ndim() == 0 && ((NdArray) delta).isInteger())) {
            if (isFloatArray(delta)) {
                // float array & int: no bitwise_and loop for floats
                throw new TypeError("ufunc 'bitwise_and' not supported for the input types, and the inputs could not be "
                        + "safely coerced to any supported types according to the casting rule ''safe''");
            }
            // an integer or bool array & (2**128 - 1): the mask does not fit the array's C long
            throw new OverflowError("Python int too large to convert to C long");
        }
        if (!Py.isInt(delta)) {
            throw Py.unsupportedOperands("&", delta, "int");
        }
        return Py.bigInt(delta);
    }

    private static boolean isFloatArray(Object v) {
        return v instanceof NdArray && (((NdArray) v).dtype().startsWith("float"));
    }

    /**
     * {@code SeedSequence.spawn(n_children)}: {@code range(n_spawned, n_spawned + n_children)}, so
     * {@code int + n_children} and then {@code range}'s index conversion decide the errors; a
     * negative count then fails on the {@code uint32_t} spawn key ({@code SeedSequence.spawn}).
     *
     * @throws TypeError {@code "unsupported operand type(s) for +: 'int' and 'str'"}, {@code
     *     "'float' object cannot be interpreted as an integer"}, {@code "only integer scalar
     *     arrays can be converted to a scalar index"}
     * @throws OverflowError {@code "Python int too large to convert to C ssize_t"}
     */
    public static int spawnChildren(Object n) {
        if (n instanceof Double || n instanceof Float) {
            throw new TypeError("'float' object cannot be interpreted as an integer");
        }
        if (n instanceof NdArray && ((NdArray) n).ndim() > 0) {
            throw new TypeError("only integer scalar arrays can be converted to a scalar index");
        }
        if (!Py.isInt(n)) {
            throw new TypeError("unsupported operand type(s) for +: 'int' and '" + Py.typeName(n) + "'");
        }
        BigInteger b = Py.bigInt(n);
        if (b.bitLength() > 63) {
            throw new OverflowError("Python int too large to convert to C ssize_t");
        }
        return Py.toInt(b);
    }

    /** Python's {@code v * k} (or {@code v *= k}) for an int {@code k > 0}. */
    static Object times(Object v, int k, String op) {
        if (Py.isInt(v) && !(v instanceof NdArray)) {
            return Py.intValue(Py.bigInt(v).multiply(BigInteger.valueOf(k)));
        }
        if (v instanceof Double || v instanceof Float) {
            return ((Number) v).doubleValue() * k;
        }
        if (v instanceof String) {
            return ((String) v).repeat(k);
        }
        if (v instanceof List) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                out.addAll((List<?>) v);
            }
            return out;
        }
        if (v instanceof byte[]) {
            byte[] b = (byte[]) v;
            byte[] out = new byte[b.length * k];
            for (int i = 0; i < k; i++) {
                System.arraycopy(b, 0, out, i * b.length, b.length);
            }
            return out;
        }
        if (v instanceof NdArray && ((NdArray) v).isInteger()) {
            NdArray a = (NdArray) v;
            long[] out = a.longs().clone();
            for (int i = 0; i < out.length; i++) {
                out[i] *= k;
            }
            return new NdArray(a.dtype(), a.intShape(), out);
        }
        throw Py.unsupportedOperands(op, v, "int");
    }
}
