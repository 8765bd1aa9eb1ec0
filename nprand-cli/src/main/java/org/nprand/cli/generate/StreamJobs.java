package org.nprand.cli.generate;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.BitGenerators;
import org.nprand.bitgen.SeedSequence;
import org.nprand.internal.py.Args;
import org.nprand.internal.py.Py;
import org.nprand.numpy.DType;
import org.nprand.numpy.Generator;
import org.nprand.parallel.MultivariateNormalSpec;
import org.nprand.parallel.StreamSpec;
import org.nprand.state.StateJson;

/**
 * A {@code generate} job as an {@link StreamSpec} of {@code org.nprand.parallel}, for the
 * engines that draw it on several threads or machines: NumPy's {@code Generator} methods with
 * scalar parameters ({@code random}, {@code uniform}, {@code integers}, {@code normal},
 * {@code gamma}, {@code poisson}, ... every method a spec has), from a seed, before anything is
 * drawn. Anything else is drawn by the single-thread path, which gives the same file.
 */
final class StreamJobs {

    private StreamJobs() {
    }

    /** A spec, or why there is none. */
    record Mapping(StreamSpec spec, MultivariateNormalSpec mvn, String reason) {
        static Mapping none(String reason) {
            return new Mapping(null, null, reason);
        }

        /** The stream the engines read: the spec's, or the normals of a multivariate_normal. */
        StreamSpec stream() {
            return mvn != null ? mvn.normals() : spec;
        }
    }

    /** One method's parameters (Python's names and defaults, null: required) and the spec it makes. */
    private record Shape(String[] names, Object[] defaults, Function<Object[], Function<StreamSpec, StreamSpec>> make) {
    }

    private static final Object REQUIRED = new Object();

    private static Shape shape(String names, Object[] defaults,
                               Function<Object[], Function<StreamSpec, StreamSpec>> make) {
        return new Shape(names.isEmpty() ? new String[0] : names.split(","), defaults, make);
    }

    private static Object[] req(int n) {
        Object[] d = new Object[n];
        Arrays.fill(d, REQUIRED);
        return d;
    }

    private static double d(Object v) {
        return Py.toDouble(v);
    }

    private static long l(Object v) {
        if (v instanceof Double || v instanceof Boolean) {
            throw new IllegalArgumentException("not an int");
        }
        return Py.toLong(v);
    }

