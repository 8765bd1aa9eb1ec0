package org.nprand.cli.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nprand.cli.eval.PyObjects.NpScalar;
import org.nprand.cli.eval.PyObjects.PyTuple;
import org.nprand.cli.value.PyRange;
import org.nprand.errors.OverflowError;
import org.nprand.errors.ZeroDivisionError;
import org.nprand.internal.py.Py;
import org.nprand.math.Libm;
import org.nprand.numpy.NdArray;

/**
 * Python's operators on {@code nprand eval}'s values: int arithmetic of any size, float
 * arithmetic as CPython does it ({@code //} and {@code %} by {@code float_divmod}, {@code **} by
 * {@code float_pow} over glibc's exact {@code pow}), true division correctly rounded, sequence
 * concatenation and repetition, comparisons (ints and floats compared exactly, sequences
 * lexicographically), truth values; NumPy scalars keep their dtype through arithmetic with Python
 * numbers. Arrays take no arithmetic here.
 */
final class PyOps {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private PyOps() {
    }

    /** A Python int in its Java form: Long when it fits. */
    static Object normalize(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0 ? (Object) v.longValue() : v;
    }

    static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean || v instanceof Integer;
    }

    static boolean isNumber(Object v) {
        return isInt(v) || v instanceof Double;
    }

    static BigInteger big(Object v) {
        if (v instanceof BigInteger) {
            return (BigInteger) v;
        }
        if (v instanceof Boolean) {
            return (Boolean) v ? BigInteger.ONE : BigInteger.ZERO;
        }
        return BigInteger.valueOf(((Number) v).longValue());
    }

    /** Python's {@code float(int)}: correctly rounded, OverflowError past the double range. */
    static double toDouble(Object v) {
        if (v instanceof Double) {
            return (Double) v;
        }
        if (v instanceof Boolean) {
            return (Boolean) v ? 1 : 0;
        }
        if (v instanceof Long || v instanceof Integer) {
            return ((Number) v).longValue();
        }
        double d = ((BigInteger) v).doubleValue();
        if (Double.isInfinite(d)) {
            throw new OverflowError("int too large to convert to float");
        }
        return d;
    }

    static String typeName(Object v) {
        return Py.typeName(v);
    }

    // ---- truth ----

    static boolean truthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean) {
            return (Boolean) v;
        }
        if (v instanceof Long) {
            return (Long) v != 0;
        }
        if (v instanceof BigInteger) {
            return ((BigInteger) v).signum() != 0;
        }
        if (v instanceof Double) {
            return (Double) v != 0;
        }
        if (v instanceof String) {
            return !((String) v).isEmpty();
        }
        if (v instanceof List) {
            return !((List<?>) v).isEmpty();
        }
        if (v instanceof Map) {
            return !((Map<?, ?>) v).isEmpty();
        }
        if (v instanceof byte[]) {
            return ((byte[]) v).length > 0;
        }
        if (v instanceof PyRange) {
            return ((PyRange) v).length().signum() != 0;
        }
        if (v instanceof NpScalar) {
            return truthy(pyValue((NpScalar) v));
        }
        if (v instanceof NdArray) {
            NdArray a = (NdArray) v;
            if (a.size() != 1) {
                if (a.size() == 0) {
                    throw PyException.value("The truth value of an empty array is ambiguous. Use `array.size > 0` "
                            + "to check that an array is not empty.");
                }
                throw PyException.value("The truth value of an array with more than one element is ambiguous. "
                        + "Use a.any() or a.all()");
            }
            return truthy(pyValue(Values.element(a, 0)));
        }
        return true;
    }

    /** The Python value of a NumPy scalar for arithmetic (int, float or bool). */
    static Object pyValue(Object v) {
        if (v instanceof NpScalar) {
            NpScalar s = (NpScalar) v;
            Object x = s.value();
            if (x instanceof Float) {
                return (double) (Float) x;
            }
            if (s.dtype().equals("uint64") && x instanceof Long && (Long) x < 0) {
                return new BigInteger(Long.toUnsignedString((Long) x));
            }
            return x;
        }
        return v;
    }

    // ---- binary operators ----

    static Object binary(String op, Object a, Object b) {
        if (a instanceof NdArray || b instanceof NdArray) {
            return ArrayOps.binary(op, a, b);
        }
        if (a instanceof NpScalar || b instanceof NpScalar) {
            return scalarBinary(op, a, b);
        }
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double || b instanceof Double) {
                switch (op) {
                    case "+": case "-": case "*": case "/": case "//": case "%": case "**":
                        return floatOp(op, toDouble(a), toDouble(b));
                    default:
                        break;
                }
            } else {
                return intOp(op, big(a), big(b), a, b);
            }
        }
        switch (op) {
            case "+":
                if (a instanceof String && b instanceof String) {
                    return (String) a + b;
                }
                if (a instanceof PyTuple && b instanceof PyTuple) {
                    List<Object> out = new ArrayList<>((PyTuple) a);
                    out.addAll((PyTuple) b);
                    return new PyTuple(out);
                }
                if (a instanceof List && b instanceof List && !(a instanceof PyTuple) && !(b instanceof PyTuple)) {
                    List<Object> out = new ArrayList<>((List<?>) a);
                    out.addAll((List<?>) b);
                    return out;
                }
                if (a instanceof byte[] && b instanceof byte[]) {
                    byte[] x = (byte[]) a;
                    byte[] y = (byte[]) b;
                    byte[] out = Arrays.copyOf(x, x.length + y.length);
                    System.arraycopy(y, 0, out, x.length, y.length);
                    return out;
                }
                if (a instanceof String || a instanceof List) {
                    throw PyException.type("can only concatenate " + typeName(a) + " (not \"" + typeName(b) + "\") to "
                            + typeName(a));
                }
                break;
            case "*":
                if (isSequence(a) && isInt(b)) {
                    return repeat(a, b);
                }
                if (isInt(a) && isSequence(b)) {
                    return repeat(b, a);
                }
                if (isSequence(a) || isSequence(b)) {
                    Object other = isSequence(a) ? b : a;
                    throw PyException.type("can't multiply sequence by non-int of type '" + typeName(other) + "'");
                }
                break;
            case "%":
                if (a instanceof String) {
                    throw PyException.unsupported("%-formatting of strings");
                }
                break;
            default:
                break;
        }
        throw PyException.type("unsupported operand type(s) for " + op + ": '" + typeName(a) + "' and '" + typeName(b) + "'");
    }

    private static boolean isSequence(Object v) {
        return v instanceof String || v instanceof List || v instanceof byte[];
    }

    private static Object repeat(Object seq, Object times) {
        BigInteger t = big(times);
        long n = t.signum() <= 0 ? 0 : t.bitLength() > 31 ? Integer.MAX_VALUE : t.longValue();
        if (seq instanceof String) {
            String s = (String) seq;
            if (s.isEmpty() || n == 0) {
                return "";
            }
            if (n * s.length() > Integer.MAX_VALUE - 8) {
                throw new org.nprand.errors.MemoryError("");
            }
            return s.repeat((int) n);
        }
        if (seq instanceof byte[]) {
            byte[] s = (byte[]) seq;
            if (n * s.length > Integer.MAX_VALUE - 8) {
                throw new org.nprand.errors.MemoryError("");
            }
            byte[] out = new byte[(int) (n * s.length)];
            for (int i = 0; i < n; i++) {
                System.arraycopy(s, 0, out, i * s.length, s.length);
            }
            return out;
        }
        List<?> l = (List<?>) seq;
        if (n * l.size() > 100_000_000L) {
            throw new org.nprand.errors.MemoryError("");
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.addAll(l);
        }
        return seq instanceof PyTuple ? new PyTuple(out) : out;
    }

    private static Object intOp(String op, BigInteger x, BigInteger y, Object a, Object b) {
        switch (op) {
            case "+":
                return normalize(x.add(y));
            case "-":
                return normalize(x.subtract(y));
            case "*":
                return normalize(x.multiply(y));
            case "/":
                if (y.signum() == 0) {
                    throw new ZeroDivisionError("division by zero");
                }
                return trueDivide(x, y);
            case "//":
                if (y.signum() == 0) {
                    throw new ZeroDivisionError("integer division or modulo by zero");
                }
                return normalize(floorDiv(x, y));
            case "%":
                if (y.signum() == 0) {
                    throw new ZeroDivisionError("integer modulo by zero");
                }
                return normalize(x.subtract(floorDiv(x, y).multiply(y)));
            case "**":
                if (y.signum() < 0) {
                    return floatOp("**", toDouble(a), toDouble(b));
                }
                if (y.bitLength() > 31 || (long) x.bitLength() * y.longValue() > 64_000_000L) {
                    if (x.abs().compareTo(BigInteger.ONE) <= 0) {
                        return normalize(x.signum() == 0 ? BigInteger.ZERO
                                : x.signum() > 0 || !y.testBit(0) ? BigInteger.ONE : BigInteger.ONE.negate());
                    }
                    throw new org.nprand.errors.MemoryError("");
                }
                return normalize(x.pow(y.intValue()));
            case "&":
                return bitResult(x.and(y), a, b);
            case "|":
                return bitResult(x.or(y), a, b);
            case "^":
                return bitResult(x.xor(y), a, b);
            case "<<":
                if (y.signum() < 0) {
                    throw PyException.value("negative shift count");
                }
                if (y.bitLength() > 31 || y.intValue() > 64_000_000) {
                    throw new OverflowError("too many digits in integer");
                }
                return normalize(x.shiftLeft(y.intValue()));
            case ">>":
                if (y.signum() < 0) {
                    throw PyException.value("negative shift count");
                }
                return normalize(y.bitLength() > 31 ? (x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
                        : x.shiftRight(y.intValue()));
            default:
                throw PyException.type("unsupported operand type(s) for " + op + ": '" + typeName(a) + "' and '"
                        + typeName(b) + "'");
        }
    }

    private static Object bitResult(BigInteger r, Object a, Object b) {
        if (a instanceof Boolean && b instanceof Boolean) {
            return r.signum() != 0;
        }
        return normalize(r);
    }

    private static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    /** Python's int / int: the correctly rounded quotient. */
    private static double trueDivide(BigInteger x, BigInteger y) {
        if (x.bitLength() <= 53 && y.bitLength() <= 53) {
            return x.doubleValue() / y.doubleValue();
        }
        BigDecimal q = new BigDecimal(x).divide(new BigDecimal(y), new MathContext(60, RoundingMode.HALF_EVEN));
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw new OverflowError("integer division result too large for a float");
        }
        return d;
    }

    static double floatOp(String op, double x, double y) {
        switch (op) {
            case "+":
                return x + y;
            case "-":
                return x - y;
            case "*":
                return x * y;
            case "/":
                if (y == 0) {
                    throw new ZeroDivisionError("float division by zero");
                }
                return x / y;
            case "//":
                if (y == 0) {
                    throw new ZeroDivisionError("float floor division by zero");
                }
                return divmod(x, y)[0];
            case "%":
                if (y == 0) {
                    throw new ZeroDivisionError("float modulo");
                }
                double mod = x % y;
                if (mod != 0) {
                    if ((y < 0) != (mod < 0)) {
                        mod += y;
                    }
                } else {
                    mod = Math.copySign(0.0, y);
                }
                return mod;
            case "**":
                return floatPow(x, y);
            default:
                throw new IllegalArgumentException(op);
        }
    }

    /** CPython's {@code _float_div_mod}. */
    private static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    private static boolean isOddInteger(double x) {
        return Math.floor(x) == x && Math.abs(x) < 9007199254740992.0 && ((long) x & 1) == 1;
    }

    /** CPython's {@code float_pow}. */
    private static double floatPow(double iv, double iw) {
        if (iw == 0) {
            return 1.0;
        }
        if (Double.isNaN(iv)) {
            return iv;
        }
        if (Double.isNaN(iw)) {
            return iv == 1.0 ? 1.0 : iw;
        }
        if (Double.isInfinite(iw)) {
            iv = Math.abs(iv);
            if (iv == 1.0) {
                return 1.0;
            }
            if ((iw > 0.0) == (iv > 1.0)) {
                return Math.abs(iw);
            }
            return 0.0;
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0.) {
                return odd ? iv : Math.abs(iv);
            }
            return odd ? Math.copySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0) {
            boolean odd = isOddInteger(iw);
            if (iw < 0.0) {
                throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return odd ? iv : 0.0;
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                throw PyException.unsupported("complex numbers (a negative number to a fractional power)");
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double ix = Libm.pow(iv, iw);
        if (Double.isInfinite(ix)) {
            throw new OverflowError("(34, 'Numerical result out of range')");
        }
        return negate ? -ix : ix;
    }

    /** NumPy scalar arithmetic with Python numbers: the scalar's dtype is kept (NEP 50). */
    private static Object scalarBinary(String op, Object a, Object b) {
        NpScalar s = a instanceof NpScalar ? (NpScalar) a : (NpScalar) b;
        Object x = pyValue(a);
        Object y = pyValue(b);
        if (!isNumber(x) || !isNumber(y)) {
            return binary(op, x, y);
        }
        Object r = binary(op, x, y);
        String dtype = s.dtype();
        boolean bothScalars = a instanceof NpScalar && b instanceof NpScalar;
        boolean floatResult = r instanceof Double;
        if (floatResult) {
            String fd = dtype.equals("float32") && !(bothScalars && !((NpScalar) a).dtype().equals(((NpScalar) b).dtype()))
                    ? "float32" : "float64";
            if (fd.equals("float32")) {
                return new NpScalar("float32", (float) (double) (Double) r);
            }
            return new NpScalar("float64", r);
        }
        if (dtype.equals("bool")) {
            dtype = "int64";
        }
        if (dtype.startsWith("float")) {
            return new NpScalar(dtype, dtype.equals("float32") ? (Object) (float) toDouble(r) : (Object) toDouble(r));
        }
        if (r instanceof Boolean) {
            return new NpScalar("bool", r);
        }
        return new NpScalar(dtype, big(r).longValue());
    }

    // ---- unary ----

    static Object unary(String op, Object v) {
        if (op.equals("not")) {
            return !truthy(v);
        }
        if (v instanceof NpScalar) {
            NpScalar s = (NpScalar) v;
            Object r = unary(op, pyValue(v));
            if (r instanceof Double) {
                return new NpScalar(s.dtype().equals("float32") ? "float32" : "float64",
                        s.dtype().equals("float32") ? (Object) (float) (double) (Double) r : r);
            }
            return new NpScalar(s.dtype().equals("bool") ? "int64" : s.dtype(), big(r).longValue());
        }
        if (v instanceof NdArray) {
            if (op.equals("-")) {
                return ArrayOps.negate(v);
            }
            if (op.equals("+")) {
                return v;
            }
            throw PyException.unsupported("'" + op + "' on arrays");
        }
        if (isInt(v)) {
            BigInteger x = big(v);
            switch (op) {
                case "-":
                    return normalize(x.negate());
                case "+":
                    return normalize(x);
                case "~":
                    return normalize(x.not());
                default:
                    break;
            }
        }
        if (v instanceof Double) {
            if (op.equals("-")) {
                return -(Double) v;
            }
            if (op.equals("+")) {
                return v;
            }
        }
        String name = op.equals("-") ? "unary -" : op.equals("+") ? "unary +" : "unary ~";
        throw PyException.type("bad operand type for " + name + ": '" + typeName(v) + "'");
    }

    // ---- comparisons ----

    static boolean compare(String op, Object a, Object b) {
        switch (op) {
            case "is":
                return identical(a, b);
            case "is not":
                return !identical(a, b);
            case "in":
                return contains(b, a);
            case "not in":
                return !contains(b, a);
            case "==":
                return equal(a, b);
            case "!=":
                return !equal(a, b);
            default:
                break;
        }
        if (a instanceof NdArray || b instanceof NdArray) {
            throw PyException.unsupported("comparisons of arrays");
        }
        a = pyValue(a);
        b = pyValue(b);
        int c;
        if (isNumber(a) && isNumber(b)) {
            if (isNan(a) || isNan(b)) {
                return false;
            }
            c = compareNumbers(a, b);
        } else if (a instanceof String && b instanceof String) {
            c = ((String) a).compareTo((String) b);
        } else if (a instanceof List && b instanceof List && (a instanceof PyTuple) == (b instanceof PyTuple)) {
            List<?> x = (List<?>) a;
            List<?> y = (List<?>) b;
            int i = 0;
            while (i < x.size() && i < y.size() && equal(x.get(i), y.get(i))) {
                i++;
            }
            if (i < x.size() && i < y.size()) {
                return compare(op, x.get(i), y.get(i));
            }
            c = Integer.compare(x.size(), y.size());
        } else {
            throw PyException.type("'" + op + "' not supported between instances of '" + typeName(a) + "' and '"
                    + typeName(b) + "'");
        }
        switch (op) {
            case "<":
                return c < 0;
            case "<=":
                return c <= 0;
            case ">":
                return c > 0;
            default:
                return c >= 0;
        }
    }

    private static boolean isNan(Object v) {
        return v instanceof Double && Double.isNaN((Double) v);
    }

    /** Exact comparison of two Python numbers (neither NaN). */
    static int compareNumbers(Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            return big(a).compareTo(big(b));
        }
        double x = a instanceof Double ? (Double) a : 0;
        double y = b instanceof Double ? (Double) b : 0;
        if (a instanceof Double && Double.isInfinite(x)) {
            return x > 0 ? 1 : -1;
        }
        if (b instanceof Double && Double.isInfinite(y)) {
            return y > 0 ? -1 : 1;
        }
        BigDecimal bx = a instanceof Double ? new BigDecimal(x) : new BigDecimal(big(a));
        BigDecimal by = b instanceof Double ? new BigDecimal(y) : new BigDecimal(big(b));
        return bx.compareTo(by);
    }

    private static boolean identical(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Boolean && b instanceof Boolean) {
            return a.equals(b);
        }
        if (a instanceof Long && b instanceof Long) {
            long x = (Long) a;
            return x >= -5 && x <= 256 && x == (Long) b;
        }
        return a == b;
    }

    static boolean equal(Object a, Object b) {
        if (a instanceof NdArray || b instanceof NdArray) {
            throw PyException.unsupported("comparisons of arrays");
        }
        a = pyValue(a);
        b = pyValue(b);
        if (a == null || b == null) {
            return a == b;
        }
        if (isNumber(a) && isNumber(b)) {
            if (isNan(a) || isNan(b)) {
                return false;
            }
            return compareNumbers(a, b) == 0;
        }
        if (a instanceof List && b instanceof List) {
            if ((a instanceof PyTuple) != (b instanceof PyTuple)) {
                return false;
            }
            List<?> x = (List<?>) a;
            List<?> y = (List<?>) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (x.get(i) != y.get(i) && !equal(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map && b instanceof Map) {
            Map<?, ?> x = (Map<?, ?>) a;
            Map<?, ?> y = (Map<?, ?>) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !equal(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof byte[] && b instanceof byte[]) {
            return Arrays.equals((byte[]) a, (byte[]) b);
        }
        return a.equals(b);
    }

    static boolean contains(Object container, Object item) {
        if (container instanceof String) {
            if (!(item instanceof String)) {
                throw PyException.type("'in <string>' requires string as left operand, not " + typeName(item));
            }
            return ((String) container).contains((String) item);
        }
        if (container instanceof Map) {
            for (Object k : ((Map<?, ?>) container).keySet()) {
                if (equal(k, item)) {
                    return true;
                }
            }
            return false;
        }
        for (Object o : Values.iterate(container)) {
            if (o == item || equal(o, item)) {
                return true;
            }
        }
        return false;
    }

    /** Python's {@code operator.index(v)} as a long (for subscripts and counts). */
    static long index(Object v, String what) {
        v = pyValue(v);
        if (isInt(v)) {
            BigInteger b = big(v);
            if (b.bitLength() > 63) {
                throw new org.nprand.errors.IndexError("cannot fit 'int' into an index-sized integer");
            }
            return b.longValue();
        }
        throw PyException.type(what + " must be integers or slices, not " + typeName(v));
    }
}
