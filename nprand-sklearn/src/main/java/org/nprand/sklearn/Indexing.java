package org.nprand.sklearn;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.nprand.errors.TypeError;
import org.nprand.numpy.NdArray;

/**
 * scikit-learn's {@code _num_samples(a)} and {@code _safe_indexing(a, indices)} for the Java
 * shapes of arrays: Java arrays of any element type (a {@code double[][]} is a 2-d array, indexed
 * by rows), {@link List}s (indexed into a new list, as scikit-learn indexes a Python list) and
 * {@link NdArray}s (along the first axis).
 */
final class Indexing {

    private Indexing() {
    }

    /** {@code _num_samples(a)}. */
    static int numSamples(Object a) {
        if (a instanceof NdArray) {
            NdArray nd = (NdArray) a;
            if (nd.ndim() == 0) {
                throw new TypeError("Singleton array " + "array(" + nd + ") cannot be considered a valid collection.");
            }
            return nd.intShape()[0];
        }
        if (a instanceof Collection) {
            return ((Collection<?>) a).size();
        }
        if (a != null && a.getClass().isArray()) {
            return Array.getLength(a);
        }
        if (a instanceof Labels) {
            return ((Labels) a).size();
        }
        throw new TypeError("Expected sequence or array-like, got <class '" + pyTypeName(a) + "'>");
    }

    static String pyTypeName(Object a) {
        if (a == null) {
            return "NoneType";
        }
        if (a instanceof Long || a instanceof Integer) {
            return "int";
        }
        if (a instanceof Double) {
            return "float";
        }
        if (a instanceof String) {
            return "str";
        }
        if (a instanceof Boolean) {
            return "bool";
        }
        return a.getClass().getName();
    }

    /** {@code _safe_indexing(a, indices)}: the rows at {@code indices}, in that order. */
    static Object take(Object a, int[] idx) {
        if (a instanceof NdArray) {
            NdArray nd = (NdArray) a;
            int[] shape = nd.intShape().clone();
            int row = 1;
            for (int d = 1; d < shape.length; d++) {
                row *= shape[d];
            }
            Object data = nd.data();
            Object out = Array.newInstance(data.getClass().getComponentType(), idx.length * row);
            for (int i = 0; i < idx.length; i++) {
                System.arraycopy(data, idx[i] * row, out, i * row, row);
            }
            shape[0] = idx.length;
            return new NdArray(nd.dtype(), shape, out);
        }
        if (a instanceof List) {
            List<?> list = (List<?>) a;
            List<Object> out = new ArrayList<>(idx.length);
            for (int i : idx) {
                out.add(list.get(i));
            }
            return out;
        }
        if (a instanceof Labels) {
            throw new TypeError("Labels cannot be indexed; pass the array itself");
        }
        if (a instanceof double[]) {
            double[] src = (double[]) a;
            double[] out = new double[idx.length];
            for (int i = 0; i < idx.length; i++) {
                out[i] = src[idx[i]];
            }
            return out;
        }
        if (a instanceof long[]) {
            long[] src = (long[]) a;
            long[] out = new long[idx.length];
            for (int i = 0; i < idx.length; i++) {
                out[i] = src[idx[i]];
            }
            return out;
        }
        if (a instanceof int[]) {
            int[] src = (int[]) a;
            int[] out = new int[idx.length];
            for (int i = 0; i < idx.length; i++) {
                out[i] = src[idx[i]];
            }
            return out;
        }
        if (a instanceof Object[]) {
            Object[] src = (Object[]) a;
            Object[] out = (Object[]) Array.newInstance(a.getClass().getComponentType(), idx.length);
            for (int i = 0; i < idx.length; i++) {
                out[i] = src[idx[i]];
            }
            return out;
        }
        Object out = Array.newInstance(a.getClass().getComponentType(), idx.length);
        for (int i = 0; i < idx.length; i++) {
            Array.set(out, i, Array.get(a, idx[i]));
        }
        return out;
    }
}
