package org.nprand.bitgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each bit generator used only through {@link RandomGenerator}: nextLong is NumPy's next_uint64,
 * nextInt its (buffered) next_uint32, nextDouble its next_double. Expected values: NumPy 2.4.6,
 * {@code bg = <Name>(12345); c = bg.ctypes; c.next_uint64(a), c.next_uint32(a), c.next_double(a),
 * c.next_uint32(a)} with {@code a = c.state_address}.
 */
class RandomGeneratorViewTest {

    private record Expect(String name, Supplier<RandomGenerator> make, long u64, int u32, double d, int u32b) {
    }

    @TestFactory
    List<DynamicTest> numpyDrawsThroughTheJavaInterface() {
        List<Expect> cases = List.of(
                new Expect("MT19937", () -> new MT19937(12345), 0x60bc0addd7d0d9d3L, 0x55016af1, 0.38635545688696116, 0x547b482a),
                new Expect("PCG64", () -> new PCG64(12345), 0x3a32b18db2ffc19dL, 0xc9e4c4de, 0.7973654573327341, 0x51171315),
                new Expect("PCG64DXSM", () -> new PCG64DXSM(12345), 0xee9ce7d91fd0146fL, 0x046a0883, 0.21698197019501064, 0x5666c45f),
                new Expect("Philox", () -> new Philox(12345), 0x6bb68ec5e0887940L, 0x9d498901, 0.4331635821770152, 0xa7363669),
                new Expect("SFC64", () -> new SFC64(12345), 0x30f2a9be9b3bfe42L, 0xf7dfb297, 0.49135809785873485, 0x4e61d5c0));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            RandomGenerator g = c.make().get();
            assertEquals(Long.toHexString(c.u64()), Long.toHexString(g.nextLong()), c.name() + " nextLong");
            assertEquals(Integer.toHexString(c.u32()), Integer.toHexString(g.nextInt()), c.name() + " nextInt");
            assertEquals(Double.doubleToRawLongBits(c.d()), Double.doubleToRawLongBits(g.nextDouble()), c.name() + " nextDouble");
            assertEquals(Integer.toHexString(c.u32b()), Integer.toHexString(g.nextInt()), c.name() + " nextInt (buffered half)");
        })).toList();
    }
}
