package org.nprand.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * {@code NpRandom.java} is exactly what {@link NpRandomSource} makes from {@link RandomState}, so
 * every RandomState method is a module function and nothing else is.
 */
class NpRandomIsGeneratedTest {

    private static final Path SOURCE = Path.of("src/main/java/org/nprand/numpy/NpRandom.java");

    @Test
    void npRandomIsCurrent() throws IOException {
        String expected = NpRandomSource.generate();
        String actual = Files.readString(SOURCE, StandardCharsets.UTF_8);
        assertEquals(expected, actual, "NpRandom.java is stale: regenerate with tools/regen-nprandom.sh");
        assertTrue(NpRandomSource.delegated().size() >= 60, "reflection found too few RandomState methods");
    }
}
