"""Reference vectors for LegacyKernels2Test (org.nprand.kernels.legacy and the shared kernels it uses).

Every case is one real NumPy call, np.random.RandomState(seed).<method>(*params, size=n), with scalar
parameters, so NumPy loops the C kernel n times over one bit generator (and one gauss cache). The
"gbinomial" cases are np.random.Generator(RandomState(seed)._bit_generator).binomial(n, p, size),
the Generator's random_binomial over the same legacy-seeded MT19937 words.

Output: nprand-core/src/test/resources/org/nprand/kernels/legacy_kernel_vectors2.txt.gz, one block per
case:

    case <name>                      unique label, shown on failure
    kernel <kernel>                  which Java kernel the test calls
    seed <int>                       RandomState(seed), i.e. MT19937 legacy (Knuth) seeding
    params <tok> <tok> ...           Python repr of each scalar (a list is comma-joined, no spaces)
    n <count>                        number of kernel calls (size=...)
    values <v> <v> ...               results in call order; doubles as 16 hex digits of their IEEE
                                     bits, integers in decimal (multinomial: n rows of d counts);
                                     wrapped over several "values" lines
    consumed <words>                 raw 32-bit MT19937 outputs consumed by the whole call
    next <hex>                       the next raw 32-bit output after the call
    gauss <has_gauss> <hex bits>     the RandomState gauss cache after the call
    end

Run with NumPy 2.4.6 (glibc 2.36, an FMA/AVX2 x86-64 CPU, i.e. nprand's default libm variant):
    python3 nprand-core/src/test/python/legacy_kernel_vectors2.py
"""
import gzip
import io
import math
import os
import struct

import numpy as np

assert np.__version__ == "2.4.6", np.__version__

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "org", "nprand", "kernels",
                   "legacy_kernel_vectors2.txt.gz")

N = 5000
SEEDS = [12345, 0, 4294967295, 987654321, 20240607]