    private static final Map<String, Shape> SHAPES = Map.ofEntries(
            Map.entry("uniform", shape("low,high", new Object[] {0.0, 1.0}, v -> s -> s.uniform(d(v[0]), d(v[1])))),
            Map.entry("normal", shape("loc,scale", new Object[] {0.0, 1.0}, v -> s -> s.normal(d(v[0]), d(v[1])))),
            Map.entry("exponential", shape("scale", new Object[] {1.0}, v -> s -> s.exponential(d(v[0])))),
            Map.entry("gamma", shape("shape,scale", new Object[] {REQUIRED, 1.0}, v -> s -> s.gamma(d(v[0]), d(v[1])))),
            Map.entry("beta", shape("a,b", req(2), v -> s -> s.beta(d(v[0]), d(v[1])))),
            Map.entry("chisquare", shape("df", req(1), v -> s -> s.chisquare(d(v[0])))),
            Map.entry("noncentral_chisquare", shape("df,nonc", req(2),
                    v -> s -> s.noncentralChisquare(d(v[0]), d(v[1])))),
            Map.entry("f", shape("dfnum,dfden", req(2), v -> s -> s.f(d(v[0]), d(v[1])))),
            Map.entry("noncentral_f", shape("dfnum,dfden,nonc", req(3),
                    v -> s -> s.noncentralF(d(v[0]), d(v[1]), d(v[2])))),
            Map.entry("standard_t", shape("df", req(1), v -> s -> s.standardT(d(v[0])))),
            Map.entry("standard_cauchy", shape("", req(0), v -> s -> s.standardCauchy())),
            Map.entry("lognormal", shape("mean,sigma", new Object[] {0.0, 1.0}, v -> s -> s.lognormal(d(v[0]), d(v[1])))),
            Map.entry("pareto", shape("a", req(1), v -> s -> s.pareto(d(v[0])))),
            Map.entry("power", shape("a", req(1), v -> s -> s.power(d(v[0])))),
            Map.entry("weibull", shape("a", req(1), v -> s -> s.weibull(d(v[0])))),
            Map.entry("rayleigh", shape("scale", new Object[] {1.0}, v -> s -> s.rayleigh(d(v[0])))),
            Map.entry("wald", shape("mean,scale", req(2), v -> s -> s.wald(d(v[0]), d(v[1])))),
            Map.entry("vonmises", shape("mu,kappa", req(2), v -> s -> s.vonmises(d(v[0]), d(v[1])))),
            Map.entry("laplace", shape("loc,scale", new Object[] {0.0, 1.0}, v -> s -> s.laplace(d(v[0]), d(v[1])))),
            Map.entry("gumbel", shape("loc,scale", new Object[] {0.0, 1.0}, v -> s -> s.gumbel(d(v[0]), d(v[1])))),
            Map.entry("logistic", shape("loc,scale", new Object[] {0.0, 1.0}, v -> s -> s.logistic(d(v[0]), d(v[1])))),
            Map.entry("triangular", shape("left,mode,right", req(3),
                    v -> s -> s.triangular(d(v[0]), d(v[1]), d(v[2])))),
            Map.entry("poisson", shape("lam", new Object[] {1.0}, v -> s -> s.poisson(d(v[0])))),
            Map.entry("binomial", shape("n,p", req(2), v -> s -> s.binomial(l(v[0]), d(v[1])))),
            Map.entry("negative_binomial", shape("n,p", req(2), v -> s -> s.negativeBinomial(d(v[0]), d(v[1])))),
            Map.entry("geometric", shape("p", req(1), v -> s -> s.geometric(d(v[0])))),
            Map.entry("zipf", shape("a", req(1), v -> s -> s.zipf(d(v[0])))),
            Map.entry("logseries", shape("p", req(1), v -> s -> s.logseries(d(v[0])))),
            Map.entry("dirichlet", shape("alpha", req(1), v -> s -> s.dirichlet(doubles(v[0])))),
            Map.entry("multinomial", shape("n,pvals", req(2), v -> s -> s.multinomial(l(v[0]), doubles(v[1])))),
            Map.entry("multivariate_hypergeometric", shape("colors,nsample,method", new Object[] {REQUIRED, REQUIRED,
                    "marginals"}, v -> s -> s.multivariateHypergeometric(longs(v[0]), l(v[1]), (String) v[2]))),
            Map.entry("choice", shape("a,replace,p,axis", new Object[] {REQUIRED, true, null, 0L}, v -> s -> {
                if (!Py.truthy(v[1]) || l(v[3]) != 0) {
                    throw new IllegalArgumentException("choice without replacement or along an axis is drawn in one piece");
                }
                return v[2] == null ? s.choice(l(v[0])) : s.choice(l(v[0]), doubles(v[2]));
            })),
            Map.entry("hypergeometric", shape("ngood,nbad,nsample", req(3),
                    v -> s -> s.hypergeometric(l(v[0]), l(v[1]), l(v[2])))),
            // the methods with a dtype (float64 or float32) and, for standard_exponential, a method
            Map.entry("random", shape("dtype,out", new Object[] {null, null},
                    v -> s -> isFloat32(v[0]) ? s.randomFloat() : s.random())),
            Map.entry("standard_normal", shape("dtype,out", new Object[] {null, null},
                    v -> s -> isFloat32(v[0]) ? s.standardNormalFloat() : s.standardNormal())),
            Map.entry("standard_exponential", shape("dtype,method,out", new Object[] {null, "zig", null},
                    v -> s -> isFloat32(v[0]) ? s.standardExponentialFloat((String) v[1])
                            : s.standardExponential((String) v[1]))),
            Map.entry("standard_gamma", shape("shape,dtype,out", new Object[] {REQUIRED, null, null},
                    v -> s -> isFloat32(v[1]) ? s.standardGammaFloat(d(v[0])) : s.standardGamma(d(v[0])))),
            Map.entry("integers", shape("low,high,dtype,endpoint", new Object[] {REQUIRED, null, null, false},
                    v -> s -> {
                        Object low = v[0];
                        Object high = v[1];
                        if (high == null) {
                            high = low;
                            low = 0L;
                        }
                        DType t = v[2] == null ? DType.INT64 : DType.parse(Py.dtype(v[2]), "randint");
                        return s.integers(Py.bigInt(low), Py.bigInt(high), t, Py.truthy(v[3]));
                    })));

