package org.nprand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code nprand eval} as a command: the argument, standard input, the error line and status. */
class EvalCommandTest {

    @Test
    void theIssuesFirstExample() {
        Cli.Result r = Cli.run("eval", "import numpy as np; np.random.seed(101); print(np.random.randint(1, 100, 5))");
        assertEquals(0, r.status());
        assertEquals("[96 12 82 71 64]\n", r.stdout());
        assertEquals("", r.stderr());
    }

    @Test
    void statementsFromStandardInput() {
        String program = "import random\nrandom.seed(10)\nrandom.randint(1, 100)\nx = random.random()\nprint(x)\n";
        Cli.Result r = Cli.runWithInput(program.getBytes(StandardCharsets.UTF_8), "eval");
        assertEquals("74\n0.032585065282054626\n", r.stdout());
        Cli.Result dash = Cli.runWithInput(program.getBytes(StandardCharsets.UTF_8), "eval", "-");
        assertEquals(r.stdout(), dash.stdout());
    }

    @Test
    void pythonErrorsAreOneLineAndStatusOne() {
        Cli.Result r = Cli.run("eval", "import numpy as np\nprint(1)\nnp.random.seed(-1)\nprint(2)");
        assertEquals(1, r.status());
        assertEquals("1\n", r.stdout());
        assertEquals("ValueError: Seed must be between 0 and 2**32 - 1\n", r.stderr());
        Cli.Result syntax = Cli.run("eval", "print(1)\nx = (");
        assertEquals(1, syntax.status());
        assertEquals("", syntax.stdout(), "nothing runs when the program does not parse");
        assertTrue(syntax.stderr().startsWith("SyntaxError: "), syntax.stderr());
        Cli.Result attr = Cli.run("eval", "import numpy as np\nnp.random.default_rng(1).nosuch()");
        assertEquals("AttributeError: 'numpy.random._generator.Generator' object has no attribute 'nosuch'\n", attr.stderr());
    }

    @Test
    void unsupportedPythonSaysSo() {
        Cli.Result r = Cli.run("eval", "def f(): pass");
        assertEquals(1, r.status());
        assertTrue(r.stderr().startsWith("NotImplementedError: nprand eval does not support 'def'"), r.stderr());
    }
}
