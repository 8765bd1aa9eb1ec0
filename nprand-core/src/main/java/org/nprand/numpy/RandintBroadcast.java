package org.nprand.numpy;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.nprand.bitgen.BitSource;
import org.nprand.errors.OverflowError;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;
import org.nprand.internal.nd.MultiIter;
import org.nprand.internal.nd.Shapes;
import org.nprand.internal.py.Py;
import org.nprand.internal.py.PyRepr;
import org.nprand.kernels.BoundedIntegers;

/**
 * The array-bounds path of {@code RandomState.randint} and {@code Generator.integers}
 * ({@code _rand_<dtype>_broadcast} in
 * {@code _bounded_integers.pyx.in}) for {@code low}/{@code high} of any shape: NumPy's validation
 * order and messages (which depend on whether the bounds' dtype casts safely to the result's),
 * the output shape ({@code size} or the broadcast of the bounds), then one bounded draw per output
 * element in C order over the multi-iterator of {@code (low, high, out)}. NumPy never checks that
 * iterator's shape against {@code size}: a smaller {@code size} takes the first elements of the
 * broadcast walk. The 8/16-bit and bool types share one 32-bit word buffer across the call.
 */
final class RandintBroadcast {

    private RandintBroadcast() {
    }

    /**
     * One bounds argument after {@code np.asarray}: its shape and dtype kind ({@code 'i'} int64,
     * {@code 'u'} uint64, {@code 'b'} bool, {@code 'f'} float64, {@code 'O'} Python objects,
     * {@code 'U'} strings), with the elements in the matching array.
     */
    static final class Bounds {
        final int[] shape;
        final char kind;
        final String dtype;
        final long[] ints;
        final double[] floats;
        final Object[] objects;

        private Bounds(int[] shape, char kind, String dtype, long[] ints, double[] floats, Object[] objects) {
            this.shape = shape;
            this.kind = kind;
            this.dtype = dtype;
            this.ints = ints;
            this.floats = floats;
            this.objects = objects;
        }

        static Bounds of(NdArray a) {
            switch (a.storage()) {
                case INT:
                    return new Bounds(a.intShape(), a.dtype().equals("uint64") ? 'u' : 'i', a.dtype(), a.longs(), null, null);
                case BOOL: {
                    boolean[] b = (boolean[]) a.data();
                    long[] l = new long[b.length];
                    for (int i = 0; i < b.length; i++) {
                        l[i] = b[i] ? 1 : 0;
                    }
                    return new Bounds(a.intShape(), 'b', "bool", l, null, null);
                }
                default: {
                    double[] d = new double[a.size()];
                    for (int i = 0; i < d.length; i++) {
                        d[i] = a.getDouble(i);
                    }
                    return new Bounds(a.intShape(), 'f', a.dtype(), null, d, null);
                }
            }
        }

        /** {@code np.asarray(v)} for a Python value (a list of any depth, a scalar or an ndarray). */
        static Bounds asarray(Object v) {
            if (v instanceof NdArray) {
                return of((NdArray) v);
            }
            if (v instanceof org.nprand.internal.py.PythonValue
                    && ((org.nprand.internal.py.PythonValue) v).pythonItems() != null) {
                v = new java.util.ArrayList<>(((org.nprand.internal.py.PythonValue) v).pythonItems()); // np.asarray(range(n))
            }
            if (!(v instanceof java.util.List)) {
                return scalar(v);
            }
            java.util.List<?> l = (java.util.List<?>) v;
            int[] shape = Py.nestedShape(l);
            String dtype = Py.inferDtype(l);
            if (dtype.equals("O") || dtype.startsWith("<U")) {
                java.util.List<Object> flat = new java.util.ArrayList<>();
                Py.flatten(l, flat);
                return new Bounds(shape, dtype.equals("O") ? 'O' : 'U', dtype, null, null, flat.toArray());
            }
            return of(Py.asArray(l));
        }

