#!/usr/bin/env bash
# coil vs CPython, side by side in one run, on the benchmark scripts of
# ../shared/bench. For each benchmark: BENCH_WARMUP untimed + BENCH_RUNS timed
# runs of each interpreter, alternating coil / python run by run, then a table:
#   name, median wall (s) of each, ratio python/coil (>1: coil is faster),
#   median peak RSS (MiB) of each, whether coil's output line equals python's,
#   and whether it is a line of expected.txt.
# Extras: bytes per suspended task (sleepers) and microseconds per hand-off
# (pingpong) for both, and the geometric mean ratio of the sync and async groups.
#
# Usage:  tests/bench/run.sh            (from anywhere)
# Environment:
#   COIL           coil command, may carry flags (default: <repo>/build/coil)
#   PYTHON         the CPython to compare with (default: /usr/bin/python3, Debian's
#                  PGO/LTO build; a pyenv -O3 build is 10-40 % slower)
#   BENCH_DIR      benchmark folder (default: <repo>/../shared/bench)
#   BENCH_RUNS     timed runs per interpreter and benchmark (default 3; median shown)
#   BENCH_WARMUP   untimed runs first (default 1)
#   BENCH_ONLY     'sync', 'async' or a space-separated list of names
#   BENCH_TIMEOUT  seconds per single run before it is killed (default 300)
#   BENCH_LOG_DIR  where each run's stdout/stderr is kept (default: a temp dir)
# Needs bash, awk, coreutils (timeout, date) and GNU time (/usr/bin/time, Debian
# package 'time') for peak RSS; without it RSS columns show '-'.
set -u

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
BENCH_DIR="${BENCH_DIR:-$HERE/../../../shared/bench}"
COIL="${COIL:-$REPO/build/coil}"
PYTHON="${PYTHON:-/usr/bin/python3}"
RUNS="${BENCH_RUNS:-3}"
WARMUP="${BENCH_WARMUP:-1}"
TIMEOUT="${BENCH_TIMEOUT:-300}"
ONLY="${BENCH_ONLY:-}"
LOG_DIR="${BENCH_LOG_DIR:-$(mktemp -d -t coil-bench.XXXXXX)}"
mkdir -p "$LOG_DIR"

SYNC_NAMES="fib loop nbody dict_ops str_build method_calls list_sort_ops"
ASYNC_NAMES="spawn gather_many await_chain pingpong sleepers queue"

if [ ! -d "$BENCH_DIR" ]; then
  echo "no benchmark folder $BENCH_DIR (set BENCH_DIR)" >&2; exit 2
fi
BENCH_DIR="$(cd "$BENCH_DIR" && pwd)"
EXPECTED="$BENCH_DIR/expected.txt"

case "$ONLY" in
  "")    NAMES="$SYNC_NAMES $ASYNC_NAMES" ;;
  sync)  NAMES="$SYNC_NAMES" ;;
  async) NAMES="$ASYNC_NAMES" ;;
  *)     NAMES="$ONLY" ;;
esac

read -r -a COIL_CMD <<< "$COIL"
read -r -a PY_CMD <<< "$PYTHON"
if ! command -v "${COIL_CMD[0]}" > /dev/null 2>&1; then
  echo "coil not found: ${COIL_CMD[0]} (build it, or set COIL)" >&2; exit 2
fi
if ! command -v "${PY_CMD[0]}" > /dev/null 2>&1; then
  echo "python not found: ${PY_CMD[0]} (set PYTHON)" >&2; exit 2
fi

GNU_TIME="$(type -P time || true)"
if [ -n "$GNU_TIME" ] && ! "$GNU_TIME" -f "%M" true > /dev/null 2>&1; then
  GNU_TIME=""   # not GNU time (no -f): wall time only
fi

now_ns() { date +%s%N; }

median() {  # numbers on stdin, one per line -> median (or '-')
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "-"; exit }
    if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# run_once TAG NAME I CMD...: one process; sets RC, WALL (s), RSS_KB, OUT_FILE, ERR_FILE.
