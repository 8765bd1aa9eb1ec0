package org.nprand.cli.value;

import org.nprand.numpy.NdArray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ValueCodec}: protocol values decoded and encoded again. The JSON texts are what Python's
 * {@code json.dumps} writes for the same values (checked with python3); doubles must come back
 * with the same 64 bits.
 */
class ValueCodecTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Object decode(String json) throws Exception {
        return ValueCodec.decode(JSON.readTree(json));
    }

    private static String roundTrip(String json) throws Exception {
        return ValueCodec.encode(decode(json));
    }

    @Test
    void bigIntsAreExact() throws Exception {
        assertEquals(Long.MAX_VALUE, decode("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), decode("9223372036854775808"));
        assertEquals(new BigInteger("-1606938044258990275541962092341162602522202993782792835301376"),
                decode("-1606938044258990275541962092341162602522202993782792835301376"));
        assertEquals("[18446744073709551615, -9223372036854775808, 1606938044258990275541962092341162602522202993782792835301376]",
                roundTrip("[18446744073709551615, -9223372036854775808, 1606938044258990275541962092341162602522202993782792835301376]"));
    }

    @Test
    void unsignedValuesEncodeUnsigned() {
        assertEquals("18446744073709551615", ValueCodec.encode(ValueCodec.unsigned(-1L)));
        assertEquals("18446744073709551615", ValueCodec.encode(NdArray.scalar("uint64", -1L)));
        assertEquals("{\"dtype\": \"uint64\", \"shape\": [2], \"data\": [9223372036854775808, 1]}",
                ValueCodec.encode(NdArray.uint64(Long.MIN_VALUE, 1L)));
        assertEquals("{\"dtype\": \"uint32\", \"shape\": [1], \"data\": [4294967295]}", ValueCodec.encode(new int[] {-1}));
        assertEquals("{\"dtype\": \"int64\", \"shape\": [1], \"data\": [-1]}", ValueCodec.encode(NdArray.ofInts(-1L)));
    }

    @Test
    void doublesRoundTripBitForBit() throws Exception {
        double[] values = {0.1, 1e-5, 1e16, 1e22, 5e-324, Double.MAX_VALUE, -0.0, 0.9844476146364335, 1.0 / 3, 2.0e-308};
        for (double v : values) {
            String json = ValueCodec.encode(v);
            Object back = decode(json);
            assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits((Double) back), json);
        }
        // Python's json.dumps spellings decode to the same doubles.
        assertEquals(1e-05, decode("1e-05"));
        assertEquals(1e16, decode("1e+16"));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits((Double) decode("-0.0")));
    }

    @Test
    void nonFiniteFloats() throws Exception {
        assertEquals("[{\"float\": \"nan\"}, {\"float\": \"inf\"}, {\"float\": \"-inf\"}]",
                roundTrip("[{\"float\": \"nan\"}, {\"float\": \"inf\"}, {\"float\": \"-inf\"}]"));
        assertTrue(Double.isNaN((Double) decode("{\"float\": \"nan\"}")));
        assertEquals("{\"dtype\": \"float64\", \"shape\": [3], \"data\": [{\"float\": \"nan\"}, 1.5, {\"float\": \"-inf\"}]}",
                roundTrip("{\"dtype\": \"float64\", \"shape\": [3], \"data\": [{\"float\": \"nan\"}, 1.5, {\"float\": \"-inf\"}]}"));
    }

    @Test
    void float32IsWrittenAsItsExactDouble() throws Exception {
        // NumPy 2.4.6: np.float32(0.1).tolist() == 0.10000000149011612, what the reference writes.
        assertEquals("0.10000000149011612", ValueCodec.encode(0.1f));
        NdArray a = (NdArray) decode("{\"dtype\": \"float32\", \"shape\": [2], \"data\": [0.13406091928482056, 0.1]}");
        assertArrayEquals(new float[] {0.13406091928482056f, 0.1f}, (float[]) a.data());
        assertEquals("{\"dtype\": \"float32\", \"shape\": [2], \"data\": [0.13406091928482056, 0.10000000149011612]}",
                ValueCodec.encode(a));
    }

    @Test
    void bytesRangesDictsAndArrays() throws Exception {
        assertArrayEquals(new byte[] {0, (byte) 0xff, 0x10}, (byte[]) decode("{\"bytes\": \"00ff10\"}"));
        assertEquals("{\"bytes\": \"00ff10\"}", roundTrip("{\"bytes\": \"00FF10\"}"));
        assertEquals(new PyRange(BigInteger.ZERO, BigInteger.TEN, BigInteger.TWO), decode("{\"range\": [0, 10, 2]}"));
        assertEquals(BigInteger.valueOf(5), new PyRange(BigInteger.ZERO, BigInteger.TEN, BigInteger.TWO).length());
        assertEquals(BigInteger.valueOf(4), new PyRange(BigInteger.TEN, BigInteger.ZERO, BigInteger.valueOf(-3)).length());
        // dict key order is kept (a state dict), nested values decoded
        String state = "{\"bit_generator\": \"PCG64\", \"state\": {\"state\": 189716976294938311971084973226766695338, \"inc\": 3}, \"has_uint32\": 0, \"uinteger\": 0}";
        assertEquals(state, roundTrip(state));
        assertTrue(decode(state) instanceof LinkedHashMap);
        NdArray a = (NdArray) decode("{\"dtype\": \"int16\", \"shape\": [2, 2], \"data\": [1, -2, 3, 4]}");
        assertEquals("int16", a.dtype());
        assertArrayEquals(new int[] {2, 2}, a.intShape());
        assertArrayEquals(new long[] {1, -2, 3, 4}, a.longs());
        assertEquals("{\"dtype\": \"bool\", \"shape\": [2], \"data\": [true, false]}",
                roundTrip("{\"dtype\": \"bool\", \"shape\": [2], \"data\": [true, false]}"));
        assertEquals("7", roundTrip("{\"dtype\": \"int64\", \"shape\": [], \"data\": [7]}"));
        assertEquals("[\"a\\\"b\", null, true, \"\\u20ac\"]", roundTrip("[\"a\\\"b\", null, true, \"\u20ac\"]"));
    }

    @Test
    void errorsAndUnencodableValues() {
        assertEquals("{\"error\": \"ValueError\", \"message\": \"low >= high\"}",
                ValueCodec.encode(PyError.of(new org.nprand.errors.ValueError("low >= high"))));
        assertEquals("OverflowError", PyError.of(new ArithmeticException("long overflow")).type());
        assertEquals("ZeroDivisionError", PyError.of(new ArithmeticException("/ by zero")).type());
        assertEquals("IndexError", PyError.of(new ArrayIndexOutOfBoundsException(3)).type());
        assertEquals("TypeError", PyError.of(new ClassCastException()).type());
        assertEquals("RuntimeError", PyError.of(new IllegalStateException()).type());
        assertEquals("ValueError", PyError.of(new NegativeArraySizeException()).type());
        assertThrows(ProtocolError.class, () -> ValueCodec.encode(new Object()));
        assertEquals("{\"entropy\": 5, \"spawn_key\": [], \"pool_size\": 4, \"n_children_spawned\": 0}",
                ValueCodec.encode(new org.nprand.bitgen.SeedSequence(5)));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", List.of(1L));
        m.put("a", 2.5);
        assertEquals("{\"z\": [1], \"a\": 2.5}", ValueCodec.encode(m));
    }
}
