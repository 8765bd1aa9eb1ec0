"""Expected values for WaldEdgeTest: wald(mean, scale) where C's U <= mean / (mean + X) compares
with a NaN (an infinite or NaN parameter) or the variate over- or underflows, in NumPy 2.4.6
(python3): RandomState(12345).wald and default_rng(12345).wald, 64 values each, as raw float64
bits (NaN payloads and signs included), then the next random_sample() / random() bits, which
show the draws consumed.

Each line: api mean scale | count | bits (hex, comma-separated) | next bits (hex).

    python3 wald_edge_vectors.py | gzip -9n > ../resources/org/nprand/kernels/wald_edge_vectors.txt.gz
"""
import struct

import numpy as np

COUNT = 64
PARAMS = [(float("inf"), 1.0), (1.0, float("inf")), (float("nan"), 1.0), (1.0, float("nan")),
          (1e300, 1e-300), (1e-300, 1e300), (5e-324, 1.0), (1.0, 5e-324), (1.7e308, 1.7e308)]


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", float(x)))[0]


for api in ("rs", "rng"):
    for mean, scale in PARAMS:
        g = np.random.RandomState(12345) if api == "rs" else np.random.default_rng(12345)
        vals = g.wald(mean, scale, size=COUNT)
        nxt = g.random_sample() if api == "rs" else g.random()
        print(f"{api} {mean!r} {scale!r} | {COUNT} | {','.join(bits(v) for v in vals)} | {bits(nxt)}")
