package org.nprand.internal.nd;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.nprand.errors.MemoryError;
import org.nprand.errors.ValueError;

/** NumPy's {@code size} argument: element counts of output shapes, with NumPy's errors. */
public final class Shapes {

    private Shapes() {
    }

    /** NumPy's message when {@code size * itemsize} overflows {@code intp}. */
    public static final String TOO_BIG =
            "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.";

    /** The largest array length every JVM allocates ({@code ArraysSupport.SOFT_MAX_ARRAY_LENGTH}). */
    public static final int MAX_JAVA_LENGTH = Integer.MAX_VALUE - 8;

    /**
     * {@code np.empty(size, dtype).size} with NumPy's checks ({@code PyArray_NewFromDescr}): the
     * dimensions in order, zeros skipped, each negative one rejected, and the running byte count
     * ({@code itemsize * dims}) checked against {@code intp}'s maximum, so a zero dimension does
     * not excuse an overflowing product ({@code (2**31, 2**31, 2**31, 0)} is too big).
     * {@code size == null} is {@code size=None}: one element, no checks.
     *
     * @param itemsize NumPy's {@code dtype.itemsize} (8 for float64)
     * @param dtypeName NumPy's {@code str(dtype)}, for the MemoryError message
     * @throws ValueError {@code "negative dimensions are not allowed"}, {@link #TOO_BIG}
     * @throws MemoryError when the count exceeds {@link #MAX_JAVA_LENGTH} (NumPy would allocate)
     */
    public static int count(int[] size, int itemsize, String dtypeName) {
        if (size == null) {
            return 1;
        }
        long nbytes = itemsize;
        boolean zero = false;
        for (int d : size) {
            if (d == 0) {
                zero = true;
                continue;
            }
            if (d < 0) {
                throw new ValueError("negative dimensions are not allowed");
            }
            if (nbytes > Long.MAX_VALUE / d) {
                throw new ValueError(TOO_BIG);
            }
            nbytes *= d;
        }
        if (zero) {
            return 0;
        }
        long n = nbytes / itemsize;
        if (n > MAX_JAVA_LENGTH) {
            long[] shape = new long[size.length];
            for (int i = 0; i < size.length; i++) {
                shape[i] = size[i];
            }
            throw memoryError(shape, nbytes, dtypeName);
        }
        return (int) n;
    }

    /**
     * NumPy's {@code _ArrayMemoryError}: {@code "Unable to allocate 8.00 TiB for an array with
     * shape (1099511627776,) and data type int64"}, the size formatted as its
     * {@code _size_to_string} does.
     */
    public static MemoryError memoryError(long[] shape, long nbytes, String dtypeName) {
        StringBuilder tuple = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            tuple.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        tuple.append(shape.length == 1 ? ",)" : ")");
        return new MemoryError("Unable to allocate " + sizeToString(nbytes) + " for an array with shape " + tuple
                + " and data type " + dtypeName);
    }

