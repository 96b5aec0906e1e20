#!/bin/bash
# The prepare step of every cold build that scripts/bench.sh times (okra and Hugo alike), so that each run
# starts from the same machine state instead of paying for the runs before it (docs/benchmarks.md):
#   1. the previous output is moved aside into the trash (a rename: deleting it would slow the next build,
#      see bench.sh);
#   2. sync: the previous run's output is written back now, not while the next run is timed;
#   3. the clean page cache is dropped (root only): the previous outputs, several GB at 50,000 objectives,
#      would otherwise be reclaimed page by page while the next run writes its own;
#   4. the corpus and the tool are read again, as the warm-up run left them: the timed build reads warm files.
#
# Usage: bench-prepare.sh OUTPUT TRASH CORPUS COMMAND...   (COMMAND: a harmless run of the tool, e.g. `okra --help`)
set -euo pipefail
output=$1 trash=$2 corpus=$3
shift 3
mkdir -p "$trash"
if [ -e "$output" ]; then mv "$output" "$trash/$(basename "$output").$(date +%s%N)"; fi
sync
if [ -w /proc/sys/vm/drop_caches ]; then echo 1 > /proc/sys/vm/drop_caches; fi
find "$corpus" -type f -print0 | xargs -0 cat > /dev/null
"$@" > /dev/null 2>&1 || true
