package org.nprand.numpy;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.nprand.errors.TypeError;

/**
 * The NumPy integer dtypes that {@code randint} (and later {@code Generator.integers}) accept,
 * with NumPy's names and value ranges (Linux x86-64: {@code long} is 64-bit).
 *
 * <p>Values of every dtype travel through nprand as {@code long}: the value itself for
 * the signed types, {@code uint8}..{@code uint32} and {@code bool} (0/1); for {@code uint64} the
 * long holds the 64-bit pattern (read it with {@link Long#toUnsignedString(long)}).
 */
public enum DType {
    /** NumPy's {@code bool}. */
    BOOL("bool", 1, false),
    /** NumPy's {@code int8}. */
    INT8("int8", 8, true),
    /** NumPy's {@code int16}. */
    INT16("int16", 16, true),
    /** NumPy's {@code int32}. */
    INT32("int32", 32, true),
    /** NumPy's {@code int64} ({@code dtype=int}, {@code long}): the default of {@code randint}. */
    INT64("int64", 64, true),
    /** NumPy's {@code uint8}. */
    UINT8("uint8", 8, false),
    /** NumPy's {@code uint16}. */
    UINT16("uint16", 16, false),
    /** NumPy's {@code uint32}. */
    UINT32("uint32", 32, false),
    /** NumPy's {@code uint64}. */
    UINT64("uint64", 64, false);

    private final String numpyName;
    private final int bits;
    private final boolean signed;
    private final BigInteger min;
    private final BigInteger max;

    DType(String numpyName, int bits, boolean signed) {
        this.numpyName = numpyName;
        this.bits = bits;
        this.signed = signed;
        if (signed) {
            this.min = BigInteger.ONE.shiftLeft(bits - 1).negate();
            this.max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        } else {
            this.min = BigInteger.ZERO;
            this.max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        }
    }

    /** NumPy's {@code dtype.name}, e.g. {@code "int8"}, {@code "bool"}. */
    public String numpyName() {
        return numpyName;
    }

    /** Width in bits (1 for bool). */
    public int bits() {
        return bits;
    }

    /** Whether the type is signed. */
    public boolean isSigned() {
        return signed;
    }

    /** Smallest value ({@code np.iinfo(dtype).min}; 0 for bool). */
    public BigInteger min() {
        return min;
    }

    /** {@link #min()} as a long (every dtype's minimum fits). */
    long minLong() {
        return min.longValue();
    }

    /** {@link #max()} as a long; for {@code uint64} the bit pattern -1 (callers special-case it). */
    long maxLong() {
        return max.longValue();
    }

    /** Largest value ({@code np.iinfo(dtype).max}; 1 for bool). */
    public BigInteger max() {
        return max;
    }

    @Override
    public String toString() {
        return numpyName;
    }

    private static final Map<String, DType> NAMES = new HashMap<>();
    /** Non-integer dtypes NumPy knows, by spelling, with their {@code repr}. */
    private static final Map<String, String> OTHER = new HashMap<>();

    static {
        alias(BOOL, "bool", "?", "bool_", "b1");
        alias(INT8, "int8", "i1", "b", "byte");
        alias(INT16, "int16", "i2", "h", "short");
        alias(INT32, "int32", "i4", "i", "intc");
        alias(INT64, "int64", "i8", "l", "q", "long", "int", "longlong", "intp", "p", "int_");
        alias(UINT8, "uint8", "u1", "B", "ubyte");
        alias(UINT16, "uint16", "u2", "H", "ushort");
        alias(UINT32, "uint32", "u4", "I", "uintc");
        alias(UINT64, "uint64", "u8", "L", "Q", "ulong", "uint", "ulonglong", "uintp", "P");
        other("dtype('float64')", "float64", "f8", "d", "float", "double", "float_");
        other("dtype('float32')", "float32", "f4", "f", "single");
        other("dtype('float16')", "float16", "f2", "e", "half");
        other("dtype('complex128')", "complex128", "c16", "D", "complex", "cdouble");
        other("dtype('complex64')", "complex64", "c8", "F", "csingle");
        other("dtype('O')", "object", "O");
        other("dtype('<U')", "str", "U");
        other("dtype('S')", "bytes", "S");
    }

    private static void alias(DType type, String... names) {
        for (String n : names) {
            NAMES.put(n, type);
        }
    }

    private static void other(String repr, String... names) {
        for (String n : names) {
            OTHER.put(n, repr);
        }
    }

    /**
     * Resolves a NumPy dtype spelling ({@code "int8"}, {@code "i1"}, {@code "uint64"}, {@code "?"},
     * {@code "int"}, {@code "<i4"}, ...) as {@code np.dtype(name)} does, for a function that only
     * takes integer dtypes.
     *
     * @param function the NumPy function name for the error message, e.g. {@code "randint"}
     * @throws TypeError {@code Unsupported dtype dtype('float64') for randint} for a non-integer
     *     dtype, {@code data type 'xyz' not understood} for an unknown spelling
     */
    public static DType parse(String name, String function) {
        String key = name;
        // Byte-order prefixes: '<' '=' '|' are native here; '>' is byte-swapped by RandomState
        // (with a DeprecationWarning in NumPy) to the same values.
        if (key.length() > 1 && "<>=|".indexOf(key.charAt(0)) >= 0) {
            key = key.substring(1);
        }
        DType type = NAMES.get(key);
        if (type != null) {
            return type;
        }
        String repr = OTHER.get(key);
        if (repr != null) {
            throw new TypeError("Unsupported dtype " + repr + " for " + function);
        }
        throw new TypeError("data type '" + name + "' not understood");
    }
}
