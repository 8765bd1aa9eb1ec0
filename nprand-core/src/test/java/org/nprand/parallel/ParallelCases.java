package org.nprand.parallel;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.nprand.numpy.DType;
import org.nprand.numpy.Generator;

/**
 * The cases of {@code parallel_vectors.txt.gz} (written by
 * {@code src/test/python/parallel_vectors.py} from NumPy 2.4.6), their specs, and the sequential
 * Java output every parallel path is compared with.
 */
final class ParallelCases {

    private static final String VECTORS = "/org/nprand/parallel/parallel_vectors.txt.gz";

    private ParallelCases() {
    }

    /** One case: the spec line's tokens, N, B and NumPy's values. */
    record Case(String name, String[] spec, int n, long block, String kind, String[] head, Map<Integer, String> at,
                String sha256) {

        StreamSpec streamSpec() {
            return ParallelCases.spec(spec).blocked(block);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> load() {
        List<Case> out = new ArrayList<>();
        try (InputStream raw = ParallelCases.class.getResourceAsStream(VECTORS)) {
            if (raw == null) {
                throw new IllegalStateException("missing " + VECTORS);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.US_ASCII));
            String name = null;
            String[] spec = null;
            int n = 0;
            long block = 0;
            String kind = null;
            String[] head = null;
            Map<Integer, String> at = new LinkedHashMap<>();
            String sha = null;
            for (String line; (line = r.readLine()) != null;) {
                String[] t = line.split(" ");
                switch (t[0]) {
                    case "case" -> {
                        name = t[1];
                        at = new LinkedHashMap<>();
                    }
                    case "spec" -> spec = java.util.Arrays.copyOfRange(t, 1, t.length);
                    case "n" -> n = Integer.parseInt(t[1]);
                    case "block" -> block = Long.parseLong(t[1]);
                    case "kind" -> kind = t[1];
                    case "head" -> head = java.util.Arrays.copyOfRange(t, 1, t.length);
                    case "at" -> at.put(Integer.parseInt(t[1]), t[2]);
                    case "sha256" -> sha = t[1];
                    case "end" -> out.add(new Case(name, spec, n, block, kind, head, at, sha));
                    default -> throw new IllegalStateException("bad line " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The spec of a "spec" line: bitgen, seed, method, positional args, key=value args. */
    static StreamSpec spec(String[] t) {
        StreamSpec s = StreamSpec.of(t[0], Long.parseLong(t[1]));
        String method = t[2];
        List<String> pos = new ArrayList<>();
        Map<String, String> kw = new LinkedHashMap<>();
        for (int i = 3; i < t.length; i++) {
            int eq = t[i].indexOf('=');
            if (eq > 0) {
                kw.put(t[i].substring(0, eq), t[i].substring(eq + 1));
            } else {
                pos.add(t[i]);
            }
        }
        boolean f32 = "float32".equals(kw.get("dtype"));
        String how = kw.getOrDefault("method", "zig");
        return switch (method) {
            case "random" -> f32 ? s.randomFloat() : s.random();
            case "uniform" -> s.uniform(d(pos, 0), d(pos, 1));
            case "integers" -> s.integers(new BigInteger(pos.get(0)), new BigInteger(pos.get(1)),
                    kw.containsKey("dtype") ? DType.parse(kw.get("dtype"), "integers") : DType.INT64,
                    "True".equals(kw.get("endpoint")));
            case "bytes" -> s.bytes();
            case "standard_exponential" -> f32 ? s.standardExponentialFloat(how) : s.standardExponential(how);
            case "triangular" -> s.triangular(d(pos, 0), d(pos, 1), d(pos, 2));
            case "binomial" -> s.binomial(Long.parseLong(pos.get(0)), d(pos, 1));
            case "standard_gamma" -> f32 ? s.standardGammaFloat(d(pos, 0)) : s.standardGamma(d(pos, 0));
            case "standard_normal" -> f32 ? s.standardNormalFloat() : s.standardNormal();
            case "normal" -> s.normal(d(pos, 0), d(pos, 1));
            case "exponential" -> s.exponential(d(pos, 0));
            case "gamma" -> s.gamma(d(pos, 0), d(pos, 1));
            case "beta" -> s.beta(d(pos, 0), d(pos, 1));
            case "chisquare" -> s.chisquare(d(pos, 0));
            case "noncentral_chisquare" -> s.noncentralChisquare(d(pos, 0), d(pos, 1));
            case "f" -> s.f(d(pos, 0), d(pos, 1));
            case "noncentral_f" -> s.noncentralF(d(pos, 0), d(pos, 1), d(pos, 2));
            case "standard_t" -> s.standardT(d(pos, 0));
            case "standard_cauchy" -> s.standardCauchy();
            case "lognormal" -> s.lognormal(d(pos, 0), d(pos, 1));
            case "pareto" -> s.pareto(d(pos, 0));
            case "power" -> s.power(d(pos, 0));
            case "weibull" -> s.weibull(d(pos, 0));
            case "rayleigh" -> s.rayleigh(d(pos, 0));
            case "wald" -> s.wald(d(pos, 0), d(pos, 1));
            case "vonmises" -> s.vonmises(d(pos, 0), d(pos, 1));
            case "laplace" -> s.laplace(d(pos, 0), d(pos, 1));
            case "gumbel" -> s.gumbel(d(pos, 0), d(pos, 1));
            case "logistic" -> s.logistic(d(pos, 0), d(pos, 1));
            case "poisson" -> s.poisson(d(pos, 0));
            case "negative_binomial" -> s.negativeBinomial(d(pos, 0), d(pos, 1));
            case "geometric" -> s.geometric(d(pos, 0));
            case "zipf" -> s.zipf(d(pos, 0));
            case "logseries" -> s.logseries(d(pos, 0));
            case "hypergeometric" -> s.hypergeometric(Long.parseLong(pos.get(0)), Long.parseLong(pos.get(1)),
                    Long.parseLong(pos.get(2)));
            default -> throw new IllegalArgumentException("unknown method " + method);
        };
    }

    private static double d(List<String> pos, int i) {
        return Double.parseDouble(pos.get(i));
    }

    // ---- the sequential Java output -------------------------------------------------------------

    /**
     * The first {@code n} elements through the public API: {@code Generator(BG(seed)).method(...,
     * size=n)}, or for blocked mode the concatenation of the blocks' calls.
     */
    static Object sequential(StreamSpec spec, int n) {
        if (spec.blockSize() == 0) {
            return spec.method().reference(new Generator(spec.fresh()), n);
        }
        Object out = spec.method().newArray(n);
        long size = spec.blockSize();
        for (long b = 0; b * size < n; b++) {
            int len = (int) Math.min(size, n - b * size);
            Object part = spec.method().reference(new Generator(spec.freshBlock(b)), len);
            System.arraycopy(part, 0, out, (int) (b * size), len);
        }
        return out;
    }

    /** The elements as the little-endian bytes the Python script hashes. */
    static byte[] canonical(Object a) {
        int n = Array.getLength(a);
        if (a instanceof byte[]) {
            return ((byte[]) a).clone();
        }
        int w = a instanceof float[] ? 4 : 8;
        ByteBuffer b = ByteBuffer.allocate(n * w).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            if (a instanceof double[]) {
                b.putLong(Double.doubleToRawLongBits(((double[]) a)[i]));
            } else if (a instanceof float[]) {
                b.putInt(Float.floatToRawIntBits(((float[]) a)[i]));
            } else {
                b.putLong(((long[]) a)[i]);
            }
        }
        return b.array();
    }

    static String sha256(Object a) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical(a)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Element {@code i} as the script's hex. */
    static String hex(Object a, int i) {
        if (a instanceof double[]) {
            return String.format("%016x", Double.doubleToRawLongBits(((double[]) a)[i]));
        } else if (a instanceof float[]) {
            return String.format("%08x", Float.floatToRawIntBits(((float[]) a)[i]));
        } else if (a instanceof long[]) {
            return String.format("%016x", ((long[]) a)[i]);
        }
        return String.format("%02x", ((byte[]) a)[i] & 0xFF);
    }

    /** Fails with the first differing index unless {@code got} equals {@code want} bit for bit. */
    static void assertSame(Object want, Object got, String what) {
        int n = Array.getLength(want);
        if (Array.getLength(got) != n) {
            fail(what + ": length " + Array.getLength(got) + " != " + n);
        }
        byte[] a = canonical(want);
        byte[] b = canonical(got);
        if (!java.util.Arrays.equals(a, b)) {
            for (int i = 0; i < n; i++) {
                if (!hex(want, i).equals(hex(got, i))) {
                    fail(what + ": element " + i + " is " + hex(got, i) + ", expected " + hex(want, i));
                }
            }
        }
    }

    /** A new array of the spec's type. */
    static Object newArray(StreamSpec spec, int n) {
        return spec.method().newArray(n);
    }

    /** {@code stream.fill(from, out, off, len)} for any array type. */
    static void fill(IndexedStream s, long from, Object out, int off, int len) {
        if (out instanceof double[]) {
            s.fill(from, (double[]) out, off, len);
        } else if (out instanceof float[]) {
            s.fill(from, (float[]) out, off, len);
        } else if (out instanceof long[]) {
            s.fill(from, (long[]) out, off, len);
        } else {
            s.fill(from, (byte[]) out, off, len);
        }
    }

    /** {@code ParallelFill.fill(spec, out, threads)} for any array type. */
    static void parallelFill(StreamSpec spec, Object out, int threads) {
        if (out instanceof double[]) {
            ParallelFill.fill(spec, (double[]) out, threads);
        } else if (out instanceof float[]) {
            ParallelFill.fill(spec, (float[]) out, threads);
        } else if (out instanceof long[]) {
            ParallelFill.fill(spec, (long[]) out, threads);
        } else {
            ParallelFill.fill(spec, (byte[]) out, threads);
        }
    }
}
