#!/usr/bin/env bash
# Fuzz one target for a bounded time: tests/fuzz/run.sh TARGET SECONDS [WORKDIR]
# TARGET: extract | jsonl | html. The corpus lives in WORKDIR/corpus-TARGET (default
# /tmp/pressner-fuzz), seeded from samples/ on first use; crashes land in WORKDIR.
# Needs atheris: .venv/bin/pip install atheris==2.3.0
set -euo pipefail
target=${1:?target: extract, jsonl or html}
seconds=${2:?seconds}
work=${3:-/tmp/pressner-fuzz}
root=$(cd "$(dirname "$0")/../.." && pwd)
py=${PY:-$root/.venv/bin/python}
corpus=$work/corpus-$target
mkdir -p "$corpus"
cd "$root"
[ -n "$(ls -A "$corpus")" ] || "$py" -m tests.fuzz.seed_corpus "$target" "$corpus"
exec "$py" -m tests.fuzz.fuzz_main "$target" "$corpus" \
    -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=3000 \
    -artifact_prefix="$work/crash-$target-" -print_final_stats=1