    /** NumPy's {@code _ArrayMemoryError._size_to_string} for a byte count below 2**63. */
    public static String sizeToString(long numBytes) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        int bitLength = 64 - Long.numberOfLeadingZeros(numBytes);
        int unit = Math.max(bitLength - 1, 1) / 10;
        double nUnits = (double) numBytes / (double) (1L << (unit * 10)); // Python's int / int
        if (Math.rint(nUnits) == 1024) { // Python's round() is half-even, as rint
            unit++;
            nUnits /= 1024;
        }
        if (unit == 0) {
            return new BigDecimal(nUnits).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + " " + units[0];
        }
        if (Math.rint(nUnits) < 1000) {
            // '#.3g': three significant digits, trailing zeros and the point kept.
            BigDecimal r = new BigDecimal(nUnits).round(new MathContext(3, RoundingMode.HALF_EVEN));
            r = r.setScale(3 - (r.precision() - r.scale()));
            String digits = r.toPlainString();
            return (r.scale() == 0 ? digits + "." : digits) + " " + units[unit];
        }
        // '#.0f': all the digits, then the point.
        return new BigDecimal(nUnits).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + ". " + units[unit];
    }

    /**
     * A {@code size} argument as the generic paths take it: {@code null} (None), an
     * {@code int[]}, or a Python value converted now, at the point where NumPy calls
     * {@code np.empty(size)} (so its errors come after the parameter checks, as in NumPy).
     */
    public static int[] resolve(Object size) {
        return resolve(size, 8, "float64");
    }

    /**
     * {@link #resolve(Object)} for an output of the given dtype: a dimension past a Java array
     * gets {@code np.empty(size, dtype)}'s verdict with that dtype ({@link #narrow}).
     */
    public static int[] resolve(Object size, int itemsize, String dtypeName) {
        if (size == null || size instanceof int[]) {
            return (int[]) size;
        }
        return narrow(org.nprand.internal.py.Py.sizeDims(size), itemsize, dtypeName);
    }

    /**
     * A converted {@code size} ({@code intp} dimensions) as an {@code int[]}. When every
     * dimension fits a Java int the shape is returned as it is (negative dimensions too, for
     * {@link #count} to reject in NumPy's order); otherwise {@code np.empty(shape, dtype)}'s
     * verdict comes now: {@code "negative dimensions are not allowed"}, {@link #TOO_BIG}, or
     * NumPy's {@code MemoryError} for the whole shape. For the few paths whose Java form takes an
     * int shape and builds its result from it ({@code multinomial}, {@code tomaxint}, float32
     * {@code standard_gamma}, {@code out=} checks): a zero-size shape with a dimension past
     * {@code 2**31 - 1}, which NumPy returns as an empty array, gets a {@link MemoryError} saying
     * so. The samplers take {@link #resolveIntp}, which keeps such a shape.
     *
     * @return null for null
     */
    public static int[] narrow(long[] dims, int itemsize, String dtypeName) {
        if (dims == null) {
            return null;
        }
        int[] out = new int[dims.length];
        boolean fits = true;
        for (int i = 0; i < dims.length; i++) {
            out[i] = (int) dims[i];
            fits &= dims[i] == out[i];
        }
        if (fits) {
            return out;
        }
        long nbytes = itemsize;
        boolean zero = false;
        for (long d : dims) {
            if (d == 0) {
                zero = true;
                continue;
            }
            if (d < 0) {
                throw new ValueError("negative dimensions are not allowed");
            }
            if (nbytes > Long.MAX_VALUE / d) {
                throw new ValueError(TOO_BIG);
            }
            nbytes *= d;
        }
        if (zero) {
            throw new MemoryError("cannot represent the empty array of shape " + longTuple(dims)
                    + ": nprand's arrays have at most 2147483647 elements along an axis");
        }
        throw memoryError(dims, nbytes, dtypeName);
    }

    /**
     * {@code np.zeros(shape, dtype)}'s checks alone, for a caller that does not keep the array:
     * negative dimensions and byte counts past {@code intp} rejected; a zero-size shape passes
     * whatever its other dimensions; a count past a Java array is NumPy's {@link MemoryError}.
     */
    public static void checkEmpty(long[] dims, int itemsize, String dtypeName) {
        if (dims == null) {
            return;
        }
        long nbytes = itemsize;
        boolean zero = false;
        for (long d : dims) {
            if (d == 0) {
                zero = true;
                continue;
            }
            if (d < 0) {
                throw new ValueError("negative dimensions are not allowed");
            }
            if (nbytes > Long.MAX_VALUE / d) {
                throw new ValueError(TOO_BIG);
            }
            nbytes *= d;
        }
        if (!zero && nbytes / itemsize > MAX_JAVA_LENGTH) {
            throw memoryError(dims, nbytes, dtypeName);
        }
    }

    private static String longTuple(long[] shape) {
        return tuple(shape);
    }

    // ---- intp shapes: a zero-size shape may have an axis past a Java int ----------------------

    /** An int shape as NumPy's {@code intp} shape. */
    public static long[] widen(int[] shape) {
        if (shape == null) {
            return null;
        }
        long[] out = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            out[i] = shape[i];
        }
        return out;
    }

    /**
     * The int shape nprand computes with for an {@code intp} shape: the shape itself when every
     * axis fits an int (every shape with elements, since a Java array holds them); for a
     * zero-size shape, an axis past an int as 0. The working shape is as empty as NumPy's, so a
     * sampler given it checks its parameters and draws nothing, as NumPy does; the result then
     * takes NumPy's shape ({@link #resolveIntp}).
     */
    public static int[] working(long[] shape) {
        if (shape == null) {
            return null;
        }
        int[] out = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            out[i] = shape[i] == (int) shape[i] ? (int) shape[i] : 0;
        }
        return out;
    }

    /**
     * A {@code size} argument as NumPy's {@code intp} shape, at the point where NumPy calls
     * {@code np.empty(size, dtype)} (a Python value, an {@code int[]}, or dimensions already
     * converted as a {@code long[]}): {@code null} for None; dimensions that all fit an int as
     * they are (negative ones too, for {@link #count} to reject in NumPy's order); otherwise
     * {@code np.empty}'s verdict now ({@link #checkEmpty}): a zero-size shape passes whatever its
     * other axes ({@code (2**40, 0)} is an empty array), a count past a Java array is NumPy's
     * {@link MemoryError}.
     */
    public static long[] resolveIntp(Object size, int itemsize, String dtypeName) {
        if (size == null || size instanceof int[]) {
            return widen((int[]) size);
        }
        long[] dims = size instanceof long[] ? (long[]) size : org.nprand.internal.py.Py.sizeDims(size);
        if (dims == null) {
            return null;
        }
        for (long d : dims) {
            if (d != (int) d) {
                checkEmpty(dims, itemsize, dtypeName);
                return dims;
            }
        }
        return dims;
    }

    /** {@link #resolveIntp(Object, int, String)} for a float64 result. */
    public static long[] resolveIntp(Object size) {
        return resolveIntp(size, 8, "float64");
    }

    /** {@link #count(int[], int, String)} of an {@code intp} shape: 0 for a zero-size one. */
    public static int count(long[] size, int itemsize, String dtypeName) {
        if (size == null) {
            return 1;
        }
        for (long d : size) {
            if (d != (int) d) {
                checkEmpty(size, itemsize, dtypeName);
                return 0; // zero-size: checkEmpty raised otherwise
            }
        }
        return count(working(size), itemsize, dtypeName);
    }

    /** {@code shape + (n,)}: NumPy's {@code size + (k,)} of the multivariate samplers. */
    public static long[] append(long[] shape, long n) {
        long[] out = java.util.Arrays.copyOf(shape, shape.length + 1);
        out[shape.length] = n;
        return out;
    }

    /**
     * The broadcast of a binary ufunc ({@code np.subtract(a, b)}, {@code np.greater(a, b)}).
     *
     * @throws ValueError {@code "operands could not be broadcast together with shapes (4,) (2,3) "}
     */
    public static int[] ufuncBroadcast(int[] a, int[] b) {
        try {
            return broadcast(a, b);
        } catch (ValueError e) {
            throw new ValueError("operands could not be broadcast together with shapes " + compactTuple(a) + " "
                    + compactTuple(b) + " ");
        }
    }

    /** A shape as NumPy's ufunc messages print it: {@code (2,3)}, {@code (4,)}. */
    private static String compactTuple(int[] shape) {
        return tuple(shape).replace(" ", "");
    }

    /** {@code np.prod(size) == 0}, evaluated as NumPy does before any other check in randint. */
    public static boolean productIsZero(long[] size) {
        for (long d : size) {
            if (d == 0) {
                return true;
            }
        }
        return false;
    }

    /** {@link #productIsZero(long[])} of an int shape. */
    public static boolean productIsZero(int[] size) {
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
    public static int[] broadcast(int[]... shapes) {
        long[][] wide = new long[shapes.length][];
        for (int j = 0; j < shapes.length; j++) {
            wide[j] = widen(shapes[j]);
        }
        return working(broadcast(wide));
    }

    /** {@link #broadcast(int[]...)} of {@code intp} shapes. */
    public static long[] broadcast(long[]... shapes) {
        int nd = 0;
        for (long[] s : shapes) {
            nd = Math.max(nd, s.length);
        }
        long[] out = new long[nd];
        for (int i = 0; i < nd; i++) {
            long tmp = 1;
            int src = -1;
            for (int j = 0; j < shapes.length; j++) {
                int k = i + shapes[j].length - nd;
                if (k < 0) {
                    continue;
                }
                long d = shapes[j][k];
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
    public static int ufuncBroadcast(int lengthA, int lengthB) {
        if (lengthA != lengthB && lengthA != 1 && lengthB != 1) {
            throw new ValueError("operands could not be broadcast together with shapes (" + lengthA + ",) ("
                    + lengthB + ",) ");
        }
        return lengthA == 1 ? lengthB : lengthA;
    }

    /** A shape as Python prints a tuple: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    public static String tuple(int[] shape) {
        return tuple(widen(shape));
    }

    /** {@link #tuple(int[])} of an {@code intp} shape. */
    public static String tuple(long[] shape) {
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
