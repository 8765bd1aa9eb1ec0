package org.nprand.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation, the JVM counterpart of Python's {@code time.thread_time_ns}: JMH's
 * primary score is wall-clock time, so this profiler ({@code -prof org.nprand.bench.CpuTimeProfiler})
 * adds two secondary results per iteration, both in ns per operation over JMH's
 * {@code allOps} (every operation the workers ran during the iteration, warm-up/warm-down sync
 * loops included, already multiplied by {@code @OperationsPerInvocation}), as JMH's GC profiler
 * normalizes:
 * <ul>
 *   <li>{@code cpu.thread}: CPU time of the JMH worker threads ({@code *-jmh-worker-*}, read with
 *       {@link ThreadMXBean#getThreadCpuTime(long)} before and after the iteration). This is what
 *       the benchmark's own thread burns: the sampling, allocation and zeroing of result arrays,
 *       but not the garbage collector's work, which runs in GC threads;</li>
 *   <li>{@code cpu.process}: CPU time of the whole forked JVM over the iteration
 *       (the sum over its threads' scheduler statistics on Linux, see {@link #processCpu()}): the
 *       worker plus GC threads (and any
 *       JIT compilation, normally finished by the measured iterations, and JMH's own mostly
 *       sleeping control thread). This is the total cost of an allocating call, the fair
 *       counterpart of NumPy doing malloc/free on its only thread.</li>
 * </ul>
 * Both are unaffected by time the thread spends descheduled, unlike the wall-clock score.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private static final String WORKER = "-jmh-worker-";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private Map<Long, Long> workerCpuBefore = new HashMap<>();
    private long processCpuBefore;

    public CpuTimeProfiler() {
        if (!threads.isThreadCpuTimeSupported()) {
            throw new UnsupportedOperationException("thread CPU time is not supported by this JVM");
        }
        threads.setThreadCpuTimeEnabled(true);
    }

    @Override
    public String getDescription() {
        return "CPU time per op: JMH worker threads (cpu.thread) and the whole JVM process (cpu.process)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        workerCpuBefore = workerCpu();
        processCpuBefore = processCpu();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long processCpu = processCpu() - processCpuBefore;
        long workerCpu = 0;
        for (Map.Entry<Long, Long> e : workerCpu().entrySet()) {
            workerCpu += e.getValue() - workerCpuBefore.getOrDefault(e.getKey(), 0L);
        }
        long ops = result.getMetadata().getAllOps();
        List<Result> out = new ArrayList<>();
        if (ops > 0) {
            out.add(new ScalarResult("cpu.thread", (double) workerCpu / ops, "ns/op", AggregationPolicy.AVG));
            out.add(new ScalarResult("cpu.process", (double) processCpu / ops, "ns/op", AggregationPolicy.AVG));
        }
        return out;
    }

    /**
     * CPU time (ns) of the whole JVM: on Linux the sum of every thread's {@code sum_exec_runtime}
     * from {@code /proc/self/task/<tid>/schedstat} (nanoseconds; the process total that
     * {@code getProcessCpuTime} reports comes in 10 ms clock ticks, too coarse for one bulk call),
     * else {@code getProcessCpuTime}. Threads that end during an iteration drop out of the sum.
     */
    private long processCpu() {
        java.io.File[] tasks = TASKS.listFiles();
        if (tasks == null) {
            return os.getProcessCpuTime();
        }
        long sum = 0;
        for (java.io.File t : tasks) {
            try {
                String s = java.nio.file.Files.readString(new java.io.File(t, "schedstat").toPath());
                int sp = s.indexOf(' ');
                sum += Long.parseLong(sp < 0 ? s.trim() : s.substring(0, sp));
            } catch (java.io.IOException | NumberFormatException e) {
                // the thread ended between the listing and the read
            }
        }
        return sum;
    }

    private static final java.io.File TASKS = new java.io.File("/proc/self/task");

    /** CPU time (ns) of every live JMH worker thread, by thread id. */
    private Map<Long, Long> workerCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        long[] ids = threads.getAllThreadIds();
        ThreadInfo[] infos = threads.getThreadInfo(ids, 0);
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] != null && infos[i].getThreadName().contains(WORKER)) {
                long t = threads.getThreadCpuTime(ids[i]);
                if (t >= 0) {
                    cpu.put(ids[i], t);
                }
            }
        }
        return cpu;
    }
}
