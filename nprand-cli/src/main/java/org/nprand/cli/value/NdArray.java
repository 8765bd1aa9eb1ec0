package org.nprand.cli.value;

import java.util.Arrays;
import org.nprand.errors.ValueError;

/**
 * A NumPy {@code ndarray} as the replay protocol carries it: a dtype name, a shape and the flat data
 * in C order, held in one primitive array.
 *
 * <p>Storage by dtype: {@code bool} in a {@code boolean[]}; every integer dtype ({@code int8} ...
 * {@code int64}, {@code uint8} ... {@code uint64}) in a {@code long[]} (uint64 as unsigned bits);
 * {@code float32} in a {@code float[]}; {@code float64} in a {@code double[]}. A 0-d array
 * ({@code shape = []}) holds one element and stands for a NumPy scalar of that dtype.
 */
public final class NdArray {

    private final String dtype;
    private final int[] shape;
    private final Object data;

    /**
     * @param dtype NumPy's dtype name
     * @param shape the shape (C order)
     * @param data the flat data, of the primitive array type the dtype calls for
     */
    public NdArray(String dtype, int[] shape, Object data) {
        Kind kind = kindOf(dtype);
        if (!kind.storage.isInstance(data)) {
            throw new IllegalArgumentException("dtype " + dtype + " needs a " + kind.storage.getSimpleName()
                    + ", not a " + (data == null ? "null" : data.getClass().getSimpleName()));
        }
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new ValueError("negative dimensions are not allowed");
            }
            n *= d;
        }
        if (n != java.lang.reflect.Array.getLength(data)) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " does not hold "
                    + java.lang.reflect.Array.getLength(data) + " elements");
        }
        this.dtype = dtype;
        this.shape = shape.clone();
        this.data = data;
    }

    /** A 1-d {@code int64} array. */
    public static NdArray int64(long... values) {
        return new NdArray("int64", new int[] {values.length}, values);
    }

    /** A 1-d {@code uint64} array (unsigned bits). */
    public static NdArray uint64(long... values) {
        return new NdArray("uint64", new int[] {values.length}, values);
    }

    /** A 1-d {@code uint32} array from unsigned bits in ints. */
    public static NdArray uint32(int... values) {
        long[] wide = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            wide[i] = values[i] & 0xFFFFFFFFL;
        }
        return new NdArray("uint32", new int[] {values.length}, wide);
    }

    /** A 1-d {@code float64} array. */
    public static NdArray float64(double... values) {
        return new NdArray("float64", new int[] {values.length}, values);
    }

    /** A 0-d array: a NumPy scalar of an integer dtype (uint64 as unsigned bits). */
    public static NdArray scalar(String dtype, long value) {
        return new NdArray(dtype, new int[0], new long[] {value});
    }

    /** NumPy's dtype name. */
    public String dtype() {
        return dtype;
    }

    /** The shape (a copy). */
    public int[] shape() {
        return shape.clone();
    }

    /** {@code ndim}. */
    public int ndim() {
        return shape.length;
    }

    /** {@code size}: the number of elements. */
    public int size() {
        return java.lang.reflect.Array.getLength(data);
    }

    /** The flat data itself (not a copy): boolean[], long[], float[] or double[]. */
    public Object data() {
        return data;
    }

    /** The data of an integer dtype. */
    public long[] longs() {
        return (long[]) data;
    }

    /** The data of a float64 array. */
    public double[] doubles() {
        return (double[]) data;
    }

    /** True for the integer dtypes. */
    public boolean isInteger() {
        return kindOf(dtype) == Kind.INT;
    }

    /** True for {@code uint8} ... {@code uint64}. */
    public boolean isUnsigned() {
        return dtype.startsWith("uint");
    }

    /** The storage a dtype uses; unknown names are rejected as NumPy does ({@code TypeError}). */
    static Kind kindOf(String dtype) {
        switch (dtype) {
            case "bool":
                return Kind.BOOL;
            case "int8": case "int16": case "int32": case "int64":
            case "uint8": case "uint16": case "uint32": case "uint64":
                return Kind.INT;
            case "float32":
                return Kind.FLOAT32;
            case "float64":
                return Kind.FLOAT64;
            default:
                throw new org.nprand.errors.TypeError("data type '" + dtype + "' not understood");
        }
    }

    /** The four storages. */
    enum Kind {
        BOOL(boolean[].class), INT(long[].class), FLOAT32(float[].class), FLOAT64(double[].class);

        final Class<?> storage;

        Kind(Class<?> storage) {
            this.storage = storage;
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

    @Override
    public String toString() {
        return "NdArray(" + dtype + ", " + Arrays.toString(shape) + ", "
                + Arrays.deepToString(new Object[] {data}) + ")";
    }
}
