package org.nprand.numpy;

import java.math.BigInteger;

import org.nprand.bitgen.BitSource;
import org.nprand.errors.ValueError;
import org.nprand.internal.nd.Shapes;
import org.nprand.kernels.BoundedIntegers;

/**
 * The scalar-bounds path of NumPy's bounded integers ({@code _rand_<dtype>} in
 * {@code _bounded_integers.pyx.in}), shared by {@code RandomState.randint} (masked rejection,
 * open interval) and {@code Generator.integers} (Lemire's method, {@code endpoint} choosing the
 * closed interval): NumPy's checks on exact Python ints, then one fill of {@code prod(size)}
 * values.
 */
final class BoundedIntegerDraws {

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private BoundedIntegerDraws() {
    }

    /**
     * NumPy's {@code format_bounds_error(closed, low)}: {@code "high <= 0"} / {@code "high < 0"}
     * when {@code low} is 0 (everywhere), else {@code "low >= high"} / {@code "low > high"}.
     */
    static String boundsError(boolean closed, boolean lowIsZero) {
        if (lowIsZero) {
            return closed ? "high < 0" : "high <= 0";
        }
        return closed ? "low > high" : "low >= high";
    }

    /**
     * {@code _rand_<dtype>(low, high, size, masked, closed)} for scalar bounds: an empty size
     * returns at once; then {@code low} and {@code high - !closed} are checked against the dtype
     * and each other, then the draws.
     *
     * @param size {@code null} for {@code size=None} (one value)
     */
    static long[] scalarBounds(BitSource src, BigInteger low, BigInteger high, int[] size, DType dtype,
                               boolean masked, boolean closed) {
        if (size != null && Shapes.productIsZero(size)) {
            return new long[Shapes.count(size, dtype.itemsize(), dtype.numpyName())];
        }
        BigInteger highClosed = closed ? high : high.subtract(BigInteger.ONE);
        if (low.compareTo(dtype.min()) < 0) {
            throw new ValueError("low is out of bounds for " + dtype.numpyName());
        }
        if (highClosed.compareTo(dtype.max()) > 0) {
            throw new ValueError("high is out of bounds for " + dtype.numpyName());
        }
        if (low.compareTo(highClosed) > 0) {
            throw new ValueError(boundsError(closed, low.signum() == 0));
        }
        long rng = highClosed.subtract(low).mod(TWO_64).longValue();
        return draw(src, low.longValue(), rng, size, dtype, masked);
    }

    /**
     * {@code _rand_<dtype>}'s checks for bounds that are longs: {@code low} and
     * {@code high - !closed} against the dtype and each other, in NumPy's order (NumPy works on
     * exact Python ints; here {@code high - 1} may underflow, which only {@code high ==
     * Long.MIN_VALUE} does, and is then below every {@code low}).
     *
     * @return {@code rng = highClosed - low} (the closed range, as unsigned bits)
     */
    static long rangeOf(long low, long high, DType dtype, boolean closed) {
        boolean highUnderflows = !closed && high == Long.MIN_VALUE;
        long highClosed = closed ? high : high - 1;
        if (low < dtype.minLong()) {
            throw new ValueError("low is out of bounds for " + dtype.numpyName());
        }
        if (!highUnderflows && dtype != DType.UINT64 && highClosed > dtype.maxLong()) {
            throw new ValueError("high is out of bounds for " + dtype.numpyName());
        }
        if (highUnderflows || low > highClosed) {
            throw new ValueError(boundsError(closed, low == 0));
        }
        return highClosed - low;
    }

    /**
     * The draw of {@code _rand_<dtype>} once validated: {@code off} is {@code low} as the
     * unsigned type, {@code rng = high - low} (closed); one fill of the result per call (as
     * NumPy's {@code random_bounded_*_fill}, so the 8/16-bit buffers live for the call), written
     * straight into the long result.
     */
    static long[] draw(BitSource src, long off, long rng, int[] size, DType dtype, boolean masked) {
        int n = Shapes.count(size, dtype.itemsize(), dtype.numpyName());
        long[] out = new long[n];
        BoundedIntegers.fill(src, bits(dtype), dtype.isSigned(), off, rng, masked, out, 0, n);
        return out;
    }

    /**
     * {@code _rand_<dtype>(low, high, size=len(out))} written into a typed array: the array's
     * element width must be the dtype's ({@link #checkOut}); an empty array returns at once (as
     * NumPy's empty size, before the bounds checks); then {@link #rangeOf} and one fill, the
     * draws exactly those of the allocating form.
     */
    static byte[] fill(BitSource src, long low, long high, DType dtype, boolean masked, boolean closed, byte[] out) {
        checkOut(dtype, out, 8);
        if (out.length > 0) {
            long rng = rangeOf(low, high, dtype, closed);
            BoundedIntegers.fillUInt8(src, (byte) low, (byte) rng, masked, out, 0, out.length);
        }
        return out;
    }

