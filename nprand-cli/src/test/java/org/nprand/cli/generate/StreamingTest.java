package org.nprand.cli.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nprand.bitgen.PCG64;
import org.nprand.internal.py.Args;
import org.nprand.internal.spec.MethodSpec;
import org.nprand.internal.spec.MethodSpecs;
import org.nprand.numpy.Generator;
import org.nprand.numpy.NdArray;
import org.nprand.numpy.RandomState;
import org.nprand.python.PyRandom;

/**
 * The streaming promise: however {@code generate} chunks a job, the output equals the single
 * call {@code method(*args, size=N)} bit for bit, for every method of the Generator and of
 * RandomState that takes a size (each chunk boundary falling inside NumPy's per-call buffers,
 * Gaussian caches and rejection loops), and at sizes larger than the default chunk.
 */
class StreamingTest {

    /** Sample arguments for every sized method (Python literals, KEY=VALUE for keywords). */
    private static final Map<String, List<String>> GENERATOR_ARGS = new LinkedHashMap<>();
    private static final Map<String, List<String>> LEGACY_ARGS = new LinkedHashMap<>();
    /** Methods that draw as one call (their values depend on the whole size). */
    private static final Set<String> WHOLE = Set.of("multivariate_normal", "permutation", "permuted", "shuffle", "bytes");

    static {
        Map<String, List<String>> common = new LinkedHashMap<>();
        common.put("random", List.of());
        common.put("uniform", List.of("-1", "3"));
        common.put("normal", List.of("1", "2"));
        common.put("standard_normal", List.of());
        common.put("exponential", List.of("2.0"));
        common.put("standard_exponential", List.of());
        common.put("gamma", List.of("0.5", "2.0"));
        common.put("standard_gamma", List.of("2.5"));
        common.put("beta", List.of("0.5", "0.7"));
        common.put("chisquare", List.of("3.0"));
        common.put("f", List.of("3.0", "4.0"));
        common.put("noncentral_chisquare", List.of("3.0", "1.5"));
        common.put("noncentral_f", List.of("3.0", "4.0", "1.5"));
        common.put("standard_t", List.of("3.0"));
        common.put("standard_cauchy", List.of());
        common.put("lognormal", List.of("0.5", "0.25"));
        common.put("pareto", List.of("2.0"));
        common.put("power", List.of("2.0"));
        common.put("weibull", List.of("1.5"));
        common.put("rayleigh", List.of("2.0"));
        common.put("wald", List.of("1.0", "2.0"));
        common.put("vonmises", List.of("0.5", "2.0"));
        common.put("laplace", List.of("0.5", "2.0"));
        common.put("gumbel", List.of("0.5", "2.0"));
        common.put("logistic", List.of("0.5", "2.0"));
        common.put("triangular", List.of("0", "1", "3"));
        common.put("poisson", List.of("40.5"));
        common.put("binomial", List.of("50", "0.3"));
        common.put("negative_binomial", List.of("5", "0.5"));
        common.put("geometric", List.of("0.3"));
        common.put("zipf", List.of("2.5"));
        common.put("logseries", List.of("0.6"));
        common.put("hypergeometric", List.of("70", "30", "50"));
        common.put("dirichlet", List.of("[1.0, 2.0, 0.5]"));
        common.put("multinomial", List.of("20", "[0.2, 0.3, 0.5]"));
        common.put("choice", List.of("[1.5, 2.5, 3.5]", "p=[0.2, 0.3, 0.5]"));
        GENERATOR_ARGS.putAll(common);
        GENERATOR_ARGS.put("integers", List.of("-3", "1000"));
        GENERATOR_ARGS.put("multivariate_hypergeometric", List.of("[3, 4, 5]", "6"));
        LEGACY_ARGS.putAll(common);
        LEGACY_ARGS.put("random_sample", List.of());
        LEGACY_ARGS.put("randint", List.of("-3", "1000"));
        LEGACY_ARGS.put("random_integers", List.of("5", "70"));
        LEGACY_ARGS.put("tomaxint", List.of());
    }

    private static Source generator(long seed) {
        return Source.generator(new Generator(new PCG64(seed)), "g");
    }