    /** RandomState's methods with scalar parameters (Python's names and defaults), for blocked mode. */
    private static final Map<String, Shape> LEGACY_SHAPES = Map.ofEntries(
            Map.entry("random_sample", shape("", req(0), v -> s -> s.randomState().randomSample())),
            Map.entry("random", shape("", req(0), v -> s -> s.randomState().randomSample())),
            Map.entry("ranf", shape("", req(0), v -> s -> s.randomState().randomSample())),
            Map.entry("sample", shape("", req(0), v -> s -> s.randomState().randomSample())),
            Map.entry("standard_normal", shape("", req(0), v -> s -> s.randomState().standardNormal())),
            Map.entry("normal", shape("loc,scale", new Object[] {0.0, 1.0},
                    v -> s -> s.randomState().normal(d(v[0]), d(v[1])))),
            Map.entry("uniform", shape("low,high", new Object[] {0.0, 1.0},
                    v -> s -> s.randomState().uniform(d(v[0]), d(v[1])))),
            Map.entry("randint", shape("low,high,dtype", new Object[] {REQUIRED, null, null}, v -> s -> {
                DType t = v[2] == null ? DType.INT64 : DType.parse(Py.dtype(v[2]), "randint");
                return s.randomState().randint(Py.bigInt(v[0]), v[1] == null ? null : Py.bigInt(v[1]), t);
            })),
            Map.entry("tomaxint", shape("", req(0), v -> s -> s.randomState().tomaxint())),
            Map.entry("standard_exponential", shape("", req(0), v -> s -> s.randomState().standardExponential())),
            Map.entry("exponential", shape("scale", new Object[] {1.0}, v -> s -> s.randomState().exponential(d(v[0])))),
            Map.entry("standard_gamma", shape("shape", req(1), v -> s -> s.randomState().standardGamma(d(v[0])))),
            Map.entry("gamma", shape("shape,scale", new Object[] {REQUIRED, 1.0},
                    v -> s -> s.randomState().gamma(d(v[0]), d(v[1])))),
            Map.entry("beta", shape("a,b", req(2), v -> s -> s.randomState().beta(d(v[0]), d(v[1])))),
            Map.entry("chisquare", shape("df", req(1), v -> s -> s.randomState().chisquare(d(v[0])))),
            Map.entry("noncentral_chisquare", shape("df,nonc", req(2),
                    v -> s -> s.randomState().noncentralChisquare(d(v[0]), d(v[1])))),
            Map.entry("f", shape("dfnum,dfden", req(2), v -> s -> s.randomState().f(d(v[0]), d(v[1])))),
            Map.entry("noncentral_f", shape("dfnum,dfden,nonc", req(3),
                    v -> s -> s.randomState().noncentralF(d(v[0]), d(v[1]), d(v[2])))),
            Map.entry("standard_t", shape("df", req(1), v -> s -> s.randomState().standardT(d(v[0])))),
            Map.entry("standard_cauchy", shape("", req(0), v -> s -> s.randomState().standardCauchy())),
            Map.entry("lognormal", shape("mean,sigma", new Object[] {0.0, 1.0},
                    v -> s -> s.randomState().lognormal(d(v[0]), d(v[1])))),
            Map.entry("pareto", shape("a", req(1), v -> s -> s.randomState().pareto(d(v[0])))),
            Map.entry("power", shape("a", req(1), v -> s -> s.randomState().power(d(v[0])))),
            Map.entry("weibull", shape("a", req(1), v -> s -> s.randomState().weibull(d(v[0])))),
            Map.entry("rayleigh", shape("scale", new Object[] {1.0}, v -> s -> s.randomState().rayleigh(d(v[0])))),
            Map.entry("wald", shape("mean,scale", req(2), v -> s -> s.randomState().wald(d(v[0]), d(v[1])))),
            Map.entry("vonmises", shape("mu,kappa", req(2), v -> s -> s.randomState().vonmises(d(v[0]), d(v[1])))),
            Map.entry("laplace", shape("loc,scale", new Object[] {0.0, 1.0},
                    v -> s -> s.randomState().laplace(d(v[0]), d(v[1])))),
            Map.entry("gumbel", shape("loc,scale", new Object[] {0.0, 1.0},
                    v -> s -> s.randomState().gumbel(d(v[0]), d(v[1])))),
            Map.entry("logistic", shape("loc,scale", new Object[] {0.0, 1.0},
                    v -> s -> s.randomState().logistic(d(v[0]), d(v[1])))),
            Map.entry("triangular", shape("left,mode,right", req(3),
                    v -> s -> s.randomState().triangular(d(v[0]), d(v[1]), d(v[2])))),
            Map.entry("poisson", shape("lam", new Object[] {1.0}, v -> s -> s.randomState().poisson(d(v[0])))),
            Map.entry("binomial", shape("n,p", req(2), v -> s -> s.randomState().binomial(l(v[0]), d(v[1])))),
            Map.entry("negative_binomial", shape("n,p", req(2),
                    v -> s -> s.randomState().negativeBinomial(d(v[0]), d(v[1])))),
            Map.entry("geometric", shape("p", req(1), v -> s -> s.randomState().geometric(d(v[0])))),
            Map.entry("zipf", shape("a", req(1), v -> s -> s.randomState().zipf(d(v[0])))),
            Map.entry("logseries", shape("p", req(1), v -> s -> s.randomState().logseries(d(v[0])))),
            Map.entry("hypergeometric", shape("ngood,nbad,nsample", req(3),
                    v -> s -> s.randomState().hypergeometric(l(v[0]), l(v[1]), l(v[2])))));

