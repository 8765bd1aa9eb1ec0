#!/usr/bin/env bash
# The thread speed-up of org.nprand.parallel on this machine: ParallelBench (JMH) on 1 and 2
# threads with CpuTimeProfiler, then the medians over the measured iterations of the wall time and
# of the process CPU time per element, the speed-ups, and the load average before and after (other
# processes on the machine slow the 2-thread runs down; run it when the load is low).
#
#   nprand-bench/parallel-speedup.sh [extra JMH options, e.g. -i 11]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-java}
JAR=${JAR:-nprand-bench/target/benchmarks.jar}
if [ ! -f "$JAR" ] || [ -n "${REBUILD:-}" ]; then
  echo "== building nprand-bench/target/benchmarks.jar" >&2
  mvn -B -q -o -pl nprand-bench -am package -DskipTests >&2
fi
out=$(mktemp -d)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) processors" >&2
"$JAVA" -jar "$JAR" 'org\.nprand\.bench\.ParallelBench\.' \
  -prof org.nprand.bench.CpuTimeProfiler -rf json -rff "$out/result.json" "$@" >&2
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
python3 - "$out/result.json" <<'PY'
import json, statistics, sys
rows = {}
for r in json.load(open(sys.argv[1])):
    p = r["params"]
    wall = [x for fork in r["primaryMetric"]["rawData"] for x in fork]
    cpu = [x for fork in r["secondaryMetrics"]["cpu.process"]["rawData"] for x in fork]
    rows[(p["method"], int(p["threads"]))] = (statistics.median(wall), statistics.median(cpu), len(wall))
print("%-16s %12s %12s %9s %12s %12s %10s" % ("method", "wall 1T", "wall 2T", "speed-up", "CPU 1T", "CPU 2T",
                                                "CPU 2T/1T"))
for m in dict.fromkeys(k[0] for k in rows):
    w1, c1, n = rows[(m, 1)]
    w2, c2, _ = rows[(m, 2)]
    print("%-16s %9.3f ns %9.3f ns %8.2fx %9.3f ns %9.3f ns %10.2f" % (m, w1, w2, w1 / w2, c1, c2, c2 / c1))
print("(ns per element, medians of %d iterations; speed-up = wall 1T / wall 2T, per core = speed-up / 2)" % n)
PY
