package org.nprand.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one switch, {@code -Dnprand.libm}: two values, and a typo is an error, not the default. */
class LibmSwitchTest {

    @Test
    void acceptsTheTwoVariants() {
        assertTrue(Libm.variantIsFma("fma"));
        assertTrue(Libm.variantIsFma(" FMA "));
        assertFalse(Libm.variantIsFma("nofma"));
        assertFalse(Libm.variantIsFma("NoFma"));
    }

    @Test
    void rejectsAnythingElse() {
        for (String bad : new String[] {"no-fma", "sse2", "", "true"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Libm.variantIsFma(bad));
            assertEquals("-Dnprand.libm=" + bad + ": expected fma (glibc's FMA variant, the default) or nofma (its SSE2 variant)",
                    e.getMessage());
        }
    }
}
