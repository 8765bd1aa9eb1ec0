package org.nprand.math;

/**
 * The C library's math functions exactly as glibc 2.36 computes them on x86-64: the functions
 * NumPy's and CPython's samplers call, each returning glibc's result in every bit, in pure Java.
 *
 * <p>Every sampler in nprand calls these, never {@link Math} or {@link StrictMath}: those disagree
 * with glibc on 0.1-10% of inputs, and one last-bit difference can flip an accept/reject test and
 * shift every later draw.
 *
 * <h2>The reference and the switch</h2>
 * On x86-64, glibc chooses at load time between a variant compiled with FMA (used when the CPU has
 * FMA and AVX2, as on the reference machine) and a plain SSE2 variant; the two disagree on up to
 * about 0.2% of inputs. nprand reproduces the FMA variant by default, on every JVM and CPU (it
 * uses {@link Math#fma}, which is exact everywhere and fast where the CPU has FMA). Start the JVM
 * with {@code -Dnprand.libm=nofma} to reproduce the non-FMA variant instead, for a NumPy that runs
 * on a CPU or VM without FMA/AVX2. The choice is read once, when this class is initialised.
 *
 * <h2>Functions Java already computes exactly</h2>
 * {@code sqrt}, {@code floor}, {@code ceil}, {@code fabs} and {@code fmod} are exact operations
 * (IEEE 754 correctly rounded, or exact by definition) in both C and Java, so samplers use
 * {@link Math#sqrt}, {@link Math#floor}, {@link Math#ceil}, {@link Math#abs} and Java's {@code %}
 * directly; {@code sqrtf} is {@code (float) Math.sqrt(x)}, exact by double rounding innocuity.
 *
 * <p>All methods are static, allocation-free and thread-safe.
 */
public final class Libm {

    /** The variant switch: {@code true} (default) for glibc's FMA variant, see the class javadoc. */
    public static final boolean FMA = variantIsFma(System.getProperty("nprand.libm", "fma"));

    private Libm() {
    }

