package org.nprand.bitgen;

import org.nprand.internal.py.CTypes;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What PCG64 and PCG64DXSM share: the 128-bit LCG state and increment (each a hi/lo pair of
 * longs), NumPy's seeding ({@code pcg64_set_seed}, which both use with the 128-bit multiplier),
 * the state dict, {@code advance} and the jump constant. The subclasses add the step and output
 * function and the multiplier their {@code advance} uses.
 */
abstract class Pcg128Base extends Buffered64BitGenerator implements Advanceable, Jumpable {

    /** PCG's default 128-bit multiplier, high and low words. */
    static final long MULT_HI = 2549297995355413924L;
    static final long MULT_LO = 4865540595714422341L;

    /** NumPy's jump step: (phi - 1) * 2**128, {@code 0x9e3779b97f4a7c15f39cc0605cedc835}. */
    static final BigInteger JUMP_STEP = new BigInteger("9e3779b97f4a7c15f39cc0605cedc835", 16);

    long stateHi;
    long stateLo;
    long incHi;
    long incLo;

    /** NumPy's seeding: {@code generate_state(4, uint64)} gives initstate (w0:w1) and initseq (w2:w3). */
    Pcg128Base(SeedSequence seq) {
        super(seq);
        long[] w = seq.generateState64(4);
        // pcg_setseq_128_srandom_r: state = 0, inc = initseq << 1 | 1, step, state += initstate, step
        incHi = (w[2] << 1) | (w[3] >>> 63);
        incLo = (w[3] << 1) | 1;
        stateHi = 0;
        stateLo = 0;
        defaultStep();
        long lo = stateLo + w[1];
        stateHi = stateHi + w[0] + (Long.compareUnsigned(lo, stateLo) < 0 ? 1 : 0);
        stateLo = lo;
        defaultStep();
    }

    /** One step with the 128-bit multiplier: {@code state = state * MULT + inc (mod 2**128)}. */
    final void defaultStep() {
        long lo = stateLo;
        long pLo = lo * MULT_LO;
        stateHi = stepHi(stateHi, lo, pLo, incHi, incLo);
        stateLo = pLo + incLo;
    }

    /**
     * The high word after a step with the 128-bit multiplier from {@code (hi, lo)}, given the
     * low product {@code pLo = lo * MULT_LO} (the new low word is {@code pLo + incLo}). Written
     * for its dependency chains, which bound PCG64's loops: the high word's own chain is one
     * multiply and one add, the rest hangs on the low word only and is summed as a tree, and the
     * carry comes from the product ({@link UInt128#lcgCarry}), beside the low word's addition
     * rather than after it.
     */
    static long stepHi(long hi, long lo, long pLo, long incHi, long incLo) {
        long rest = (lo * MULT_HI + incHi)
                + (UInt128.multiplyHighUnsigned(lo, MULT_LO) + UInt128.lcgCarry(pLo, lo, incLo));
        return hi * MULT_LO + rest;
    }

    /** The multiplier this generator's LCG (and so its {@code advance}) uses, high word. */
    abstract long advanceMultHi();

    /** The multiplier this generator's LCG (and so its {@code advance}) uses, low word. */
    abstract long advanceMultLo();

    /**
     * NumPy's {@code advance(delta)}: as if {@code delta} draws were made; {@code delta} is taken
     * mod 2**128, so a negative value steps backwards. Clears the 32-bit buffer.
     */
    @Override
    public final void advance(BigInteger delta) {
        long[] d = UInt128.wrap(delta);
        long[] s = UInt128.lcgAdvance(stateHi, stateLo, d[0], d[1],
                advanceMultHi(), advanceMultLo(), incHi, incLo);
        stateHi = s[0];
        stateLo = s[1];
        resetBuffer();
    }

    /** {@link #advance(BigInteger)} for a long delta (a negative one steps backwards). */
    public final void advance(long delta) {
        advance(BigInteger.valueOf(delta));
    }

    /** Copies {@code other}'s full state (NumPy's {@code new.state = old.state}). */
    final void copyStateFrom(Pcg128Base other) {
        stateHi = other.stateHi;
        stateLo = other.stateLo;
        incHi = other.incHi;
        incLo = other.incLo;
        hasUInt32 = other.hasUInt32;
        uinteger = other.uinteger;
    }

    /** NumPy's {@code jump_inplace}: {@code advance(JUMP_STEP * jumps)}. */
    final void jumpInPlace(BigInteger jumps) {
        advance(JUMP_STEP.multiply(jumps));
    }

    /**
     * NumPy's {@code state}: {@code {'bit_generator': name, 'state': {'state': int, 'inc': int},
     * 'has_uint32': int, 'uinteger': int}}.
     */
    @Override
    public final Map<String, Object> getState() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("state", StateValues.pyInt128(stateHi, stateLo));
        inner.put("inc", StateValues.pyInt128(incHi, incLo));
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("bit_generator", name());
        state.put("state", inner);
        putBufferState(state);
        return state;
    }

    /**
     * NumPy's {@code state} setter: validates everything first (TypeError "state must be a dict",
     * ValueError "state must be for a PCG64 RNG", KeyError, OverflowError for out-of-range values,
     * in NumPy's order), then sets. The increment is taken as given, even if even, as NumPy does.
     */
    @Override
    public final void setState(Map<String, ?> value) {
        StateValues.checkHeader(value, name(), "state must be for a " + name() + " RNG");
        long[] s = StateValues.toUInt128(StateValues.item(StateValues.item(value, "state"), "state"));
        long[] inc = StateValues.toUInt128(StateValues.item(StateValues.item(value, "state"), "inc"));
        int has = CTypes.cythonCInt(StateValues.item(value, "has_uint32"));
        int u = CTypes.cythonUInt32(StateValues.item(value, "uinteger"));
        stateHi = s[0];
        stateLo = s[1];
        incHi = inc[0];
        incLo = inc[1];
        hasUInt32 = has;
        uinteger = u;
    }
}
