#!/usr/bin/env python3
"""Records Python's side of `nprand generate` and `nprand state` for GenerateTest and StateTest:

  * .npy files written by np.save (NumPy 2.4.6) for a few generate commands (byte-compared);
  * json.dumps of states after a seed and a draw (what `nprand state` must print, byte for byte);
  * states saved by Python (json.dump(..., default=lambda a: a.tolist())) and the values Python
    draws next (what `nprand generate --state FILE` must continue with).

Writes nprand-cli/src/test/resources/org/nprand/cli/generate/. Run with python3 (NumPy 2.4.6);
the random.Random parts run under CPython 3.13 (PYENV_VERSION=3.13.0 python3).

    python3 tools/eval/record_generate.py
"""
import json
import os
import subprocess

import numpy as np

assert np.__version__ == "2.4.6", np.__version__

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "nprand-cli", "src", "test", "resources",
                   "org", "nprand", "cli", "generate")

# name -> (nprand generate arguments, the Python that gives the array)
NPY = {
    "gen-random-42.npy": ("--seed 42 random --size 1000", lambda: np.random.Generator(np.random.PCG64(42)).random(1000)),
    "gen-integers-int8.npy": ("--seed 7 integers -5 100 dtype=int8 --size 100,3",
                              lambda: np.random.Generator(np.random.PCG64(7)).integers(-5, 100, dtype=np.int8, size=(100, 3))),
    "gen-bool.npy": ("--seed 3 integers 0 2 dtype=bool --size 77",
                     lambda: np.random.Generator(np.random.PCG64(3)).integers(0, 2, dtype=bool, size=77)),
    "gen-mt-random-f32.npy": ("--seed 5 -b MT19937 random dtype=float32 --size 10",
                              lambda: np.random.Generator(np.random.MT19937(5)).random(dtype=np.float32, size=10)),
    "gen-multinomial.npy": ("--seed 11 multinomial 20 [0.2,0.3,0.5] --size 6",
                            lambda: np.random.Generator(np.random.PCG64(11)).multinomial(20, [0.2, 0.3, 0.5], size=6)),
    "legacy-randint-101.npy": ("--legacy --seed 101 randint 1 100 --size 5",
                               lambda: np.random.RandomState(101).randint(1, 100, size=5)),
    "legacy-standard-normal.npy": ("--legacy --seed 0 standard_normal --size 3,4",
                                   lambda: np.random.RandomState(0).standard_normal(size=(3, 4))),
    "legacy-uint16.npy": ("--legacy --seed 9 randint 0 1000 dtype=uint16 --size 5000",
                          lambda: np.random.RandomState(9).randint(0, 1000, dtype=np.uint16, size=5000)),
    "gen-raw.npy": ("--seed 1 random_raw --size 4", lambda: np.random.PCG64(1).random_raw(4)),
}

RANDOM_313 = r'''
import json, random
r = random.Random(10)
[r.random() for _ in range(3)]
print(json.dumps(r.getstate()))
r = random.Random(2024)
r.gauss(0, 1)
state = json.dumps(r.getstate())
print(state)
print(json.dumps([r.random() for _ in range(5)]))
'''


def py313(code):
    env = dict(os.environ)
    versions = os.path.join(env.get("PYENV_ROOT", os.path.expanduser("~/.pyenv")), "versions") + os.sep
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if not p.startswith(versions))
    env["PYENV_VERSION"] = "3.13.0"
    return subprocess.run(["python3", "-c", code], env=env, capture_output=True, text=True, check=True).stdout.splitlines()


def tolist(a):
    return a.tolist()


def main():
    os.makedirs(OUT, exist_ok=True)
    npy = {}
    for name, (args, make) in NPY.items():
        np.save(os.path.join(OUT, name), make())
        npy[name] = args
    states = {}
    # nprand state must print exactly these (json.dumps of the state, arrays as lists)
    rng = np.random.Generator(np.random.PCG64(42)); rng.random(1000)
    states["gen-pcg64-42-random-1000"] = {"args": "--seed 42 random --size 1000",
                                          "json": json.dumps(rng.bit_generator.state, default=tolist)}
    rng = np.random.Generator(np.random.PCG64(42)); rng.random(dtype=np.float32)
    states["gen-pcg64-42-buffered"] = {"args": "--seed 42 random dtype=float32",
                                       "json": json.dumps(rng.bit_generator.state, default=tolist)}
    for bg in ("MT19937", "PCG64DXSM", "Philox", "SFC64"):
        rng = np.random.Generator(getattr(np.random, bg)(5)); rng.integers(100, size=7)
        states["gen-" + bg.lower() + "-5"] = {"args": "--seed 5 -b " + bg + " integers 100 --size 7",
                                              "json": json.dumps(rng.bit_generator.state, default=tolist)}
    rs = np.random.RandomState(101); rs.standard_normal()
    states["legacy-101"] = {"args": "--legacy --seed 101 standard_normal",
                            "json": json.dumps(rs.get_state(legacy=False), default=tolist)}
    lines = py313(RANDOM_313)
    states["python-10"] = {"args": "--python --seed 10 random --size 3", "json": lines[0]}
    # states saved by Python and what Python draws next
    saved = {}
    rng = np.random.default_rng(123); rng.normal(size=3); rng.integers(10, dtype=np.int8)
    saved["from-python-generator.json"] = {"state": json.dumps(rng.bit_generator.state, default=tolist),
                                           "args": "random --size 5", "next": rng.random(5).tolist()}
    rng = np.random.Generator(np.random.MT19937(77)); rng.random(3)
    saved["from-python-mt19937.json"] = {"state": json.dumps(rng.bit_generator.state, default=tolist),
                                         "args": "integers 0 1000 --size 6", "next": rng.integers(0, 1000, size=6).tolist()}
    np.random.seed(5); np.random.standard_normal(3)
    saved["from-python-legacy-tuple.json"] = {"state": json.dumps(np.random.get_state(), default=tolist),
                                              "args": "standard_normal --size 4", "next": np.random.standard_normal(4).tolist()}
    np.random.seed(6); np.random.standard_normal(1)
    saved["from-python-legacy-dict.json"] = {"state": json.dumps(np.random.get_state(legacy=False), default=tolist),
                                             "args": "standard_normal --size 4", "next": np.random.standard_normal(4).tolist()}
    saved["from-python-random.json"] = {"state": lines[1], "args": "random --size 5", "next": json.loads(lines[2])}
    for name, s in saved.items():
        with open(os.path.join(OUT, name), "w") as f:
            f.write(s["state"])
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump({"npy": npy, "states": states,
                   "saved": {k: {"args": v["args"], "next": v["next"]} for k, v in saved.items()}}, f, indent=1)


if __name__ == "__main__":
    main()
