#!/usr/bin/env bash
# Runs one libFuzzer target for a fixed time: tests/fuzz/run.sh TARGET SECONDS [libFuzzer options...]
#   TARGET: parse | compile | run      (binaries in $FUZZ_BUILD, default build-fuzz/)
# The corpus lives in $FUZZ_BUILD/corpus/TARGET (kept between runs) and starts
# from every script of samples/ and tests/compat/; crashes go to
# $FUZZ_BUILD/artifacts/. Exits non-zero if the fuzzer found a crash.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
target="${1:?usage: tests/fuzz/run.sh TARGET SECONDS [libFuzzer options...]}"
seconds="${2:?usage: tests/fuzz/run.sh TARGET SECONDS [libFuzzer options...]}"
shift 2
build="${FUZZ_BUILD:-build-fuzz}"
bin="$build/fuzz_$target"
[ -x "$bin" ] || { echo "run.sh: $bin not built (see tests/fuzz/README.md)" >&2; exit 2; }
corpus="$build/corpus/$target"
artifacts="$build/artifacts/$target/"
mkdir -p "$corpus" "$artifacts"
if [ -z "$(ls -A "$corpus")" ]; then
  find samples tests/compat -name '*.py' ! -name '_*' -print0 |
    while IFS= read -r -d '' f; do cp "$f" "$corpus/$(echo "$f" | tr '/' '_')"; done
fi
max_len=8192
[ "$target" = run ] && max_len=4096
exec "$bin" "$corpus" -dict=tests/fuzz/python.dict -max_total_time="$seconds" -timeout=20 \
  -rss_limit_mb=4096 -malloc_limit_mb=4096 -max_len="$max_len" -artifact_prefix="$artifacts" \
  -print_final_stats=1 "$@"
