#!/usr/bin/env bash
# make bench: times `okra build` against Hugo on generated corpora and writes BENCHMARKS.md.
# See docs/benchmarks.md. Debian/Ubuntu; installs hyperfine, hugo and time when missing (as root or via sudo).
#
# Environment (all optional):
#   BENCH_SIZES     objective counts to measure                  (default "1000 10000 50000")
#   BENCH_RUNS      timed runs per command (after one warm-up)   (default 3)
#   BENCH_REBUILD_RUNS  timed edits per kind of rebuild (after one warm-up edit) (default 9: a rebuild takes
#                   a second with the restore, and a median of 3 swings by 10-20 % on this VM)
#   BENCH_TODAY     the day okra judges the corpus on (--today)  (default 2026-12-31, the end of its newest quarter)
#   BENCH_PROFILE   1: also profile the smallest size under callgrind (slow: ~1 min for 1000 objectives)
#   BENCH_LABEL     label of the profile section, e.g. "before"  (default none)
#   BENCH_REUSE     1: keep measurements already in BENCH_RAW and run only the missing ones (resume a run,
#                   or add a size to a report); the report still reads every size in BENCH_SIZES
#   BENCH_RAW       folder for the raw outputs                   (default Benchmarks/out/raw)
#   HUGO_SITE       the reference Hugo site                      (default ../shared/bench/hugo-site)
#   BENCH_COMMIT    what was measured, for the report           (default: git rev-parse --short HEAD)
#   SWIFT, SWIFT_SCRATCH   the swift command and its --scratch-path (default swift, .build)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
SWIFT=${SWIFT:-swift}
SWIFT_SCRATCH=${SWIFT_SCRATCH:-.build}
BENCH_SIZES=${BENCH_SIZES:-"1000 10000 50000"}
BENCH_RUNS=${BENCH_RUNS:-3}
BENCH_REBUILD_RUNS=${BENCH_REBUILD_RUNS:-9}
BENCH_TODAY=${BENCH_TODAY:-2026-12-31}
BENCH_PROFILE=${BENCH_PROFILE:-0}
BENCH_LABEL=${BENCH_LABEL:-}
BENCH_REUSE=${BENCH_REUSE:-0}
HUGO_SITE=${HUGO_SITE:-../shared/bench/hugo-site}
CORPORA=$ROOT/Benchmarks/corpus
OUT=$ROOT/Benchmarks/out
RAW=${BENCH_RAW:-$OUT/raw}
mkdir -p "$RAW"
RAW=$(cd "$RAW" && pwd)
REPORT=$ROOT/BENCHMARKS.md

say() { printf '\n== %s\n' "$*" >&2; }

# Old outputs are moved aside into TRASH instead of deleted, and deleted between sizes, followed by a pause.
# On ext4 without a journal (this machine's disk) the kernel will not reuse an inode freed in the last five
# minutes: every file created in that time scans past all the recently freed ones, about 200 µs per file
# after deleting a 17,000-file output instead of 20 µs. Deleting the previous run's output just before a
# timed run would time that scan, for okra and Hugo alike, rather than the build (docs/benchmarks.md).
TRASH=$OUT/.trash
LAST_DELETION=0
retire() {
  mkdir -p "$TRASH"
  local path
  for path in "$@"; do
    if [ -e "$path" ]; then mv "$path" "$TRASH/$(basename "$path").$(date +%s%N)"; fi
  done
}
empty_trash() {
  if [ -d "$TRASH" ]; then
    rm -rf "$TRASH"
    LAST_DELETION=$(date +%s)
  fi
}
# Waits until the files deleted last are five minutes old (see above).
settle() {
  local wait=$(( LAST_DELETION + 300 - $(date +%s) ))
  if [ "$wait" -gt 0 ]; then
    say "waiting ${wait} s: files created within five minutes of a mass deletion are slow to create on this disk"
    sleep "$wait"
  fi
}
# True when BENCH_REUSE=1 and the raw file of a measurement exists already.
have() { [ "$BENCH_REUSE" = 1 ] && [ -s "$RAW/$1" ] && { say "reusing $RAW/$1"; true; }; }

