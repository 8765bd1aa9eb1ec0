#!/usr/bin/env bash
# nprand against NumPy 2.x, Numba and CPython 3.13, side by side, in one go:
#
#   nprand-bench/compare.sh [--jdk 17|25|JAVA_HOME]... [--quick] [--overlap] [--numba PY] [--skip-build]
#                           [--out DIR] [REGEX]
#
# Runs every operation of nprand-bench/python/side_by_side.py (bulk methods of RandomState and
# Generator, every bit generator's random_raw in the allocating and fill forms, bytes, bounded
# integers of every dtype, shuffles, scalar calls, CPython's random.Random) under JMH on each JDK
# given, then the same calls in NumPy, Numba (jitted scalar calls) and CPython 3.13, with the same
# seeds and sizes, and prints one table: per op nprand's and the reference's CPU ns per value
# (thread CPU time on both sides, medians), the ratio, the op's target and a verdict.
#
#   --jdk V       a JDK to run nprand on: a JAVA_HOME directory, or a major version found as
#                 $JDK<V>_HOME or /usr/lib/jvm/*-<V>-*; repeat it for one table with a column per
#                 JDK (the reference side runs once). Default: $JAVA_HOME, else `java` on the PATH.
#   --quick       n = 10^6, one fork, fewer iterations: ~5 minutes instead of ~15 per JDK
#   --numba PY    the Python interpreter that has numba (as NPRAND_NUMBA_PYTHON below)
#   --skip-build  reuse nprand-bench/target/benchmarks.jar
#   --overlap     run the reference side (one Python thread) during JMH instead of after it:
#                 ~6 minutes less; both sides still count only their own thread's CPU time
#   --out DIR     where results go (default nprand-bench/target/compare)
#   REGEX         only the rows whose id or label matches (Python re.search)
#
# Environment: NPRAND_PYTHON (NumPy's interpreter, default python3); NPRAND_NUMBA_PYTHON (an
# interpreter with numba installed, e.g. <venv>/bin/python; default: NPRAND_PYTHON if it imports
# numba, else Numba's rows say n/a); NPRAND_CPYTHON313 (CPython 3.13's interpreter; default
# python3.13 if it runs, else a 3.13 that pyenv has, else CPython's rows say n/a); MVN_FLAGS (e.g. -o); FORKS_TARGET,
# FORKS_OTHER (JMH forks for rows with / without a target; default 3 and 1, quick 1 and 1).
#
# Raw results (JMH JSON and logs, the reference's JSON lines, table.txt, table.md) go to --out.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

COMMAND="nprand-bench/compare.sh $*"
JDKS=()
QUICK=0
SKIP_BUILD=0
OVERLAP=0
OUT=nprand-bench/target/compare
REGEX=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --jdk) JDKS+=("$2"); shift 2 ;;
    --jdk=*) JDKS+=("${1#--jdk=}"); shift ;;
    --quick) QUICK=1; shift ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    --overlap) OVERLAP=1; shift ;;
    --numba) NPRAND_NUMBA_PYTHON="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    *) REGEX="$1"; shift ;;
  esac
done

PY="${NPRAND_PYTHON:-python3}"
SBS=nprand-bench/python/side_by_side.py
mkdir -p "$OUT"