        private static Bounds scalar(Object v) {
            int[] shape = new int[0];
            if (v instanceof Long || v instanceof Integer) {
                return new Bounds(shape, 'i', "int64", new long[] {((Number) v).longValue()}, null, null);
            }
            if (v instanceof Boolean) {
                return new Bounds(shape, 'b', "bool", new long[] {(Boolean) v ? 1 : 0}, null, null);
            }
            if (v instanceof Double) {
                return new Bounds(shape, 'f', "float64", null, new double[] {(Double) v}, null);
            }
            if (v instanceof BigInteger) {
                BigInteger b = (BigInteger) v;
                if (b.bitLength() <= 63) {
                    return new Bounds(shape, 'i', "int64", new long[] {b.longValue()}, null, null);
                }
                if (b.signum() > 0 && b.bitLength() <= 64) {
                    return new Bounds(shape, 'u', "uint64", new long[] {b.longValue()}, null, null);
                }
            }
            if (v instanceof String) {
                return new Bounds(shape, 'U', "<U", null, null, new Object[] {v});
            }
            return new Bounds(shape, 'O', "O", null, null, new Object[] {v});
        }

        int size() {
            return ints != null ? ints.length : floats != null ? floats.length : objects.length;
        }

        /** Python's {@code int(flat[i])}: exact. */
        BigInteger pyInt(int i) {
            switch (kind) {
                case 'i':
                case 'b':
                    return BigInteger.valueOf(ints[i]);
                case 'u':
                    return new BigInteger(Long.toUnsignedString(ints[i]));
                case 'f': {
                    double d = floats[i];
                    if (Double.isNaN(d)) {
                        throw new ValueError("cannot convert float NaN to integer");
                    }
                    if (Double.isInfinite(d)) {
                        throw new OverflowError("cannot convert float infinity to integer");
                    }
                    return new BigDecimal(d).toBigInteger();
                }
                case 'U': {
                    String s = (String) objects[i];
                    try {
                        return new BigInteger(s.strip().replace("_", ""));
                    } catch (NumberFormatException e) {
                        // int() of a 0-d array sees a str; of an element, a numpy.str_
                        String r = PyRepr.repr(s);
                        throw new ValueError("invalid literal for int() with base 10: "
                                + (shape.length == 0 ? r : "np.str_(" + r + ")"));
                    }
                }
                default:
                    return Py.pyIntConversion(objects[i]);
            }
        }

        /** The element as a double, for NumPy's comparisons in float ({@code np.less(arr, lb)}). */
        double asDouble(int i) {
            return kind == 'f' ? floats[i] : pyInt(i).doubleValue();
        }

        /** True when every element is zero ({@code not np.any(low)}). */
        boolean allZero() {
            for (int i = 0; i < size(); i++) {
                if (kind == 'f' ? floats[i] != 0 : pyInt(i).signum() != 0) {
                    return false;
                }
            }
            return true;
        }

        /** {@code np.can_cast(self.dtype, dtype)} under the 'safe' rule. */
        boolean canCastTo(DType dtype) {
            switch (kind) {
                case 'b':
                    return true;
                case 'i': {
                    int bits = bitsOf(this.dtype);
                    return dtype.isSigned() && bits <= dtype.bits();
                }
                case 'u': {
                    int bits = bitsOf(this.dtype);
                    return dtype != DType.BOOL && (dtype.isSigned() ? bits < dtype.bits() : bits <= dtype.bits());
                }
                default:
                    return false;
            }
        }

        private static int bitsOf(String dtype) {
            return Integer.parseInt(dtype.replaceAll("[^0-9]", ""));
        }
    }

    /** NumPy's {@code format_bounds_error(closed, low)}. */
    private static String boundsError(boolean closed, Bounds low) {
        return BoundedIntegerDraws.boundsError(closed, low.allZero());
    }

