package org.nprand.internal.py;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nprand.errors.OverflowError;
import org.nprand.errors.TypeError;
import org.nprand.errors.ZeroDivisionError;

/**
 * CPython 3.13's binary operators and comparisons on Python values in their Java form (ints as
 * {@link Long}/{@link BigInteger}/{@link Boolean}, floats as {@link Double}, {@code str},
 * {@code bytes}, {@code list}, {@code dict}, {@code None}, {@link PythonValue}s), with CPython's
 * results and exceptions: int arithmetic exact, an int meeting a float converted first
 * ({@code OverflowError "int too large to convert to float"}), sequences concatenated and
 * repeated, and the {@code TypeError} of an operation a type does not support ({@code
 * "unsupported operand type(s) for -: 'str' and 'float'"}, {@code "can only concatenate str (not
 * \"int\") to str"}, {@code "'<=' not supported between instances of 'int' and 'str'"}).
 *
 * <p>For code that follows {@code Lib/random.py} expression by expression, so that a bad argument
 * fails where, and after the draws, CPython's does.
 */
public final class PyOps {

    private PyOps() {
    }

    /** An int (bool included) in Python's sense. */
    public static boolean isInt(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof BigInteger || v instanceof Boolean;
    }

    /** A Python number: an int, a bool or a float. */
    public static boolean isNumber(Object v) {
        return isInt(v) || v instanceof Double;
    }

    private static boolean isSequence(Object v) {
        return v instanceof String || v instanceof byte[] || v instanceof List;
    }

    /** {@code float(v)} of a number (an int past a double: CPython's OverflowError). */
    public static double toFloat(Object v) {
        if (v instanceof Double) {
            return (Double) v;
        }
        double d = big(v).doubleValue();
        if (Double.isInfinite(d)) {
            throw new OverflowError("int too large to convert to float");
        }
        return d;
    }

    private static BigInteger big(Object v) {
        return Py.bigInt(v);
    }

    private static Object intResult(BigInteger b) {
        return Py.intValue(b);
    }