def cases():
    """(kernel, params, n, seeds): kernel is the Java dispatch name (also the RandomState method)."""
    c = []

    def add(kernel, params, n=N, seeds=(12345, 987654321)):
        c.append((kernel, params, n, list(seeds)))

    # ---- gamma-based (legacy_standard_gamma: shape < 1, == 1, > 1) ----
    add("chisquare", [0.5])            # shape 0.25: the pow/log branch
    add("chisquare", [2.0])            # shape 1: legacy exponential
    add("chisquare", [7.3])            # shape > 1: Marsaglia-Tsang with gauss
    add("chisquare", [1e-3], seeds=(0,))
    add("f", [3.5, 7.0])
    add("f", [0.7, 1.5])
    add("f", [2.0, 2.0], seeds=(4294967295,))
    add("f", [50.0, 0.4], seeds=(20240607,))
    add("noncentral_chisquare", [3.0, 2.5])        # df > 1: chisq(df-1) + (gauss + sqrt(nonc))^2
    add("noncentral_chisquare", [1.5, 40.0], seeds=(0,))
    add("noncentral_chisquare", [0.8, 1.7])        # df <= 1: Poisson (multiplication) + chisq
    add("noncentral_chisquare", [0.5, 40.0])       # df <= 1: Poisson PTRS (nonc/2 >= 10)
    add("noncentral_chisquare", [1.0, 3.0], seeds=(4294967295,))  # df == 1 takes the Poisson branch
    add("noncentral_chisquare", [2.5, 0.0])        # nonc == 0: plain chisquare
    add("noncentral_chisquare", [0.3, 0.0], seeds=(20240607,))
    add("noncentral_chisquare", [0.7, float("nan")], n=50, seeds=(12345,))  # draws, then NaN
    add("noncentral_chisquare", [3.0, float("nan")], n=50, seeds=(12345,))  # df > 1 with NaN nonc
    add("noncentral_f", [3.0, 5.0, 2.0])
    add("noncentral_f", [0.9, 4.0, 1.5])
    add("noncentral_f", [2.0, 3.0, 0.0], seeds=(0,))
    add("noncentral_f", [0.6, 0.8, 30.0], seeds=(4294967295,))
    add("standard_t", [3.0])
    add("standard_t", [0.5])
    add("standard_t", [2.0], seeds=(0,))
    add("standard_t", [100.0], seeds=(20240607,))
    add("standard_cauchy", [])
    add("standard_cauchy", [], n=777, seeds=(0, 4294967295))  # odd count: the cache is left full
    add("lognormal", [0.0, 1.0])
    add("lognormal", [1.5, 0.3], seeds=(0,))
    add("lognormal", [-3.0, 4.0], seeds=(4294967295,))
    add("pareto", [3.0])
    add("pareto", [0.5], seeds=(0,))
    add("pareto", [1e-3], seeds=(4294967295,))    # exp overflows to inf for large E
    add("power", [2.0])
    add("power", [0.3], seeds=(0,))
    add("power", [1e4], seeds=(20240607,))
    add("weibull", [1.5])
    add("weibull", [0.2], seeds=(0,))
    add("weibull", [0.0], n=100, seeds=(12345,))  # a == 0: 0.0 with no draw
    add("rayleigh", [1.0])
    add("rayleigh", [2.5], seeds=(0,))
    add("wald", [1.0, 1.0])
    add("wald", [3.0, 0.5])
    add("wald", [0.2, 10.0], seeds=(0,))
    add("wald", [1e3, 1e-2], seeds=(4294967295,))
    add("wald", [1e-3, 1e3], seeds=(20240607,))
    # ---- vonmises: every kappa regime, several mu (wrapping) ----
    add("vonmises", [0.0, 1e-9])          # kappa < 1e-8: uniform on (-pi, pi)
    add("vonmises", [2.0, 5e-6], seeds=(0,))   # kappa < 1e-5: s = 1/kappa + kappa
    add("vonmises", [-1.0, 1e-5], seeds=(4294967295,))  # first kappa of the general path
    add("vonmises", [0.0, 0.5])
    add("vonmises", [1.0, 4.0])
    add("vonmises", [-2.5, 2.0], seeds=(20240607,))
    add("vonmises", [3.0, 10.0], seeds=(0,))            # mu near pi: results wrap to -pi
    add("vonmises", [7.0, 1.5], seeds=(4294967295,))    # mu beyond 2 pi
    add("vonmises", [0.5, 1e3])
    add("vonmises", [-3.1, 1e7], seeds=(0, 20240607))   # no wrapped-normal branch in legacy
    add("vonmises", [math.pi, 1e9], seeds=(12345,))
    add("vonmises", [1.0, float("nan")], n=20, seeds=(12345,))  # NaN kappa: NaN, no draw
    # ---- Poisson-based ----
    add("negative_binomial", [5.0, 0.5])
    add("negative_binomial", [0.5, 0.1])       # gamma shape < 1, mostly multiplication Poisson
    add("negative_binomial", [100.0, 0.3])     # PTRS Poisson
    add("negative_binomial", [3.0, 0.9], seeds=(0,))
    add("negative_binomial", [2.0, 1.0], n=200, seeds=(0,))    # p == 1: gamma * 0, Poisson(0)
    add("negative_binomial", [1.0, 0.0], n=200, seeds=(4294967295,))  # p == 0: INT64_MIN
    add("negative_binomial", [1e4, 1e-3], seeds=(20240607,))
    # ---- geometric ----
    add("geometric", [0.5])
    add("geometric", [1.0 / 3.0], seeds=(0,))   # 0.3333333333333333 >= the C literal: search
    add("geometric", [0.33333333333333326], seeds=(0,))  # one ulp below: inversion
    add("geometric", [0.9], seeds=(4294967295,))
    add("geometric", [1.0], n=300, seeds=(12345,))
    add("geometric", [0.2])
    add("geometric", [1e-3], seeds=(20240607,))
    add("geometric", [1e-12], seeds=(0,))
    add("geometric", [1e-300], n=300, seeds=(4294967295,))  # ceil(...) beyond 2^63: INT64_MIN
    # ---- hypergeometric: HYP (sample <= 10) and HRUA (sample > 10), all swaps ----
    add("hypergeometric", [10, 20, 5])
    add("hypergeometric", [20, 10, 5], seeds=(0,))     # good > bad
    add("hypergeometric", [5, 5, 10], seeds=(4294967295,))  # sample == total
    add("hypergeometric", [100, 3, 7])
    add("hypergeometric", [1, 1, 1], n=500, seeds=(20240607,))
    add("hypergeometric", [0, 7, 4], n=300, seeds=(0,))  # d2 == 0: no draw
    add("hypergeometric", [1000000, 5, 10], seeds=(12345,))
    add("hypergeometric", [50, 80, 30])
    add("hypergeometric", [80, 50, 30], seeds=(0,))    # good > bad: Z = m - Z
    add("hypergeometric", [50, 80, 100], seeds=(4294967295,))  # m < sample: Z = good - Z
    add("hypergeometric", [80, 50, 100], seeds=(20240607,))    # both corrections
    add("hypergeometric", [15, 10, 11])
    add("hypergeometric", [1000, 2000, 500], seeds=(0,))
    add("hypergeometric", [10**6, 10**6, 10**5], seeds=(4294967295,))
    add("hypergeometric", [10**12, 3 * 10**12, 10**9], seeds=(12345,))
    add("hypergeometric", [5, 10**9, 10**6], seeds=(20240607,))
    add("hypergeometric", [5, 10, 15], n=300, seeds=(0,))     # HRUA with m = 0
    add("hypergeometric", [0, 50, 20], n=300, seeds=(0,))     # HRUA with no good items
    # ---- logseries ----
    add("logseries", [0.1])
    add("logseries", [0.5], seeds=(0,))
    add("logseries", [0.9])
    add("logseries", [0.9999], seeds=(4294967295,))
    add("logseries", [0.999999999], seeds=(20240607,))
    add("logseries", [1e-6], n=1000, seeds=(0,))
    add("logseries", [0.0], n=100, seeds=(12345,))
    # ---- zipf ----
    add("zipf", [1.0001], n=2000, seeds=(12345,))   # most U rejected: X beyond 2^63
    add("zipf", [1.1])
    add("zipf", [2.0], seeds=(0,))
    add("zipf", [3.5], seeds=(4294967295,))
    add("zipf", [50.0], seeds=(20240607,))
    add("zipf", [1000.0], n=300, seeds=(0,))       # b = 2^999: no 1025 guard in legacy
    # (a >= 1025 never returns in legacy: X is always 1 and T = b = inf makes the test NaN)
    # ---- shared distributions.c kernels ----
    add("laplace", [0.0, 1.0])
    add("laplace", [2.0, 0.5], seeds=(0,))
    add("gumbel", [0.0, 1.0])
    add("gumbel", [-1.0, 3.0], seeds=(4294967295,))
    add("logistic", [0.0, 1.0])
    add("logistic", [10.0, 0.25], seeds=(20240607,))
    add("uniform", [0.0, 1.0], n=1000, seeds=(12345,))
    add("uniform", [-3.0, 7.5], n=1000, seeds=(0,))
    add("uniform", [5.0, 2.0], n=1000, seeds=(4294967295,))   # negative range allowed
    add("uniform", [-1e307, 1e308], n=1000, seeds=(20240607,))
    # ---- multinomial (Generator's random_binomial in 2.4.6) ----
    add("multinomial", [10, [0.2, 0.3, 0.5]])
    add("multinomial", [1, [0.1] * 10], seeds=(0,))            # dn hits 0 early: break
    add("multinomial", [3, [0.5, 0.5, 0.0, 0.0]], seeds=(4294967295,))
    add("multinomial", [20, [0.3, 0.0, 0.7]], seeds=(20240607,))  # p == 0: no draw
    add("multinomial", [7, [1.0, 0.0, 0.0]], n=300, seeds=(12345,))  # p == 1: one U, then break
    add("multinomial", [1000, [0.3, 0.3, 0.4]])                # BTPE
    add("multinomial", [10**6, [0.01, 0.2, 0.6, 0.19]], seeds=(0,))
    add("multinomial", [100, [0.9, 0.05, 0.05]], seeds=(4294967295,))  # p > 0.5: n - X(1-p)
    add("multinomial", [50, [0.2, 0.2]], seeds=(20240607,))    # pvals sum < 1: rest to the last
    add("multinomial", [9, [1.0]], n=100, seeds=(0,))         # d == 1: no draw
    add("multinomial", [0, [0.5, 0.5]], n=100, seeds=(0,))    # n == 0: no draw
    add("multinomial", [40, [1 / 3, 1 / 3, 1 / 3]], seeds=(12345,))
    # ---- Generator binomial over the same words (inversion, BTPE, shortcuts) ----
    add("gbinomial", [10, 0.3])
    add("gbinomial", [100, 0.25], seeds=(0,))      # n p <= 30: inversion
    add("gbinomial", [1000, 0.4])                  # BTPE
    add("gbinomial", [500, 0.5], seeds=(4294967295,))
    add("gbinomial", [1000, 0.8], seeds=(20240607,))  # p > 0.5, BTPE on 1-p
    add("gbinomial", [40, 0.9], seeds=(0,))        # p > 0.5, inversion on 1-p
    add("gbinomial", [10**9, 1e-3], seeds=(12345,))
    add("gbinomial", [0, 0.5], n=50, seeds=(12345,))
    add("gbinomial", [10, 0.0], n=50, seeds=(12345,))
    add("gbinomial", [10, 1.0], n=50, seeds=(12345,))
    # long runs, for the bulk fills' lookup table (BinomialInversionTable): bounds 20 and 84
    add("gbinomial", [20, 0.3], n=20000, seeds=(1,))
    add("gbinomial", [1000000, 3e-5], n=20000, seeds=(2,))
    # ---- RandomState.binomial (legacy inversion set-up), long runs as above; bound 69 on 1 - p ----
    add("binomial", [20, 0.3], n=20000, seeds=(3,))
    add("binomial", [100, 0.75], n=20000, seeds=(4,))
    add("binomial", [1000, 0.4], seeds=(5,))       # BTPE, a block of attempts at a time in the fill
    add("binomial", [300, 0.9], seeds=(6,))        # BTPE on 1 - p
    return c