java_home_of() {  # a JAVA_HOME for --jdk V
  local v="$1" var d
  if [[ -x "$v/bin/java" ]]; then echo "$v"; return; fi
  var="JDK${v}_HOME"
  if [[ -n "${!var:-}" && -x "${!var}/bin/java" ]]; then echo "${!var}"; return; fi
  for d in /usr/lib/jvm/*-"$v"-* /usr/lib/jvm/*-"$v" /usr/lib/jvm/*"$v"*; do
    if [[ -x "$d/bin/java" ]]; then echo "$d"; return; fi
  done
  echo "no JDK $v found: pass its JAVA_HOME to --jdk or set JDK${v}_HOME" >&2
  exit 2
}

if [[ ${#JDKS[@]} -eq 0 ]]; then
  JDKS=("${JAVA_HOME:-}")
fi

if [[ $QUICK == 1 ]]; then
  N=1000000
  FT="${FORKS_TARGET:-1}"; FO="${FORKS_OTHER:-1}"
  BULK_ITER="-wi 2 -i 3"
  BULK_ITER_OTHER="$BULK_ITER"
  CALL_ITER="-wi 3 -w 200ms -i 3 -r 100ms"
  QFLAG=--quick
else
  N=10000000
  FT="${FORKS_TARGET:-3}"; FO="${FORKS_OTHER:-1}"
  BULK_ITER="-wi 2 -i 4"
  BULK_ITER_OTHER="-wi 2 -i 3"
  CALL_ITER="-wi 3 -w 300ms -i 4 -r 200ms"
  QFLAG=
fi

if [[ $SKIP_BUILD != 1 ]]; then
  echo "== building nprand-bench/target/benchmarks.jar" >&2
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_FLAGS:-} -pl nprand-bench -am package -DskipTests >&2
fi

START=$(date +%s)
{
  echo "command: $COMMAND"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "nprand: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- nprand-core 2>/dev/null || echo ' (nprand-core modified)')"
} > "$OUT/machine.txt"
# the 1-minute load average every 30 s while the benchmark runs (other users of the machine)
( while sleep 30; do cut -d' ' -f1 /proc/loadavg; done > "$OUT/load.txt" ) &
LOAD_PID=$!
trap 'kill "$LOAD_PID" 2>/dev/null || true' EXIT

reference_side() {
  echo "== NumPy ($PY)" >&2
  $PY "$SBS" measure --engine numpy --n "$N" $QFLAG --regex "$REGEX" > "$OUT/ref-numpy.jsonl"

  NUMBA_PY="${NPRAND_NUMBA_PYTHON:-$PY}"
  if "$NUMBA_PY" -c 'import numba' 2>/dev/null; then
    echo "== Numba ($NUMBA_PY)" >&2
    "$NUMBA_PY" "$SBS" measure --engine numba --n "$N" $QFLAG --regex "$REGEX" > "$OUT/ref-numba.jsonl"
  else
    echo "== Numba: not installed for $NUMBA_PY (set NPRAND_NUMBA_PYTHON); its rows say n/a" >&2
    : > "$OUT/ref-numba.jsonl"
  fi

  CPY="${NPRAND_CPYTHON313:-}"
  if [[ -z "$CPY" ]] && python3.13 -c '' 2>/dev/null; then CPY=python3.13; fi
  if [[ -z "$CPY" ]] && command -v pyenv > /dev/null; then  # pyenv: a 3.13 it has, without selecting it globally
    v="$(pyenv versions --bare 2>/dev/null | grep -m1 '^3\.13' || true)"
    [[ -n "$v" ]] && CPY="env PYENV_VERSION=$v python3"
  fi
  if [[ -n "$CPY" ]] && $CPY -c 'import sys; assert sys.version_info[:2] == (3, 13)' 2>/dev/null; then
    echo "== CPython 3.13 ($CPY)" >&2
    $CPY "$SBS" measure --engine cpython --n "$N" $QFLAG --regex "$REGEX" > "$OUT/ref-cpython.jsonl"
  else
    echo "== CPython 3.13 not found (set NPRAND_CPYTHON313); its rows say n/a" >&2
    : > "$OUT/ref-cpython.jsonl"
  fi
}

REF_PID=
if [[ $OVERLAP == 1 ]]; then reference_side & REF_PID=$!; fi

JMH_ARGS=()
for jdk in "${JDKS[@]}"; do
  if [[ -n "$jdk" ]]; then home="$(java_home_of "$jdk")"; java="$home/bin/java"; else java=java; fi
  major="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
  label="JDK $major"
  tag="jdk$major"
  files=()
  for kind in bulk call; do
    for tier in target other; do
      ids="$("$PY" "$SBS" ids --kind "$kind" --tier "$tier" --regex "$REGEX")"
      [[ -z "$ids" ]] && continue
      if [[ $kind == bulk ]]; then cls=SideBySideBulk; iter="$BULK_ITER"; params=(-p "op=$ids" -p "n=$N")
      else cls=SideBySideCall; iter="$CALL_ITER"; params=(-p "op=$ids"); fi
      forks=$FT
      if [[ $tier == other ]]; then forks=$FO; [[ $kind == bulk ]] && iter="$BULK_ITER_OTHER"; fi
      f="$OUT/$tag-$kind-$tier.json"
      echo "== $label ($java): $kind ops, $tier rows: $(tr ',' '\n' <<<"$ids" | wc -l) ops x $forks fork(s)" >&2
      # shellcheck disable=SC2086
      "$java" -jar nprand-bench/target/benchmarks.jar "org\.nprand\.bench\.sbs\.$cls\." "${params[@]}" \
        -f "$forks" $iter -prof org.nprand.bench.CpuTimeProfiler -rf json -rff "$f" \
        > "$OUT/$tag-$kind-$tier.log" 2>&1 || echo "   (JMH failed: see $OUT/$tag-$kind-$tier.log)" >&2
      files+=("$f")
    done
  done
  JMH_ARGS+=(--jmh "$label=$(IFS=,; echo "${files[*]}")")
done

if [[ -n "$REF_PID" ]]; then wait "$REF_PID"; else reference_side; fi

kill "$LOAD_PID" 2>/dev/null || true
{
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  sort -g "$OUT/load.txt" | awk '{a[NR] = $1; s += $1} END {if (NR) printf "load during (1-min average, every 30 s): min %.1f, median %.1f, max %.1f, mean %.1f\n", a[1], a[int((NR + 1) / 2)], a[NR], s / NR}'
  echo "run time: $(( ($(date +%s) - START) / 60 )) min"
} >> "$OUT/machine.txt"
cat "$OUT/machine.txt"
$PY "$SBS" report --n "$N" --regex "$REGEX" "${JMH_ARGS[@]}" \
  --ref "$OUT/ref-numpy.jsonl" --ref "$OUT/ref-numba.jsonl" --ref "$OUT/ref-cpython.jsonl" \
  --markdown "$OUT/table.md" | tee "$OUT/table.txt"
