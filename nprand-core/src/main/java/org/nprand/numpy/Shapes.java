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

    /**
     * NumPy's {@code PyArray_Broadcast} of the argument shapes (right-aligned), as the
     * multi-iterators of the samplers do.
     *
     * @throws ValueError {@code "shape mismatch: objects cannot be broadcast to a single shape.
     *     Mismatch is between arg i with shape (..) and arg j with shape (..)."}
     */
    static int[] broadcast(int[]... shapes) {
        int nd = 0;
        for (int[] s : shapes) {
            nd = Math.max(nd, s.length);
        }
        int[] out = new int[nd];
        for (int i = 0; i < nd; i++) {
            int tmp = 1;
            int src = -1;
            for (int j = 0; j < shapes.length; j++) {
                int k = i + shapes[j].length - nd;
                if (k < 0) {
                    continue;
                }
                int d = shapes[j][k];
                if (d == 1) {
                    continue;
                }
                if (tmp == 1) {
                    tmp = d;
                    src = j;
                } else if (tmp != d) {
                    throw new ValueError("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is"
                            + " between arg " + src + " with shape " + tuple(shapes[src]) + " and arg " + j
                            + " with shape " + tuple(shapes[j]) + ".");
                }
            }
            out[i] = tmp;
        }
        return out;
    }

    /**
     * The broadcast a binary ufunc does ({@code np.greater(a, b)}) on two 1-d arrays.
     *
     * @throws ValueError {@code "operands could not be broadcast together with shapes (2,) (3,) "}
     */
    static int ufuncBroadcast(int lengthA, int lengthB) {
        if (lengthA != lengthB && lengthA != 1 && lengthB != 1) {
            throw new ValueError("operands could not be broadcast together with shapes (" + lengthA + ",) ("
                    + lengthB + ",) ");
        }
        return lengthA == 1 ? lengthB : lengthA;
    }

    /** A shape as Python prints a tuple: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    static String tuple(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return sb.append(')').toString();
    }
}
