package org.nprand.python;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.nprand.errors.ValueError;

/**
 * CPython 3.13's {@code random.SystemRandom} draws over a {@link SecureRandom} standing for
 * {@code os.urandom}: {@code random()} is {@code (int.from_bytes(urandom(7)) >> 3) * 2**-53},
 * {@code getrandbits(k)} is {@code int.from_bytes(urandom((k + 7) // 8)) >> (8 * nbytes - k)},
 * {@code randbytes(n)} is {@code urandom(n)}. Thread-safe ({@link SecureRandom} is).
 */
final class SystemDraws implements DrawSource {

    private final SecureRandom os;

    SystemDraws(SecureRandom os) {
        this.os = os;
    }

    @Override
    public double random() {
        byte[] b = new byte[7];
        os.nextBytes(b);
        long x = 0;
        for (byte v : b) {
            x = (x << 8) | (v & 0xFF); // big-endian, as int.from_bytes' default
        }
        return (x >>> 3) * 0x1p-53;
    }

    @Override
    public long getrandbitsLong(int k) {
        if (k < 0) {
            throw new ValueError("number of bits must be non-negative");
        }
        if (k > 64) {
            throw new IllegalArgumentException("getrandbitsLong takes at most 64 bits; use getrandbits");
        }
        int numbytes = (k + 7) / 8;
        byte[] b = new byte[numbytes];
        os.nextBytes(b);
        long x = 0;
        for (byte v : b) {
            x = (x << 8) | (v & 0xFF);
        }
        return numbytes == 0 ? 0 : x >>> (numbytes * 8 - k);
    }

    @Override
    public BigInteger getrandbits(int k) {
        if (k < 0) {
            throw new ValueError("number of bits must be non-negative");
        }
        int numbytes = (int) ((k + 7L) / 8);
        byte[] b = new byte[numbytes];
        os.nextBytes(b);
        return new BigInteger(1, b).shiftRight(numbytes * 8 - k);
    }

    @Override
    public byte[] randbytes(int n) {
        if (n < 0) {
            throw new ValueError("negative argument not allowed"); // os.urandom's message
        }
        byte[] b = new byte[n];
        os.nextBytes(b);
        return b;
    }
}
