"""Reference numbers for RandomStateTest / NpRandomTest, printed by NumPy 2.4.6 (python3 here).
Run: python3 randomstate_vectors.py, paste into the tests."""
import numpy as np

R = np.random


def show(label, v):
    a = np.asarray(v)
    if a.dtype.kind == 'f':
        print(f"{label}: " + ", ".join(repr(float(x)) for x in a.ravel()))
    else:
        print(f"{label}: " + ", ".join(str(int(x)) for x in a.astype(object).ravel()))


R.seed(101); show("seed101 randint(1,100,5)", R.randint(1, 100, 5))
R.seed(0); show("seed0 rand(5) #1", R.rand(5)); show("seed0 rand(5) #2", R.rand(5))
R.seed(0); show("seed0 rand(5) again", R.rand(5))
R.seed(4); show("seed4 randint(1,20,5)", R.randint(low=1, high=20, size=5))
R.seed(0); a = np.arange(10); R.shuffle(a); show("seed0 shuffle arange10", a)
R.seed(1); a = np.arange(9).reshape(3, 3); R.shuffle(a); show("seed1 shuffle 3x3", a)
R.seed(1); a = list(range(9)); R.shuffle(a); show("seed1 shuffle list9", a)
R.seed(2); show("seed2 standard_exponential(5)", R.standard_exponential(5))
R.seed(2); show("seed2 standard_exponential()", R.standard_exponential())
R.seed(3); show("seed3 triangular(10,20,30)", R.triangular(10, 20, 30))
R.seed(3); show("seed3 triangular(10,20,30,5)", R.triangular(10, 20, 30, 5))
R.seed(5); show("seed5 permutation(10)", R.permutation(10))
R.seed(5); show("seed5 permutation([1.5,2.5,3.5,4.5])", R.permutation([1.5, 2.5, 3.5, 4.5]))
R.seed(6); show("seed6 permutation 4x2 rows", R.permutation(np.arange(8).reshape(4, 2)))
R.seed(6); a = np.zeros((3, 0)); R.shuffle(a); show("seed6 after shuffle (3,0): rand", R.rand(1))
R.seed(6); R.permutation(np.zeros((3, 0))); show("seed6 after permutation (3,0): rand", R.rand(1))

rs = R.RandomState(7)
for dt, lo, hi in [('int64', -2**63, 2**63), ('int64', 0, 2**40), ('int32', -5, 5), ('uint32', 0, 2**32),
                   ('int16', -2**15, 2**15), ('uint16', 10, 1000), ('int8', -128, 0), ('uint8', 0, 3),
                   ('bool', 0, 2), ('uint64', 0, 2**64), ('uint64', 2**63, 2**64), ('uint64', 5, 6)]:
    show(f"rs7 randint({lo},{hi},6,{dt})", rs.randint(lo, hi, 6, dtype=dt))
show("rs7 next rand", rs.rand(1))

rs = R.RandomState(8)
show("rs8 scalar int8 x5", [rs.randint(0, 5, dtype=np.int8) for _ in range(5)])
show("rs8 sized int8 5", rs.randint(0, 5, 5, dtype=np.int8))
show("rs8 scalar bool x3", [int(rs.randint(0, 2, dtype=bool)) for _ in range(3)])
show("rs8 randint(5)", [rs.randint(5) for _ in range(4)])
show("rs8 randint(5, size=())", rs.randint(0, 5, size=()))
show("rs8 next rand", rs.rand(1))

rs = R.RandomState(9)
show("rs9 tomaxint(3)", rs.tomaxint(3))
show("rs9 tomaxint()", rs.tomaxint())
print("rs9 bytes(10):", list(rs.bytes(10)))
print("rs9 bytes(-1):", list(rs.bytes(-1)))
print("rs9 bytes(0):", list(rs.bytes(0)))
show("rs9 next rand", rs.rand(1))

rs = R.RandomState([1, 2, 3]); show("rs[1,2,3] rand(3)", rs.rand(3))
rs = R.RandomState([5]); show("rs[5] rand(2)", rs.rand(2))

rs = R.RandomState(12345); rs.random_sample(3)
st = rs.get_state()
print("rs12345 after 3 doubles: pos", st[2], "key[:4]", [int(x) for x in st[1][:4]], "has_gauss", st[3], "gauss", st[4])
d = rs.get_state(legacy=False)
print("dict keys", list(d.keys()), list(d['state'].keys()))
show("rs12345 next rand(2)", rs.rand(2))
rs = R.RandomState(); print("RandomState() pos", rs.get_state()[2])
rs = R.RandomState(3); rs.standard_normal(); st = rs.get_state(); print("rs3 after 1 normal: has_gauss", st[3], "gauss", repr(st[4]))

# Broadcast path (array bounds).
rs = R.RandomState(10)
show("rs10 randint([1,5,7],10)", rs.randint([1, 5, 7], 10))
show("rs10 randint(1,[3,5,10])", rs.randint(1, [3, 5, 10]))
show("rs10 randint([1,3,5,7],[[10],[20]])->size(2,4) via size", rs.randint([1, 3, 5, 7], [20], size=(2, 4)))
show("rs10 randint([0,100],[2,2**40])", rs.randint([0, 100], [2, 2**40]))
show("rs10 randint([0,250],[3,256],size=(3,2),uint8)", rs.randint([0, 250], [3, 256], size=(3, 2), dtype=np.uint8))
show("rs10 randint([-5],[5,6,7],int8)", rs.randint([-5], [5, 6, 7], dtype=np.int8))
show("rs10 randint([0,1],[2,2],size=(2,2),bool)", rs.randint([0, 1], [2, 2], size=(2, 2), dtype=bool))
show("rs10 randint([0,7],[2**63-1, 9],uint64)", rs.randint([0, 7], [2**63 - 1, 9], dtype=np.uint64))
show("rs10 randint([-1000],[1000,30000],int16)", rs.randint([-1000], [1000, 30000], dtype=np.int16))
show("rs10 randint([0],[2**32],size=3,uint32)", rs.randint([0], [2**32], size=3, dtype=np.uint32))
show("rs10 randint([1,2,3],10,size=1)", rs.randint([1, 2, 3], 10, size=1))
show("rs10 next rand", rs.rand(1))

rs = R.RandomState(12)
show("rs12 triangular([0,1,2],[2,3,4],[5],size=(2,3))", rs.triangular([0, 1, 2], [2, 3, 4], [5], size=(2, 3)))
show("rs12 triangular([0],[2],[5],size=2)", rs.triangular([0], [2], [5], size=2))
show("rs12 triangular([0,-1],[0.5],[1,2])", rs.triangular([0, -1], [0.5], [1, 2]))
show("rs12 next rand", rs.rand(1))
