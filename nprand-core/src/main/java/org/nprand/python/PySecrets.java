package org.nprand.python;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.nprand.errors.IndexError;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;

/**
 * CPython 3.13's {@code secrets} module: tokens, secret numbers and choices from the operating
 * system's source (one shared {@link PySystemRandom}, as {@code secrets._sysrand}), and a
 * constant-time comparison. Use this, never a seeded generator ({@link PyRandom}, NumPy's), for
 * keys, tokens, passwords and anything else that must not be guessed.
 *
 * <p>All functions are thread-safe.
 */
public final class PySecrets {

    /** {@code secrets.DEFAULT_ENTROPY}: the number of bytes of a token when none is given. */
    public static final int DEFAULT_ENTROPY = 32;

    private static final PySystemRandom SYSRAND = new PySystemRandom();

    private PySecrets() {
    }

    /** {@code secrets.SystemRandom()}: a new {@link PySystemRandom}. */
    public static PySystemRandom systemRandom() {
        return new PySystemRandom();
    }

    /** {@code secrets.token_bytes()}: {@link #DEFAULT_ENTROPY} (32) random bytes. */
    public static byte[] tokenBytes() {
        return tokenBytes(DEFAULT_ENTROPY);
    }

    /**
     * {@code secrets.token_bytes(nbytes)}: {@code nbytes} random bytes.
     *
     * @throws ValueError {@code "negative argument not allowed"}
     */
    public static byte[] tokenBytes(int nbytes) {
        return SYSRAND.randbytes(nbytes);
    }

    /** {@code secrets.token_bytes(nbytes)} where {@code null} is None: 32 bytes. */
    public static byte[] tokenBytes(Integer nbytes) {
        return tokenBytes(nbytes == null ? DEFAULT_ENTROPY : nbytes);
    }

    /** {@code secrets.token_hex()}: 32 random bytes as 64 lower-case hex digits. */
    public static String tokenHex() {
        return tokenHex(DEFAULT_ENTROPY);
    }

    /**
     * {@code secrets.token_hex(nbytes)}: {@code nbytes} random bytes, two lower-case hex digits each.
     *
     * @throws ValueError {@code "negative argument not allowed"}
     */
    public static String tokenHex(int nbytes) {
        return HexFormat.of().formatHex(tokenBytes(nbytes));
    }

    /** {@code secrets.token_hex(nbytes)} where {@code null} is None: 32 bytes, 64 digits. */
    public static String tokenHex(Integer nbytes) {
        return tokenHex(nbytes == null ? DEFAULT_ENTROPY : nbytes);
    }

    /** {@code secrets.token_urlsafe()}: 32 random bytes in URL-safe Base64 without padding (43 characters). */
    public static String tokenUrlsafe() {
        return tokenUrlsafe(DEFAULT_ENTROPY);
    }

    /**
     * {@code secrets.token_urlsafe(nbytes)}: {@code base64.urlsafe_b64encode(token_bytes(nbytes))}
     * with the trailing {@code '='} removed: {@code ceil(4 * nbytes / 3)} characters of
     * {@code A-Z a-z 0-9 - _}.
     *
     * @throws ValueError {@code "negative argument not allowed"}
     */
    public static String tokenUrlsafe(int nbytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(tokenBytes(nbytes));
    }

    /** {@code secrets.token_urlsafe(nbytes)} where {@code null} is None: 32 bytes, 43 characters. */
    public static String tokenUrlsafe(Integer nbytes) {
        return tokenUrlsafe(nbytes == null ? DEFAULT_ENTROPY : nbytes);
    }

    /**
     * {@code secrets.randbelow(exclusive_upper_bound)}: a uniform int in [0, n).
     *
     * @throws ValueError {@code "Upper bound must be positive."}
     */
    public static long randbelow(long exclusiveUpperBound) {
        if (exclusiveUpperBound <= 0) {
            throw new ValueError("Upper bound must be positive.");
        }
        return SYSRAND.randbelow(exclusiveUpperBound);
    }

    /**
     * {@code secrets.randbelow(exclusive_upper_bound)} for an int of any size.
     *
     * @throws ValueError {@code "Upper bound must be positive."}
     */
    public static BigInteger randbelow(BigInteger exclusiveUpperBound) {
        org.nprand.internal.py.Py.notNull(exclusiveUpperBound, "exclusiveUpperBound");
        if (exclusiveUpperBound.signum() <= 0) {
            throw new ValueError("Upper bound must be positive.");
        }
        return SYSRAND.randbelow(exclusiveUpperBound);
    }

    /**
     * {@code secrets.randbits(k)}: an int of k random bits.
     *
     * @throws ValueError {@code "number of bits must be non-negative"}
     */
    public static BigInteger randbits(int k) {
        return SYSRAND.getrandbits(k);
    }

    /**
     * {@code secrets.choice(seq)}: a random element.
     *
     * @throws IndexError {@code "Cannot choose from an empty sequence"}
     */
    public static <T> T choice(List<T> seq) {
        return SYSRAND.choice(seq);
    }

    /**
     * {@code secrets.choice(seq)} for an array.
     *
     * @throws IndexError {@code "Cannot choose from an empty sequence"}
     */
    public static <T> T choice(T[] seq) {
        return SYSRAND.choice(seq);
    }

    /**
     * {@code secrets.choice(s)} for a str: one of its characters (code points, as Python's str
     * indexes), e.g. of an alphabet for a password.
     *
     * @throws IndexError {@code "Cannot choose from an empty sequence"}
     */
    public static String choice(String s) {
        org.nprand.internal.py.Py.notNull(s, "s");
        int[] cps = s.codePoints().toArray();
        if (cps.length == 0) {
            throw new IndexError("Cannot choose from an empty sequence");
        }
        return new String(Character.toChars(cps[(int) SYSRAND.randbelow(cps.length)]));
    }

    /**
     * {@code secrets.compare_digest(a, b)} ({@code hmac.compare_digest}) for bytes: whether they are
     * equal, in time that does not depend on where they differ ({@link MessageDigest#isEqual}).
     *
     * @throws NullPointerException for a null argument (Python's None is a {@code TypeError})
     */
    public static boolean compareDigest(byte[] a, byte[] b) {
        org.nprand.internal.py.Py.notNull(a, "a");
        org.nprand.internal.py.Py.notNull(b, "b");
        return MessageDigest.isEqual(a, b);
    }

    /**
     * {@code secrets.compare_digest(a, b)} for two str: CPython accepts ASCII-only strings and
     * compares their bytes in constant time; so does this.
     *
     * @throws TypeError {@code "comparing strings with non-ASCII characters is not supported"} if
     *     either string has a character above U+007F
     */
    public static boolean compareDigest(String a, String b) {
        org.nprand.internal.py.Py.notNull(a, "a");
        org.nprand.internal.py.Py.notNull(b, "b");
        if (!isAscii(a) || !isAscii(b)) {
            throw new TypeError("comparing strings with non-ASCII characters is not supported");
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