run_once() {
  local tag="$1" name="$2" i="$3" t0 t1 rss_file
  shift 3
  OUT_FILE="$LOG_DIR/$name.$tag.$i.out"
  ERR_FILE="$LOG_DIR/$name.$tag.$i.err"
  rss_file="$LOG_DIR/$name.$tag.$i.rss"
  : > "$rss_file"
  t0=$(now_ns)
  if [ -n "$GNU_TIME" ]; then
    timeout "$TIMEOUT" "$GNU_TIME" -q -f "%M" -o "$rss_file" "$@" \
      > "$OUT_FILE" 2> "$ERR_FILE" < /dev/null
  else
    timeout "$TIMEOUT" "$@" > "$OUT_FILE" 2> "$ERR_FILE" < /dev/null
  fi
  RC=$?
  t1=$(now_ns)
  WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')
  RSS_KB=$(tail -n 1 "$rss_file" 2> /dev/null | tr -dc '0-9')
}

last_line() { grep -v '^[[:space:]]*$' "$1" | tail -n 1; }

# The line that says why a run failed: the first line of stderr that names an
# error, else the last non-blank line of stderr, else of stdout.
error_line() {
  local line
  line=$(grep -m 1 -E '([A-Za-z]+(Error|Exception|Exit)\b|[Ee]rror|[Aa]bort|Segmentation)' "$ERR_FILE")
  [ -z "$line" ] && line=$(last_line "$ERR_FILE")
  [ -z "$line" ] && line=$(last_line "$OUT_FILE")
  printf '%s' "$line" | sed 's/^[[:space:]]*//' | cut -c1-70
}

fail_status() {  # after a failed run
  if [ "$RC" -eq 124 ]; then echo "TIMEOUT after ${TIMEOUT}s"
  else echo "rc=$RC: $(error_line)"; fi
}

field() {  # field KEY LINE -> the value of KEY=VALUE in LINE
  printf '%s\n' "$2" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2; exit }'
}

echo "coil:   ${COIL}   [$("${COIL_CMD[0]}" --version 2> /dev/null < /dev/null | head -n 1)]"
echo "python: ${PYTHON}   [$("${PY_CMD[0]}" --version 2> /dev/null < /dev/null | head -n 1)]"
echo "bench:  $BENCH_DIR"
echo "runs:   $RUNS timed (+$WARMUP warm-up) per interpreter, alternating; ${GNU_TIME:+peak RSS from $GNU_TIME; }logs: $LOG_DIR"
echo "ratio = python_s / coil_s (>1: coil is faster); same = coil prints python's line; expected = coil's line is in expected.txt"
echo
FMT='%-14s %8s %8s %8s %9s %9s  %-4s  %-8s  %s\n'
printf "$FMT" name coil_s py_s ratio coil_MiB py_MiB same expected note
printf "$FMT" -------------- -------- -------- -------- --------- --------- ---- -------- ----