    /**
     * The broadcast path: validation, output, draws.
     *
     * @param size {@code null} for {@code size=None}
     */
    static NdArray draw(BitSource src, Bounds low, Bounds high, int[] size, DType dtype, boolean masked,
                        boolean closed) {
        long[] lo;
        long[] hiClosed;
        if (dtype.bits() == 64) {
            lo = wideLow(low, dtype);
            hiClosed = wideHighClosed(high, low, lo, dtype, closed);
        } else {
            BigInteger lb = dtype.min();
            BigInteger ubOpen = dtype.max().add(BigInteger.ONE);
            if (!low.canCastTo(dtype)) {
                for (int i = 0; i < low.size(); i++) {
                    if (low.kind == 'f' ? low.floats[i] < lb.doubleValue() : low.pyInt(i).compareTo(lb) < 0) {
                        throw new ValueError("low is out of bounds for " + dtype.numpyName());
                    }
                }
            }
            if (!high.canCastTo(dtype)) {
                for (int i = 0; i < high.size(); i++) {
                    int c = high.kind == 'f' ? Double.compare(high.floats[i], ubOpen.doubleValue())
                            : high.pyInt(i).compareTo(ubOpen);
                    if (!(high.kind == 'f' && Double.isNaN(high.floats[i])) && (c > 0 || closed && c == 0)) {
                        throw new ValueError("high is out of bounds for " + dtype.numpyName());
                    }
                }
            }
            // np.greater_equal(low, high), then the forced cast to the next wider type.
            lo = castWider(low);
            long[] hi = castWider(high);
            if (anyPair(low, high, !closed)) {
                throw new ValueError(boundsError(closed, low));
            }
            hiClosed = new long[hi.length];
            for (int i = 0; i < hi.length; i++) {
                hiClosed[i] = closed ? hi[i] : hi[i] - 1;
            }
        }
        int[] outShape = size != null ? size
                : Shapes.broadcast(low.shape, high.shape);
        int n = Shapes.count(outShape, dtype.itemsize(), dtype.numpyName());
        int[] iterShape = Shapes.broadcast(low.shape, high.shape, outShape);
        MultiIter it = new MultiIter(iterShape, low.shape, high.shape);
        long[] out = new long[n];
        BoundedIntegers.Buffer buffer = new BoundedIntegers.Buffer();
        for (int i = 0; i < n; i++, it.next()) {
            long off = lo[it.offset(0)];
            long rng = hiClosed[it.offset(1)] - off; // wraps to the unsigned width, as in C
            out[i] = one(src, buffer, off, rng, dtype, masked);
        }
        return RandomState.typed(dtype, outShape, out);
    }

    /** The low path of the 64-bit types: cast, or Python {@code int()} per element with a bounds check. */
    private static long[] wideLow(Bounds low, DType dtype) {
        if (low.canCastTo(dtype)) {
            return low.ints;
        }
        long[] out = new long[low.size()];
        for (int i = 0; i < out.length; i++) {
            BigInteger v = low.pyInt(i);
            if (v.compareTo(dtype.min()) < 0 || v.compareTo(dtype.max()) > 0) {
                throw new ValueError("low is out of bounds for " + dtype.numpyName());
            }
            out[i] = v.longValue();
        }
        return out;
    }

    /**
     * The high path of the 64-bit types, returning the closed bound ({@code high - 1} for an open
     * interval): a safe cast keeps the bound and compares {@code low >= high} ({@code low > high}
     * when closed); otherwise each {@code int(high) - is_open} is checked and the comparison is
     * {@code low > closed bound}.
     */
    private static long[] wideHighClosed(Bounds high, Bounds lowArg, long[] lo, DType dtype, boolean closedInterval) {
        long isOpen = closedInterval ? 0 : 1;
        Bounds lowConverted = lowArg.canCastTo(dtype) ? lowArg : convertedBounds(lowArg, lo, dtype);
        long[] closed = new long[high.size()];
        if (high.canCastTo(dtype)) {
            if (anyPair(lowConverted, high, !closedInterval)) {
                throw new ValueError(boundsError(closedInterval, lowConverted));
            }
            for (int i = 0; i < closed.length; i++) {
                closed[i] = high.ints[i] - isOpen;
            }
            return closed;
        }
        for (int i = 0; i < closed.length; i++) {
            BigInteger v = high.pyInt(i).subtract(BigInteger.valueOf(isOpen));
            if (v.compareTo(dtype.max()) > 0) {
                throw new ValueError("high is out of bounds for " + dtype.numpyName());
            }
            if (v.compareTo(dtype.min()) < 0) {
                throw new ValueError(boundsError(closedInterval, lowConverted));
            }
            closed[i] = v.longValue();
        }
        Bounds highClosed = convertedBounds(high, closed, dtype);
        if (anyPair(lowConverted, highClosed, false)) {
            throw new ValueError(boundsError(closedInterval, lowConverted));
        }
        return closed;
    }

