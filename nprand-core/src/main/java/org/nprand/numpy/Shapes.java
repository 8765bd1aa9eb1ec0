package org.nprand.numpy;

import org.nprand.errors.ValueError;

/** NumPy's {@code size} argument: element counts of output shapes, with NumPy's errors. */
final class Shapes {

    private Shapes() {
    }

    /**
     * {@code np.empty(size).size}: the product of the dimensions ({@code ()} gives 1).
     *
     * @throws ValueError {@code "negative dimensions are not allowed"}, or NumPy's
     *     "array is too big" message when the count does not fit a Java array
     */
    static int count(int[] size) {
        long n = 1;
        boolean tooBig = false;
        for (int d : size) {
            if (d < 0) {
                throw new ValueError("negative dimensions are not allowed");
            }
            n *= d;
            if (n > Integer.MAX_VALUE - 8) {
                tooBig = true;
                n = Integer.MAX_VALUE;
            }
        }
        for (int d : size) {
            if (d == 0) {
                return 0;
            }
        }
        if (tooBig) {
            throw new ValueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
        }
        return (int) n;
    }

    /** {@code np.prod(size) == 0}, evaluated as NumPy does before any other check in randint. */
    static boolean productIsZero(int[] size) {
        for (int d : size) {
            if (d == 0) {
                return true;
            }
        }
        return false;
    }
}