RATIOS_SYNC=""; RATIOS_ASYNC=""
EXTRAS=""
for name in $NAMES; do
  file="$BENCH_DIR/$name.py"
  if [ ! -f "$file" ]; then
    printf "$FMT" "$name" - - - - - - - "no $name.py in $BENCH_DIR" | sed 's/ *$//'
    continue
  fi
  c_walls=""; c_rss=""; p_walls=""; p_rss=""; c_fail=""; p_fail=""
  c_out=""; p_out=""
  i=0; total=$((WARMUP + RUNS))
  while [ "$i" -lt "$total" ]; do
    if [ -z "$c_fail" ]; then
      run_once coil "$name" "$i" "${COIL_CMD[@]}" "$file"
      if [ "$RC" -ne 0 ]; then
        c_fail="FAIL $(fail_status)"
      else
        c_out=$(last_line "$OUT_FILE")
        if [ "$i" -ge "$WARMUP" ]; then
          c_walls="$c_walls$WALL"$'\n'; [ -n "$RSS_KB" ] && c_rss="$c_rss$RSS_KB"$'\n'
        fi
      fi
    fi
    if [ -z "$p_fail" ]; then
      run_once python "$name" "$i" "${PY_CMD[@]}" "$file"
      if [ "$RC" -ne 0 ]; then
        p_fail="PYTHON FAIL $(fail_status)"
      else
        p_out=$(last_line "$OUT_FILE")
        if [ "$i" -ge "$WARMUP" ]; then
          p_walls="$p_walls$WALL"$'\n'; [ -n "$RSS_KB" ] && p_rss="$p_rss$RSS_KB"$'\n'
        fi
      fi
    fi
    [ -n "$c_fail" ] && [ -n "$p_fail" ] && break
    i=$((i + 1))
  done

  cw=$(printf '%s' "$c_walls" | median); pw=$(printf '%s' "$p_walls" | median)
  cr=$(printf '%s' "$c_rss" | median);   pr=$(printf '%s' "$p_rss" | median)
  [ -n "$c_fail" ] && { cw="-"; cr="-"; }
  [ -n "$p_fail" ] && { pw="-"; pr="-"; }
  same="-"; expected="-"; note=""
  if [ -z "$c_fail" ]; then
    if [ -n "$c_out" ] && grep -qxF -- "$c_out" "$EXPECTED" 2> /dev/null; then expected="yes"; else expected="no"; fi
    if [ -z "$p_fail" ]; then
      if [ "$c_out" = "$p_out" ]; then same="yes"; else same="no"; fi
    fi
    [ "$same" = "no" ] || [ "$expected" = "no" ] && note="coil printed: ${c_out:-nothing}"
  else
    note="$c_fail"
  fi
  [ -n "$p_fail" ] && note="${note:+$note; }$p_fail"
  ratio="-"
  if [ "$cw" != "-" ] && [ "$pw" != "-" ]; then
    ratio=$(awk -v c="$cw" -v p="$pw" 'BEGIN { if (c > 0) printf "%.2fx", p / c; else print "-" }')
    # Only runs with python's answer count towards the geometric mean.
    if [ "$same" = "yes" ] && [ "$ratio" != "-" ]; then
      case " $ASYNC_NAMES " in
        *" $name "*) RATIOS_ASYNC="$RATIOS_ASYNC ${ratio%x}" ;;
        *)           RATIOS_SYNC="$RATIOS_SYNC ${ratio%x}" ;;
      esac
    fi
  fi
  fmt_s()   { [ "$1" = "-" ] && echo "-" || awk -v v="$1" 'BEGIN { printf "%.3f", v }'; }
  fmt_mib() { [ "$1" = "-" ] && echo "-" || awk -v v="$1" 'BEGIN { printf "%.1f", v / 1024 }'; }
  printf "$FMT" "$name" "$(fmt_s "$cw")" "$(fmt_s "$pw")" "$ratio" "$(fmt_mib "$cr")" "$(fmt_mib "$pr")" \
    "$same" "$expected" "$note" | sed 's/ *$//'

  # Per-task memory and per-hand-off time, counted from the script's own line.
  case "$name" in
    sleepers)
      n=$(field count "${p_out:-$c_out}"); n=${n:-100000}
      per() { [ "$1" = "-" ] && echo "-" || awk -v v="$1" -v n="$n" 'BEGIN { printf "%.0f B", v * 1024 / n }'; }
      EXTRAS="$EXTRAS$(printf 'sleepers: peak RSS per suspended task (%s tasks): coil %s, python %s (goal: coil <= 400 B)' \
        "$n" "$(per "$cr")" "$(per "$pr")")"$'\n' ;;
    pingpong)
      n=$(field handoffs "${p_out:-$c_out}"); n=${n:-500000}
      per() { [ "$1" = "-" ] && echo "-" || awk -v v="$1" -v n="$n" 'BEGIN { printf "%.3f us", v * 1e6 / n }'; }
      EXTRAS="$EXTRAS$(printf 'pingpong: wall per hand-off (%s hand-offs, start-up included): coil %s, python %s (goal: coil < 0.3 us)' \
        "$n" "$(per "$cw")" "$(per "$pw")")"$'\n' ;;
  esac
done

echo
[ -n "$EXTRAS" ] && printf '%s' "$EXTRAS"
geomean() {  # ratios on the command line -> "1.23x over N"
  awk 'BEGIN { s = 0; n = 0
    for (i = 1; i < ARGC; i++) { if (ARGV[i] + 0 > 0) { s += log(ARGV[i]); n++ } }
    if (n == 0) print "- (no benchmark ran correctly under both)"
    else printf "%.2fx over %d benchmark%s\n", exp(s / n), n, (n == 1 ? "" : "s") }' "$@"
}
has_group() { for n in $NAMES; do case " $1 " in *" $n "*) return 0 ;; esac; done; return 1; }
# shellcheck disable=SC2086
has_group "$SYNC_NAMES"  && echo "geometric mean ratio, sync  (goal >= 2x): $(geomean $RATIOS_SYNC)"
# shellcheck disable=SC2086
has_group "$ASYNC_NAMES" && echo "geometric mean ratio, async (goal >= 5x): $(geomean $RATIOS_ASYNC)"
exit 0