# --- Tools -----------------------------------------------------------------------------------------
if ! command -v python3 >/dev/null 2>&1; then
  echo "error: scripts/bench.sh needs python3 to read hyperfine's JSON and write BENCHMARKS.md (apt-get install python3)." >&2
  exit 1
fi
missing=()
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
if [ "$BENCH_PROFILE" = 1 ] && ! command -v valgrind >/dev/null 2>&1; then missing+=(valgrind); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} …" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
bash scripts/install-dependencies.sh

# --- Release build ---------------------------------------------------------------------------------
say "release build (scratch path $SWIFT_SCRATCH)"
"$SWIFT" build -c release --scratch-path "$SWIFT_SCRATCH" --product okra
"$SWIFT" build -c release --scratch-path "$SWIFT_SCRATCH" --product okra-corpus
BIN=$("$SWIFT" build -c release --scratch-path "$SWIFT_SCRATCH" --show-bin-path)
OKRA=$BIN/okra
GENERATOR=$BIN/okra-corpus

mkdir -p "$CORPORA" "$OUT"

# Hugo writes a lock file and resources/ into its site folder: build from a copy, never the shared one.
HUGO_COPY=$OUT/hugo-site
rm -rf "$HUGO_COPY"
cp -R "$HUGO_SITE" "$HUGO_COPY"
chmod -R u+w "$HUGO_COPY"   # the shared folder may be read-only; Hugo writes its lock file into the copy
rm -rf "$HUGO_COPY/resources" "$HUGO_COPY/.hugo_build.lock"

