package org.nprand.sklearn;

/**
 * scikit-learn's {@code RepeatedStratifiedKFold(*, n_splits=5, n_repeats=10, random_state=None)}:
 * {@code n_repeats} times {@code StratifiedKFold(n_splits, shuffle=True)}, all drawing from one
 * random state (each repetition warns again about a small class, as in scikit-learn).
 */
public final class RepeatedStratifiedKFold extends RepeatedSplits {

    /** {@code RepeatedStratifiedKFold()}: 5 splits, 10 repeats, global random state. */
    public RepeatedStratifiedKFold() {
        this(5, 10, RandomStateParam.none());
    }

    /** {@code RepeatedStratifiedKFold(n_splits=..., n_repeats=..., random_state=seed)}. */
    public RepeatedStratifiedKFold(int nSplits, int nRepeats, long seed) {
        this(nSplits, nRepeats, RandomStateParam.seed(seed));
    }

    /** {@code RepeatedStratifiedKFold(n_splits=..., n_repeats=..., random_state=...)}. */
    public RepeatedStratifiedKFold(int nSplits, int nRepeats, RandomStateParam randomState) {
        super(nSplits, nRepeats, randomState);
    }

    /** {@code split(X, y)} with {@code len(X) == len(y)}. */
    public Splits split(Labels y) {
        return split(y == null ? 0 : y.size(), y, null); // None: scikit-learn's TypeError below
    }

    @Override
    public Splits split(int nSamples, Labels y, Labels groups) {
        if (version.atLeast(6)) {
            checkArray(y, "y");
        }
        return super.split(nSamples, y, groups);
    }

    @Override
    BaseKFold inner(int nSplits, RandomStateParam rng) {
        return new StratifiedKFold(nSplits, true, rng);
    }

    @Override
    public RepeatedStratifiedKFold compat(SklearnVersion release) {
        super.compat(release);
        return this;
    }

    @Override
    public RepeatedStratifiedKFold setWarningHandler(org.nprand.numpy.WarningHandler handler) {
        super.setWarningHandler(handler);
        return this;
    }
}