def raw_stream(seed, count):
    return np.random.RandomState(seed)._bit_generator.random_raw(count)


def consumed_words(seed, nxt3):
    """Index of the first position where the fresh stream continues with nxt3."""
    count = 1 << 16
    while True:
        raw = raw_stream(seed, count)
        hits = np.nonzero((raw[:-2] == nxt3[0]) & (raw[1:-1] == nxt3[1]) & (raw[2:] == nxt3[2]))[0]
        if len(hits):
            return int(hits[0])
        count *= 4
        if count > 1 << 28:
            raise RuntimeError("consumption not found")


def call(kernel, params, n, seed):
    rs = np.random.RandomState(seed)
    if kernel == "gbinomial":
        g = np.random.Generator(rs._bit_generator)
        out = g.binomial(params[0], params[1], size=n)
    elif kernel == "standard_cauchy":
        out = rs.standard_cauchy(size=n)
    else:
        out = getattr(rs, kernel)(*params, size=n)
    state = rs.get_state()
    has_gauss, gauss = int(state[3]), float(state[4])
    bg = rs._bit_generator
    saved = bg.state
    nxt3 = [int(x) for x in bg.random_raw(3)]
    bg.state = saved
    return np.asarray(out), has_gauss, gauss, nxt3


def dbits(x):
    return struct.unpack("<Q", struct.pack("<d", float(x)))[0]


