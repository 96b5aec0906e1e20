#!/usr/bin/env python3
"""Time `okra watch` rebuilding after one content file changes (used by scripts/bench.sh, see docs/benchmarks.md).

    bench-rebuild.py --okra PATH --content C --output O --today T --file F --edit {body,checkin}
                     --runs N --export-json J [--warmup K]

Starts `okra watch --content C --output O --today T`, waits for its `watching ` line (the initial full build),
then K warm-up and N timed runs. Each run puts the original F back if it is not there (and waits for the
watcher's `rebuilt` line, untimed), applies a fresh edit to F by writing a temporary file in F's folder and
renaming it over F, and measures the wall time from just before the temporary file is written until the
watcher prints its `rebuilt ` line. The watcher's own figure (`rebuilt in X ms`) is recorded too. At the end
F is put back (also on errors and Ctrl-C), the watcher gets SIGINT, and J is written in hyperfine's JSON shape.
A `build stopped:` line from the watcher ends the benchmark with an error and shows the watcher's stderr.

Edits:
  body     appends a paragraph "\\n追記 (bench edit K NS)\\n" to the end of F (different text every run);
  checkin  changes the value of the last check-in of the first key result (the last `- { date: …, value: X … }`
           line of the first `checkins:` block of the front matter) to X + run number, the rest of the line
           byte-identical: a weekly check-in correction.

Python 3 standard library only.
"""
import argparse
import decimal
import json
import os
import queue
import re
import shlex
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections import deque

STARTUP_TIMEOUT = 30 * 60   # the initial build of the 50,000-objective corpus is slow
REBUILT = re.compile(r"^rebuilt in ([\d.]+) (ms|s)\b")
CHANGED = re.compile(r"\((\d+) content files? changed\)")
CHECKIN = re.compile(r"^(\s*- \{\s*date:\s*[^,}]+,\s*value:\s*)(-?\d+(?:\.\d+)?)(.*)$")


class Failure(Exception):
    pass


def log(message):
    print(message, file=sys.stderr, flush=True)


# --- Edits -----------------------------------------------------------------------------------------------