    /** {@code a + b}. */
    public static Object add(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double || b instanceof Double) {
                return toFloat(a) + toFloat(b);
            }
            return intResult(big(a).add(big(b)));
        }
        if (a instanceof String && b instanceof String) {
            return (String) a + b;
        }
        if (a instanceof List && b instanceof List) {
            List<Object> out = new ArrayList<>((List<?>) a);
            out.addAll((List<?>) b);
            return out;
        }
        if (a instanceof byte[] && b instanceof byte[]) {
            byte[] x = (byte[]) a;
            byte[] y = (byte[]) b;
            byte[] out = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, out, x.length, y.length);
            return out;
        }
        if (a instanceof String) {
            throw new TypeError("can only concatenate str (not \"" + Py.typeName(b) + "\") to str");
        }
        if (a instanceof List) {
            throw new TypeError("can only concatenate list (not \"" + Py.typeName(b) + "\") to list");
        }
        if (a instanceof byte[]) {
            throw new TypeError("can't concat " + Py.typeName(b) + " to bytes");
        }
        throw unsupported("+", a, b);
    }

    /** {@code a - b}. */
    public static Object sub(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double || b instanceof Double) {
                return toFloat(a) - toFloat(b);
            }
            return intResult(big(a).subtract(big(b)));
        }
        throw unsupported("-", a, b);
    }

    /** {@code a * b} (a sequence times an int repeats it). */
    public static Object mul(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double || b instanceof Double) {
                return toFloat(a) * toFloat(b);
            }
            return intResult(big(a).multiply(big(b)));
        }
        if (isSequence(a) || isSequence(b)) {
            Object seq = isSequence(a) ? a : b;
            Object times = seq == a ? b : a;
            if (!isInt(times)) {
                throw new TypeError("can't multiply sequence by non-int of type '" + Py.typeName(times) + "'");
            }
            return repeat(seq, big(times));
        }
        throw unsupported("*", a, b);
    }

    private static Object repeat(Object seq, BigInteger times) {
        if (times.bitLength() > 63) {
            throw new OverflowError("cannot fit 'int' into an index-sized integer");
        }
        long n = Math.max(0, times.longValue());
        long len = seq instanceof String ? ((String) seq).length() : seq instanceof byte[] ? ((byte[]) seq).length
                : ((List<?>) seq).size();
        if (len != 0 && n > (Integer.MAX_VALUE - 8) / len) {
            throw new org.nprand.errors.MemoryError("");
        }
        if (seq instanceof String) {
            return ((String) seq).repeat((int) n);
        }
        if (seq instanceof byte[]) {
            byte[] s = (byte[]) seq;
            byte[] out = new byte[(int) (s.length * n)];
            for (int i = 0; i < n; i++) {
                System.arraycopy(s, 0, out, i * s.length, s.length);
            }
            return out;
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.addAll((List<?>) seq);
        }
        return out;
    }

    /** {@code a / b} (true division: a float, or {@code ZeroDivisionError}). */
    public static double truediv(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double || b instanceof Double) {
                double x = toFloat(a);
                double y = toFloat(b);
                if (y == 0.0) {
                    throw new ZeroDivisionError("float division by zero");
                }
                return x / y;
            }
            BigInteger x = big(a);
            BigInteger y = big(b);
            if (y.signum() == 0) {
                throw new ZeroDivisionError("division by zero");
            }
            if (x.bitLength() <= 53 && y.bitLength() <= 53) {
                return x.doubleValue() / y.doubleValue();
            }
            // CPython's long_true_divide rounds the exact quotient once
            double q = new BigDecimal(x).divide(new BigDecimal(y), new java.math.MathContext(40)).doubleValue();
            if (Double.isInfinite(q)) {
                throw new OverflowError("integer division result too large for a float");
            }
            return q;
        }
        throw unsupported("/", a, b);
    }

    /**
     * {@code a OP b} for {@code <}, {@code <=}, {@code >}, {@code >=}: numbers by exact value
     * (an int against a float too), str with str, lists item by item.
     */
    public static boolean compare(Object a, String op, Object b) {
        int c = cmp(a, op, b);
        switch (op) {
            case "<":
                return c < 0 && c != NAN;
            case "<=":
                return c <= 0 && c != NAN;
            case ">":
                return c > 0 && c != NAN;
            case ">=":
                return c >= 0 && c != NAN;
            default:
                throw new IllegalArgumentException(op);
        }
    }

    /** The result of comparing with NaN: every ordering is false. */
    private static final int NAN = Integer.MIN_VALUE;

    private static int cmp(Object a, String op, Object b) {
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double || b instanceof Double) {
                double x = a instanceof Double ? (Double) a : Double.NaN;
                double y = b instanceof Double ? (Double) b : Double.NaN;
                if (a instanceof Double && Double.isNaN(x) || b instanceof Double && Double.isNaN(y)) {
                    return NAN;
                }
                if (a instanceof Double && b instanceof Double) {
                    return Double.compare(x == 0.0 ? 0.0 : x, y == 0.0 ? 0.0 : y);
                }
                // exact: an int against a float (infinities order everything)
                return exact(a).compareTo(exact(b));
            }
            return big(a).compareTo(big(b));
        }
        if (a instanceof String && b instanceof String) {
            return Integer.signum(((String) a).compareTo((String) b));
        }
        if (a instanceof List && b instanceof List) {
            List<?> x = (List<?>) a;
            List<?> y = (List<?>) b;
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                if (!pyEquals(x.get(i), y.get(i))) {
                    return compare(x.get(i), "<", y.get(i)) ? -1 : 1;
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        throw new TypeError("'" + op + "' not supported between instances of '" + Py.typeName(a) + "' and '"
                + Py.typeName(b) + "'");
    }

    /** Python's {@code a == b} (never raises): numbers by value, sequences item by item. */
    public static boolean pyEquals(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            int c = cmp(a, "==", b);
            return c == 0;
        }
        if (a instanceof List && b instanceof List) {
            List<?> x = (List<?>) a;
            List<?> y = (List<?>) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!pyEquals(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof byte[] && b instanceof byte[]) {
            return java.util.Arrays.equals((byte[]) a, (byte[]) b);
        }
        return java.util.Objects.equals(a, b);
    }

    /** A number as an exact decimal, infinities as huge values beyond any int nprand meets. */
    private static BigDecimal exact(Object v) {
        if (v instanceof Double) {
            double d = (Double) v;
            if (Double.isInfinite(d)) {
                return BigDecimal.TEN.pow(100000).multiply(BigDecimal.valueOf(d > 0 ? 1 : -1));
            }
            return new BigDecimal(d);
        }
        return new BigDecimal(big(v));
    }

    /** CPython's {@code TypeError} for {@code a OP b} that neither operand supports. */
    public static TypeError unsupported(String op, Object a, Object b) {
        return new TypeError("unsupported operand type(s) for " + op + ": '" + Py.typeName(a) + "' and '"
                + Py.typeName(b) + "'");
    }

    /** Python's {@code len(v)}: {@code TypeError "object of type 'int' has no len()"}. */
    public static int len(Object v) {
        if (v instanceof String) {
            return ((String) v).codePointCount(0, ((String) v).length());
        }
        if (v instanceof byte[]) {
            return ((byte[]) v).length;
        }
        if (v instanceof List) {
            return ((List<?>) v).size();
        }
        if (v instanceof Map) {
            return ((Map<?, ?>) v).size();
        }
        if (v instanceof PythonValue && ((PythonValue) v).pythonItems() != null) {
            return ((PythonValue) v).pythonItems().size();
        }
        throw new TypeError("object of type '" + Py.typeName(v) + "' has no len()");
    }

    /**
     * Python's iteration of {@code v} as a list: a str gives its characters, bytes their ints, a
     * dict its keys; {@code TypeError "'int' object is not iterable"} for the rest.
     */
    public static List<Object> iterate(Object v) {
        if (v instanceof List) {
            return new ArrayList<>((List<?>) v);
        }
        List<Object> out = new ArrayList<>();
        if (v instanceof String) {
            ((String) v).codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
            return out;
        }
        if (v instanceof byte[]) {
            for (byte b : (byte[]) v) {
                out.add((long) (b & 0xFF));
            }
            return out;
        }
        if (v instanceof Map) {
            out.addAll(((Map<?, ?>) v).keySet());
            return out;
        }
        if (v instanceof PythonValue && ((PythonValue) v).pythonItems() != null) {
            out.addAll(((PythonValue) v).pythonItems());
            return out;
        }
        throw new TypeError("'" + Py.typeName(v) + "' object is not iterable");
    }

    /** {@code itertools.accumulate(v)} as a list (each running total by {@link #add}). */
    public static List<Object> accumulate(Object v) {
        List<Object> items = iterate(v);
        List<Object> out = new ArrayList<>(items.size());
        Object total = null;
        for (int i = 0; i < items.size(); i++) {
            total = i == 0 ? items.get(0) : add(total, items.get(i));
            out.add(total);
        }
        return out;
    }
}
