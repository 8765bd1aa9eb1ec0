package org.nprand.sklearn;

import java.util.Objects;
import java.util.Iterator;

/**
 * scikit-learn's {@code PredefinedSplit(test_fold)}: {@code test_fold[i]} is the fold whose test
 * set holds sample i, or -1 for a sample in every training set; one split per distinct fold
 * number (ascending). {@code X}, {@code y} and {@code groups} are ignored.
 */
public final class PredefinedSplit extends CrossValidator {

    private final long[] testFold;
    private final long[] uniqueFolds;

    /** {@code PredefinedSplit(test_fold)}. */
    public PredefinedSplit(int[] testFold) {
        this(toLong(Objects.requireNonNull(testFold, "testFold must not be null")));
    }

    /** {@code PredefinedSplit(test_fold)}. */
    public PredefinedSplit(long[] testFold) {
        Objects.requireNonNull(testFold, "testFold must not be null");
        this.testFold = testFold.clone();
        Labels.Unique u = Labels.of(this.testFold).unique();
        this.uniqueFolds = u.values.stream().mapToLong(o -> (Long) o).filter(f -> f != -1).toArray();
    }

    private static long[] toLong(int[] a) {
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }

    /** {@code split()}: the splits ({@code X}, {@code y} and {@code groups} are ignored). */
    public Splits split() {
        return split(0, null, null);
    }

    @Override
    public Splits split(int nSamples, Labels y, Labels groups) {
        warnGroupsIgnored(groups);
        return new Splits(() -> iterate(nSamples, y, groups));
    }

    @Override
    Iterator<Split> iterate(int nSamples, Labels y, Labels groups) {
        return new Splits.Generator() {
            private int f;

            @Override
            protected Split advance() {
                if (f >= uniqueFolds.length) {
                    return null;
                }
                long fold = uniqueFolds[f++];
                boolean[] mask = new boolean[testFold.length];
                for (int i = 0; i < mask.length; i++) {
                    mask[i] = testFold[i] == fold;
                }
                return fromMask(mask);
            }
        };
    }

    @Override
    public long getNSplits(int nSamples, Labels y, Labels groups) {
        return uniqueFolds.length;
    }

    @Override
    String params() {
        return "test_fold=" + java.util.Arrays.toString(testFold);
    }

    @Override
    public PredefinedSplit compat(SklearnVersion release) {
        super.compat(release);
        return this;
    }

    @Override
    public PredefinedSplit setWarningHandler(org.nprand.numpy.WarningHandler handler) {
        super.setWarningHandler(handler);
        return this;
    }
}