def fmt_param(p):
    if isinstance(p, list):
        return ",".join(repr(float(v)) for v in p)
    if isinstance(p, float):
        return repr(p)
    return str(int(p))


def main():
    lines = ["# NumPy " + np.__version__ + " RandomState vectors for LegacyKernels2Test;"
             " written by src/test/python/legacy_kernel_vectors2.py (see there for the format)"]
    seen = {}
    for kernel, params, n, seeds in cases():
        for seed in seeds:
            print(kernel, params, seed, flush=True)
            out, has_gauss, gauss, nxt3 = call(kernel, params, n, seed)
            label = f"{kernel}({', '.join(fmt_param(p) for p in params)}) seed={seed} n={n}"
            assert label not in seen, label
            seen[label] = 1
            lines.append("case " + label)
            lines.append("kernel " + kernel)
            lines.append(f"seed {seed}")
            lines.append("params " + " ".join(fmt_param(p) for p in params))
            lines.append(f"n {n}")
            flat = out.ravel()
            if out.dtype.kind == "f":
                toks = [f"{dbits(v):016x}" for v in flat]
            else:
                toks = [str(int(v)) for v in flat]
            for i in range(0, len(toks), 16):
                lines.append("values " + " ".join(toks[i:i + 16]))
            lines.append(f"consumed {consumed_words(seed, nxt3)}")
            lines.append(f"next {nxt3[0]:08x}")
            lines.append(f"gauss {has_gauss} {dbits(gauss):016x}")
            lines.append("end")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    # gzip with a fixed mtime, so regenerating gives identical bytes
    with gzip.GzipFile(OUT, "wb", mtime=0) as gz, io.TextIOWrapper(gz, encoding="ascii", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(seen)} cases -> {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
