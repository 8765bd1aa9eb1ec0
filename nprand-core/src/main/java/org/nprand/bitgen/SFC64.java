package org.nprand.bitgen;

import org.nprand.internal.py.CTypes;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * NumPy's {@code numpy.random.SFC64}: Chris Doty-Humphrey's Small Fast Chaotic PRNG, four 64-bit
 * words (the last a counter). No {@code advance} or {@code jumped}, as in NumPy.
 */
public final class SFC64 extends Buffered64BitGenerator {

    private long a;
    private long b;
    private long c;
    private long counter;

    /** {@code SFC64()}: seeded from fresh OS entropy ({@code SeedSequence()}). */
    public SFC64() {
        this(new SeedSequence());
    }

    /**
     * {@code SFC64(seed)}: seeded through {@code SeedSequence(seed)}.
     *
     * @throws org.nprand.errors.ValueError "expected non-negative integer" for a negative seed
     */
    public SFC64(long seed) {
        this(new SeedSequence(seed));
    }

    /** {@code SFC64(seed)} for an int of any size, through {@code SeedSequence(seed)}. */
    public SFC64(BigInteger seed) {
        this(new SeedSequence(seed));
    }

    /** {@code SFC64([s0, s1, ...])}: an array seed, through {@code SeedSequence([...])}. */
    public SFC64(long... seed) {
        this(new SeedSequence(org.nprand.internal.py.Py.notNull(seed, "seed")));
    }

    /**
     * {@code SFC64(seed_seq)}: the first three words from {@code seq.generate_state(3, uint64)},
     * the counter 1, then 12 outputs discarded to mix.
     */
    public SFC64(SeedSequence seq) {
        super(org.nprand.internal.py.Py.notNull(seq, "seq"));
        long[] w = seq.generateState64(3);
        a = w[0];
        b = w[1];
        c = w[2];
        counter = 1;
        for (int i = 0; i < 12; i++) {
            next64();
        }
    }

    @Override
    public String name() {
        return "SFC64";
    }

    @Override
    protected long next64() {
        long tmp = a + b + counter;
        counter++;
        a = b ^ (b >>> 11);
        b = c + (c << 3);
        c = Long.rotateLeft(c, 24) + tmp;
        return tmp;
    }

    // The fills are repeated in each final generator class so the JIT sees one next64() target
    // per loop and inlines it; the inherited loop's call site is shared by every generator class.

    @Override
    public void fillUInt64(long[] out, int from, int to) {
        org.nprand.internal.py.Py.notNull(out, "out");
        Objects.checkFromToIndex(from, to, out.length);
        long a = this.a;
        long b = this.b;
        long c = this.c;
        long counter = this.counter;
        for (int i = from; i < to; i++) {
            long tmp = a + b + counter;
            counter++;
            a = b ^ (b >>> 11);
            b = c + (c << 3);
            c = Long.rotateLeft(c, 24) + tmp;
            out[i] = tmp;
        }
        this.a = a;
        this.b = b;
        this.c = c;
        this.counter = counter;
    }

    @Override
    public void fillDouble(double[] out, int from, int to) {
        org.nprand.internal.py.Py.notNull(out, "out");
        Objects.checkFromToIndex(from, to, out.length);
        long a = this.a;
        long b = this.b;
        long c = this.c;
        long counter = this.counter;
        for (int i = from; i < to; i++) {
            long tmp = a + b + counter;
            counter++;
            a = b ^ (b >>> 11);
            b = c + (c << 3);
            c = Long.rotateLeft(c, 24) + tmp;
            out[i] = (tmp >>> 11) * 0x1.0p-53;
        }
        this.a = a;
        this.b = b;
        this.c = c;
        this.counter = counter;
    }

    /**
     * NumPy's {@code state}: {@code {'bit_generator': 'SFC64', 'state': {'state': uint64[4]},
     * 'has_uint32': int, 'uinteger': int}}, the array as a {@code long[]}.
     */
    @Override
    public Map<String, Object> getState() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("state", new long[] {a, b, c, counter});
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("bit_generator", name());
        state.put("state", inner);
        putBufferState(state);
        return state;
    }

    /**
     * NumPy's {@code state} setter: validates everything first, then sets. The
     * {@code ['state']['state']} value is assigned as NumPy's {@code arr[:] = value}: a 4-element
     * {@code long[]}/{@code int[]}/{@code List}, a 1-element one or a scalar (broadcast). A wrong
     * name raises NumPy's literal message {@code "state must be for a {self.__class__.__name__} RNG"}
     * (NumPy forgot the f-string prefix).
     */
    @Override
    public void setState(Map<String, ?> value) {
        StateValues.checkHeader(value, name(), "state must be for a {self.__class__.__name__} RNG");
        long[] s = StateValues.assignUInt64(StateValues.item(StateValues.item(value, "state"), "state"), 4);
        int has = CTypes.cythonCInt(StateValues.item(value, "has_uint32"));
        int u = CTypes.cythonUInt32(StateValues.item(value, "uinteger"));
        a = s[0];
        b = s[1];
        c = s[2];
        counter = s[3];
        hasUInt32 = has;
        uinteger = u;
    }

    @Override
    public List<SFC64> spawn(int n) {
        List<SFC64> out = new ArrayList<>();
        for (SeedSequence child : spawnSeeds(n)) {
            out.add(new SFC64(child));
        }
        return out;
    }
}
