package org.nprand.numpy;

import org.nprand.internal.nd.Shapes;

import java.util.Arrays;

import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;

/**
 * A NumPy {@code ndarray}: a dtype, a shape and the flat data in C order, held in one primitive
 * array (no boxing). Results of the n-d forms of {@link RandomState}'s methods keep NumPy's
 * shape in it, and array parameters of any shape are passed in it.
 *
 * <p>Storage by dtype: {@code bool} in a {@code boolean[]}; every integer dtype ({@code int8}
 * ... {@code int64}, {@code uint8} ... {@code uint64}) in a {@code long[]} (a uint64 value is its
 * bit pattern); {@code float32} in a {@code float[]}; {@code float64} in a {@code double[]}. A
 * 0-d array ({@code shape = []}) holds one element and stands for a NumPy scalar.
 *
 * <p>The data array is shared, not copied: {@link #data()} is the live storage.
 */
public final class NdArray {

    /** The four storages a dtype can use. */
    public enum Storage {
        /** {@code bool}: {@code boolean[]}. */
        BOOL(boolean[].class),
        /** Every integer dtype: {@code long[]}. */
        INT(long[].class),
        /** {@code float32}: {@code float[]}. */
        FLOAT32(float[].class),
        /** {@code float64}: {@code double[]}. */
        FLOAT64(double[].class),
        /**
         * Python objects: {@code object} arrays and NumPy's fixed-width strings ({@code <U5}),
         * in an {@code Object[]} (strings as {@link String}, Python ints as {@code Long} or
         * {@code BigInteger}, None as {@code null}). Only shuffled, permuted and chosen from.
         */
        OBJECT(Object[].class);

        private final Class<?> arrayClass;

        Storage(Class<?> arrayClass) {
            this.arrayClass = arrayClass;
        }

        /** The primitive array class of this storage. */
        public Class<?> arrayClass() {
            return arrayClass;
        }
    }

    private final String dtype;
    /** NumPy's shape ({@code npy_intp} axes): a zero-size array may have an axis past an int. */
    private final long[] shape;
    private final Object data;

    /**
     * An array over {@code data} (not copied).
     *
     * @param dtype NumPy's dtype name ({@code "float64"}, {@code "int64"}, {@code "uint32"},
     *     {@code "bool"}, ...)
     * @param shape the shape, C order
     * @param data the flat data, of the primitive array type the dtype calls for
     * @throws TypeError for an unknown dtype name
     * @throws ValueError for a negative dimension, or data whose length is not the shape's
     *     element count
     */
    public NdArray(String dtype, int[] shape, Object data) {
        this(dtype, Shapes.widen(shape), data);
    }

