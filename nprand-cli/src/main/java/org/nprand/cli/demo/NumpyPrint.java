package org.nprand.cli.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.nprand.internal.py.PyRepr;

/**
 * NumPy's {@code str(ndarray)} ({@code print(array)}) for 1-d {@code int64} and {@code float64}
 * arrays under NumPy's default print options (precision 8, {@code floatmode='maxprec'},
 * linewidth 75): elements right-aligned to a common width, floats with at most 8 fractional
 * digits, padded on the right so the decimal points line up.
 *
 * <p>Covers what {@code nprand demo} prints; NumPy's scientific array format (chosen when values
 * span more than 1000x or reach 1e8 or go below 1e-4) is not implemented.
 */
public final class NumpyPrint {

    private static final int LINE_WIDTH = 75;
    private static final int PRECISION = 8;

    private NumpyPrint() {
    }

    /** {@code str()} of a 1-d integer array. */
    public static String str(long[] values) {
        String[] words = new String[values.length];
        int width = 0;
        for (int i = 0; i < values.length; i++) {
            words[i] = Long.toString(values[i]);
            width = Math.max(width, words[i].length());
        }
        for (int i = 0; i < words.length; i++) {
            words[i] = " ".repeat(width - words[i].length()) + words[i];
        }
        return join(words);
    }

    /** {@code str()} of a 1-d float64 array (finite values, positional format only). */
    public static String str(double[] values) {
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new UnsupportedOperationException("non-finite values are not implemented");
            }
            double a = Math.abs(v);
            if (a != 0) {
                max = Math.max(max, a);
                min = Math.min(min, a);
            }
        }
        if (max != 0 && (max >= 1e8 || min < 1e-4 || max / min > 1000.)) {
            throw new UnsupportedOperationException("NumPy's scientific array format is not implemented");
        }
        String[] ints = new String[values.length];
        String[] fracs = new String[values.length];
        int padLeft = 0;
        int padRight = 0;
        for (int i = 0; i < values.length; i++) {
            String[] parts = positional(values[i]);
            ints[i] = parts[0];
            fracs[i] = parts[1];
            padLeft = Math.max(padLeft, ints[i].length());
            padRight = Math.max(padRight, fracs[i].length());
        }
        String[] words = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            words[i] = " ".repeat(padLeft - ints[i].length()) + ints[i] + "." + fracs[i]
                    + " ".repeat(padRight - fracs[i].length());
        }
        return join(words);
    }

    /**
     * NumPy's {@code dragon4_positional(x, precision=8, unique=True, trim='.')}: the shortest
     * round-trip digits, rounded to 8 fractional digits when longer; trailing zeros trimmed.
     *
     * @return the integer part (with its sign) and the fractional part
     */
    static String[] positional(double x) {
        String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
        double a = Math.abs(x);
        BigDecimal v;
        if (a == 0) {
            v = BigDecimal.ZERO;
        } else {
            PyRepr.Shortest s = PyRepr.shortest(a);
            int fracDigits = Math.max(0, s.digits().length() - s.decimalPoint());
            if (fracDigits > PRECISION) {
                v = new BigDecimal(a).setScale(PRECISION, RoundingMode.HALF_EVEN);
            } else {
                v = new BigDecimal(s.digits()).scaleByPowerOfTen(s.decimalPoint() - s.digits().length());
            }
        }
        String plain = v.stripTrailingZeros().toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String fracPart = dot < 0 ? "" : plain.substring(dot + 1);
        return new String[] {sign + intPart, fracPart};
    }

    /**
     * NumPy's 1-d layout ({@code _formatArray}): {@code [a b c]}, a word wrapped to the next line
     * (indented one space) when it would pass column 74, leaving room for the {@code ]}.
     */
    private static String join(String[] words) {
        StringBuilder s = new StringBuilder();
        StringBuilder line = new StringBuilder("[");
        int limit = LINE_WIDTH - 1;
        for (int i = 0; i < words.length; i++) {
            boolean last = i == words.length - 1;
            if (line.length() + words[i].length() > limit && line.length() > 1) {
                s.append(rstrip(line)).append('\n');
                line.setLength(0);
                line.append(' ');
            }
            line.append(words[i]);
            if (!last) {
                line.append(' ');
            }
        }
        return s.append(line).append(']').toString();
    }

    private static String rstrip(CharSequence c) {
        int end = c.length();
        while (end > 0 && c.charAt(end - 1) == ' ') {
            end--;
        }
        return c.subSequence(0, end).toString();
    }
}