def checkin_line(text):
    """Index of the line to edit: the last check-in line of the first `checkins:` block in the front matter."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip("\r") != "---":
        raise Failure("the file does not start with front matter (---)")
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip("\r") == "---"), None)
    if end is None:
        raise Failure("the front matter has no closing ---")
    start = next((i for i in range(1, end) if lines[i].strip() == "checkins:"), None)
    if start is None:
        raise Failure("the front matter has no 'checkins:' block")
    indent = len(lines[start]) - len(lines[start].lstrip())
    last = None
    for i in range(start + 1, end):
        line = lines[i]
        if not line.strip():
            continue
        line_indent = len(line) - len(line.lstrip())
        if line_indent < indent or (line_indent == indent and not line.lstrip().startswith("- ")):
            break   # the end of the block: the next key or key result
        if CHECKIN.match(line.rstrip("\r")):
            last = i
    if last is None:
        raise Failure("the first 'checkins:' block has no '- { date: …, value: … }' line")
    return last


def edit_checkin(original, number):
    text = original.decode("utf-8")
    lines = text.split("\n")
    i = checkin_line(text)
    m = CHECKIN.match(lines[i].rstrip("\r"))
    value = decimal.Decimal(m.group(2)) + number   # keeps the decimals: 3.5 + 1 = 4.5
    lines[i] = m.group(1) + str(value) + lines[i][m.end(2):]
    return "\n".join(lines).encode("utf-8")


def edit_body(original, number):
    return original + f"\n追記 (bench edit {number} {time.time_ns()})\n".encode("utf-8")


EDITS = {"checkin": edit_checkin, "body": edit_body}


def replace_file(path, data, mode, tmp):
    """Writes data to tmp (same folder) and renames it over path; returns perf_counter() taken just before
    tmp is created (a watcher may already notice the temporary file)."""
    t0 = time.perf_counter()
    with open(tmp, "wb") as f:
        f.write(data)
    os.chmod(tmp, mode)
    os.replace(tmp, path)
    return t0


# --- The watcher -----------------------------------------------------------------------------------------

class Watcher:
    def __init__(self, command):
        self.command = command
        self.lines = queue.Queue()          # (perf_counter at arrival, line or None at end of output)
        self.stderr = deque(maxlen=400)
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE)
        threading.Thread(target=self._read_stdout, daemon=True).start()
        self.stderr_thread = threading.Thread(target=self._read_stderr, daemon=True)
        self.stderr_thread.start()

    def _read_stdout(self):
        for raw in iter(self.process.stdout.readline, b""):
            t = time.perf_counter()
            self.lines.put((t, raw.decode("utf-8", "replace").rstrip("\r\n")))
        self.lines.put((time.perf_counter(), None))

    def _read_stderr(self):
        for raw in iter(self.process.stderr.readline, b""):
            self.stderr.append(raw.decode("utf-8", "replace").rstrip("\r\n"))

    def stderr_text(self):
        time.sleep(0.5)   # stderr is a separate pipe: let the diagnostics written before the stdout line arrive
        if self.process.poll() is not None:
            self.stderr_thread.join(timeout=2)
        return "\n".join(self.stderr) if self.stderr else "(nothing on stderr)"

    def fail(self, what):
        raise Failure(f"{what}\n--- okra watch stderr ---\n{self.stderr_text()}")

    def _check(self, line):
        if line is None:
            code = self.process.wait()
            self.fail(f"okra watch exited (status {code}) while the benchmark waited for it")
        if line.startswith("build stopped:"):
            self.fail(f"okra watch: {line}")

    def wait_for(self, prefix, timeout, what):
        """The first stdout line starting with prefix: (arrival time, line). Other lines go to stderr."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self.fail(f"no '{prefix.strip()}' line from okra watch after {timeout:.0f} s ({what})")
            try:
                t, line = self.lines.get(timeout=remaining)
            except queue.Empty:
                continue
            self._check(line)
            if line.startswith(prefix):
                return t, line
            log(f"okra watch: {line}")

    def drain(self):
        """Reads what is pending; a `rebuilt` line here answers no edit of ours, so it is only reported."""
        while True:
            try:
                _, line = self.lines.get_nowait()
            except queue.Empty:
                return
            self._check(line)
            log(f"okra watch: {line}" + ("   (extra rebuild, not timed)" if line.startswith("rebuilt ") else ""))

    def stop(self, grace=10):
        """SIGINT, then SIGKILL after grace seconds. Warns unless a running watcher exits with status 0."""
        if self.process.poll() is not None:
            return   # it ended by itself: already reported
        self.process.send_signal(signal.SIGINT)
        try:
            code = self.process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            log(f"warning: okra watch did not stop within {grace} s of SIGINT: killing it")
            self.process.kill()
            self.process.wait()
            return
        if code != 0:
            log(f"warning: okra watch exited with status {code} after SIGINT (expected 0)")


def watcher_seconds(line):
    m = REBUILT.match(line)
    if not m:
        return None
    return float(m.group(1)) / (1000 if m.group(2) == "ms" else 1)


# --- Main ------------------------------------------------------------------------------------------------