    /**
     * An array over {@code data} (not copied) with NumPy's {@code intp} shape: an empty array may
     * have an axis past {@code 2**31 - 1} ({@code np.empty((2**40, 0))}), an array with elements
     * never does (its data is a Java array).
     *
     * @throws TypeError for an unknown dtype name
     * @throws ValueError for a negative dimension, or data whose length is not the shape's
     *     element count
     */
    public NdArray(String dtype, long[] shape, Object data) {
        org.nprand.internal.py.Py.notNull(dtype, "dtype");
        org.nprand.internal.py.Py.notNull(shape, "shape");
        Storage storage = storageOf(dtype);
        if (data == null || !storage.arrayClass.isInstance(data)) {
            throw new TypeError("an array of dtype " + dtype + " holds its data in a "
                    + storage.arrayClass.getComponentType() + " array");
        }
        long n = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new ValueError("negative dimensions are not allowed");
            }
            n = n == 0 || d == 0 ? 0 : d > Integer.MAX_VALUE || n * d > Integer.MAX_VALUE ? -1 : n * d;
        }
        int length = java.lang.reflect.Array.getLength(data);
        if (n != length) {
            throw new ValueError("cannot reshape array of size " + length + " into shape " + Shapes.tuple(shape));
        }
        this.dtype = dtype;
        this.shape = shape.clone();
        this.data = data;
    }

    /** A float64 array of the given shape over {@code data}. */
    public static NdArray of(int[] shape, double[] data) {
        return new NdArray("float64", shape, data);
    }

    /** An int64 array of the given shape over {@code data}. */
    public static NdArray of(int[] shape, long[] data) {
        return new NdArray("int64", shape, data);
    }

    /** A float64 array of NumPy's {@code intp} shape over {@code data}. */
    public static NdArray of(long[] shape, double[] data) {
        return new NdArray("float64", shape, data);
    }

    /** An int64 array of NumPy's {@code intp} shape over {@code data}. */
    public static NdArray of(long[] shape, long[] data) {
        return new NdArray("int64", shape, data);
    }

    /** A 0-d float64 array: NumPy's {@code np.float64(value)} as a parameter. */
    public static NdArray of(double value) {
        return new NdArray("float64", new int[0], new double[] {value});
    }

    /** A 1-d float64 array over {@code values} (not copied). */
    public static NdArray of(double... values) {
        org.nprand.internal.py.Py.notNull(values, "values");
        return new NdArray("float64", new int[] {values.length}, values);
    }

    /** A 2-d float64 array from rectangular rows (copied). */
    public static NdArray of(double[][] rows) {
        org.nprand.internal.py.Py.notNull(rows, "rows");
        int cols = rows.length == 0 ? 0 : rows[0].length;
        double[] flat = new double[rows.length * cols];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != cols) {
                throw new ValueError("setting an array element with a sequence. The requested array has an "
                        + "inhomogeneous shape after 1 dimensions. The detected shape was (" + rows.length
                        + ",) + inhomogeneous part.");
            }
            System.arraycopy(rows[i], 0, flat, i * cols, cols);
        }
        return new NdArray("float64", new int[] {rows.length, cols}, flat);
    }

    /** A 0-d int64 array: NumPy's {@code np.int64(value)} as a parameter. */
    public static NdArray ofInt(long value) {
        return new NdArray("int64", new int[0], new long[] {value});
    }

    /** A 1-d int64 array over {@code values} (not copied). */
    public static NdArray ofInts(long... values) {
        org.nprand.internal.py.Py.notNull(values, "values");
        return new NdArray("int64", new int[] {values.length}, values);
    }

    /** A 1-d uint64 array (unsigned bits, not copied). */
    public static NdArray uint64(long... values) {
        org.nprand.internal.py.Py.notNull(values, "values");
        return new NdArray("uint64", new int[] {values.length}, values);
    }

    /** A 1-d uint32 array from unsigned bits in ints (widened into a new array). */
    public static NdArray uint32(int... values) {
        org.nprand.internal.py.Py.notNull(values, "values");
        long[] wide = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            wide[i] = values[i] & 0xFFFF_FFFFL;
        }
        return new NdArray("uint32", new int[] {values.length}, wide);
    }

    /** A 0-d array of an integer dtype (uint64 as its bit pattern). */
    public static NdArray scalar(String dtype, long value) {
        return new NdArray(dtype, new int[0], new long[] {value});
    }

    /** NumPy's dtype name. */
    public String dtype() {
        return dtype;
    }

    /**
     * NumPy's {@code shape} (a copy), axes as {@code npy_intp}: an empty array may have an axis
     * past {@code 2**31 - 1} ({@code random(size=(2**40, 0))}).
     */
    public long[] shape() {
        return shape.clone();
    }

    /**
     * The shape as Java ints, for computing over the elements: {@link #shape()} itself for every
     * array with elements (whose axes all fit an int); for an empty array, an axis past an int is
     * given as 0 (the same emptiness; see {@link Shapes#working}).
     */
    public int[] intShape() {
        return Shapes.working(shape);
    }

    /** {@code shape[axis]} as an int, for an axis of an array with elements (see {@link #intShape()}). */
    public int dim(int axis) {
        return Shapes.working(shape)[axis];
    }

    /** {@code ndim}. */
    public int ndim() {
        return shape.length;
    }

    /** {@code size}: the number of elements. */
    public int size() {
        return java.lang.reflect.Array.getLength(data);
    }

    /** The flat data itself (live, not a copy): boolean[], long[], float[] or double[]. */
    public Object data() {
        return data;
    }

    /** The data of an integer dtype (live). */
    public long[] longs() {
        return (long[]) data;
    }

    /** The data of a float64 array (live). */
    public double[] doubles() {
        return (double[]) data;
    }

    /** The storage of this array's dtype. */
    public Storage storage() {
        return storageOf(dtype);
    }

    /** True for the integer dtypes. */
    public boolean isInteger() {
        return storageOf(dtype) == Storage.INT;
    }

    /** True for {@code uint8} ... {@code uint64}. */
    public boolean isUnsigned() {
        return dtype.startsWith("uint");
    }

    /**
     * Element {@code i} (flat, C order) converted to a double as NumPy's
     * {@code astype(float64)} does (uint64 values as unsigned, bools as 0 and 1).
     */
    public double getDouble(int i) {
        switch (storageOf(dtype)) {
            case FLOAT64:
                return ((double[]) data)[i];
            case FLOAT32:
                return ((float[]) data)[i];
            case BOOL:
                return ((boolean[]) data)[i] ? 1.0 : 0.0;
            case OBJECT:
                throw new TypeError("an array of dtype " + dtype + " has no float64 value");
            default: {
                long v = ((long[]) data)[i];
                if (dtype.equals("uint64") && v < 0) {
                    // Unsigned to double, rounded to nearest as C converts it.
                    return (double) (v >>> 1 | (v & 1)) * 2.0;
                }
                return v;
            }
        }
    }

    /** The storage a dtype name uses. @throws TypeError for a name NumPy does not know */
    public static Storage storageOf(String dtype) {
        org.nprand.internal.py.Py.notNull(dtype, "dtype");
        switch (dtype) {
            case "bool":
                return Storage.BOOL;
            case "int8": case "int16": case "int32": case "int64":
            case "uint8": case "uint16": case "uint32": case "uint64":
                return Storage.INT;
            case "float32":
                return Storage.FLOAT32;
            case "float64":
                return Storage.FLOAT64;
            case "object":
                return Storage.OBJECT;
            default:
                if (dtype.startsWith("<U")) {
                    return Storage.OBJECT;
                }
                throw new TypeError("data type '" + dtype + "' not understood");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NdArray)) {
            return false;
        }
        NdArray a = (NdArray) o;
        return dtype.equals(a.dtype) && Arrays.equals(shape, a.shape)
                && Arrays.deepEquals(new Object[] {data}, new Object[] {a.data});
    }

    @Override
    public int hashCode() {
        return dtype.hashCode() * 31 + Arrays.hashCode(shape);
    }

    /**
     * A short NumPy-like description, {@code array(shape=(2, 3), dtype=float64)}, for messages
     * and debugging (the values are not printed).
     */
    @Override
    public String toString() {
        return "array(shape=" + Shapes.tuple(shape) + ", dtype=" + dtype + ")";
    }
}
