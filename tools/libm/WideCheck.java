/*
 * The wide check: nprand's exact libm (org.nprand.math.Libm) against the host's glibc libm, called
 * through java.lang.foreign, on millions of deterministic inputs per function.
 *
 * A single-file program for JDK >= 22 (it uses the FFM API); nprand itself stays Java 17. Run with
 * nprand's classes on the class path:
 *
 *   java --enable-native-access=ALL-UNNAMED -cp nprand-core/target/classes tools/libm/WideCheck.java \
 *        [--count N] [--only log,exp,...] [--threads T] [--first K] [--allow-mismatch]
 *
 * For the no-FMA variant start the JVM so that glibc picks its SSE2 code and nprand its no-FMA port:
 *
 *   GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,-FMA java -Dnprand.libm=nofma ... tools/libm/WideCheck.java
 *
 * FFM calls whatever variant glibc chose in this very process (its IFUNC choice), so the program
 * checks that nprand's switch (Libm.FMA) matches it and refuses to compare otherwise.
 *
 * Each function is looked up by name in Libm by reflection ((double)double, (double,double)double,
 * (float)float or (float,float)float); a function without a Java method yet, or whose method throws
 * (e.g. sin/cos/acos without the LGPL provider on the class path), is reported as skipped.
 *
 * Output: a table, the first differing inputs of each function, and one machine-readable line per
 * function: "RESULT <fn> checked <inputs> <differences>" or "RESULT <fn> skipped <reason>". Exit
 * status 0 when every checked function has zero differences, 1 otherwise, 3 on a variant mismatch.
 * Results are compared as raw IEEE bits: NaN payloads and signs count (a NaN-payload-only difference is
 * still a difference; the table's last column says how many there were).
 */

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public final class WideCheck {

    /** Deterministic input stream: splitmix64. */
    static final class Rng {
        long s;

        Rng(long seed) {
            s = seed;
        }

        long next() {
            long z = (s += 0x9e3779b97f4a7c15L);
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            return z ^ (z >>> 31);
        }

        /** NumPy's random_standard_uniform: k * 2^-53, k in [0, 2^53). */
        double u53() {
            return (next() >>> 11) * 0x1p-53;
        }

        /** NumPy's (0,1] grid as the samplers see it after 1 - U: (k + 1) * 2^-53. */
        double grid01() {
            return ((next() >>> 11) + 1) * 0x1p-53;
        }

        double uniform(double lo, double hi) {
            return lo + (hi - lo) * u53();
        }

        double bits() {
            return Double.longBitsToDouble(next());
        }

        /** random mantissa times 2^e, e uniform in [emin, emax], random sign if signed. */
        double logUniform(int emin, int emax, boolean signed) {
            long b = next();
            int e = emin + (int) Long.remainderUnsigned(b, emax - emin + 1);
            double m = 1.0 + (next() >>> 12) * 0x1p-52;
            double v = Math.scalb(m, e);
            return signed && (b & (1L << 62)) != 0 ? -v : v;
        }

        /** NumPy's float32 uniform: k * 2^-24, k in [0, 2^24), shifted to (0,1]. */
        float grid01f() {
            return ((next() >>> 40) + 1) * 0x1p-24f;
        }

        float bitsf() {
            return Float.intBitsToFloat((int) next());
        }

        float uniformf(double lo, double hi) {
            return (float) uniform(lo, hi);
        }
    }

    interface D1 {
        double gen(Rng r);
    }

    interface D2 {
        void gen(Rng r, double[] xy);
    }

    interface F1 {
        float gen(Rng r);
    }

    interface F2 {
        void gen(Rng r, float[] xy);
    }

    enum Kind { D1, D2, F1, F2 }

    /** One function: its name (in C and in Libm), kind and input mix (the sources are used in turn). */
    record Spec(String name, Kind kind, Object[] sources) {
    }

    static final double TWO_PI = 2 * Math.PI;

    /** Within 2^20 ulps either side of a or b: the edges of a function's special input ranges. */
    static D1 near(double a, double b) {
        return r -> {
            long v = r.next();
            long edge = Double.doubleToRawLongBits((v & 1) == 0 ? a : b);
            return Double.longBitsToDouble(edge + ((v >> 1) % (1L << 20)));
        };
    }

    private static final double[] EXACT_POWER_EXPONENTS = {2.0, 1.0, 0.5, -1.0};

    static List<Spec> specs() {
        List<Spec> s = new ArrayList<>();
        D1 grid = Rng::grid01;
        D1 bits = Rng::bits;
        D1 posBits = r -> Math.abs(r.bits());
        D1 subnormal = r -> Double.longBitsToDouble(r.next() & 0x000fffffffffffffL);
        s.add(new Spec("log", Kind.D1, new Object[] {grid, bits, (D1) r -> r.uniform(0, 1e6),
            (D1) r -> r.uniform(1 - 0x1p-4, 1 + 0x1p-4), posBits, (D1) r -> r.u53(), subnormal,
            (D1) r -> r.logUniform(-1022, 1023, false), near(1 - 0x1p-4, 1 + 0x1.09p-4)}));
        s.add(new Spec("exp", Kind.D1, new Object[] {(D1) r -> r.uniform(-745, 710), (D1) r -> r.uniform(-1, 1),
            bits, (D1) r -> r.uniform(-50, 0), (D1) r -> -r.grid01(), (D1) r -> r.logUniform(-80, 10, true),
            (D1) r -> r.uniform(700, 712), (D1) r -> r.uniform(-746, -700)}));
        s.add(new Spec("pow", Kind.D2, new Object[] {
            (D2) (r, xy) -> { xy[0] = r.grid01(); xy[1] = 1.0 / r.uniform(0.05, 20); },
            (D2) (r, xy) -> { xy[0] = r.grid01(); xy[1] = r.uniform(-10, 10); },
            (D2) (r, xy) -> { xy[0] = r.uniform(1, 1000); xy[1] = r.uniform(-5, 5); },
            (D2) (r, xy) -> { xy[0] = r.bits(); xy[1] = r.bits(); },
            (D2) (r, xy) -> { xy[0] = -r.uniform(0, 100); xy[1] = (double) ((r.next() % 401)); },
            (D2) (r, xy) -> { // |y log x| near the overflow/underflow edges, some negative x with integer y
                double x = r.uniform(0.5, 4);
                double t = r.uniform(700, 750) * ((r.next() & 1) == 0 ? 1 : -1);
                double y = t / Math.log(x);
                if ((r.next() & 1) == 0) {
                    xy[0] = -x;
                    xy[1] = Math.rint(y);
                } else {
                    xy[0] = x;
                    xy[1] = y;
                }
            },
            (D2) (r, xy) -> { xy[0] = Double.longBitsToDouble(r.next() & 0x000fffffffffffffL); xy[1] = r.uniform(-2, 2); },
            (D2) (r, xy) -> { xy[0] = r.uniform(0, 2); xy[1] = r.logUniform(-70, 70, true); },
            (D2) (r, xy) -> { // negative x near 1 with huge integer y (odd and even), and non-integers
                xy[0] = -(1 + (r.next() % 4096) * 0x1p-52);
                xy[1] = Math.rint(r.logUniform(0, 66, true));
            },
            (D2) (r, xy) -> { // exact cases: small integers to integer powers, both signs
                xy[0] = (double) (r.next() % 1025);
                xy[1] = (double) (r.next() % 64);
            },
            (D2) (r, xy) -> { // x within a few ulps of 1, |y| up to 2^64
                xy[0] = 1 + (r.next() % 64) * 0x1p-53;
                xy[1] = r.logUniform(40, 64, true);
            },
            (D2) (r, xy) -> { // the exponents Libm.pow may answer exactly (ExactPowers), x over and beyond its range
                xy[0] = r.logUniform(-70, 70, true);
                xy[1] = EXACT_POWER_EXPONENTS[(int) (r.next() & 3)];
            }}));
        s.add(new Spec("log2", Kind.D1, new Object[] {grid, bits, (D1) r -> r.uniform(0, 1e6),
            (D1) r -> r.uniform(1 - 0x1p-4, 1 + 0x1p-4), posBits, (D1) r -> r.u53(), subnormal,
            (D1) r -> r.logUniform(-1022, 1023, false), near(1 - 0x1.5b51p-5, 1 + 0x1.6ab2p-5)}));
        s.add(new Spec("log1p", Kind.D1, new Object[] {(D1) r -> -r.u53(), grid, bits, (D1) r -> r.uniform(-1, 0),
            (D1) r -> r.uniform(0, 10), (D1) r -> r.uniform(0, 1e6), (D1) r -> r.logUniform(-60, -1, true),
            (D1) r -> -r.grid01()}));
        s.add(new Spec("expm1", Kind.D1, new Object[] {(D1) r -> r.uniform(-50, 0), (D1) r -> r.uniform(-1, 1), bits,
            (D1) r -> r.uniform(-745, 710), (D1) r -> r.logUniform(-60, -1, true), (D1) r -> -r.grid01(),
            (D1) r -> r.uniform(700, 712), (D1) r -> r.uniform(-40, 40)}));
        D1[] trig = {(D1) r -> r.uniform(-TWO_PI, TWO_PI), (D1) r -> r.uniform(-1e4, 1e4), bits,
            (D1) r -> r.logUniform(-30, 1023, true), (D1) r -> r.uniform(0, TWO_PI), grid,
            (D1) r -> r.uniform(-Math.PI, Math.PI), (D1) r -> r.uniform(-1e8, 1e8)};
        s.add(new Spec("sin", Kind.D1, trig));
        s.add(new Spec("cos", Kind.D1, trig));
        s.add(new Spec("acos", Kind.D1, new Object[] {(D1) r -> r.uniform(-1, 1), grid, bits,
            (D1) r -> 1 - r.logUniform(-53, -1, false), (D1) r -> r.logUniform(-1074, -1, true), (D1) r -> -r.grid01()}));
        F1 gridf = Rng::grid01f;
        F1 bitsf = Rng::bitsf;
        s.add(new Spec("logf", Kind.F1, new Object[] {gridf, bitsf, (F1) r -> r.uniformf(0, 1e6),
            (F1) r -> r.uniformf(0.9, 1.1), (F1) r -> Math.abs(r.bitsf())}));
        s.add(new Spec("expf", Kind.F1, new Object[] {(F1) r -> r.uniformf(-104, 89), (F1) r -> r.uniformf(-1, 1),
            bitsf, (F1) r -> -r.grid01f(), (F1) r -> r.uniformf(-20, 20)}));
        s.add(new Spec("log1pf", Kind.F1, new Object[] {(F1) r -> -r.grid01f(), gridf, bitsf,
            (F1) r -> r.uniformf(-1, 0), (F1) r -> r.uniformf(0, 1e4)}));
        s.add(new Spec("powf", Kind.F2, new Object[] {
            (F2) (r, xy) -> { xy[0] = r.grid01f(); xy[1] = (float) (1.0 / r.uniform(0.05, 20)); },
            (F2) (r, xy) -> { xy[0] = r.bitsf(); xy[1] = r.bitsf(); },
            (F2) (r, xy) -> { xy[0] = r.uniformf(1, 1000); xy[1] = r.uniformf(-5, 5); },
            (F2) (r, xy) -> { xy[0] = -r.uniformf(0, 100); xy[1] = (float) (r.next() % 41); },
            (F2) (r, xy) -> { xy[0] = r.grid01f(); xy[1] = r.uniformf(-10, 10); }}));
        return s;
    }

    // ---- one function's run --------------------------------------------------------------------

    record Outcome(String name, boolean skipped, String reason, long inputs, long diffs, long nanOnly,
                   List<String> first, double seconds) {
    }

    static final int BLOCK = 1 << 14;

    static final Linker LINKER = Linker.nativeLinker();
    static final SymbolLookup LIBM = SymbolLookup.libraryLookup("libm.so.6", Arena.global());

    static MethodHandle nativeHandle(String name, Kind kind) {
        ValueLayout t = (kind == Kind.D1 || kind == Kind.D2) ? ValueLayout.JAVA_DOUBLE : ValueLayout.JAVA_FLOAT;
        FunctionDescriptor fd = (kind == Kind.D1 || kind == Kind.F1) ? FunctionDescriptor.of(t, t)
                : FunctionDescriptor.of(t, t, t);
        return LINKER.downcallHandle(LIBM.find(name).orElseThrow(), fd, Linker.Option.critical(false));
    }

    static MethodType javaType(Kind kind) {
        return switch (kind) {
            case D1 -> MethodType.methodType(double.class, double.class);
            case D2 -> MethodType.methodType(double.class, double.class, double.class);
            case F1 -> MethodType.methodType(float.class, float.class);
            case F2 -> MethodType.methodType(float.class, float.class, float.class);
        };
    }

    static Outcome run(Spec spec, Class<?> libm, long count, int threads, int firstK) throws Exception {
        MethodType mt = javaType(spec.kind);
        Method m;
        try {
            m = libm.getMethod(spec.name, mt.parameterArray());
        } catch (NoSuchMethodException e) {
            return new Outcome(spec.name, true, "no method Libm." + spec.name + mt, 0, 0, 0, List.of(), 0);
        }
        MethodHandle java = MethodHandles.publicLookup().unreflect(m);
        MethodHandle nat = nativeHandle(spec.name, spec.kind);
        try { // a method that exists but cannot run here (e.g. no TrigProvider) is skipped
            if (spec.kind == Kind.D1) {
                double unused = (double) java.invokeExact(0.5);
            } else if (spec.kind == Kind.D2) {
                double unused = (double) java.invokeExact(0.5, 0.5);
            } else if (spec.kind == Kind.F1) {
                float unused = (float) java.invokeExact(0.5f);
            } else {
                float unused = (float) java.invokeExact(0.5f, 0.5f);
            }
        } catch (Throwable t) {
            return new Outcome(spec.name, true, "Libm." + spec.name + " throws " + t, 0, 0, 0, List.of(), 0);
        }
        long t0 = System.nanoTime();
        long blocks = (count + BLOCK - 1) / BLOCK;
        long seed = 0x6e7072616e64L ^ spec.name.hashCode() * 0x9e3779b97f4a7c15L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> futures = new ArrayList<>();
        List<String> first = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            final int part = t;
            futures.add(pool.submit(() -> {
                long diffs = 0;
                long nanOnly = 0;
                long done = 0;
                for (long b = part; b < blocks; b += threads) {
                    int n = (int) Math.min(BLOCK, count - b * BLOCK);
                    long[] r;
                    try {
                        r = block(spec, seed + b * 0x1000193L, n, b * BLOCK, java, nat, first, firstK);
                    } catch (Throwable e) {
                        throw new IllegalStateException(spec.name + ": " + e, e);
                    }
                    diffs += r[0];
                    nanOnly += r[1];
                    done += n;
                }
                return new long[] {diffs, nanOnly, done};
            }));
        }
        long diffs = 0;
        long nanOnly = 0;
        long done = 0;
        for (Future<long[]> f : futures) {
            long[] r = f.get();
            diffs += r[0];
            nanOnly += r[1];
            done += r[2];
        }
        pool.shutdown();
        List<String> sorted = new ArrayList<>(first);
        sorted.sort(null);
        if (sorted.size() > firstK) {
            sorted = sorted.subList(0, firstK);
        }
        return new Outcome(spec.name, false, "", done, diffs, nanOnly, sorted, (System.nanoTime() - t0) / 1e9);
    }

    /** One block of inputs: generate, evaluate both sides, compare. Returns {diffs, nanOnly}. */
    static long[] block(Spec spec, long seed, int n, long offset, MethodHandle java, MethodHandle nat,
                        List<String> first, int firstK) throws Throwable {
        Rng rng = new Rng(seed);
        Object[] src = spec.sources;
        long diffs = 0;
        long nanOnly = 0;
        switch (spec.kind) {
            case D1 -> {
                double[] x = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = ((D1) src[i % src.length]).gen(rng);
                }
                long[] c = new long[n];
                for (int i = 0; i < n; i++) {
                    c[i] = Double.doubleToRawLongBits((double) nat.invokeExact(x[i]));
                }
                for (int i = 0; i < n; i++) {
                    long j = Double.doubleToRawLongBits((double) java.invokeExact(x[i]));
                    if (j != c[i]) {
                        diffs++;
                        if (isNanD(j) && isNanD(c[i])) {
                            nanOnly++;
                        }
                        note(first, firstK, offset + i, spec.name + "(" + hexD(x[i]) + ") glibc " + hexD(c[i])
                                + " nprand " + hexD(j));
                    }
                }
            }
            case D2 -> {
                double[] x = new double[n];
                double[] y = new double[n];
                double[] xy = new double[2];
                for (int i = 0; i < n; i++) {
                    ((D2) src[i % src.length]).gen(rng, xy);
                    x[i] = xy[0];
                    y[i] = xy[1];
                }
                long[] c = new long[n];
                for (int i = 0; i < n; i++) {
                    c[i] = Double.doubleToRawLongBits((double) nat.invokeExact(x[i], y[i]));
                }
                for (int i = 0; i < n; i++) {
                    long j = Double.doubleToRawLongBits((double) java.invokeExact(x[i], y[i]));
                    if (j != c[i]) {
                        diffs++;
                        if (isNanD(j) && isNanD(c[i])) {
                            nanOnly++;
                        }
                        note(first, firstK, offset + i, spec.name + "(" + hexD(x[i]) + ", " + hexD(y[i]) + ") glibc "
                                + hexD(c[i]) + " nprand " + hexD(j));
                    }
                }
            }
            case F1 -> {
                float[] x = new float[n];
                for (int i = 0; i < n; i++) {
                    x[i] = ((F1) src[i % src.length]).gen(rng);
                }
                int[] c = new int[n];
                for (int i = 0; i < n; i++) {
                    c[i] = Float.floatToRawIntBits((float) nat.invokeExact(x[i]));
                }
                for (int i = 0; i < n; i++) {
                    int j = Float.floatToRawIntBits((float) java.invokeExact(x[i]));
                    if (j != c[i]) {
                        diffs++;
                        if (isNanF(j) && isNanF(c[i])) {
                            nanOnly++;
                        }
                        note(first, firstK, offset + i, spec.name + "(" + hexF(x[i]) + ") glibc " + hexF(c[i])
                                + " nprand " + hexF(j));
                    }
                }
            }
            case F2 -> {
                float[] x = new float[n];
                float[] y = new float[n];
                float[] xy = new float[2];
                for (int i = 0; i < n; i++) {
                    ((F2) src[i % src.length]).gen(rng, xy);
                    x[i] = xy[0];
                    y[i] = xy[1];
                }
                int[] c = new int[n];
                for (int i = 0; i < n; i++) {
                    c[i] = Float.floatToRawIntBits((float) nat.invokeExact(x[i], y[i]));
                }
                for (int i = 0; i < n; i++) {
                    int j = Float.floatToRawIntBits((float) java.invokeExact(x[i], y[i]));
                    if (j != c[i]) {
                        diffs++;
                        if (isNanF(j) && isNanF(c[i])) {
                            nanOnly++;
                        }
                        note(first, firstK, offset + i, spec.name + "(" + hexF(x[i]) + ", " + hexF(y[i]) + ") glibc "
                                + hexF(c[i]) + " nprand " + hexF(j));
                    }
                }
            }
        }
        return new long[] {diffs, nanOnly};
    }

    /** Keeps the differences with the lowest input index (deterministic whatever the threads do). */
    static void note(List<String> first, int firstK, long index, String text) {
        synchronized (first) {
            first.add(String.format("#%012d %s", index, text));
            if (first.size() > 4 * firstK) {
                first.sort(null);
                first.subList(firstK, first.size()).clear();
            }
        }
    }

    static boolean isNanD(long b) {
        return (b & 0x7ff0000000000000L) == 0x7ff0000000000000L && (b & 0x000fffffffffffffL) != 0;
    }

    static boolean isNanF(int b) {
        return (b & 0x7f800000) == 0x7f800000 && (b & 0x007fffff) != 0;
    }

    static String hexD(double d) {
        return hexD(Double.doubleToRawLongBits(d));
    }

    static String hexD(long b) {
        return Double.toHexString(Double.longBitsToDouble(b)) + " [" + String.format("%016x", b) + "]";
    }

    static String hexF(float f) {
        return hexF(Float.floatToRawIntBits(f));
    }

    static String hexF(int b) {
        return Double.toHexString(Float.intBitsToFloat(b)) + "f [" + String.format("%08x", b) + "]";
    }

    // ---- the glibc variant of this process -----------------------------------------------------

    /** What glibc's IFUNC picked here: "fma" when the CPU has FMA and AVX2 and no tunable masks them. */
    static String hostVariant() throws Exception {
        String flags = "";
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("flags")) {
                flags = " " + line.substring(line.indexOf(':') + 1).trim() + " ";
                break;
            }
        }
        boolean cpu = flags.contains(" fma ") && flags.contains(" avx2 ");
        String tun = System.getenv().getOrDefault("GLIBC_TUNABLES", "");
        boolean masked = tun.contains("-FMA") || tun.contains("-AVX2");
        return cpu && !masked ? "fma" : "nofma";
    }

    public static void main(String[] args) throws Exception {
        long count = 10_000_000L;
        int threads = 1;
        int firstK = 5;
        Set<String> only = null;
        boolean allowMismatch = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Long.parseLong(args[++i].replace("_", ""));
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--first" -> firstK = Integer.parseInt(args[++i]);
                case "--allow-mismatch" -> allowMismatch = true; // to see how far the variants differ
                case "--only" -> only = new LinkedHashSet<>(Arrays.asList(args[++i].split(",")));
                default -> {
                    System.err.println("usage: WideCheck [--count N] [--threads T] [--first K] [--only f,g] [--allow-mismatch]");
                    System.exit(2);
                }
            }
        }
        Class<?> libm = Class.forName("org.nprand.math.Libm");
        boolean javaFma = libm.getField("FMA").getBoolean(null);
        String host = hostVariant();
        String nprand = javaFma ? "fma" : "nofma";
        System.out.printf("host glibc variant: %s (GLIBC_TUNABLES=%s); nprand Libm variant: %s; %d inputs per function%n",
                host, System.getenv().getOrDefault("GLIBC_TUNABLES", ""), nprand, count);
        if (!host.equals(nprand) && !allowMismatch) {
            System.out.println("VARIANT MISMATCH: start the JVM with "
                    + (host.equals("fma") ? "-Dnprand.libm=fma" : "-Dnprand.libm=nofma")
                    + " (or set GLIBC_TUNABLES to match)");
            System.exit(3);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Spec s : specs()) {
            if (only != null && !only.contains(s.name)) {
                continue;
            }
            outcomes.add(run(s, libm, count, threads, firstK));
        }
        System.out.printf("%n%-8s %-8s %12s %12s %10s %8s%n", "function", "status", "inputs", "differences",
                "nan-only", "seconds");
        boolean ok = true;
        for (Outcome o : outcomes) {
            if (o.skipped) {
                System.out.printf("%-8s %-8s %12s %12s %10s %8s  (%s)%n", o.name, "skipped", "-", "-", "-", "-", o.reason);
            } else {
                System.out.printf("%-8s %-8s %12d %12d %10d %8.1f%n", o.name, o.diffs == 0 ? "ok" : "DIFFERS",
                        o.inputs, o.diffs, o.nanOnly, o.seconds);
                ok &= o.diffs == 0;
            }
        }
        for (Outcome o : outcomes) {
            if (!o.first.isEmpty()) {
                System.out.printf("%nfirst differences of %s (input index, input, glibc, nprand):%n", o.name);
                o.first.forEach(l -> System.out.println("  " + l));
            }
        }
        System.out.println();
        for (Outcome o : outcomes) {
            System.out.println(o.skipped ? "RESULT " + o.name + " skipped " + o.reason
                    : "RESULT " + o.name + " checked " + o.inputs + " " + o.diffs);
        }
        System.out.println("RESULT variant " + nprand);
        System.exit(ok ? 0 : 1);
    }
}
