package org.nprand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The protocol's equality agrees with compare.py's on each rule of PROTOCOL.md. */
class ProtocolEqualityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ProtocolEquality.Difference diff(String expected, String actual) throws Exception {
        return new ProtocolEquality().firstDifference(tree(expected), tree(actual), "v");
    }

    private static JsonNode tree(String json) throws Exception {
        return JSON.readTree(json);
    }

    @Test
    void integersAreExactAtAnySizeAndNeverFloatsOrBooleans() throws Exception {
        assertNull(diff("18446744073709551615", "18446744073709551615"));
        assertNull(diff("-1606938044258990275541962092341162602522202993782792835301376",
                "-1606938044258990275541962092341162602522202993782792835301376"));
        assertNotNull(diff("18446744073709551615", "18446744073709551614"));
        assertNotNull(diff("3", "3.0"));
        assertNotNull(diff("1", "true"));
        assertNotNull(diff("true", "1"));
        assertNotNull(diff("true", "false"));
    }

    @Test
    void floatsAgreeBitForBitWithNanEqualToNan() throws Exception {
        assertNull(diff("0.1", "0.1"));
        assertNull(diff("0.1", "0.1000000000000000055511151231257827"));  // same double
        assertNotNull(diff("0.1", "0.10000000000000002"));                  // one ulp away
        assertNotNull(diff("0.0", "-0.0"));
        assertNull(diff("{\"float\": \"nan\"}", "{\"float\": \"nan\"}"));
        assertNotNull(diff("{\"float\": \"inf\"}", "{\"float\": \"-inf\"}"));
        assertNotNull(diff("1.0", "1"));
    }

    @Test
    void float32ArraysCompareAsFloat32() throws Exception {
        // 0.1f's exact double versus the shortest float32 text: the same float32
        assertNull(diff("{\"dtype\": \"float32\", \"shape\": [1], \"data\": [0.10000000149011612]}",
                "{\"dtype\": \"float32\", \"shape\": [1], \"data\": [0.1]}"));
        assertNotNull(diff("{\"dtype\": \"float64\", \"shape\": [1], \"data\": [0.10000000149011612]}",
                "{\"dtype\": \"float64\", \"shape\": [1], \"data\": [0.1]}"));
        assertNotNull(diff("{\"dtype\": \"float32\", \"shape\": [1], \"data\": [0.10000000149011612]}",
                "{\"dtype\": \"float32\", \"shape\": [1], \"data\": [0.10000002384185791]}"));
    }

    @Test
    void arraysNeedTheSameDtypeShapeAndData() throws Exception {
        String a = "{\"dtype\": \"int64\", \"shape\": [2, 2], \"data\": [1, 2, 3, 4]}";
        assertNull(diff(a, a));
        assertEquals("v.dtype", diff(a, a.replace("int64", "int32")).path());
        assertEquals("v.shape[0]", diff(a, a.replace("[2, 2]", "[4, 1]")).path());
        ProtocolEquality.Difference d = diff(a, a.replace("3, 4]", "3, 5]"));
        assertEquals("v.data[3]", d.path());
        assertEquals("4", d.expected());
        assertEquals("5", d.actual());
    }

    @Test
    void errorsAgreeOnClassAndCountMessagesApart() throws Exception {
        ProtocolEquality equality = new ProtocolEquality();
        assertNull(equality.firstDifference(tree("[{\"error\": \"ValueError\", \"message\": \"low >= high\"},"
                        + " {\"error\": \"ValueError\", \"message\": \"a\"}]"),
                tree("[{\"error\": \"ValueError\", \"message\": \"low >= high\"},"
                        + " {\"error\": \"ValueError\", \"message\": \"b\"}]"), "v"));
        assertEquals(2, equality.messagesCompared());
        assertEquals(1, equality.messagesIdentical());
        assertEquals("v[1].message", equality.firstMessageDifference().path());
        assertNotNull(diff("{\"error\": \"ValueError\", \"message\": \"x\"}",
                "{\"error\": \"TypeError\", \"message\": \"x\"}"));
        assertNotNull(diff("{\"error\": \"ValueError\", \"message\": \"x\"}", "0.5"));
    }

    @Test
    void objectsAndListsNeedTheSameKeysAndLengths() throws Exception {
        assertNull(diff("{\"a\": [1, null, \"s\"]}", "{\"a\": [1, null, \"s\"]}"));
        assertEquals("v.b", diff("{\"a\": 1}", "{\"a\": 1, \"b\": 2}").path());
        assertEquals("v.a", diff("{\"a\": 1}", "{\"b\": 1}").path());
        assertEquals("v.length", diff("[1, 2]", "[1, 2, 3]").path());
        assertNotNull(diff("null", "0"));
        assertNotNull(diff("\"s\"", "\"t\""));
    }
}
