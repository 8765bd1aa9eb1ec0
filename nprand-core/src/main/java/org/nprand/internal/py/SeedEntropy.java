package org.nprand.internal.py;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;
import org.nprand.numpy.NdArray;

/**
 * NumPy's rules for {@code SeedSequence(entropy)} on a Python value: the type check of
 * {@code SeedSequence.__init__} and {@code _coerce_to_uint32_array}, which turns the entropy into
 * the run entropy's values (each becomes its 32-bit words, low word first), with NumPy's errors.
 *
 * <ul>
 *   <li>an int (bool included): itself;</li>
 *   <li>a list ({@link List}, or {@code long[]} / {@code int[]} in the Java API, an
 *       {@code int[]} being a uint32 array), a {@link PythonValue} with items (a range): each
 *       element coerced and the results concatenated (so nested lists flatten); a float element
 *       raises {@code TypeError "seed must be integer"};</li>
 *   <li>a uint32 {@link NdArray}: its words as they are, keeping its dimensions (a 2-d one then
 *       fails NumPy's {@code np.concatenate}); any other ndarray: element by element, as a
 *       list.</li>
 * </ul>
 */
public final class SeedEntropy {

    private SeedEntropy() {
    }

    /**
     * The values of the run entropy, in order.
     *
     * @throws TypeError {@code "SeedSequence expects int or sequence of ints for entropy not
     *     1.5"}, {@code "seed must be integer"}, {@code "object of type 'numpy.bool' has no
     *     len()"}, {@code "len() of unsized object"}
     * @throws ValueError {@code "expected non-negative integer"}, NumPy's concatenation errors
     */
    public static List<BigInteger> values(Object entropy) {
        List<BigInteger> out = new ArrayList<>();
        if (Py.isInt(entropy) && !(entropy instanceof NdArray)) {
            out.add(nonNegative(Py.bigInt(entropy)));
            return out;
        }
        if (!(entropy instanceof List || entropy instanceof long[] || entropy instanceof int[]
                || entropy instanceof NdArray || items(entropy) != null)) {
            throw new TypeError("SeedSequence expects int or sequence of ints for entropy not " + Py.str(entropy));
        }
        int ndim = coerce(entropy, out);
        // get_assembled_entropy: np.concatenate([run_entropy, spawn_entropy]), spawn_entropy 1-d
        concatenationCheck(new int[] {ndim, 1});
        return out;
    }

    /** {@code _coerce_to_uint32_array(x)}: appends x's values, returns the result's ndim. */
    private static int coerce(Object x, List<BigInteger> out) {
        if (x instanceof NdArray) {
            return coerceArray((NdArray) x, out);
        }
        if (x instanceof long[]) {
            for (long v : (long[]) x) {
                out.add(nonNegative(BigInteger.valueOf(v)));
            }
            return 1;
        }
        if (x instanceof int[]) {
            for (int w : (int[]) x) {
                out.add(BigInteger.valueOf(w & 0xFFFFFFFFL));
            }
            return 1;
        }
        List<?> list = x instanceof List ? (List<?>) x : items(x);
        if (list != null) {
            if (list.isEmpty()) {
                return 1;
            }
            int[] dims = new int[list.size()];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = coerce(list.get(i), out);
            }
            return concatenationCheck(dims);
        }
        if (x instanceof String) {
            out.add(nonNegative(seedString((String) x)));
            return 1;
        }
        if (Py.isInt(x)) {
            out.add(nonNegative(Py.bigInt(x)));
            return 1;
        }
        if (x instanceof Double || x instanceof Float) {
            throw new TypeError("seed must be integer");
        }
        // any other value is iterated if it has a len(): bytes give their ints, a dict its keys
        List<Object> items = PyOps.iterate(lenChecked(x));
        if (items.isEmpty()) {
            return 1;
        }
        int[] dims = new int[items.size()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = coerce(items.get(i), out);
        }
        return concatenationCheck(dims);
    }

    private static Object lenChecked(Object x) {
        PyOps.len(x); // "object of type 'NoneType' has no len()"
        return x;
    }

    /**
     * A str inside the entropy: {@code int(x, base=16)} after a {@code 0x} prefix, {@code int(x)}
     * after a {@code 0}, else {@code ValueError "unrecognized seed string"}.
     */
    private static BigInteger seedString(String x) {
        if (x.startsWith("0x")) {
            String clean = x.substring(2).strip().replace("_", "");
            try {
                if (clean.isEmpty() || clean.startsWith("-") || clean.startsWith("+")) {
                    throw new NumberFormatException();
                }
                return new BigInteger(clean, 16);
            } catch (NumberFormatException e) {
                throw new ValueError("invalid literal for int() with base 16: " + PyRepr.repr(x));
            }
        }
        if (x.startsWith("0")) {
            return Py.pyIntConversion(x);
        }
        throw new ValueError("unrecognized seed string");
    }

    private static int coerceArray(NdArray a, List<BigInteger> out) {
        if (a.dtype().equals("uint32")) {
            for (long w : a.longs()) {
                out.add(BigInteger.valueOf(w));
            }
            return a.ndim();
        }
        if (a.ndim() == 0) {
            throw new TypeError("len() of unsized object");
        }
        // Iterating a non-uint32 array reaches its elements in C order, each a NumPy scalar.
        for (int i = 0; i < a.size(); i++) {
            if (a.isInteger()) {
                long v = a.longs()[i];
                out.add(nonNegative(a.isUnsigned() ? new BigInteger(Long.toUnsignedString(v)) : BigInteger.valueOf(v)));
            } else if (a.dtype().equals("bool")) {
                throw new TypeError("object of type 'numpy.bool' has no len()");
            } else {
                throw new TypeError("seed must be integer");
            }
        }
        return 1;
    }

    /** {@code np.concatenate} of arrays of these dimensions: the result's ndim, or NumPy's error. */
    private static int concatenationCheck(int[] dims) {
        if (dims[0] == 0) {
            throw new ValueError("zero-dimensional arrays cannot be concatenated");
        }
        for (int i = 1; i < dims.length; i++) {
            if (dims[i] != dims[0]) {
                throw new ValueError("all the input arrays must have same number of dimensions, but the array at index 0"
                        + " has " + dims[0] + " dimension(s) and the array at index " + i + " has " + dims[i]
                        + " dimension(s)");
            }
        }
        return dims[0];
    }

    private static BigInteger nonNegative(BigInteger v) {
        if (v.signum() < 0) {
            throw new ValueError("expected non-negative integer");
        }
        return v;
    }

    private static List<?> items(Object x) {
        return x instanceof PythonValue ? ((PythonValue) x).pythonItems() : null;
    }
}