    /** A list of numbers (a vector parameter: dirichlet's alpha, multinomial's pvals, choice's p). */
    private static double[] doubles(Object v) {
        if (!(v instanceof java.util.List)) {
            throw new IllegalArgumentException("not a list");
        }
        java.util.List<?> l = (java.util.List<?>) v;
        double[] d = new double[l.size()];
        for (int i = 0; i < d.length; i++) {
            Object x = l.get(i);
            if (x instanceof java.util.List) {
                throw new IllegalArgumentException("not a flat list");
            }
            d[i] = Py.toDouble(x);
        }
        return d;
    }

    /** A list of ints (multivariate_hypergeometric's colors). */
    private static long[] longs(Object v) {
        if (!(v instanceof java.util.List)) {
            throw new IllegalArgumentException("not a list");
        }
        java.util.List<?> l = (java.util.List<?>) v;
        long[] out = new long[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = l(l.get(i));
        }
        return out;
    }

    private static boolean isFloat32(Object dtype) {
        if (dtype == null) {
            return false;
        }
        String t = Py.dtype(dtype);
        if (t.equals("float32")) {
            return true;
        }
        if (t.equals("float64")) {
            return false;
        }
        throw new IllegalArgumentException("dtype " + t);
    }

    /**
     * The spec of a job, when it has one: a {@code Generator} method the plans know, drawn
     * element by element with scalar parameters, from a source made from a seed and not yet
     * drawn from.
     */
    static Mapping of(Source source, Job job) {
        if (source.api() != Source.Api.GENERATOR) {
            return Mapping.none("only numpy.random.Generator's methods can be split, not "
                    + source.api().className + "'s");
        }
        SeedSequence seed = source.seed();
        if (seed == null) {
            return Mapping.none("the generator comes from a saved state, not a seed");
        }
        BitGenerator bg = source.bitGenerator();
        BitGenerator fresh = BitGenerators.create(bg.name(), seed);
        if (!StateJson.of(new Generator(fresh)).equals(source.stateJson())) {
            return Mapping.none("the generator has drawn since it was seeded");
        }
        StreamSpec base = StreamSpec.of(bg.name(), seed);
        if (job.method().equals("multivariate_normal")) {
            return multivariateNormal(job, base);
        }
        return fromShape(job, SHAPES.get(job.method()), base);
    }

