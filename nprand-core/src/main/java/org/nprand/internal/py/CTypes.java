package org.nprand.internal.py;

import java.math.BigInteger;
import org.nprand.errors.OverflowError;
import org.nprand.errors.TypeError;

/**
 * Conversions of a Python value to a C type, each with the message its converter raises: Cython's
 * ({@code cdef int x = obj}, {@code <uint64_t> obj}: NumPy's compiled code) and CPython's
 * ({@code PyLong_AsUnsignedLong}: {@code random.Random}). The bits come back in a Java primitive
 * of the same width (unsigned values as their two's-complement bits).
 *
 * <p>Cython converts through {@code __Pyx_PyNumber_IntOrLong}: an int as it is, a float truncated
 * as {@code int(x)}, anything else {@code TypeError "an integer is required"}; then to a C
 * {@code long} / {@code unsigned long}, then narrows. See {@link #cythonInt(Object)}.
 */
public final class CTypes {

    private CTypes() {
    }

    /**
     * Cython's {@code __Pyx_PyNumber_IntOrLong}: a Python int (bool, a 0-d integer ndarray)
     * exactly, a float truncated toward zero as {@code int(x)}.
     *
     * @throws TypeError {@code "an integer is required"} for anything else (None, str, ...)
     * @throws org.nprand.errors.ValueError {@code "cannot convert float NaN to integer"}
     * @throws OverflowError {@code "cannot convert float infinity to integer"}
     */
    public static BigInteger cythonInt(Object v) {
        if (v instanceof Double || v instanceof Float
                || (v instanceof org.nprand.numpy.NdArray && ((org.nprand.numpy.NdArray) v).ndim() == 0
                        && !((org.nprand.numpy.NdArray) v).isInteger()
                        && !((org.nprand.numpy.NdArray) v).dtype().equals("bool"))) {
            return Py.pyIntConversion(v);
        }
        if (v instanceof org.nprand.numpy.NdArray && ((org.nprand.numpy.NdArray) v).ndim() > 0) {
            throw new TypeError("only 0-dimensional arrays can be converted to Python scalars");
        }
        if (!Py.isInt(v)) {
            throw new TypeError("an integer is required");
        }
        return Py.bigInt(v);
    }

    /** Cython's C {@code long} ({@code npy_intp}) argument: {@link #cythonInt}, then 64 bits. */
    public static long cythonLong(Object v) {
        return Py.toLong(cythonInt(v));
    }

    /**
     * Cython's C {@code int} ({@code has_uint32}, {@code buffer_pos}, {@code has_gauss}):
     * {@link #cythonInt}, then a C {@code long}, then narrowed to 32 bits.
     *
     * @throws OverflowError {@code "Python int too large to convert to C long"} past 64 bits,
     *     {@code "value too large to convert to int"} past 32 (Cython's one message for both signs)
     */
    public static int cythonCInt(Object v) {
        BigInteger b = cythonInt(v);
        if (b.bitLength() > 63) {
            throw new OverflowError("Python int too large to convert to C long");
        }
        if (b.bitLength() > 31) {
            throw new OverflowError("value too large to convert to int");
        }
        return b.intValue();
    }

    /**
     * Cython's {@code uint32_t} ({@code uinteger}, MT19937's key words): the bits in an int.
     *
     * @throws OverflowError {@code "can't convert negative value to uint32_t"}, {@code "Python int
     *     too large to convert to C unsigned long"} past 64 bits, {@code "value too large to
     *     convert to uint32_t"} past 32
     */
    public static int cythonUInt32(Object v) {
        BigInteger b = cythonInt(v);
        if (b.signum() < 0) {
            throw new OverflowError("can't convert negative value to uint32_t");
        }
        if (b.bitLength() > 64) {
            throw new OverflowError("Python int too large to convert to C unsigned long");
        }
        if (b.bitLength() > 32) {
            throw new OverflowError("value too large to convert to uint32_t");
        }
        return b.intValue();
    }

    /**
     * Cython's {@code <uint64_t>} of a Python value (Philox's state words): the bits in a long.
     *
     * @throws OverflowError {@code "can't convert negative value to uint64_t"}, {@code "Python int
     *     too large to convert to C unsigned long"}
     */
    public static long cythonUInt64(Object v) {
        BigInteger b = cythonInt(v);
        if (b.signum() < 0) {
            throw new OverflowError("can't convert negative value to uint64_t");
        }
        if (b.bitLength() > 64) {
            throw new OverflowError("Python int too large to convert to C unsigned long");
        }
        return b.longValue();
    }

    /**
     * NumPy's assignment of a Python value into a {@code uint64} array slot ({@code arr[i] = v}),
     * floats truncated: the bits in a long.
     *
     * @throws OverflowError {@code "Python integer -1 out of bounds for uint64"}, {@code "Python
     *     int too large to convert to C long"} past 64 bits
     */
    public static long numpyUInt64Item(Object v) {
        BigInteger b = cythonInt(v);
        if (b.signum() < 0) {
            throw new OverflowError("Python integer " + b + " out of bounds for uint64");
        }
        if (b.bitLength() > 64) {
            throw new OverflowError("Python int too large to convert to C long");
        }
        return b.longValue();
    }

    /**
     * CPython's {@code PyLong_AsUnsignedLong} (no {@code __index__}): the low 32 bits of a word of
     * {@code random.Random}'s state, as {@code setstate} truncates it.
     *
     * @throws TypeError {@code "an integer is required"} for a value that is not an int
     * @throws OverflowError {@code "can't convert negative value to unsigned int"}, {@code "Python
     *     int too large to convert to C unsigned long"}
     */
    public static BigInteger cpythonUnsignedLong(Object v) {
        if (!(v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger || v instanceof Boolean)) {
            throw new TypeError("an integer is required");
        }
        BigInteger b = Py.bigInt(v);
        if (b.signum() < 0) {
            throw new OverflowError("can't convert negative value to unsigned int");
        }
        if (b.bitLength() > 64) {
            throw new OverflowError("Python int too large to convert to C unsigned long");
        }
        return b;
    }
}
