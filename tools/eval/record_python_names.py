#!/usr/bin/env python3
"""Writes the public attribute names of the Python objects nprand eval models, so that eval can
tell a name Python does not have (AttributeError, as Python says) from one it has but nprand eval
does not run (NotImplementedError). Run with python3 (NumPy 2.4.6); the random module's names are
CPython 3.13's (run `PYENV_VERSION=3.13.0 python3 -c 'import random; print(dir(random))'` to check).

    python3 tools/eval/record_python_names.py
"""
import os
import subprocess

import numpy as np

assert np.__version__ == "2.4.6", np.__version__

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "nprand-cli", "src", "main", "resources",
                   "org", "nprand", "cli", "eval", "python-names.txt")


def names(obj):
    return sorted(n for n in dir(obj) if not (n.startswith("__") and n.endswith("__")))


def main():
    random_class = subprocess.run(
        ["python3", "-c", "import random; print(' '.join(n for n in dir(random.Random) if not n.startswith('__')))"],
        env={**os.environ, "PYENV_VERSION": "3.13.0"}, capture_output=True, text=True, check=True).stdout.split()
    random313 = subprocess.run(
        ["python3", "-c", "import random; print(' '.join(n for n in dir(random) if not n.startswith('__')))"],
        env={**os.environ, "PYENV_VERSION": "3.13.0"}, capture_output=True, text=True, check=True).stdout.split()
    sections = {
        "numpy": names(np),
        "numpy.random": names(np.random),
        "random": sorted(random313),
        "Random": sorted(random_class),
        "Generator": names(np.random.Generator),
        "RandomState": names(np.random.RandomState),
        "numpy.ndarray": names(np.ndarray),
        "numpy.generic": names(np.int64(0)),
        "str": names(str),
        "list": names(list),
        "tuple": names(tuple),
        "dict": names(dict),
        "int": names(int),
        "float": names(float),
        "bytes": names(bytes),
    }
    with open(OUT, "w") as f:
        f.write("# tools/eval/record_python_names.py: public attribute names, NumPy 2.4.6 / CPython 3.13's random\n")
        for k, v in sections.items():
            f.write(k + ": " + " ".join(v) + "\n")


if __name__ == "__main__":
    main()