    private static Bounds convertedBounds(Bounds like, long[] values, DType dtype) {
        NdArray a = new NdArray(dtype.numpyName(), like.shape, values);
        return Bounds.of(a);
    }

    /** {@code FROM_OTF(arr, <wider type>, FORCECAST)}: ints as they are, floats by C's cast. */
    private static long[] castWider(Bounds b) {
        if (b.ints != null) {
            return b.ints;
        }
        long[] out = new long[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.kind == 'f' ? org.nprand.kernels.CCast.toInt64(b.floats[i]) : b.pyInt(i).longValue();
        }
        return out;
    }

    /**
     * {@code np.any(np.greater_equal(low, high))} ({@code orEqual}) or {@code np.any(np.greater(low,
     * high))}, over the broadcast of the two (the ufunc's message when they do not broadcast).
     */
    private static boolean anyPair(Bounds low, Bounds high, boolean orEqual) {
        int[] shape = Shapes.ufuncBroadcast(low.shape, high.shape);
        MultiIter it = new MultiIter(shape, low.shape, high.shape);
        int n = Shapes.count(shape, 1, "bool");
        boolean exact = low.kind != 'f' && high.kind != 'f';
        for (int i = 0; i < n; i++, it.next()) {
            int c;
            if (exact) {
                c = low.pyInt(it.offset(0)).compareTo(high.pyInt(it.offset(1)));
            } else {
                double x = low.asDouble(it.offset(0));
                double y = high.asDouble(it.offset(1));
                if (Double.isNaN(x) || Double.isNaN(y)) {
                    continue;
                }
                c = Double.compare(x + 0.0, y + 0.0);
            }
            if (c > 0 || orEqual && c == 0) {
                return true;
            }
        }
        return false;
    }

    private static long one(BitSource src, BoundedIntegers.Buffer buffer, long off, long rng, DType dtype,
                            boolean masked) {
        switch (dtype) {
            case INT64:
            case UINT64:
                return BoundedIntegers.boundedUInt64(src, off, rng, BoundedIntegers.genMask(rng), masked);
            case INT32:
            case UINT32: {
                int r = (int) rng;
                int v = BoundedIntegers.boundedUInt32(src, (int) off, r, (int) BoundedIntegers.genMask(r & 0xFFFF_FFFFL), masked);
                return dtype.isSigned() ? v : v & 0xFFFF_FFFFL;
            }
            case INT16:
            case UINT16: {
                short r = (short) rng;
                short v = buffer.boundedUInt16(src, (short) off, r, (int) BoundedIntegers.genMask(r & 0xFFFF), masked);
                return dtype.isSigned() ? v : v & 0xFFFF;
            }
            case INT8:
            case UINT8: {
                byte r = (byte) rng;
                byte v = buffer.boundedUInt8(src, (byte) off, r, (int) BoundedIntegers.genMask(r & 0xFF), masked);
                return dtype.isSigned() ? v : v & 0xFF;
            }
            case BOOL:
                return buffer.boundedBool(src, off != 0, rng != 0) ? 1 : 0;
            default:
                throw new AssertionError(dtype);
        }
    }

    /**
     * A dtype argument given as a Python value ({@code None} is float64, which the bounded
     * integers reject).
     *
     * @param method {@code "randint"} or {@code "integers"}, for NumPy's message
     */
    static DType dtypeArgument(Object d, String method) {
        if (d == null) {
            throw new TypeError("Unsupported dtype dtype('float64') for " + method);
        }
        if (!(d instanceof String)) {
            Py.dtype(d); // np.dtype(d): the fields forms' own errors, else "Cannot interpret ..."
            throw new TypeError("Cannot interpret '" + PyRepr.repr(d) + "' as a data type");
        }
        return DType.parse((String) d, method);
    }
}
