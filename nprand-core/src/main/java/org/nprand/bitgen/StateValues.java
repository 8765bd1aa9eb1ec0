package org.nprand.bitgen;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.nprand.errors.IndexError;
import org.nprand.errors.KeyError;
import org.nprand.errors.OverflowError;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;
import org.nprand.internal.py.CTypes;
import org.nprand.internal.py.Py;

/**
 * Reading and writing the Java form of NumPy's state dicts (see {@link BitGenerator}): the
 * conversions NumPy's {@code state} setters perform, each with the exception class and message
 * that Cython or NumPy raises for a bad value. The setters convert every value through here
 * before touching the generator, so a failing {@code setState} changes nothing. The conversions
 * of single values to C types are {@link CTypes}'s; this class adds the state dicts' structure
 * (items, arrays in their Java form: {@code long[]} / {@code int[]} for uint64 / uint32 ndarrays).
 */
final class StateValues {

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger UINT64_MASK = TWO_64.subtract(BigInteger.ONE);

    private StateValues() {
    }

    /**
     * The first two checks of every 64-bit generator's setter: a dict, whose
     * {@code 'bit_generator'} entry (default {@code ''}) equals the class name.
     */
    static void checkHeader(Map<String, ?> value, String name, String mismatchMessage) {
        if (value == null) {
            throw new TypeError("state must be a dict");
        }
        Object bitGen = value.containsKey("bit_generator") ? value.get("bit_generator") : "";
        if (!name.equals(bitGen)) {
            throw new ValueError(mismatchMessage);
        }
    }

