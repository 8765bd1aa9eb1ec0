package org.nprand.sklearn;

import java.util.Iterator;
import org.nprand.errors.ValueError;

/**
 * scikit-learn's {@code LeaveOneGroupOut()}: one split per group (in {@code np.unique} order),
 * that group as the test set.
 */
public final class LeaveOneGroupOut extends CrossValidator {

    /** {@code LeaveOneGroupOut()}. */
    public LeaveOneGroupOut() {
    }

    @Override
    Iterator<Split> iterate(int nSamples, Labels y, Labels groups) {
        return new Splits.Generator() {
            private Labels.Unique u;
            private int g;

            @Override
            protected Split advance() {
                if (u == null) {
                    checkConsistentLength(nSamples, y, groups);
                    requireGroups(groups);
                    Labels.Unique unique = groups.unique();
                    if (unique.size() <= 1) {
                        throw new ValueError("The groups parameter contains fewer than 2 unique groups ("
                                + unique.arrayStr() + "). LeaveOneGroupOut expects at least 2.");
                    }
                    u = unique;
                }
                if (g >= u.size()) {
                    return null;
                }
                boolean[] mask = new boolean[nSamples];
                for (int i = 0; i < nSamples; i++) {
                    mask[i] = u.inverse[i] == g;
                }
                g++;
                return fromMask(mask);
            }
        };
    }

    /** {@code get_n_splits(groups=groups)}: the number of distinct groups. */
    public int getNSplits(Labels groups) {
        return Math.toIntExact(getNSplits(-1, null, groups));
    }

    @Override
    public long getNSplits(int nSamples, Labels y, Labels groups) {
        requireGroups(groups);
        return groups.unique().size();
    }

    @Override
    String params() {
        return "";
    }

    @Override
    public LeaveOneGroupOut compat(SklearnVersion release) {
        super.compat(release);
        return this;
    }

    @Override
    public LeaveOneGroupOut setWarningHandler(org.nprand.numpy.WarningHandler handler) {
        super.setWarningHandler(handler);
        return this;
    }
}
