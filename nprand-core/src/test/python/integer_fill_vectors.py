"""Expected values for IntegerFillTest (python3 + NumPy 2.4.6): Generator.integers and
RandomState.randint with scalar bounds and size=n, every dtype, as the typed fill forms draw them.

Each line: api dtype low high endpoint n | next | values (comma-separated) or an exception.
api 'gen' is default_rng(12345) (PCG64), 'rs' RandomState(12345) (MT19937); 'next' is the
following integers(0, 2**62) / randint(0, 2**62), which shows the state after the call (the
8/16-bit and bool buffers are dropped at the end of the call).

    python3 integer_fill_vectors.py | gzip -9n > ../resources/org/nprand/numpy/integer_fill_vectors.txt.gz
"""
import numpy as np

DTYPES = ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "bool"]
SIZES = [0, 1, 3, 5, 37]
LONG = 2100  # more words than one block of the Java fills, for the first bounds of each dtype


def bounds(dt):
    if dt == "bool":
        return [(0, 2, False), (0, 1, True), (1, 2, False), (0, 1, False), (1, 1, True)]
    info = np.iinfo(dt)
    lo, hi = int(info.min), int(info.max)
    out = [(0, 100, False), (1, 100, False), (lo, hi, True), (lo, hi + 1, False), (5, 6, False),
           (-3 if lo < 0 else 3, 12, True), (0, 2 ** (info.bits - 2), False), (lo + 1, lo + 2 ** (info.bits - 1) + 7, True)]
    # long bounds only (the Java fill forms take longs)
    return [(a, b, e) for a, b, e in out if -2 ** 63 <= a < 2 ** 63 and -2 ** 63 <= b < 2 ** 63]


def draw(api, dt, low, high, endpoint, n):
    if api == "gen":
        g = np.random.default_rng(12345)
        v = g.integers(low, high, n, dtype=dt, endpoint=endpoint)
        return v, int(g.integers(0, 2 ** 62))
    rs = np.random.RandomState(12345)
    v = rs.randint(low, high, n, dtype=dt)
    return v, int(rs.randint(0, 2 ** 62))


def line(api, dt, low, high, endpoint, n):
    head = f"{api} {dt} {low} {high} {endpoint} {n}"
    try:
        v, nxt = draw(api, dt, low, high, endpoint, n)
    except Exception as e:
        return f"{head} | {type(e).__name__}: {e}"
    vals = ",".join(str(int(x)) for x in v.tolist())
    return f"{head} | {nxt} | {vals}"


for api in ("gen", "rs"):
    for dt in DTYPES:
        for b, (low, high, endpoint) in enumerate(bounds(dt)):
            if api == "rs" and endpoint:
                # randint has no endpoint: the same closed range as [low, high + 1)
                if high + 1 >= 2 ** 63:
                    continue
                high, endpoint = high + 1, False
            for n in SIZES + ([LONG] if b < 3 else []):
                print(line(api, dt, low, high, endpoint, n))
    if api == "gen":
        # Lemire thresholds at the optimistic fills' caps ((2**16 % d) = 128 and 2**32 % d = 2**20):
        # rejections inside long runs
        for dt, low, high, n in [("int16", 0, 32704, 5000), ("uint16", 7, 7 + 32704, 5000),
                                 ("uint32", 0, 2**32 - 2**20, 8000), ("int32", -2**31, -2**31 + 2**32 - 2**20, 8000),
                                 ("int64", -5, -5 + 2**32 - 2**20, 8000), ("uint64", 3, 3 + 2**32 - 2**20, 8000)]:
            print(line(api, dt, low, high, False, n))
        # 32-bit dtypes over fewer than 2**16 values (Lemire in 32-bit halves): the largest such
        # range, the smallest beyond it, and ranges whose Lemire threshold (2**32 % d, close to
        # d) rejects words 869 (d = 65290), 1026 (65288), 242 and 1975 (64973) of this stream
        for dt, low, high, n in [("int32", 0, 65535, 2100), ("uint32", 0, 65536, 2100),
                                 ("int32", 0, 65290, 2100), ("int32", -1000, -1000 + 65288, 1500),
                                 ("uint32", 7, 7 + 64973, 2100)]:
            print(line(api, dt, low, high, False, n))
        # 64-bit ranges of 2**k values (Lemire takes the words' top k bits): offsets, both ends
        for dt, low, high, endpoint, n in [("int64", -2**40, 2**40, False, 2100), ("uint64", 7, 7 + 2**33, False, 37),
                                           ("uint64", 0, 2**63 - 1, True, 2100), ("int64", 12, 12 + 2**50 - 1, True, 5)]:
            print(line(api, dt, low, high, endpoint, n))
    # bad bounds: NumPy's exception, nothing drawn (next is the fresh generator's first draw)
    for dt, low, high, endpoint in [("int8", -200, 0, False), ("uint8", 0, 300, False), ("int16", 5, 5, False),
                                    ("int32", 0, 0, False), ("uint16", -1, 5, False), ("int64", 0, -1, True),
                                    ("uint32", 3, 2, True), ("bool", 0, 3, False), ("uint64", -1, 3, False),
                                    ("int8", 3, 1, False), ("bool", 1, 1, False)]:
        if api == "rs" and endpoint:
            continue
        for n in (0, 4):
            print(line(api, dt, low, high, endpoint, n))
