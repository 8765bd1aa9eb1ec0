package org.nprand.cli.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.nprand.internal.py.PyRepr;
import org.nprand.numpy.NdArray;

/**
 * NumPy 2.4's printing of arrays and scalars under the default print options (precision 8,
 * {@code floatmode='maxprec'}, line width 75, threshold 1000, edge items 3, {@code sign='-'}):
 * {@code str(array)} ({@code print(a)}), {@code repr(array)} (the prompt's {@code array([...])}
 * with its {@code dtype=} and {@code shape=} suffixes) and the scalars' {@code repr}
 * ({@code np.int64(3)}, {@code np.float32(0.1)}, {@code np.True_}).
 *
 * <p>A port of {@code numpy/_core/arrayprint.py}: {@code FloatingFormat} (positional or
 * scientific, chosen from the non-zero finite values: scientific when the largest reaches 1e8
 * (1e6 for float32), the smallest is below 1e-4 or they span more than 1000x; digits by
 * Dragon4's shortest round trip, cut at 8 fractional (positional) or significant (scientific)
 * digits with the exact value rounded half to even; padding so the points line up; {@code nan},
 * {@code inf}), {@code IntegerFormat}, {@code BoolFormat}, strings by {@code repr}, and
 * {@code _formatArray}'s line wrapping, nesting and summarisation ({@code ...} past 1000
 * elements, only the edge items counted when widths are computed).
 */
public final class NumpyPrint {

    private static final int LINE_WIDTH = 75;
    private static final int PRECISION = 8;
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;

    private NumpyPrint() {
    }

    // ---- the demo's entry points ----------------------------------------------------------

    /** {@code str()} of a 1-d int64 array. */
    public static String str(long[] values) {
        return str(NdArray.ofInts(values));
    }

    /** {@code str()} of a 1-d float64 array. */
    public static String str(double[] values) {
        return str(NdArray.of(values));
    }

    // ---- arrays ---------------------------------------------------------------------------

    /** NumPy's {@code str(a)}: {@code [1 2 3]}; a 0-d array prints as its scalar's str. */
    public static String str(NdArray a) {
        if (a.ndim() == 0) {
            return scalarStr(a.dtype(), element(a, 0));
        }
        return array2string(a, " ", "", LINE_WIDTH);
    }

    /**
     * NumPy's {@code repr(a)}: {@code array([1, 2, 3])}, with {@code shape=} when summarised or
     * empty and not 1-d, and {@code dtype=} unless the dtype is int64, float64 or bool (always
     * for an empty array), on a new line when the last line would pass 75 columns.
     */
    public static String repr(NdArray a) {
        String prefix = "array(";
        String lst = array2string(a, ", ", prefix, LINE_WIDTH - 1);
        List<String> extras = new ArrayList<>();
        long[] shape = a.shape();
        if ((a.size() == 0 && !(shape.length == 1 && shape[0] == 0)) || a.size() > THRESHOLD) {
            extras.add("shape=" + org.nprand.internal.nd.Shapes.tuple(shape));
        }
        if (!dtypeIsImplied(a.dtype()) || a.size() == 0) {
            extras.add("dtype=" + dtypeShortRepr(a.dtype()));
        }
        if (extras.isEmpty()) {
            return prefix + lst + ")";
        }
        String arrStr = prefix + lst + ",";
        String extraStr = String.join(", ", extras) + ")";
        int lastLineLen = arrStr.length() - (arrStr.lastIndexOf('\n') + 1);
        String spacer = lastLineLen + extraStr.length() + 1 > LINE_WIDTH ? "\n" + " ".repeat(prefix.length()) : " ";
        return arrStr + spacer + extraStr;
    }

