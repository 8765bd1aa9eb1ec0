package org.nprand.math;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.GZIPInputStream;

/**
 * Reads glibc test vectors written by tools/libm/vectorlib.py: gzip'd little-endian records of
 * {@code arity} inputs followed by glibc's result, all as raw IEEE bits (8 bytes per double, 4 per
 * float). Resources live under {@code /libm/<variant>/<function>.vec.gz}, variant {@code fma} or
 * {@code nofma}.
 */
final class LibmVectors {

    private LibmVectors() {
    }

    /** One column per record field (inputs first, result last), as raw long bits. */
    static long[][] readDoubles(String variant, String function, int arity) {
        return read(variant, function, arity, 8);
    }

    /** One column per record field (inputs first, result last), as raw int bits in longs. */
    static long[][] readFloats(String variant, String function, int arity) {
        return read(variant, function, arity, 4);
    }

    private static long[][] read(String variant, String function, int arity, int width) {
        String path = "/libm/" + variant + "/" + function + ".vec.gz";
        try (InputStream raw = LibmVectors.class.getResourceAsStream(path)) {
            if (raw == null) {
                throw new IllegalStateException("missing test vectors " + path);
            }
            byte[] all = new GZIPInputStream(raw).readAllBytes();
            int fields = arity + 1;
            int n = all.length / (fields * width);
            if (n * fields * width != all.length) {
                throw new IllegalStateException(path + ": truncated record");
            }
            ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
            long[][] cols = new long[fields][n];
            for (int i = 0; i < n; i++) {
                for (int f = 0; f < fields; f++) {
                    cols[f][i] = width == 8 ? b.getLong() : (b.getInt() & 0xFFFFFFFFL);
                }
            }
            return cols;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
