package org.nprand.sklearn;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's and NumPy's text for values in scikit-learn's messages: {@code repr} and {@code str} of
 * Python scalars, a list's repr, and {@code str()} of a 1-d NumPy array (NumPy 2's
 * {@code array2string}: padding, line wrapping at 75 columns, summarization above 1000
 * elements).
 */
final class PyFormat {

    private PyFormat() {
    }

    /** Python's {@code repr(float)}: the shortest string that reads back as {@code x}. */
    static String floatRepr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (Double.doubleToRawLongBits(x) < 0) ? "-0.0" : "0.0";
        }
        Shortest s = shortest(x);
        String digits = s.digits;
        int e = s.exponent;
        StringBuilder b = new StringBuilder();
        if (x < 0) {
            b.append('-');
        }
        if (e < -4 || e >= 16) {
            b.append(digits.charAt(0));
            if (digits.length() > 1) {
                b.append('.').append(digits, 1, digits.length());
            }
            b.append('e').append(e < 0 ? '-' : '+');
            int ae = Math.abs(e);
            if (ae < 10) {
                b.append('0');
            }
            b.append(ae);
        } else if (e < 0) {
            b.append("0.");
            for (int i = -1; i > e; i--) {
                b.append('0');
            }
            b.append(digits);
        } else if (digits.length() <= e + 1) {
            b.append(digits);
            for (int i = digits.length(); i <= e; i++) {
                b.append('0');
            }
            b.append(".0");
        } else {
            b.append(digits, 0, e + 1).append('.').append(digits, e + 1, digits.length());
        }
        return b.toString();
    }

    /** The shortest round-tripping decimal digits of |x| (no trailing zeros) and the exponent of the first. */
    static final class Shortest {
        final String digits;
        final int exponent;

        Shortest(String digits, int exponent) {
            this.digits = digits;
            this.exponent = exponent;
        }
    }

    static Shortest shortest(double x) {
        BigDecimal exact = new BigDecimal(Math.abs(x));
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(r.toString()) == Math.abs(x)) {
                return fromDecimal(r);
            }
        }
        return fromDecimal(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    private static Shortest fromDecimal(BigDecimal r) {
        BigDecimal s = r.stripTrailingZeros();
        String digits = s.unscaledValue().toString();
        int exponent = digits.length() - 1 - s.scale();
        return new Shortest(digits, exponent);
    }

    /** Python's {@code repr(str)}. */
    static String strRepr(String s) {
        char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                b.append(String.format("\\x%02x", cp));
            } else if (!isPrintable(cp)) {
                if (cp <= 0xff) {
                    b.append(String.format("\\x%02x", cp));
                } else if (cp <= 0xffff) {
                    b.append(String.format("\\u%04x", cp));
                } else {
                    b.append(String.format("\\U%08x", cp));
                }
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.append(quote).toString();
    }

    private static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int t = Character.getType(cp);
        switch (t) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** Python's {@code repr()} of a scalar label or parameter value. */
    static String repr(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean) {
            return ((Boolean) v) ? "True" : "False";
        }
        if (v instanceof Double || v instanceof Float) {
            return floatRepr(((Number) v).doubleValue());
        }
        if (v instanceof String) {
            return strRepr((String) v);
        }
        if (v instanceof List) {
            return listRepr((List<?>) v);
        }
        return String.valueOf(v);
    }

    /** Python's {@code str()} of a scalar value (a str as is, the rest as {@link #repr}). */
    static String str(Object v) {
        if (v instanceof String) {
            return (String) v;
        }
        return repr(v);
    }

    /** Python's {@code repr(list)}. */
    static String listRepr(List<?> values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(repr(values.get(i)));
        }
        return b.append(']').toString();
    }

    // ---- NumPy's str() of a 1-d array ---------------------------------------------------------

    private static final int LINE_WIDTH = 75;
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;

    /**
     * NumPy's {@code str(a)} for a 1-d array of labels of one kind ({@code long} ints, doubles,
     * booleans, strings, or other objects printed with {@code toString}).
     */
    static String arrayStr(Labels.Kind kind, List<?> values) {
        int n = values.size();
        if (n == 0) {
            return "[]";
        }
        boolean summary = n > THRESHOLD;
        List<Object> shown = new ArrayList<>();
        if (summary) {
            shown.addAll(values.subList(0, EDGE_ITEMS));
            shown.addAll(values.subList(n - EDGE_ITEMS, n));
        } else {
            shown.addAll(values);
        }
        java.util.function.Function<Object, String> fmt = formatter(kind, shown);
        List<String> words = new ArrayList<>();
        if (summary) {
            for (int i = 0; i < EDGE_ITEMS; i++) {
                words.add(fmt.apply(values.get(i)));
            }
            words.add("...");
            for (int i = n - EDGE_ITEMS; i < n; i++) {
                words.add(fmt.apply(values.get(i)));
            }
        } else {
            for (Object v : values) {
                words.add(fmt.apply(v));
            }
        }
        // _formatArray for one axis: hanging indent " ", separator " ", width 75.
        String indent = " ";
        StringBuilder s = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        int elemWidth = LINE_WIDTH - 1; // line width - max(len(separator.rstrip()), len("]"))
        for (int i = 0; i < words.size(); i++) {
            extendLine(s, line, words.get(i), elemWidth, indent);
            if (i < words.size() - 1) {
                line.append(' ');
            }
        }
        s.append(line);
        return "[" + s.substring(indent.length()) + "]";
    }

    private static void extendLine(StringBuilder s, StringBuilder line, String word, int width, String indent) {
        boolean needsWrap = line.length() + word.length() > width;
        if (line.length() <= indent.length()) {
            needsWrap = false;
        }
        if (needsWrap) {
            s.append(rstrip(line.toString())).append('\n');
            line.setLength(0);
            line.append(indent);
        }
        line.append(word);
    }

    private static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static java.util.function.Function<Object, String> formatter(Labels.Kind kind, List<Object> data) {
        switch (kind) {
            case INT: {
                int width = 0;
                for (Object v : data) {
                    width = Math.max(width, v.toString().length());
                }
                final int w = width;
                return v -> pad(v.toString(), w);
            }
            case BOOL:
                // NumPy pads True to False's width in every array (not in 0-d ones)
                return v -> ((Boolean) v) ? " True" : "False";
            case FLOAT:
                return floatFormatter(data);
            case STR:
                return v -> strRepr((String) v);
            default:
                return String::valueOf;
        }
    }

    private static String pad(String s, int width) {
        StringBuilder b = new StringBuilder();
        for (int i = s.length(); i < width; i++) {
            b.append(' ');
        }
        return b.append(s).toString();
    }

    /**
     * NumPy's {@code FloatingFormat} (floatmode {@code 'maxprec'}, precision 8, sign {@code '-'}):
     * positional notation unless the magnitudes call for scientific notation.
     */
    private static java.util.function.Function<Object, String> floatFormatter(List<Object> data) {
        List<Double> finite = new ArrayList<>();
        boolean hasNan = false;
        boolean hasInf = false;
        for (Object o : data) {
            double d = (Double) o;
            if (Double.isNaN(d)) {
                hasNan = true;
            } else if (Double.isInfinite(d)) {
                hasInf = true;
            } else {
                finite.add(d);
            }
        }
        double maxAbs = 0;
        double minAbs = Double.POSITIVE_INFINITY;
        for (double d : finite) {
            if (d != 0) {
                maxAbs = Math.max(maxAbs, Math.abs(d));
                minAbs = Math.min(minAbs, Math.abs(d));
            }
        }
        boolean exp = maxAbs > 0 && (maxAbs >= 1e8 || minAbs < 0.0001 || maxAbs / minAbs > 1000.);
        if (exp) {
            // scientific: unique digits (at most precision 8 after the point), padded
            List<String[]> parts = new ArrayList<>();
            int padRight = 0;
            int expSize = 0;
            for (double d : finite) {
                String[] p = scientific(d);
                parts.add(p);
                padRight = Math.max(padRight, p[1].length());
                expSize = Math.max(expSize, p[2].length());
            }
            final int pr = padRight;
            final int es = expSize;
            int padLeft = 0;
            for (String[] p : parts) {
                padLeft = Math.max(padLeft, p[0].length());
            }
            final int pl = padLeft;
            return o -> {
                double d = (Double) o;
                if (!Double.isFinite(d)) {
                    return pad(nonFinite(d), pl + pr + es + 3);
                }
                String[] p = scientific(d);
                StringBuilder b = new StringBuilder(pad(p[0], pl)).append('.').append(p[1]);
                for (int i = p[1].length(); i < pr; i++) {
                    b.append('0');
                }
                b.append('e').append(p[3]);
                for (int i = p[2].length(); i < es; i++) {
                    b.append('0');
                }
                return b.append(p[2]).toString();
            };
        }
        int padLeft = 0;
        int padRight = 0;
        for (double d : finite) {
            String[] p = positional(d);
            padLeft = Math.max(padLeft, p[0].length());
            padRight = Math.max(padRight, p[1].length());
        }
        if (hasNan || hasInf) {
            int offset = padRight + 1;
            padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (anyNegativeInf(data) ? 1 : 0) - offset));
        }
        final int pl = padLeft;
        final int pr = padRight;
        return o -> {
            double d = (Double) o;
            if (!Double.isFinite(d)) {
                return pad(nonFinite(d), pl + pr + 1);
            }
            String[] p = positional(d);
            StringBuilder b = new StringBuilder(pad(p[0], pl)).append('.').append(p[1]);
            for (int i = p[1].length(); i < pr; i++) {
                b.append(' ');
            }
            return b.toString();
        };
    }

    private static boolean anyNegativeInf(List<Object> data) {
        for (Object o : data) {
            if ((Double) o == Double.NEGATIVE_INFINITY) {
                return true;
            }
        }
        return false;
    }

    private static String nonFinite(double d) {
        return Double.isNaN(d) ? "nan" : (d > 0 ? "inf" : "-inf");
    }

    /** Dragon4 positional, unique, precision 8, trim '.': {integer part (with sign), fraction digits}. */
    private static String[] positional(double d) {
        BigDecimal v = new BigDecimal(shortestString(d));
        if (v.scale() > 8) {
            v = new BigDecimal(d).setScale(8, RoundingMode.HALF_EVEN);
        }
        v = v.stripTrailingZeros();
        String plain = v.abs().toPlainString();
        String ip;
        String fp;
        int dot = plain.indexOf('.');
        if (dot < 0) {
            ip = plain;
            fp = "";
        } else {
            ip = plain.substring(0, dot);
            fp = plain.substring(dot + 1);
        }
        if (d < 0 || (d == 0 && Double.doubleToRawLongBits(d) < 0)) {
            ip = "-" + ip;
        }
        return new String[] {ip, fp};
    }

    /** Dragon4 scientific, unique, precision 8, trim '.': {int digit (signed), fraction, exponent digits, exponent sign}. */
    private static String[] scientific(double d) {
        if (d == 0) {
            return new String[] {(Double.doubleToRawLongBits(d) < 0) ? "-0" : "0", "", "00", "+"};
        }
        Shortest s = shortest(d);
        String digits = s.digits;
        int e = s.exponent;
        if (digits.length() > 9) {
            BigDecimal r = new BigDecimal(Math.abs(d)).round(new MathContext(9, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            digits = r.unscaledValue().toString();
            e = digits.length() - 1 - r.scale();
        }
        String ip = (d < 0 ? "-" : "") + digits.charAt(0);
        String fp = digits.substring(1);
        String ed = Integer.toString(Math.abs(e));
        if (ed.length() < 2) {
            ed = "0" + ed;
        }
        return new String[] {ip, fp, ed, e < 0 ? "-" : "+"};
    }

    private static String shortestString(double d) {
        Shortest s = shortest(d);
        BigDecimal v = new BigDecimal(new BigInteger(s.digits), s.digits.length() - 1 - s.exponent);
        return (d < 0 ? "-" : "") + v.toPlainString();
    }
}
