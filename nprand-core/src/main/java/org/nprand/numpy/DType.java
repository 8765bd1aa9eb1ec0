package org.nprand.numpy;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    // The bounds as longs, computed once: the scalar randint/integers paths check them per call.
    private final long minLong;
    private final long maxLong;

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
        this.minLong = min.longValue();
        this.maxLong = max.longValue();
    }

    /** NumPy's {@code dtype.name}, e.g. {@code "int8"}, {@code "bool"}. */
    public String numpyName() {
        return numpyName;
    }

    /** Width in bits (1 for bool). */
    public int bits() {
        return bits;
    }

    /** NumPy's {@code dtype.itemsize}: bytes per element (1 for bool). */
    public int itemsize() {
        return Math.max(bits / 8, 1);
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
        return minLong;
    }

    /** {@link #max()} as a long; for {@code uint64} the bit pattern -1 (callers special-case it). */
    long maxLong() {
        return maxLong;
    }

    /** Largest value ({@code np.iinfo(dtype).max}; 1 for bool). */
    public BigInteger max() {
        return max;
    }

    @Override
    public String toString() {
        return numpyName;
    }

    /** Integer dtypes by type name ({@code np.dtype('int8')}); no byte-order prefix allowed. */
    private static final Map<String, DType> NAMES = new HashMap<>();
    /** Integer dtypes by type code ({@code 'i1'}, {@code 'B'}); a byte-order prefix allowed. */
    private static final Map<String, DType> CODES = new HashMap<>();
    /** Non-integer dtypes by type name, with their {@code repr}. */
    private static final Map<String, String> OTHER_NAMES = new HashMap<>();
    /** Non-integer dtypes by type code: {@code {repr, repr with a '>' prefix}}. */
    private static final Map<String, String[]> OTHER_CODES = new HashMap<>();
    /** The aliases NumPy 2 removed with a message of their own. */
    private static final Set<String> REMOVED = Set.of("int0", "uint0", "bool8", "object0", "str0", "bytes0", "void0");
    /** The flexible codes with an optional size: {@code S5}, {@code a5}, {@code U3}, {@code V8}. */
    private static final Pattern FLEXIBLE = Pattern.compile("([SaUV])(\\d*)");
    /** Datetime codes and names with optional {@code [unit]} metadata. */
    private static final Pattern DATETIME = Pattern.compile("(M8|m8|datetime64|timedelta64)(\\[.*\\])?|M|m");
    private static final Pattern DATETIME_UNIT =
            Pattern.compile("\\[(\\d*)(Y|M|W|D|h|m|s|ms|us|\u03bcs|ns|ps|fs|as|generic)\\]");

    static {
        // NumPy 2.4.6 on Linux x86-64: 'l'/'long' are 64-bit, 'n'/'N' are intp/uintp.
        names(BOOL, "bool", "bool_");
        codes(BOOL, "?", "b1");
        names(INT8, "int8", "byte");
        codes(INT8, "i1", "b");
        names(INT16, "int16", "short");
        codes(INT16, "i2", "h");
        names(INT32, "int32", "intc");
        codes(INT32, "i4", "i");
        names(INT64, "int64", "long", "int", "longlong", "intp", "int_");
        codes(INT64, "i8", "l", "q", "p", "n");
        names(UINT8, "uint8", "ubyte");
        codes(UINT8, "u1", "B");
        names(UINT16, "uint16", "ushort");
        codes(UINT16, "u2", "H");
        names(UINT32, "uint32", "uintc");
        codes(UINT32, "u4", "I");
        names(UINT64, "uint64", "ulong", "uint", "ulonglong", "uintp");
        codes(UINT64, "u8", "L", "Q", "P", "N");
        otherNames("dtype('float16')", "float16", "half");
        otherNames("dtype('float32')", "float32", "single");
        otherNames("dtype('float64')", "float64", "float", "double");
        otherNames("dtype('float128')", "float128", "longdouble");
        otherNames("dtype('complex64')", "complex64", "csingle");
        otherNames("dtype('complex128')", "complex128", "complex", "cdouble");
        otherNames("dtype('complex256')", "complex256", "clongdouble");
        otherNames("dtype('O')", "object", "object_");
        otherNames("dtype('<U')", "str", "str_");
        otherNames("dtype('S')", "bytes", "bytes_");
        otherNames("dtype('V')", "void");
        otherCodes("dtype('float16')", "dtype('<f2')", "f2", "e");
        otherCodes("dtype('float32')", "dtype('<f4')", "f4", "f");
        otherCodes("dtype('float64')", "dtype('<f8')", "f8", "d");
        otherCodes("dtype('float128')", "dtype('<f16')", "f16", "g");
        otherCodes("dtype('complex64')", "dtype('<c8')", "c8", "F");
        otherCodes("dtype('complex128')", "dtype('<c16')", "c16", "D");
        otherCodes("dtype('complex256')", "dtype('<c32')", "c32", "G");
        otherCodes("dtype('O')", "dtype('O')", "O", "O4", "O8");
        otherCodes("dtype('S1')", "dtype('S1')", "c");
    }

    private static void names(DType type, String... names) {
        for (String n : names) {
            NAMES.put(n, type);
        }
    }

    private static void codes(DType type, String... codes) {
        for (String c : codes) {
            CODES.put(c, type);
        }
    }

    private static void otherNames(String repr, String... names) {
        for (String n : names) {
            OTHER_NAMES.put(n, repr);
        }
    }

    private static void otherCodes(String repr, String swappedRepr, String... codes) {
        for (String c : codes) {
            OTHER_CODES.put(c, new String[] {repr, swappedRepr});
        }
    }

    /**
     * Resolves a NumPy dtype spelling as {@code np.dtype(name)} does, for a function that only
     * takes integer dtypes: type names ({@code "int8"}, {@code "uint64"}, {@code "int"}) and type
     * codes ({@code "i1"}, {@code "?"}, {@code "<i4"}; only codes take a byte-order prefix
     * {@code < > = |}). A {@code '>'} integer code is byte-swapped by RandomState (with a
     * DeprecationWarning, not reproduced) to the same values.
     *
     * @param function the NumPy function name for the error message, e.g. {@code "randint"}
     * @throws TypeError {@code "Unsupported dtype dtype('float64') for randint"} for a
     *     non-integer dtype (float, complex, longdouble, object, str, bytes, void, datetime),
     *     {@code "data type 'float_' not understood"} for an unknown spelling (including the
     *     aliases NumPy 2 removed, such as {@code float_} and {@code complex_}), {@code "Alias
     *     'int0' was removed in NumPy 2.0. Use a name without a digit at the end."}, and
     *     NumPy's messages for bad datetime metadata ({@code "M8[xx]"})
     */
    public static DType parse(String name, String function) {
        DType type = NAMES.get(name);
        if (type != null) {
            return type;
        }
        boolean prefixed = name.length() > 1 && "<>=|".indexOf(name.charAt(0)) >= 0;
        boolean swapped = prefixed && name.charAt(0) == '>';
        String code = prefixed ? name.substring(1) : name;
        if (REMOVED.contains(code)) {
            throw new TypeError("Alias '" + name + "' was removed in NumPy 2.0. Use a name without a digit at the end.");
        }
        type = CODES.get(code);
        if (type != null) {
            return type;
        }
        String repr = prefixed ? null : OTHER_NAMES.get(name);
        if (repr == null) {
            repr = otherCodeRepr(code, swapped, prefixed);
        }
        if (repr == null && (!prefixed || !code.startsWith("d") && !code.startsWith("t"))) {
            repr = datetimeRepr(code);
        }
        if (repr != null) {
            throw new TypeError("Unsupported dtype " + repr + " for " + function);
        }
        throw new TypeError("data type '" + name + "' not understood");
    }

    private static String otherCodeRepr(String code, boolean swapped, boolean prefixed) {
        String[] reprs = OTHER_CODES.get(code);
        if (reprs != null) {
            return swapped ? reprs[1] : reprs[0];
        }
        Matcher m = FLEXIBLE.matcher(code);
        if (!m.matches() || prefixed && code.equals("a")) {
            return null;
        }
        String kind = m.group(1).equals("a") ? "S" : m.group(1);
        int size = m.group(2).isEmpty() ? 0 : Integer.parseInt(m.group(2));
        return "dtype('" + (kind.equals("U") ? "<U" : kind) + (size == 0 ? "" : Integer.toString(size)) + "')";
    }

    private static String datetimeRepr(String code) {
        Matcher m = DATETIME.matcher(code);
        if (!m.matches()) {
            return null;
        }
        String kind = code.charAt(0) == 'M' || code.startsWith("datetime") ? "<M8" : "<m8";
        String meta = m.group(2); // null for a bare M / m, which take no metadata
        if (meta == null) {
            return "dtype('" + kind + "')";
        }
        Matcher unit = DATETIME_UNIT.matcher(meta);
        if (!unit.matches()) {
            throw new TypeError(meta.equals("[]") ? "Invalid datetime metadata string \"[]\""
                    : "Invalid datetime unit in metadata string \"" + meta + "\"");
        }
        if (unit.group(2).equals("generic")) {
            return "dtype('" + kind + "')";
        }
        String mult = unit.group(1).isEmpty() || unit.group(1).equals("1") ? "" : unit.group(1);
        String name = unit.group(2).equals("\u03bcs") ? "us" : unit.group(2);
        return "dtype('" + kind + "[" + mult + name + "]')";
    }
}
