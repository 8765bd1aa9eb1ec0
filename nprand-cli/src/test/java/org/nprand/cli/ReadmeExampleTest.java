package org.nprand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Use it from Maven or Gradle" section: its Java example compiles against
 * nprand-core alone and prints exactly the output the README shows; its coordinates are the
 * project's and its module name is nprand-core's.
 */
class ReadmeExampleTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    private static String section() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## Use it from Maven or Gradle");
        assertTrue(start >= 0, "the README has the section");
        int end = readme.indexOf("\n## ", start + 5);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static List<String> blocks(String text, String lang) {
        Matcher m = Pattern.compile("```" + lang + "\n(.*?)```", Pattern.DOTALL).matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theJavaExampleCompilesAndPrintsWhatTheReadmeSays(@TempDir Path dir) throws Exception {
        String s = section();
        String source = blocks(s, "java").get(0);
        String expected = blocks(s.substring(s.indexOf("It prints")), "").get(0);
        Path src = dir.resolve("Example.java");
        Files.writeString(src, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "a JDK");
        StringWriter diagnostics = new StringWriter();
        // only nprand-core on the class path: the example needs nothing else
        String core = ROOT.resolve("nprand-core/target/classes").toString();
        boolean ok = javac.getTask(diagnostics, null, null, List.of("-cp", core, "-d", dir.toString(), "-Xlint:all", "-Werror"),
                null, javac.getStandardFileManager(null, null, null).getJavaFileObjects(src.toFile())).call();
        assertTrue(ok, "the README example compiles:\n" + diagnostics);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL(), Path.of(core).toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass("Example").getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(saved);
        }
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void coordinatesAndModuleNameAreTheProjects() throws Exception {
        String s = section();
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher v = Pattern.compile("<artifactId>nprand-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(v.find());
        String version = v.group(1);
        assertTrue(s.contains("`org.nprand:nprand-core:" + version + "`"), "Maven coordinates with version " + version);
        assertTrue(s.contains("<version>" + version + "</version>"));
        assertTrue(s.contains("implementation(\"org.nprand:nprand-core:" + version + "\")"));
        String moduleInfo = Files.readString(ROOT.resolve("nprand-core/src/main/java/module-info.java"));
        assertTrue(moduleInfo.contains("module org.nprand.core {"));
        assertTrue(s.contains("`org.nprand.core`"));
        String lgpl = Files.readString(ROOT.resolve("nprand-libm-lgpl/src/main/java/module-info.java"));
        assertTrue(lgpl.contains("module org.nprand.libm.lgpl {") && s.contains("`org.nprand.libm.lgpl`"));
        for (String module : new String[] {"nprand-core", "nprand-libm-lgpl"}) {
            String p = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            assertTrue(p.contains("maven-source-plugin") && p.contains("maven-javadoc-plugin"), module + " ships sources and javadoc");
        }
    }
}
