package org.nprand.libm.lgpl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs tools/libm/WideCheck.java (every Libm function against the host's glibc through
 * java.lang.foreign, millions of inputs each) in a JDK >= 22 and demands zero differences for every
 * function it did not skip. Skipped (via Assumptions) when no such JDK is found: set
 * {@code NPRAND_FFM_JAVA} to its {@code java}, or install one as /usr/lib/jvm/temurin-2x.
 *
 * <p>It lives in this module because only here is the whole of {@code Libm} exact: nprand-core's
 * classes plus this module's sin/cos/acos provider are both on the checked class path.
 *
 * <p>System properties: {@code nprand.widecheck.count} (inputs per function, default 10,000,000),
 * {@code nprand.widecheck.nofmaCount} (for the no-FMA run, default 2,000,000; 0 skips it),
 * {@code nprand.widecheck.threads} (default: up to 2), {@code nprand.widecheck.classpath} (extra class path entries, e.g. the LGPL module's classes, that
 * provide more Libm functions).
 */
class GlibcWideCheckTest {

    private static final Pattern RESULT = Pattern.compile("^RESULT (\\S+) (checked|skipped) ?(\\d+)? ?(\\d+)?.*$");

    /** The host's own variant: what NumPy on this machine gets. */
    @Test
    void hostVariantMatchesGlibcEverywhere() throws Exception {
        long count = Long.getLong("nprand.widecheck.count", 10_000_000L);
        String variant = cpuHasFmaAndAvx2() ? "fma" : "nofma";
        runAndCheck(variant, null, count);
    }

    /** The no-FMA variant, forced in the child JVM through glibc's tunables (as on a CPU without FMA). */
    @Test
    void noFmaVariantMatchesGlibcEverywhere() throws Exception {
        long count = Long.getLong("nprand.widecheck.nofmaCount", 2_000_000L);
        assumeTrue(count > 0, "nprand.widecheck.nofmaCount=0");
        runAndCheck("nofma", "glibc.cpu.hwcaps=-AVX2,-FMA", count);
    }

    private static void runAndCheck(String variant, String tunables, long count) throws Exception {
        Path java = ffmJava();
        assumeTrue(java != null, "no JDK >= 22 found (set NPRAND_FFM_JAVA): wide check skipped");
        Path module = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        if (!Files.exists(module.resolve("src").resolve("main").resolve("java").resolve("module-info.java"))
                || !module.getFileName().toString().equals("nprand-libm-lgpl")) {
            module = module.resolve("nprand-libm-lgpl");
        }
        Path program = module.resolveSibling("tools").resolve("libm").resolve("WideCheck.java");
        assertTrue(Files.exists(program), "missing " + program);
        // nprand-core's Libm plus this module's TrigProvider (found by ServiceLoader on the class path).
        String cp = module.resolveSibling("nprand-core").resolve("target").resolve("classes")
                + File.pathSeparator + module.resolve("target").resolve("classes");
        String extra = System.getProperty("nprand.widecheck.classpath", "");
        if (!extra.isEmpty()) {
            cp = cp + File.pathSeparator + extra;
        }
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Dnprand.libm=" + variant,
                "--enable-native-access=ALL-UNNAMED", "-cp", cp, program.toString(), "--count", Long.toString(count),
                "--threads", Integer.toString(Integer.getInteger("nprand.widecheck.threads",
                        Math.min(2, Runtime.getRuntime().availableProcessors())))));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("GLIBC_TUNABLES");
        if (tunables != null) {
            pb.environment().put("GLIBC_TUNABLES", tunables);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("wide check timed out");
        }
        System.out.println("---- wide check, " + variant + " variant ----");
        System.out.println(out);
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (String line : out.split("\n")) {
            Matcher m = RESULT.matcher(line.strip());
            if (!m.matches() || m.group(1).equals("variant")) {
                continue;
            }
            if (m.group(2).equals("checked")) {
                checked++;
                if (Long.parseLong(m.group(4)) != 0) {
                    failures.add(m.group(1) + ": " + m.group(4) + " of " + m.group(3) + " differ");
                }
            }
        }
        assertTrue(checked > 0, "the wide check produced no results:\n" + out);
        assertTrue(failures.isEmpty(), variant + " variant differs from glibc: " + failures + "\n" + out);
        assertEquals(0, p.exitValue(), "wide check exit status\n" + out);
    }

    private static boolean cpuHasFmaAndAvx2() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("flags")) {
                String flags = " " + line.substring(line.indexOf(':') + 1).trim() + " ";
                return flags.contains(" fma ") && flags.contains(" avx2 ");
            }
        }
        return false;
    }

    /** NPRAND_FFM_JAVA, else the newest /usr/lib/jvm/temurin-NN*&#47;bin/java with NN >= 22. */
    private static Path ffmJava() throws IOException {
        String env = System.getenv("NPRAND_FFM_JAVA");
        if (env != null && !env.isEmpty()) {
            return Files.isExecutable(Path.of(env)) ? Path.of(env) : null;
        }
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return null;
        }
        Path jvm = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvm)) {
            return null;
        }
        Path best = null;
        int bestVersion = 21;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(jvm, "temurin-*")) {
            for (Path d : ds) {
                Matcher m = Pattern.compile("temurin-(\\d+).*").matcher(d.getFileName().toString());
                Path bin = d.resolve("bin").resolve("java");
                if (m.matches() && Integer.parseInt(m.group(1)) > bestVersion && Files.isExecutable(bin)) {
                    bestVersion = Integer.parseInt(m.group(1));
                    best = bin;
                }
            }
        }
        return best;
    }
}
