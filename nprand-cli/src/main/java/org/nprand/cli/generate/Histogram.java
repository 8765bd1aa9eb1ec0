package org.nprand.cli.generate;

import java.util.Iterator;
import java.util.Locale;
import org.nprand.cli.generate.GeneratorOptions.UsageException;
import org.nprand.numpy.NdArray;

/**
 * {@code generate --hist}: summary statistics (count, mean, standard deviation with NumPy's
 * default {@code ddof=0}, min, max) and a text histogram, in two passes over the draws (the
 * second on a copy of the generator made before the first), so any size fits in constant memory.
 * Integer data with a small range gets one bar per value.
 */
final class Histogram {

    private long count;
    private long nans;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private boolean integers = true;

    /** First pass: the statistics. */
    void measure(Iterator<Chunk> chunks) {
        while (chunks.hasNext()) {
            NdArray a = numbers(chunks.next());
            integers &= a.isInteger() || a.dtype().equals("bool");
            for (int i = 0; i < a.size(); i++) {
                double x = a.getDouble(i);
                if (Double.isNaN(x)) {
                    nans++;
                    continue;
                }
                count++;
                double d = x - mean;
                mean += d / count;
                m2 += d * (x - mean);
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
    }

    private static NdArray numbers(Chunk c) {
        if (c.array() == null) {
            throw new UsageException("--hist needs numbers; these draws are " + c.values().get(0).getClass().getSimpleName()
                    .replace("String", "strings").replace("ArrayList", "lists"));
        }
        return c.array();
    }

    /** Second pass: the bars, rendered with the statistics. */
    String render(Iterator<Chunk> chunks, int bins, int width) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "count  %d%n", count));
        if (nans > 0) {
            b.append(String.format(Locale.ROOT, "nan    %d%n", nans));
        }
        if (count == 0) {
            return b.toString();
        }
        double std = Math.sqrt(m2 / count);
        b.append(String.format(Locale.ROOT, "mean   %s%nstd    %s%nmin    %s%nmax    %s%n", g(mean), g(std), g(min), g(max)));
        boolean perValue = integers && max - min < 64;
        int n = perValue ? (int) (max - min) + 1 : Math.max(1, bins);
        double lo = min;
        double span = perValue ? n : (max - min);
        long[] counts = new long[n];
        if (Double.isInfinite(span) || Double.isNaN(span)) {
            b.append("(no histogram: infinite values)\n");
            return b.toString();
        }
        while (chunks.hasNext()) {
            NdArray a = numbers(chunks.next());
            for (int i = 0; i < a.size(); i++) {
                double x = a.getDouble(i);
                if (Double.isNaN(x)) {
                    continue;
                }
                int k = perValue ? (int) (x - lo) : span == 0 ? 0 : (int) ((x - lo) / span * n);
                counts[Math.max(0, Math.min(n - 1, k))]++;
            }
        }
        long top = 0;
        for (long c : counts) {
            top = Math.max(top, c);
        }
        String[] labels = new String[n];
        int labelWidth = 0;
        for (int k = 0; k < n; k++) {
            if (perValue) {
                labels[k] = Long.toString((long) lo + k);
            } else {
                double a = lo + span * k / n;
                double z = k == n - 1 ? max : lo + span * (k + 1) / n;
                labels[k] = "[" + g(a) + ", " + g(z) + (k == n - 1 ? "]" : ")");
            }
            labelWidth = Math.max(labelWidth, labels[k].length());
        }
        int countWidth = Long.toString(top).length();
        for (int k = 0; k < n; k++) {
            int bar = top == 0 ? 0 : (int) Math.round((double) counts[k] * width / top);
            b.append(String.format(Locale.ROOT, "%" + labelWidth + "s %" + countWidth + "d %s%n", labels[k], counts[k],
                    "#".repeat(bar)));
        }
        return b.toString();
    }

    private static String g(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        String s = String.format(Locale.ROOT, "%.6g", x);
        if (s.contains("e")) {
            return s;
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
