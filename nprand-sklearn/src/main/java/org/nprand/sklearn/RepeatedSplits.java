package org.nprand.sklearn;

import java.util.Iterator;
import org.nprand.errors.ValueError;

/**
 * scikit-learn's {@code _RepeatedSplits}: {@link RepeatedKFold} and
 * {@link RepeatedStratifiedKFold}. {@code split} resolves the random state once, then runs
 * {@code n_repeats} shuffled k-folds that all draw from that one random state, so repeat r
 * continues the stream where repeat r-1 stopped.
 */
public abstract class RepeatedSplits extends CrossValidator {

    final int nSplits;
    /** n_splits as given (a binder's Python value), checked when the inner splitter is made. */
    Object nSplitsValue;
    final int nRepeats;
    final RandomStateParam randomState;

    RepeatedSplits(int nSplits, int nRepeats, RandomStateParam randomState) {
        if (nRepeats <= 0) {
            throw new ValueError("Number of repetitions must be greater than 0.");
        }
        this.nSplits = nSplits;
        this.nSplitsValue = (long) nSplits;
        this.nRepeats = nRepeats;
        this.randomState = randomState == null ? RandomStateParam.none() : randomState;
    }

    /** {@code n_splits} (of each repetition). */
    public int nSplits() {
        return nSplits;
    }

    /** {@code n_repeats}. */
    public int nRepeats() {
        return nRepeats;
    }

    /** {@code random_state}. */
    public RandomStateParam randomState() {
        return randomState;
    }

    /** The inner splitter: {@code cv(n_splits, shuffle=True, random_state=rng)}. */
    abstract BaseKFold inner(int nSplits, RandomStateParam rng);

    private BaseKFold inner(RandomStateParam rng) {
        return inner(SklearnPython.foldsParam(nSplitsValue), rng);
    }

    @Override
    public Splits split(int nSamples, Labels y, Labels groups) {
        warnGroupsIgnored(groups);
        return super.split(nSamples, y, groups);
    }

    @Override
    Iterator<Split> iterate(int nSamples, Labels y, Labels groups) {
        return new Splits.Generator() {
            private RandomStateParam rng;
            private int repeat;
            private Iterator<Split> current;

            @Override
            protected Split advance() {
                if (rng == null) {
                    rng = RandomStateParam.ofResolved(randomState.resolve());
                }
                while (current == null || !current.hasNext()) {
                    if (repeat >= nRepeats) {
                        return null;
                    }
                    repeat++;
                    current = configure(inner(rng)).split(nSamples, y, groups).iterator();
                }
                return current.next();
            }
        };
    }

    @Override
    public long getNSplits(int nSamples, Labels y, Labels groups) {
        RandomStateParam rng = RandomStateParam.ofResolved(randomState.resolve());
        return Math.multiplyExact(inner(rng).getNSplits(nSamples, y, groups), (long) nRepeats);
    }

    @Override
    String params() {
        return "n_repeats=" + nRepeats + ", n_splits=" + PyFormat.repr(nSplitsValue) + ", random_state=" + randomState.repr();
    }

}
