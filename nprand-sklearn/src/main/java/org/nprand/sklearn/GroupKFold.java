package org.nprand.sklearn;

import java.util.Objects;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;

/**
 * scikit-learn's {@code GroupKFold(n_splits=5, *, shuffle=False, random_state=None)}: folds of
 * whole groups.
 *
 * <p>Without shuffling, groups go largest first (equal sizes: the later one in sorted group order
 * first, as 1.9's stable sort orders them) to the fold with the fewest samples so far (the first
 * such fold). With {@code shuffle} (scikit-learn 1.6+), the sorted groups are permuted once
 * ({@code rng.permutation}) and cut into {@code n_splits} consecutive chunks, the first
 * {@code n_groups % n_splits} one group larger: it balances the number of groups, not samples.
 *
 * <p>Before 1.9 the largest-first order came from NumPy's unstable default argsort; the modes
 * {@link SklearnVersion#V1_6} and {@link SklearnVersion#V1_2} reproduce it with the sort chosen
 * by {@link #argsort(NumpyArgsort)} (by default: x86-simd-sort's AVX-512 sort for
 * {@code V1_6}, NumPy 1.24's introsort for {@code V1_2}).
 */
public final class GroupKFold extends BaseKFold {

    private NumpyArgsort argsort;

    /** {@code GroupKFold()}: 5 folds. */
    public GroupKFold() {
        this(5);
    }

    /** {@code GroupKFold(n_splits)}. */
    public GroupKFold(int nSplits) {
        this(nSplits, false);
    }

    /** {@code GroupKFold(n_splits, shuffle=shuffle)}, {@code random_state=None}. */
    public GroupKFold(int nSplits, boolean shuffle) {
        this(nSplits, shuffle, RandomStateParam.none());
    }

    /** {@code GroupKFold(n_splits, shuffle=shuffle, random_state=seed)}. */
    public GroupKFold(int nSplits, boolean shuffle, long seed) {
        this(nSplits, shuffle, RandomStateParam.seed(seed));
    }

    /** {@code GroupKFold(n_splits, shuffle=shuffle, random_state=rs)}: a shared instance. */
    public GroupKFold(int nSplits, boolean shuffle, org.nprand.numpy.RandomState randomState) {
        this(nSplits, shuffle, RandomStateParam.of(randomState));
    }

    /** {@code GroupKFold(n_splits, shuffle=shuffle, random_state=...)}. */
    public GroupKFold(int nSplits, boolean shuffle, RandomStateParam randomState) {
        super(nSplits, shuffle, randomState);
    }

    /**
     * The unstable argsort to reproduce in the modes before 1.9 (ignored in {@link SklearnVersion#V1_9}).
     *
     * @return this
     */
    public GroupKFold argsort(NumpyArgsort kind) {
        this.argsort = Objects.requireNonNull(kind, "kind");
        return this;
    }

    /** The unstable argsort reproduced before 1.9. */
    public NumpyArgsort argsort() {
        if (argsort != null) {
            return argsort;
        }
        return version == SklearnVersion.V1_2 ? NumpyArgsort.INTROSORT : NumpyArgsort.X86_SIMD_SORT_AVX512;
    }

    @Override
    int[] folds(int nSamples, Labels y, Labels groups) {
        if (!version.atLeast(6) && (shuffle || !randomState.isNone())) {
            throw new TypeError("GroupKFold.__init__() got an unexpected keyword argument '"
                    + (shuffle ? "shuffle" : "random_state") + "'");
        }
        requireGroups(groups);
        Labels.Unique u = groups.unique();
        int nGroups = u.size();
        if (nSplits > nGroups) {
            throw new ValueError("Cannot have number of splits n_splits=" + nSplits
                    + " greater than the number of groups: " + nGroups + ".");
        }
        int[] groupFold = new int[nGroups];
        if (shuffle) {
            long[] perm = randomState.resolve().permutation(nGroups);
            int pos = 0;
            for (int f = 0; f < nSplits; f++) {
                int size = nGroups / nSplits + (f < nGroups % nSplits ? 1 : 0);
                for (int j = 0; j < size; j++) {
                    groupFold[(int) perm[pos++]] = f;
                }
            }
        } else {
            long[] perGroup = new long[nGroups];
            for (int g = 0; g < nGroups; g++) {
                perGroup[g] = u.counts[g];
            }
            int[] order;
            if (version.atLeast(9)) {
                order = NpSort.stable(perGroup);
            } else if (argsort() == NumpyArgsort.INTROSORT) {
                order = NpSort.introsort(perGroup);
            } else {
                order = SimdArgsort.argsort(perGroup);
            }
            double[] perFold = new double[nSplits];
            for (int r = order.length - 1; r >= 0; r--) {
                int g = order[r];
                int lightest = 0;
                for (int f = 1; f < nSplits; f++) {
                    if (perFold[f] < perFold[lightest]) {
                        lightest = f;
                    }
                }
                perFold[lightest] += perGroup[g];
                groupFold[g] = lightest;
            }
        }
        int[] fold = new int[nSamples];
        for (int i = 0; i < nSamples; i++) {
            fold[i] = groupFold[u.inverse[i]];
        }
        return fold;
    }

    @Override
    String params() {
        return version.atLeast(6) ? super.params() : "n_splits=" + nSplits;
    }

    @Override
    public GroupKFold compat(SklearnVersion release) {
        super.compat(release);
        return this;
    }

    @Override
    public GroupKFold setWarningHandler(org.nprand.numpy.WarningHandler handler) {
        super.setWarningHandler(handler);
        return this;
    }
}
