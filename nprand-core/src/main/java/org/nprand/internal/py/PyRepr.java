package org.nprand.internal.py;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;

/**
 * Python's {@code repr()} for the values nprand prints: {@code float} (the shortest string that
 * reads back to the same double, CPython's {@code float_repr_style = 'short'}), {@code int},
 * {@code str}, {@code bool}, {@code None}, lists and dicts.
 *
 * <p>Java 17's {@link Double#toString} is not always the shortest string and writes
 * {@code 1.0E-5} where Python writes {@code 1e-05}; this class does neither.
 */
public final class PyRepr {

    private PyRepr() {
    }

    /** Python's {@code repr(x)} for a float. */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0.0" : "0.0";
        }
        Shortest s = shortest(Math.abs(x));
        String sign = x < 0 ? "-" : "";
        String d = s.digits;
        int decpt = s.decimalPoint;
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                return sign + "0." + "0".repeat(-decpt) + d;
            }
            if (decpt >= d.length()) {
                return sign + d + "0".repeat(decpt - d.length()) + ".0";
            }
            return sign + d.substring(0, decpt) + "." + d.substring(decpt);
        }
        int exp = decpt - 1;
        String mant = d.length() == 1 ? d : d.charAt(0) + "." + d.substring(1);
        String e = Integer.toString(Math.abs(exp));
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }

    /** Python's {@code repr()} of a value (None, bool, int, float, str, list, dict, bytes). */
    public static String repr(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean) {
            return (Boolean) v ? "True" : "False";
        }
        if (v instanceof Double || v instanceof Float) {
            return repr(((Number) v).doubleValue());
        }
        if (v instanceof PythonValue) {
            return ((PythonValue) v).pythonRepr();
        }
        if (v instanceof Number) {
            return v.toString();
        }
        if (v instanceof String) {
            return strRepr((String) v);
        }
        if (v instanceof Collection) {
            StringBuilder b = new StringBuilder("[");
            for (Object e : (Collection<?>) v) {
                if (b.length() > 1) {
                    b.append(", ");
                }
                b.append(repr(e));
            }
            return b.append(']').toString();
        }
        if (v instanceof Map) {
            StringBuilder b = new StringBuilder("{");
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (b.length() > 1) {
                    b.append(", ");
                }
                b.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
            }
            return b.append('}').toString();
        }
        if (v instanceof byte[]) {
            StringBuilder b = new StringBuilder("b'");
            for (byte x : (byte[]) v) {
                int c = x & 0xFF;
                if (c == '\\' || c == '\'') {
                    b.append('\\').append((char) c);
                } else if (c == '\n') {
                    b.append("\\n");
                } else if (c == '\r') {
                    b.append("\\r");
                } else if (c == '\t') {
                    b.append("\\t");
                } else if (c < 0x20 || c >= 0x7f) {
                    b.append(String.format("\\x%02x", c));
                } else {
                    b.append((char) c);
                }
            }
            return b.append('\'').toString();
        }
        return v.toString();
    }

    private static String strRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append(q).toString();
    }

    /**
     * The shortest decimal digits that read back to {@code x} (positive, finite), the closest to
     * {@code x} among the shortest: {@code x ~ 0.DIGITS * 10**decimalPoint}.
     */
    public static Shortest shortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int p = 1; p <= 17; p++) {
            MathContext[] modes = {
                new MathContext(p, RoundingMode.HALF_EVEN),
                new MathContext(p, RoundingMode.FLOOR),
                new MathContext(p, RoundingMode.CEILING)
            };
            BigDecimal best = null;
            for (MathContext mc : modes) {
                BigDecimal c = exact.round(mc);
                if (c.doubleValue() == x) {
                    if (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) {
                        best = c;
                    }
                }
            }
            if (best != null) {
                return Shortest.of(best);
            }
        }
        return Shortest.of(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    /**
     * Significant digits (no trailing zeros) and decimal point position of a positive decimal.
     *
     * @param digits the digits, without leading or trailing zeros
     * @param decimalPoint the value is {@code 0.digits * 10**decimalPoint}
     */
    public record Shortest(String digits, int decimalPoint) {
        static Shortest of(BigDecimal v) {
            BigDecimal s = v.stripTrailingZeros();
            BigInteger unscaled = s.unscaledValue();
            String d = unscaled.toString();
            // value = unscaled * 10**-scale = 0.d * 10**(len(d) - scale)
            return new Shortest(d, d.length() - s.scale());
        }
    }
}
