package org.nprand.sklearn;

import java.math.BigInteger;
import java.util.Iterator;
import org.nprand.errors.IndexError;
import org.nprand.errors.ValueError;

/**
 * scikit-learn's {@code LeavePGroupsOut(n_groups)}: every {@code n_groups}-subset of the groups
 * (lexicographic over the {@code np.unique} order) as a test set.
 */
public final class LeavePGroupsOut extends CrossValidator {

    private final int nGroups;

    /** {@code LeavePGroupsOut(n_groups)}. */
    public LeavePGroupsOut(int nGroups) {
        this.nGroups = nGroups;
    }

    /** {@code n_groups}. */
    public int nGroups() {
        return nGroups;
    }

    @Override
    Iterator<Split> iterate(int nSamples, Labels y, Labels groups) {
        return new Splits.Generator() {
            private Labels.Unique u;
            private int[] comb;
            private boolean done;

            @Override
            protected Split advance() {
                if (u == null) {
                    checkConsistentLength(nSamples, y, groups);
                    requireGroups(groups);
                    Labels.Unique unique = groups.unique();
                    if (nGroups >= unique.size()) {
                        throw new ValueError("The groups parameter contains fewer than (or equal to) n_groups ("
                                + nGroups + ") numbers of unique groups (" + unique.arrayStr()
                                + "). LeavePGroupsOut expects that at least n_groups + 1 (" + (nGroups + 1)
                                + ") unique groups be present");
                    }
                    if (nGroups < 0) {
                        throw new ValueError("r must be non-negative");
                    }
                    if (nGroups == 0) {
                        throw new IndexError("arrays used as indices must be of integer (or boolean) type");
                    }
                    u = unique;
                    comb = new int[nGroups];
                    for (int i = 0; i < nGroups; i++) {
                        comb[i] = i;
                    }
                } else if (!done) {
                    done = !Combinations.next(comb, u.size());
                }
                if (done) {
                    return null;
                }
                boolean[] inTest = new boolean[u.size()];
                for (int c : comb) {
                    inTest[c] = true;
                }
                boolean[] mask = new boolean[nSamples];
                for (int i = 0; i < nSamples; i++) {
                    mask[i] = inTest[u.inverse[i]];
                }
                return fromMask(mask);
            }
        };
    }

    /** {@code get_n_splits(groups=groups)}: {@code comb(n_unique_groups, n_groups)}, exact. */
    public BigInteger getNSplitsExact(Labels groups) {
        requireGroups(groups);
        return Combinations.count(groups.unique().size(), nGroups);
    }

    @Override
    public long getNSplits(int nSamples, Labels y, Labels groups) {
        return getNSplitsExact(groups).longValueExact();
    }

    @Override
    String params() {
        return "n_groups=" + nGroups;
    }

    @Override
    public LeavePGroupsOut compat(SklearnVersion release) {
        super.compat(release);
        return this;
    }

    @Override
    public LeavePGroupsOut setWarningHandler(org.nprand.numpy.WarningHandler handler) {
        super.setWarningHandler(handler);
        return this;
    }
}