# --- Corpora ---------------------------------------------------------------------------------------
# A corpus is written again when the generator's sources (or the calendar it borrows from OkraKit) changed:
# the stamp holds their hash. (The binary's date would change with every change to OkraKit.)
generator_hash=$(cat Benchmarks/Corpus/*.swift Sources/OkraKit/Support/Day.swift | sha256sum | cut -d' ' -f1)
for n in $BENCH_SIZES; do
  corpus=$CORPORA/$n
  stamp=$CORPORA/.stamp-$n
  if [ ! -f "$corpus/site.yaml" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$generator_hash" ]; then
    say "generating $n objectives → Benchmarks/corpus/$n"
    retire "$corpus"   # deleted later with the trash; also faster than the generator's FileManager.removeItem
    "$GENERATOR" --objectives "$n" --output "$corpus" | tee "$RAW/corpus-$n.txt"
    echo "$generator_hash" > "$stamp"
  else
    say "Benchmarks/corpus/$n is up to date"
  fi
  # The corpus must build: errors would make every okra timing meaningless.
  if ! "$OKRA" check --content "$corpus" --today "$BENCH_TODAY" > "$RAW/check-$n.txt" 2>&1; then
    tail -20 "$RAW/check-$n.txt" >&2
    echo "error: okra check found errors in Benchmarks/corpus/$n (see $RAW/check-$n.txt)" >&2
    exit 1
  fi
  tail -1 "$RAW/check-$n.txt" >&2
done

# --- Measurements ----------------------------------------------------------------------------------
empty_trash   # an interrupted run's, and replaced corpora
for n in $BENCH_SIZES; do
  settle
  corpus=$CORPORA/$n
  okra_out=$OUT/okra-$n
  hugo_out=$OUT/hugo-$n
  okra_cmd="$OKRA build --content $corpus --output $okra_out --today $BENCH_TODAY"
  hugo_cmd="hugo --quiet -s $HUGO_COPY --contentDir $corpus -d $hugo_out"
  # Each timed run starts from the same machine state, not in the previous run's write-back (bench-prepare.sh).
  prepare_okra="bash $ROOT/scripts/bench-prepare.sh $okra_out $TRASH $corpus $OKRA --help"
  prepare_hugo="bash $ROOT/scripts/bench-prepare.sh $hugo_out $TRASH $corpus hugo version"

  if ! have "okra-$n.json"; then
    say "okra build, $n objectives (cold: no output folder; the previous one is moved aside, then sync and drop_caches)"
    hyperfine --warmup 1 --runs "$BENCH_RUNS" --prepare "$prepare_okra" \
      --export-json "$RAW/okra-$n.json" "$okra_cmd"
  fi

  if ! have "hugo-$n.json"; then
    say "hugo, $n objectives (cold: no output folder; the previous one is moved aside, then sync and drop_caches)"
    hyperfine --warmup 1 --runs "$BENCH_RUNS" --prepare "$prepare_hugo" \
      --export-json "$RAW/hugo-$n.json" "$hugo_cmd"
  fi

  # One more cold run of each under /usr/bin/time -v; okra's also prints its per-step times (--timings).
  if ! have "okra-$n.time" || ! have "hugo-$n.time"; then
    say "peak memory and okra build --timings, $n objectives"
    $prepare_okra
    /usr/bin/time -v $okra_cmd --timings > /dev/null 2> "$RAW/okra-$n.time"
    $prepare_hugo
    /usr/bin/time -v $hugo_cmd > /dev/null 2> "$RAW/hugo-$n.time"
  fi
  grep -E '^[a-z]+ +[0-9.]+ ms$' "$RAW/okra-$n.time" > "$RAW/okra-$n.timings" || true
  cat "$RAW/okra-$n.timings" >&2
  grep 'Maximum resident' "$RAW/okra-$n.time" "$RAW/hugo-$n.time" >&2

  # Rebuild after one file changes: `okra watch` builds the site into the same output folder, then one
  # objective of the newest quarter is edited again and again (scripts/bench-rebuild.py; it restores the
  # file): each run is timed from the file's replacement to the watcher's `rebuilt` line. Two kinds of edit:
  # a changed check-in value (the headline figure) and a paragraph appended to the body.
  # awk, not head: head would close the pipe early and sort would die of SIGPIPE under pipefail.
  edited=$(find "$corpus/2026-Q3" -name '*.md' | LC_ALL=C sort | awk 'NR == 1')
  for edit in checkin body; do
    if [ "$edit" = checkin ]; then json=okra-rebuild-$n.json; else json=okra-rebuild-$edit-$n.json; fi
    # A raw file without watcher_times is a full `okra build` timed by hyperfine (before okra watch): redo it.
    if grep -qs '"watcher_times"' "$RAW/$json" && have "$json"; then continue; fi
    say "okra watch: rebuild after one $edit edit, $n objectives"
    echo "${edited#"$ROOT"/}" > "$RAW/okra-$n.edited"
    retire "$okra_out"   # else the watcher's first build would delete it when it swaps in the new output
    python3 scripts/bench-rebuild.py --okra "$OKRA" --content "$corpus" --output "$okra_out" \
      --today "$BENCH_TODAY" --file "$edited" --edit "$edit" --runs "$BENCH_REBUILD_RUNS" --warmup 1 \
      --export-json "$RAW/$json"
  done
  empty_trash
done

# --- Profile (optional) ----------------------------------------------------------------------------
demangle() { if "$SWIFT" demangle --help >/dev/null 2>&1; then "$SWIFT" demangle --simplified; else cat; fi; }
if [ "$BENCH_PROFILE" = 1 ] && ! have "callgrind.size"; then
  n=$(printf '%s\n' $BENCH_SIZES | sort -n | awk 'NR == 1')
  say "callgrind profile of okra build, $n objectives"
  retire "$OUT/okra-profile"
  valgrind --tool=callgrind --dump-instr=no --callgrind-out-file="$RAW/callgrind-$n.out" \
    "$OKRA" build --content "$CORPORA/$n" --output "$OUT/okra-profile" --today "$BENCH_TODAY" > /dev/null 2> "$RAW/callgrind-$n.log"
  callgrind_annotate --inclusive=yes "$RAW/callgrind-$n.out" | demangle > "$RAW/callgrind-$n.inclusive.txt"
  callgrind_annotate --inclusive=no "$RAW/callgrind-$n.out" | demangle > "$RAW/callgrind-$n.self.txt"
  echo "$n" > "$RAW/callgrind.size"
elif [ "$BENCH_PROFILE" != 1 ]; then
  rm -f "$RAW/callgrind.size"
fi
# perf samples a full build at a larger size (10,000 when measured, else the largest), which callgrind
# cannot do in reasonable time; skipped when perf is missing or not allowed (perf_event_paranoid).
if [ "$BENCH_PROFILE" = 1 ] && ! have "perf.size"; then
  rm -f "$RAW/perf.size"
  if command -v perf >/dev/null 2>&1 && perf record -q -o /dev/null -- true >/dev/null 2>&1; then
    n=$(printf '%s\n' $BENCH_SIZES | sort -n | awk '$1 <= 10000 { n = $1 } END { print n }')
    [ -n "$n" ] || n=$(printf '%s\n' $BENCH_SIZES | sort -n | awk 'NR == 1')
    say "perf profile of okra build, $n objectives"
    settle
    retire "$OUT/okra-profile"
    perf record -q -F 99 -g -o "$RAW/perf-$n.data" -- \
      "$OKRA" build --content "$CORPORA/$n" --output "$OUT/okra-profile" --today "$BENCH_TODAY" > /dev/null 2> "$RAW/perf-$n.log"
    perf report -i "$RAW/perf-$n.data" --children --stdio -g none --sort symbol 2>/dev/null | demangle > "$RAW/perf-$n.children.txt"
    perf report -i "$RAW/perf-$n.data" --no-children --stdio -g none --sort symbol 2>/dev/null | demangle > "$RAW/perf-$n.self.txt"
    echo "$n" > "$RAW/perf.size"
  else
    say "perf is not available: no sampled profile"
  fi
elif [ "$BENCH_PROFILE" != 1 ]; then
  rm -f "$RAW/perf.size"
fi
retire "$OUT/okra-profile"
empty_trash

# --- Report ----------------------------------------------------------------------------------------
say "writing BENCHMARKS.md"
{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "nproc=$(nproc)"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
  echo "memory=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "kernel=$(uname -sr)"
  echo "os=$( (. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") || echo unknown)"
  echo "swift=$("$SWIFT" --version 2>&1 | grep -m1 -i 'swift version')"
  echo "hugo=$(hugo version | awk 'NR == 1')"
  echo "hyperfine=$(hyperfine --version)"
  if [ -n "${BENCH_COMMIT:-}" ]; then
    echo "commit=$BENCH_COMMIT"
  elif git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources templates Package.swift || echo ' with uncommitted changes to Sources/templates')"
  else
    echo "commit=unknown (not a git checkout)"
  fi
} > "$RAW/machine.txt"

python3 - "$RAW" "${RAW#"$ROOT"/}" "$REPORT" "$BENCH_RUNS" "$BENCH_REBUILD_RUNS" "$BENCH_TODAY" "$BENCH_LABEL" $BENCH_SIZES <<'PYTHON'
import json, os, re, sys

raw, raw_shown, report, runs, rebuild_runs, today, label = sys.argv[1:8]
sizes = [int(s) for s in sys.argv[8:]]
machine = dict(line.rstrip("\n").split("=", 1) for line in open(os.path.join(raw, "machine.txt")))
GIB = 1024 ** 3

def hyperfine(name):
    with open(os.path.join(raw, name)) as f:
        r = json.load(f)["results"][0]
    return {"median": r["median"], "min": r["min"], "max": r["max"], "mean": r["mean"]}

def peak_bytes(name):
    with open(os.path.join(raw, name)) as f:
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", f.read())
    return int(m.group(1)) * 1024 if m else None

def timings(name):
    steps = []
    for line in open(os.path.join(raw, name)):
        m = re.match(r"^(\w+)\s+([\d.]+) ms$", line.strip())
        if m:
            steps.append((m.group(1), float(m.group(2))))
    return steps

def s(x): return f"{x:.3f} s" if x < 10 else f"{x:.2f} s" if x < 100 else f"{x:.1f} s"
def ms(x): return s(x) if x >= 1 else f"{x * 1000:.0f} ms" if x >= 0.1 else f"{x * 1000:.1f} ms"
def ratio(x): return f"{x:.1f}×" if x >= 1 else f"{x:.2f}×"
def mib(b): return "—" if b is None else f"{b / 1024 ** 2:.0f} MiB"
def ok(flag): return "✓" if flag else "✗"

rows = {}
for n in sizes:
    okra, hugo = hyperfine(f"okra-{n}.json"), hyperfine(f"hugo-{n}.json")
    rows[n] = {
        "okra": okra, "hugo": hugo,
        "rebuild": hyperfine(f"okra-rebuild-{n}.json"),
        "rebuild_body": hyperfine(f"okra-rebuild-body-{n}.json"),
        "okra_peak": peak_bytes(f"okra-{n}.time"), "hugo_peak": peak_bytes(f"hugo-{n}.time"),
        "timings": timings(f"okra-{n}.timings"),
        "check": open(os.path.join(raw, f"check-{n}.txt")).read().strip().splitlines()[-1],
        "edited": open(os.path.join(raw, f"okra-{n}.edited")).read().strip(),
    }

header = ("| objectives | okra median | okra min–max | Hugo median | Hugo / okra | okra ms/objective | "
          "Hugo ms/objective | okra peak | Hugo peak | rebuild after one edit | rebuild after a body edit |")
table = [header, "|" + "---|" * 11]
for n, r in rows.items():
    o, h = r["okra"], r["hugo"]
    table.append(
        f"| {n:,} | {s(o['median'])} | {s(o['min'])} – {s(o['max'])} | {s(h['median'])} | {ratio(h['median'] / o['median'])} | "
        f"{o['median'] * 1000 / n:.3f} | {h['median'] * 1000 / n:.3f} | {mib(r['okra_peak'])} | {mib(r['hugo_peak'])} | "
        f"{ms(r['rebuild']['median'])} | {ms(r['rebuild_body']['median'])} |")

targets = []
def target(text, value, holds):
    targets.append(f"| {text} | {value} | {'not measured' if holds is None else ok(holds)} |")
t10 = rows.get(10000)
if t10:
    o = t10["okra"]["median"]
    target("10k cold build ≤ 1.5 s wall", s(o), o <= 1.5)
    speedup = t10["hugo"]["median"] / o
    target("10k ≤ 1/8 of Hugo's time in the same run", f"Hugo / okra = {ratio(speedup)} (needs ≥ 8×)", speedup >= 8)
    target("10k peak memory ≤ 1 GiB", mib(t10["okra_peak"]), t10["okra_peak"] is not None and t10["okra_peak"] <= GIB)
else:
    for text in ("10k cold build ≤ 1.5 s wall", "10k ≤ 1/8 of Hugo's time in the same run", "10k peak memory ≤ 1 GiB"):
        target(text, "—", None)
t50 = rows.get(50000)
if t50:
    target("50k peak memory ≤ 1 GiB", mib(t50["okra_peak"]), t50["okra_peak"] is not None and t50["okra_peak"] <= GIB)
if t10 and t50:
    growth = t50["okra"]["median"] / t10["okra"]["median"]
    target("linear growth: 50k ≤ 5.5 × 10k", f"{growth:.2f} ×", growth <= 5.5)
else:
    target("linear growth: 50k ≤ 5.5 × 10k", "—", None)
if t10:
    r = t10["rebuild"]["median"]
    target("10k rebuild after one file changes ≤ 100 ms", ms(r), r <= 0.1)
else:
    target("10k rebuild after one file changes ≤ 100 ms", "—", None)

steps = []
for n, r in rows.items():
    for name, _ in r["timings"]:
        if name not in steps:
            steps.append(name)
timing_table = ["| step | " + " | ".join(f"{n:,}" for n in rows) + " |", "|---|" + "---:|" * len(rows)]
for step in steps:
    cells = []
    for n, r in rows.items():
        d = dict(r["timings"])
        cells.append(f"{d[step]:.0f} ms" if step in d else "—")
    timing_table.append(f"| {step} | " + " | ".join(cells) + " |")
totals = [f"{sum(v for _, v in r['timings']):.0f} ms" for r in rows.values()]
timing_table.append("| **total** | " + " | ".join(f"**{t}**" for t in totals) + " |")

# Frames that only pass the work on (program start, main, closures' thunks, dispatch): left out of the
# inclusive table, which would otherwise start with a dozen rows of 75 %. The raw files have them.
WRAPPERS = re.compile(r"^(\(below main\)|0x[0-9a-f]+|__libc_start_main|okra_main|specialized static OkraMain\.main|"
                      r"static OkraMain\.main|protocol witness for ParsableCommand\.run|BuildCommand\.run|thunk for |"
                      r"partial apply for |reabstraction thunk|_dispatch_|___swift_dispatch|start_thread|clone3?$|"
                      r"_dispatch_worker_thread|_pthread_wqthread)")

def callgrind_top(path, count=25, skip_wrappers=False):
    """The first `count` function rows of callgrind_annotate's output: (Ir, percent, function); a function
    listed twice (inlined copies in several files) is listed once, with its larger cost."""
    out, seen = [], set()
    for line in open(path, errors="replace"):
        m = re.match(r"^\s*([\d,]+)\s+\(\s*([\d.]+)%\)\s+(.*)$", line.rstrip("\n"))
        if not m or "PROGRAM TOTALS" in line:
            continue
        function = m.group(3)
        function = re.sub(r"^\S+?:", "", function, count=1) if re.match(r"^[^ ]*?\.(swift|c|h|cpp|S):", function) else function
        function = re.sub(r"^\?\?\?:", "", function)
        function = re.sub(r"^\S*<compiler-generated>:", "", function)
        function = re.sub(r"\s+\[[^\]]*\]\s*$", "", function)
        if function in seen or (skip_wrappers and WRAPPERS.match(function)):
            continue
        seen.add(function)
        function = function.replace("|", "\\|")
        if len(function) > 140:
            function = function[:137] + "…"
        out.append((m.group(1), m.group(2), function))
        if len(out) == count:
            break
    return out

lines = []
title = f"Profile ({label})" if label else "Profile"
lines += [f"## {title}", ""]
lines += [f"Per-step wall times of one cold `okra build --timings` (same command as above) at each size:", ""]
lines += timing_table + [""]
size_file = os.path.join(raw, "callgrind.size")
if os.path.exists(size_file):
    n = int(open(size_file).read())
    lines += [f"callgrind (`valgrind --tool=callgrind --dump-instr=no`) of one `okra build` of the {n:,}-objective corpus: "
              "instructions executed (Ir) by all threads together, as a share of the whole program; names demangled with "
              "`swift demangle --simplified`. Inclusive costs of recursive functions (marked `'2`) count each "
              "recursion level again and can exceed 100 %. The inclusive table leaves out frames that only pass the "
              "work on (program start, `main`, `BuildCommand.run()`, thunks, Dispatch); "
              f"`callgrind_annotate` output in full: `{raw_shown}/callgrind-{n}.inclusive.txt` and `.self.txt`.", ""]
    for kind, file, skip in (("inclusive", f"callgrind-{n}.inclusive.txt", True), ("self", f"callgrind-{n}.self.txt", False)):
        lines += [f"Top 25 by {kind} cost:", "", "| Ir | % | function |", "|---:|---:|---|"]
        lines += [f"| {ir} | {pct} | `{fn}` |" if "`" not in fn else f"| {ir} | {pct} | {fn} |"
                  for ir, pct, fn in callgrind_top(os.path.join(raw, file), skip_wrappers=skip)]
        lines += [""]

def perf_top(path, count=25, children=True):
    """Rows of `perf report --stdio -g none --sort symbol`: (percent, function)."""
    out, seen = [], set()
    pattern = (re.compile(r"^\s*([\d.]+)%\s+[\d.]+%\s+\[[.k]\]\s+(.*?)\s*(?:-\s+-\s*)?$") if children
               else re.compile(r"^\s*([\d.]+)%\s+\[[.k]\]\s+(.*?)\s*$"))
    for line in open(path, errors="replace"):
        m = pattern.match(line.rstrip("\n"))
        if not m:
            continue
        function = re.sub(r"\s{2,}.*$", "", m.group(2).strip())   # drop perf's padding and empty columns
        if function in seen or (children and (WRAPPERS.match(function) or function.startswith("__libc_start"))):
            continue
        seen.add(function)
        function = function.replace("|", "\\|")
        if len(function) > 140:
            function = function[:137] + "…"
        out.append((m.group(1), function))
        if len(out) == count:
            break
    return out

size_file = os.path.join(raw, "perf.size")
if os.path.exists(size_file):
    n = int(open(size_file).read())
    lines += [f"perf (`perf record -F 99 -g`, frame-pointer call graphs) of one `okra build` of the {n:,}-objective corpus: "
              "share of the CPU samples of all threads in which the function is on the stack (inclusive) or running "
              "(self), names demangled. The inclusive table leaves out the same pass-through frames as above; "
              f"`perf report` output in full: `{raw_shown}/perf-{n}.children.txt` and `.self.txt`.", ""]
    for kind, file, children in (("inclusive", f"perf-{n}.children.txt", True), ("self", f"perf-{n}.self.txt", False)):
        lines += [f"Top 25 by {kind} share of samples:", "", "| % | function |", "|---:|---|"]
        lines += [f"| {pct} | `{fn}` |" if "`" not in fn else f"| {pct} | {fn} |"
                  for pct, fn in perf_top(os.path.join(raw, file), children=children)]
        lines += [""]

# Keep labelled sections of earlier runs ("## Profile (before)", "## Notes (before)") whose label differs
# from this run's, so a baseline survives re-runs.
kept = []
if os.path.exists(report):
    text = open(report).read()
    for m in re.finditer(r"^## [^\n]*\(([^)\n]*)\)\n.*?(?=^## |\Z)", text, flags=re.S | re.M):
        if m.group(1) != label:
            kept.append(m.group(0).rstrip() + "\n")

first = next(iter(rows.values()))
md = ["# Benchmarks", "",
      "Written by `make bench` (`scripts/bench.sh`); how to run it and what each number means: "
      "[docs/benchmarks.md](docs/benchmarks.md).", "",
      "## Machine", "",
      f"- date: {machine['date']}",
      f"- CPU: {machine['cpu']}, {machine['nproc']} cores (`nproc`)",
      f"- memory: {machine['memory']}",
      f"- OS: {machine['os']} ({machine['kernel']})",
      f"- {machine['swift']}",
      f"- {machine['hugo']}",
      f"- {machine['hyperfine']}",
      f"- okra: commit {machine['commit']}, `swift build -c release`", "",
      "## Results", "",
      f"Cold builds (no output folder: the previous run's output is moved aside, not deleted, then written back with `sync` and dropped from the page cache, and the corpus read again, see docs/benchmarks.md), median of {runs} runs after one warm-up; "
      f"okra judges the corpus as of `--today {today}`. Peak memory is the maximum resident set size of one run "
      "(`/usr/bin/time -v`). The rebuilds are measured with `okra watch` running on the corpus and writing into the "
      "same output folder: after its first full build, one objective file of the newest quarter is replaced with an "
      "edited copy (a temporary file renamed over it), and the time runs from that replacement to the watcher's "
      f"`rebuilt` line; median of {rebuild_runs} edits after one warm-up edit, before each of which the original file is put "
      "back and rebuilt (not timed). *Rebuild after one edit* changes the value of the last check-in of the file's "
      "first key result (a weekly check-in correction); *rebuild after a body edit* appends a paragraph to its text. "
      "The watcher's own figure for each rebuild (from noticing the change to the last file written) is recorded "
      f"next to it, as `watcher_times` in `{raw_shown}/okra-rebuild-N.json` and `okra-rebuild-body-N.json`.", ""]
md += table + ["", "`okra check` of each corpus: " + "; ".join(f"{n:,}: {r['check']}" for n, r in rows.items()) + ".", ""]
md += ["## Targets on the 2-core machine", "", "| target | measured | holds |", "|---|---|---|"] + targets + [""]
md += lines
for section in kept:
    md += [section]
with open(report, "w") as f:
    f.write("\n".join(md).rstrip() + "\n")

print()
print("\n".join(table))
print()
print("\n".join(["| target | measured | holds |", "|---|---|---|"] + targets))
print()
print("\n".join(timing_table))
PYTHON
say "wrote $REPORT (raw data in $RAW)"