    private static Source legacy(long seed) {
        return Source.legacy(new RandomState(seed), "rs");
    }

    /** The single call, as NumPy makes it. */
    private static NdArray oneCall(Source s, Job j, List<String> args, String size) {
        List<Object> pos = new ArrayList<>();
        Map<String, Object> kw = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq > 0 && a.substring(0, eq).matches("[a-z_]+")) {
                kw.put(a.substring(0, eq), org.nprand.cli.eval.Interpreter.argument(a.substring(eq + 1)));
            } else {
                pos.add(org.nprand.cli.eval.Interpreter.argument(a));
            }
        }
        kw.put("size", org.nprand.cli.eval.Interpreter.argument(size));
        return (NdArray) s.subject().call(j.method(), new Args(pos, kw));
    }

    /** The chunks concatenated along the first axis. */
    static NdArray concatenate(Iterator<Chunk> chunks) {
        List<NdArray> parts = new ArrayList<>();
        chunks.forEachRemaining(c -> parts.add(c.array()));
        NdArray first = parts.get(0);
        int[] shape = first.intShape();
        int rows = 0;
        for (NdArray p : parts) {
            rows += p.intShape()[0];
        }
        shape[0] = rows;
        int total = 0;
        for (NdArray p : parts) {
            total += p.size();
        }
        Object data = java.lang.reflect.Array.newInstance(first.data().getClass().getComponentType(), total);
        int at = 0;
        for (NdArray p : parts) {
            System.arraycopy(p.data(), 0, data, at, p.size());
            at += p.size();
        }
        return new NdArray(first.dtype(), shape, data);
    }

    private static void assertSame(NdArray expected, NdArray actual, String what) {
        assertEquals(expected.dtype(), actual.dtype(), what + ": dtype");
        assertTrue(Arrays.equals(expected.intShape(), actual.intShape()), what + ": shape " + Arrays.toString(actual.intShape()));
        assertTrue(Arrays.deepEquals(new Object[] {expected.data()}, new Object[] {actual.data()}), what + ": values");
    }

    private static void check(Source.Api api, String method, List<String> args, String size, int chunk, long seed) {
        Source a = api == Source.Api.GENERATOR ? generator(seed) : legacy(seed);
        Source b = api == Source.Api.GENERATOR ? generator(seed) : legacy(seed);
        Job job = Job.parse(api, method, args, size);
        job.check(a);
        NdArray streamed = concatenate(job.chunks(a, chunk));
        NdArray single = oneCall(b, job, args, size);
        assertSame(single, streamed, api + "." + method + args + " size=" + size + " chunk=" + chunk);
    }

    @TestFactory
    Stream<DynamicTest> everySizedMethodStreamsAsOneCall() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Source.Api api : new Source.Api[] {Source.Api.GENERATOR, Source.Api.LEGACY}) {
            Map<String, ? extends MethodSpec<?>> specs = api == Source.Api.GENERATOR
                    ? MethodSpecs.of(Generator.class) : MethodSpecs.of(RandomState.class);
            Map<String, List<String>> table = api == Source.Api.GENERATOR ? GENERATOR_ARGS : LEGACY_ARGS;
            Set<String> missing = new TreeSet<>();
            for (MethodSpec<?> spec : specs.values()) {
                if (!Arrays.asList(spec.params()).contains("size") || WHOLE.contains(spec.name())) {
                    continue;
                }
                List<String> args = table.get(spec.name());
                if (args == null) {
                    missing.add(spec.name());
                    continue;
                }
                for (int chunk : new int[] {1, 7, 64}) {
                    tests.add(DynamicTest.dynamicTest(api + "." + spec.name() + " chunk " + chunk,
                            () -> check(api, spec.name(), args, "150", chunk, 2024)));
                }
            }
            if (!missing.isEmpty()) {
                tests.add(DynamicTest.dynamicTest(api + " sample arguments", () -> fail(
                        "add sample arguments to StreamingTest for the sized methods " + missing)));
            }
        }
        return tests.stream();
    }

    @Test
    void sizedShapesStreamAlongTheFirstAxis() {
        check(Source.Api.GENERATOR, "random", List.of(), "(50, 3, 2)", 7, 1);
        check(Source.Api.GENERATOR, "multinomial", List.of("9", "[0.5, 0.5]"), "(20, 4)", 5, 1);
        check(Source.Api.LEGACY, "standard_normal", List.of(), "(31, 3)", 10, 1);
    }

    @Test
    void smallIntegerBuffersSpanChunks() {
        // NumPy cuts 32-bit words into 16-bit, 8-bit and 1-bit pieces with a buffer of one call
        for (String dtype : new String[] {"bool", "int8", "uint8", "int16", "uint16"}) {
            String high = dtype.equals("bool") ? "2" : "100";
            for (int chunk : new int[] {1, 3, 7, 1000}) {
                check(Source.Api.GENERATOR, "integers", List.of("0", high, "dtype=" + dtype), "5001", chunk, 7);
                String low = dtype.equals("bool") || dtype.startsWith("u") ? "0" : "-1";
                String top = dtype.equals("bool") ? "1" : high;
                check(Source.Api.GENERATOR, "integers", List.of(low, top, "dtype=" + dtype, "endpoint=True"), "(301, 3)",
                        chunk, 8);
                check(Source.Api.LEGACY, "randint", List.of("0", high, "dtype=" + dtype), "5001", chunk, 9);
            }
        }
        assertEquals(Job.Mode.SMALL_INTS, Job.parse(Source.Api.GENERATOR, "integers", List.of("5", "dtype=int8"), "10").mode());
        assertEquals(Job.Mode.CHUNKED, Job.parse(Source.Api.GENERATOR, "integers", List.of("5", "dtype=int32"), "10").mode());
    }

    @Test
    void largerThanTheDefaultChunk() {
        int n = Generate.DEFAULT_CHUNK * 3 + 12345;
        check(Source.Api.GENERATOR, "random", List.of(), Integer.toString(n), Generate.DEFAULT_CHUNK, 42);
        check(Source.Api.GENERATOR, "integers", List.of("0", "10", "dtype=uint8"), Integer.toString(n), Generate.DEFAULT_CHUNK, 42);
        check(Source.Api.GENERATOR, "integers", List.of("0", "2", "dtype=bool"), Integer.toString(n), Generate.DEFAULT_CHUNK, 42);
        check(Source.Api.GENERATOR, "random", List.of("dtype=float32"), Integer.toString(n + 1), Generate.DEFAULT_CHUNK, 42);
        check(Source.Api.LEGACY, "standard_normal", List.of(), Integer.toString(n + 1), Generate.DEFAULT_CHUNK, 42);
        check(Source.Api.LEGACY, "randint", List.of("0", "60000", "dtype=uint16"), Integer.toString(n), Generate.DEFAULT_CHUNK, 42);
    }

    @Test
    void wholeCallMethodsRunOnce() {
        assertEquals(Job.Mode.SINGLE, Job.parse(Source.Api.GENERATOR, "choice", List.of("100", "replace=False"), "10").mode());
        assertEquals(Job.Mode.CHUNKED, Job.parse(Source.Api.GENERATOR, "choice", List.of("100"), "10").mode());
        assertEquals(Job.Mode.SINGLE, Job.parse(Source.Api.LEGACY, "choice", List.of("100", "10", "False"), null).mode());
        assertEquals(Job.Mode.SINGLE, Job.parse(Source.Api.LEGACY, "permutation", List.of("10"), null).mode());
        assertEquals(Job.Mode.SINGLE, Job.parse(Source.Api.LEGACY, "normal", List.of("[1.0, 2.0]"), "(5, 2)").mode());
        check(Source.Api.GENERATOR, "choice", List.of("100", "replace=False"), "40", 7, 3);
    }

    @Test
    void pythonRandomRepeatsTheCall() {
        Source a = Source.python(new PyRandom(10), "r");
        PyRandom b = new PyRandom(10);
        Job job = Job.parse(Source.Api.PYTHON, "random", List.of(), "1000");
        assertEquals(Job.Mode.REPEAT, job.mode());
        NdArray streamed = concatenate(job.chunks(a, 64));
        for (int i = 0; i < 1000; i++) {
            assertEquals(Double.doubleToRawLongBits(b.random()), Double.doubleToRawLongBits(streamed.doubles()[i]));
        }
    }
}
