#!/usr/bin/env python3
"""Records what Python prints for each nprand eval test program, for EvalCasesTest.

Reads  nprand-cli/src/test/resources/org/nprand/cli/eval/eval-cases.txt
writes nprand-cli/src/test/resources/org/nprand/cli/eval/eval-expected.jsonl

A case is a block of Python separated from the next by a line "====". Its first line may be a
comment "# name [flags]"; flag "type-only" compares only the error's class (not its message),
"unsupported" marks Python that nprand eval refuses on purpose (NotImplementedError expected).
Each program runs as the Python prompt runs it (every top-level statement compiled in 'single'
mode, so expression statements print their repr), in a fresh interpreter:
  * programs that import numpy: NumPy 2.4.6 under `python3`;
  * the others: CPython 3.13 (`PYENV_VERSION=3.13.0 python3`), the reference of `random`.
Recorded per case: stdout, the exception line (`Type: message`, as Python's last traceback line)
or null, and the exit status. Deterministic: every program seeds what it draws.

    python3 tools/eval/record_eval.py
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "..", "nprand-cli", "src", "test", "resources", "org", "nprand", "cli", "eval")
CASES = os.path.join(RES, "eval-cases.txt")
OUT = os.path.join(RES, "eval-expected.jsonl")

DRIVER = r'''
import ast, sys, warnings
warnings.simplefilter("ignore")
src = sys.stdin.read()
try:
    tree = ast.parse(src, "<eval>")
except SyntaxError as e:
    print("@@ERROR@@" + type(e).__name__ + ": " + str(e.msg), file=sys.stderr)
    sys.exit(1)
ns = {"__name__": "__main__"}
try:
    for stmt in tree.body:
        exec(compile(ast.Interactive(body=[stmt]), "<eval>", "single"), ns)
except BaseException as e:
    sys.stdout.flush()
    m = str(e)
    print("@@ERROR@@" + type(e).__name__ + (": " + m if m else ""), file=sys.stderr)
    sys.exit(1)
'''


def parse_cases(text):
    cases = []
    for block in re.split(r"^====\s*$", text, flags=re.M):
        lines = block.strip("\n").split("\n")
        if not block.strip():
            continue
        name, flags = None, []
        if lines[0].startswith("# "):
            head = lines[0][2:].split()
            name, flags = head[0], head[1:]
            lines = lines[1:]
        cases.append({"name": name or f"case-{len(cases) + 1}", "flags": flags, "program": "\n".join(lines) + "\n"})
    return cases


def run(program):
    uses_numpy = re.search(r"^\s*(import|from)\s+numpy", program, flags=re.M) is not None
    env = dict(os.environ)
    # as conformance/oracle.py: drop pyenv's version directories from PATH to reach its shims
    versions = os.path.join(env.get("PYENV_ROOT", os.path.expanduser("~/.pyenv")), "versions") + os.sep
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if not p.startswith(versions))
    if uses_numpy:
        env.pop("PYENV_VERSION", None)
    else:
        env["PYENV_VERSION"] = "3.13.0"
    p = subprocess.run(["python3", "-c", DRIVER], input=program, env=env, capture_output=True, text=True)
    error = None
    for line in p.stderr.splitlines():
        if line.startswith("@@ERROR@@"):
            error = line[len("@@ERROR@@"):]
    return {"stdout": p.stdout, "error": error, "status": p.returncode,
            "python": "3.11+numpy2.4.6" if uses_numpy else "3.13"}


def check_interpreters():
    for numpy_side in (True, False):
        r = run("import numpy\nnumpy.__version__\n" if numpy_side else "import sys\nsys.version_info[:2]\n")
        want = "'2.4.6'\n" if numpy_side else "(3, 13)\n"
        assert r["stdout"] == want, (numpy_side, r)


def main():
    import numpy
    assert numpy.__version__ == "2.4.6", numpy.__version__
    check_interpreters()
    with open(CASES) as f:
        cases = parse_cases(f.read())
    names = set()
    with open(OUT, "w") as f:
        for c in cases:
            assert c["name"] not in names, "duplicate case name " + c["name"]
            names.add(c["name"])
            r = run(c["program"])
            f.write(json.dumps({"name": c["name"], "program": c["program"], "typeOnly": "type-only" in c["flags"],
                                **r}) + "\n")
    print(f"{len(cases)} cases -> {os.path.relpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
