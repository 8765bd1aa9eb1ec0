package org.nprand.numpy;

import org.nprand.internal.nd.Shapes;

import org.nprand.bitgen.BitSource;
import org.nprand.errors.ValueError;
import org.nprand.kernels.BoundedIntegers;

/**
 * The array-bounds path of {@code RandomState.randint} ({@code _rand_<dtype>_broadcast} in
 * {@code _bounded_integers.pyx.in}) for 1-d int64 {@code low}/{@code high} arrays: NumPy's
 * validation order and messages, broadcasting against {@code size}, then one bounded draw per
 * output element in C order (the 8/16-bit and bool types share one word buffer across the call).
 */
final class RandintBroadcast {

    private RandintBroadcast() {
    }

    static long[] draw(BitSource src, long[] low, long[] high, int[] size, DType dtype) {
        validate(low, high, dtype);
        // The output shape: np.empty(size) or the broadcast of low and high; then the
        // multi-iterator over (low, high, out) must broadcast.
        int[] shape = size == null
                ? Shapes.broadcast(new int[] {low.length}, new int[] {high.length})
                : Shapes.broadcast(new int[] {low.length}, new int[] {high.length}, size);
        int n = size == null ? shape[0] : Shapes.count(size, dtype.itemsize(), dtype.numpyName());
        int lastDim = shape[shape.length - 1];
        long[] out = new long[n];
        BoundedIntegers.Buffer buffer = new BoundedIntegers.Buffer();
        for (int i = 0; i < n; i++) {
            // Element i of the C-order walk over the broadcast shape; 1-d bounds vary along its
            // last axis only.
            int pos = lastDim == 0 ? 0 : i % lastDim;
            long lo = low[low.length == 1 ? 0 : pos];
            long hi = high[high.length == 1 ? 0 : pos];
            long rng = hi - 1 - lo; // (high - is_open) - low, wrapped to the unsigned width
            out[i] = one(src, buffer, lo, rng, dtype);
        }
        return out;
    }

    private static long one(BitSource src, BoundedIntegers.Buffer buffer, long off, long rng, DType dtype) {
        switch (dtype) {
            case INT64:
            case UINT64:
                return BoundedIntegers.boundedUInt64(src, off, rng, BoundedIntegers.genMask(rng), true);
            case INT32:
            case UINT32: {
                int r = (int) rng;
                int v = BoundedIntegers.boundedUInt32(src, (int) off, r, (int) BoundedIntegers.genMask(r & 0xFFFF_FFFFL), true);
                return dtype.isSigned() ? v : v & 0xFFFF_FFFFL;
            }
            case INT16:
            case UINT16: {
                short r = (short) rng;
                short v = buffer.boundedUInt16(src, (short) off, r, (int) BoundedIntegers.genMask(r & 0xFFFF), true);
                return dtype.isSigned() ? v : v & 0xFFFF;
            }
            case INT8:
            case UINT8: {
                byte r = (byte) rng;
                byte v = buffer.boundedUInt8(src, (byte) off, r, (int) BoundedIntegers.genMask(r & 0xFF), true);
                return dtype.isSigned() ? v : v & 0xFF;
            }
            case BOOL:
                return buffer.boundedBool(src, off != 0, rng != 0) ? 1 : 0;
            default:
                throw new AssertionError(dtype);
        }
    }

    /** NumPy's checks, in NumPy's order, for int64 input arrays. */
    private static void validate(long[] low, long[] high, DType dtype) {
        String name = dtype.numpyName();
        if (dtype == DType.UINT64) {
            // int64 arrays cannot be cast safely to uint64: NumPy checks element by element.
            for (long lo : low) {
                if (lo < 0) {
                    throw new ValueError("low is out of bounds for uint64");
                }
            }
            for (long hi : high) {
                if (hi == Long.MIN_VALUE || hi - 1 < 0) {
                    throw new ValueError(boundsError(low));
                }
            }
        } else if (dtype != DType.INT64) {
            long min = dtype.minLong();
            long maxExclusive = dtype.maxLong() + 1;
            for (long lo : low) {
                if (lo < min) {
                    throw new ValueError("low is out of bounds for " + name);
                }
            }
            for (long hi : high) {
                if (hi > maxExclusive) {
                    throw new ValueError("high is out of bounds for " + name);
                }
            }
        }
        // np.greater_equal(low, high): broadcasts (or fails) first, then compares.
        int n = Shapes.ufuncBroadcast(low.length, high.length);
        for (int i = 0; i < n; i++) {
            long lo = low[low.length == 1 ? 0 : i];
            long hi = high[high.length == 1 ? 0 : i];
            if (hi == Long.MIN_VALUE || lo > hi - 1) {
                throw new ValueError(boundsError(low));
            }
        }
    }

    /** NumPy's {@code format_bounds_error(closed=False, low)}: special wording when all lows are 0. */
    private static String boundsError(long[] low) {
        for (long lo : low) {
            if (lo != 0) {
                return "low >= high";
            }
        }
        return "high <= 0";
    }
}