    /**
     * The spec of a job in blocked mode ({@code generate --blocked B}): block {@code b} of
     * {@code B} elements drawn by {@code Generator(BG(child_b))}, or {@code RandomState(BG(child_b))}
     * for {@code legacy}, with {@code child_b = SeedSequence(seed, spawn_key=(b,))}; any method a
     * spec has, with scalar arguments.
     */
    static Mapping blocked(Job job, String bg, SeedSequence seed, boolean legacy, long block) {
        StreamSpec base = StreamSpec.of(bg, seed).blocked(block);
        if (!legacy && job.method().equals("multivariate_normal")) {
            return multivariateNormal(job, base);
        }
        return fromShape(job, (legacy ? LEGACY_SHAPES : SHAPES).get(job.method()), base);
    }

    /** The spec of a job's call of a method with scalar arguments over {@code base}'s seed and blocks. */
    private static Mapping fromShape(Job job, Shape shape, StreamSpec base) {
        // narrow integers (one word buffer per call) are element-wise in blocked mode, each block one call
        boolean elementwise = job.mode() == Job.Mode.CHUNKED || base.blockSize() > 0 && job.mode() == Job.Mode.SMALL_INTS;
        if (shape == null || !elementwise || job.shape() == null || job.shape().length == 0) {
            return Mapping.none(job.method() + (base.blockSize() > 0
                    ? " with these arguments has no blocked stream (an element-wise method with scalar arguments and a size)"
                    : " with these arguments is drawn in one piece"));
        }
        Object[] values = new Object[shape.names().length];
        for (int i = 0; i < values.length; i++) {
            Object v = job.param(shape.names()[i]);
            if (v == Args.ABSENT) {
                if (shape.defaults()[i] == REQUIRED) {
                    return Mapping.none("a required argument is missing");
                }
                v = shape.defaults()[i];
            }
            values[i] = v;
        }
        int out = Arrays.asList(shape.names()).indexOf("out");
        if (out >= 0 && values[out] != null) {
            return Mapping.none("out= is not supported");
        }
        try {
            StreamSpec spec = shape.make().apply(values).apply(base);
            spec.mode();
            return new Mapping(spec, null, null);
        } catch (RuntimeException e) {
            // the spec cannot be made (a seed kind, a dtype or a generator the plans lack):
            // the one-thread path draws it, or raises NumPy's error for bad arguments
            return Mapping.none(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /**
     * {@code multivariate_normal(mean, cov, size=SIZE, check_valid=..., tol=..., method=...)}
     * with any of the three methods ({@code check_valid} and {@code tol} only warn or raise,
     * which the first rows' check does first): rows made from the scan-mode normals
     * ({@link MultivariateNormalSpec}).
     */
    private static Mapping multivariateNormal(Job job, StreamSpec base) {
        if (job.shape() == null || job.shape().length == 0) {
            return Mapping.none("multivariate_normal without a size " + (base.blockSize() > 0
                    ? "has no blocked stream" : "is drawn in one piece"));
        }
        Object method = job.param("method");
        Object checkValid = job.param("check_valid");
        Object tol = job.param("tol");
        if (method != Args.ABSENT && !(method instanceof String) || checkValid != Args.ABSENT && !(checkValid instanceof String)
                || tol != Args.ABSENT && !(tol instanceof Number)) {
            return Mapping.none("multivariate_normal's method, check_valid or tol is not a plain value");
        }
        try {
            double[] mean = doubles(job.param("mean"));
            Object c = job.param("cov");
            if (!(c instanceof java.util.List)) {
                return Mapping.none("cov is not a list of lists");
            }
            java.util.List<?> rows = (java.util.List<?>) c;
            double[][] cov = new double[rows.size()][];
            for (int i = 0; i < cov.length; i++) {
                cov[i] = doubles(rows.get(i));
            }
            MultivariateNormalSpec mvn = base.multivariateNormal(mean, cov,
                    checkValid == Args.ABSENT ? "warn" : (String) checkValid,
                    tol == Args.ABSENT ? 1e-8 : ((Number) tol).doubleValue(),
                    method == Args.ABSENT ? "svd" : (String) method);
            mvn.normals().mode();
            return new Mapping(null, mvn, null);
        } catch (RuntimeException e) {
            return Mapping.none(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Element count of a job's output (rows times the row's elements). */
    static long elements(Job job) {
        long n = 1;
        for (long d : job.shape()) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }
}
