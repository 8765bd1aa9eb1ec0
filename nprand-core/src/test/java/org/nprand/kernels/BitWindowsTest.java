package org.nprand.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/** Every 16-bit value's bits stand, least significant first, at {@code BitWindows.start(v)}. */
class BitWindowsTest {

    @Test
    void everyPatternIsAWindowOfTheSequence() {
        boolean[] s = BitWindows.sequence();
        assertEquals(65536 + 15, s.length, "a de Bruijn sequence of order 16, its first 15 elements repeated");
        for (int v = 0; v < 1 << 16; v++) {
            int p = BitWindows.start(v);
            for (int j = 0; j < 16; j++) {
                if (s[p + j] != (((v >>> j) & 1) != 0)) {
                    fail("value " + v + " (0x" + Integer.toHexString(v) + "): bit " + j + " at " + (p + j) + " is " + s[p + j]);
                }
            }
        }
        // only the low 16 bits are read
        assertEquals(BitWindows.start(0x1234), BitWindows.start(0xABCD1234));
    }
}
