package org.nprand.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code nprand demo} against Python itself: {@link #PYTHON_OUTPUT} is what python3 (NumPy
 * 2.4.6; the {@code random} lines also checked under CPython 3.13) printed when each example's
 * Python line was run with {@code exec}.
 */
class DemoTest {

    private static final String[][] PYTHON_OUTPUT = {
        {"np.random.seed(101); print(np.random.randint(1, 100, 5))", "[96 12 82 71 64]"},
        {"np.random.seed(0); print(np.random.rand(5))", "[0.5488135  0.71518937 0.60276338 0.54488318 0.4236548 ]"},
        {"np.random.seed(0); print(np.random.rand(5))", "[0.5488135  0.71518937 0.60276338 0.54488318 0.4236548 ]"},
        {"random.seed(10); print([random.randint(1, 100) for _ in range(5)])", "[74, 5, 55, 62, 74]"},
        {"np.random.seed(4); print(np.random.randint(low=1, high=20, size=5))", "[15  6  2  9  9]"},
        {"np.random.seed(101); a = [1, 2, 3, 4, 5]; np.random.shuffle(a); print(a)", "[1, 5, 3, 2, 4]"},
        {"random.seed(101); a = [1, 2, 3, 4, 5]; random.shuffle(a); print(a)", "[1, 4, 3, 2, 5]"},
        {"np.random.seed(0); print(np.random.standard_exponential(3))", "[0.79587451 1.25593076 0.92322315]"},
        {"np.random.seed(0); print(np.random.triangular(10, 20, 30))", "20.500668485912545"},
        {"random.seed(10); print(random.random())", "0.5714025946899135"},
    };

    @Test
    void everyExamplePrintsWhatPythonPrints() {
        List<Demo.Example> examples = Demo.examples();
        assertEquals(PYTHON_OUTPUT.length, examples.size());
        for (int i = 0; i < PYTHON_OUTPUT.length; i++) {
            assertEquals(PYTHON_OUTPUT[i][0], examples.get(i).python(), "example " + i);
            assertEquals(PYTHON_OUTPUT[i][1], examples.get(i).output(), PYTHON_OUTPUT[i][0]);
        }
    }

    @Test
    void textShowsEachOutputBesideItsPythonLine() {
        String text = Demo.text();
        for (String[] e : PYTHON_OUTPUT) {
            assertTrue(text.lines().anyMatch(l -> l.startsWith(e[0] + " ") && l.endsWith("  # " + e[1])), e[0]);
        }
    }
}
