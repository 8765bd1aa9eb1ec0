package org.nprand.internal.parallel;

import org.nprand.math.Libm;

/**
 * The start-of-task check of a distributed plan: every JVM that generates part of a plan must
 * compute the same libm as the one the plan was made on, or a single last-bit difference in
 * {@code log}/{@code exp}/{@code pow} could flip an accept/reject test and shift every later
 * element. nprand's libm is pure Java (never {@link Math}, never the platform's), pinned to one
 * of glibc's two x86-64 variants ({@code -Dnprand.libm}); the spec records which, and each task
 * checks that its JVM computes that variant, on glibc's own results for a few inputs (taken from
 * the test vectors of {@code src/test/resources/libm}: one input per function where the two
 * variants differ, one where they agree).
 */
public final class LibmCheck {

    private LibmCheck() {
    }

    /** The variant this JVM computes: {@code "fma"} or {@code "nofma"}. */
    public static String variant() {
        return Libm.FMA ? "fma" : "nofma";
    }

    /**
     * Fails fast unless this JVM computes {@code variant} and reproduces glibc on the check
     * vectors (done once per JVM).
     *
     * @throws IllegalStateException on a mismatch
     */
    public static void verify(String variant) {
        if (!variant().equals(variant)) {
            throw new IllegalStateException("the plan was made for glibc's " + variant + " libm variant but this JVM "
                    + "computes the " + variant() + " variant: start it with -Dnprand.libm=" + variant);
        }
        String failure = Holder.FAILURE;
        if (failure != null) {
            throw new IllegalStateException("this JVM does not reproduce glibc's libm (" + failure
                    + "); its random numbers would not match the plan's");
        }
    }

    private static final class Holder {
        static final String FAILURE = check();
    }

    private static String check() {
        boolean fma = Libm.FMA;
        StringBuilder bad = new StringBuilder();
        // {input bits, glibc fma result, glibc nofma result}
        d(bad, "log", Libm.log(x(0x3fe8ee4792c6cb7dL)), fma ? 0xbfcff3f724bd31c4L : 0xbfcff3f724bd31c3L);
        d(bad, "log", Libm.log(x(0x3fdffeb382b0de26L)), 0xbfe62f8f8308df92L);
        d(bad, "exp", Libm.exp(x(0xc064f47ae84ce420L)), fma ? 0x30d1b61801fda141L : 0x30d1b61801fda140L);
        d(bad, "exp", Libm.exp(x(0x4068dbda6c77fdecL)), 0x51de0d2659d8bdfcL);
        d(bad, "pow", Libm.pow(x(0x3fd2d9602a32c278L), x(0x3fb5087e9f84081bL)),
                fma ? 0x3fecf134af91d5d1L : 0x3fecf134af91d5d0L);
        d(bad, "pow", Libm.pow(x(0x3fe3a8432134e15bL), x(0x3fae52e148511dceL)), 0x3fef16f4d74dea88L);
        d(bad, "log1p", Libm.log1p(x(0xbfd7740ff8cc51c0L)), fma ? 0xbfdd3627c69fc0bcL : 0xbfdd3627c69fc0bbL);
        d(bad, "log1p", Libm.log1p(x(0xbfe9db2510c0972cL)), 0xbffa677cca459486L);
        d(bad, "expm1", Libm.expm1(x(0x4065c6a3a35739e4L)), fma ? 0x4fa416860506b8b5L : 0x4fa416860506b8b4L);
        d(bad, "expm1", Libm.expm1(x(0xc063b6b6bba5af7cL)), 0xbff0000000000000L);
        f(bad, "logf", Libm.logf(Float.intBitsToFloat(0x3dfa4a90)), 0xc0068711);
        f(bad, "expf", Libm.expf(Float.intBitsToFloat(0x4202422f)), fma ? 0x56fc9f1c : 0x56fc9f1b);
        f(bad, "expf", Libm.expf(Float.intBitsToFloat(0x41b6499a)), 0x4fea742f);
        f(bad, "powf", Libm.powf(Float.intBitsToFloat(0x43e9a10d), Float.intBitsToFloat(0xc11d7ea7)),
                fma ? 0x13d11015 : 0x13d11014);
        f(bad, "powf", Libm.powf(Float.intBitsToFloat(0x3f010e0c), Float.intBitsToFloat(0x3e0945ed)), 0x3f698a79);
        return bad.length() == 0 ? null : bad.toString();
    }

    private static double x(long bits) {
        return Double.longBitsToDouble(bits);
    }

    private static void d(StringBuilder bad, String fn, double got, long want) {
        if (Double.doubleToRawLongBits(got) != want) {
            bad.append(bad.length() == 0 ? "" : ", ").append(fn);
        }
    }

    private static void f(StringBuilder bad, String fn, float got, int want) {
        if (Float.floatToRawIntBits(got) != want) {
            bad.append(bad.length() == 0 ? "" : ", ").append(fn);
        }
    }
}