    /** Reads the switch; anything but {@code fma} or {@code nofma} is an error, never a silent default. */
    static boolean variantIsFma(String value) {
        switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "fma":
                return true;
            case "nofma":
                return false;
            default:
                throw new IllegalArgumentException("-Dnprand.libm=" + value
                        + ": expected fma (glibc's FMA variant, the default) or nofma (its SSE2 variant)");
        }
    }

    // ---- exp, log, log2, pow (glibc's code from ARM optimized-routines) ------------------------

    /**
     * C's {@code log(x)} (the natural logarithm) as glibc 2.36 computes it; what NumPy's samplers
     * (e.g. {@code RandomState.standard_exponential}) and CPython's {@code math.log} call.
     */
    public static double log(double x) {
        return FMA ? GlibcLog.logFma(x) : GlibcLog.logNoFma(x);
    }

    /** C's {@code exp(x)} as glibc 2.36 computes it (NumPy's samplers, CPython's {@code math.exp}). */
    public static double exp(double x) {
        return FMA ? GlibcExp.expFma(x) : GlibcExp.expNoFma(x);
    }

    /**
     * C's {@code pow(x, y)} as glibc 2.36 computes it, for every pair including negative x with
     * integer y, zeros, infinities and NaNs (NumPy's samplers, e.g. {@code RandomState.power}).
     * For the exponents 2, 1, 1/2 and -1 the result is usually found as the exact square, value,
     * square root or reciprocal, where that is provably glibc's ({@link ExactPowers}).
     */
    public static double pow(double x, double y) {
        if (ExactPowers.mayAnswer(y)) {
            return powOfPowerOfTwo(x, y);
        }
        return FMA ? GlibcPow.powFma(x, y) : GlibcPow.powNoFma(x, y);
    }

    /**
     * {@link #pow} for {@code y} a power of two or its negative: the shortcut, else glibc's. A
     * method of its own so that {@code pow} stays small for every other exponent: with the
     * shortcut written inline, {@code pow(x, 1/1.5)} measured 20% slower on JDK 25.
     */
    private static double powOfPowerOfTwo(double x, double y) {
        double exact = ExactPowers.pow(x, y);
        if (exact == exact) {
            return exact;
        }
        return FMA ? GlibcPow.powFma(x, y) : GlibcPow.powNoFma(x, y);
    }

    /** C's {@code log2(x)} as glibc 2.36 (Debian 12) computes it; CPython's {@code math.log2}. */
    public static double log2(double x) {
        return FMA ? GlibcLog2.log2Fma(x) : GlibcLog2.log2NoFma(x);
    }

    // ---- log1p, expm1 (fdlibm lineage) and the float functions expf, logf, log1pf, powf --------

    /**
     * glibc's {@code log1p(x)} = log(1 + x) (the C function NumPy's samplers call, e.g.
     * {@code Generator.standard_exponential(method='inv')}); fdlibm lineage.
     */
    public static double log1p(double x) {
        return FMA ? GlibcLog1p.log1pFma(x) : GlibcLog1p.log1p(x);
    }

    /** glibc's {@code expm1(x)} = exp(x) - 1 (the C function NumPy's samplers call); fdlibm lineage. */
    public static double expm1(double x) {
        return FMA ? GlibcExpm1.expm1Fma(x) : GlibcExpm1.expm1(x);
    }

    /**
     * glibc's {@code expf(x)}, single precision (the C function NumPy's float32 samplers call,
     * e.g. {@code Generator.standard_gamma(dtype=np.float32)}).
     */
    public static float expf(float x) {
        return FMA ? GlibcFloat.expfFma(x) : GlibcFloat.expf(x);
    }

    /** glibc's {@code logf(x)}, single precision (called by NumPy's float32 samplers). */
    public static float logf(float x) {
        return FMA ? GlibcFloat.logfFma(x) : GlibcFloat.logf(x);
    }

    /** glibc's {@code powf(x, y)}, single precision (called by NumPy's float32 samplers). */
    public static float powf(float x, float y) {
        return FMA ? GlibcFloat.powfFma(x, y) : GlibcFloat.powf(x, y);
    }

    /**
     * glibc's {@code log1pf(x)}, single precision (called by NumPy's float32 samplers, e.g.
     * {@code Generator.standard_exponential(dtype=np.float32, method='inv')}); glibc has one build
     * of it, so it does not depend on {@link #FMA}.
     */
    public static float log1pf(float x) {
        return GlibcLog1pf.log1pf(x);
    }

    // ---- sin, cos, acos (IBM Accurate Mathematical Library lineage) ----------------------------
    //
    // glibc's only sin/cos/acos are IBM's LGPL code, so the exact port lives in the separate module
    // nprand-libm-lgpl and arrives through org.nprand.math.spi.TrigProvider; without it these fall
    // back to a deterministic implementation that is not exact on every input.

    /**
     * Whether {@link #sin}, {@link #cos} and {@link #acos} are glibc's exact results: true when the
     * LGPL module {@code nprand-libm-lgpl} is on the class or module path, false when they fall
     * back to nprand-core's own deterministic, not bit-exact implementation.
     */
    public static boolean trigIsExact() {
        return TrigFunctions.PROVIDER != null;
    }

    /**
     * The C library's {@code sin(x)} (glibc's {@code __sin}, which CPython's {@code math.sin}
     * and {@code random.gauss}/{@code vonmisesvariate} call): exact when {@link #trigIsExact()}.
     */
    public static double sin(double x) {
        var p = TrigFunctions.PROVIDER;
        return p != null ? p.sin(x, FMA) : FallbackTrig.sin(x);
    }

    /**
     * The C library's {@code cos(x)} (glibc's {@code __cos}, which NumPy's {@code vonmises} and
     * CPython's {@code math.cos} call): exact when {@link #trigIsExact()}.
     */
    public static double cos(double x) {
        var p = TrigFunctions.PROVIDER;
        return p != null ? p.cos(x, FMA) : FallbackTrig.cos(x);
    }

    /**
     * The C library's {@code acos(x)} (glibc's {@code __ieee754_acos} behind its wrapper, which
     * NumPy's {@code vonmises} calls): exact when {@link #trigIsExact()}.
     */
    public static double acos(double x) {
        var p = TrigFunctions.PROVIDER;
        return p != null ? p.acos(x, FMA) : FallbackTrig.acos(x);
    }
}
