package org.nprand.sklearn;

/**
 * scikit-learn's {@code RepeatedKFold(*, n_splits=5, n_repeats=10, random_state=None)}:
 * {@code n_repeats} times {@code KFold(n_splits, shuffle=True)}, all drawing from one random
 * state.
 */
public final class RepeatedKFold extends RepeatedSplits {

    /** {@code RepeatedKFold()}: 5 splits, 10 repeats, global random state. */
    public RepeatedKFold() {
        this(5, 10, RandomStateParam.none());
    }

    /** {@code RepeatedKFold(n_splits=..., n_repeats=..., random_state=seed)}. */
    public RepeatedKFold(int nSplits, int nRepeats, long seed) {
        this(nSplits, nRepeats, RandomStateParam.seed(seed));
    }

    /** {@code RepeatedKFold(n_splits=..., n_repeats=..., random_state=...)}. */
    public RepeatedKFold(int nSplits, int nRepeats, RandomStateParam randomState) {
        super(nSplits, nRepeats, randomState);
    }

    @Override
    BaseKFold inner(int nSplits, RandomStateParam rng) {
        return new KFold(nSplits, true, rng);
    }

    @Override
    public RepeatedKFold compat(SklearnVersion release) {
        super.compat(release);
        return this;
    }

    @Override
    public RepeatedKFold setWarningHandler(org.nprand.numpy.WarningHandler handler) {
        super.setWarningHandler(handler);
        return this;
    }
}
