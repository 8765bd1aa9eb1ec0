package org.nprand.internal.linalg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The records of {@code generator_mvn_vectors.txt.gz} (written by
 * {@code src/test/python/generator_mvn_vectors.py} with NumPy 2.4.6 on an AVX-512 machine):
 * {@code numpy.linalg.eigh} and {@code cholesky} of assorted matrices, and
 * {@code Generator(PCG64(seed)).multivariate_normal} calls for the three methods.
 */
public final class GeneratorMvnVectors {

    private static final String VECTORS = "/org/nprand/internal/linalg/generator_mvn_vectors.txt.gz";

    /** An eigh record; {@code w == null} when NumPy raised LinAlgError. */
    public record EighCase(String name, int n, double[] a, double[] w, double[] v) {
    }

    /** A cholesky record; {@code l == null} when NumPy raised LinAlgError. */
    public record CholCase(String name, int n, double[] a, double[] l) {
    }

    /**
     * A {@code multivariate_normal} call. {@code size == null} for {@code size=None};
     * {@code outcome} is "ok", "warn" or "err:Class" (then {@code out == null} and {@code msg} is
     * the message); {@code out} holds every row when {@code rows <= 12}, else the first and last six.
     */
    public record MvnCase(String name, long seed, String method, String checkValid, double tol, int[] size,
            int n, int rows, String outcome, double[] mean, double[] cov, double[] out, String msg, double after) {
    }

    public static final List<EighCase> EIGH;
    public static final List<CholCase> CHOL;
    public static final List<MvnCase> MVN;

    static {
        List<EighCase> eigh = new ArrayList<>();
        List<CholCase> chol = new ArrayList<>();
        List<MvnCase> mvn = new ArrayList<>();
        try (InputStream in = GeneratorMvnVectors.class.getResourceAsStream(VECTORS);
                BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                        StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] h = line.split(" ");
                switch (h[0]) {
                    case "eigh" -> eigh.add(new EighCase(h[1], Integer.parseInt(h[2]), field(r, "a"), field(r, "w"),
                            field(r, "v")));
                    case "eighfail" -> eigh.add(new EighCase(h[1], Integer.parseInt(h[2]), field(r, "a"), null, null));
                    case "chol" -> chol.add(new CholCase(h[1], Integer.parseInt(h[2]), field(r, "a"), field(r, "l")));
                    case "cholfail" -> chol.add(new CholCase(h[1], Integer.parseInt(h[2]), field(r, "a"), null));
                    case "gmvn" -> {
                        double tol = Double.longBitsToDouble(Long.parseUnsignedLong(h[5], 16));
                        int[] size = null;
                        if (!h[6].equals("none")) {
                            String[] d = h[6].split("x");
                            size = new int[d.length];
                            for (int i = 0; i < d.length; i++) {
                                size[i] = Integer.parseInt(d[i]);
                            }
                        }
                        String outcome = h[9];
                        double[] mean = field(r, "mean");
                        double[] cov = field(r, "cov");
                        double[] out = null;
                        String msg = null;
                        if (outcome.startsWith("err:")) {
                            String m = r.readLine();
                            if (!m.startsWith("msg ")) {
                                throw new IllegalStateException("expected msg, got " + m);
                            }
                            msg = m.substring(4);
                        } else {
                            out = field(r, "out");
                        }
                        double after = field(r, "after")[0];
                        mvn.add(new MvnCase(h[1], Long.parseLong(h[2]), h[3], h[4], tol, size, Integer.parseInt(h[7]),
                                Integer.parseInt(h[8]), outcome, mean, cov, out, msg, after));
                    }
                    default -> throw new IllegalStateException("unexpected record: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EIGH = Collections.unmodifiableList(eigh);
        CHOL = Collections.unmodifiableList(chol);
        MVN = Collections.unmodifiableList(mvn);
    }

    private GeneratorMvnVectors() {
    }

    private static double[] field(BufferedReader r, String key) throws IOException {
        String line = r.readLine();
        String[] t = line.split(" ", -1);
        if (!t[0].equals(key)) {
            throw new IllegalStateException("expected " + key + ", got " + t[0]);
        }
        if (t.length == 2 && t[1].isEmpty()) {
            return new double[0];
        }
        double[] v = new double[t.length - 1];
        for (int i = 1; i < t.length; i++) {
            v[i - 1] = Double.longBitsToDouble(Long.parseUnsignedLong(t[i], 16));
        }
        return v;
    }
}
