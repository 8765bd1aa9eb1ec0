package org.nprand.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

import org.nprand.parallel.ParallelFill;
import org.nprand.parallel.StreamSpec;

/**
 * Wall-clock speed-up of {@link ParallelFill} over its own one-thread run (the sequential stream,
 * the same kernels {@code Generator} calls), per mode, with the process CPU time alongside: a
 * shared machine's other load makes wall-clock ratios pessimistic, while the CPU-time ratio
 * shows what the parallel algorithm itself costs (copies, re-parses, speculation past the end).
 *
 * <p>Run: {@code mvn -B -q -pl nprand-bench -am package -DskipTests}, then
 * {@code java -cp nprand-bench/target/benchmarks.jar org.nprand.bench.ParallelFillSpeedup
 * [n] [reps] [threads]} (defaults 16,000,000 elements, 7 repetitions, all available processors).
 * Each repetition runs the one-thread and the T-thread fill back to back on preallocated arrays;
 * the table reports medians (and the best) over repetitions after two warm-up rounds.
 */
public final class ParallelFillSpeedup {

    private ParallelFillSpeedup() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 16_000_000;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Object[][] cases = {
            {"seek  random()            PCG64", StreamSpec.of("PCG64", 1).random()},
            {"seek  uniform(-1, 1)      Philox", StreamSpec.of("Philox", 1).uniform(-1, 1)},
            {"seek  random(float32)     PCG64DXSM", StreamSpec.of("PCG64DXSM", 1).randomFloat()},
            {"scan  standard_normal()   PCG64", StreamSpec.of("PCG64", 1).standardNormal()},
            {"scan  standard_gamma(2.5) PCG64", StreamSpec.of("PCG64", 1).standardGamma(2.5)},
            {"scan  poisson(3)          PCG64", StreamSpec.of("PCG64", 1).poisson(3)},
            {"scan  integers(0, 10)     Philox", StreamSpec.of("Philox", 1).integers(0, 10)},
            {"block standard_normal()   MT19937", StreamSpec.of("MT19937", 1).standardNormal().blocked(1 << 16)},
        };
        System.out.printf(Locale.ROOT, "n = %,d, %d threads, %d processors, load average %.2f%n", n, threads,
                Runtime.getRuntime().availableProcessors(), load());
        System.out.printf(Locale.ROOT, "%-36s %10s %10s %8s %8s %10s%n", "spec", "1 thread", threads + " threads",
                "speed-up", "(best)", "CPU ratio");
        for (Object[] c : cases) {
            StreamSpec spec = (StreamSpec) c[1];
            Object a = array(spec, n);
            Object b = array(spec, n);
            for (int w = 0; w < 2; w++) {
                fill(spec, a, 1);
                fill(spec, b, threads);
            }
            double[] t1 = new double[reps];
            double[] tn = new double[reps];
            double cpu1 = 0;
            double cpun = 0;
            for (int r = 0; r < reps; r++) {
                long c0 = cpu();
                long s0 = System.nanoTime();
                fill(spec, a, 1);
                long s1 = System.nanoTime();
                long c1 = cpu();
                fill(spec, b, threads);
                long s2 = System.nanoTime();
                long c2 = cpu();
                t1[r] = (s1 - s0) / 1e6;
                tn[r] = (s2 - s1) / 1e6;
                cpu1 += c1 - c0;
                cpun += c2 - c1;
            }
            if (!equal(a, b)) {
                throw new AssertionError(c[0] + ": the threaded fill differs from the sequential one");
            }
            double m1 = median(t1);
            double mn = median(tn);
            System.out.printf(Locale.ROOT, "%-36s %8.1f ms %8.1f ms %7.2fx %7.2fx %10.2f%n", c[0], m1, mn, m1 / mn,
                    min(t1) / min(tn), cpun / cpu1);
        }
        System.out.printf(Locale.ROOT, "load average at the end %.2f%n", load());
    }

    private static Object array(StreamSpec spec, int n) {
        switch (spec.valueType()) {
            case FLOAT32:
                return new float[n];
            case INT64:
                return new long[n];
            case BYTES:
                return new byte[n];
            default:
                return new double[n];
        }
    }

    private static void fill(StreamSpec spec, Object out, int threads) {
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

    private static boolean equal(Object a, Object b) {
        if (a instanceof double[]) {
            return Arrays.equals((double[]) a, (double[]) b);
        } else if (a instanceof float[]) {
            return Arrays.equals((float[]) a, (float[]) b);
        } else if (a instanceof long[]) {
            return Arrays.equals((long[]) a, (long[]) b);
        }
        return Arrays.equals((byte[]) a, (byte[]) b);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double min(double[] x) {
        return Arrays.stream(x).min().orElse(Double.NaN);
    }
}
