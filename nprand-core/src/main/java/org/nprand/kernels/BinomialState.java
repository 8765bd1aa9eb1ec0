package org.nprand.kernels;

/**
 * NumPy's {@code binomial_t}: the per-{@code (n, p)} set-up of the binomial samplers, cached
 * between calls so that a run of draws with the same parameters computes it once.
 *
 * <p>One instance belongs to one {@code RandomState} (or {@code Generator}) and lives as long as
 * it: NumPy zero-fills it when the object is created and never resets it, not even on
 * {@code seed()}. Both samplers of a binomial family share the fields the way the C struct does:
 * the inversion samplers store {@code q}, {@code qn} in {@link #r}, {@code n*p} in {@link #c} and
 * the search bound in {@link #m}; BTPE stores all its constants. A sampler only checks
 * {@link #hasBinomial}, {@link #nsave} and {@link #psave}, so a set-up left by another sampler
 * with the same {@code (n, p)} is reused as is. For BTPE versus inversion this never happens (the
 * regime is a function of {@code (n, p)}), but in NumPy 2.4.6 {@code RandomState.multinomial}
 * runs the Generator's inversion (with {@code qn = exp(n*log1p(-p))}) on the same struct as
 * {@code RandomState.binomial} (with {@code exp(n*log(q))}), so the one that runs first decides
 * {@code qn} for the other; keeping one shared instance reproduces that.
 *
 * <p>The fields are public and mutable on purpose: this is a C struct that the kernels of two
 * packages fill in and read. Not thread-safe.
 */
public final class BinomialState {

    /** Non-zero once the fields below hold the set-up of {@code (nsave, psave)}. */
    public int hasBinomial;
    /** The {@code p} the set-up was made for (compared with {@code !=}, so NaN never matches). */
    public double psave;
    /** The {@code n} the set-up was made for. */
    public long nsave;
    /** BTPE: {@code min(p, 1-p)}. Inversion: {@code qn}, the probability of 0. */
    public double r;
    /** {@code 1 - r} (BTPE) or {@code 1 - p} (inversion). */
    public double q;
    /** BTPE: {@code n*r + r}. */
    public double fm;
    /** BTPE: the mode {@code floor(fm)}. Inversion: the search bound. */
    public long m;
    /** BTPE: half-width of the triangular region, plus 0.5. */
    public double p1;
    /** BTPE: {@code m + 0.5}. */
    public double xm;
    /** BTPE: {@code xm - p1}. */
    public double xl;
    /** BTPE: {@code xm + p1}. */
    public double xr;
    /** BTPE: parallelogram height {@code 0.134 + 20.5/(15.3 + m)}. Inversion: {@code n*p}. */
    public double c;
    /** BTPE: left exponential tail rate. */
    public double laml;
    /** BTPE: right exponential tail rate. */
    public double lamr;
    /** BTPE: cumulative area up to the end of the parallelograms. */
    public double p2;
    /** BTPE: cumulative area up to the end of the left tail. */
    public double p3;
    /** BTPE: total area (up to the end of the right tail). */
    public double p4;

    /** A fresh, empty cache ({@code has_binomial = 0}), as NumPy's zero-filled struct. */
    public BinomialState() {
    }

    /** Whether this holds a set-up for the same {@code (n, p)} as {@code other} does (a sampler would reuse it). */
    boolean sameKeyAs(BinomialState other) {
        return hasBinomial != 0 && other.hasBinomial != 0 && nsave == other.nsave && psave == other.psave;
    }

    /** A copy of every field. */
    BinomialState copy() {
        BinomialState c = new BinomialState();
        c.copyFrom(this);
        return c;
    }

    /** Every field from {@code other}: its set-up, as the sampler would have computed it here. */
    void copyFrom(BinomialState other) {
        hasBinomial = other.hasBinomial;
        psave = other.psave;
        nsave = other.nsave;
        r = other.r;
        q = other.q;
        fm = other.fm;
        m = other.m;
        p1 = other.p1;
        xm = other.xm;
        xl = other.xl;
        xr = other.xr;
        c = other.c;
        laml = other.laml;
        lamr = other.lamr;
        p2 = other.p2;
        p3 = other.p3;
        p4 = other.p4;
    }
}