    /** {@link #fill(BitSource, long, long, DType, boolean, boolean, byte[])} for int16/uint16. */
    static short[] fill(BitSource src, long low, long high, DType dtype, boolean masked, boolean closed, short[] out) {
        checkOut(dtype, out, 16);
        if (out.length > 0) {
            long rng = rangeOf(low, high, dtype, closed);
            BoundedIntegers.fillUInt16(src, (short) low, (short) rng, masked, out, 0, out.length);
        }
        return out;
    }

    /** {@link #fill(BitSource, long, long, DType, boolean, boolean, byte[])} for int32/uint32. */
    static int[] fill(BitSource src, long low, long high, DType dtype, boolean masked, boolean closed, int[] out) {
        checkOut(dtype, out, 32);
        if (out.length > 0) {
            long rng = rangeOf(low, high, dtype, closed);
            BoundedIntegers.fillUInt32(src, (int) low, (int) rng, masked, out, 0, out.length);
        }
        return out;
    }

    /** {@link #fill(BitSource, long, long, DType, boolean, boolean, byte[])} for int64/uint64. */
    static long[] fill(BitSource src, long low, long high, DType dtype, boolean masked, boolean closed, long[] out) {
        checkOut(dtype, out, 64);
        if (out.length > 0) {
            long rng = rangeOf(low, high, dtype, closed);
            BoundedIntegers.fillUInt64(src, low, rng, masked, out, 0, out.length);
        }
        return out;
    }

    /** {@link #fill(BitSource, long, long, DType, boolean, boolean, byte[])} for bool. */
    static boolean[] fill(BitSource src, long low, long high, DType dtype, boolean masked, boolean closed,
                          boolean[] out) {
        checkOut(dtype, out, 1);
        if (out.length > 0) {
            long rng = rangeOf(low, high, dtype, closed);
            BoundedIntegers.fillBool(src, (low & 1) != 0, (rng & 1) != 0, out, 0, out.length);
        }
        return out;
    }

    /**
     * The fill forms' own check (NumPy's arrays carry their dtype; Java's do not): {@code out}
     * and {@code dtype} are given, and the array's element width ({@code bits}: 8, 16, 32, 64,
     * or 1 for a boolean array) is the dtype's. A TypeError in the words of NumPy's
     * {@code out=} check ({@code "Supplied output array has the wrong type. Expected int16,
     * got an array of 8-bit integers"}).
     */
    private static void checkOut(DType dtype, Object out, int bits) {
        org.nprand.internal.py.Py.notNull(dtype, "dtype");
        org.nprand.internal.py.Py.notNull(out, "out");
        if (dtype.bits() != bits) {
            throw new org.nprand.errors.TypeError("Supplied output array has the wrong type. Expected "
                    + dtype.numpyName() + ", got an array of " + (bits == 1 ? "bools" : bits + "-bit integers"));
        }
    }

    /**
     * {@link #draw} for {@code size=None}: the one value NumPy's one-element fill draws (a fresh
     * 8/16-bit buffer), without allocating.
     */
    static long drawOne(BitSource src, long off, long rng, DType dtype, boolean masked) {
        switch (dtype) {
            case INT64:
            case UINT64:
                return BoundedIntegers.boundedUInt64(src, off, rng, masked ? BoundedIntegers.genMask(rng) : 0, masked);
            case INT32:
            case UINT32: {
                int r = (int) rng;
                int v = BoundedIntegers.boundedUInt32(src, (int) off, r,
                        masked ? (int) BoundedIntegers.genMask(r & 0xFFFF_FFFFL) : 0, masked);
                return dtype.isSigned() ? v : v & 0xFFFF_FFFFL;
            }
            case INT16:
            case UINT16: {
                // A fresh buffer, as NumPy's one-element fill: it never escapes, so no allocation.
                int r = (int) rng & 0xFFFF;
                short v = new BoundedIntegers.Buffer().boundedUInt16(src, (short) off, (short) r,
                        (int) BoundedIntegers.genMask(r), masked);
                return dtype.isSigned() ? v : v & 0xFFFFL;
            }
            case INT8:
            case UINT8: {
                int r = (int) rng & 0xFF;
                byte v = new BoundedIntegers.Buffer().boundedUInt8(src, (byte) off, (byte) r,
                        (int) BoundedIntegers.genMask(r), masked);
                return dtype.isSigned() ? v : v & 0xFFL;
            }
            case BOOL:
                return new BoundedIntegers.Buffer().boundedBool(src, (off & 1) != 0, (rng & 1) != 0) ? 1 : 0;
            default:
                throw new AssertionError(dtype);
        }
    }

    /** The dtype's width in bits for {@link BoundedIntegers#fill} (1 for bool). */
    private static int bits(DType dtype) {
        switch (dtype) {
            case INT64:
            case UINT64:
                return 64;
            case INT32:
            case UINT32:
                return 32;
            case INT16:
            case UINT16:
                return 16;
            case INT8:
            case UINT8:
                return 8;
            case BOOL:
                return 1;
            default:
                throw new AssertionError(dtype);
        }
    }
}
