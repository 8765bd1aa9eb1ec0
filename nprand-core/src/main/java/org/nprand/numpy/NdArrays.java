package org.nprand.numpy;

import org.nprand.errors.AxisError;

/** Array plumbing for the shuffles along an axis: copies, slices and lanes of an {@link NdArray}. */
final class NdArrays {

    private NdArrays() {
    }

    /** NumPy's {@code normalize_axis_index(axis, ndim)}. */
    static int normalizeAxis(int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            throw new AxisError("axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    /** A copy with its own data. */
    /** The number of elements in axes {@code [from, to)} of {@code shape} (1 for none). */
    static int product(int[] shape, int from, int to) {
        int p = 1;
        for (int d = from; d < to; d++) {
            p *= shape[d];
        }
        return p;
    }

    static NdArray copy(NdArray x) {
        Object data = x.data();
        int n = java.lang.reflect.Array.getLength(data);
        Object copy = java.lang.reflect.Array.newInstance(data.getClass().getComponentType(), n);
        System.arraycopy(data, 0, copy, 0, n);
        return new NdArray(x.dtype(), x.intShape(), copy);
    }

    /** {@code out = x[..., idx, ...]} along {@code axis} ({@code out} has x's shape). */
    static void takeAlong(NdArray x, long[] idx, int axis, NdArray out) {
        int[] shape = x.intShape();
        int outer = NdArrays.product(shape, 0, axis);
        int inner = NdArrays.product(shape, axis + 1, shape.length);
        int len = shape[axis];
        Object src = x.data();
        Object dst = out.data();
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < len; i++) {
                System.arraycopy(src, (o * len + (int) idx[i]) * inner, dst, (o * len + i) * inner, inner);
            }
        }
    }

    /** The slices {@code x[..., i, ...]} along one axis, swappable in place. */
    static final class Slices {
        private final Object data;
        private final int outer;
        private final int len;
        private final int inner;
        private final Object buf;

        Slices(NdArray x, int axis) {
            int[] shape = x.intShape();
            int o = 1;
            for (int d = 0; d < axis; d++) {
                o *= shape[d];
            }
            int in = 1;
            for (int d = axis + 1; d < shape.length; d++) {
                in *= shape[d];
            }
            this.data = x.data();
            this.outer = o;
            this.len = shape[axis];
            this.inner = in;
            this.buf = java.lang.reflect.Array.newInstance(data.getClass().getComponentType(), in);
        }

        void swap(int i, int j) {
            for (int o = 0; o < outer; o++) {
                int a = (o * len + i) * inner;
                int b = (o * len + j) * inner;
                System.arraycopy(data, a, buf, 0, inner);
                System.arraycopy(data, b, data, a, inner);
                System.arraycopy(buf, 0, data, b, inner);
            }
        }
    }

    /** {@code a.take(idx, axis)} (a scalar when {@code size=None} and {@code a} is 1-d). */
    static Object take(NdArray a, long[] idx, int[] shape, int axis) {
        return take(a, idx, org.nprand.internal.nd.Shapes.widen(shape), axis);
    }

    /** {@link #take(NdArray, long[], int[], int)} with the index shape as NumPy's {@code intp} shape. */
    static Object take(NdArray a, long[] idx, long[] shape, int axis) {
        int[] ashape = a.intShape();
        long[] idxShape = shape == null ? new long[0] : shape;
        long[] outShape = new long[ashape.length - 1 + idxShape.length];
        for (int d = 0; d < axis; d++) {
            outShape[d] = ashape[d];
        }
        System.arraycopy(idxShape, 0, outShape, axis, idxShape.length);
        for (int d = axis + 1; d < ashape.length; d++) {
            outShape[d - 1 + idxShape.length] = ashape[d];
        }
        int outer = product(ashape, 0, axis);
        int inner = product(ashape, axis + 1, ashape.length);
        Object data = a.data();
        int n = outer * idx.length * inner;
        Object out = java.lang.reflect.Array.newInstance(data.getClass().getComponentType(), n);
        int len = ashape[axis];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < idx.length; i++) {
                System.arraycopy(data, (o * len + (int) idx[i]) * inner, out, (o * idx.length + i) * inner, inner);
            }
        }
        NdArray r = new NdArray(a.dtype(), outShape, out);
        if (outShape.length == 0) {
            return scalarOf(r);
        }
        return r;
    }


    /** A NumPy scalar of a 1-element array's dtype, as the replay codec writes scalars. */
    static Object scalarOf(NdArray a) {
        Object d = a.data();
        if (d instanceof double[]) {
            return ((double[]) d)[0];
        }
        if (d instanceof boolean[]) {
            return ((boolean[]) d)[0];
        }
        if (d instanceof Object[]) {
            return ((Object[]) d)[0];
        }
        if (a.dtype().equals("int64")) {
            return a.longs()[0];
        }
        return new NdArray(a.dtype(), new int[0], d);
    }

    /**
     * {@code np.copyto(out, x, casting='safe')} for same-shape arrays: the value of each element
     * in {@code out}'s dtype.
     *
     * @throws org.nprand.errors.TypeError {@code "Cannot cast array data from dtype('float64') to
     *     dtype('int32') according to the rule 'safe'"}
     */
    static void copyTo(NdArray out, NdArray x) {
        if (!safeCast(x.dtype(), out.dtype())) {
            throw new org.nprand.errors.TypeError("Cannot cast array data from dtype('" + x.dtype() + "') to dtype('"
                    + out.dtype() + "') according to the rule 'safe'");
        }
        Object dst = out.data();
        for (int i = 0; i < x.size(); i++) {
            if (dst instanceof double[]) {
                ((double[]) dst)[i] = x.getDouble(i);
            } else if (dst instanceof float[]) {
                ((float[]) dst)[i] = (float) x.getDouble(i);
            } else if (dst instanceof long[]) {
                ((long[]) dst)[i] = x.data() instanceof boolean[] ? (((boolean[]) x.data())[i] ? 1 : 0) : x.longs()[i];
            } else if (dst instanceof boolean[]) {
                ((boolean[]) dst)[i] = ((boolean[]) x.data())[i];
            } else {
                ((Object[]) dst)[i] = java.lang.reflect.Array.get(x.data(), i);
            }
        }
    }

    /** {@code np.can_cast(from, to, 'safe')} for the dtypes an NdArray holds. */
    static boolean safeCast(String from, String to) {
        if (from.equals(to) || from.equals("bool")) {
            return true;
        }
        if (to.equals("object")) {
            return true;
        }
        boolean fromFloat = from.startsWith("float");
        boolean toFloat = to.startsWith("float");
        if (fromFloat) {
            return toFloat && bits(from) <= bits(to);
        }
        if (from.startsWith("int") || from.startsWith("uint")) {
            boolean fromSigned = from.startsWith("int");
            int fb = bits(from);
            if (toFloat) {
                return to.equals("float64") || fb <= 16 && to.equals("float32");
            }
            if (to.equals("bool") || !(to.startsWith("int") || to.startsWith("uint"))) {
                return false;
            }
            boolean toSigned = to.startsWith("int");
            int tb = bits(to);
            if (fromSigned == toSigned) {
                return fb <= tb;
            }
            return !fromSigned && toSigned && fb < tb;
        }
        return false;
    }

    private static int bits(String dtype) {
        return Integer.parseInt(dtype.replaceAll("[^0-9]", ""));
    }
}
