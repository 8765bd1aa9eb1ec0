package org.nprand.sklearn;

import java.util.Iterator;
import org.nprand.errors.ValueError;

/**
 * scikit-learn's {@code TimeSeriesSplit(n_splits=5, *, max_train_size=None, test_size=None,
 * gap=0)}: successive test windows of {@code test_size} samples ({@code n // (n_splits + 1)}
 * by default) at the end of the data, each trained on what comes before it, minus {@code gap}
 * samples, and at most the last {@code max_train_size}. No randomness.
 */
public final class TimeSeriesSplit extends BaseKFold {

    private final Integer maxTrainSize;
    private final Integer testSize;
    private final int gap;

    /** {@code TimeSeriesSplit()}: 5 splits. */
    public TimeSeriesSplit() {
        this(5);
    }

    /** {@code TimeSeriesSplit(n_splits)}. */
    public TimeSeriesSplit(int nSplits) {
        this(nSplits, null, null, 0);
    }

    /**
     * {@code TimeSeriesSplit(n_splits, max_train_size=..., test_size=..., gap=...)}; null is None.
     */
    public TimeSeriesSplit(int nSplits, Integer maxTrainSize, Integer testSize, int gap) {
        super(nSplits, false, RandomStateParam.none());
        this.maxTrainSize = maxTrainSize;
        this.testSize = testSize;
        this.gap = gap;
    }

    @Override
    public Splits split(int nSamples, Labels y, Labels groups) {
        warnGroupsIgnored(groups);
        return super.split(nSamples, y, groups);
    }

    @Override
    int[] folds(int nSamples, Labels y, Labels groups) {
        throw new AssertionError();
    }

    @Override
    Iterator<Split> iterate(int nSamples, Labels y, Labels groups) {
        return new Splits.Generator() {
            private boolean started;
            private long testStart;
            private int ts;

            @Override
            protected Split advance() {
                if (!started) {
                    if (version.atLeast(6)) {
                        checkConsistentLength(nSamples);
                    } else {
                        checkConsistentLength(nSamples, y, groups);
                    }
                    int nFolds = nSplits + 1;
                    ts = testSize != null ? testSize : nSamples / nFolds;
                    if (nFolds > nSamples) {
                        throw new ValueError("Cannot have number of folds=" + nFolds
                                + " greater than the number of samples=" + nSamples + ".");
                    }
                    if ((long) nSamples - gap - (long) ts * nSplits <= 0) {
                        throw new ValueError("Too many splits=" + nSplits + " for number of samples=" + nSamples
                                + " with test_size=" + ts + " and gap=" + gap + ".");
                    }
                    if (ts == 0) {
                        throw new ValueError("range() arg 3 must not be zero");
                    }
                    testStart = (long) nSamples - (long) nSplits * ts;
                    started = true;
                }
                // for test_start in range(n - n_splits * test_size, n, test_size)
                if (ts > 0 ? testStart >= nSamples : testStart <= nSamples) {
                    return null;
                }
                long start = testStart;
                testStart += ts;
                long trainEnd = start - gap;
                int[] train;
                if (maxTrainSize != null && maxTrainSize != 0 && maxTrainSize < trainEnd) {
                    train = slice(trainEnd - maxTrainSize, trainEnd, nSamples);
                } else {
                    train = slice(0, trainEnd, nSamples);
                }
                return new Split(train, slice(start, start + ts, nSamples));
            }
        };
    }

    /** {@code arange(n)[from:to]}, with Python's slice rules. */
    private static int[] slice(long from, long to, int n) {
        if (from < 0) {
            from = Math.max(0, from + n);
        }
        if (to < 0) {
            to = Math.max(0, to + n);
        }
        from = Math.min(from, n);
        to = Math.min(to, n);
        int len = (int) Math.max(0, to - from);
        int[] out = new int[len];
        for (int i = 0; i < len; i++) {
            out[i] = (int) from + i;
        }
        return out;
    }

    @Override
    String params() {
        return "gap=" + gap + ", max_train_size=" + (maxTrainSize == null ? "None" : maxTrainSize)
                + ", n_splits=" + nSplits + ", test_size=" + (testSize == null ? "None" : testSize);
    }

    @Override
    public TimeSeriesSplit compat(SklearnVersion release) {
        super.compat(release);
        return this;
    }

    @Override
    public TimeSeriesSplit setWarningHandler(org.nprand.numpy.WarningHandler handler) {
        super.setWarningHandler(handler);
        return this;
    }
}