def main():
    p = argparse.ArgumentParser(description="Time okra watch rebuilding after one content file changes.")
    p.add_argument("--okra", required=True, help="the okra binary")
    p.add_argument("--content", required=True)
    p.add_argument("--output", required=True)
    p.add_argument("--today", required=True)
    p.add_argument("--file", required=True, help="the content file to edit")
    p.add_argument("--edit", required=True, choices=sorted(EDITS))
    p.add_argument("--runs", required=True, type=int)
    p.add_argument("--warmup", type=int, default=0)
    p.add_argument("--export-json", required=True)
    p.add_argument("--settle", type=float, default=0.3,
                   help="seconds to wait after each untimed rebuild before the next edit (default 0.3)")
    p.add_argument("--timeout", type=float, default=600, help="seconds to wait for one rebuild (default 600)")
    args = p.parse_args()
    if args.runs < 1 or args.warmup < 0:
        p.error("--runs must be at least 1 and --warmup at least 0")

    path = os.path.abspath(args.file)
    folder, name = os.path.split(path)
    tmp = os.path.join(folder, f".{name}.bench-rebuild-{os.getpid()}.tmp")
    with open(path, "rb") as f:
        original = f.read()
    st = os.stat(path)
    mode = st.st_mode & 0o7777
    edit = EDITS[args.edit]
    try:
        edit(original, 1)   # fails here, before the long initial build, if the file cannot be edited this way
    except (Failure, UnicodeDecodeError) as e:
        log(f"error: cannot apply the {args.edit} edit to {args.file}: {e}")
        return 1

    command = [args.okra, "watch", "--content", args.content, "--output", args.output, "--today", args.today]
    # SIGTERM (and SIGHUP) end the run like Ctrl-C: the finally below puts the file back and stops the watcher.
    def interrupted(signum, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, interrupted)
    signal.signal(signal.SIGHUP, interrupted)

    watcher = None
    on_disk = original   # what F holds now
    times, watcher_times, rebuilt_lines = [], [], []
    try:
        log(f"$ {shlex.join(command)}")
        watcher = Watcher(command)
        _, line = watcher.wait_for("watching ", STARTUP_TIMEOUT, "initial build")
        log(f"okra watch: {line}")

        total = args.warmup + args.runs
        for k in range(1, total + 1):
            if on_disk != original:
                replace_file(path, original, mode, tmp)
                on_disk = original
                watcher.wait_for("rebuilt ", args.timeout, "after restoring the original file")
            time.sleep(args.settle)
            watcher.drain()

            data = edit(original, k)
            on_disk = data   # before the write: an interrupted write is put right in the finally below
            t0 = replace_file(path, data, mode, tmp)
            t1, line = watcher.wait_for("rebuilt ", args.timeout, f"after the {args.edit} edit")
            wall, own = t1 - t0, watcher_seconds(line)
            m = CHANGED.search(line)
            note = "" if m and m.group(1) == "1" else "   (expected '(1 content file changed)')"
            label = f"warm-up {k}/{args.warmup}" if k <= args.warmup else f"run {k - args.warmup}/{args.runs}"
            log(f"{label} ({args.edit} edit): {wall * 1000:.1f} ms wall, watcher "
                f"{'?' if own is None else f'{own * 1000:.1f} ms'} — {line}{note}")
            if k > args.warmup:
                times.append(wall)
                watcher_times.append(own)
                rebuilt_lines.append(line)

        # Put the original back and let the watcher rebuild it, so the output matches the content again.
        replace_file(path, original, mode, tmp)
        on_disk = original
        watcher.wait_for("rebuilt ", args.timeout, "after restoring the original file")
    except (Failure, OSError) as e:
        log(f"error: {e}")
        return 1
    except KeyboardInterrupt:
        log("interrupted")
        return 130
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):   # a second Ctrl-C must not stop the cleanup
            signal.signal(signum, signal.SIG_IGN)
        try:
            if on_disk != original:
                replace_file(path, original, mode, tmp)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
            if watcher is not None:
                watcher.stop()
            os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))   # as untouched as it was

    result = {
        "command": shlex.join(command),
        "edit": args.edit,
        "file": args.file,
        "mean": statistics.mean(times),
        "stddev": statistics.stdev(times) if len(times) > 1 else None,
        "median": statistics.median(times),
        "min": min(times),
        "max": max(times),
        "times": times,
        "watcher_times": watcher_times,
        "rebuilt_lines": rebuilt_lines,
    }
    with open(args.export_json, "w") as f:
        json.dump({"results": [result]}, f, indent=2, ensure_ascii=False)
        f.write("\n")
    log(f"{args.edit} edit: median {result['median'] * 1000:.1f} ms wall over {len(times)} runs "
        f"(min {result['min'] * 1000:.1f}, max {result['max'] * 1000:.1f}) → {args.export_json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
