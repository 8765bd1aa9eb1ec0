#!/usr/bin/env bash
# nprand against NumPy and CPython, side by side, in CPU ns per value.
#
#   nprand-bench/run-side-by-side.sh [REGEX]       # e.g. 'gamma|normal'; default: everything
#
# 1. builds the benchmark jar (mvn -B -q -pl nprand-bench -am package -DskipTests; MVN_FLAGS=-o
#    for an offline build, SKIP_BUILD=1 to reuse the jar);
# 2. runs RandomStateDistributionsBench (RandomState's distributions through each API path) and
#    StreamsBench (raw streams, uniform doubles, bounded integers, bytes, shuffles, jumps,
#    CPython's random.Random, scalar calls) under JMH with CpuTimeProfiler, which adds CPU time
#    per op to JMH's wall-clock score (JMH_OPTS overrides the defaults below), on the JVM of
#    $JAVA_HOME if set (else `java` on the PATH);
# 3. runs nprand-bench/python/numpy_side.py (PY_OPTS, e.g. "--repeat 21");
# 4. prints one row per op: nprand process CPU ns/value, worker-thread CPU and wall ns/value,
#    NumPy's thread CPU ns/value, and the ratio nprand (process CPU) / NumPy.
#
# CPU time: NumPy runs everything (malloc/free included) on its one thread, so its thread CPU
# time is the whole cost; the JVM does GC in other threads, so the comparable JVM figure is the
# forked benchmark JVM's process CPU time per op (cpu.process). cpu.thread (the JMH worker
# only) leaves GC out; the two differ only for allocating calls.
#
# Defaults: one fork per benchmark (96 of them), 4 x 0.5 s warm-up, 5 x 0.5 s measurement:
# about 10 minutes for the JMH part, 2-3 minutes for NumPy, ~1 minute to build; 13-15 minutes
# in all on a 2-core machine. Expect run-to-run noise of 5-10%, and more when the machine is shared
# (CPU time is not inflated by time spent descheduled, but caches and cores are still shared):
# the wall +- column and NumPy's min column in numpy.txt show it, and ratios within ~15% of 1
# are not a difference. Raw results: nprand-bench/target/side-by-side/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

REGEX="${1:-}"
OUT=nprand-bench/target/side-by-side
JMH_OPTS="${JMH_OPTS:--f 1 -wi 4 -w 500ms -i 5 -r 500ms}"
PY_OPTS="${PY_OPTS:---repeat 21}"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "== building nprand-bench/target/benchmarks.jar" >&2
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_FLAGS:-} -pl nprand-bench -am package -DskipTests
fi
mkdir -p "$OUT"

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAVA_VERSION="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.runtime\.version = //p')"
JAVA_VM="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.vm\.name = //p')"
echo "== JMH on $JAVA ($JAVA_VERSION): RandomStateDistributionsBench, StreamsBench ${REGEX:+(ops matching $REGEX) }$JMH_OPTS" >&2
# shellcheck disable=SC2086
"$JAVA" -jar nprand-bench/target/benchmarks.jar \
  "org\.nprand\.bench\.(RandomStateDistributionsBench|StreamsBench)\..*(${REGEX:-.*}).*" \
  $JMH_OPTS -prof org.nprand.bench.CpuTimeProfiler \
  -rf json -rff "$OUT/jmh.json" > "$OUT/jmh.log"
tail -n +"$(grep -n '^Benchmark ' "$OUT/jmh.log" | tail -1 | cut -d: -f1)" "$OUT/jmh.log" > "$OUT/jmh-table.txt"

echo "== NumPy: nprand-bench/python/numpy_side.py $PY_OPTS" >&2
# shellcheck disable=SC2086
python3 nprand-bench/python/numpy_side.py $PY_OPTS "$REGEX" > "$OUT/numpy.txt"

python3 - "$OUT/jmh.json" "$OUT/numpy.txt" "$JAVA_VM $JAVA_VERSION" <<'PY' | tee "$OUT/side-by-side.txt"
import json, sys

jmh = {}
for b in json.load(open(sys.argv[1])):
    op = b["benchmark"].rsplit(".", 1)[1]
    sec = {k.lstrip("\u00b7"): v for k, v in b["secondaryMetrics"].items()}
    jmh[op] = (sec["cpu.process"]["score"], sec["cpu.thread"]["score"], b["primaryMetric"]["score"],
               float(b["primaryMetric"]["scoreError"]))  # "NaN" for fewer than 3 iterations

numpy, order, header = {}, [], []
for line in open(sys.argv[2]):
    if line.startswith("#"):
        header.append(line.rstrip())
        continue
    f = line.split()
    if len(f) < 2 or f[0] == "op":
        continue
    numpy[f[0]] = (float(f[1]), "bulk" if "no out=" in line else "")
    order.append(f[0])

# NumPy's order, each op followed by its *Polluted variant; then anything JMH has that NumPy lacks.
rows = []
for op in order:
    rows += [o for o in (op, op + "Polluted") if o in jmh]
rows += sorted(o for o in jmh if o not in rows)

print(f"nprand on {sys.argv[3]}: same seeds, JMH, ns per value (scalar, seeding and jump rows: per call);")
print("  cpu = forked JVM's process CPU time per op (incl. GC threads), thr = JMH worker thread CPU only,")
print("  wall = JMH's score (+- its 99.9% error)")
for h in header:
    print("NumPy:" + h[1:])
print("ratio = nprand cpu / NumPy cpu (< 1: nprand faster). *: RandomState has no out=, NumPy's bulk call")
print()
print(f"{'op':<28} {'nprand cpu':>10} {'thr':>8} {'wall':>8} {'+-':>6}  {'NumPy cpu':>10}  {'ratio':>6}")
for op in rows:
    cpu, thr, wall, err = jmh[op]
    base = op[:-len("Polluted")] if op.endswith("Polluted") else op
    if base in numpy:
        np_ns, note = numpy[base]
        mark = "*" if note else " "
        print(f"{op:<28} {cpu:>10.2f} {thr:>8.2f} {wall:>8.2f} {err:>6.2f}  {np_ns:>9.2f}{mark}  {cpu / np_ns:>6.3f}")
    else:
        print(f"{op:<28} {cpu:>10.2f} {thr:>8.2f} {wall:>8.2f} {err:>6.2f}  {'-':>10}  {'-':>6}")
PY
