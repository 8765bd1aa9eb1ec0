package org.nprand.sklearn;

import java.util.Arrays;

/**
 * One split: the training and test sample indices, in scikit-learn's order (ascending for the
 * mask-based splitters, permutation order for {@code ShuffleSplit} and
 * {@code StratifiedShuffleSplit}).
 *
 * @param train the training indices ({@code train_index})
 * @param test the test indices ({@code test_index})
 */
public record Split(int[] train, int[] test) {

    @Override
    public boolean equals(Object o) {
        return o instanceof Split && Arrays.equals(train, ((Split) o).train) && Arrays.equals(test, ((Split) o).test);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(train) + Arrays.hashCode(test);
    }

    @Override
    public String toString() {
        return "Split[train=" + Arrays.toString(train) + ", test=" + Arrays.toString(test) + "]";
    }
}