    /** Python's {@code container[key]} on a dict: KeyError {@code 'key'} when absent. */
    static Object item(Object container, String key) {
        if (container instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) container;
            if (!map.containsKey(key)) {
                throw new KeyError("'" + key + "'");
            }
            return map.get(key);
        }
        if (container instanceof List) {
            throw new TypeError("list indices must be integers or slices, not str");
        }
        if (container instanceof String) {
            throw new TypeError("string indices must be integers, not 'str'");
        }
        if (container instanceof long[] || container instanceof int[]) {
            throw new IndexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`)"
                    + " and integer or boolean arrays are valid indices");
        }
        throw new TypeError("'" + Py.typeName(container) + "' object is not subscriptable");
    }

    /**
     * PCG64's setter for a 128-bit int {@code v}: {@code arr[0] = v // 2**64; arr[1] = v % 2**64}
     * into a uint64 array, so the high part carries NumPy's range errors. Returns {hi, lo}.
     */
    static long[] toUInt128(Object o) {
        if (!(o instanceof Number) && !(o instanceof Boolean)) {
            throw Py.unsupportedOperands("//", o, "int");
        }
        BigInteger v = CTypes.cythonInt(o);
        long hi = CTypes.numpyUInt64Item(v.shiftRight(64)); // shiftRight floors, as Python's //
        return new long[] {hi, v.longValue()};       // the low 64 bits of v, as Python's %
    }

    /**
     * {@code seq[i]} converted by Cython's {@code <uint64_t>} (Philox's setter): a {@code long[]}
     * or {@code int[]} is a NumPy array (bits as unsigned), a {@code List} a Python list.
     */
    static long uint64At(Object seq, int i) {
        if (seq instanceof long[]) {
            long[] a = (long[]) seq;
            checkArrayIndex(i, a.length);
            return a[i];
        }
        if (seq instanceof int[]) {
            int[] a = (int[]) seq;
            checkArrayIndex(i, a.length);
            return a[i] & 0xFFFFFFFFL;
        }
        if (seq instanceof List) {
            List<?> list = (List<?>) seq;
            if (i >= list.size()) {
                throw new IndexError("list index out of range");
            }
            return CTypes.cythonUInt64(list.get(i));
        }
        if (seq instanceof Map) {
            throw new KeyError(Integer.toString(i));
        }
        throw new TypeError("'" + Py.typeName(seq) + "' object is not subscriptable");
    }

    private static void checkArrayIndex(int i, int size) {
        if (i >= size) {
            throw new IndexError("index " + i + " is out of bounds for axis 0 with size " + size);
        }
    }

    /**
     * NumPy's {@code uint64_array[:] = value} into an array of {@code n} (SFC64's setter): an array
     * or list of length n or 1 (broadcast), or a scalar (broadcast).
     */
    static long[] assignUInt64(Object value, int n) {
        long[] out = new long[n];
        if (value instanceof long[] || value instanceof int[] || value instanceof List) {
            long[] src;
            if (value instanceof long[]) {
                src = ((long[]) value).clone();
            } else if (value instanceof int[]) {
                int[] a = (int[]) value;
                src = new long[a.length];
                for (int i = 0; i < a.length; i++) {
                    src[i] = a[i] & 0xFFFFFFFFL;
                }
            } else {
                List<?> list = (List<?>) value;
                src = new long[list.size()];
                for (int i = 0; i < src.length; i++) {
                    Object e = list.get(i);
                    if (e instanceof List || e instanceof long[] || e instanceof int[]) {
                        throw new ValueError("setting an array element with a sequence. The requested"
                                + " array would exceed the maximum number of dimension of 1.");
                    }
                    src[i] = CTypes.numpyUInt64Item(e);
                }
            }
            if (src.length == n) {
                return src;
            }
            if (src.length != 1) {
                throw new ValueError("could not broadcast input array from shape (" + src.length
                        + ",) into shape (" + n + ",)");
            }
            java.util.Arrays.fill(out, src[0]);
            return out;
        }
        java.util.Arrays.fill(out, CTypes.numpyUInt64Item(value));
        return out;
    }

    /**
     * NumPy's {@code int_to_array(value, name, bits, 64)} (Philox's {@code key} and
     * {@code counter}): an int in [0, 2**bits) split into 64-bit words low word first, or an array
     * of exactly bits/64 elements cast to uint64.
     */
    static long[] intToArray(Object value, String name, int bits) {
        int len = bits / 64;
        if (value instanceof long[] || value instanceof int[] || value instanceof List) {
            long[] out;
            if (value instanceof long[]) {
                out = ((long[]) value).clone();
            } else if (value instanceof int[]) {
                int[] a = (int[]) value;
                out = new long[a.length];
                for (int i = 0; i < a.length; i++) {
                    out[i] = a[i] & 0xFFFFFFFFL;
                }
            } else {
                List<?> list = (List<?>) value;
                out = new long[list.size()];
                for (int i = 0; i < out.length; i++) {
                    BigInteger v = CTypes.cythonInt(list.get(i));
                    if (v.bitLength() > 64 || (v.signum() < 0 && v.bitLength() > 63)) {
                        throw new OverflowError("Python int too large to convert to C long");
                    }
                    out[i] = v.longValue(); // astype(uint64) wraps negatives
                }
            }
            if (out.length != len) {
                throw new ValueError(name + " must have " + len + " elements when using array form");
            }
            return out;
        }
        BigInteger v = CTypes.cythonInt(value);
        if (v.signum() < 0 || v.bitLength() > bits) {
            throw new ValueError(name + " must be positive and less than 2**" + bits + ".");
        }
        long[] out = new long[len];
        for (int i = 0; i < len; i++) {
            out[i] = v.shiftRight(64 * i).longValue();
        }
        return out;
    }

    /** The unsigned 128-bit value {@code hi:lo} as a Python int. */
    static Object pyInt128(long hi, long lo) {
        if (hi == 0) {
            return Py.unsignedValue(lo);
        }
        return unsigned128(hi, lo);
    }

    /** {@code hi:lo} as a non-negative BigInteger. */
    static BigInteger unsigned128(long hi, long lo) {
        return new BigInteger(Long.toUnsignedString(hi)).shiftLeft(64)
                .or(new BigInteger(Long.toUnsignedString(lo)));
    }

    /** {@code v mod 2**64} as a long. */
    static long low64(BigInteger v) {
        return v.and(UINT64_MASK).longValue();
    }
}
