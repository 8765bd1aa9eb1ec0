package org.nprand.bitgen;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * NumPy's {@code numpy.random.PCG64DXSM}: PCG CM DXSM 128/64, a 128-bit LCG with the 64-bit
 * "cheap multiplier" {@code 0xda942042e4dd58b5}, whose DXSM output is taken from the state BEFORE
 * each step.
 *
 * <p>NumPy seeds it exactly as {@link PCG64} (with the 128-bit multiplier), so a seed gives both
 * generators the same initial state dict. Its {@link #advance} uses the cheap multiplier.
 */
public final class PCG64DXSM extends Pcg128Base {

    /** The cheap multiplier. */
    static final long CHEAP_MULT = 0xda942042e4dd58b5L;

    /** {@code PCG64DXSM()}: seeded from fresh OS entropy ({@code SeedSequence()}). */
    public PCG64DXSM() {
        this(new SeedSequence());
    }

    /**
     * {@code PCG64DXSM(seed)}: seeded through {@code SeedSequence(seed)}.
     *
     * @throws org.nprand.errors.ValueError "expected non-negative integer" for a negative seed
     */
    public PCG64DXSM(long seed) {
        this(new SeedSequence(seed));
    }

    /** {@code PCG64DXSM(seed)} for an int of any size, through {@code SeedSequence(seed)}. */
    public PCG64DXSM(BigInteger seed) {
        this(new SeedSequence(seed));
    }

    /** {@code PCG64DXSM([s0, s1, ...])}: an array seed, through {@code SeedSequence([...])}. */
    public PCG64DXSM(long... seed) {
        this(new SeedSequence(org.nprand.internal.py.Py.notNull(seed, "seed")));
    }

    /** {@code PCG64DXSM(seed_seq)}: seeded from {@code seq.generate_state(4, uint64)}. */
    public PCG64DXSM(SeedSequence seq) {
        super(org.nprand.internal.py.Py.notNull(seq, "seq"));
    }

    @Override
    public String name() {
        return "PCG64DXSM";
    }

    @Override
    protected long next64() {
        long hi = stateHi;
        long lo = stateLo;
        // Step: state = state * CHEAP_MULT + inc (a 64-bit multiplier times the 128-bit state).
        long pLo = lo * CHEAP_MULT;
        stateHi = cheapStepHi(hi, lo, pLo, incHi, incLo);
        stateLo = pLo + incLo;
        // DXSM output of the old state.
        lo |= 1;
        hi ^= hi >>> 32;
        hi *= CHEAP_MULT;
        hi ^= hi >>> 48;
        hi *= lo;
        return hi;
    }

    // The fills are repeated in each final generator class so the JIT sees one next64() target
    // per loop and inlines it; the inherited loop's call site is shared by every generator class.
    // The step's high word (cheapStepHi) is summed and carried as PCG64's, for the same reason
    // (see Pcg128Base.stepHi): fillUInt64 3.07 -> 2.55 ns per word on JDK 17, 2.68 -> 2.50 on
    // JDK 25; fillDouble 2.93 -> 2.52 on JDK 17 and 2.63 -> 2.75 on JDK 25, where it lost a little.

    @Override
    public void fillUInt64(long[] out, int from, int to) {
        org.nprand.internal.py.Py.notNull(out, "out");
        Objects.checkFromToIndex(from, to, out.length);
        long hi = stateHi;
        long lo = stateLo;
        long iHi = incHi;
        long iLo = incLo;
        for (int i = from; i < to; i++) {
            long pLo = lo * CHEAP_MULT;
            long nextHi = cheapStepHi(hi, lo, pLo, iHi, iLo);
            long sumLo = pLo + iLo;
            out[i] = dxsm(hi, lo);
            hi = nextHi;
            lo = sumLo;
        }
        stateHi = hi;
        stateLo = lo;
    }

    @Override
    public void fillDouble(double[] out, int from, int to) {
        org.nprand.internal.py.Py.notNull(out, "out");
        Objects.checkFromToIndex(from, to, out.length);
        long hi = stateHi;
        long lo = stateLo;
        long iHi = incHi;
        long iLo = incLo;
        for (int i = from; i < to; i++) {
            long pLo = lo * CHEAP_MULT;
            long nextHi = cheapStepHi(hi, lo, pLo, iHi, iLo);
            long sumLo = pLo + iLo;
            out[i] = (dxsm(hi, lo) >>> 11) * 0x1.0p-53;
            hi = nextHi;
            lo = sumLo;
        }
        stateHi = hi;
        stateLo = lo;
    }

    /**
     * The high word after a step with the 64-bit multiplier from {@code (hi, lo)}, given
     * {@code pLo = lo * CHEAP_MULT}: the chains as in {@code Pcg128Base.stepHi}.
     */
    private static long cheapStepHi(long hi, long lo, long pLo, long incHi, long incLo) {
        long rest = incHi + (UInt128.multiplyHighUnsigned(lo, CHEAP_MULT) + UInt128.lcgCarry(pLo, lo, incLo));
        return hi * CHEAP_MULT + rest;
    }

    /** The DXSM output of the state {@code (hi, lo)} before the step. */
    private static long dxsm(long hi, long lo) {
        lo |= 1;
        hi ^= hi >>> 32;
        hi *= CHEAP_MULT;
        hi ^= hi >>> 48;
        return hi * lo;
    }

    @Override
    long advanceMultHi() {
        return 0;
    }

    @Override
    long advanceMultLo() {
        return CHEAP_MULT;
    }

    /**
     * NumPy's {@code jumped(jumps)}: a new PCG64DXSM whose state is this one's advanced by
     * {@code jumps * 0x9e3779b97f4a7c15f39cc0605cedc835} (mod 2**128). As in NumPy the copy is
     * built by {@code PCG64DXSM()}, so its {@link #seedSequence()} is a fresh OS-entropy one. This
     * generator is unchanged.
     */
    @Override
    public PCG64DXSM jumped(BigInteger jumps) {
        org.nprand.internal.py.Py.notNull(jumps, "jumps");
        PCG64DXSM out = new PCG64DXSM();
        out.copyStateFrom(this);
        out.jumpInPlace(jumps);
        return out;
    }

    /** {@link #jumped(BigInteger)} for a long count. */
    public PCG64DXSM jumped(long jumps) {
        return jumped(BigInteger.valueOf(jumps));
    }

    /** NumPy's {@code jumped()}: one jump. */
    public PCG64DXSM jumped() {
        return jumped(BigInteger.ONE);
    }

    @Override
    public List<PCG64DXSM> spawn(int n) {
        List<PCG64DXSM> out = new ArrayList<>();
        for (SeedSequence child : spawnSeeds(n)) {
            out.add(new PCG64DXSM(child));
        }
        return out;
    }
}