    /** Python's repr of a shape tuple: {@code (3,)}, {@code (2, 3)}, {@code ()}. */
    public static String shapeRepr(int[] shape) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(shape[i]);
        }
        if (shape.length == 1) {
            b.append(',');
        }
        return b.append(')').toString();
    }

    private static boolean dtypeIsImplied(String dtype) {
        return dtype.equals("int64") || dtype.equals("float64") || dtype.equals("bool");
    }

    private static String dtypeShortRepr(String dtype) {
        if (dtype.startsWith("<U")) {
            return "'" + dtype + "'";
        }
        return dtype;
    }

    // ---- scalars ----------------------------------------------------------------------------

    /**
     * The repr of a NumPy scalar of {@code dtype}: {@code np.int64(3)}, {@code np.uint8(7)},
     * {@code np.float64(0.5)}, {@code np.float32(0.1)}, {@code np.True_}, {@code np.str_('a')}.
     *
     * @param value a Long (integers; uint64 as its bits), Double, Float, Boolean or String
     */
    public static String scalarRepr(String dtype, Object value) {
        if (dtype.equals("bool")) {
            return Boolean.TRUE.equals(value) ? "np.True_" : "np.False_";
        }
        if (dtype.startsWith("<U")) {
            return "np.str_(" + PyRepr.repr(value) + ")";
        }
        if (dtype.equals("object")) {
            return PyRepr.repr(value);
        }
        return "np." + dtype + "(" + scalarStr(dtype, value) + ")";
    }

    /** The str of a NumPy scalar: {@code 3}, {@code 0.5}, {@code True}, {@code a}. */
    public static String scalarStr(String dtype, Object value) {
        switch (dtype) {
            case "bool":
                return Boolean.TRUE.equals(value) ? "True" : "False";
            case "float64":
                return PyRepr.repr(((Number) value).doubleValue());
            case "float32":
                return float32Str(((Number) value).floatValue());
            case "uint64":
                return Long.toUnsignedString(((Number) value).longValue());
            default:
                if (value instanceof String) {
                    return (String) value;
                }
                return dtype.equals("object") ? PyRepr.repr(value) : String.valueOf(value);
        }
    }

    /** NumPy's {@code str(np.float32(x))}: shortest float32 digits, positional in [1e-4, 1e6). */
    static String float32Str(float x) {
        if (Float.isNaN(x)) {
            return "nan";
        }
        if (Float.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        double a = Math.abs((double) x);
        if (a == 0 || (a >= 1e-4 && a < 1e6)) {
            String[] p = positional(x, -1, true);
            return p[0] + "." + (p[1].isEmpty() ? "0" : p[1]);
        }
        Sci s = scientific(x, -1, 0, true);
        String mant = s.intPart + (s.frac.isEmpty() ? "" : "." + s.frac);
        return mant + "e" + exponent(s.exp, 2);
    }

    // ---- array2string and _formatArray ----------------------------------------------------

    private static String array2string(NdArray a, String separator, String prefix, int lineWidth) {
        if (a.size() == 0) {
            return "[]";
        }
        int[] shape = a.intShape();
        boolean summarize = a.size() > THRESHOLD;
        IntFunction<String> format = formatter(a, shownIndices(shape, summarize));
        String nextLinePrefix = " " + " ".repeat(prefix.length());
        int[] strides = strides(shape);
        return new Layout(shape, strides, format, separator, summarize ? "..." : "")
                .recurse(new int[shape.length], 0, nextLinePrefix, lineWidth);
    }

    /** The flat indices NumPy formats widths from: all, or the edge items of every axis. */
    private static int[] shownIndices(int[] shape, boolean summarize) {
        List<int[]> perAxis = new ArrayList<>();
        int count = 1;
        for (int d : shape) {
            int[] idx;
            if (summarize && d > 2 * EDGE_ITEMS) {
                idx = new int[2 * EDGE_ITEMS];
                for (int i = 0; i < EDGE_ITEMS; i++) {
                    idx[i] = i;
                    idx[EDGE_ITEMS + i] = d - EDGE_ITEMS + i;
                }
            } else {
                idx = new int[d];
                for (int i = 0; i < d; i++) {
                    idx[i] = i;
                }
            }
            perAxis.add(idx);
            count *= idx.length;
        }
        int[] strides = strides(shape);
        int[] out = new int[count];
        int[] pos = new int[shape.length];
        for (int k = 0; k < count; k++) {
            int flat = 0;
            for (int ax = 0; ax < shape.length; ax++) {
                flat += perAxis.get(ax)[pos[ax]] * strides[ax];
            }
            out[k] = flat;
            for (int ax = shape.length - 1; ax >= 0; ax--) {
                if (++pos[ax] < perAxis.get(ax).length) {
                    break;
                }
                pos[ax] = 0;
            }
        }
        return out;
    }

    private static int[] strides(int[] shape) {
        int[] s = new int[shape.length];
        int acc = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= shape[i];
        }
        return s;
    }

    /** {@code _formatArray}'s recursion. */
    private static final class Layout {
        private final int[] shape;
        private final int[] strides;
        private final IntFunction<String> format;
        private final String separator;
        private final String summaryInsert;

        Layout(int[] shape, int[] strides, IntFunction<String> format, String separator, String summaryInsert) {
            this.shape = shape;
            this.strides = strides;
            this.format = format;
            this.separator = separator;
            this.summaryInsert = summaryInsert;
        }

        /** {@code recurser(index, hanging_indent, curr_width)}; index[0..axis) is fixed. */
        String recurse(int[] index, int axis, String hangingIndent, int currWidth) {
            int axesLeft = shape.length - axis;
            if (axesLeft == 0) {
                int flat = 0;
                for (int i = 0; i < shape.length; i++) {
                    flat += index[i] * strides[i];
                }
                return format.apply(flat);
            }
            String nextHangingIndent = hangingIndent + " ";
            int nextWidth = currWidth - 1;
            int aLen = shape[axis];
            boolean showSummary = !summaryInsert.isEmpty() && 2 * EDGE_ITEMS < aLen;
            int leading = showSummary ? EDGE_ITEMS : 0;
            int trailing = showSummary ? EDGE_ITEMS : aLen;
            StringBuilder s = new StringBuilder();
            if (axesLeft == 1) {
                int elemWidth = currWidth - Math.max(separator.stripTrailing().length(), 1);
                StringBuilder line = new StringBuilder(hangingIndent);
                for (int i = 0; i < leading; i++) {
                    index[axis] = i;
                    String word = recurse(index, axis + 1, nextHangingIndent, nextWidth);
                    extendLine(s, line, word, elemWidth, hangingIndent);
                    line.append(separator);
                }
                if (showSummary) {
                    extendLine(s, line, summaryInsert, elemWidth, hangingIndent);
                    line.append(separator);
                }
                for (int i = trailing; i > 1; i--) {
                    index[axis] = aLen - i;
                    String word = recurse(index, axis + 1, nextHangingIndent, nextWidth);
                    extendLine(s, line, word, elemWidth, hangingIndent);
                    line.append(separator);
                }
                index[axis] = aLen - 1;
                String word = recurse(index, axis + 1, nextHangingIndent, nextWidth);
                extendLine(s, line, word, elemWidth, hangingIndent);
                s.append(line);
            } else {
                String lineSep = separator.stripTrailing() + "\n".repeat(axesLeft - 1);
                for (int i = 0; i < leading; i++) {
                    index[axis] = i;
                    s.append(hangingIndent).append(recurse(index, axis + 1, nextHangingIndent, nextWidth)).append(lineSep);
                }
                if (showSummary) {
                    s.append(hangingIndent).append(summaryInsert).append(lineSep);
                }
                for (int i = trailing; i > 1; i--) {
                    index[axis] = aLen - i;
                    s.append(hangingIndent).append(recurse(index, axis + 1, nextHangingIndent, nextWidth)).append(lineSep);
                }
                index[axis] = aLen - 1;
                s.append(hangingIndent).append(recurse(index, axis + 1, nextHangingIndent, nextWidth));
            }
            return "[" + s.substring(hangingIndent.length()) + "]";
        }

        /** {@code _extendLine} (every word here is one line). */
        private static void extendLine(StringBuilder s, StringBuilder line, String word, int lineWidth,
                                       String nextLinePrefix) {
            boolean needsWrap = line.length() + word.length() > lineWidth;
            if (line.length() <= nextLinePrefix.length()) {
                needsWrap = false;
            }
            if (needsWrap) {
                s.append(rstrip(line)).append('\n');
                line.setLength(0);
                line.append(nextLinePrefix);
            }
            line.append(word);
        }
    }

    private static String rstrip(CharSequence c) {
        int end = c.length();
        while (end > 0 && c.charAt(end - 1) == ' ') {
            end--;
        }
        return c.subSequence(0, end).toString();
    }

    // ---- element formatters -----------------------------------------------------------------

    /** Element {@code i} as a Java value (Long, Double, Float, Boolean, Object). */
    private static Object element(NdArray a, int i) {
        Object d = a.data();
        if (d instanceof long[]) {
            return ((long[]) d)[i];
        }
        if (d instanceof double[]) {
            return ((double[]) d)[i];
        }
        if (d instanceof float[]) {
            return ((float[]) d)[i];
        }
        if (d instanceof boolean[]) {
            return ((boolean[]) d)[i];
        }
        return ((Object[]) d)[i];
    }

    /** {@code _get_format_function}: the formatter of the array's dtype, widths from {@code shown}. */
    private static IntFunction<String> formatter(NdArray a, int[] shown) {
        boolean zeroD = a.ndim() == 0;
        switch (a.storage()) {
            case BOOL: {
                boolean[] d = (boolean[]) a.data();
                String t = zeroD ? "True" : " True";
                return i -> d[i] ? t : "False";
            }
            case INT: {
                long[] d = (long[]) a.data();
                boolean unsigned = a.dtype().equals("uint64");
                int width = 0;
                for (int i : shown) {
                    width = Math.max(width, intString(d[i], unsigned).length());
                }
                int w = width;
                return i -> pad(intString(d[i], unsigned), w);
            }
            case FLOAT64: {
                double[] d = (double[]) a.data();
                double[] vals = new double[shown.length];
                for (int k = 0; k < shown.length; k++) {
                    vals[k] = d[shown[k]];
                }
                FloatFormat f = new FloatFormat(vals, false);
                return i -> f.format(d[i]);
            }
            case FLOAT32: {
                float[] d = (float[]) a.data();
                double[] vals = new double[shown.length];
                for (int k = 0; k < shown.length; k++) {
                    vals[k] = d[shown[k]];
                }
                FloatFormat f = new FloatFormat(vals, true);
                return i -> f.format(d[i]);
            }
            default: {
                Object[] d = (Object[]) a.data();
                return i -> PyRepr.repr(d[i]);
            }
        }
    }

    private static String intString(long v, boolean unsigned) {
        return unsigned ? Long.toUnsignedString(v) : Long.toString(v);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    /** NumPy's {@code FloatingFormat} under the default options. */
    private static final class FloatFormat {
        private final boolean f32;
        private boolean exp;
        private int padLeft;
        private int padRight;
        private int precision = PRECISION;
        private int minDigits;
        private int expSize = -1;

        FloatFormat(double[] data, boolean f32) {
            this.f32 = f32;
            List<Double> finite = new ArrayList<>();
            boolean anyNonFinite = false;
            boolean negInf = false;
            for (double v : data) {
                if (Double.isFinite(v)) {
                    finite.add(v);
                } else {
                    anyNonFinite = true;
                    if (v == Double.NEGATIVE_INFINITY) {
                        negInf = true;
                    }
                }
            }
            double max = 0;
            double min = Double.POSITIVE_INFINITY;
            boolean anyNonZero = false;
            for (double v : finite) {
                if (v != 0) {
                    anyNonZero = true;
                    max = Math.max(max, Math.abs(v));
                    min = Math.min(min, Math.abs(v));
                }
            }
            if (anyNonZero) {
                double cutoff = f32 ? 1e6 : 1e8;
                if (max >= cutoff || min < 0.0001 || max / min > 1000.) {
                    exp = true;
                }
            }
            if (finite.isEmpty()) {
                padLeft = 0;
                padRight = 0;
                minDigits = 0;
            } else if (exp) {
                int maxFrac = 0;
                int maxInt = 0;
                int maxExp = 0;
                for (double v : finite) {
                    Sci s = scientific(v, PRECISION, 0, f32);
                    maxFrac = Math.max(maxFrac, s.frac.length());
                    maxInt = Math.max(maxInt, s.intPart.length());
                    maxExp = Math.max(maxExp, exponent(s.exp, 2).length() - 1);
                }
                expSize = maxExp;
                precision = maxFrac;
                minDigits = precision;
                padLeft = maxInt;
                padRight = expSize + 2 + precision;
            } else {
                int maxInt = 0;
                int maxFrac = 0;
                for (double v : finite) {
                    String[] p = positional(v, PRECISION, f32);
                    maxInt = Math.max(maxInt, p[0].length());
                    maxFrac = Math.max(maxFrac, p[1].length());
                }
                padLeft = maxInt;
                padRight = maxFrac;
                minDigits = 0;
            }
            if (anyNonFinite) {
                int offset = padRight + 1;
                padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negInf ? 1 : 0) - offset));
            }
        }

        String format(double x) {
            if (!Double.isFinite(x)) {
                String ret = Double.isNaN(x) ? "nan" : x < 0 ? "-inf" : "inf";
                return pad(ret, padLeft + padRight + 1);
            }
            if (exp) {
                Sci s = scientific(x, precision, minDigits, f32);
                return pad(s.intPart, padLeft) + "." + s.frac + "e" + exponent(s.exp, expSize);
            }
            String[] p = positional(x, precision, f32);
            return pad(p[0], padLeft) + "." + p[1] + " ".repeat(Math.max(0, padRight - p[1].length()));
        }
    }

    /** {@code +05}, {@code -123}: the sign and at least {@code digits} digits. */
    private static String exponent(int e, int digits) {
        String d = Integer.toString(Math.abs(e));
        if (d.length() < digits) {
            d = "0".repeat(digits - d.length()) + d;
        }
        return (e < 0 ? "-" : "+") + d;
    }

    // ---- Dragon4 -------------------------------------------------------------------------------

    /**
     * {@code dragon4_positional(x, precision, unique=True, fractional=True, trim='.')}: the
     * shortest round-trip digits, or the exact value rounded half to even at {@code precision}
     * fractional digits when the shortest need more ({@code precision < 0}: no limit).
     *
     * @return the integer part with its sign and the fractional digits (no trailing zeros)
     */
    static String[] positional(double x, int precision, boolean f32) {
        String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
        double a = Math.abs(x);
        BigDecimal v;
        if (a == 0) {
            v = BigDecimal.ZERO;
        } else {
            PyRepr.Shortest s = shortest(a, f32);
            int fracDigits = Math.max(0, s.digits().length() - s.decimalPoint());
            if (precision >= 0 && fracDigits > precision) {
                v = new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN);
            } else {
                v = new BigDecimal(s.digits()).scaleByPowerOfTen(s.decimalPoint() - s.digits().length());
            }
        }
        String plain = v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String fracPart = dot < 0 ? "" : plain.substring(dot + 1);
        return new String[] {sign + intPart, fracPart};
    }

    /** A scientific-format number: {@code intPart.frac e exp}. */
    private static final class Sci {
        final String intPart;
        final String frac;
        final int exp;

        Sci(String intPart, String frac, int exp) {
            this.intPart = intPart;
            this.frac = frac;
            this.exp = exp;
        }
    }

    /**
     * {@code dragon4_scientific(x, precision, min_digits, unique=True)}: the shortest digits;
     * when they have more than {@code precision} or fewer than {@code minDigits} fractional
     * digits, the exact value rounded half to even to that many (Dragon4 goes on generating the
     * exact value's digits past the shortest, it does not pad with zeros).
     */
    private static Sci scientific(double x, int precision, int minDigits, boolean f32) {
        String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
        double a = Math.abs(x);
        if (a == 0) {
            return new Sci(sign + "0", "0".repeat(minDigits), 0);
        }
        PyRepr.Shortest s = shortest(a, f32);
        String digits = s.digits();
        int decpt = s.decimalPoint();
        int frac = digits.length() - 1;
        int want = frac;
        if (precision >= 0 && frac > precision) {
            want = precision;
        }
        if (want < minDigits) {
            want = minDigits;
        }
        if (want != frac) {
            BigDecimal r = new BigDecimal(a).round(new MathContext(want + 1, RoundingMode.HALF_EVEN));
            String u = r.unscaledValue().toString();
            // r = u * 10**-scale, u of at most want + 1 digits (fewer when the exact value is short)
            decpt = u.length() - r.scale();
            digits = u + "0".repeat(want + 1 - u.length());
            // trim='.' (the first pass): trailing zeros go, down to minDigits
            int keep = digits.length();
            while (keep > 1 + minDigits && digits.charAt(keep - 1) == '0' && minDigits == 0) {
                keep--;
            }
            digits = digits.substring(0, keep);
        }
        return new Sci(sign + digits.charAt(0), digits.substring(1), decpt - 1);
    }

    /** The shortest round-trip digits of a positive finite double, or of a float32 value. */
    private static PyRepr.Shortest shortest(double a, boolean f32) {
        if (!f32) {
            return PyRepr.shortest(a);
        }
        float f = (float) a;
        BigDecimal exact = new BigDecimal(a);
        for (int p = 1; p <= 9; p++) {
            RoundingMode[] modes = {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING};
            BigDecimal best = null;
            for (RoundingMode m : modes) {
                BigDecimal c = exact.round(new MathContext(p, m));
                if (Float.parseFloat(c.toString()) == f) {
                    if (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) {
                        best = c;
                    }
                }
            }
            if (best != null) {
                BigDecimal st = best.stripTrailingZeros();
                String d = st.unscaledValue().toString();
                return new PyRepr.Shortest(d, d.length() - st.scale());
            }
        }
        BigDecimal st = exact.round(new MathContext(9, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        String d = st.unscaledValue().toString();
        return new PyRepr.Shortest(d, d.length() - st.scale());
    }
}
