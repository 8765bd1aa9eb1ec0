package org.nprand.sklearn;

/**
 * scikit-learn's {@code KFold(n_splits=5, *, shuffle=False, random_state=None)}: consecutive
 * folds of {@code arange(n)}, shuffled once first when {@code shuffle} is on; the first
 * {@code n % n_splits} folds have one sample more. Test sets are output in ascending order.
 *
 * <pre>{@code
 * new KFold(5, true, 42).split(10)   // KFold(5, shuffle=True, random_state=42).split(X), len(X) == 10
 * }</pre>
 */
public final class KFold extends BaseKFold {

    /** {@code KFold()}: 5 folds, no shuffling. */
    public KFold() {
        this(5);
    }

    /** {@code KFold(n_splits)}. */
    public KFold(int nSplits) {
        this(nSplits, false);
    }

    /** {@code KFold(n_splits, shuffle=shuffle)}, {@code random_state=None} (the global state when shuffling). */
    public KFold(int nSplits, boolean shuffle) {
        this(nSplits, shuffle, RandomStateParam.none());
    }

    /** {@code KFold(n_splits, shuffle=shuffle, random_state=seed)}. */
    public KFold(int nSplits, boolean shuffle, long seed) {
        this(nSplits, shuffle, RandomStateParam.seed(seed));
    }

    /** {@code KFold(n_splits, shuffle=shuffle, random_state=rs)}: a shared instance. */
    public KFold(int nSplits, boolean shuffle, org.nprand.numpy.RandomState randomState) {
        this(nSplits, shuffle, RandomStateParam.of(randomState));
    }

    /** {@code KFold(n_splits, shuffle=shuffle, random_state=...)}. */
    public KFold(int nSplits, boolean shuffle, RandomStateParam randomState) {
        super(nSplits, shuffle, randomState);
    }

    @Override
    public Splits split(int nSamples, Labels y, Labels groups) {
        warnGroupsIgnored(groups);
        return super.split(nSamples, y, groups);
    }

    @Override
    int[] folds(int nSamples, Labels y, Labels groups) {
        long[] indices = new long[nSamples];
        for (int i = 0; i < nSamples; i++) {
            indices[i] = i;
        }
        if (shuffle) {
            randomState.resolve().shuffle(indices);
        }
        int[] fold = new int[nSamples];
        int current = 0;
        for (int f = 0; f < nSplits; f++) {
            int size = nSamples / nSplits + (f < nSamples % nSplits ? 1 : 0);
            for (int j = current; j < current + size; j++) {
                fold[(int) indices[j]] = f;
            }
            current += size;
        }
        return fold;
    }

    @Override
    public KFold compat(SklearnVersion release) {
        super.compat(release);
        return this;
    }

    @Override
    public KFold setWarningHandler(org.nprand.numpy.WarningHandler handler) {
        super.setWarningHandler(handler);
        return this;
    }
}
