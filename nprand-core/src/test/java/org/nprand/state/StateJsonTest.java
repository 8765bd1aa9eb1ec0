package org.nprand.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.BitGenerators;
import org.nprand.bitgen.SeedSequence;
import org.nprand.errors.ValueError;
import org.nprand.numpy.Generator;
import org.nprand.numpy.LegacyState;
import org.nprand.numpy.RandomState;
import org.nprand.python.PyRandom;

/** {@link StateJson}: every state round-trips, in Python's {@code json.dumps} layout. */
class StateJsonTest {

    @Test
    void everyBitGeneratorRoundTrips() {
        for (String name : new String[] {"MT19937", "PCG64", "PCG64DXSM", "Philox", "SFC64"}) {
            BitGenerator a = BitGenerators.create(name, new SeedSequence(2024));
            a.nextDouble();
            a.nextInt(); // leaves a buffered 32-bit half in the 64-bit generators
            String json = StateJson.of(a);
            assertTrue(json.startsWith("{\"bit_generator\": \"" + name + "\", \"state\": {"), json);
            BitGenerator b = BitGenerators.create(name, new SeedSequence(1));
            StateJson.restore(b, json);
            assertEquals(json, StateJson.of(b));
            for (int i = 0; i < 100; i++) {
                assertEquals(a.nextLong(), b.nextLong(), name);
                assertEquals(a.nextInt(), b.nextInt(), name);
            }
        }
    }

    @Test
    void generatorRandomStateAndPyRandom() {
        Generator g = Generator.defaultRng(42);
        g.random(7);
        Generator h = new Generator(BitGenerators.create("PCG64", new SeedSequence(0)));
        StateJson.restore(h, StateJson.of(g));
        assertEquals(g.random(), h.random());

        RandomState rs = new RandomState(101);
        rs.standardNormal(); // caches the second Gaussian
        String json = StateJson.of(rs);
        assertTrue(json.contains("\"has_gauss\": 1, \"gauss\": "), json);
        RandomState copy = new RandomState(0);
        StateJson.restore(copy, json);
        assertEquals(rs.standardNormal(), copy.standardNormal());
        // the legacy tuple, as json.dump(np.random.get_state(), ...) writes it
        RandomState tupled = new RandomState(0);
        StateJson.restore(tupled, StateJson.write(rs.getLegacyState()));
        assertEquals(rs.random(), tupled.random());
        LegacyState ls = rs.getLegacyState();
        assertEquals("MT19937", ls.bitGenerator());
        Map<String, Object> dict = rs.getStateDict();
        assertEquals("MT19937", dict.get("bit_generator"));

        PyRandom r = new PyRandom(10);
        r.gauss(0, 1);
        PyRandom s = new PyRandom(0);
        StateJson.restore(s, StateJson.of(r));
        assertEquals(r.gauss(0, 1), s.gauss(0, 1));
        assertEquals(r.random(), s.random());
    }

    @Test
    void readsPythonsJson() {
        Object v = StateJson.parse("{\"a\": [1, -2, 18446744073709551615, 1.5, NaN, -Infinity, true, null, \"x\\u00e9\\n\"]}");
        List<?> a = (List<?>) ((Map<?, ?>) v).get("a");
        assertEquals(1L, a.get(0));
        assertEquals(-2L, a.get(1));
        assertEquals(new BigInteger("18446744073709551615"), a.get(2));
        assertEquals(1.5, a.get(3));
        assertTrue(Double.isNaN((Double) a.get(4)));
        assertEquals(Double.NEGATIVE_INFINITY, a.get(5));
        assertEquals(Boolean.TRUE, a.get(6));
        assertEquals(null, a.get(7));
        assertEquals("x\u00e9\n", a.get(8));
        assertEquals("{\"a\": [1, -2, 18446744073709551615, 1.5, NaN, -Infinity, true, null, \"x\\u00e9\\n\"]}",
                StateJson.write(v));
        assertThrows(ValueError.class, () -> StateJson.parse("{\"a\": }"));
        assertThrows(ValueError.class, () -> StateJson.parse("[1, 2] x"));
        assertEquals(List.of(4294967295L), StateJson.parse(StateJson.write(new int[] {-1})));
    }
}
